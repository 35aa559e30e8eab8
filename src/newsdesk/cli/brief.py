"""`newsdesk brief`: the briefing of stored articles as Markdown, HTML or JSON."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli.app import UNUSABLE, app, err, open_store, write
from newsdesk.model import Extraction


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


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
    from newsdesk.synthesize.briefing import build

    with open_store(ctx) as store:
        extractions: list[Extraction] = store.extractions(story)
    if not extractions:
        err.print("error: no articles stored" + (f" for story {story!r}" if story else ""))
        raise typer.Exit(UNUSABLE)
    roster = link(extractions)
    brief = build(extractions, roster, story, words)
    renderer = {"md": markdown.render, "html": html.render, "json": json_render.render}
    write(renderer[output_format.value](brief), output)
    if output is not None:
        err.print(f"briefing written to {output}")
