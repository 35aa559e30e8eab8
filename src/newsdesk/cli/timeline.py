"""`newsdesk timeline`: a story's key dates, each with the sentences that say what happened.

The days are ranked by how the stored articles refer to them (``synthesize/key_dates.py``);
``--dates`` and ``--sentences`` default to what suits the story's size (some thirty to forty
days of two sentences for a story of hundreds of articles).  Precedents long before the story
and days still to come are listed apart.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli.app import UNUSABLE, app, err, progress, using_store, write
from newsdesk.cli.brief import _choose
from newsdesk.render.common import key_date_reach
from newsdesk.render.plain import one_line, printable
from newsdesk.synthesize.briefing_types import KeyDates


class TimelineFormat(StrEnum):
    md = "md"
    json = "json"


@app.command("timeline")
def timeline_command(
    ctx: typer.Context,
    story: Annotated[
        str | None,
        typer.Option(help="Story id or label (see `newsdesk stories`); default: the only story."),
    ] = None,
    dates: Annotated[
        int | None,
        typer.Option("--dates", min=1, help="How many key dates (default: from the story's size)."),
    ] = None,
    sentences: Annotated[
        int | None,
        typer.Option(
            "--sentences", min=1, help="Cited sentences per date (default: from the story's size)."
        ),
    ] = None,
    output_format: Annotated[
        TimelineFormat, typer.Option("--format", help="md or json.")
    ] = TimelineFormat.md,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """The key dates of a story, each with cited sentences on what happened that day."""
    from newsdesk.synthesize import key_dates, stored

    with progress(2) as bar:
        task = bar.add_task("reading the store", total=2)
        with using_store(ctx) as store:
            found = stored.load(store, _choose(store, story))
        if not found.extractions:
            err.print("error: no articles stored" + (f" for story {story!r}" if story else ""))
            raise typer.Exit(UNUSABLE)
        bar.update(task, advance=1, description=f"choosing key dates of {len(found.extractions)}")
        chosen = key_dates.select(found.extractions, dates, sentences)
        bar.advance(task)
    shown = chosen.to_json()
    if output_format is TimelineFormat.json:
        text = json.dumps({"story": found.label, **shown}, ensure_ascii=False, indent=2) + "\n"
    else:
        text = _markdown(found.label, shown)
    write(text, output)
    if output is not None:
        err.print(f"key dates written to {output}")


def _markdown(label: str | None, shown: KeyDates) -> str:
    out = [f"# Key dates{': ' + one_line(label) if label else ''}\n"]
    for heading, entries in (
        (None, shown["dates"]),
        ("Precedents", shown["precedents"]),
        ("Expected", shown["expected"]),
    ):
        if heading and entries:
            out.append(f"\n## {heading}\n")
        for entry in entries:
            out.append(
                f"- **{entry['date']}** ({key_date_reach(entry)})"
            )
            for s in entry["sentences"]:
                where = f"{s['outlet'] or s['article']}, {s['path'] or s['article']}"
                out.append(f"  - {one_line(s['text'])} [{one_line(where)} {s['start']}–{s['end']}]")
    if not shown["dates"]:
        out.append("- (no dated day to choose from)")
    return printable("\n".join(out)).replace("<", "&lt;") + "\n"
