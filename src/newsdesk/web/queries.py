"""What the JSON API answers, read from the store: articles, actors, quotes, events, search.

Actors, quotes and events are given with shared actor ids, linked over the story asked for (or
over the whole store), the same way a briefing links them.  Every item carries its article id and
character offsets, as everywhere in newsdesk.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.link.actors import link
from newsdesk.model import Article, Extraction
from newsdesk.store import Store
from newsdesk.synthesize.briefing import actor_entry

SNIPPET = 80  # characters shown each side of a search match


def article_header(article: Article) -> dict[str, Any]:
    return {**article.header_json(), "story": article.story}


def article_detail(store: Store, article_id: str) -> dict[str, Any] | None:
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


def actors(store: Store, story: str | None) -> list[dict[str, Any]]:
    return [actor_entry(entry) for entry in link(store.extractions(story))]


def quotes(store: Store, story: str | None, speaker: str | None) -> list[dict[str, Any]]:
    out = []
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
                    "published": art.published.isoformat() if art.published else None,
                    **quote.to_json(),
                    "text": quote.content_text(art.text),
                }
            )
    return out


def events(store: Store, story: str | None, kind: str | None) -> list[dict[str, Any]]:
    out = []
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


def search(store: Store, query: str, story: str | None, limit: int) -> dict[str, Any]:
    """Articles whose text holds ``query`` (case-insensitive), and quotes that say it.

    DuckDB narrows the articles; the offsets come from a regular expression over the text
    itself, so they index ``Article.text`` exactly as every other offset does.
    """
    found = store.containing(query, story)
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    articles: list[dict[str, Any]] = []
    hits: list[dict[str, Any]] = []
    for ex in found:
        art = ex.article
        matches = [
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
