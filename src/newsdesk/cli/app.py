"""The Typer app, its global options, and what every command shares.

Bad inputs are reported one line each on stderr (the path, then why) while the other inputs go
on; the exit code is 1 when any input failed, 2 when the command itself could not run.

Everything printed on stderr goes through ``err``, a Rich console that reads no markup and no
emoji codes and drops control characters: file names and titles are data (``report [final].txt``
is a name, not a style; ``\x1b]0;`` is not for the terminal).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from newsdesk import ingest
from newsdesk.ingest.dates import out_of_range
from newsdesk.ingest.sidecar import folder_sidecars, normalise_genre, unknown_genre
from newsdesk.ingest.text import MB
from newsdesk.model import GENRES, Article
from newsdesk.render.plain import printable
from newsdesk.service import Watcher
from newsdesk.store import Store, StoreError
from newsdesk.store.schema import damaged

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Read a pile of news coverage and get back a structured, sourced picture of the story.",
)


class _Stderr(Console):
    """A console whose plain strings are printed as they are, less control characters."""

    def print(self, *objects: Any, **options: Any) -> None:
        super().print(*(printable(o) if isinstance(o, str) else o for o in objects), **options)


err = _Stderr(stderr=True, highlight=False, soft_wrap=True, markup=False, emoji=False)

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
MaxMbOption = Annotated[
    float, typer.Option(help="Refuse files larger than this many MB (1 MB = 1,000,000 bytes).")
]


def metadata_overrides(
    outlet: str | None, published: str | None, genre: str | None
) -> ingest.Overrides:
    """The command line's metadata for inputs that do not carry their own."""
    if genre is not None and normalise_genre(genre) is None:
        err.print(f"error: --genre: {unknown_genre(genre)}")
        raise typer.Exit(UNUSABLE)
    return ingest.Overrides(outlet, parse_day(published, "--published"), genre)


def max_bytes(max_mb: float) -> int:
    if not max_mb > 0:
        err.print(f"error: --max-mb must be more than 0, not {max_mb}")
        raise typer.Exit(UNUSABLE)
    return int(max_mb * MB)


def report(error: Exception) -> None:
    err.print(Text.assemble(("error:", "red"), " ", printable(str(error))))


def open_store(ctx: typer.Context) -> Store:
    """The store named by --db / NEWSDESK_DB, or exit 2 with the store's one-line reason."""
    try:
        return Store(ctx.obj["db"])
    except StoreError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None


@contextmanager
def using_store(ctx: typer.Context) -> Iterator[Store]:
    """``open_store`` for the length of a command: a store found damaged while it runs (a file
    cut short is only found when the missing part is read) ends it with one line, exit 2."""
    store = open_store(ctx)
    try:
        with store:
            yield store
    except StoreError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None
    except duckdb.Error as error:
        err.print(f"error: {damaged(store.path, error)}")
        raise typer.Exit(UNUSABLE) from None


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        err.print(f"error: {option} {value!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(UNUSABLE) from None
    problem = out_of_range(day)
    if problem:
        err.print(f"error: {option} {problem}")
        raise typer.Exit(UNUSABLE)
    return day


def load_sidecar(meta: Path | None, paths: list[str] | None = None) -> ingest.Sidecar | None:
    """The ``--meta`` sidecar, else the ``meta.jsonl`` of the folders given (said on stderr)."""
    try:
        if meta is not None:
            return ingest.load_sidecar(meta)
        sidecar, found = folder_sidecars(paths or [])
    except ingest.InputError as error:
        report(error)
        raise typer.Exit(UNUSABLE) from None
    for used in found:
        err.print(f"note: metadata from {printable(str(used))} (--meta FILE to give another)")
    return sidecar


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
