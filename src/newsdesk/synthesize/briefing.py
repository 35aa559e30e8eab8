"""The briefing of a story: one JSON-ready structure (``briefing_types.Briefing``) that every
renderer reads.

Building it is the only place where the per-story stages meet, so renderers stay dumb: they
format what is here and compute nothing.  Every citation is an article id with character
offsets, and each article entry carries its ``text``, so a reader of the structure alone (the
HTML page, offline) can show the cited passage.
"""

from __future__ import annotations

from collections import defaultdict

from newsdesk.knowledge import geo
from newsdesk.link.actors import LinkedActor
from newsdesk.model import Article, Extraction, Quote, iso_day
from newsdesk.synthesize import compare, key_dates, network, positions, summary, timeline
from newsdesk.synthesize.briefing_types import (
    ActorEntry,
    Briefing,
    DateRange,
    QuoteEntry,
    Source,
    SpeakerGroup,
    TimelineEntry,
)
from newsdesk.synthesize.quote_sources import described_speaker, group_headings, shown_speaker
from newsdesk.synthesize.quote_text import cue_shown, is_statement, shown_text

_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their"}
)


def build(
    extractions: list[Extraction],
    roster: list[LinkedActor],
    story: str | None = None,
    summary_words: int = 120,
    copies: dict[str, list[Article]] | None = None,
) -> Briefing:
    """``copies`` (original's id → its copies) are listed under their original, never as
    sources."""
    names = {entry.actor.id: entry.actor.name for entry in roster}
    mentions = _actors_in(extractions)
    stances = positions.build(extractions, names)
    matching = compare.match(extractions)
    return {
        "story": story,
        "articles": [_article(ex, (copies or {}).get(ex.article.id, [])) for ex in extractions],
        "outlets": sorted({ex.article.outlet for ex in extractions if ex.article.outlet}),
        "dates": _date_range(extractions),
        "actors": [actor_entry(entry) for entry in roster],
        "quotes": _quotes(extractions, names),
        "attributions": _quotes(extractions, names, statements=False),
        "timeline": [
            _timeline_item(item, mentions)
            for item in timeline.build(extractions, names, matching.shared())
        ],
        "key_dates": key_dates.select(extractions).to_json(),
        "network": network.build(extractions, names),
        "comparison": compare.build(extractions, names, stances, matching),
        "positions": stances,
        "summary": [
            {
                "text": c.text,
                "historical": c.historical,
                "citations": [
                    timeline.Citation(c.article, c.outlet, c.path, c.start, c.end).to_json()
                ],
            }
            for c in summary.summarize(extractions, summary_words)
        ],
        "flags": [
            {"article": ex.article.id, "path": ex.article.path, "flag": flag}
            for ex in extractions
            for flag in ex.flags
        ],
        "thread": None,  # a stored story's thread is added by ``synthesize.stored``
    }


def _article(ex: Extraction, copies: list[Article]) -> Source:
    art = ex.article
    return {
        **art.ref_json(),
        "genre": art.genre,
        "language": art.language,
        "quotes": len(ex.quotes),
        "events": len(ex.events),
        "text": art.text,
        "copies": [c.ref_json() for c in copies],
    }


def _date_range(extractions: list[Extraction]) -> DateRange:
    dates = sorted(ex.article.published for ex in extractions if ex.article.published)
    first, last = (dates[0], dates[-1]) if dates else (None, None)
    return {"first": iso_day(first), "last": iso_day(last)}


def actor_entry(entry: LinkedActor) -> ActorEntry:
    """An actor as the whole story knows it: titles, country, sector, reach."""
    actor = entry.actor
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "titles": [t.text for t in actor.titles],
        "country": actor.country,
        "country_name": geo.country_name(actor.country)
        if actor.country and len(actor.country) == 3
        else None,
        "sector": actor.sector,
        "affiliation": actor.affiliation,
        "aliases": actor.aliases,
        "articles": len(entry.articles),
        "mentions": entry.mention_count,
    }


def _speaker_name(quote: Quote, names: dict[str, str]) -> str | None:
    """The speaker as a reader should see it; never a bare pronoun."""
    if quote.speaker is None:
        return None
    if quote.speaker.actor and quote.speaker.actor in names:
        return names[quote.speaker.actor]
    text = shown_speaker(quote.speaker.text)
    if text.lower() in _PRONOUNS:
        return described_speaker(quote)  # "one oil analyst ...: “...,” he added"
    return text


def _quotes(
    extractions: list[Extraction], names: dict[str, str], statements: bool = True
) -> list[SpeakerGroup]:
    """Who said what (or, with ``statements=False``, who believes or intends what), grouped
    by speaker, most quoted first, each quote cited; an article's anonymous sources under the
    description that introduced them (``quote_sources``)."""
    groups: dict[str, list[QuoteEntry]] = defaultdict(list)
    for ex in extractions:
        art = ex.article
        anonymous = group_headings(ex.quotes)
        for n, quote in enumerate(ex.quotes):
            speaker = anonymous.get(n) or _speaker_name(quote, names)
            if speaker is None or is_statement(quote, art.text) != statements:
                continue
            groups[speaker].append(
                {
                    "kind": quote.kind,
                    "text": quote.content_text(art.text),
                    "shown": shown_text(quote, art.text, names),
                    "content": [s.to_json() for s in quote.content],
                    "referents": [r.to_json() for r in quote.referents],
                    "speaker_text": quote.speaker.text if quote.speaker else None,
                    "actor": quote.speaker.actor if quote.speaker else None,
                    "cue": cue_shown(quote, art.text),
                    "channel": quote.channel,
                    "time": quote.time,
                    "article": art.id,
                    "outlet": art.outlet,
                    "published": iso_day(art.published),
                    "genre": art.genre,
                }
            )
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [
        {"speaker": speaker, "actor": items[0]["actor"], "quotes": items}
        for speaker, items in ordered
    ]


def _actors_in(extractions: list[Extraction]) -> dict[str, list[tuple[int, int, str]]]:
    """Article id → (start, end, actor id) of every linked mention, for filtering by actor."""
    return {
        ex.article.id: sorted((m.start, m.end, m.actor) for m in ex.mentions if m.actor)
        for ex in extractions
    }


def _timeline_item(
    item: timeline.TimelineItem, mentions: dict[str, list[tuple[int, int, str]]]
) -> TimelineEntry:
    """The item with the actors it involves: the event's own, and any named in its passages."""
    involved = set(item.event_key[1] + item.event_key[2]) if item.event_key else set()
    for c in item.citations:
        involved.update(
            actor
            for start, end, actor in mentions.get(c.article, [])
            if c.start <= start and end <= c.end
        )
    return {
        "value": item.value,
        "granularity": item.granularity,
        "label": item.label,
        "kind": item.kind,
        "approximate": item.approximate,
        "historical": item.historical,
        "expected": item.expected,
        "outlets": item.outlets,
        "citations": [c.to_json() for c in item.citations],
        "actors": sorted(involved),
    }
