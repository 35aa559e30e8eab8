"""The Typer app, its global options, and what every command shares.

Bad inputs are reported one line each on stderr (the path, then why) while the other inputs go
on; the exit code is 1 when any input failed, 2 when the command itself could not run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsdesk import ingest
from newsdesk.model import GENRES, Article
from newsdesk.service import Watcher
from newsdesk.store import Store, StoreError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Read a pile of news coverage and get back a structured, sourced picture of the story.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

FAILED = 1
UNUSABLE = 2


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="DuckDB store (default: $NEWSDESK_DB, else the user data dir)."),
    ] = None,
) -> None:
    ctx.obj = {"db": db}


PROCESSES_HELP = "Worker processes for parsing and extraction (default: $NEWSDESK_PROCESSES or 1)."

# Options every command that reads articles shares, declared once.
OutletOption = Annotated[str | None, typer.Option(help="Outlet for inputs that do not say.")]
PublishedOption = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that do not say.")
]
_STATED = [g for g in GENRES if g != "unknown"]
GenreOption = Annotated[
    str | None, typer.Option(help=f"{', '.join(_STATED[:-1])} or {_STATED[-1]}.")
]
MaxMbOption = Annotated[float, typer.Option(help="Refuse files larger than this many MB.")]


def metadata_overrides(
    outlet: str | None, published: str | None, genre: str | None
) -> ingest.Overrides:
    """The command line's metadata for inputs that do not carry their own."""
    return ingest.Overrides(outlet, parse_day(published, "--published"), genre)


def max_bytes(max_mb: float) -> int:
    return int(max_mb * 1_000_000)


def report(error: Exception) -> None:
    err.print(f"[red]error:[/red] {error}", markup=True, highlight=False)


def open_store(ctx: typer.Context) -> Store:
    """The store named by --db / NEWSDESK_DB, or exit 2 with the store's one-line reason."""
    try:
        return Store(ctx.obj["db"])
    except StoreError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"error: {option} {value!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(UNUSABLE) from None


def load_sidecar(meta: Path | None) -> ingest.Sidecar | None:
    if meta is None:
        return None
    try:
        return ingest.load_sidecar(meta)
    except ingest.InputError as error:
        report(error)
        raise typer.Exit(UNUSABLE) from None


def read_all(
    paths: list[str],
    sidecar: ingest.Sidecar | None,
    overrides: ingest.Overrides,
    max_bytes: int,
) -> Iterator[Article | ingest.InputError]:
    for path in ingest.iter_input_paths(paths):
        yield from ingest.read_path(path, sidecar, overrides, max_bytes=max_bytes)


def progress(total: int) -> Progress:
    """A Rich bar on stderr for runs of more than one item; silent otherwise."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=total < 2,
    )


class ConsoleWatcher(Watcher):
    """An ingest as the terminal shows it: each failure and note on stderr as it happens, a bar."""

    def error(self, error: ingest.InputError) -> None:
        report(error)

    def note(self, article: Article, flag: str) -> None:
        err.print(f"note: {article.path}: {flag}")

    @contextmanager
    def extracting(self, total: int) -> Iterator[Callable[[], None]]:
        with progress(total) as bar:
            task = bar.add_task("extracting", total=total)
            yield lambda: bar.advance(task)


def write_records(
    records: Sequence[Mapping[str, Any]],
    as_array: bool,
    output: Path | None,
    sort_keys: bool = False,
) -> None:
    """JSON lines (one object a line), or with ``as_array`` one JSON array, object per line."""
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=sort_keys) for r in records]
    if as_array:
        write("[" + ",\n".join(lines) + "]\n", output)
    else:
        write("".join(line + "\n" for line in lines), output)


def write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
