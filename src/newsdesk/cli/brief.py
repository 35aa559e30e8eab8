"""`newsdesk brief`: the briefing of stored articles as Markdown, HTML or JSON.

``--story`` takes a story id or label (see ``newsdesk stories``); ``--thread`` a thread id (see
``newsdesk stories --threads``) or one of its stories, and briefs every story of that
development as one (a column and a news analysis two days apart are two stories of one
thread).  Without either, a store holding
one story briefs that story, and a store holding several briefs every article with a note on
stderr naming the stories.  Copies (syndicated text) never feed the briefing: each article entry
carries its copies under ``copies`` so a reader sees the reach without counting a second source.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from newsdesk.cli.app import UNUSABLE, app, err, using_store, write
from newsdesk.store import Store, StoreError, StoryInfo, ThreadInfo


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


@app.command("brief")
def brief_command(
    ctx: typer.Context,
    story: Annotated[
        str | None,
        typer.Option(
            help="Story id or label (see `newsdesk stories`); default: the only story, "
            "else every article."
        ),
    ] = None,
    thread: Annotated[
        str | None,
        typer.Option(
            help="Thread id (see `newsdesk stories --threads`), or a story's id or label: "
            "every story of the development, briefed as one."
        ),
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
    from newsdesk.render import html, markdown
    from newsdesk.render import json as json_render
    from newsdesk.synthesize import stored

    if story is not None and thread is not None:
        err.print("error: give --story or --thread, not both")
        raise typer.Exit(UNUSABLE)
    with using_store(ctx) as store:
        if thread is not None:
            found = stored.load_thread(store, _choose_thread(store, thread))
        else:
            found = stored.load(store, _choose(store, story))
    if not found.extractions:
        asked = f" for story {story!r}" if story else f" for thread {thread!r}" if thread else ""
        err.print("error: no articles stored" + asked)
        raise typer.Exit(UNUSABLE)
    brief = stored.briefing(found, words)
    renderer = {"md": markdown.render, "html": html.render, "json": json_render.render}
    write(renderer[output_format.value](brief), output)
    if output is not None:
        err.print(f"briefing written to {output}")


_T = TypeVar("_T")


def _asked(find: Callable[[str], _T | None], key: str, noun: str, listing: str) -> _T:
    """The story or thread ``find`` gives for ``key``; a clear error and exit where none (or
    two stories sharing a label) answer."""
    try:
        found = find(key)
    except StoreError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None
    if found is None:
        err.print(f"error: no {noun} {key!r} in the store (see `{listing}`)")
        raise typer.Exit(UNUSABLE)
    return found


def _choose_thread(store: Store, key: str) -> ThreadInfo:
    """The thread asked for, by its id or by one of its stories."""
    return _asked(store.find_thread, key, "thread", "newsdesk stories --threads")


def _choose(store: Store, key: str | None) -> StoryInfo | None:
    """The story to brief: the one asked for, or the only one; None for every article."""
    if key is not None:
        return _asked(store.find_story, key, "story", "newsdesk stories")
    held = store.stories()
    if len(held) == 1:
        return held[0]
    if held:
        names = "; ".join(f"{s.id} ({s.label})" for s in held)
        err.print(f"note: {len(held)} stories, briefing every article; --story one of: {names}")
    return None
