"""The records newsdesk passes between stages, and nothing else.

Every record that makes a claim about a text carries character offsets into its article's
``text`` so that any claim can be cited and checked.  Records are plain dataclasses: stages
build them, the store persists them, renderers read them.  ``to_json`` methods produce the JSON
contract of ``newsdesk extract`` (see DESIGN.md); field names there may grow but never change
meaning.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

EntityKind = Literal["person", "org", "country", "group", "location"]
Genre = Literal["news", "opinion", "analysis", "wire", "unknown"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century"]
RegionKind = Literal["masthead", "label", "headline", "byline", "caption", "related", "body"]

GENRES: tuple[str, ...] = ("news", "opinion", "analysis", "wire", "unknown")


def normalise_for_hash(text: str) -> str:
    """Fold the differences that do not make a different article: Unicode form, whitespace."""
    folded = unicodedata.normalize("NFC", text)
    return " ".join(folded.split())


def article_id(text: str) -> str:
    """Content hash of the normalised text: re-ingesting the same text is a no-op."""
    digest = hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()
    return digest[:16]


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range [start, end) of one article's text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_json(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True)
class Region:
    """A stretch of the text with a layout role; only ``body`` regions count as reporting."""

    kind: RegionKind
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end}


@dataclass
class Article:
    """One piece of coverage.  ``text`` is never rewritten after ingest; cleaning marks regions."""

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    published: date | None = None
    genre: str = "unknown"
    language: str | None = None
    regions: list[Region] = field(default_factory=list)
    story: str | None = None

    @property
    def body(self) -> list[Span]:
        """The reporting: body regions, or the whole text when ingest marked none."""
        spans = [Span(r.start, r.end) for r in self.regions if r.kind == "body"]
        return spans or [Span(0, len(self.text))]

    def in_body(self, start: int, end: int) -> bool:
        return any(s.start <= start and end <= s.end for s in self.body)

    def header_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "byline": self.byline,
            "published": self.published.isoformat() if self.published else None,
            "genre": self.genre,
            "language": self.language,
            "regions": [r.to_json() for r in self.regions],
        }


@dataclass
class Title:
    """A title or role given to an actor in the text, with the span that says so."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Mention:
    """One place where the text names or refers to an actor."""

    start: int
    end: int
    text: str
    kind: EntityKind
    actor: str | None = None  # actor id once resolved


@dataclass
class Actor:
    """One real person, organisation, country or group.

    Within a single article the id is local; the link stage replaces it with an id shared by
    every article of a call or story.
    """

    id: str
    name: str
    kind: EntityKind
    aliases: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3 or an IGO code
    sector: str | None = None  # PLOVER sector code
    mentions: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": sorted(self.aliases),
            "titles": [t.to_json() for t in self.titles],
            "affiliation": self.affiliation,
            "country": self.country,
            "sector": self.sector,
            "mentions": [m.to_json() for m in sorted(self.mentions)],
        }


@dataclass
class Speaker:
    """Who a quote is attributed to: the span as written, and the actor when resolvable."""

    text: str
    start: int
    end: int
    actor: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"actor": self.actor, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class Cue:
    """The word or phrase that marks the attribution ("said", "according to", "asked")."""

    text: str
    lemma: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "lemma": self.lemma, "start": self.start, "end": self.end}


@dataclass
class Quote:
    kind: QuoteKind
    speaker: Speaker | None
    cue: Cue | None
    content: list[Span]
    channel: str | None = None
    time: str | None = None  # ISO value of the quote's own time expression, if any

    @property
    def start(self) -> int:
        return min(s.start for s in self.content)

    def content_text(self, text: str) -> str:
        return " … ".join(text[s.start : s.end] for s in self.content)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": [s.to_json() for s in self.content],
            "channel": self.channel,
            "time": self.time,
        }


@dataclass
class TimeExpr:
    """A temporal expression and its normalised value.

    ``value`` is ISO 8601 at the stated granularity ("2019-08-26", "2019-W35", "2019-08",
    "2018", "198X" for a decade), or None when nothing can be known (no publication date, or
    a duration).  ``anchor`` says what the value was computed from ("published:2019-08-27",
    "absolute", or None).
    """

    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None
    anchor: str | None = None
    kind: str = "date"  # date, duration, set, range
    modifier: str | None = None  # early, mid, late, before, after, approx

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "granularity": self.granularity,
            "anchor": self.anchor,
            "kind": self.kind,
            "modifier": self.modifier,
        }


@dataclass
class Event:
    """Who did what to whom: a PLOVER event with its evidence span."""

    type: str
    mode: str | None
    actors: list[str]
    recipients: list[str]
    evidence: Span
    trigger: Span | None = None
    time: str | None = None
    time_granularity: str | None = None
    time_approximate: bool = False
    location: str | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    source: str | None = None  # actor id of the reporting source for reported events
    cameo: str | None = None  # two-digit CAMEO root code the PLOVER type projects onto
    intensity: float | None = None  # PLOVER conflict-cooperation score, -10 .. +10

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "actors": list(self.actors),
            "recipients": list(self.recipients),
            "time": self.time,
            "time_granularity": self.time_granularity,
            "time_approximate": self.time_approximate,
            "location": self.location,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "historical": self.historical,
            "source": self.source,
            "cameo": self.cameo,
            "intensity": self.intensity,
            "trigger": self.trigger.to_json() if self.trigger else None,
            "evidence": self.evidence.to_json(),
        }


@dataclass
class Extraction:
    """Everything the per-article stages found in one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # e.g. "non-english: not parsed"

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article.header_json(),
            "text": self.article.text,
            "flags": list(self.flags),
            "actors": [a.to_json() for a in self.actors],
            "quotes": [q.to_json() for q in self.quotes],
            "times": [t.to_json() for t in self.times],
            "events": [e.to_json() for e in self.events],
        }
