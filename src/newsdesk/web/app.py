"""The FastAPI app over one store: JSON API, the briefing page per story, uploads.

Reads run in Starlette's worker threads, each on a DuckDB cursor of its own, so they answer
while an upload is parsed and written (see ``database.py``).  Every refusal is a 4xx with a
one-line ``detail``: FastAPI's validation errors are folded into one line too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from newsdesk.store import Store, StoreError, StoryInfo
from newsdesk.web import intake, pages, queries, uploads
from newsdesk.web.database import Database

ARTICLE_ID = r"^[0-9a-f]{16}$"
StoryKey = Annotated[str, PathParam(min_length=1, max_length=300, description="id or label")]
ArticleId = Annotated[
    str, PathParam(pattern=ARTICLE_ID, description="16 hex digits (content hash)")
]
StoryFilter = Annotated[
    str | None, Query(max_length=300, description="story id or label; default: every article")
]
Limit = Annotated[int, Query(ge=1, le=1000)]
WORDS = 120


def create_app(db_path: Path | str, max_upload: int = uploads.DEFAULT_MAX_UPLOAD) -> FastAPI:
    """The app over the store at ``db_path`` (opened now: a bad store fails here, not later)."""
    db = Database(db_path)
    app = FastAPI(
        title="newsdesk",
        summary="A structured, sourced picture of a developing news story.",
        version="1",
    )
    app.state.db = db
    app.router.add_event_handler("shutdown", db.close)

    @app.exception_handler(RequestValidationError)
    async def one_line(_request: Request, error: RequestValidationError) -> JSONResponse:
        reasons = []
        for item in error.errors():
            where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("path", "query"))
            reasons.append(f"{where}: {item.get('msg', 'invalid')}")
        return JSONResponse({"detail": "; ".join(reasons)}, status_code=422)

    def find(store: Store, key: str) -> StoryInfo:
        try:
            story = store.find_story(key)
        except StoreError as error:
            raise HTTPException(409, str(error)) from None
        if story is None:
            raise HTTPException(404, f"no story {key!r} (see /api/stories)")
        return story

    def story_filter(store: Store, key: str | None) -> str | None:
        return find(store, key).id if key else None

    # ------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, summary="Stories, search and the upload form")
    def index() -> str:
        with db.reading() as store:
            return pages.index(store.stories(), max_upload)

    @app.get("/stories/{story}", response_class=HTMLResponse, summary="The briefing page")
    def story_page(story: StoryKey) -> str:
        from newsdesk.render import html

        return html.render(briefing_of(story))

    # ------------------------------------------------------------ JSON API

    @app.get("/api/stories", summary="Every story with its members")
    def list_stories() -> list[dict[str, Any]]:
        with db.reading() as store:
            return [dict(s.to_json()) for s in store.stories()]

    @app.get("/api/stories/{story}", summary="One story by id or label")
    def get_story(story: StoryKey) -> dict[str, Any]:
        with db.reading() as store:
            return dict(find(store, story).to_json())

    @app.get("/api/stories/{story}/briefing", summary="The briefing structure of one story")
    def get_briefing(story: StoryKey) -> dict[str, Any]:
        return briefing_of(story)

    def briefing_of(key: str) -> dict[str, Any]:
        from newsdesk.synthesize import stored

        with db.reading() as store:
            story = find(store, key)

        def build() -> dict[str, Any] | None:
            with db.reading() as store:
                found = stored.load(store, story)
            return stored.briefing(found, WORDS) if found.extractions else None

        brief = db.briefing(story.id, WORDS, build)
        if brief is None:
            raise HTTPException(404, f"story {key!r} has no article to brief")
        return brief

    @app.get("/api/articles", summary="Article headers, by date (copies included)")
    def list_articles(
        story: StoryFilter = None, limit: Limit = 100, offset: Annotated[int, Query(ge=0)] = 0
    ) -> list[dict[str, Any]]:
        with db.reading() as store:
            found = store.articles(story_filter(store, story), copies=True)
        return [queries.article_header(a) for a in found[offset : offset + limit]]

    @app.get("/api/articles/{article_id}", summary="One article with its text")
    def get_article(article_id: ArticleId) -> dict[str, Any]:
        with db.reading() as store:
            found = queries.article_detail(store, article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        return found

    @app.get("/api/actors", summary="Actors linked across a story (or the store)")
    def list_actors(story: StoryFilter = None) -> list[dict[str, Any]]:
        with db.reading() as store:
            return queries.actors(store, story_filter(store, story))

    @app.get("/api/quotes", summary="Quotes with speakers, cues and content offsets")
    def list_quotes(
        story: StoryFilter = None,
        speaker: Annotated[str | None, Query(max_length=300, description="actor id")] = None,
    ) -> list[dict[str, Any]]:
        with db.reading() as store:
            return queries.quotes(store, story_filter(store, story), speaker)

    @app.get("/api/events", summary="Coded PLOVER events with evidence offsets")
    def list_events(
        story: StoryFilter = None,
        type: Annotated[str | None, Query(max_length=40, description="PLOVER type")] = None,
    ) -> list[dict[str, Any]]:
        with db.reading() as store:
            return queries.events(store, story_filter(store, story), type)

    @app.get("/api/search", summary="Articles and quotes holding a phrase (any case)")
    def search(
        q: Annotated[str, Query(min_length=1, max_length=200, description="phrase")],
        story: StoryFilter = None,
        limit: Limit = 50,
    ) -> dict[str, Any]:
        if not q.strip():
            raise HTTPException(422, "q: the phrase is blank")
        with db.reading() as store:
            return queries.search(store, q, story_filter(store, story), limit)

    # ------------------------------------------------------------ ingest

    @app.post(
        "/articles",
        summary="Add an article",
        description=(
            "A raw body (text/plain, text/html, application/json, application/x-ndjson; "
            "metadata as query parameters outlet, published, genre, story, filename) or a "
            "form (multipart: a file or a text field; urlencoded: a text field; with the same "
            "metadata fields). "
            f"Bodies over the limit ({max_upload} bytes by default) are refused with 413."
        ),
        status_code=201,
        responses={
            200: {"description": "already stored"},
            413: {"description": "body too large"},
            415: {"description": "content type not accepted"},
            422: {"description": "not an article (the reason as the CLI gives it)"},
        },
    )
    async def add_article(request: Request) -> Response:
        browser = "text/html" in request.headers.get("accept", "")
        try:
            upload = await uploads.parse(request, max_upload)
        except uploads.UploadError as error:
            return refuse(error.status, [error.reason], browser)
        outcome = await run_in_threadpool(intake.run, db, upload, max_upload)
        if intake.status(outcome) == 422:
            return refuse(422, [str(e) for e in outcome.errors], browser)
        if browser and uploads.media_type(request) in uploads.FORM_TYPES:
            first = outcome.stored[0].article.story if outcome.stored else None
            if first:
                return RedirectResponse(f"/stories/{first}", status_code=303)
            return RedirectResponse("/", status_code=303)
        return JSONResponse(intake.answer(outcome), status_code=intake.status(outcome))

    def refuse(status: int, reasons: list[str], browser: bool) -> Response:
        if browser:
            return HTMLResponse(pages.upload_failed(status, reasons), status_code=status)
        return JSONResponse({"detail": "; ".join(reasons), "errors": reasons}, status)

    return app
