"""`newsdesk extract`: the JSON contract of DESIGN.md for each input, without the store."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsdesk import ingest
from newsdesk.cli.app import (
    FAILED,
    PROCESSES_HELP,
    GenreOption,
    OutletOption,
    PublishedOption,
    app,
    load_sidecar,
    metadata_overrides,
    read_all,
    report,
    write_records,
)


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


@app.command("extract")
def extract_command(
    files: Annotated[list[str], typer.Argument(help="Files or directories; - for stdin.")],
    meta: Annotated[
        Path | None, typer.Option("--meta", help="Sidecar JSON lines with per-file metadata.")
    ] = None,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    genre: GenreOption = None,
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", help="jsonl: one object per article.")
    ] = ExtractFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    processes: Annotated[int | None, typer.Option(help=PROCESSES_HELP)] = None,
) -> None:
    """The JSON contract for each article, actor ids shared across the files; no store."""
    from newsdesk.library.extraction import extract_items

    sidecar = load_sidecar(meta, files)
    overrides = metadata_overrides(outlet, published, genre)
    failed: list[ingest.InputError] = []

    def failure(error: ingest.InputError) -> None:
        report(error)
        failed.append(error)

    read = read_all(files, sidecar, overrides, ingest.DEFAULT_MAX_BYTES)
    extractions = extract_items(read, processes, failure)  # linked: one id per real entity
    write_records(
        [ex.to_json() for ex in extractions],
        output_format is ExtractFormat.json,
        output,
        sort_keys=True,
    )
    if failed:
        raise typer.Exit(FAILED)
