"""`newsdesk stories`: the stories the store holds, one row each, copies shown as copies.

A copy (syndicated or re-posted text) is listed under its story with the article it copies,
and its outlet is not counted among the story's outlets: it is not another source.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from newsdesk.cli.app import app, open_store
from newsdesk.store import StoryInfo


class StoriesFormat(StrEnum):
    text = "text"
    json = "json"


def story_line(story: StoryInfo) -> str:
    first, last = story.dates
    span = "undated" if first is None else f"{first}..{last}" if first != last else str(first)
    outlets = ", ".join(story.outlets) or "-"
    return "\t".join(
        [story.id, str(len(story.originals)), str(len(story.copies)), span, outlets, story.label]
    )


@app.command("stories")
def stories_command(
    ctx: typer.Context,
    output_format: Annotated[
        StoriesFormat, typer.Option("--format", help="text (tab-separated) or json.")
    ] = StoriesFormat.text,
) -> None:
    """The stories in the store: id, articles, copies, dates, outlets, label."""
    with open_store(ctx) as store:
        found = store.stories()
    if output_format is StoriesFormat.json:
        typer.echo(json.dumps([s.to_json() for s in found], ensure_ascii=False, indent=2))
        return
    typer.echo("\t".join(["id", "articles", "copies", "dates", "outlets", "label"]))
    for story in found:
        typer.echo(story_line(story))
        for copy in story.copies:
            typer.echo(
                f"  copy\t{copy.id}\tof {copy.copy_of}\t{copy.outlet or '-'}\t{copy.title or ''}"
            )
