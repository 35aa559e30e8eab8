"""The FastAPI app over one store: its routers, its state, and one-line refusals.

``api.py`` answers JSON, ``pages.py`` the index and the briefing page per story, ``intake.py``
takes uploads; they reach the store through the dependencies of ``deps.py``.  Reads run in
Starlette's worker threads, each on a DuckDB cursor of its own, so they answer while an upload
is parsed and written (see ``database.py``).  Every refusal is a 4xx with a one-line
``detail``: FastAPI's validation errors are folded into one line too, and a store found
damaged while serving is a 503 saying so.  ``guard.py`` says what requests from other sites
are refused; ``/docs`` is Swagger UI served from the app itself (``fastapi-offline``'s copy), so
the page fetches nothing from another host.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newsdesk.store import StoreError
from newsdesk.store.schema import damaged
from newsdesk.web import api, guard, intake, pages, uploads
from newsdesk.web.database import Database


def create_app(
    db_path: Path | str,
    max_upload: int = uploads.DEFAULT_MAX_UPLOAD,
    host: str | None = None,
    allow_hosts: Iterable[str] = (),
) -> FastAPI:
    """The app over the store at ``db_path``, answering to loopback names, ``host`` (the address
    it is bound to) and ``allow_hosts``.  The store is opened and read through now: a store that
    cannot be used fails here, not on the first request."""
    db = Database(db_path)
    app = FastAPIOffline(
        title="newsdesk",
        summary="A structured, sourced picture of a developing news story.",
        version="1",
        redoc_url=None,
        swagger_ui_parameters={"validatorUrl": None},
    )
    app.state.db = db
    app.state.max_upload = max_upload
    app.state.sessions = guard.Sessions()
    app.router.add_event_handler("shutdown", db.close)
    app.add_exception_handler(RequestValidationError, _one_line)
    app.add_exception_handler(StoreError, _unavailable)
    app.add_exception_handler(duckdb.Error, _unavailable)
    app.add_middleware(guard.SameOrigin)
    app.add_middleware(
        TrustedHostMiddleware,
        allowed_hosts=guard.host_names(host, allow_hosts),
        www_redirect=False,
    )
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(intake.router)
    return app


async def _unavailable(request: Request, error: Exception) -> JSONResponse:
    """A store that fails while serving (a file cut short is found when that part is read)."""
    db: Database = request.app.state.db
    problem = error if isinstance(error, StoreError) else damaged(db.path, error)
    return JSONResponse({"detail": str(problem)}, status_code=503)


async def _one_line(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    reasons = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("path", "query"))
        reasons.append(f"{where}: {item.get('msg', 'invalid')}")
    return JSONResponse({"detail": "; ".join(reasons)}, status_code=422)
