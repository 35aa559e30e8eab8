"""`newsdesk ingest`: articles into the store, extracted once, one transaction each.

Each article joins a story (or starts one) and is checked for being a copy as it is stored;
the summary line says how many stories and copies the store then holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdesk import ingest
from newsdesk.cli.app import (
    FAILED,
    PROCESSES_HELP,
    GenreOption,
    MaxMbOption,
    OutletOption,
    PublishedOption,
    app,
    err,
    load_sidecar,
    max_bytes,
    metadata_overrides,
    open_store,
    progress,
    read_all,
    report,
)
from newsdesk.model import Article


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
) -> None:
    """Read articles into the store: extract once, keep everything with offsets."""
    from newsdesk.pipeline import Failure, is_parseable, process_each

    sidecar = load_sidecar(meta)
    overrides = metadata_overrides(outlet, published, genre)
    store = open_store(ctx)
    failed = stored = duplicates = 0
    fresh: list[Article] = []
    seen: set[str] = set()
    with store:
        for item in read_all(paths, sidecar, overrides, max_bytes(max_mb)):
            if isinstance(item, ingest.InputError):
                report(item)
                failed += 1
            elif store.has(item.id) or item.id in seen:
                duplicates += 1
            else:
                seen.add(item.id)
                fresh.append(item)
        with progress(len(fresh)) as bar:
            task = bar.add_task("extracting", total=len(fresh))
            for ex in process_each(fresh, processes):
                if isinstance(ex, Failure):
                    where = ex.article.path or ex.article.id
                    report(ingest.InputError(where, f"extraction failed ({ex.reason})"))
                    failed += 1
                    bar.advance(task)
                    continue
                if not is_parseable(ex.article):
                    err.print(f"note: {ex.article.path}: {ex.flags[0]}")
                try:
                    store.add(ex, label=story)
                    stored += 1
                except Exception as error:  # one article's failure must not lose the others
                    report(
                        ingest.InputError(
                            ex.article.path or ex.article.id,
                            f"not stored ({type(error).__name__}: {error})",
                        )
                    )
                    failed += 1
                bar.advance(task)
        total = store.count()
        held = store.stories()
        copies = sum(len(s.copies) for s in held)
        story_count = len(held)
    err.print(
        f"stored {stored} new article(s), {duplicates} already stored, {failed} failed; "
        f"{total} in {store.path} ({story_count} stories, {copies} copies)"
    )
    if failed:
        raise typer.Exit(FAILED)
