"""When a sentence's news happened, from the time expressions extraction resolved in it.

A summary should tell the news, and a sentence about a precedent ("consent to the United
Nations resolution to end the eight-year war with Iraq in 1988") told beside it without a
word of warning reads as news.  Two judgements are made here, both from the article's stored
``TimeExpr`` records (nothing is parsed again):

* **history**: every date the sentence names ends more than ``HISTORY_DAYS`` before the
  article was published ("in 1988", "that time" resolved to 1981).  A sentence that names no
  date of its own and directly follows a history sentence continues it ("Ayatollah Ruhollah
  Khomeini ... famously said that stopping the war with Iraq had been 'more deadly than
  taking poison.'" after the sentence naming 1988): narrative time stays where the last
  sentence put it until a new date is named.  Only one sentence inherits, so a history
  aside does not swallow the reporting after it.
* **recent**: the sentence names a day or a week ending within ``RECENT_DAYS`` before
  publication ("on Tuesday", "earlier this week"; not "this year"), the mark of the
  development the article reports; the sentence right after one, naming no date of its
  own, continues it ("Mr. Rouhani reversed himself within 24 hours" after "teased a
  possible meeting ... earlier this week").

Durations ("six more years"), sets ("annual") and dates after publication are not dates the
news happened on and are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsdesk.model import Extraction, Span, TimeExpr
from newsdesk.synthesize.timeline import interval

HISTORY_DAYS = 365  # a date that ended more than a year before publication is history
RECENT_DAYS = 7  # a day within the week before publication is the news


@dataclass(frozen=True)
class When:
    """What the time expressions of one sentence say about it."""

    history: bool  # about a precedent: only old dates, or continuing a sentence that was
    recent: bool  # names a day of the week before publication


def period(value: str) -> tuple[date, date] | None:
    """The days an ISO value covers, decades ("198X") and ranges ("a/b") included."""
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = period(first), period(last)
        return (start[0], end[1]) if start and end else None
    decade = re.fullmatch(r"(\d{3})X", value)
    if decade:
        year = int(decade.group(1)) * 10
        return date(year, 1, 1), date(year + 9, 12, 31)
    return interval(value)


def _dates(times: list[TimeExpr], span: Span, published: date) -> list[tuple[date, date]]:
    found = []
    for t in times:
        if not (span.start <= t.start and t.end <= span.end) or t.value is None:
            continue
        if t.kind not in ("date", "range"):
            continue
        days = period(t.value)
        if days is not None and days[0] <= published:
            found.append(days)
    return found


def when(extraction: Extraction, spans: list[Span]) -> list[When]:
    """One judgement per span, spans in the article's order (each a sentence of its body)."""
    published = extraction.article.published
    if published is None:  # nothing to measure against: nothing is history or recent
        return [When(False, False) for _ in spans]
    old = published - timedelta(days=HISTORY_DAYS)
    new = published - timedelta(days=RECENT_DAYS)
    result: list[When] = []
    previous = When(False, False)
    for span in spans:
        dates = _dates(extraction.times, span, published)
        if dates:
            history = all(end < old for _start, end in dates)
            recent = any(end >= new and (end - start).days <= 7 for start, end in dates)
            previous = When(history, recent and not history)
            result.append(previous)
        else:
            result.append(previous)
            previous = When(False, False)  # only the next sentence inherits
    return result
