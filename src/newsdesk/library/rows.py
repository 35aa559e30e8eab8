"""The rows of the documented tables, and how each is made from linked extractions.

A row is one record of the store flattened for a data frame: the record's own fields, the
article it comes from (id, outlet, publication day, story) and its character offsets into that
article's text, so ``article.text[row.start:row.end]`` is the passage it rests on.  Actor ids
are the linked ones (one id per real entity over the articles read together: a story, or the
whole store), with the names a briefing gives them beside the ids.

Each table is a row dataclass (its fields are the documented columns, see ``columns.py``) and a
function from ``Linked`` to rows; ``TABLES`` lists them for ``Store.table`` and
``newsdesk export``.  A new kind of record gets its row class and function
here and an entry in ``TABLES``; the relation, the export and the README reference follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Day  # a column may be named `date`

from newsdesk.knowledge import geo
from newsdesk.library.columns import column
from newsdesk.link.actors import LinkedActor
from newsdesk.model import ACTOR_TOPIC, Extraction, Part, Quote
from newsdesk.store import StoryInfo


@dataclass
class Linked:
    """Extractions read together with one id per real actor across them, and their roster."""

    extractions: list[Extraction]
    roster: list[LinkedActor] = field(default_factory=list)  # most mentioned first
    by_id: dict[str, LinkedActor] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, extractions: list[Extraction]) -> Linked:
        """Link ``extractions`` in place (as ``newsdesk extract`` and the briefing do)."""
        from newsdesk.link.actors import link

        roster = link(extractions)
        by_id = {e.actor.id: e for e in roster}
        return cls(extractions, roster, by_id, {k: e.actor.name for k, e in by_id.items()})

    def name(self, ident: str | None) -> str | None:
        """A reader's name for an actor id, also for one no article named ("country:GBR")."""
        if ident is None:
            return None
        from newsdesk.synthesize.timeline import display_name

        return display_name(ident, self.names)

    def actor(self, ident: str) -> LinkedActor | None:
        return self.by_id.get(ident)


# ------------------------------------------------------------------ articles and stories


@dataclass(frozen=True)
class ArticleRow:
    id: str = column("content hash of the normalised text; the key of every other table")
    story: str | None = column("id of the story the article is filed under")
    copy_of: str | None = column("id of the original when this is a copy (syndicated text)")
    path: str | None = column("the file it was read from (`file.jsonl:3`, `a.warc.gz#2`)")
    url: str | None = column("its web address, when known")
    title: str | None = column("headline")
    outlet: str | None = column("outlet name")
    byline: str | None = column("author line as written")
    published: Day | None = column("publication day; null when nothing states it")
    genre: str = column("`news`, `opinion`, `analysis`, `wire` or `unknown`")
    language: str | None = column("ISO 639-1 code (`en`)")
    text: str = column("the article's text, which every offset indexes")
    flags: list[str] = column("notes on the article (`language fr: stored, not parsed ...`)")


def article_rows(
    extractions: list[Extraction], copy_of: dict[str, str] | None = None
) -> list[ArticleRow]:
    return [
        ArticleRow(
            id=ex.article.id,
            story=ex.article.story,
            copy_of=(copy_of or {}).get(ex.article.id),
            path=ex.article.path,
            url=ex.article.url,
            title=ex.article.title,
            outlet=ex.article.outlet,
            byline=ex.article.byline,
            published=ex.article.published,
            genre=ex.article.genre,
            language=ex.article.language,
            text=ex.article.text,
            flags=list(ex.flags),
        )
        for ex in extractions
    ]


@dataclass(frozen=True)
class StoryRow:
    id: str = column("story id (`s-…`), what `story=` filters take (a label works too)")
    label: str = column("the label given with `ingest --story`, else the first title")
    labelled: bool = column("whether the label was given by a user")
    articles: int = column("originals: the story's sources")
    copies: int = column("copies of them (syndicated text), not counted as sources")
    outlets: list[str] = column("outlets of the originals, sorted")
    first: Day | None = column("earliest publication day")
    last: Day | None = column("latest publication day")


def story_rows(stories: list[StoryInfo]) -> list[StoryRow]:
    rows = []
    for s in stories:
        first, last = s.dates
        rows.append(
            StoryRow(
                s.id, s.label, s.labelled, len(s.originals), len(s.copies), s.outlets, first, last
            )
        )
    return rows


# ------------------------------------------------------------------ actors and mentions


@dataclass(frozen=True)
class ActorRow:
    id: str = column("linked actor id (`person:ana-duarte`, `country:PRT`, `org:tejo-vivo`)")
    name: str = column("canonical name")
    kind: str = column("`person`, `org`, `country`, `group` or `location`")
    country: str | None = column("ISO 3166-1 alpha-3 code (or an IGO code)")
    country_name: str | None = column("the country's name")
    sector: str | None = column("PLOVER sector code (`GOV`, `MIL`, `JRN` …)")
    affiliation: str | None = column("organisation or country the actor belongs to")
    titles: list[str] = column("titles and roles as the texts give them")
    aliases: list[str] = column("other names the texts use")
    articles: int = column("articles that mention the actor")
    mentions: int = column("mentions over those articles")


def actor_rows(linked: Linked) -> list[ActorRow]:
    rows = []
    for entry in linked.roster:
        a = entry.actor
        rows.append(
            ActorRow(
                id=a.id,
                name=a.name,
                kind=a.kind,
                country=a.country,
                country_name=geo.country_name(a.country)
                if a.country and len(a.country) == 3
                else None,
                sector=a.sector,
                affiliation=a.affiliation,
                titles=[t.text for t in a.titles],
                aliases=list(a.aliases),
                articles=len(entry.articles),
                mentions=entry.mention_count,
            )
        )
    return rows


@dataclass(frozen=True)
class MentionRow:
    story: str | None = column("story id")
    article_id: str = column("the article")
    outlet: str | None = column("its outlet")
    published: Day | None = column("its publication day")
    actor: str = column("linked actor id")
    name: str | None = column("the actor's name")
    kind: str = column("the actor's kind")
    start: int = column("offset of the mention in the article's text")
    end: int = column("end offset (exclusive)")
    text: str = column("the mention as written: `text[start:end]`")


def mention_rows(linked: Linked) -> list[MentionRow]:
    return [
        MentionRow(
            ex.article.story,
            ex.article.id,
            ex.article.outlet,
            ex.article.published,
            m.actor,
            linked.name(m.actor),
            m.kind,
            m.start,
            m.end,
            m.text,
        )
        for ex in linked.extractions
        for m in ex.mentions
        if m.actor
    ]


# ------------------------------------------------------------------ quotes


@dataclass(frozen=True)
class QuoteRow:
    story: str | None = column("story id")
    article_id: str = column("the article")
    n: int = column("the quote's place in its article (with `article_id`, its key)")
    outlet: str | None = column("the article's outlet")
    published: Day | None = column("the article's publication day")
    kind: str = column("`direct`, `indirect` or `mixed`")
    statement: bool = column(
        "something said (quoted words, a verb of saying, a channel), not a belief or intention"
    )
    speaker: str | None = column("name of the actor the speaker resolves to; null if none")
    speaker_id: str | None = column("that actor's linked id")
    speaker_text: str | None = column("the speaker as written (`she`, `an official`)")
    speaker_start: int | None = column("offset of the speaker as written")
    speaker_end: int | None = column("its end offset")
    cue: str | None = column("the cue as written (`said`, `according to`)")
    cue_lemma: str | None = column("its lemma (`say`)")
    cue_start: int | None = column("offset of the cue")
    cue_end: int | None = column("its end offset")
    channel: str | None = column("how it was said (`radio interview`, `statement`)")
    time: str | None = column("ISO value of the quote's own time expression")
    start: int = column("offset of the first piece of content")
    end: int = column("end of the last piece: `text[start:end]` holds them all")
    text: str = column("the content, pieces joined by ` … `")
    shown: str = column(
        "`text` with each pronoun's clear referent after it: `they [Ana Duarte and Li Wei] were`"
    )
    content: list[list[int]] = column("the content's pieces as `[start, end]` offsets")


def _quote_row(linked: Linked, ex: Extraction, n: int, quote: Quote) -> QuoteRow:
    from newsdesk.synthesize.quote_text import is_statement, shown_text

    art, speaker, cue = ex.article, quote.speaker, quote.cue
    actor = speaker.actor if speaker else None
    return QuoteRow(
        story=art.story,
        article_id=art.id,
        n=n,
        outlet=art.outlet,
        published=art.published,
        kind=quote.kind,
        statement=is_statement(quote, art.text),
        speaker=linked.name(actor),
        speaker_id=actor,
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=cue.text if cue else None,
        cue_lemma=cue.lemma if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        channel=quote.channel,
        time=quote.time,
        start=quote.start,
        end=quote.end,
        text=quote.content_text(art.text),
        shown=shown_text(quote, art.text, linked.names),
        content=[s.to_json() for s in quote.content],
    )


def quote_rows(linked: Linked) -> list[QuoteRow]:
    return [
        _quote_row(linked, ex, n, quote)
        for ex in linked.extractions
        for n, quote in enumerate(ex.quotes)
    ]


# ------------------------------------------------------------------ times


@dataclass(frozen=True)
class TimeRow:
    story: str | None = column("story id")
    article_id: str = column("the article")
    n: int = column("the expression's place in its article")
    outlet: str | None = column("the article's outlet")
    published: Day | None = column("the article's publication day, which relative dates use")
    text: str = column("the expression as written: `text[start:end]`")
    start: int = column("offset in the article's text")
    end: int = column("end offset")
    value: str | None = column(
        "ISO 8601 at its granularity (`2025-03-10`, `2025-W11`, `2025-03`, `2005`); null when "
        "nothing can be known"
    )
    granularity: str | None = column("`day`, `week`, `month`, `year`, `decade` …")
    anchor: str | None = column("what the value was computed from (`published:2025-03-10`)")
    kind: str = column("`date`, `duration`, `set` or `range`")
    modifier: str | None = column("`early`, `mid`, `late`, `before`, `after`, `approx`")


def time_rows(linked: Linked) -> list[TimeRow]:
    return [
        TimeRow(
            ex.article.story,
            ex.article.id,
            n,
            ex.article.outlet,
            ex.article.published,
            t.text,
            t.start,
            t.end,
            t.value,
            t.granularity,
            t.anchor,
            t.kind,
            t.modifier,
        )
        for ex in linked.extractions
        for n, t in enumerate(ex.times)
    ]


# ------------------------------------------------------------------ events

# GDELT's QuadClass numbers the four PLOVER/CAMEO quad classes in this order.
QUAD_CLASSES = (
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)


def quad_class(event_type: str) -> int | None:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    from newsdesk.knowledge.plover import QUAD

    quad = QUAD.get(event_type)
    return QUAD_CLASSES.index(quad) + 1 if quad in QUAD_CLASSES else None


def event_day(time: str | None, granularity: str | None) -> Day | None:
    """The day an event is dated to, when its time is one day ("2025-03-10")."""
    if not time or granularity != "day":
        return None
    try:
        return Day.fromisoformat(time[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class EventRow:
    story: str | None = column("story id")
    article_id: str = column("the article")
    n: int = column("the event's place in its article (with `article_id`, its key)")
    outlet: str | None = column("the article's outlet")
    published: Day | None = column("the article's publication day")
    url: str | None = column("the article's web address")
    type: str = column("PLOVER event type (`PROTEST`, `ACCUSE`, `AGREE` …)")
    mode: str | None = column("PLOVER mode (`obstruct`, `allege` …)")
    cameo: str | None = column("the CAMEO root code the PLOVER type projects onto (`14`)")
    quad_class: int | None = column(
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"
    )
    intensity: float | None = column("PLOVER conflict–cooperation score, -10 to +10")
    actors: list[str] = column("linked ids of who acted")
    actor_names: list[str] = column("their names")
    recipients: list[str] = column("linked ids of whom it was done to")
    recipient_names: list[str] = column("their names")
    date: Day | None = column("the day the event is dated to, when its time is a day")
    time: str | None = column("ISO value of the event's time at any granularity")
    time_granularity: str | None = column("`day`, `week`, `month`, `year` …")
    time_approximate: bool = column("the time is approximate (`in early March`)")
    location: str | None = column("where, as written")
    negated: bool = column("the text says it did not happen")
    hypothetical: bool = column("conditional or merely possible")
    future: bool = column("announced or expected, not yet done")
    historical: bool = column("a precedent, before the story")
    kind: str = column(
        "`occurred`, `ongoing`, `expected`, `hypothetical`, `standing` (a habit or stance) or "
        "`precedent`"
    )
    source: str | None = column("linked id of who reported it, for reported events")
    start: int = column("offset of the evidence (the sentence) in the article's text")
    end: int = column("its end offset")
    sentence: str = column("the evidence: `text[start:end]`")
    trigger_start: int | None = column("offset of the word that triggered the coding")
    trigger_end: int | None = column("its end offset")


def event_rows(linked: Linked) -> list[EventRow]:
    rows = []
    for ex in linked.extractions:
        art = ex.article
        for n, e in enumerate(ex.events):
            rows.append(
                EventRow(
                    story=art.story,
                    article_id=art.id,
                    n=n,
                    outlet=art.outlet,
                    published=art.published,
                    url=art.url,
                    type=e.type,
                    mode=e.mode,
                    cameo=e.cameo,
                    quad_class=quad_class(e.type),
                    intensity=e.intensity,
                    actors=list(e.actors),
                    actor_names=[linked.name(a) or a for a in e.actors],
                    recipients=list(e.recipients),
                    recipient_names=[linked.name(a) or a for a in e.recipients],
                    date=event_day(e.time, e.time_granularity),
                    time=e.time,
                    time_granularity=e.time_granularity,
                    time_approximate=e.time_approximate,
                    location=e.location,
                    negated=e.negated,
                    hypothetical=e.hypothetical,
                    future=e.future,
                    historical=e.historical,
                    kind=e.kind,
                    source=e.source,
                    start=e.start,
                    end=e.end,
                    sentence=art.text[e.start : e.end],
                    trigger_start=e.trigger.start if e.trigger else None,
                    trigger_end=e.trigger.end if e.trigger else None,
                )
            )
    return rows


# ------------------------------------------------------------------ claims and stances


def _part_at(part: Part | None) -> tuple[str | None, int | None, int | None]:
    return (part.text, part.start, part.end) if part is not None else (None, None, None)


@dataclass(frozen=True)
class ClaimRow:
    story: str | None = column("story id")
    article_id: str = column("the article")
    n: int = column("the claim's place in its article (with `article_id`, its key)")
    outlet: str | None = column("the article's outlet")
    published: Day | None = column("the article's publication day")
    kind: str = column("`report` (a fact told), `evaluation` or `prescription` (argument)")
    subject: str | None = column("who or what the claim is about, as written")
    subject_id: str | None = column("the linked actor id the subject names")
    subject_start: int | None = column("offset of the subject")
    subject_end: int | None = column("its end offset")
    predicate: str = column("the predicate as written (`gave no indication`)")
    predicate_lemma: str = column("its head's lemma (`give`)")
    predicate_start: int = column("offset of the predicate")
    predicate_end: int = column("its end offset")
    object: str | None = column("what the predicate is about, as written")
    object_start: int | None = column("offset of the object")
    object_end: int | None = column("its end offset")
    topic: str | None = column("normalised topic key (`sanctions relief`, `meeting`)")
    polarity: str = column("`positive` or `negative`, the claim as attributed")
    modality: str = column("`asserted`, `possible`, `hypothetical` or `future`")
    source: str | None = column("to whom the text attributes it, as written; null: the article")
    source_id: str | None = column("the source's linked actor id")
    holder: str | None = column("linked id of the source, else of the subject")
    holder_name: str | None = column("that actor's name")
    numbers: list[str] = column("quantities stated, as written (`1,200 nurses`)")
    number_values: list[float] = column("their values (`1200.0`)")
    number_units: list[str | None] = column("the nouns they count (`nurse`), null if none")
    time: str | None = column("ISO value of the time the claim is about")
    actors: list[str] = column("linked ids of the actors it names")
    actor_names: list[str] = column("their names")
    terms: list[str] = column("normalised content words (what claims are matched on)")
    start: int = column("offset of the sentence stating it")
    end: int = column("its end offset")
    sentence: str = column("the sentence: `text[start:end]`")


def claim_rows(linked: Linked) -> list[ClaimRow]:
    rows = []
    for ex in linked.extractions:
        art = ex.article
        for n, c in enumerate(ex.claims):
            subject, subject_start, subject_end = _part_at(c.subject)
            obj, object_start, object_end = _part_at(c.object)
            rows.append(
                ClaimRow(
                    story=art.story,
                    article_id=art.id,
                    n=n,
                    outlet=art.outlet,
                    published=art.published,
                    kind=c.kind,
                    subject=subject,
                    subject_id=c.subject.actor if c.subject else None,
                    subject_start=subject_start,
                    subject_end=subject_end,
                    predicate=c.predicate.text,
                    predicate_lemma=c.predicate.lemma,
                    predicate_start=c.predicate.start,
                    predicate_end=c.predicate.end,
                    object=obj,
                    object_start=object_start,
                    object_end=object_end,
                    topic=c.topic,
                    polarity=c.polarity,
                    modality=c.modality,
                    source=c.source.text if c.source else None,
                    source_id=c.source.actor if c.source else None,
                    holder=c.holder,
                    holder_name=linked.name(c.holder),
                    numbers=[x.text for x in c.numbers],
                    number_values=[x.value for x in c.numbers],
                    number_units=[x.unit for x in c.numbers],
                    time=c.time,
                    actors=list(c.actors),
                    actor_names=[linked.name(a) or a for a in c.actors],
                    terms=list(c.terms),
                    start=c.start,
                    end=c.end,
                    sentence=art.text[c.start : c.end],
                )
            )
    return rows


@dataclass(frozen=True)
class StanceRow:
    story: str | None = column("story id")
    article_id: str = column("the article")
    n: int = column("the stance's place in its article (with `article_id`, its key)")
    outlet: str | None = column("the article's outlet")
    published: Day | None = column("the article's publication day")
    holder: str = column("who holds it, as written")
    holder_id: str | None = column("the holder's linked actor id")
    holder_name: str | None = column("that actor's name")
    topic: str = column(
        "normalised topic key (`meeting`, `sanctions relief`; `actor:` and an id for an actor)"
    )
    topic_name: str = column("the topic as a reader names it (the actor's name for an actor)")
    topic_text: str | None = column("the topic as written")
    polarity: str = column("`for`, `against` or `conditional`")
    cue: str = column("the words that state the stance (`ruled out`)")
    cue_lemma: str = column("their head's lemma")
    cue_start: int = column("offset of the cue")
    cue_end: int = column("its end offset")
    conditions: list[str] = column("its conditions, each a whole clause as written")
    condition_spans: list[list[int]] = column("their `[start, end]` offsets")
    said: str | None = column("ISO value of when it was held or said; null when not told")
    said_by: str = column("how `said` was found: `quote`, `clause`, `next quote` or `unknown`")
    reported: str | None = column("when it was reported (the article's day)")
    after: int | None = column("days after the holder's previous stance (`within 24 hours`: 1)")
    recalled: bool = column("a look back at a stance already taken, not a new one")
    start: int = column("offset of the sentence stating it")
    end: int = column("its end offset")
    sentence: str = column("the sentence: `text[start:end]`")


def stance_rows(linked: Linked) -> list[StanceRow]:
    rows = []
    for ex in linked.extractions:
        art = ex.article
        for n, s in enumerate(ex.stances):
            topic_name = s.topic
            if s.topic.startswith(ACTOR_TOPIC):
                topic_name = linked.name(s.topic[len(ACTOR_TOPIC) :]) or s.topic
            rows.append(
                StanceRow(
                    story=art.story,
                    article_id=art.id,
                    n=n,
                    outlet=art.outlet,
                    published=art.published,
                    holder=s.holder.text,
                    holder_id=s.holder.actor,
                    holder_name=linked.name(s.holder.actor),
                    topic=s.topic,
                    topic_name=topic_name,
                    topic_text=s.topic_text.text if s.topic_text else None,
                    polarity=s.polarity,
                    cue=s.cue.text,
                    cue_lemma=s.cue.lemma,
                    cue_start=s.cue.start,
                    cue_end=s.cue.end,
                    conditions=[c.text for c in s.conditions],
                    condition_spans=[[c.start, c.end] for c in s.conditions],
                    said=s.said,
                    said_by=s.said_by,
                    reported=s.reported,
                    after=s.after,
                    recalled=s.recalled,
                    start=s.start,
                    end=s.end,
                    sentence=art.text[s.start : s.end],
                )
            )
    return rows
