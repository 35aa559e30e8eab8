"""The JSON API: stories, their briefings, articles, actors, quotes, events and search.

Every answer has a declared shape (the ``TypedDict``s of the records, the store and the
briefing), so ``/openapi.json`` documents it; every item carries its article id and character
offsets, as everywhere in newsdesk.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from newsdesk.store import StoryJSON, ThreadJSON
from newsdesk.synthesize.briefing_types import ActorEntry, Briefing
from newsdesk.web import queries
from newsdesk.web.deps import (
    DB,
    ArticleId,
    Limit,
    PathStory,
    Problem,
    ReadStore,
    StoryFilter,
    briefing_of,
)

router = APIRouter(
    prefix="/api",
    responses={
        404: {"model": Problem, "description": "no such story or article"},
        409: {"model": Problem, "description": "a label two stories share: give an id"},
        422: {"model": Problem, "description": "a parameter out of bounds"},
    },
)


@router.get("/stories", summary="Every story with its members")
def list_stories(store: ReadStore) -> list[StoryJSON]:
    return [s.to_json() for s in store.stories()]


@router.get("/threads", summary="Stories grouped by thread (a development), each by date")
def list_threads(store: ReadStore) -> list[ThreadJSON]:
    return [t.to_json() for t in store.threads()]


@router.get("/stories/{story}", summary="One story by id or label")
def get_story(story: PathStory) -> StoryJSON:
    return story.to_json()


@router.get("/stories/{story}/briefing", summary="The briefing structure of one story")
def get_briefing(story: PathStory, db: DB) -> Briefing:
    return briefing_of(db, story)


@router.get("/articles", summary="Article headers, by date (copies included)")
def list_articles(
    store: ReadStore,
    story: StoryFilter,
    limit: Limit = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[queries.ArticleHeader]:
    found = store.articles(story, copies=True, limit=limit, offset=offset)
    return [queries.article_header(a) for a in found]


@router.get("/articles/{article_id}", summary="One article with its text")
def get_article(article_id: ArticleId, store: ReadStore) -> queries.ArticleDetail:
    found = queries.article_detail(store, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return found


@router.get("/actors", summary="Actors linked across a story (or the store)")
def list_actors(store: ReadStore, story: StoryFilter) -> list[ActorEntry]:
    return queries.actors(store, story)


@router.get("/quotes", summary="Quotes with speakers, cues and content offsets")
def list_quotes(
    store: ReadStore,
    story: StoryFilter,
    speaker: Annotated[str | None, Query(max_length=300, description="actor id")] = None,
) -> list[queries.QuoteItem]:
    return queries.quotes(store, story, speaker)


@router.get("/events", summary="Coded PLOVER events with evidence offsets")
def list_events(
    store: ReadStore,
    story: StoryFilter,
    type: Annotated[str | None, Query(max_length=40, description="PLOVER type")] = None,
) -> list[queries.EventItem]:
    return queries.events(store, story, type)


@router.get("/search", summary="Articles and quotes holding a phrase (any case)")
def search(
    q: Annotated[str, Query(min_length=1, max_length=200, description="phrase")],
    store: ReadStore,
    story: StoryFilter,
    limit: Limit = 50,
) -> queries.SearchResult:
    if not q.strip():
        raise HTTPException(422, "q: the phrase is blank")
    return queries.search(store, q, story, limit)
