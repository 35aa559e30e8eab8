"""`newsdesk stories`: the stories the store holds, one row each, copies shown as copies.

A copy (syndicated or re-posted text) is listed under its story with the article it copies,
and its outlet is not counted among the story's outlets: it is not another source.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from newsdesk.cli.app import app, using_store
from newsdesk.render.plain import one_line
from newsdesk.store import StoryInfo


class StoriesFormat(StrEnum):
    text = "text"
    json = "json"


def story_line(story: StoryInfo) -> str:
    first, last = story.dates
    span = "undated" if first is None else f"{first}..{last}" if first != last else str(first)
    outlets = _shown(", ".join(story.outlets)) or "-"
    counts = [str(len(story.originals)), str(len(story.copies))]
    return "\t".join([story.id, *counts, span, outlets, _shown(story.label)])


def _shown(text: str | None) -> str:
    """A field of a tab-separated line: no control character, tab or line break of its own."""
    return one_line(text) if text else ""


@app.command("stories")
def stories_command(
    ctx: typer.Context,
    output_format: Annotated[
        StoriesFormat, typer.Option("--format", help="text (tab-separated) or json.")
    ] = StoriesFormat.text,
) -> None:
    """The stories in the store: id, articles, copies, dates, outlets, label."""
    with using_store(ctx) as store:
        found = store.stories()
    if output_format is StoriesFormat.json:
        typer.echo(json.dumps([s.to_json() for s in found], ensure_ascii=False, indent=2))
        return
    typer.echo("\t".join(["id", "articles", "copies", "dates", "outlets", "label"]))
    for story in found:
        typer.echo(story_line(story))
        for copy in story.copies:
            outlet, title = _shown(copy.outlet) or "-", _shown(copy.title)
            typer.echo(f"  copy\t{copy.id}\tof {copy.copy_of}\t{outlet}\t{title}")
