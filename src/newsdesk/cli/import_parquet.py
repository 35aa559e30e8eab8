"""`newsdesk import-parquet`: the tables a Spark job wrote, into the store.

The rows become the same ``Extraction`` objects the CLI would have built, added in input order
through ``Store.add``, so story assignment, copies and briefings work as after `ingest`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli.app import FAILED, UNUSABLE, app, err, open_store, report
from newsdesk.ingest import InputError


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
    extractions = extractions_from_rows(tables)
    stored = duplicates = failed = 0
    with open_store(ctx) as store:
        for ex in extractions:
            try:
                if store.add(ex, label=story):
                    stored += 1
                else:
                    duplicates += 1
            except Exception as error:  # one article's failure must not lose the others
                where = ex.article.path or ex.article.id
                report(InputError(where, f"not stored ({type(error).__name__}: {error})"))
                failed += 1
        total = store.count()
        held = store.stories()
    recorded = len(tables.get("errors", []))
    note = f"; the job recorded {recorded} input error(s) (errors table)" if recorded else ""
    err.print(
        f"stored {stored} new article(s), {duplicates} already stored, {failed} failed; "
        f"{total} in {store.path} ({len(held)} stories){note}"
    )
    if failed:
        raise typer.Exit(FAILED)
