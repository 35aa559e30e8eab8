"""`newsdesk stories`: what stories the store holds."""

from __future__ import annotations

import typer

from newsdesk.cli.app import app, open_store


@app.command("stories")
def stories_command(ctx: typer.Context) -> None:
    """The stories in the store with their article counts."""
    with open_store(ctx) as store:
        rows = store.stories()
    for label, count in rows:
        typer.echo(f"{label or '(unlabelled)'}\t{count}")
