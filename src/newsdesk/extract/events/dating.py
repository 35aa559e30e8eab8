"""When an event happened: the time expression attached to its predicate, else one governing it.

A time modifying the predicate (or the noun, for an event noun) dates the event; failing that,
one on a verb that governs it (but not across a verb of saying: "said on Tuesday that it had
seized" does not date the seizure); failing that, the one adverbial time of an unreported
sentence; failing all, the article's publication date, marked approximate.  Issue 12 replaces
the last fallback; the attachment rules stay.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsdesk.extract.events.clauses import NOMINAL_TIME_DEPS, unique_tokens
from newsdesk.knowledge import grammar
from newsdesk.model import Article, TimeExpr

# Time modifiers (``TimeExpr.modifier``) that leave the date approximate.
_APPROXIMATE_MODIFIERS = frozenset({"approx", "before", "after", "by", "less", "more"})
_HISTORICAL_YEARS = 2
Dated = tuple[TimeExpr, Token]  # a time expression with a date value, and its root token


def dated(doc: Doc, times: Iterable[TimeExpr]) -> list[Dated]:
    """The article's times that can date an event: dates and ranges, not durations."""
    found: list[Dated] = []
    for expr in times:
        if expr.value is None or expr.kind not in ("date", "range") or expr.value.startswith("P"):
            continue
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        found.append((expr, span.root))
    return found


def attached(root: Token, target: Token, nominal: bool) -> bool:
    """Does a time expression modify this predicate (not a noun inside its arguments)?"""
    head = root.head
    if head.i == target.i:
        return nominal or root.dep_ not in ("nummod", "compound", "amod", "poss")
    return head.dep_ in ("prep", "agent") and head.head.i == target.i and root.dep_ == "pobj"


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
    current = head
    while current.head.i != current.i:
        speech = current.dep_ in ("ccomp", "parataxis") and \
            current.head.lemma_.lower() in grammar.REPORTING_VERBS
        if speech:
            break
        current = current.head
        for expr, root in in_sentence:
            if attached(root, current, False):
                return _value(expr)
    if not reported:
        adverbial = {e.value: e for e, r in in_sentence
                     if r.dep_ not in NOMINAL_TIME_DEPS and r.head.pos_ in ("VERB", "AUX", "ADP")}
        if len(adverbial) == 1:
            return _value(next(iter(adverbial.values())))
    published = article.published
    if published is None:
        return None, None, False
    return published.isoformat(), "day", True


def _value(expr: TimeExpr) -> tuple[str | None, str | None, bool]:
    return expr.value, expr.granularity, expr.modifier in _APPROXIMATE_MODIFIERS


def historical(article: Article, value: str | None) -> bool:
    if value is None or article.published is None:
        return False
    digits = value[:4].replace("X", "9")
    if not digits.isdigit():
        return False
    return int(digits) < article.published.year - _HISTORICAL_YEARS
