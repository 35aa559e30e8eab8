"""`newsdesk bench`: articles and words per second, full pipeline against bare spaCy parsing.

Non-English articles are left out: the pipeline does not parse them, so they would flatter it.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from newsdesk import ingest
from newsdesk.cli.app import FAILED, UNUSABLE, app, err, read_all, report, write
from newsdesk.model import Article


class BenchFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("bench")
def bench_command(
    path: Annotated[
        list[str] | None,
        typer.Argument(help="Articles to time (files or directories); default samples/articles."),
    ] = None,
    processes: Annotated[
        int, typer.Option(help="Also time this many worker processes (1: one process only).")
    ] = 2,
    rounds: Annotated[int, typer.Option(help="Alternate bare and full this many times.")] = 1,
    limit: Annotated[int | None, typer.Option(help="Time only the first N articles.")] = None,
    output_format: Annotated[
        BenchFormat, typer.Option("--format", help="text or json.")
    ] = BenchFormat.text,
) -> None:
    """Throughput of the per-article pipeline on 1 and N processes, against bare spaCy parsing
    of the same texts in the same run, with peak memory and the ratio full / bare."""
    from newsdesk.pipeline import is_parseable
    from newsdesk.throughput import measure
    from newsdesk.throughput import report as render

    sources = path or ["samples/articles"]
    articles: list[Article] = []
    failed = 0
    for item in read_all(sources, None, ingest.Overrides(), ingest.DEFAULT_MAX_BYTES):
        if isinstance(item, ingest.InputError):
            report(item)
            failed += 1
        elif is_parseable(item):
            articles.append(item)
    articles = articles[:limit] if limit is not None else articles
    if not articles:
        err.print("error: no English article to time")
        raise typer.Exit(UNUSABLE)
    counts = [1] if processes <= 1 else [1, processes]
    bench = measure(articles, counts, rounds)
    if output_format is BenchFormat.json:
        write(json.dumps({"source": sources, **bench.to_json()}, indent=2) + "\n", None)
    else:
        write(render(bench, " ".join(sources)), None)
    if failed:
        raise typer.Exit(FAILED)
