"""`newsdesk serve`: the web app over a store (JSON API, briefing pages, uploads) with uvicorn.

It binds to loopback by default: the app has no authentication, so exposing it on another
interface is a choice to make knowingly (a note on stderr says so).  It answers only to the
names it is reached by (loopback, the bound address, ``--allow-host``) and refuses writes sent
by other sites' pages (``web/guard.py``).  A store that cannot be read to the end is refused
before serving.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli.app import UNUSABLE, app, err
from newsdesk.ingest.text import MB
from newsdesk.store import StoreError, default_path


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve_command(
    ctx: typer.Context,
    db: Annotated[
        Path | None, typer.Option("--db", help="DuckDB store (default: the global --db).")
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to bind; loopback by default.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    max_upload_mb: Annotated[
        float, typer.Option(help="Refuse uploads larger than this many MB (1,000,000 bytes), 413.")
    ] = 5.0,
    watch: Annotated[
        list[str] | None,
        typer.Option("--watch", help="Also follow this feed or page (repeatable), as `watch`."),
    ] = None,
    every: Annotated[str, typer.Option(help="How often --watch polls (30s, 15m, 2h).")] = "15m",
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="Another name the server is reached by (repeatable); loopback names and the "
            "bound address are always allowed, any other Host header is refused.",
        ),
    ] = None,
) -> None:
    """Serve the store: JSON API at /api, a briefing page per story, uploads at POST /articles."""
    import uvicorn

    from newsdesk.web import create_app

    path = db or ctx.obj["db"] or default_path()
    try:
        web = create_app(
            path, max_upload=int(max_upload_mb * MB), host=host, allow_hosts=allow_host or ()
        )
    except StoreError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None
    if watch:
        from newsdesk.cli.watch import parse_duration, start_watching

        try:
            parse_duration(every)
        except ValueError as error:
            err.print(f"error: --every {error}")
            raise typer.Exit(UNUSABLE) from None
        start_watching(web, Path(path), watch, every, lambda line: err.print(line, markup=False))
    if not is_loopback(host):
        err.print(f"note: serving {path} on {host}, reachable from other machines, with no login")
    err.print(f"serving {path} at http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(web, host=host, port=port, log_level="warning")
