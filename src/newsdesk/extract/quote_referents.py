"""Who the pronouns inside a quote stand for, where the text makes it clear.

A briefing lifts a quote out of its article, so "they were open to the idea of meeting" loses
the sentence that said who "they" are.  Each third-person pronoun in a quote's content (he,
she, they and their object and possessive forms) gets a ``Referent`` when one reading is clear:

1. **the speaker**: in reported speech a pronoun that agrees with the speaker stands for the
   speaker ("Trump reiterated that he doesn't seek regime change"; "Trump and Rouhani both
   said they were open to meeting": "they" is the two speakers, one quote each).  Not in a
   direct quotation, where a speaker says "I", nor when the content names another candidate
   of that number and gender before the pronoun ("Trump said Rouhani told him he was ready":
   left bare).
2. **a single antecedent**: otherwise, in the pronoun's own sentence before it or the
   sentence before that, the candidates of matching number and gender (named persons of a
   fitting or unknown gender for he/she; groups, coordinated persons and plural nouns for
   they; an earlier pronoun of the same form counts as whoever it stands for, or blocks when
   it stands for no one named).  Exactly one candidate resolves the pronoun; two or more
   leave it bare.  A direct quotation's speaker is no candidate for its third persons.
   In reported speech of a person described and not named ("a judge refused to suspend his
   ruling"), that person is a rival of every name before: a he or she is left bare.

"It" is left alone: its antecedent is as often a clause or a policy as an actor.

The speaker itself, when it is a he/she whose antecedent is a description of someone not
named ("according to one oil analyst who asked not to be named: “...,” he added";
``References.described_before``), gets a ``Referent`` too, at the speaker's own offsets and
with no actor: the briefing shows the speaker as that description, not as the pronoun.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsdesk.knowledge import grammar, roles
from newsdesk.model import Mention, Quote, Referent, Speaker, and_list

if TYPE_CHECKING:
    from newsdesk.extract.reading import Reading

_PLURAL = "p"
_PLURAL_TAGS = ("NNS", "NNPS")
_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")
# An object pronoun is someone other than the subject (else it would be "himself").
_OBJECT_DEPS = ("dobj", "dative", "iobj", "pobj")
# What the entity model reads as a time or an amount ("80 years ago", "two days", "5 million
# gallons"): no one a "they" stands for.
_COUNTED_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
_OPEN_MARKS = "“\""
_CLOSE_MARKS = "”\""


@dataclass(frozen=True)
class _Candidate:
    """Someone a pronoun could stand for: actor ids (none for a bare description) and the
    words the article uses for them."""

    actors: tuple[str, ...]
    text: str

    @property
    def key(self) -> tuple[str, ...] | str:
        return self.actors or self.text.lower()


def attach(reading: Reading, quotes: Sequence[Quote]) -> None:
    """Set ``referents`` on each quote.  Quotes that share cue and content (one per speaker of
    "A and B said") are read together, as one saying by all their speakers."""
    groups: dict[tuple[object, ...], list[Quote]] = {}
    for quote in quotes:
        key = (quote.cue.start if quote.cue else None,
               tuple((s.start, s.end) for s in quote.content))
        groups.setdefault(key, []).append(quote)
    for group in groups.values():
        speakers = [q.speaker for q in group if q.speaker is not None]
        found = referents(reading, group[0], speakers)
        for quote in group:
            own = speaker_referent(reading, quote.speaker)
            quote.referents = ([own] if own is not None else []) + [
                Referent(r.start, r.end, r.text, list(r.actors), r.referent) for r in found
            ]


def speaker_referent(reading: Reading, speaker: Speaker | None) -> Referent | None:
    """"One oil analyst ...: “...,” he added": the description an unresolved he/she speaker
    stands for, as a referent at the speaker's offsets."""
    if speaker is None or speaker.actor is not None:
        return None
    word = speaker.text.lower()
    if word not in grammar.PERSON_PRONOUNS:
        return None
    token = _token_at(reading.doc, speaker.start)
    if token is None:
        return None
    gender = "m" if word in grammar.MALE_PRONOUNS else "f"
    described = reading.references.described_before(token.i, gender)
    if described is None:
        return None
    return Referent(speaker.start, speaker.end, speaker.text, [], described.text)


def referents(reading: Reading, quote: Quote, speakers: Sequence[Speaker]) -> list[Referent]:
    """The pronouns of one saying's content with the referent each clearly has."""
    doc, text = reading.doc, reading.article.text
    cue = _token_at(doc, quote.cue.start) if quote.cue else None
    found: list[Referent] = []
    for piece in quote.content:
        span = doc.char_span(piece.start, piece.end, alignment_mode="contract")
        if span is None:
            continue
        for token in span:
            form = _form(token)
            if form is None:
                continue
            quoted = quote.kind == "direct" or (
                quote.kind == "mixed" and _inside_marks(text, piece.start, token.idx)
            )
            binder = _reflexive_binder(reading, token, found)
            if binder is not None:
                if binder.actors:
                    found.append(Referent(token.idx, token.idx + len(token), token.text,
                                          list(binder.actors), binder.text))
                continue  # "... that Governor Keating finds himself": the governor, no one else
            bound = _clause_subject_actors(reading, token, found)
            who = None if quoted else _the_speaker(reading, speakers, span, token, form, cue)
            if who is not None and bound & set(who.actors):
                who = None
            if who is None and not quoted and form != _PLURAL and _described(reading, speakers):
                continue  # "a judge refused to suspend his ruling": the judge's, most likely
            if who is None:
                exclude = {s.actor for s in speakers if s.actor} if quoted else set()
                who = _antecedent(reading, quote, token, form, exclude | bound, quoted)
            if who is not None:
                found.append(Referent(token.idx, token.idx + len(token), token.text,
                                      list(who.actors), who.text))
    return found


def _described(reading: Reading, speakers: Sequence[Speaker]) -> bool:
    """Whether the one speaker is a person described and not named ("a judge", "the
    spokesman"): a he or she in what that person said may be the speaker, so no name before
    is the one clear antecedent."""
    if len(speakers) != 1:
        return False
    speaker = speakers[0]
    actor = reading.actor_by_id.get(speaker.actor) if speaker.actor else None
    if actor is not None and actor.kind == "person":
        return False
    span = reading.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    return (span is not None and span.root.tag_ == "NN"
            and span.root.lower_ in roles.PERSON_NOUNS)


_REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _reflexive_binder(reading: Reading, pronoun: Token,
                      found: Sequence[Referent]) -> _Candidate | None:
    """Who a reflexive stands for: the nearest subject above it, in its own clause or in the
    one that controls it ("that Governor Keating finds himself at a gala", "the governor made
    himself scarce", "wants to excuse herself": the governor, never the speaker; binding
    theory's principle A).  A candidate with no actors where that subject is no one named or
    resolved (left bare); None for no reflexive, or none with a subject above it."""
    if pronoun.lower_ not in _REFLEXIVES:
        return None
    head = pronoun.head
    for _ in range(6):
        subjects = [c for c in head.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i]
        if subjects:
            subject = subjects[0]
            mention = reading.mention_at.get(subject.i)
            if mention is not None and mention.actor:
                actor = reading.actor_by_id.get(mention.actor)
                return _Candidate((mention.actor,), actor.name if actor else mention.text)
            for r in found:
                if r.start == subject.idx:
                    return _Candidate(tuple(r.actors), r.referent)
            return _Candidate((), subject.text)
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _clause_subject_actors(reading: Reading, pronoun: Token,
                           found: Sequence[Referent]) -> set[str]:
    """Who an object pronoun cannot be: the subject of its own clause, or of the verb that
    controls it ("he plans to press him": "him" is not "he", else the text says "himself";
    binding theory's principle B).  The subject's actors when it is named or a pronoun
    already resolved; empty for a subject, or a pronoun, of no such kind."""
    if pronoun.dep_ not in _OBJECT_DEPS:
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    for _ in range(4):  # up the chain of controlled verbs: "plans to press him"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            mention = reading.mention_at.get(subject.i)
            if mention is not None and mention.actor:
                return {mention.actor}
            return {a for r in found if r.start == subject.idx for a in r.actors}
        if verb.dep_ != "xcomp":
            return set()
        verb = verb.head
    return set()


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _form(token: Token) -> str | None:
    """"m", "f" or plural for a third-person personal pronoun, else None."""
    if token.pos_ != "PRON" and token.tag_ not in ("PRP", "PRP$"):
        return None
    word = token.lower_
    if word in grammar.MALE_PRONOUNS:
        return "m"
    if word in grammar.FEMALE_PRONOUNS:
        return "f"
    if word in grammar.PLURAL_PRONOUNS or word == "themselves":
        return _PLURAL
    return None


def _inside_marks(text: str, start: int, at: int) -> bool:
    """Whether a quotation mark opened in [start, at) is still open at ``at``."""
    before = text[start:at]
    opened = sum(before.count(m) for m in "“") + (before.count('"') % 2) + (
        before.count("''") % 2  # a typewriter's pair of apostrophes, opening and closing alike
    )
    return opened > sum(before.count(m) for m in "”")


def _the_speaker(reading: Reading, speakers: Sequence[Speaker], content: Span, pronoun: Token,
                 form: str, cue: Token | None) -> _Candidate | None:
    """The speaker(s), when the pronoun agrees with them and nothing between the cue and the
    pronoun offers another candidate of the same form: a name, or an object pronoun."""
    if not speakers:
        return None
    who: _Candidate | None
    if form == _PLURAL:
        if len(speakers) >= 2:
            if not all(s.actor for s in speakers):
                return None
            who = _Candidate(tuple(str(s.actor) for s in speakers),
                             and_list([_name(reading, s.actor, s.text) for s in speakers]))
        else:
            who = _plural_speaker(reading, speakers[0])
    else:
        if len(speakers) != 1:
            return None
        who = _person_speaker(reading, speakers[0], form)
    if who is None:
        return None
    start = content.start
    if cue is not None and cue.i < start:
        start = cue.i  # "Berg told him he had signed": the cue's own object counts
    rivals = {c.key for c in _candidates(reading, start, pronoun.i, form)}
    rivals.discard(who.key)
    others = [t for t in reading.doc[start : pronoun.i]
              if _form(t) == form and t.dep_ in _OBJECT_DEPS]
    return None if rivals or others or (
        form != _PLURAL and _described_before(reading, start, pronoun.i)) else who


def _described_before(reading: Reading, start: int, end: int) -> bool:
    """Whether a person described and not named stands between ``start`` and the pronoun
    ("The president's comments came as questions were asked about whether he had been
    engaged, says the BBC's correspondent ..."): a singular noun of
    ``roles.PERSON_NOUNS`` is a rival of the speaker for a he or she, as a name is."""
    return any(t.tag_ == "NN" and t.lower_ in roles.PERSON_NOUNS
               for t in reading.doc[start:end])


def _person_speaker(reading: Reading, speaker: Speaker, form: str) -> _Candidate | None:
    actor = reading.actor_by_id.get(speaker.actor) if speaker.actor else None
    if actor is None or actor.kind != "person":
        return None
    if reading.references.gender.get(actor.id, form) != form:
        return None
    return _Candidate((actor.id,), actor.name)


def _plural_speaker(reading: Reading, speaker: Speaker) -> _Candidate | None:
    """A group or a plural description speaking ("officials said they ...")."""
    actor = reading.actor_by_id.get(speaker.actor) if speaker.actor else None
    if actor is not None:
        return _Candidate((actor.id,), actor.name) if actor.kind == "group" else None
    span = reading.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or span.root.tag_ not in _PLURAL_TAGS:
        return None
    return _Candidate((), speaker.text)


def _antecedent(reading: Reading, quote: Quote, pronoun: Token, form: str,
                exclude: set[str], quoted: bool = False) -> _Candidate | None:
    """The one candidate of the pronoun's form in its sentence (before it) and the previous
    sentence; None when there are none or several.  Inside quotation marks those a verb of
    addressing names ("Salazar told reporters ...") are none: the speaker calls them "you"."""
    doc = reading.doc
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    addressed = _addressed(doc, start, pronoun.i) if quoted else frozenset()
    found: dict[tuple[str, ...] | str, _Candidate] = {}
    for candidate in _candidates(reading, start, pronoun.i, form, quote, addressed):
        if candidate is _BLOCKED:
            return None
        if candidate.actors and set(candidate.actors) <= exclude:
            continue
        found.setdefault(candidate.key, candidate)
    return next(iter(found.values())) if len(found) == 1 else None


_BLOCKED = _Candidate(("",), "")


def _addressed(doc: Doc, start: int, end: int) -> frozenset[int]:
    """The tokens in [start, end) that a verb of addressing takes as its object: "told
    reporters", "warned the pilots" (``grammar.ADDRESSING_VERBS``)."""
    return frozenset(t.i for t in doc[start:end] if t.dep_ in ("dobj", "dative")
                     and t.head.lemma_.lower() in grammar.ADDRESSING_VERBS)


def _candidates(reading: Reading, start: int, end: int, form: str,
                quote: Quote | None = None,
                addressed: frozenset[int] = frozenset()) -> Iterator[_Candidate]:
    """Who in tokens [start, end) a pronoun of ``form`` could stand for.  With ``quote`` (an
    antecedent search), an earlier pronoun of the same form outside the quote is its own
    referent, or ``_BLOCKED`` when it has none named.  The tokens ``addressed`` (and the
    names they end) are no one's."""
    doc = reading.doc
    seen: set[int] = {id(reading.mention_at[i]) for i in addressed if i in reading.mention_at}
    for i in range(start, end):
        token = doc[i]
        mention = reading.mention_at.get(i)
        if mention is not None:
            if id(mention) in seen:
                continue
            seen.add(id(mention))
            yield from _mention_candidate(reading, doc, mention, form)
            continue
        if i in addressed:
            continue
        if quote is not None and _form(token) == form and token.lower_ != "their":
            resolved = _pronoun_referent(reading, token, form)
            yield resolved if resolved is not None else _BLOCKED
            continue
        if form == _PLURAL and token.tag_ in _PLURAL_TAGS and token.dep_ not in _MODIFIER_DEPS \
                and token.ent_type_ not in _COUNTED_ENTITIES:
            left = token.left_edge.i
            words = doc[max(left, start) : token.i + 1]
            yield _Candidate((), words.text)


def _mention_candidate(reading: Reading, doc: Doc, mention: Mention,
                       form: str) -> Iterator[_Candidate]:
    actor = reading.actor_by_id.get(mention.actor) if mention.actor else None
    if actor is None:
        return
    if form == _PLURAL:
        if actor.kind == "group":
            yield _Candidate((actor.id,), actor.name)
            return
        if actor.kind == "person":
            both = _coordinated(reading, doc, mention)
            if both is not None:
                yield both
        return
    if actor.kind == "person" and reading.references.gender.get(actor.id, form) == form:
        yield _Candidate((actor.id,), actor.name)


def _coordinated(reading: Reading, doc: Doc, mention: Mention) -> _Candidate | None:
    """"Trump and Rouhani": the persons of a coordination whose first conjunct is ``mention``."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    people = [head, *(c for c in head.subtree if c.dep_ == "conj" and c.head.i in
                      {head.i, *(x.i for x in head.subtree if x.dep_ == "conj")})]
    if len(people) < 2 or head.dep_ == "conj":
        return None
    actors: list[str] = []
    for person in people:
        found = reading.mention_at.get(person.i)
        if found is None:  # "his Iranian counterpart, Hassan Rouhani": the named appositive
            named = [c for c in person.children if c.dep_ == "appos" and c.i in reading.mention_at]
            found = reading.mention_at.get(named[0].i) if named else None
        actor = reading.actor_by_id.get(found.actor) if found and found.actor else None
        if actor is None or actor.kind != "person":
            return None
        if actor.id not in actors:
            actors.append(actor.id)
    if len(actors) < 2:
        return None
    return _Candidate(tuple(actors), and_list([_name(reading, a, a) for a in actors]))


def _pronoun_referent(reading: Reading, token: Token, form: str) -> _Candidate | None:
    """What an earlier he/she stands for by the speaker search; a plural pronoun blocks."""
    if form == _PLURAL:
        return None
    if reading.references.described_before(token.i, form) is not None:
        return None  # "One survivor said he had come ... for his mother's funeral": no one named
    actor = reading.references.person_before(token.i, form)
    return _Candidate((actor,), _name(reading, actor, actor)) if actor else None


def _name(reading: Reading, actor: str | None, fallback: str) -> str:
    found = reading.actor_by_id.get(actor) if actor else None
    return found.name if found is not None else fallback

