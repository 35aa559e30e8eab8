"""``POST /articles``: an upload into the store by the CLI's path, readers then the service.

The body is checked and read first (``uploads.py``), then ingested in a worker thread while
holding the database's one writer; readers go on meanwhile.  Messages are the CLI's:
``path: reason`` for an input that cannot be read or extracted.  A browser's form upload is
redirected to the story page (or answered with a small page saying why not); anything else
gets JSON.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from typing_extensions import TypedDict

from newsdesk import ingest
from newsdesk.model import ArticleRef
from newsdesk.service import Outcome, ingest_into
from newsdesk.web import pages, uploads
from newsdesk.web.database import Database
from newsdesk.web.deps import DB, MaxUpload, Problem
from newsdesk.web.queries import public_path

router = APIRouter()


class StoredArticle(ArticleRef):
    story: str | None
    language: str | None
    flags: list[str]


class UploadAnswer(TypedDict):
    stored: list[StoredArticle]
    duplicates: list[str]  # ids of articles the store already held
    errors: list[str]  # "path: reason", one per input that was not stored


class Refusal(Problem):
    errors: list[str]


@router.post(
    "/articles",
    summary="Add an article",
    description=(
        "A raw body (text/plain, text/html, application/json, application/x-ndjson; "
        "metadata as query parameters outlet, published, genre, story, filename) or a "
        "form (multipart: a file or a text field; urlencoded: a text field; with the same "
        "metadata fields). Bodies over the server's limit (`newsdesk serve --max-upload-mb`, "
        "5 MB by default) are refused with 413."
    ),
    status_code=201,
    response_model=UploadAnswer,
    responses={
        200: {"model": UploadAnswer, "description": "already stored"},
        303: {"description": "a browser's form upload: to the story page"},
        400: {"model": Refusal, "description": "malformed body, or a Host this app is not"},
        403: {"model": Refusal, "description": "sent by a page of another site, or a form "
              "without the token of the app's own form"},
        413: {"model": Refusal, "description": "body too large"},
        415: {"model": Refusal, "description": "content type not accepted"},
        422: {"model": Refusal, "description": "not an article (the reason as the CLI gives it)"},
        503: {"model": Problem, "description": "the store is damaged"},
    },
)
async def add_article(request: Request, db: DB, limit: MaxUpload) -> Response:
    browser = "text/html" in request.headers.get("accept", "")
    try:
        upload = await uploads.parse(request, limit)
    except uploads.UploadError as error:
        return _refuse(error.status, [error.reason], browser)
    outcome = await run_in_threadpool(run, db, upload, limit)
    status = _status(outcome)
    if status == 422:
        return _refuse(422, [str(e) for e in outcome.errors], browser)
    if browser and uploads.media_type(request) in uploads.FORM_TYPES:
        first = outcome.stored[0].article.story if outcome.stored else None
        return RedirectResponse(f"/stories/{first}" if first else "/", status_code=303)
    return JSONResponse(_answer(outcome), status_code=status)


def run(db: Database, upload: uploads.Upload, max_bytes: int) -> Outcome:
    items = list(ingest.read_bytes(upload.data, upload.name, upload.overrides, max_bytes,
                                   sniff=upload.sniff))  # fmt: skip
    with db.writing() as store:
        # One process: a server thread must not fork the parser into workers.
        return ingest_into(store, items, upload.story, processes=1)


def _status(outcome: Outcome) -> int:
    """201 when something was stored, 200 when all was known, 422 when nothing was usable."""
    if outcome.stored:
        return 201
    return 200 if outcome.duplicates and not outcome.errors else 422


def _answer(outcome: Outcome) -> UploadAnswer:
    stored: list[StoredArticle] = [
        {
            **ex.article.ref_json(),
            "path": public_path(ex.article.path),
            "story": ex.article.story,
            "language": ex.article.language,
            "flags": ex.flags,
        }
        for ex in outcome.stored
    ]
    errors = [str(e) for e in outcome.errors]
    return {"stored": stored, "duplicates": outcome.duplicates, "errors": errors}


def _refuse(status: int, reasons: list[str], browser: bool) -> Response:
    if browser:
        return HTMLResponse(pages.upload_failed(status, reasons), status_code=status)
    refusal: Refusal = {"detail": "; ".join(reasons), "errors": reasons}
    return JSONResponse(refusal, status)
