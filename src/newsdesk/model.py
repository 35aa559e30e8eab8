"""The records newsdesk passes between stages, each with its one JSON codec, and nothing else.

Every record that makes a claim about a text carries character offsets into its article's
``text`` so that any claim can be cited and checked.  Records are plain dataclasses: stages
build them, the store persists them, renderers read them.  Beside each record stand its JSON
shape (a ``TypedDict`` named ``…JSON``), ``to_json`` and the inverse ``from_json``: the JSON
contract of ``newsdesk extract`` (``schema/extract.schema.json`` is generated from these
shapes), the store's payloads, the Parquet tables and the web API all go through them.  Field
names may grow but never change meaning.

``from_json`` reads loosely typed input (JSON, DuckDB rows, Parquet rows) and tolerates the
optional keys an older newsdesk did not write, so that old stores and tables still read.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

# typing_extensions' TypedDict: pydantic (the web API's response models) needs it on 3.11.
from typing_extensions import TypedDict

EntityKind = Literal["person", "org", "country", "group", "location"]
Genre = Literal["news", "opinion", "analysis", "wire", "unknown"]
QuoteKind = Literal["direct", "indirect", "mixed"]
# "comments": the readers' comments a page carries under the piece, from their section's
# opening line to the end.
RegionKind = Literal["masthead", "label", "headline", "byline", "caption", "related", "comments",
                     "body"]
# What a claim does: reports something, judges it, or says what ought to be done.
ClaimKind = Literal["report", "evaluation", "prescription"]
ClaimPolarity = Literal["positive", "negative"]
# How real the text makes a claim: stated, possible ("could"), hypothetical ("if", "would"),
# expected ("will", "is expected to").
Modality = Literal["asserted", "possible", "hypothetical", "future"]
StancePolarity = Literal["for", "against", "conditional"]
# A stance whose topic is an actor ("railed against the United States") keys it by the actor's
# id after this prefix, so that linking rewrites it with the other ids.
ACTOR_TOPIC = "actor:"

GENRES: tuple[Genre, ...] = get_args(Genre)  # the one list of genres; "unknown" states none

Raw = Mapping[str, Any]  # a decoded JSON object, a DuckDB or a Parquet row
SpanJSON = list[int]  # [start, end]


def iso_day(day: date | None) -> str | None:
    """A date as the JSON contract writes it ("2019-08-27"), or None."""
    return day.isoformat() if day else None


_UNIT_DAYS = {"D": 1, "W": 7, "M": 31, "Y": 366}
_UNKNOWN_COUNT = 8  # "recent weeks": a few of the unit, at most eight


def time_interval(value: str) -> tuple[date, date] | None:
    """The days an ISO value covers: a day, a range of days, an ISO week, a month or a year;
    None otherwise."""
    try:
        if value.startswith("../"):  # undated: any time before the day
            end = time_interval(value[3:])
            return (date.min, end[1]) if end else None
        if value.endswith("/.."):  # undated and expected: any time after the day
            start = time_interval(value[:-3])
            return (start[0], date.max) if start else None
        m = re.fullmatch(r"P(\d+|X)([DWMY])/(\d{4}-\d{2}-\d{2})", value)
        if m:  # "in recent weeks": the stretch of time up to the day
            last = date.fromisoformat(m.group(3))
            count = _UNKNOWN_COUNT if m.group(1) == "X" else int(m.group(1))
            return date.fromordinal(last.toordinal() - count * _UNIT_DAYS[m.group(2)]), last
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return day, day
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", value)
        if m:  # "this weekend", "earlier this week": a range of days
            return date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
        m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if m:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return monday, date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
        m = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m:
            first = date(int(m.group(1)), int(m.group(2)), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, date.fromordinal(following.toordinal() - 1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def and_list(names: list[str]) -> str:
    """Names as a sentence lists them: "A", "A and B", "A, B and C" (the referents of "they",
    a statement's speakers, the outlets reporting an item)."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def day_from(value: object) -> date | None:
    """The inverse of ``iso_day``; DuckDB and Parquet hand back ``date`` objects as they are."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


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

    def to_json(self) -> SpanJSON:
        return [self.start, self.end]

    @classmethod
    def from_json(cls, pair: Sequence[int]) -> Span:
        start, end = pair
        return cls(int(start), int(end))


class RegionJSON(TypedDict):
    kind: RegionKind
    start: int
    end: int


@dataclass(frozen=True)
class Region:
    """A stretch of the text with a layout role; only ``body`` regions count as reporting."""

    kind: RegionKind
    start: int
    end: int

    def to_json(self) -> RegionJSON:
        return {"kind": self.kind, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, d: Raw) -> Region:
        return cls(d["kind"], int(d["start"]), int(d["end"]))


class ArticleRef(TypedDict):
    """An article as any listing names it: enough to find and cite it."""

    id: str
    path: str | None
    external_id: str | None  # the caller's own id (a JSON line's "id"), for joining back
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None  # ISO date; never invented


class ArticleJSON(ArticleRef):
    """The article header of the JSON contract (``"article"``): everything but the text."""

    byline: str | None
    genre: Genre
    language: str | None
    regions: list[RegionJSON]
    published_source: str | None  # how ``published`` was found: "url", "metadata", ...
    repairs: list[str]  # what ingest mended in the input ("3 invalid byte(s) ... replaced")


@dataclass
class Article:
    """One piece of coverage.  ``text`` is never rewritten after ingest; cleaning marks regions."""

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    # The caller's own id for the article (a JSON line's "id"), kept so results can be joined
    # back to their data; ``id`` stays the content hash.
    external_id: str | None = None
    title: str | None = None
    byline: str | None = None
    published: date | None = None
    genre: Genre = "unknown"
    language: str | None = None
    regions: list[Region] = field(default_factory=list)
    story: str | None = None
    published_source: str | None = None  # how ``published`` was found ("url", "metadata"...)
    repairs: list[str] = field(default_factory=list)  # what ingest mended ("3 invalid bytes")

    @property
    def body(self) -> list[Span]:
        """The reporting: body regions, or the whole text when ingest marked none."""
        spans = [Span(r.start, r.end) for r in self.regions if r.kind == "body"]
        return spans or [Span(0, len(self.text))]

    def in_body(self, start: int, end: int) -> bool:
        return any(s.start <= start and end <= s.end for s in self.body)

    def ref_json(self) -> ArticleRef:
        return {
            "id": self.id,
            "path": self.path,
            "external_id": self.external_id,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "published": iso_day(self.published),
        }

    def header_json(self) -> ArticleJSON:
        return {
            **self.ref_json(),
            "byline": self.byline,
            "genre": self.genre,
            "language": self.language,
            "regions": [r.to_json() for r in self.regions],
            "published_source": self.published_source,
            "repairs": list(self.repairs),
        }

    @classmethod
    def from_json(cls, header: Raw, text: str, story: str | None = None) -> Article:
        """The article of a header (``header_json``) and its text; ``story`` is the store's."""
        return cls(
            id=header["id"],
            text=text,
            path=header.get("path"),
            url=header.get("url"),
            external_id=header.get("external_id"),
            outlet=header.get("outlet"),
            title=header.get("title"),
            byline=header.get("byline"),
            published=day_from(header.get("published")),
            genre=header.get("genre") or "unknown",
            language=header.get("language"),
            regions=[Region.from_json(r) for r in header.get("regions") or []],
            story=story,
            published_source=header.get("published_source"),
            repairs=list(header.get("repairs") or []),
        )


class TitleJSON(TypedDict):
    text: str
    start: int
    end: int


@dataclass
class Title:
    """A title or role given to an actor in the text, with the span that says so."""

    text: str
    start: int
    end: int

    def to_json(self) -> TitleJSON:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, d: Raw) -> Title:
        return cls(d["text"], int(d["start"]), int(d["end"]))


class MentionJSON(TypedDict):
    start: int
    end: int
    text: str
    kind: EntityKind
    actor: str | None


@dataclass
class Mention:
    """One place where the text names or refers to an actor."""

    start: int
    end: int
    text: str
    kind: EntityKind
    actor: str | None = None  # actor id once resolved

    def to_json(self) -> MentionJSON:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "actor": self.actor,
        }

    @classmethod
    def from_json(cls, d: Raw) -> Mention:
        return cls(int(d["start"]), int(d["end"]), d["text"], d["kind"], d.get("actor"))


class ActorJSON(TypedDict):
    id: str
    name: str
    kind: EntityKind
    aliases: list[str]
    titles: list[TitleJSON]
    affiliation: str | None
    country: str | None
    sector: str | None
    mentions: list[SpanJSON]


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

    def to_json(self) -> ActorJSON:
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

    @classmethod
    def from_json(cls, d: Raw) -> Actor:
        return cls(
            id=d["id"],
            name=d["name"],
            kind=d["kind"],
            aliases=list(d.get("aliases") or []),
            titles=[Title.from_json(t) for t in d.get("titles") or []],
            affiliation=d.get("affiliation"),
            country=d.get("country"),
            sector=d.get("sector"),
            mentions=[Span.from_json(m) for m in d.get("mentions") or []],
        )


class SpeakerJSON(TypedDict):
    actor: str | None
    text: str
    start: int
    end: int


@dataclass
class Speaker:
    """Who a quote is attributed to: the span as written, and the actor when resolvable."""

    text: str
    start: int
    end: int
    actor: str | None = None

    def to_json(self) -> SpeakerJSON:
        return {"actor": self.actor, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, d: Raw) -> Speaker:
        return cls(d["text"], int(d["start"]), int(d["end"]), d.get("actor"))


class CueJSON(TypedDict):
    text: str
    lemma: str
    start: int
    end: int


@dataclass
class Cue:
    """The word or phrase that marks the attribution ("said", "according to", "asked")."""

    text: str
    lemma: str
    start: int
    end: int

    def to_json(self) -> CueJSON:
        return {"text": self.text, "lemma": self.lemma, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, d: Raw) -> Cue:
        return cls(d["text"], d["lemma"], int(d["start"]), int(d["end"]))


class ReferentJSON(TypedDict):
    start: int
    end: int
    text: str
    actors: list[str]
    referent: str


@dataclass
class Referent:
    """A third-person pronoun inside a quote's content and who it stands for, where the text
    makes that clear: "both said they were open to meeting" → "they" = the two speakers.  Also
    the quote's own he/she speaker when it stands for someone described and not named ("one
    oil analyst ...: “...,” he added"): then at the speaker's offsets, with no actors.

    ``start``/``end`` are the pronoun's offsets in the article's text, ``text`` the pronoun as
    written; ``actors`` the actor ids it refers to (empty when the referent is a description
    with no actor, such as "several officials"), ``referent`` the referent as the article
    writes it ("Trump and Hassan Rouhani", "the officials").
    """

    start: int
    end: int
    text: str
    actors: list[str]
    referent: str

    def to_json(self) -> ReferentJSON:
        return {"start": self.start, "end": self.end, "text": self.text,
                "actors": list(self.actors), "referent": self.referent}

    @classmethod
    def from_json(cls, d: Raw) -> Referent:
        return cls(int(d["start"]), int(d["end"]), d["text"], list(d.get("actors") or []),
                   d["referent"])


class QuoteJSON(TypedDict):
    kind: QuoteKind
    speaker: SpeakerJSON | None
    cue: CueJSON | None
    content: list[SpanJSON]
    channel: str | None
    time: str | None
    referents: list[ReferentJSON]


@dataclass
class Quote:
    kind: QuoteKind
    speaker: Speaker | None
    cue: Cue | None
    content: list[Span]
    channel: str | None = None
    time: str | None = None  # ISO value of the quote's own time expression, if any
    # pronouns in the content with the referent the text makes clear (``quote_referents``)
    referents: list[Referent] = field(default_factory=list)

    @property
    def start(self) -> int:
        """Where the quote's first piece of content begins in the article's text."""
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        """Where its last piece ends: ``text[q.start:q.end]`` holds every piece (and, for a
        quote split around its cue, the cue between them)."""
        return max(s.end for s in self.content)

    def content_text(self, text: str) -> str:
        return " … ".join(text[s.start : s.end] for s in self.content)

    def to_json(self) -> QuoteJSON:
        return {
            "kind": self.kind,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": [s.to_json() for s in self.content],
            "channel": self.channel,
            "time": self.time,
            "referents": [r.to_json() for r in self.referents],
        }

    @classmethod
    def from_json(cls, d: Raw) -> Quote:
        speaker, cue = d.get("speaker"), d.get("cue")
        return cls(
            kind=d["kind"],
            speaker=Speaker.from_json(speaker) if speaker else None,
            cue=Cue.from_json(cue) if cue else None,
            content=[Span.from_json(s) for s in d["content"]],
            channel=d.get("channel"),
            time=d.get("time"),
            referents=[Referent.from_json(r) for r in d.get("referents") or []],
        )


class TimeJSON(TypedDict):
    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None
    anchor: str | None
    kind: str
    modifier: str | None


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

    @property
    def dates(self) -> bool:
        """Whether it says *when* (a resolved date, or a range of days such as "this weekend"
        or "earlier this week"), not how long or how often ("for two days", "daily")."""
        return self.value is not None and self.kind in ("date", "range")

    def to_json(self) -> TimeJSON:
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

    @classmethod
    def from_json(cls, d: Raw) -> TimeExpr:
        return cls(
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            value=d["value"],
            granularity=d["granularity"],
            anchor=d.get("anchor"),
            kind=d.get("kind") or "date",
            modifier=d.get("modifier"),
        )


class EventJSON(TypedDict):
    type: str
    mode: str | None
    actors: list[str]
    recipients: list[str]
    time: str | None
    time_granularity: str | None
    time_approximate: bool
    location: str | None
    negated: bool
    hypothetical: bool
    future: bool
    historical: bool
    kind: str
    source: str | None
    cameo: str | None
    intensity: float | None
    trigger: SpanJSON | None
    evidence: SpanJSON


EVENT_KINDS = ("occurred", "ongoing", "expected", "hypothetical", "standing", "precedent")


def event_kind(
    historical: bool,
    hypothetical: bool,
    future: bool,
    standing: bool = False,
    ongoing: bool = False,
) -> str:
    """One of ``EVENT_KINDS``, the first that applies: a precedent is history recalled
    whatever its mood; only occurred, ongoing and expected events make a story's timeline."""
    if historical:
        return "precedent"
    if hypothetical:
        return "hypothetical"
    if future:
        return "expected"
    if standing:
        return "standing"
    return "ongoing" if ongoing else "occurred"


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
    # occurred, ongoing, expected, hypothetical, standing (a habit or stance) or precedent
    kind: str = "occurred"
    source: str | None = None  # actor id of the reporting source for reported events
    cameo: str | None = None  # two-digit CAMEO root code the PLOVER type projects onto
    intensity: float | None = None  # PLOVER conflict-cooperation score, -10 .. +10

    @property
    def start(self) -> int:
        """The evidence's start: every record gives ``text[r.start:r.end]`` as its passage."""
        return self.evidence.start

    @property
    def end(self) -> int:
        return self.evidence.end

    def to_json(self) -> EventJSON:
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
            "kind": self.kind,
            "source": self.source,
            "cameo": self.cameo,
            "intensity": self.intensity,
            "trigger": self.trigger.to_json() if self.trigger else None,
            "evidence": self.evidence.to_json(),
        }

    @classmethod
    def from_json(cls, d: Raw) -> Event:
        trigger, intensity = d.get("trigger"), d.get("intensity")
        return cls(
            type=d["type"],
            mode=d.get("mode"),
            actors=list(d.get("actors") or []),
            recipients=list(d.get("recipients") or []),
            evidence=Span.from_json(d["evidence"]),
            trigger=Span.from_json(trigger) if trigger else None,
            time=d.get("time"),
            time_granularity=d.get("time_granularity"),
            time_approximate=bool(d.get("time_approximate")),
            location=d.get("location"),
            negated=bool(d.get("negated")),
            hypothetical=bool(d.get("hypothetical")),
            future=bool(d.get("future")),
            historical=bool(d.get("historical")),
            kind=d.get("kind") or event_kind(
                bool(d.get("historical")), bool(d.get("hypothetical")), bool(d.get("future"))
            ),
            source=d.get("source"),
            cameo=d.get("cameo"),
            intensity=None if intensity is None else float(intensity),
        )


class PartJSON(TypedDict):
    text: str
    start: int
    end: int
    lemma: str
    actor: str | None


@dataclass
class Part:
    """A part of a claim or stance as written (who, the predicate, what), with its head's lemma
    and the actor it names, if any."""

    text: str
    start: int
    end: int
    lemma: str
    actor: str | None = None

    def to_json(self) -> PartJSON:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "lemma": self.lemma,
            "actor": self.actor,
        }

    @classmethod
    def from_json(cls, d: Raw) -> Part:
        return cls(d["text"], int(d["start"]), int(d["end"]), d.get("lemma") or "", d.get("actor"))


def _part(d: Raw | None) -> Part | None:
    return Part.from_json(d) if d else None


class NumberJSON(TypedDict):
    value: float
    unit: str | None
    text: str
    start: int
    end: int


@dataclass
class Number:
    """A quantity a claim states, with the noun it counts ("1,200 nurses" → 1200, "nurse")."""

    value: float
    unit: str | None
    text: str
    start: int
    end: int

    def to_json(self) -> NumberJSON:
        return {
            "value": self.value,
            "unit": self.unit,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, d: Raw) -> Number:
        return cls(float(d["value"]), d.get("unit"), d["text"], int(d["start"]), int(d["end"]))


class ClaimJSON(TypedDict):
    start: int
    end: int
    subject: PartJSON | None
    predicate: PartJSON
    object: PartJSON | None
    topic: str | None
    polarity: ClaimPolarity
    modality: Modality
    kind: ClaimKind
    source: PartJSON | None
    numbers: list[NumberJSON]
    time: str | None
    actors: list[str]
    terms: list[str]


@dataclass
class Claim:
    """One proposition of one article: who or what, does what, to what, how surely, said by whom.

    ``start``/``end`` are the sentence that states it (the unit a reader checks); the parts
    carry their own offsets.  ``source`` is whoever the text attributes the claim to ("analysts
    said", "as Trump is suggesting"); None is the article's own voice.  ``polarity`` is the
    claim as attributed: "X gave no indication that Y" is X's claim of Y, negative.  ``topic``
    is a normalised key ("sanctions relief", "meeting"); ``terms`` are the normalised content
    words the comparison's vectors are made of (actors are in ``actors``, not in ``terms``).
    """

    start: int
    end: int
    predicate: Part
    subject: Part | None = None
    object: Part | None = None
    topic: str | None = None
    polarity: ClaimPolarity = "positive"
    modality: Modality = "asserted"
    kind: ClaimKind = "report"
    source: Part | None = None
    numbers: list[Number] = field(default_factory=list)
    time: str | None = None
    actors: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)

    @property
    def holder(self) -> str | None:
        """The actor the claim is about or voiced by: its source, else its subject."""
        if self.source is not None and self.source.actor:
            return self.source.actor
        return self.subject.actor if self.subject is not None else None

    def to_json(self) -> ClaimJSON:
        return {
            "start": self.start,
            "end": self.end,
            "subject": self.subject.to_json() if self.subject else None,
            "predicate": self.predicate.to_json(),
            "object": self.object.to_json() if self.object else None,
            "topic": self.topic,
            "polarity": self.polarity,
            "modality": self.modality,
            "kind": self.kind,
            "source": self.source.to_json() if self.source else None,
            "numbers": [n.to_json() for n in self.numbers],
            "time": self.time,
            "actors": list(self.actors),
            "terms": list(self.terms),
        }

    @classmethod
    def from_json(cls, d: Raw) -> Claim:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            predicate=Part.from_json(d["predicate"]),
            subject=_part(d.get("subject")),
            object=_part(d.get("object")),
            topic=d.get("topic"),
            polarity=d.get("polarity") or "positive",
            modality=d.get("modality") or "asserted",
            kind=d.get("kind") or "report",
            source=_part(d.get("source")),
            numbers=[Number.from_json(n) for n in d.get("numbers") or []],
            time=d.get("time"),
            actors=list(d.get("actors") or []),
            terms=list(d.get("terms") or []),
        )


class ConditionJSON(TypedDict):
    text: str
    start: int
    end: int


@dataclass
class Condition:
    """A whole condition clause as written ("if it would benefit Iranians")."""

    text: str
    start: int
    end: int

    def to_json(self) -> ConditionJSON:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, d: Raw) -> Condition:
        return cls(d["text"], int(d["start"]), int(d["end"]))


class StanceJSON(TypedDict):
    start: int
    end: int
    holder: PartJSON
    topic: str
    topic_text: PartJSON | None
    polarity: StancePolarity
    cue: PartJSON
    conditions: list[ConditionJSON]
    said: str | None
    said_by: str
    reported: str | None
    after: int | None
    recalled: bool


@dataclass
class Stance:
    """An actor's stance on a topic: for, against, or for on conditions (each a whole clause).

    ``said`` is when the stance was held or said (ISO value), found as ``said_by`` says: the
    quote's time, a date in its clause, the quote right after that spells it out; None when
    the text does not say.  ``reported`` is the article's date.  ``after`` is "within N days"
    of the holder's previous stance ("reversed himself within 24 hours": 1), resolved across
    the story.  ``recalled`` marks a look back at a stance already taken ("after he broached a
    meeting, ..."): evidence of that stance, not a new one.
    """

    start: int
    end: int
    holder: Part
    topic: str
    polarity: StancePolarity
    cue: Part
    topic_text: Part | None = None
    conditions: list[Condition] = field(default_factory=list)
    said: str | None = None
    said_by: str = "unknown"  # quote, clause, next quote, unknown
    reported: str | None = None
    after: int | None = None
    recalled: bool = False

    def to_json(self) -> StanceJSON:
        return {
            "start": self.start,
            "end": self.end,
            "holder": self.holder.to_json(),
            "topic": self.topic,
            "topic_text": self.topic_text.to_json() if self.topic_text else None,
            "polarity": self.polarity,
            "cue": self.cue.to_json(),
            "conditions": [c.to_json() for c in self.conditions],
            "said": self.said,
            "said_by": self.said_by,
            "reported": self.reported,
            "after": self.after,
            "recalled": self.recalled,
        }

    @classmethod
    def from_json(cls, d: Raw) -> Stance:
        after = d.get("after")
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            holder=Part.from_json(d["holder"]),
            topic=d["topic"],
            polarity=d["polarity"],
            cue=Part.from_json(d["cue"]),
            topic_text=_part(d.get("topic_text")),
            conditions=[Condition.from_json(c) for c in d.get("conditions") or []],
            said=d.get("said"),
            said_by=d.get("said_by") or "unknown",
            reported=d.get("reported"),
            after=None if after is None else int(after),
            recalled=bool(d.get("recalled")),
        )


class ExtractionJSON(TypedDict):
    """One article as ``newsdesk extract`` writes it (DESIGN.md's contract)."""

    article: ArticleJSON
    text: str
    flags: list[str]
    actors: list[ActorJSON]
    quotes: list[QuoteJSON]
    times: list[TimeJSON]
    events: list[EventJSON]
    claims: list[ClaimJSON]
    stances: list[StanceJSON]


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
    claims: list[Claim] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The article's text, which every offset of every record indexes."""
        return self.article.text

    def to_json(self) -> ExtractionJSON:
        return {
            "article": self.article.header_json(),
            "text": self.article.text,
            "flags": list(self.flags),
            "actors": [a.to_json() for a in self.actors],
            "quotes": [q.to_json() for q in self.quotes],
            "times": [t.to_json() for t in self.times],
            "events": [e.to_json() for e in self.events],
            "claims": [c.to_json() for c in self.claims],
            "stances": [s.to_json() for s in self.stances],
        }
