"""The ``newsdesk`` command: ingest, extract, stories, brief.

Bad inputs are reported one line each on stderr (the path, then why) while the other inputs go
on; the exit code is 1 when any input failed, 2 when the command itself could not run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsdesk import ingest
from newsdesk.model import Article, Extraction

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Read a pile of news coverage and get back a structured, sourced picture of the story.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

FAILED = 1
UNUSABLE = 2


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="DuckDB store (default: $NEWSDESK_DB, else the user data dir)."),
    ] = None,
) -> None:
    ctx.obj = {"db": db}


def _report(error: Exception) -> None:
    err.print(f"[red]error:[/red] {error}", markup=True, highlight=False)


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"error: {option} {value!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(UNUSABLE) from None


def _load_sidecar(meta: Path | None) -> ingest.Sidecar | None:
    if meta is None:
        return None
    try:
        return ingest.load_sidecar(meta)
    except ingest.InputError as error:
        _report(error)
        raise typer.Exit(UNUSABLE) from None


def _read_all(
    paths: list[str],
    sidecar: ingest.Sidecar | None,
    overrides: ingest.Overrides,
    max_bytes: int,
) -> Iterator[Article | ingest.InputError]:
    for path in ingest.iter_input_paths(paths):
        yield from ingest.read_path(path, sidecar, overrides, max_bytes=max_bytes)


def _progress(total: int) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=total < 2,
    )


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
    outlet: Annotated[str | None, typer.Option(help="Outlet for inputs that do not say.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that do not say.")
    ] = None,
    genre: Annotated[str | None, typer.Option(help="news, opinion, analysis or wire.")] = None,
    story: Annotated[
        str | None, typer.Option(help="File the articles under this story label.")
    ] = None,
    max_mb: Annotated[float, typer.Option(help="Refuse files larger than this many MB.")] = 20.0,
) -> None:
    """Read articles into the store: extract once, keep everything with offsets."""
    from newsdesk.pipeline import is_parseable, process_many
    from newsdesk.store import Store, StoreError

    sidecar = _load_sidecar(meta)
    overrides = ingest.Overrides(outlet, _parse_day(published, "--published"), genre)
    try:
        store = Store(ctx.obj["db"])
    except StoreError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None
    failed = stored = duplicates = 0
    fresh: list[Article] = []
    seen: set[str] = set()
    with store:
        for item in _read_all(paths, sidecar, overrides, int(max_mb * 1_000_000)):
            if isinstance(item, ingest.InputError):
                _report(item)
                failed += 1
            elif store.has(item.id) or item.id in seen:
                duplicates += 1
            else:
                item.story = story
                seen.add(item.id)
                fresh.append(item)
        with _progress(len(fresh)) as bar:
            task = bar.add_task("extracting", total=len(fresh))
            for ex in process_many(fresh):
                if not is_parseable(ex.article):
                    err.print(f"note: {ex.article.path}: {ex.flags[0]}")
                try:
                    store.add(ex)
                    stored += 1
                except Exception as error:  # one article's failure must not lose the others
                    _report(
                        ingest.InputError(
                            ex.article.path or ex.article.id,
                            f"not stored ({type(error).__name__}: {error})",
                        )
                    )
                    failed += 1
                bar.advance(task)
        total = store.count()
    err.print(
        f"stored {stored} new article(s), {duplicates} already stored, {failed} failed; "
        f"{total} in {store.path}"
    )
    if failed:
        raise typer.Exit(FAILED)


@app.command("extract")
def extract_command(
    files: Annotated[list[str], typer.Argument(help="Files or directories; - for stdin.")],
    meta: Annotated[
        Path | None, typer.Option("--meta", help="Sidecar JSON lines with per-file metadata.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that do not say.")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for inputs that do not say.")] = None,
    genre: Annotated[str | None, typer.Option(help="news, opinion, analysis or wire.")] = None,
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", help="jsonl: one object per article.")
    ] = ExtractFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """The JSON contract for each article, actor ids shared across the files; no store."""
    from newsdesk.pipeline import extract_set

    sidecar = _load_sidecar(meta)
    overrides = ingest.Overrides(outlet, _parse_day(published, "--published"), genre)
    articles: list[Article] = []
    failed = 0
    for item in _read_all(files, sidecar, overrides, ingest.DEFAULT_MAX_BYTES):
        if isinstance(item, ingest.InputError):
            _report(item)
            failed += 1
        else:
            articles.append(item)
    extractions, _roster = extract_set(articles)
    lines = [json.dumps(ex.to_json(), ensure_ascii=False, sort_keys=True) for ex in extractions]
    if output_format is ExtractFormat.json:
        text = "[" + ",\n".join(lines) + "]\n"
    else:
        text = "".join(line + "\n" for line in lines)
    _write(text, output)
    if failed:
        raise typer.Exit(FAILED)


@app.command("stories")
def stories_command(ctx: typer.Context) -> None:
    """The stories in the store with their article counts."""
    from newsdesk.store import Store, StoreError

    try:
        with Store(ctx.obj["db"]) as store:
            rows = store.stories()
    except StoreError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None
    for label, count in rows:
        typer.echo(f"{label or '(unlabelled)'}\t{count}")


@app.command("brief")
def brief_command(
    ctx: typer.Context,
    story: Annotated[
        str | None,
        typer.Option(help="Story label (see `newsdesk stories`); default: every article."),
    ] = None,
    output_format: Annotated[
        BriefFormat, typer.Option("--format", help="md, html or json.")
    ] = BriefFormat.md,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    words: Annotated[int, typer.Option(help="Length of the summary in words.")] = 120,
) -> None:
    """The briefing of the stored articles: sources, summary, actors, who said what, timeline."""
    from newsdesk.link.actors import link
    from newsdesk.render import html, markdown
    from newsdesk.render import json as json_render
    from newsdesk.store import Store, StoreError
    from newsdesk.synthesize.briefing import build

    try:
        with Store(ctx.obj["db"]) as store:
            extractions: list[Extraction] = store.extractions(story)
    except StoreError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None
    if not extractions:
        err.print("error: no articles stored" + (f" for story {story!r}" if story else ""))
        raise typer.Exit(UNUSABLE)
    roster = link(extractions)
    brief = build(extractions, roster, story, words)
    renderer = {"md": markdown.render, "html": html.render, "json": json_render.render}
    _write(renderer[output_format.value](brief), output)
    if output is not None:
        err.print(f"briefing written to {output}")


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")


def main() -> None:
    app()
