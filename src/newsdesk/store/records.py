"""What the store's rows hold, written and read through the records' own codecs.

An article is one row of ``articles`` whose columns are the contract's article header
(``Article.header_json``, the caller's ``external_id`` among them) plus the text, the flags and
the store's own bookkeeping (story, arrival ``seq``, ``copy_of``).  Each actor, quote, time,
event, claim and stance is one row of its table holding the record's contract JSON as
``payload`` beside the columns one queries by; sentences are plain spans.  One query
(``EXTRACTIONS``) reads any number of articles back whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from typing_extensions import TypedDict

from newsdesk.model import (
    Actor,
    Article,
    Claim,
    Event,
    Extraction,
    Mention,
    Quote,
    Raw,
    Span,
    Stance,
    TimeExpr,
    iso_day,
)

Row = dict[str, Any]

# Every stored article with its records, each list in the order it was extracted (actors by
# id, as they are keyed); callers add "WHERE ..." and "ORDER BY ...".
EXTRACTIONS = """
SELECT a.*,
    (SELECT list(payload ORDER BY actor_id) FROM actors WHERE article_id = a.id) AS actor_rows,
    (SELECT list(payload ORDER BY n) FROM quotes WHERE article_id = a.id) AS quote_rows,
    (SELECT list(payload ORDER BY n) FROM times WHERE article_id = a.id) AS time_rows,
    (SELECT list(payload ORDER BY n) FROM events WHERE article_id = a.id) AS event_rows,
    (SELECT list(payload ORDER BY n) FROM claims WHERE article_id = a.id) AS claim_rows,
    (SELECT list(payload ORDER BY n) FROM stances WHERE article_id = a.id) AS stance_rows,
    (SELECT list([start_char, end_char] ORDER BY n) FROM sentences WHERE article_id = a.id)
        AS sentence_rows
FROM articles a
"""
BY_DATE = "ORDER BY published NULLS LAST, outlet, id"


def article_row(ex: Extraction, seq: int, copy_of: str | None) -> Row:
    """The ``articles`` row of an extraction: its header's columns, then the store's own."""
    art = ex.article
    header = art.header_json()
    # Not columns (yet): how the date was found and what decoding mended.
    kept = {k: v for k, v in header.items() if k not in ("published_source", "repairs")}
    return {
        **kept,
        "published": art.published,  # a DATE column, so that the store sorts by it
        "regions": json.dumps(header["regions"]),
        "story": art.story,
        "text": art.text,
        "flags": json.dumps(ex.flags),
        "seq": seq,
        "copy_of": copy_of,
    }


def article_from(row: Raw) -> Article:
    header = {**row, "regions": json.loads(row["regions"] or "[]")}
    return Article.from_json(header, row["text"], row["story"])


def record_rows(ex: Extraction) -> dict[str, list[list[Any]]]:
    """The rows of each record table for one extraction, in table column order."""
    key = ex.article.id
    return {
        "actors": [
            [key, a.id, a.name, a.kind, a.country, a.sector, json.dumps(a.to_json())]
            for a in ex.actors
        ],
        "quotes": [
            [key, n, q.kind, q.speaker.actor if q.speaker else None, json.dumps(q.to_json())]
            for n, q in enumerate(ex.quotes)
        ],
        "times": [
            [key, n, t.value, t.granularity, json.dumps(t.to_json())]
            for n, t in enumerate(ex.times)
        ],
        "events": [
            [key, n, e.type, e.time, json.dumps(e.to_json())] for n, e in enumerate(ex.events)
        ],
        "sentences": [[key, n, s.start, s.end] for n, s in enumerate(ex.sentences)],
        **claim_rows(ex),
    }


def claim_rows(ex: Extraction) -> dict[str, list[list[Any]]]:
    """The rows of ``claims`` and ``stances`` (schema 4) for one extraction."""
    key = ex.article.id
    return {
        "claims": [
            [key, n, c.kind, c.topic, c.holder, json.dumps(c.to_json())]
            for n, c in enumerate(ex.claims)
        ],
        "stances": [
            [key, n, s.holder.actor, s.topic, s.polarity, json.dumps(s.to_json())]
            for n, s in enumerate(ex.stances)
        ],
    }


def extraction_from(row: Raw) -> Extraction:
    """An extraction from one row of ``EXTRACTIONS``."""
    art = article_from(row)
    actors = [Actor.from_json(json.loads(p)) for p in row["actor_rows"] or []]
    return Extraction(
        article=art,
        actors=actors,
        mentions=mentions_of(actors, art.text),
        quotes=[Quote.from_json(json.loads(p)) for p in row["quote_rows"] or []],
        times=[TimeExpr.from_json(json.loads(p)) for p in row["time_rows"] or []],
        events=[Event.from_json(json.loads(p)) for p in row["event_rows"] or []],
        sentences=[Span.from_json(s) for s in row["sentence_rows"] or []],
        flags=json.loads(row["flags"]) if row["flags"] else [],
        claims=[Claim.from_json(json.loads(p)) for p in row.get("claim_rows") or []],
        stances=[Stance.from_json(json.loads(p)) for p in row.get("stance_rows") or []],
    )


def mentions_of(actors: list[Actor], text: str) -> list[Mention]:
    """The mentions a stored article keeps: its actors' spans, in text order."""
    return sorted(
        (
            Mention(s.start, s.end, text[s.start : s.end], a.kind, a.id)
            for a in actors
            for s in a.mentions
        ),
        key=lambda m: (m.start, m.end),
    )


class MemberJSON(TypedDict):
    id: str
    external_id: str | None  # the caller's own id (a JSON line's "id"), to join results back
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    copy_of: str | None


@dataclass(frozen=True)
class Member:
    """One article of a story as ``newsdesk stories`` lists it."""

    id: str
    title: str | None
    outlet: str | None
    published: date | None
    copy_of: str | None
    external_id: str | None = None
    url: str | None = None

    def to_json(self) -> MemberJSON:
        return {
            "id": self.id,
            "external_id": self.external_id,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "published": iso_day(self.published),
            "copy_of": self.copy_of,
        }


class StoryJSON(TypedDict):
    """A story as ``stories --format json`` and ``/api/stories`` give it."""

    id: str
    label: str
    labelled: bool
    thread: str  # the development it belongs to (its own id when it stands alone)
    articles: int  # originals: the story's sources
    copies: int
    outlets: list[str]
    first: str | None
    last: str | None
    members: list[MemberJSON]


@dataclass(frozen=True)
class StoryInfo:
    id: str
    label: str
    labelled: bool  # the label was given by the user (ingest --story), not a headline
    members: list[Member] = field(default_factory=list)  # originals and copies, by date
    thread: str | None = None  # None: a thread of its own

    @property
    def originals(self) -> list[Member]:
        return [m for m in self.members if m.copy_of is None]

    @property
    def copies(self) -> list[Member]:
        return [m for m in self.members if m.copy_of is not None]

    @property
    def outlets(self) -> list[str]:
        """Outlets that are sources: an outlet that only carried a copy is not one."""
        return sorted({m.outlet for m in self.originals if m.outlet})

    @property
    def dates(self) -> tuple[date | None, date | None]:
        days = [m.published for m in self.members if m.published is not None]
        return (min(days), max(days)) if days else (None, None)

    def to_json(self) -> StoryJSON:
        first, last = self.dates
        return {
            "id": self.id,
            "label": self.label,
            "labelled": self.labelled,
            "thread": self.thread or self.id,
            "articles": len(self.originals),
            "copies": len(self.copies),
            "outlets": self.outlets,
            "first": iso_day(first),
            "last": iso_day(last),
            "members": [m.to_json() for m in self.members],
        }


class ThreadJSON(TypedDict):
    """A thread as ``stories --threads --format json`` and ``/api/threads`` give it."""

    id: str
    label: str
    first: str | None
    last: str | None
    articles: int
    stories: list[StoryJSON]  # by date, each whole: a thread never merges its stories


@dataclass(frozen=True)
class ThreadInfo:
    """A development followed over time (talks, a bill): its stories by date, each kept whole."""

    id: str
    stories: list[StoryInfo]

    @property
    def label(self) -> str:
        """The label of its latest story: where the development stands."""
        return self.stories[-1].label if self.stories else self.id

    @property
    def dates(self) -> tuple[date | None, date | None]:
        days = [d for s in self.stories for d in s.dates if d is not None]
        return (min(days), max(days)) if days else (None, None)

    def to_json(self) -> ThreadJSON:
        first, last = self.dates
        return {
            "id": self.id,
            "label": self.label,
            "first": iso_day(first),
            "last": iso_day(last),
            "articles": sum(len(s.originals) for s in self.stories),
            "stories": [s.to_json() for s in self.stories],
        }
