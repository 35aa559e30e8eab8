"""Stances: what an actor said they would or would not do, on what, on which conditions, when.

A stance is a stance word ("open to", "willing", "rejected", "reversed", "showed flexibility";
``lexicon.STANCE_FOR`` / ``STANCE_AGAINST``) whose holder is an actor — the subject named in
the clause, a pronoun's antecedent, or the speaker of the quotation the word sits in — about a
topic: the noun phrase it governs ("a meeting with Trump", "the idea of meeting"), or an actor
("railed against the United States"), keyed by ``topics.topic_of`` so that "a meeting",
"meeting" and "to meet" are one topic.

Conditions are whole clauses: from the subordinator ("if", "unless", "provided", "once",
"without", "as long as") to the end of its clause; a condition before its main clause ("If I
knew that going to a meeting ... would help ..., I would not miss it") runs up to the
punctuation before the main clause's subject, whatever the parser hung where.

When: ``said`` is the time of the quotation the stance stands in, else a date in its own
clause ("teased a meeting earlier this week"), else a dated quotation of the holder in the next
sentence that spells it out; never the article's date, which is ``reported``.  "Within 24
hours" attached to the stance word is kept as ``after`` (days) and resolved across the story.
A stance word inside "after/since/before/when ..." looks back at a stance already taken
(``recalled``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsdesk.extract.claims import COMMUNICATION_VERBS
from newsdesk.extract.events import clauses
from newsdesk.extract.reading import QuotedReading, Reading
from newsdesk.extract.topics import issue_of, topic_of
from newsdesk.knowledge import grammar, lexicon, roles
from newsdesk.model import ACTOR_TOPIC, Condition, Part, Quote, Stance, StancePolarity, iso_day

_LOOKING_BACK = frozenset({"after", "since", "before", "when", "once"})
_DAYS = {"hour": 1 / 24, "day": 1, "week": 7}
_AMOUNTS = {"a": 1, "an": 1, "one": 1, **grammar.CARDINALS}


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_stance_word(token: Token) -> bool:
    lemma = _lemma(token)
    if lemma not in lexicon.STANCE_FOR and lemma not in lexicon.STANCE_AGAINST:
        return False
    if token.pos_ in ("VERB", "ADJ", "AUX"):
        if lemma == "open" and _begun(token):
            return False
        return not (lemma == "rule" and not any(c.lower_ == "out" for c in token.children))
    # a noun of stance as the object of a light verb: "showed flexibility", "signal willingness"
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and lemma not in lexicon.ISSUES


def _begun(verb: Token) -> bool:
    """"Aas, opening a hearing into the sinking, said ...", "opened an inquiry": to open a
    thing is to begin it, no stance for it; only opening it to something ("opened the door
    to talks") is, as being open to it is."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.pos_ != "VERB" or not objects:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "to"
                   for head in [verb, *objects] for c in head.children)


def _issue(token: Token) -> Token | None:
    """The word the stance is about: object, complement of to/of/for/against, through light
    nouns ("the idea of meeting")."""
    candidates = [c for c in token.children if c.dep_ in ("dobj", "attr", "xcomp", "pobj")]
    for prep in (c for c in token.children if c.dep_ == "prep"
                 and c.lower_ in ("to", "for", "against", "of", "on")):
        candidates.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    for cand in candidates:
        key = topic_of(cand)
        if key is not None and (key in _ISSUES or key.endswith(" relief")):
            return cand
    objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
               and _lemma(c) not in lexicon.LIGHT_NOUNS and not _someone(c)]
    if token.pos_ == "VERB" and objects and topic_of(objects[0]) is not None:
        return objects[0]  # "does not seek regime change": what is sought is the topic
    return None


_ISSUES = frozenset(lexicon.ISSUES.values())


def _someone(noun: Token) -> bool:
    """A person the verb's object names ("offered his counterpart, Rene Preval, his full
    support", the parser taking the one given to for the object): whom, not what about."""
    lemma = _lemma(noun)
    return noun.ent_type_ == "PERSON" or lemma in roles.TITLE_HEADS or \
        lemma in roles.ROLE_NOUNS or any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                         for c in noun.children)


_FEWER = frozenset({"fewer", "less"})


def _counted_down(noun: Token) -> bool:
    """A thing wanted fewer of or less of ("wants fewer cruise ships", "less drilling"): a
    stance for it is against it."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "advmod", "det") and c.lower_ in _FEWER for c in noun.children)


def _against_actor(token: Token, reader: _Reader) -> Token | None:
    """ "railed against the United States", "opposes Iran": an actor as the topic."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"):
        for g in prep.children:
            if g.dep_ == "pobj" and reader.actor_of(g):
                return g
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        if reader.actor_of(obj) and _lemma(token) in lexicon.STANCE_AGAINST:
            return obj
    return None


_SCHEDULING_MODALS = frozenset({"will", "'ll", "shall"})


def _intended(word: Token) -> bool:
    """An act as a stance: "must negotiate", "would meet", "have to negotiate", "will not
    meet".  A plain "will" schedules the act instead: "Obama will meet with health insurers at
    the White House" (a daily log) is a plan reported, no position on meeting."""
    if word.dep_ == "xcomp":
        return True
    modals = [c.lower_ for c in word.children if c.tag_ == "MD"]
    if not modals:
        return False
    return any(m not in _SCHEDULING_MODALS for m in modals) or _negated(word)


def _negated(word: Token) -> bool:
    """"will not meet", "never agreed", and an act its governor denies: "failed to offer any
    new solutions", "refused to meet the union"."""
    if word.dep_ == "xcomp" and word.head.lemma_.lower() in grammar.NEGATING_GOVERNORS:
        return True
    heads = [word, word.head] if word.dep_ in ("acomp", "xcomp", "dobj") else [word]
    return any(c.dep_ == "neg" or c.lower_ in grammar.NEGATING_WORDS
               for h in heads for c in h.children) or any(clauses.opens_with_nor(h) for h in heads)


def _doubted(head: Token) -> bool:
    """"Supporters question whether she truly opposes the deal", "worry that she might
    capitulate and support a vote": a stance that someone else asks about, doubts or fears
    is nobody's stated stance."""
    current = head
    while current.dep_ in ("ccomp", "conj") and current.head.i != current.i:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in current.children):
            return True
        current = current.head
        if current.lemma_.lower() in grammar.DOUBTING_GOVERNORS:
            return True
    return False


def _no_comment(word: Token) -> bool:
    """"declined to comment on the findings", "refused to discuss the report": a refusal to
    speak takes no side on what it would have spoken about."""
    return any(c.dep_ == "xcomp" and (_lemma(c) in COMMUNICATION_VERBS or
                                      _lemma(c) in ("discuss", "elaborate"))
               for c in word.children)


def _supposed(head: Token, quotes: Sequence[Quote]) -> bool:
    """"Obama could offer a potent testimony": what someone could or might do, in the
    writer's own voice, is the writer's supposition, not a stance anyone took.  Said by them
    ("Iran said it could accept talks") or inside their quotation, it is theirs."""
    if quotes or clauses.speech_governor(head) is not None:
        return False
    return bool(clauses.auxiliaries(head) & grammar.SUPPOSING_MODALS)


def _clause_head(token: Token) -> Token:
    """The verb whose clause holds the stance word."""
    current = token
    while current.dep_ in ("acomp", "xcomp", "dobj", "attr", "prep", "pobj") and \
            current.head.i != current.i:
        current = current.head
    return current


def _main_subject_start(main: Token) -> int:
    subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return subjects[0].left_edge.i if subjects else main.left_edge.i


def condition_clauses(sent: SpacySpan, main: Token | None = None) -> list[Condition]:
    """Every condition clause of a sentence as a whole clause (see the module docstring)."""
    doc = sent.doc
    found: list[Condition] = []
    taken: set[int] = set()
    for token in sent:
        if token.i in taken:
            continue
        low = token.lower_
        span: tuple[int, int] | None = None
        if low in grammar.CONDITION_MARKS and token.dep_ == "mark":
            head = token.head
            last = head.right_edge.i
            governor = head.head if head.dep_ in ("advcl", "ccomp") else None
            target = main if main is not None and main.i > token.i else governor
            if target is not None and target.i > token.i:
                # a condition before its clause: up to the punctuation before that clause
                stop = _main_subject_start(target)
                while stop - 1 > token.i and doc[stop - 1].is_punct:
                    stop -= 1
                last = max(last, stop - 1)
            span = (token.i, last)
        elif low == "without" and token.dep_ == "prep":
            nxt = next((t for t in sent if t.i > token.i and t.is_punct and t.lower_ not in
                        ("-", "’", "'")), sent[-1])
            kids = [g for g in token.children if g.dep_ in ("pcomp", "pobj")]
            last = max([nxt.i - 1 if nxt.is_punct else nxt.i]
                       + [k.right_edge.i for k in kids])
            span = (token.i, last)
        elif low == "as" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "long" \
                and doc[token.i + 2].lower_ == "as":
            head = doc[token.i + 2].head
            span = (token.i, max(head.right_edge.i, token.i + 2))
        if span is None:
            continue
        start, last = span
        while last > start and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        taken.update(range(start, last + 1))
        begin, end = doc[start].idx, doc[last].idx + len(doc[last])
        found.append(Condition(doc.text[begin:end], begin, end))
    return found


class _Reader(QuotedReading):
    """One article's stances: who holds what, read against its quotes."""

    def actor_of(self, token: Token) -> str | None:
        mention = self.reading.mention_at.get(token.i)
        if mention is not None and mention.actor:
            return mention.actor
        return None

    def quotes_at(self, char: int) -> list[Quote]:
        return [q for q in self.quotes if any(s.start <= char < s.end for s in q.content)]

    def part(self, token: Token, actor: str | None = None) -> Part:
        mention = self.reading.mention_at.get(token.i)
        if mention is not None:
            start, end = mention.start, mention.end
        else:
            start, end = token.idx, token.idx + len(token)
        return Part(self.text[start:end], start, end, _lemma(token), actor or self.actor_of(token))

    def holders(self, word: Token, sent: SpacySpan) -> list[Part]:
        """Who holds the stance: named subject, pronoun's antecedent, or the quote's speaker."""
        head = _clause_head(word)
        if any(c.dep_ == "nsubjpass" for c in head.children):
            return []  # "could be dismissed": the subject is not the one who dismisses
        subjects = clauses.subjects_of(head)
        if not subjects and head.dep_ == "advcl":
            subjects = clauses.subjects_of(head.head)
        if not subjects:
            return []
        sayers = _sayers(head) if subjects[0].lower_ in ("they", "we") else []
        if sayers:
            subjects = sayers
        found: list[Part] = []
        for subject in [subjects[0], *subjects[0].conjuncts]:
            actor = self.actor_of(subject)
            if actor is None:  # "his Iranian counterpart, Hassan Rouhani"
                named = [a for a in subject.children if a.dep_ == "appos" and self.actor_of(a)]
                if named:
                    subject, actor = named[0], self.actor_of(named[0])
            if actor is None and subject.lower_ in grammar.SUBJECT_PRONOUNS:
                speakers = sorted({q.speaker.actor for q in self.quotes_at(word.idx)
                                   if q.speaker and q.speaker.actor})
                if subject.lower_ in ("i", "we") and speakers:
                    actor = speakers[0]
                elif subject.lower_ in ("he", "she"):
                    gender = "m" if subject.lower_ == "he" else "f"
                    actor = self.reading.references.person_before(subject.i, gender)
                elif speakers:
                    actor = speakers[0]
            if actor is not None:
                found.append(self.part(subject, actor))
        return found

    def said(self, stance: Stance, word: Token, sent: SpacySpan) -> None:
        """Date the stance when it was said (see the module docstring)."""
        holder = stance.holder.actor
        own = [q for q in self.quotes_at(word.idx) if q.time]
        own += [q for q in self._quotes_in(sent.start_char, sent.end_char, holder) if q.time]
        if own:
            stance.said, stance.said_by = own[0].time, "quote"
            return
        head = _clause_head(word)
        chars = {t.idx for t in head.subtree if not _inside_clause(t, head)}
        for expr in self.dates:
            if expr.start in chars:
                stance.said, stance.said_by = expr.value, "clause"
                return
        following = next((s for s in self.doc.sents if s.start_char >= sent.end_char), None)
        if following is not None:
            spelled = [q for q in self._quotes_in(following.start_char, following.end_char,
                                                  holder) if q.time]
            if spelled:
                stance.said, stance.said_by = spelled[0].time, "next quote"
                if stance.polarity == "conditional" and not stance.conditions:
                    stance.conditions = condition_clauses(following)

    def _quotes_in(self, start: int, end: int, actor: str | None) -> list[Quote]:
        return [q for q in self.quotes if q.speaker and q.speaker.actor == actor and
                any(s.start < end and start < s.end for s in q.content)]


def _sayers(head: Token) -> list[Token]:
    """ "A and B both said Monday they were open": "they" are the ones who said it."""
    current = head
    while current.head.i != current.i and current.dep_ in ("ccomp", "conj"):
        if current.dep_ == "ccomp" and _lemma(current.head) in COMMUNICATION_VERBS:
            return clauses.subjects_of(current.head)
        current = current.head
    return []


def _announced(word: Token) -> bool:
    """ "announced that Trump and Rouhani could sit down": a verb of saying whose reported
    clause is an issue act (a meeting, talks) speaks for that act.  Not an issue's verb with
    a preposition that gives it another sense (``lexicon.ISSUE_VERB_OTHER_SENSES``): "said the
    chairman was talking about the valve" is speech about a thing, no talks, and "said: 'We
    are dealing with a disaster'" the handling of one, no deal."""
    if _lemma(word) not in COMMUNICATION_VERBS:
        return False
    return any(c.dep_ == "ccomp" and _lemma(c) in lexicon.ISSUES and c.pos_ == "VERB"
               and not _spoken_of(c) for c in word.children)


def _spoken_of(verb: Token) -> bool:
    """"talking about the valve", "dealing with a disaster": an issue's verb in another sense."""
    return any(c.dep_ == "prep" and f"{_lemma(verb)} {c.lower_}" in lexicon.ISSUE_VERB_OTHER_SENSES
               for c in verb.children)


def _inside_clause(token: Token, head: Token) -> bool:
    """A word of a clause embedded under ``head`` (its own dates are not the stance's)."""
    current = token
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ in ("advcl", "relcl", "ccomp", "acl") and current.pos_ in ("VERB", "AUX"):
            return True
        current = current.head
    return False


def _after_days(word: Token) -> int | None:
    """ "reversed himself within 24 hours": days after the previous stance, at least one."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "within"):
        for unit in (g for g in prep.children if g.dep_ == "pobj"):
            days = _DAYS.get(_lemma(unit))
            if days is None:
                continue
            amount = next((c for c in unit.children if c.dep_ == "nummod" or c.lower_ in
                           _AMOUNTS), None)
            count = 1.0
            if amount is not None:
                text = amount.lower_.replace(",", "")
                count = float(text) if text.replace(".", "").isdigit() else \
                    float(_AMOUNTS.get(text, 1))
            return max(1, round(count * days))
    return None


def _recalled(word: Token) -> bool:
    """Inside "after / since / before / when ..." : a look back at a stance already taken."""
    current = word
    while current.head.i != current.i:
        if current.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _LOOKING_BACK for c in current.children
        ):
            return True
        if current.dep_ == "pcomp" and current.head.lower_ in _LOOKING_BACK:
            return True  # "after Macron announced ...", parsed as a preposition
        current = current.head
    return False


def _merge_sentence(local: list[Stance]) -> list[Stance]:
    """One stance per holder and topic per sentence: a conditional opening outweighs a no."""
    best: dict[tuple[str | None, str], Stance] = {}
    for stance in local:
        key = (stance.holder.actor, stance.topic)
        if key not in best or (stance.polarity == "conditional" != best[key].polarity):
            best[key] = stance
    return list(best.values())


def extract_stances(reading: Reading, quotes: Sequence[Quote] = ()) -> list[Stance]:
    """Every stance of the article's body, in text order."""
    reader = _Reader(reading, quotes)
    article = reading.article
    reported = iso_day(article.published)
    found: list[Stance] = []
    # 'appeared on NBC's "Meet the Voters"': a title's words are no acts of anyone's
    titles = reading.titles
    for sent in reading.doc.sents:
        start, end = clauses.trimmed(sent)
        if start >= end or not article.in_body(start, end):
            continue
        local: list[Stance] = []
        for word in sent:
            announced = _announced(word)
            if not announced and not _is_stance_word(word):
                continue
            if any(t.open < word.idx < t.end for t in titles):
                continue
            lemma = _lemma(word)
            if lemma == "welcome" and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                                          for c in word.children):
                continue  # "Obama welcomes Mexican President Felipe Calderon": a host's act
            if lemma in lexicon.ISSUES and not _intended(word):
                continue  # "did not meet Mr. Zarif" reports a fact, not a stance
            if lemma in lexicon.ISSUES and issue_of(word) is None:
                continue  # "will be able to meet its obligations": no meeting at all
            head = _clause_head(word)
            if _doubted(head) or _supposed(head, reader.quotes_at(word.idx)):
                continue
            if clauses.likened(head) or _no_comment(word):
                continue
            conditions = condition_clauses(sent, head)
            if any(c.start <= word.idx < c.end for c in conditions):
                continue  # "if Trump offers guarantees": the condition, not Trump's stance
            holders = reader.holders(word, sent)
            if not holders:
                continue
            if lemma in lexicon.ISSUES:
                issue = None  # "we have to negotiate", "would meet the union": the act
            elif announced:
                issue = next(c for c in word.children
                             if c.dep_ == "ccomp" and _lemma(c) in lexicon.ISSUES)
            else:
                issue = _issue(word)
            topic_word = issue
            topic = topic_of(issue) if issue is not None else None
            if topic is None and lemma in lexicon.ISSUES:
                topic, topic_word = lexicon.ISSUES[lemma], word
            if topic is None:
                target = _against_actor(word, reader)
                if target is not None:
                    topic, topic_word = ACTOR_TOPIC + (reader.actor_of(target) or ""), target
            against = lemma in lexicon.STANCE_AGAINST
            if _negated(word):
                against = not against
            if announced and issue is not None and _negated(issue):
                against = not against  # "said she will not meet the pilots"
            if issue is not None and _counted_down(issue):
                against = not against  # "wants fewer cruise ships": against more of them
            polarity: StancePolarity = "against" if against else "for"
            own = [c for c in conditions if _governs(head, c, reading)]
            hedged = any(c.lower_ == "conditional" for c in word.subtree)
            if own or hedged:  # "rejected talks unless the strike ends" is conditional
                polarity = "conditional"
            for holder in holders:
                stance = Stance(
                    start=start,
                    end=end,
                    holder=holder,
                    topic=topic or "",
                    polarity=polarity,
                    cue=Part(word.text if lemma != "rule" else "ruled out", word.idx,
                             word.idx + len(word), lemma, None),
                    topic_text=reader.part(topic_word) if topic_word is not None else None,
                    conditions=own if polarity == "conditional" else [],
                    reported=reported,
                    after=_after_days(word),
                    recalled=_recalled(word),
                )
                reader.said(stance, word, sent)
                local.append(stance)
        _fill_topics(local, sent)
        found.extend(_merge_sentence(local))
    _carry_topics(found)
    return [s for s in found if s.topic]


def _governs(head: Token, condition: Condition, reading: Reading) -> bool:
    """A condition of this stance's clause, or of the sentence's main clause when the stance
    is in it: not a condition of another clause of the sentence."""
    span = reading.doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return False
    current = span[0].head if span[0].dep_ in ("mark", "prep") else span[0]
    while True:
        if current.i == head.i:
            return True
        if current.head.i == current.i:
            return head.dep_ == "ROOT"
        current = current.head


def _fill_topics(local: list[Stance], sent: SpacySpan) -> None:
    """A stance without a topic takes its holder's other topic in the sentence ("rejected an
    imminent meeting, ... offered a conditional opening"), else the sentence's first issue
    word in its conditions or elsewhere ("I would not miss it" after "a meeting")."""
    for stance in local:
        if stance.topic:
            continue
        inside = [t for c in stance.conditions for t in sent if c.start <= t.idx < c.end]
        key = _first_issue(inside, stance)
        if key is not None:
            stance.topic, stance.topic_text = key
            continue
        same = next((s for s in local if s.topic and s.holder.actor == stance.holder.actor), None)
        if same is not None:
            stance.topic, stance.topic_text = same.topic, same.topic_text
            continue
        if stance.after is not None:
            continue  # "reversed himself within 24 hours": the topic of the stance reversed
        key = _first_issue(list(sent), stance)
        if key is not None:
            stance.topic, stance.topic_text = key


def _first_issue(tokens: list[Token], stance: Stance) -> tuple[str, Part] | None:
    for token in tokens:
        if token.pos_ not in ("NOUN", "VERB") or token.idx == stance.cue.start:
            continue
        key = topic_of(token)
        if key is not None and (key in _ISSUES or key.endswith(" relief")) and \
                _lemma(token) not in ("meet", "negotiate", "talk"):
            return key, Part(token.text, token.idx, token.idx + len(token), _lemma(token), None)
    return None


def _carry_topics(found: list[Stance]) -> None:
    """ "reversed himself within 24 hours": the topic of the holder's stance just before, in
    this article."""
    for n, stance in enumerate(found):
        if stance.topic or stance.after is None:
            continue
        earlier = [s for s in found[:n] if s.topic and s.holder.actor == stance.holder.actor]
        if earlier:
            stance.topic, stance.topic_text = earlier[-1].topic, earlier[-1].topic_text
