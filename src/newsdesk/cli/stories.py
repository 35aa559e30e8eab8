"""`newsdesk stories`: the stories the store holds, one row each, copies shown as copies.

A copy (syndicated or re-posted text) is listed under its story with the article it copies,
and its outlet is not counted among the story's outlets: it is not another source.  Each story
names its thread (the development it belongs to); ``--threads`` lists the threads instead, each
with its stories by date.  JSON members carry the caller's own ``external_id`` and ``url``.
"""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import Annotated

import typer

from newsdesk.cli.app import app, using_store
from newsdesk.render.plain import one_line
from newsdesk.store import StoryInfo, ThreadInfo


class StoriesFormat(StrEnum):
    text = "text"
    json = "json"


def _span(first: date | None, last: date | None) -> str:
    return "undated" if first is None else f"{first}..{last}" if first != last else str(first)


def story_line(story: StoryInfo) -> str:
    outlets = _shown(", ".join(story.outlets)) or "-"
    counts = [str(len(story.originals)), str(len(story.copies))]
    return "\t".join([story.id, *counts, _span(*story.dates), outlets, _shown(story.label)])


def _shown(text: str | None) -> str:
    """A field of a tab-separated line: no control character, tab or line break of its own."""
    return one_line(text) if text else ""


def thread_line(thread: ThreadInfo) -> str:
    articles = sum(len(s.originals) for s in thread.stories)
    return "\t".join(
        [
            thread.id,
            str(len(thread.stories)),
            str(articles),
            _span(*thread.dates),
            _shown(thread.label),
        ]
    )


@app.command("stories")
def stories_command(
    ctx: typer.Context,
    output_format: Annotated[
        StoriesFormat, typer.Option("--format", help="text (tab-separated) or json.")
    ] = StoriesFormat.text,
    threads: Annotated[
        bool, typer.Option("--threads", help="Group the stories by thread, each by date.")
    ] = False,
) -> None:
    """The stories in the store: id, articles, copies, dates, outlets, label."""
    with using_store(ctx) as store:
        found = store.stories()
        grouped = store.threads() if threads else []
    if threads:
        _threads_out(grouped, output_format)
        return
    if output_format is StoriesFormat.json:
        typer.echo(json.dumps([s.to_json() for s in found], ensure_ascii=False, indent=2))
        return
    typer.echo("\t".join(["id", "articles", "copies", "dates", "outlets", "label"]))
    for story in found:
        typer.echo(story_line(story))
        for copy in story.copies:
            outlet, title = _shown(copy.outlet) or "-", _shown(copy.title)
            typer.echo(f"  copy\t{copy.id}\tof {copy.copy_of}\t{outlet}\t{title}")


def _threads_out(found: list[ThreadInfo], output_format: StoriesFormat) -> None:
    if output_format is StoriesFormat.json:
        typer.echo(json.dumps([t.to_json() for t in found], ensure_ascii=False, indent=2))
        return
    typer.echo("\t".join(["thread", "stories", "articles", "dates", "label"]))
    for thread in found:
        typer.echo(thread_line(thread))
        for story in thread.stories:
            typer.echo("  " + story_line(story))
