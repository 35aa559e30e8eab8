"""What the JSON API answers, read from the store: articles, actors, quotes, events, search.

Actors, quotes and events are given with shared actor ids, linked over the story asked for (or
over the whole store), the same way a briefing links them.  Every item carries its article id and
character offsets, as everywhere in newsdesk; records appear in their contract JSON
(``model.py``) with the article they come from.

Articles are named by their file's name only (``harbor.txt``, ``feed.jsonl:3``), never by the
path the CLI was given: an answer must not show how the server's disk is laid out.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any, TypeVar

from typing_extensions import TypedDict

from newsdesk.link.actors import link
from newsdesk.model import Article, ArticleJSON, EventJSON, Extraction, QuoteJSON, SpanJSON, iso_day
from newsdesk.store import Store
from newsdesk.synthesize.briefing import actor_entry
from newsdesk.synthesize.briefing_types import ActorEntry

SNIPPET = 80  # characters shown each side of a search match


class ArticleHeader(ArticleJSON):
    story: str | None


class Counts(TypedDict):
    actors: int
    quotes: int
    times: int
    events: int


class ArticleDetail(ArticleHeader):
    copy_of: str | None
    text: str
    flags: list[str]
    counts: Counts


class QuoteItem(QuoteJSON):
    article: str
    n: int  # the quote's place in its article
    outlet: str | None
    published: str | None
    text: str


class EventItem(EventJSON):
    article: str
    n: int
    outlet: str | None
    evidence_text: str


class Match(TypedDict):
    start: int
    end: int
    snippet: str


class ArticleMatches(ArticleHeader):
    matches: list[Match]


class QuoteMatch(TypedDict):
    article: str
    n: int
    speaker: str | None
    kind: str
    text: str
    content: list[SpanJSON]


class SearchResult(TypedDict):
    query: str
    articles: list[ArticleMatches]
    quotes: list[QuoteMatch]


T = TypeVar("T")


def public_path(path: str | None) -> str | None:
    """The file name of an article's path (a record's ``#N`` or ``:N`` kept with it)."""
    if not path:
        return path
    return posixpath.basename(path.replace("\\", "/")) or path


def without_local_paths(value: T) -> T:
    """A copy of a JSON value (a briefing) whose every ``path`` is ``public_path``'s."""
    found: Any = value
    if isinstance(found, dict):
        return {  # type: ignore[return-value]
            k: public_path(v) if k == "path" and isinstance(v, str) else without_local_paths(v)
            for k, v in found.items()
        }
    if isinstance(found, list):
        return [without_local_paths(v) for v in found]  # type: ignore[return-value]
    return value


def article_header(article: Article) -> ArticleHeader:
    return {**article.header_json(), "path": public_path(article.path), "story": article.story}


def article_detail(store: Store, article_id: str) -> ArticleDetail | None:
    ex = store.extraction(article_id)
    if ex is None:
        return None
    return {
        **article_header(ex.article),
        "copy_of": store.copy_of(article_id),
        "text": ex.article.text,
        "flags": ex.flags,
        "counts": {
            "actors": len(ex.actors),
            "quotes": len(ex.quotes),
            "times": len(ex.times),
            "events": len(ex.events),
        },
    }


def linked(store: Store, story: str | None) -> list[Extraction]:
    """The originals' extractions with one id per real actor across them."""
    extractions = store.extractions(story)
    link(extractions)
    return extractions


def actors(store: Store, story: str | None) -> list[ActorEntry]:
    return [actor_entry(entry) for entry in link(store.extractions(story))]


def quotes(store: Store, story: str | None, speaker: str | None) -> list[QuoteItem]:
    out: list[QuoteItem] = []
    for ex in linked(store, story):
        art = ex.article
        for n, quote in enumerate(ex.quotes):
            if speaker and (quote.speaker is None or quote.speaker.actor != speaker):
                continue
            out.append(
                {
                    "article": art.id,
                    "n": n,
                    "outlet": art.outlet,
                    "published": iso_day(art.published),
                    **quote.to_json(),
                    "text": quote.content_text(art.text),
                }
            )
    return out


def events(store: Store, story: str | None, kind: str | None) -> list[EventItem]:
    out: list[EventItem] = []
    for ex in linked(store, story):
        art = ex.article
        for n, event in enumerate(ex.events):
            if kind and event.type != kind.upper():
                continue
            out.append(
                {
                    "article": art.id,
                    "n": n,
                    "outlet": art.outlet,
                    **event.to_json(),
                    "evidence_text": event.evidence.text(art.text),
                }
            )
    return out


def search(store: Store, query: str, story: str | None, limit: int) -> SearchResult:
    """Articles whose text holds ``query`` (case-insensitive), and quotes that say it.

    DuckDB narrows the articles; the offsets come from a regular expression over the text
    itself, so they index ``Article.text`` exactly as every other offset does.
    """
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    articles: list[ArticleMatches] = []
    hits: list[QuoteMatch] = []
    for ex in store.containing(query, story):
        art = ex.article
        matches: list[Match] = [
            {
                "start": m.start(),
                "end": m.end(),
                "snippet": art.text[max(0, m.start() - SNIPPET) : m.end() + SNIPPET],
            }
            for m in pattern.finditer(art.text)
        ]
        if not matches:
            continue
        articles.append({**article_header(art), "matches": matches[:limit]})
        for n, quote in enumerate(ex.quotes):
            said = quote.content_text(art.text)
            who = quote.speaker.text if quote.speaker else ""
            if pattern.search(said) or pattern.search(who):
                hits.append(
                    {
                        "article": art.id,
                        "n": n,
                        "speaker": who or None,
                        "kind": quote.kind,
                        "text": said,
                        "content": [s.to_json() for s in quote.content],
                    }
                )
    return {"query": query, "articles": articles[:limit], "quotes": hits[:limit]}
