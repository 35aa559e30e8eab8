"""Who a pronoun or a description stands for, from one article's mentions.

One resolver per article (built with the ``Reading``), used by the quotes stage for speakers
("he said", "the newspaper said", "the president said") and by the events stage for
participants ("it seized", "Iran's foreign minister").  It knows the mentions, the gender the
text or the figures table gives each person, and each person's titles.

The two stages look for a pronoun's antecedent in different ways, and both ways are here as
explicit searches (``Search``), named for their caller:

* ``SPEAKER``: a he/she that speaks is the topic: in its own sentence the last subject before
  it, else the last possessor ("For Mr. Rouhani's part, ... he offered"), else the last person
  named; in each of up to three earlier sentences its first subject, else its last person.  The
  gender must fit where it is known.
* ``PARTICIPANT_PERSON`` / ``PARTICIPANT_THING``: an event's participant is the nearest subject
  walking back from the pronoun (a name of the right kind, or a pronoun of the same class that
  itself resolves), else the nearest name of that kind; two earlier sentences for persons, one
  for "it".  No gender.

Each search was tried in the other's place, on the extractions of 492 articles (the seed story,
PolNeAR, news-timelines, the PLOVER records), and kept where it is.  The participant search for
speakers changed 140 speakers in 69 articles, mostly for the worse: without gender, "she"
became the nearest subject, often Donald Trump.  The speaker search for participants changed
the events of 35 articles (none of the seed story's, no PLOVER figure): not done here, as
event coding is to change only with its own measurements.  PolNeAR's source score compares
speaker spans, so neither search moves it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from newsdesk.knowledge import grammar, lexicon, people, roles
from newsdesk.model import Actor, Mention

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A noun's modifiers ("U.S. pressure", "EU regulatory pressure"), never its owner ("BP's").
_MODIFIER_DEPS = ("compound", "amod", "nmod")
# Words that open a description of someone not named ("one oil analyst", "a senior official").
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_FEMALE_NOUNS = frozenset({"wife", "mother", "daughter", "queen", "princess"})
_MALE_NOUNS = frozenset({"husband", "father", "son", "king", "prince"})
_OPENING_MARKS = frozenset({"“", "‘"})
_CLOSING_MARKS = frozenset({"”"})
_EITHER_MARKS = frozenset({'"', "''"})  # the same mark opens and closes ("''" a typewriter's)
# PLOVER sectors of bodies that "the company" never stands for.
_PUBLIC_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})


@dataclass(frozen=True)
class Search:
    """Where a pronoun's antecedent is looked for, and which candidate comes first."""

    kinds: frozenset[str]  # mention kinds that can be the antecedent
    sentences: int  # earlier sentences searched, after the pronoun's own
    ranking: Literal["topic", "nearest"]
    pronouns: frozenset[str] = frozenset()  # "nearest": subject pronouns offered as candidates


SPEAKER = Search(frozenset({"person"}), 3, "topic")
PARTICIPANT_PERSON = Search(frozenset({"person"}), 2, "nearest", grammar.PERSON_PRONOUNS)
PARTICIPANT_THING = Search(
    frozenset({"country", "org", "group"}), 1, "nearest", grammar.THING_PRONOUNS
)


class References:
    """Resolves pronouns and descriptions against one article's mentions (read only)."""

    def __init__(self, doc: Doc, actors: tuple[Actor, ...], mentions: tuple[Mention, ...],
                 mention_at: Mapping[int, Mention]) -> None:
        self.doc = doc
        self.actors = actors
        self.mention_at = mention_at
        self._actor_by_id = {a.id: a for a in actors}
        self._sentence_starts: list[int] | None = None
        self.mentions = sorted((m for m in mentions if m.actor), key=lambda m: (m.start, m.end))
        self.gender = self._genders(actors)
        self.title_words: dict[str, frozenset[str]] = {
            a.id: frozenset(w for t in a.titles for w in t.text.lower().split()
                            if w.isalpha() and w not in grammar.FUNCTION_WORDS)
            for a in actors if a.kind == "person" and a.titles
        }

    def _genders(self, actors: tuple[Actor, ...]) -> dict[str, str]:
        gender: dict[str, str] = {}
        for actor in actors:
            figure = people.by_name(actor.name)
            if figure is not None:
                gender[actor.id] = figure.gender
        for mention in self.mentions:
            first = self._token_at(mention.start)
            if first <= 0 or mention.actor is None:
                continue
            before = self.doc[first - 1].lower_
            if before in roles.MALE_HONORIFICS:
                gender.setdefault(mention.actor, "m")
            elif before in roles.FEMALE_HONORIFICS:
                gender.setdefault(mention.actor, "f")
        for actor in actors:  # "Ana Berg, a spokeswoman for the agency": a gendered title
            for title in actor.titles if actor.kind == "person" else ():
                words = [w.strip(",.").lower() for w in title.text.split()]
                female = any(w.endswith("woman") or w in _FEMALE_NOUNS for w in words)
                male = any((w.endswith("man") and not w.endswith("woman")) or w in _MALE_NOUNS
                           for w in words)
                if female != male:
                    gender.setdefault(actor.id, "f" if female else "m")
                    break
        for actor in actors:  # "John Podesta": a given name of one gender, when nothing else
            named = people.given_name_gender(actor.name) if actor.kind == "person" else None
            if named is not None:
                gender.setdefault(actor.id, named)
        return gender

    def _token_at(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else -1

    # ---------------------------------------------------------------- pronouns

    def candidates(
        self, before: int, search: Search, gender: str | None = None
    ) -> Iterator[Mention | Token]:
        """Antecedents for a pronoun at token ``before``, best first: mentions, and (for a
        "nearest" search) subject pronouns whose own antecedent would stand."""
        sent = self.doc[before].sent
        earlier = [s for s in self.doc.sents if s.end <= sent.start][-search.sentences:] \
            if search.sentences else []
        scopes = [(sent.start, before), *((s.start, s.end) for s in reversed(earlier))]
        narrator = search.ranking == "topic" and before not in self._quoted(sent.start, before + 1)
        for n, (start, end) in enumerate(scopes):
            if search.ranking == "topic":
                found = self._topic(start, end, search, gender, own=n == 0, narrator=narrator)
                if found is not None:
                    yield found
            else:
                yield from self._nearest(start, end, search)

    def _topic(self, start: int, end: int, search: Search, gender: str | None,
               own: bool, narrator: bool = False) -> Mention | None:
        """The topic among the names in [start, end): a subject first.  For a pronoun in the
        narrator's words, a name inside someone's quoted words is theirs, not the narrator's
        topic: after 'Tom Berg said: "... Under Ana Dahl's leadership the firm has cut pay."',
        the "He" of "He said the logo was ..." is Berg, not the woman or man he named."""
        found = self._named_in(start, end, search, gender)
        if "person" in search.kinds:
            found = sorted(found + self._described_subjects(start, end, gender),
                           key=lambda pair: pair[0])
        if narrator and found:
            quoted = self._quoted(start, end)
            found = [(i, m) for i, m in found if i not in quoted]
        if not found:
            return None
        subjects = [(i, m) for i, m in found if self.doc[i].dep_.startswith("nsubj")]
        if not own:
            return (subjects[0] if subjects else found[-1])[1]
        owners = [(i, m) for i, m in found if self.doc[i].dep_ == "poss"]
        return (subjects or owners or found)[-1][1]

    def _named_in(self, start: int, end: int, search: Search,
                  gender: str | None) -> list[tuple[int, Mention]]:
        """Mentions of the search's kinds in [start, end), each at its last token (which carries
        its dependency), whose known gender fits."""
        found: list[tuple[int, Mention]] = []
        for i in range(start, end):
            mention = self.mention_at.get(i)
            if mention is None or mention.kind not in search.kinds or mention.actor is None:
                continue
            if self.mention_at.get(i + 1) is mention:
                continue
            if gender is not None and self.gender.get(mention.actor, gender) != gender:
                continue
            found.append((i, mention))
        return found

    def _nearest(self, start: int, end: int, search: Search) -> Iterator[Mention | Token]:
        nearest: Mention | None = None
        for k in range(end - 1, start - 1, -1):
            token = self.doc[k]
            subject = token.dep_ in _SUBJECT_DEPS
            mention = self.mention_at.get(k)
            if mention is not None and mention.kind in search.kinds:
                if self._island(k, mention, search):
                    continue
                if subject:
                    yield mention
                nearest = nearest or mention
            elif subject and token.lower_ in search.pronouns:
                yield token
        if nearest is not None:
            yield nearest

    def _island(self, k: int, mention: Mention, search: Search) -> bool:
        """Whether a name stands inside a longer noun phrase as its modifier ("under EU
        pressure", "U.S. regulatory pressure"): for "it", a word inside a compound is an
        anaphoric island (Postal 1969), the noun phrase's head being what is talked of.  Only
        at the name's last token, and only where the head is not of the name itself."""
        if "person" in search.kinds or self.mention_at.get(k + 1) is mention:
            return False
        token = self.doc[k]
        return (token.dep_ in _MODIFIER_DEPS and token.head.i > k
                and self.mention_at.get(token.head.i) is None)

    def person_before(self, index: int, gender: str) -> str | None:
        """The speaker a he/she at token ``index`` stands for (the ``SPEAKER`` search)."""
        for found in self.candidates(index, SPEAKER, gender):
            if isinstance(found, Mention):
                return found.actor
        return None

    def described_before(self, index: int, gender: str) -> Span | None:
        """The description a he/she speaker at token ``index`` stands for, when the text's own
        antecedent is someone not named: "..., according to one oil analyst who asked not to
        be named: “We have heard ...,” he added" (the analyst, not the last person named).

        The description opens with "a", "an", "one" or "another" and is headed by a singular
        person noun of a fitting gender; it is the subject of a main clause (not "questioned why
        a judge would", "for a judge to weigh in") or the source of "according to",
        outside quotation marks, in the pronoun's sentence before it or the sentence before,
        the pronoun itself outside quoted words; and no person of a fitting gender is named
        (nor a proper noun the subject) between it and the pronoun (a name inside
        its own prepositional phrase, "a spokeswoman for Sen. Dahl", is not between, but one
        set off by a comma is: "a spokesman in London, Tom Berg," is named).  Returns
        the description with its prepositional phrases but not its relative clause, or None
        (the ``SPEAKER`` search then stands).
        """
        sent = self.doc[index].sent
        earlier = [s for s in self.doc.sents if s.end <= sent.start][-1:]
        scopes = [(sent.start, index), *((s.start, s.end) for s in earlier)]
        if index in self._quoted(scopes[-1][0], index + 1):
            return None  # a he/she inside someone's quoted words is theirs to resolve
        for start, end in scopes:
            quoted = self._quoted(start, end)
            for k in range(end - 1, start - 1, -1):
                noun = self.doc[k]
                if k in quoted or not self._description(noun, gender):
                    continue
                inside = {t.i for child in noun.children if child.dep_ == "prep"
                          for t in child.subtree}
                # a name inside the described speaker's own quoted words does not come between
                # ('A spokesman said: "We thank Tom and the crew." He added ...')
                inside |= self._quoted(k + 1, index)
                between = [i for i, m in self._named_in(k + 1, index, SPEAKER, gender)
                           if i not in inside or self._set_off(m)]
                # a name the actors stage left without an actor (or took for a place) still
                # comes between: "A spokesman argued .... Hayward visited ..., where he said"
                unlinked = [i for i in range(k + 1, index) if i not in inside and (
                    (self.doc[i].ent_type_ == "PERSON" and i not in self.mention_at)
                    or (self.doc[i].pos_ == "PROPN" and self.doc[i].dep_ in _SUBJECT_DEPS
                        and self._maybe_person(i)))]
                if between or unlinked:
                    return None
                stop = k + 1  # "a spokeswoman for the council", not its relative clause
                for child in noun.rights:
                    if child.dep_ != "prep" or any(t.pos_ in ("VERB", "AUX")
                                                   for t in child.subtree):
                        break  # not "a chief of a firm that has lost $1bn"
                    stop = child.right_edge.i + 1
                return self.doc[noun.left_edge.i : stop]
        return None

    def _maybe_person(self, i: int) -> bool:
        """No mention, or one of a place (some unfamiliar surnames are filed as places)."""
        mention = self.mention_at.get(i)
        return mention is None or mention.kind not in ("org", "group", "country")

    def _set_off(self, mention: Mention) -> bool:
        """"A spokesman in London, Tom Berg,": a name after a comma is the description's own."""
        first = self._token_at(mention.start)
        return first > 0 and self.doc[first - 1].text == ","

    def _description(self, noun: Token, gender: str) -> bool:
        if noun.tag_ != "NN" or noun.lower_ not in roles.PERSON_NOUNS or noun.i in self.mention_at:
            return False
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE
                   for c in noun.lefts):
            return False
        word = noun.lower_
        female = word.endswith("woman") or word in _FEMALE_NOUNS
        male = (word.endswith("man") and not female) or word in _MALE_NOUNS
        if (female and gender != "f") or (male and gender != "m"):
            return False
        if noun.dep_ in _SUBJECT_DEPS:
            # of a main clause: not "questioned why a senior official would ..." nor "for a
            # sitting justice to weigh in", whose subject the text has not introduced as anyone
            verb = noun.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            return verb.dep_ == "ROOT"
        return (noun.dep_ == "pobj" and noun.head.lower_ == "to"
                and noun.head.head.lower_ == "according")

    def _quoted(self, start: int, end: int) -> set[int]:
        """Tokens of [start, end) inside quotation marks opened in that range."""
        inside: set[int] = set()
        open_ = False
        for i in range(start, end):
            text = self.doc[i].text
            if text in _OPENING_MARKS or (text in _EITHER_MARKS and not open_):
                open_ = True
            elif text in _CLOSING_MARKS or text in _EITHER_MARKS:
                open_ = False
            elif open_:
                inside.add(i)
        return inside

    # ---------------------------------------------------------------- descriptions

    def org_before(self, index: int) -> str | None:
        """"the newspaper said": the organisation named last before (within 400 tokens), not
        one inside the quoted words the frame closes ('"... the lessons of Macondo ...," the
        company said')."""
        quoted = self._quoted(self.doc[index].sent.start, index)
        for i in range(index - 1, max(-1, index - 400), -1):
            if i in quoted:
                continue
            mention = self.mention_at.get(i)
            if mention is not None and mention.kind == "org":
                return mention.actor
        return None

    def company_before(self, index: int) -> str | None:
        """"the company said": the business the article is about, which is not always the last
        organisation named.  "BP ... He told National Public Radio the company would pay",
        "Swiss bank UBS warned that it did not expect the company to resume paying dividends":
        the company is BP, named far more often; "Coast Guard officials said ... The company
        said": never a public body (``lexicon.PUBLIC_BODY_NAME_ENDS``, or a government,
        military, legislative, judicial or police sector).  So: among the businesses named
        before, the one named most often (a tie to the nearer).  Except where the text has
        turned to another one (centring's local focus): a business named in this sentence or
        the one before, while the most-named one has not been named for four sentences, is
        the one ("Johnson & Johnson recalled every bottle in 1982 ... it showed that the
        company was putting the public first")."""
        employer = self._speakers_business(index)
        if employer is not None:
            return employer
        quoted = self._quoted(self.doc[index].sent.start, index)
        here = self._sentence_number(index)
        counts: dict[str, int] = {}
        last: dict[str, int] = {}  # an organisation's nearest mention, as a token index
        for mention in self.mentions:
            i = self._token_at(mention.start)
            if i >= index:
                break
            if i in quoted or mention.kind != "org" or mention.actor is None or \
                    self._public_body(mention.actor):
                continue
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
            last[mention.actor] = i
        if not counts:
            return None
        nearest = max(last, key=lambda a: last[a])
        most = max(counts, key=lambda a: (counts[a], last[a]))
        if here - self._sentence_number(last[nearest]) <= 1 and \
                here - self._sentence_number(last[most]) >= 4:
            return nearest
        return most

    def _speakers_business(self, index: int) -> str | None:
        """"James Hackett, chief executive of Anadarko Petroleum, said it was weighing remedies
        for what the company called negligence", "A BP spokesman told Reuters that the company
        had ...": in a clause whose subject is a person, the one business that person's own
        words place them in (their title, their employer) is the company meant."""
        for verb in self.doc[index].ancestors:
            for subject in verb.children:
                if subject.dep_ not in _SUBJECT_DEPS or not self._personal(subject):
                    continue
                found = {m.actor for m in (self.mention_at.get(t.i) for t in subject.subtree)
                         if m is not None and m.kind == "org" and m.actor is not None
                         and not self._public_body(m.actor)}
                if len(found) == 1:
                    return found.pop()
        return None

    def _personal(self, token: Token) -> bool:
        """A subject that is a person holding an office, named or not ("Chevron chief executive
        John Watson", "a BP spokesman"); not one who only observes a business ("a Barclays
        analyst said the company ..." speaks of another)."""
        mention = self.mention_at.get(token.i)
        if mention is not None and mention.kind != "person":
            return False
        if mention is None and token.lower_ not in roles.TITLE_HEADS:
            return False
        return any(t.lower_ in roles.TITLE_HEADS for t in token.subtree)

    def _public_body(self, actor_id: str) -> bool:
        actor = self._actor_by_id.get(actor_id)
        if actor is None:
            return False
        words = actor.name.lower().split()
        return actor.sector in _PUBLIC_SECTORS or \
            (bool(words) and words[-1] in lexicon.PUBLIC_BODY_NAME_ENDS)

    def _sentence_number(self, index: int) -> int:
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.doc.sents]
        return bisect.bisect_right(self._sentence_starts, index) - 1

    def own_reporter_before(self, index: int) -> str | None:
        """"Our correspondent says ...": the outlet's own reporter, the person last named
        before it as an organisation's ("The Harbour Post's Ana Berg says ...") or after a
        noun of reporting ("business correspondent Ana Berg"); a broadcaster names its
        reporter once so and then by "our correspondent", who was a speaker apart."""
        owned = {self._token_at(m.end - 1) for m in self.mentions
                 if m.kind in ("org", "country")}
        for mention in reversed(self.mentions):
            first = self._token_at(mention.start)
            if mention.kind != "person" or mention.actor is None or first >= index:
                continue
            if first >= 2 and self.doc[first - 1].lower_ in ("'s", "’s") and \
                    first - 2 in owned:
                return mention.actor
            if first >= 1 and self.doc[first - 1].is_lower and \
                    roles.sector_of(self.doc[first - 1].lower_) == "JRN":
                return mention.actor  # "Harbour Post correspondent Ana Berg"
            if any(roles.sector_of(w) == "JRN" for w in self.title_words.get(mention.actor, ())):
                return mention.actor
        return None

    def titled_before(self, index: int, noun: str) -> str | None:
        """"the president" → the person last named before it whose title has that noun.

        One named only as the era of something else ("Ms Dahl ran the agency under President
        Tomas Berger") is the backdrop, not the president the story is about: a holder named
        otherwise comes first, however long before."""
        backdrop: str | None = None
        for mention in reversed(self.mentions):
            if mention.kind != "person" or mention.actor is None:
                continue
            if self._token_at(mention.start) >= index:
                continue
            if noun in self.title_words.get(mention.actor, frozenset()):
                if not self._era(mention):
                    return mention.actor
                backdrop = backdrop or mention.actor
        return backdrop

    def _era(self, mention: Mention) -> bool:
        """A person named as the object of "under": the time of another's act ("under
        President Tomas Berger", "under former president Berger")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ == "under"

    def _described_subjects(self, start: int, end: int,
                            gender: str | None) -> list[tuple[int, Mention]]:
        """Subjects in [start, end) that are a definite title ("the president said"), each
        as the last mention before it of the person ``titled_before`` finds: the topic a
        later "He said" picks up, as a name in that place would be."""
        found: list[tuple[int, Mention]] = []
        for k in range(start, end):
            token = self.doc[k]
            if token.dep_ not in _SUBJECT_DEPS or token.pos_ != "NOUN" or k in self.mention_at:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
                continue
            actor = self.titled_before(k, token.lower_)
            if actor is None or (gender is not None
                                 and self.gender.get(actor, gender) != gender):
                continue
            last = [m for m in self.mentions
                    if m.actor == actor and self._token_at(m.start) < k]
            if last:
                found.append((k, last[-1]))
        return found

    def title_holder(self, token: Token) -> str | None:
        """"Iran's foreign minister" where the actors stage recorded these words, headed by
        ``token``, as a person's title."""
        for actor in self.actors:
            if actor.kind != "person":
                continue
            for title in actor.titles:
                if title.start <= token.idx < title.end:
                    span = token.doc.char_span(title.start, title.end, alignment_mode="expand")
                    if span is not None and span.root.i == token.i:
                        return actor.id
        return None
