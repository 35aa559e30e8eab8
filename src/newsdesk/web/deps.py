"""What the routes take from FastAPI: the database, a store to read, the story asked for.

Each request that reads gets its own DuckDB cursor (``Database.reading``), closed when the
request ends; a story named in the path or a ``story`` query parameter is looked up once, and a
key that names no story (or two) is answered 404 (409) with one line saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from typing_extensions import TypedDict

from newsdesk.store import Store, StoreError, StoryInfo
from newsdesk.synthesize.briefing_types import Briefing
from newsdesk.web.database import Database

SUMMARY_WORDS = 120
ARTICLE_ID = r"^[0-9a-f]{16}$"

StoryKey = Annotated[str, PathParam(min_length=1, max_length=300, description="id or label")]
ArticleId = Annotated[
    str, PathParam(pattern=ARTICLE_ID, description="16 hex digits (content hash)")
]
StoryParam = Annotated[
    str | None, Query(max_length=300, description="story id or label; default: every article")
]
Limit = Annotated[int, Query(ge=1, le=1000)]


class Problem(TypedDict):
    """Every refusal: a 4xx status and one line saying why."""

    detail: str


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def max_upload(request: Request) -> int:
    limit: int = request.app.state.max_upload
    return limit


DB = Annotated[Database, Depends(database)]
MaxUpload = Annotated[int, Depends(max_upload)]


def reading(db: DB) -> Iterator[Store]:
    with db.reading() as store:
        yield store


ReadStore = Annotated[Store, Depends(reading)]


def find_story(store: Store, key: str) -> StoryInfo:
    try:
        story = store.find_story(key)
    except StoreError as error:
        raise HTTPException(409, str(error)) from None
    if story is None:
        raise HTTPException(404, f"no story {key!r} (see /api/stories)")
    return story


def story_in_path(story: StoryKey, store: ReadStore) -> StoryInfo:
    return find_story(store, story)


def story_in_query(store: ReadStore, story: StoryParam = None) -> str | None:
    """The id of the story a ``?story=`` names; None (every article) without one."""
    return find_story(store, story).id if story else None


PathStory = Annotated[StoryInfo, Depends(story_in_path)]
StoryFilter = Annotated[str | None, Depends(story_in_query)]


def briefing_of(db: Database, story: StoryInfo) -> Briefing:
    """The story's briefing, built on a cursor of its own and kept until the next write."""
    from newsdesk.synthesize import stored
    from newsdesk.web.queries import without_local_paths

    def build() -> Briefing | None:
        with db.reading() as store:
            found = stored.load(store, story)
        if not found.extractions:
            return None
        return without_local_paths(stored.briefing(found, SUMMARY_WORDS))

    brief = db.briefing(story.id, SUMMARY_WORDS, build)
    if brief is None:
        raise HTTPException(404, f"story {story.label!r} has no article to brief")
    return brief
