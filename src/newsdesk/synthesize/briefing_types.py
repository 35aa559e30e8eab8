"""The briefing's shape: what ``synthesize`` builds and the renderers and the web API read.

The briefing is a JSON document (``brief --format json`` writes it as it is, the HTML page
embeds it for its script), so its parts are ``TypedDict``s: plain dicts at run time, checked
by mypy wherever one is built or read, and turned into the OpenAPI schema of
``/api/stories/{id}/briefing`` by FastAPI.  Every claim carries a citation: an article id and
character offsets into that article's ``text``, which travels in ``articles``.
"""

from __future__ import annotations

from typing_extensions import TypedDict

from newsdesk.model import ArticleRef, EntityKind, Genre, QuoteKind, ReferentJSON, SpanJSON


class Reference(TypedDict):
    """The least a citation holds: the article and the cited characters."""

    article: str
    start: int
    end: int


class Citation(Reference):
    outlet: str | None


class PathCitation(Citation):
    """A citation that also names the article's file (summary sentences, timeline items)."""

    path: str | None


class Source(ArticleRef):
    """One original article of the story, with its text and the copies that carried it."""

    genre: Genre
    language: str | None
    quotes: int
    events: int
    text: str
    copies: list[ArticleRef]  # syndicated or re-posted copies: reach, never other sources


class DateRange(TypedDict):
    first: str | None
    last: str | None


class ActorEntry(TypedDict):
    """An actor as the whole story knows it: titles, country, sector, reach."""

    id: str
    name: str
    kind: EntityKind
    titles: list[str]
    country: str | None
    country_name: str | None
    sector: str | None
    affiliation: str | None
    aliases: list[str]
    articles: int
    mentions: int


class QuoteEntry(TypedDict):
    kind: QuoteKind
    text: str  # the content spans' text, joined with " … "
    # ``text`` with each pronoun's clear referent after it in brackets: "they [A and B] were"
    shown: str
    content: list[SpanJSON]
    referents: list[ReferentJSON]  # those pronouns, with offsets into the article's text
    speaker_text: str | None
    actor: str | None
    cue: str | None
    channel: str | None
    time: str | None
    article: str
    outlet: str | None
    published: str | None
    genre: Genre


class SpeakerGroup(TypedDict):
    speaker: str  # as a reader should see it: the actor's name, never a bare pronoun
    actor: str | None
    quotes: list[QuoteEntry]


class TimelineEntry(TypedDict):
    # ISO value as normalised: "2019-08-26", "2019-W35", "2019-08", "1981"; an event the text
    # does not date "../2019-08-29" (before publication; "2019-08-29/.." after it if expected);
    # "in recent weeks" "PXW/2019-08-29"
    value: str
    granularity: str | None
    label: str
    kind: str  # event, statement, dated
    approximate: bool
    historical: bool  # a precedent, kept apart from the current story
    expected: bool  # an event announced or planned, not yet happened
    outlets: list[str]  # the outlets that report it (one item per happening)
    citations: list[PathCitation]
    actors: list[str]  # the event's own, and any named in its passages


class KeyDateSentence(PathCitation):
    text: str  # the cited sentence, as the article has it at these offsets


class KeyDateEntry(TypedDict):
    date: str  # ISO day
    score: float  # the rank's score (key_dates.WEIGHTS); comparable within one story only
    articles: int  # distinct articles that refer to the day
    outlets: int
    published: int  # articles of the story published that day
    sentences: list[KeyDateSentence]  # what happened that day, cited


class KeyDates(TypedDict):
    """The days that matter most (``synthesize/key_dates.py``), apart from precedents long
    before the story and days still to come that articles named ahead."""

    dates: list[KeyDateEntry]
    precedents: list[KeyDateEntry]
    expected: list[KeyDateEntry]


class NetworkNode(TypedDict):
    id: str
    name: str
    kind: str
    events: int


class NetworkEdge(TypedDict):
    source: str
    target: str
    type: str  # PLOVER event type
    modes: list[str]
    historical: bool
    citations: list[Citation]
    count: int


class Network(TypedDict):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Column(TypedDict):
    """A column of the comparison: an outlet's reporting, or its opinion pages apart."""

    id: str
    outlet: str | None
    opinion: bool
    articles: list[str]


class Fact(TypedDict):
    id: str
    label: str  # the sentence of its earliest reporting claim
    coverage: str  # all, several, one
    opinion_only: bool
    columns: dict[str, list[Citation]]  # column id -> the claims that carry the fact
    numbers: dict[str, list[str]]  # counted noun -> values
    dates: list[str]
    kind: str  # report, evaluation, prescription
    importance: float  # how much it matters to the story (compare.importance), for ranking
    topic: str | None
    holder: str | None  # actor id the fact is about or voiced by
    same_words: bool  # every outlet prints it word for word: one wire copy, no second source


class OnlyIn(TypedDict):
    column: str
    opinion: bool
    facts: list[str]  # fact ids


class ClaimSide(Citation):
    column: str
    text: str
    values: list[str]


class Disagreement(TypedDict):
    fact: str  # the fact of the first claim ("" when it stands alone)
    kind: str  # polarity (same holder and topic, opposite), number, date
    about: str
    claims: list[ClaimSide]  # the earlier-listed column first


class ArgumentClaim(TypedDict):
    kind: str  # evaluation, prescription
    label: str
    citation: Citation


class Argument(TypedDict):
    """An opinion column's argument: what it judges and prescribes, apart from its facts."""

    column: str
    claims: list[ArgumentClaim]


class Change(TypedDict):
    kind: str  # shift (of a position), disagreement, new (a fact dated after the older piece)
    text: str
    citations: list[Citation]


class Update(TypedDict):
    """A newer piece against an older one of another column, and what it changes."""

    older: ArticleRef
    newer: ArticleRef
    days: int
    changes: list[Change]


class Comparison(TypedDict):
    columns: list[Column]
    facts: list[Fact]  # the facts shown: shared (most important first), only-in, disputed
    only: list[OnlyIn]  # per column, its few most important exclusive facts
    disagreements: list[Disagreement]
    arguments: list[Argument]
    updates: list[Update]
    claims: int  # claims compared
    comparisons: int  # candidate pairs scored (near-linear in ``claims``)


class Condition(TypedDict):
    text: str
    start: int
    end: int


class PositionEntry(TypedDict):
    issue: str
    issue_phrase: str
    polarity: str  # for, against, conditional
    word: str
    conditions: list[Condition]
    date: str | None  # when it was said or held; None when the text does not say
    approximate: bool
    dated_by: str  # quote, clause, next quote, relative, event, unknown
    reported: str | None  # the date of the article that reports it
    text: str
    citation: Citation
    also: list[Citation]  # other articles reporting the same words (copies, updates)
    genre: Genre


class ShiftSide(Reference):
    polarity: str
    date: str | None
    word: str


Shift = TypedDict("Shift", {"from": ShiftSide, "to": ShiftSide})


class IssuePositions(TypedDict):
    issue: str
    label: str
    positions: list[PositionEntry]
    shifts: list[Shift]


class ActorPositions(TypedDict):
    actor: str
    name: str
    issues: list[IssuePositions]


class SummarySentence(TypedDict):
    text: str
    # About a precedent, not the news: told only when the story has nothing newer to say, and
    # shown marked as such (a 1988 remark must not read as this week's).
    historical: bool
    citations: list[PathCitation]


class ArticleFlag(TypedDict):
    article: str
    path: str | None
    flag: str


class ThreadStory(TypedDict):
    """One story of the thread, as the thread view lists it."""

    id: str
    label: str
    first: str | None
    last: str | None
    articles: int
    outlets: list[str]
    current: bool  # the story this briefing is about


class ThreadView(TypedDict):
    """The development a stored story belongs to: its stories by date, each kept whole."""

    id: str
    label: str
    stories: list[ThreadStory]


class Briefing(TypedDict):
    """A story's briefing: every renderer reads this and computes nothing of its own."""

    story: str | None
    articles: list[Source]
    outlets: list[str]
    dates: DateRange
    actors: list[ActorEntry]
    quotes: list[SpeakerGroup]
    attributions: list[SpeakerGroup]  # beliefs, intentions and evidence, apart from statements
    timeline: list[TimelineEntry]
    key_dates: KeyDates
    network: Network
    comparison: Comparison
    positions: list[ActorPositions]
    summary: list[SummarySentence]
    flags: list[ArticleFlag]
    thread: ThreadView | None  # a stored story's thread (``synthesize.stored``); else None
