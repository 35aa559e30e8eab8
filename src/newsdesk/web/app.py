"""The FastAPI app over one store: its routers, its state, and one-line refusals.

``api.py`` answers JSON, ``pages.py`` the index and the briefing page per story, ``intake.py``
takes uploads; they reach the store through the dependencies of ``deps.py``.  Reads run in
Starlette's worker threads, each on a DuckDB cursor of its own, so they answer while an upload
is parsed and written (see ``database.py``).  Every refusal is a 4xx with a one-line
``detail``: FastAPI's validation errors are folded into one line too.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from newsdesk.web import api, intake, pages, uploads
from newsdesk.web.database import Database


def create_app(db_path: Path | str, max_upload: int = uploads.DEFAULT_MAX_UPLOAD) -> FastAPI:
    """The app over the store at ``db_path`` (opened now: a bad store fails here, not later)."""
    db = Database(db_path)
    app = FastAPI(
        title="newsdesk",
        summary="A structured, sourced picture of a developing news story.",
        version="1",
    )
    app.state.db = db
    app.state.max_upload = max_upload
    app.router.add_event_handler("shutdown", db.close)
    app.add_exception_handler(RequestValidationError, _one_line)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(intake.router)
    return app


async def _one_line(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    reasons = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("path", "query"))
        reasons.append(f"{where}: {item.get('msg', 'invalid')}")
    return JSONResponse({"detail": "; ".join(reasons)}, status_code=422)
