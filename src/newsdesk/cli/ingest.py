"""`newsdesk ingest`: articles into the store, extracted once, one transaction each.

Each article is checked for being a copy and put in a story as it is stored; when the articles
are in, each day they brought is clustered as a batch (``link.placement``).  The summary line
says how many stories and copies the store then holds.  ``--embeddings`` makes a new store
cluster with sentence embeddings too (optional packages; recorded in the store).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli.app import (
    FAILED,
    PROCESSES_HELP,
    UNUSABLE,
    ConsoleWatcher,
    GenreOption,
    MaxMbOption,
    OutletOption,
    PublishedOption,
    app,
    err,
    load_sidecar,
    max_bytes,
    metadata_overrides,
    read_all,
    using_store,
)
from newsdesk.service import ingest_into
from newsdesk.store import StoreError


@app.command("ingest")
def ingest_command(
    ctx: typer.Context,
    paths: Annotated[
        list[str], typer.Argument(help="Files or directories (recursive); - for stdin.")
    ],
    meta: Annotated[
        Path | None,
        typer.Option(
            "--meta", help="Sidecar JSON lines: path, outlet, title, published, genre, url."
        ),
    ] = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
    genre: GenreOption = None,
    story: Annotated[
        str | None,
        typer.Option(help="File the articles under this story label instead of clustering."),
    ] = None,
    max_mb: MaxMbOption = 20.0,
    processes: Annotated[int | None, typer.Option(help=PROCESSES_HELP)] = None,
    embeddings: Annotated[
        bool,
        typer.Option(
            "--embeddings",
            help="Form stories with sentence embeddings too (a new store; optional packages).",
        ),
    ] = False,
) -> None:
    """Read articles into the store: extract once, keep everything with offsets."""
    sidecar = load_sidecar(meta, paths)
    overrides = metadata_overrides(outlet, published, genre)
    with using_store(ctx) as store:
        try:
            if embeddings:
                store.use_embeddings()
            store.check_embeddings()
        except StoreError as error:
            err.print(f"error: {error}")
            raise typer.Exit(UNUSABLE) from None
        items = read_all(paths, sidecar, overrides, max_bytes(max_mb))
        outcome = ingest_into(store, items, story, processes, ConsoleWatcher())
        summary = outcome.summary(store)
    err.print(summary)
    if outcome.errors:
        raise typer.Exit(FAILED)
