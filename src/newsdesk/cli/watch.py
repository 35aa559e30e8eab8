"""`newsdesk watch` and `newsdesk fetch`: articles from the web into the store.

``watch FEED_OR_URL... [--every 15m]`` polls RSS/Atom feeds (and pages), reads each new item
and stores it through ``service.ingest_into`` as ``ingest`` does: extracted once, one
transaction per article, joining a story or starting one, so ``stories``, ``brief`` and the
served page show it.  Without ``--every`` it polls once.  The store is opened only while a
poll's articles are written, so other commands can read it between polls; ``newsdesk serve
--watch FEED`` runs the same loop inside the server (DuckDB lets one process hold the file),
and the page it serves updates as items arrive.

``fetch URL...`` reads single pages the same polite way (robots.txt, a rate limit, a user
agent; see ``ingest/fetch.py``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsdesk import ingest
from newsdesk.cli.app import (
    FAILED,
    UNUSABLE,
    ConsoleWatcher,
    GenreOption,
    MaxMbOption,
    OutletOption,
    PublishedOption,
    app,
    err,
    max_bytes,
    metadata_overrides,
    open_store,
    report,
)
from newsdesk.ingest.feeds import Watcher, WatchState, fetch_article, state_path_for
from newsdesk.ingest.fetch import DEFAULT_DELAY, USER_AGENT, Fetcher
from newsdesk.model import Article
from newsdesk.service import ingest_into
from newsdesk.store import Store, default_path

if TYPE_CHECKING:
    from fastapi import FastAPI

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}

UserAgentOption = Annotated[
    str, typer.Option("--user-agent", help="How newsdesk names itself to the sites it reads.")
]
DelayOption = Annotated[
    float,
    typer.Option(
        min=0.0, help="Seconds between two requests to one site (more if robots.txt asks)."
    ),
]
StoryOption = Annotated[
    str | None,
    typer.Option(help="File the articles under this story label instead of clustering."),
]


def parse_duration(value: str) -> float:
    """ "15m" → 900.0; "30s", "2h", "1d"; a bare number is seconds."""
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a duration (such as 30s, 15m, 2h)")
    seconds = float(match[1]) * _UNIT_SECONDS[(match[2] or "s").casefold()]
    if seconds <= 0:
        raise ValueError(f"{value!r} is not a positive duration")
    return seconds


def run_poll(
    watcher: Watcher,
    writing: Callable[[], AbstractContextManager[Store]],
    story: str | None,
    say: Callable[[str], None],
    number: int,
) -> int:
    """One poll: fetch, store, mark what is done, save the state; returns the failures."""
    poll = watcher.poll()
    for error in poll.errors:
        say(f"error: {error}")
    failures = len(poll.errors)
    stored = duplicates = 0
    if poll.articles:
        articles = [article for _, article in poll.articles]
        try:
            with writing() as store:
                outcome = ingest_into(store, articles, story, processes=1)
        except Exception as problem:  # the store could not be opened: tried again next poll
            say(f"error: cannot write the store ({problem}); the items are tried again")
            for url, article in poll.articles:
                day = article.published.isoformat() if article.published else None
                watcher.state.pending[url] = day
            failures += len(articles)
        else:
            failed = {error.path: error.reason for error in outcome.errors}
            stored_ids = {ex.article.id for ex in outcome.stored}
            for url, article in poll.articles:
                if url in failed:
                    watcher.done(url, f"failed: {failed[url]}")
                else:
                    watcher.done(url, "stored" if article.id in stored_ids else "already stored")
            for error in outcome.errors:
                say(f"error: {error}")
            stored, duplicates = len(outcome.stored), len(outcome.duplicates)
            failures += len(outcome.errors)
    watcher.state.save()
    say(
        f"poll {number}: {poll.items} new item(s), {stored} stored, {duplicates} already "
        f"stored, {failures} failed; {poll.unchanged} source(s) unchanged"
    )
    return failures


def watch_loop(
    watcher: Watcher,
    writing: Callable[[], AbstractContextManager[Store]],
    every: float | None,
    polls: int | None,
    stop: threading.Event,
    story: str | None,
    say: Callable[[str], None],
) -> int:
    """Poll until ``polls`` are done (once without ``every``) or ``stop`` is set."""
    failures = 0
    number = 0
    while not stop.is_set():
        number += 1
        failures += run_poll(watcher, writing, story, say, number)
        if every is None or (polls is not None and number >= polls):
            break
        stop.wait(every)
    return failures


def _store_path(ctx: typer.Context) -> Path:
    return Path(ctx.obj["db"] or default_path())


@app.command("watch")
def watch_command(
    ctx: typer.Context,
    sources: Annotated[list[str], typer.Argument(help="RSS/Atom feed or page URLs.")],
    every: Annotated[
        str | None, typer.Option(help="Poll again at this interval (30s, 15m, 2h).")
    ] = None,
    polls: Annotated[
        int | None, typer.Option(min=1, help="Stop after this many polls (default: never).")
    ] = None,
    state: Annotated[
        Path | None,
        typer.Option(help="What was already read (default: beside the store, .watch.json)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="New items read per feed and poll.")
    ] = None,
    story: StoryOption = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
    genre: GenreOption = None,
    user_agent: UserAgentOption = USER_AGENT,
    delay: DelayOption = DEFAULT_DELAY,
    max_mb: MaxMbOption = 20.0,
) -> None:
    """Follow a story: read new feed items (and changed pages) into the store as they come."""
    interval = _interval(every)
    db = _store_path(ctx)
    try:
        watch_state = WatchState.load(state or state_path_for(db))
    except ingest.InputError as error:
        report(error)
        raise typer.Exit(UNUSABLE) from None
    overrides = metadata_overrides(outlet, published, genre)
    stop = threading.Event()

    def say(line: str) -> None:
        err.print(line, markup=False, highlight=False)

    with Fetcher(user_agent, delay, max_bytes(max_mb)) as fetcher:
        watcher = Watcher(sources, fetcher, watch_state, overrides, limit)
        try:
            failures = watch_loop(watcher, lambda: _opened(ctx), interval, polls, stop, story, say)
        except KeyboardInterrupt:
            watch_state.save()
            say("stopped")
            return
    if failures:
        raise typer.Exit(FAILED)


def _interval(every: str | None) -> float | None:
    if every is None:
        return None
    try:
        return parse_duration(every)
    except ValueError as error:
        err.print(f"error: --every {error}")
        raise typer.Exit(UNUSABLE) from None


class _opened(AbstractContextManager[Store]):
    """The store of ``--db``, open for one poll's writes only."""

    def __init__(self, ctx: typer.Context) -> None:
        self.store = open_store(ctx)

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()


@app.command("fetch")
def fetch_command(
    ctx: typer.Context,
    urls: Annotated[list[str], typer.Argument(help="Page URLs.")],
    story: StoryOption = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
    genre: GenreOption = None,
    user_agent: UserAgentOption = USER_AGENT,
    delay: DelayOption = DEFAULT_DELAY,
    max_mb: MaxMbOption = 20.0,
) -> None:
    """Read web pages into the store (politely: robots.txt, a rate limit, a user agent)."""
    overrides = metadata_overrides(outlet, published, genre)
    with Fetcher(user_agent, delay, max_bytes(max_mb)) as fetcher, open_store(ctx) as store:
        items = _fetched(fetcher, urls, overrides)
        outcome = ingest_into(store, items, story, processes=1, watcher=ConsoleWatcher())
        summary = outcome.summary(store)
    err.print(summary)
    if outcome.errors:
        raise typer.Exit(FAILED)


def _fetched(
    fetcher: Fetcher, urls: list[str], overrides: ingest.Overrides
) -> Iterator[Article | ingest.InputError]:
    for url in dict.fromkeys(urls):
        yield fetch_article(fetcher, url, overrides)


def start_watching(
    web: FastAPI, db_path: Path, sources: list[str], every: str, say: Callable[[str], None]
) -> threading.Thread:
    """``serve --watch``: the watch loop in a thread of the server, writing through the app's
    one writer, so the pages it serves show each item as soon as it is stored."""
    interval = parse_duration(every)
    fetcher = Fetcher()
    watcher = Watcher(sources, fetcher, WatchState.load(state_path_for(db_path)))
    stop = threading.Event()
    database = web.state.db

    def run() -> None:
        try:
            watch_loop(watcher, database.writing, interval, None, stop, None, say)
        finally:
            fetcher.close()

    thread = threading.Thread(target=run, name="newsdesk-watch", daemon=True)
    web.router.add_event_handler("shutdown", stop.set)
    thread.start()
    return thread
