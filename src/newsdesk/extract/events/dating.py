"""When an event happened: the time expression attached to its predicate, else one governing it.

A time modifying the predicate (or the noun, for an event noun) dates the event; failing that,
one on a verb that governs it (but not across a verb of saying: "said on Tuesday that it had
seized" does not date the seizure); failing that, the one adverbial time of an unreported
sentence; failing that, the one adverbial time of the sentence before, when the event's own
sentence names no time at all ("Signs have become clearer in recent weeks. Iran has downed a
drone, seized a tanker ..."); failing that, the time of the quotation by the same doer that
opens the next sentence and backs the act ("he offered a conditional opening. 'We won't ...,'
Mr. Rouhani said on Tuesday").  With nothing to go on the event is undated (``None``): the
publication date is when it was reported, not when it happened.

A time that opens the sentence ("At that time, Iran negotiated ... but delayed ...") counts as
adverbial for every clause of it, whatever verb the parser hung it on.  An event that stays
undated in a subordinate clause describing instances ("three examples when the government
reversed itself: ... in 1981, ... in 1988") of a sentence whose every clause time is long past
is history recalled (``recalled``), a precedent without a single date.

A duration that looks back from publication ("in recent weeks", "over the past 40 years") is an
interval ending on the publication date, written as ISO 8601 duration/end: "PXW/2019-08-29".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsdesk.extract.events.clauses import NOMINAL_TIME_DEPS, has_subject, unique_tokens
from newsdesk.extract.timeparse import WEEKDAYS
from newsdesk.knowledge import grammar
from newsdesk.model import Article, TimeExpr, time_interval

# Time modifiers (``TimeExpr.modifier``) that leave the date approximate.
_APPROXIMATE_MODIFIERS = frozenset({"approx", "before", "after", "by", "less", "more"})
_HISTORICAL_YEARS = 2
Dated = tuple[TimeExpr, Token]  # a time expression with a date value, and its root token


def dated(doc: Doc, times: Iterable[TimeExpr], article: Article | None = None) -> list[Dated]:
    """The article's times that can date an event: dates and ranges, and durations that look
    back from the publication date (as intervals ending on it); not other durations."""
    found: list[Dated] = []
    published = article.published if article is not None else None
    for expr in times:
        if expr.value is None:
            continue
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if expr.kind == "duration" and expr.value.startswith("P"):
            if published is None or not _looks_back(span):
                continue
            expr = replace(expr, kind="range", value=f"{expr.value}/{published.isoformat()}",
                           modifier="approx")
        elif expr.kind not in ("date", "range") or (expr.value or "P").startswith("P"):
            continue
        found.append((expr, span.root))
    return found


def _looks_back(span: SpacySpan) -> bool:
    """"recent weeks", "the past 40 years", "in the last few days"."""
    words = {t.lower_ for t in span}
    if span.start > 0:
        words.add(span.doc[span.start - 1].lower_)
    return bool(words & grammar.LOOKING_BACK_WORDS)


def attached(root: Token, target: Token, nominal: bool) -> bool:
    """Does a time expression modify this predicate (not a noun inside its arguments)?"""
    head = root.head
    if _run_into_name(root):  # "On Thursday BP ordered": the day is on the preposition
        return head.head.head.i == target.i
    if head.i == target.i:
        return nominal or root.dep_ not in ("nummod", "compound", "amod", "poss")
    if head.dep_ in ("prep", "agent") and head.head.i == target.i and root.dep_ == "pobj":
        return True
    return _between_subject_and_verb(root, target) or _on_fronted_setting(root, target) or (
        _bare_day_after_object(root) and head.head.i == target.i)


def _bare_day_after_object(root: Token) -> bool:
    """"The government admitted defeat Saturday in its attempt to ...": a day's bare name right
    after the verb's object, which the parser hung on the object's noun, is the verb's day (a
    wire's style writes it without "on"); a noun takes its own day with "on" or before it
    ("Saturday's defeat")."""
    noun = root.head
    return (root.dep_ == "npadvmod" and root.lower_ in WEEKDAYS and root.i == noun.i + 1
            and noun.dep_ == "dobj" and noun.pos_ == "NOUN" and noun.head.pos_ == "VERB")


# Prepositions that set an act inside a happening ("at a hearing", "in talks", "during a
# visit"), unlike those that place it before or after one ("after the storm", "since the vote").
_SETTING_PREPOSITIONS = frozenset({"at", "in", "during", "amid"})


def _on_fronted_setting(root: Token, target: Token) -> bool:
    """"In back-to-back Senate inquiries on Tuesday, lawmakers chastised the firms", "At a
    rally on Saturday, the union accused the ministry": the day hangs on the noun of the
    phrase that opens the sentence and sets the act in a happening (the inquiries, the
    rally), so it is the act's day too.  Only a phrase of setting ("at", "in", "during"), hung
    on the act's verb and standing before its subject: "since the vote on Tuesday" opens a
    stretch, and a noun after the verb ("expelled the envoy appointed on Tuesday") is the
    verb's argument, not its setting."""
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.pos_ == "ADP":
        noun = prep.head
    elif root.dep_ in ("npadvmod", "compound"):
        noun = prep
    else:
        return False
    setting = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or setting.dep_ != "prep":
        return False
    if setting.lower_ not in _SETTING_PREPOSITIONS or setting.head.i != target.i:
        return False
    subjects = [c.left_edge.i for c in target.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and root.i < min(subjects) and setting.i < target.i


def _between_subject_and_verb(root: Token, target: Token) -> bool:
    """"Port health officials on Tuesday banned fishing boats", "a spokesman for the army on
    Friday accused ...": a time phrase standing between a verb's subject and the verb, which the
    parser hung on the subject's noun, is the verb's time (no one is "officials on Tuesday")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "at"):
        return False
    if root.i + 1 != target.i or target.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in target.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i]
    return any(prep.head.i in {t.i for t in subject.subtree} for subject in subjects)


def event_time(times: list[Dated], article: Article, sent: SpacySpan, token: Token,
               head: Token, reported: bool) -> tuple[str | None, str | None, bool]:
    """(value, granularity, approximate) for the event of ``token`` (``head`` carries its
    clause), from the article's dated ``times``."""
    in_sentence = [(e, r) for e, r in times if sent.start <= r.i < sent.end]
    nominal = token.pos_ == "NOUN"
    for target in unique_tokens([token, head]):
        for expr, root in in_sentence:
            if attached(root, target, nominal and target.i == token.i):
                return _value(expr)
    for purpose in _purposes(head):
        for expr, root in in_sentence:
            if attached(root, purpose, False):
                return _value(expr)
    current = head
    while current.head.i != current.i:
        speech = current.dep_ in ("ccomp", "parataxis") and \
            current.head.lemma_.lower() in grammar.REPORTING_VERBS
        if speech or (current.dep_ == "conj" and has_subject(current)):
            break  # nor across a clause with a subject of its own ("..., and Bolivia seized")
        current = current.head
        for expr, root in in_sentence:
            if attached(root, current, False):
                return _value(expr)
    if not reported:
        # "Peru met Chile on Monday, and Bolivia seized a ship": a clause with a subject of its
        # own is not dated by another clause's time.
        # "At that time, Iran negotiated ... but delayed ...": a time that opens the sentence
        # scopes over all of it, whatever verb the parser hung it on.
        adverbial = _adverbial([(e, r) for e, r in in_sentence
                                if (not has_subject(head) and not _in_other_relative(r, head))
                                or _verb_of(r).i == head.i or fronted(r, sent)])
        if len(adverbial) == 1:
            return _value(adverbial[0])
    if not in_sentence and sent.start > 0:
        before = sent.doc[sent.start - 1].sent
        # Only a time of the sentence's main clause anchors the next: "... their first
        # meeting since the rig exploded on April 20. They hammered out the details over
        # several days" does not date the talks to the explosion.
        anchor = _adverbial([(e, r) for e, r in times if before.start <= r.i < before.end
                             and (_verb_of(r).i == before.root.i or fronted(r, before))])
        if (len(anchor) == 1 and not _after(anchor[0].value, article.published)
                and not _since(anchor[0], before)
                and not _holds_publication(anchor[0].value, article.published)
                and not ((_present_perfect(head) or _present(head) or _up_to_now(token, head))
                         and not _reaches_publication(anchor[0].value, article.published))):
            return _value(anchor[0])
    if not in_sentence:
        quoted = _supporting_quote(times, sent, head)
        if quoted is not None and not _after(quoted.value, article.published):
            return _value(quoted)
    return None, None, False


def _since(expr: TimeExpr, sent: SpacySpan) -> bool:
    """Whether a time opens a stretch that runs up to now: "Mendes has only been in the job
    since July last year", whose July dates no act of the next sentence ("Lind said that
    Mendes resigned" was put a year early); the act may fall anywhere in the stretch."""
    span = sent.doc.char_span(expr.start, expr.end, alignment_mode="expand")
    return span is not None and span.start > 0 and span.start - 1 >= sent.start and \
        sent.doc[span.start - 1].lower_ == "since"


def _in_other_relative(root: Token, head: Token) -> bool:
    """Whether a time sits in a relative clause that does not hold the act: "The Coast Guard
    worked with BP, which operated the rig that sank last week, to deploy booms and set fires":
    last week is when the rig sank, not when the fires were set."""
    current = root
    while current.head.i != current.i:
        if current.dep_ in ("relcl", "acl") and current.pos_ in ("VERB", "AUX"):
            return not any(t.i == head.i for t in current.subtree)
        current = current.head
    return False


def _purposes(head: Token) -> list[Token]:
    """"Police fired shots to disperse looters in the capital on Monday": the parser hangs a
    closing time on the purpose clause, which happens when its act does.  Only an infinitive
    of purpose with no subject of its own (an adverbial clause with "to"), not a verb's
    complement ("agreed to hold talks on Monday" may agree now to talk later)."""
    return [c for c in head.children if c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not has_subject(c)]


def _supporting_quote(times: list[Dated], sent: SpacySpan, head: Token) -> TimeExpr | None:
    """The time of the quotation that backs an undated act in the next sentence, said by its
    doer: "Even while he rejected a meeting, he offered a conditional opening. 'We won't
    reach a positive change without ...,' Mr. Rouhani said on Tuesday." The act is what the
    quotation does, so it is dated when the quotation was said.  Only a sentence that opens
    with a quotation mark and whose saying verb carries the one time, and only when the act's
    subject is that speaker (the same surname) or a pronoun of the speaker's number."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    after = doc[sent.end].sent
    first = next((t for t in after if not t.is_space), None)
    if first is None or not first.is_quote:
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    for verb in after:
        if verb.lemma_.lower() not in grammar.REPORTING_VERBS:
            continue
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is None or not _same_doer(subject, speaker):
            continue
        on_verb = _adverbial([(e, r) for e, r in times if after.start <= r.i < after.end
                              and _verb_of(r).i == verb.i])
        return on_verb[0] if len(on_verb) == 1 else None
    return None


def _same_doer(subject: Token, speaker: Token) -> bool:
    """"he" and "Mr. Rouhani", "Rouhani" and "Mr. Rouhani"; not "he" and "the ministers"."""
    if subject.pos_ == "PRON":
        plural = speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ in ("they", "we")
        return (subject.lower_ in ("they", "we")) == plural
    return subject.pos_ == "PROPN" and speaker.pos_ == "PROPN" and \
        subject.lower_ == speaker.lower_


def fronted(root: Token, sent: SpacySpan) -> bool:
    """Whether a time phrase opens its sentence ("At that time, ...", "But on Monday, ..."):
    only punctuation and a conjunction come before it (its preposition included)."""
    start = root.head if root.dep_ == "pobj" and root.head.pos_ == "ADP" else root
    first = min(start.i, root.left_edge.i)
    return all(t.is_punct or t.pos_ == "CCONJ" for t in sent.doc[sent.start:first])


def recalled(times: list[Dated], article: Article, sent: SpacySpan, head: Token) -> bool:
    """Whether an undated event is history recalled: its clause is subordinate (a relative
    or "when" clause that describes instances, through coordination) and every time its
    sentence gives a clause is long past.

    "Analysts pointed to three examples when the government reversed itself: the release
    of the hostages in 1981, the ceasefire in 1988 and the deal in 2015" recalls the
    examples the years list; a main clause ("Iran seized a tanker, its boldest move since
    the war ended in 1988") is no such description, nor does a year inside a noun ("the
    1979 crisis") say what the sentence is about.
    """
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "advcl", "acl"):
        return False
    in_clause = {t.i for t in clause.subtree}
    found = [e for e, r in times if sent.start <= r.i < sent.end
             and r.dep_ not in NOMINAL_TIME_DEPS]
    if not found or any(r.i in in_clause for e, r in times if sent.start <= r.i < sent.end
                        and r.dep_ not in NOMINAL_TIME_DEPS):
        return False
    return all(historical(article, e.value) for e in found)


def _after(value: str | None, published: date | None) -> bool:
    """Whether a time starts after publication ("by the first week of September" in a piece
    of 29 August): what it dates is expected, no anchor for the next sentence's past act."""
    if value is None or published is None:
        return True
    span = time_interval(value)  # "PXW/2019-08-29" ends on publication
    return span is not None and span[0] > published


def after_publication(value: str, published: date) -> bool:
    """Whether a stated time starts after the article's day (the act it dates is expected)."""
    return _after(value, published)


def _present_perfect(verb: Token) -> bool:
    """ "Some lawmakers have called on the administration to lift the ban": a present perfect,
    which English does not date by a past day ("*have called on April 20"), only by a stretch
    up to now ("in recent weeks")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _up_to_now(token: Token, head: Token) -> bool:
    """ "... more powerful than the estimates offered so far by the coast guard": an act
    stretched up to the time of writing (``grammar.UP_TO_NOW``), as a present perfect is,
    which a past time in the sentence before cannot date (a 1989 spill told just before)."""
    doc = token.doc
    for verb in (token, head):
        for child in verb.children:
            if child.i + 1 < len(doc) and \
                    f"{child.lower_} {doc[child.i + 1].lower_}" in grammar.UP_TO_NOW:
                return True
            if child.i > 0 and f"{doc[child.i - 1].lower_} {child.lower_}" in grammar.UP_TO_NOW:
                return True
    return False


def _present(verb: Token) -> bool:
    """ "A charity is sending help", "Ghana expels two diplomats": a present, simple or
    progressive, tells what holds at the article's time, which a past day before cannot date."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _reaches_publication(value: str | None, published: date | None) -> bool:
    """Whether a time's stretch runs up to the article's day ("in recent weeks", "this week")."""
    span = time_interval(value) if value is not None else None
    return span is not None and published is not None and span[1] >= published


def _holds_publication(value: str | None, published: date | None) -> bool:
    """Whether a time is the publication's own year or quarter ("will not pay a dividend this
    year"): it says nothing of when the next sentence's act happened, and borrowing it would
    put a report of the day ("Obama announced the deal after talks") at the head of the
    year, before everything dated within it."""
    if value is None or published is None:
        return False
    quarter = f"{published.year}-Q{(published.month - 1) // 3 + 1}"
    return value in (str(published.year), quarter)


def _verb_of(token: Token) -> Token:
    """The verb whose clause a time expression sits in."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _adverbial(times: list[Dated]) -> list[TimeExpr]:
    """The distinct times that modify a clause ("on Tuesday", "in recent weeks"), not a noun
    ("the 2015 agreement", "the Islamic Revolution of 1979")."""
    found: dict[str, TimeExpr] = {}
    for expr, root in times:
        head = root.head
        if head.pos_ == "ADP":  # "on Tuesday": the preposition must hang on a clause
            head = head.head
        # A bare noun phrase on a verb ("teased a meeting earlier this week", "met Monday")
        # is the parser's npadvmod: adverbial there, nominal only on a noun.
        clausal = root.dep_ not in NOMINAL_TIME_DEPS or (
            root.dep_ == "npadvmod" and root.head.pos_ in ("VERB", "AUX"))
        if _bare_day_after_object(root):
            clausal, head = True, root.head.head
        if _run_into_name(root):
            clausal, head = True, root.head.head.head
        if clausal and head.pos_ in ("VERB", "AUX") and expr.value is not None:
            found.setdefault(expr.value, expr)
    return list(found.values())


def _run_into_name(root: Token) -> bool:
    """ "On Thursday BP ordered 60,000 gallons": a day right after its preposition that the
    parser made a compound of the name that follows (the subject), so that the phrase reads
    "on [Thursday BP]".  The day is the preposition's, which hangs on the clause."""
    name = root.head
    prep = name.head
    return (
        root.dep_ == "compound"
        and name.pos_ == "PROPN"
        and name.dep_ == "pobj"
        and prep.pos_ == "ADP"
        and prep.lower_ in ("on", "at", "by", "since", "until")
        and root.left_edge.i == prep.i + 1
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _value(expr: TimeExpr) -> tuple[str | None, str | None, bool]:
    return expr.value, expr.granularity, expr.modifier in _APPROXIMATE_MODIFIERS


def historical(article: Article, value: str | None) -> bool:
    if value is None or article.published is None:
        return False
    digits = value[:4].replace("X", "9")
    if not digits.isdigit():
        return False
    return int(digits) < article.published.year - _HISTORICAL_YEARS
