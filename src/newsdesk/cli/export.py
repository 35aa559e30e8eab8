"""`newsdesk export`: one of the Python API's tables as a CSV, Parquet or JSON lines file.

The rows are those ``newsdesk.open(db).TABLE(...)`` answers, with the same filters and the same
documented columns (README, "Python"), written by DuckDB: Parquet keeps lists as lists and
days as dates, so a file read back gives the very table; CSV writes a list as ``[a, b]``.
"""

from __future__ import annotations

import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from newsdesk.cli.app import UNUSABLE, app, err, parse_day, using_store
from newsdesk.library.store import TABLES, Store, filters_of
from newsdesk.library.table import FORMATS

TableName = StrEnum("TableName", {name: name for name in TABLES})  # type: ignore[misc]
ExportFormat = StrEnum("ExportFormat", {name: name for name in FORMATS})  # type: ignore[misc]


@app.command("export")
def export_command(
    ctx: typer.Context,
    table: Annotated[TableName, typer.Argument(help="The table: " + ", ".join(TABLES) + ".")],
    output_format: Annotated[
        ExportFormat, typer.Option("--format", help="csv, parquet or jsonl.")
    ] = ExportFormat["csv"],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write here (parquet needs it); else stdout."),
    ] = None,
    story: Annotated[str | None, typer.Option(help="A story id or label.")] = None,
    actor: Annotated[str | None, typer.Option(help="An actor id or name.")] = None,
    outlet: Annotated[str | None, typer.Option(help="An outlet's name.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Articles published on or after (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Articles published on or before (YYYY-MM-DD).")
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="events, gdelt: a PLOVER type; quotes: direct, indirect or mixed; "
            "actors, mentions: person, org, country, group or location; times: a kind; "
            "claims: report, evaluation or prescription; stances: for, against or conditional.",
        ),
    ] = None,
) -> None:
    """A table of the store (the Python API's) as CSV, Parquet or JSON lines."""
    name, fmt = str(table.value), str(output_format.value)
    takes = filters_of(name)
    given: dict[str, Any] = {
        "story": story,
        "actor": actor,
        "outlet": outlet,
        "since": parse_day(since, "--since"),
        "until": parse_day(until, "--until"),
        ("type" if "type" in takes else "kind"): type_,
    }
    given = {k: v for k, v in given.items() if v is not None}
    refused = [k for k in given if k not in takes]
    if refused:
        option = "type" if refused[0] == "kind" else refused[0]
        err.print(f"error: {name} cannot be filtered by --{option}")
        raise typer.Exit(UNUSABLE)
    if output is None and fmt == "parquet":
        err.print("error: --format parquet writes a file: give -o PATH")
        raise typer.Exit(UNUSABLE)
    with using_store(ctx) as held:
        try:
            found = Store.over(held).table(name, **given)
        except ValueError as error:
            err.print(f"error: {error}")
            raise typer.Exit(UNUSABLE) from None
    if output is not None:
        found.write(output, fmt)  # type: ignore[arg-type]
        err.print(f"{len(found)} row(s) of {name} written to {output}")
        return
    with tempfile.TemporaryDirectory(prefix="newsdesk-export-") as folder:
        written = found.write(Path(folder) / f"{name}.{fmt}", fmt)  # type: ignore[arg-type]
        sys.stdout.write(written.read_text(encoding="utf-8"))
        sys.stdout.flush()
