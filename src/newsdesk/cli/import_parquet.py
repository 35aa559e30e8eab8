"""`newsdesk import-parquet`: the tables a Spark job wrote, into the store.

The rows become the same ``Extraction`` objects the CLI would have built, added in date order
(then input order) through ``Store.add``, so stories, copies and briefings work as after
`ingest` of a stream in date order.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli.app import FAILED, UNUSABLE, ConsoleWatcher, app, err, using_store
from newsdesk.service import add_extractions


@app.command("import-parquet")
def import_parquet_command(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(help="The OUTPUT directory of `newsdesk spark`.")],
    story: Annotated[
        str | None,
        typer.Option(help="File the articles under this story label instead of clustering."),
    ] = None,
) -> None:
    """Load the Parquet tables of `newsdesk spark` into the store; stories form as on ingest."""
    from newsdesk.tables import extractions_from_rows, read_parquet_tables

    try:
        tables = read_parquet_tables(folder)
    except (FileNotFoundError, OSError) as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None
    # Date order (stable): a day is clustered once its articles are in (``link.placement``).
    extractions = sorted(
        extractions_from_rows(tables), key=lambda ex: ex.article.published or date.max
    )
    with using_store(ctx) as store:
        outcome = add_extractions(store, extractions, story, ConsoleWatcher())
        summary = outcome.summary(store)
    recorded = len(tables.get("errors", []))
    note = f"; the job recorded {recorded} input error(s) (errors table)" if recorded else ""
    err.print(summary + note)
    if outcome.errors:
        raise typer.Exit(FAILED)
