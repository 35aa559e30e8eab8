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
from newsdesk.model import Article, Extraction


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
    from newsdesk.link.actors import link
    from newsdesk.pipeline import Failure, process_each

    sidecar = load_sidecar(meta)
    overrides = metadata_overrides(outlet, published, genre)
    articles: list[Article] = []
    failed = 0
    for item in read_all(files, sidecar, overrides, ingest.DEFAULT_MAX_BYTES):
        if isinstance(item, ingest.InputError):
            report(item)
            failed += 1
        else:
            articles.append(item)
    extractions: list[Extraction] = []
    for result in process_each(articles, processes):
        if isinstance(result, Failure):
            report(result.as_error())
            failed += 1
        else:
            extractions.append(result)
    link(extractions)  # one id per real entity across the files of the call
    write_records(
        [ex.to_json() for ex in extractions],
        output_format is ExtractFormat.json,
        output,
        sort_keys=True,
    )
    if failed:
        raise typer.Exit(FAILED)
