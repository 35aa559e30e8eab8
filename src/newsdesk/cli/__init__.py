"""The ``newsdesk`` command: one module per subcommand, all on one Typer app.

Importing a command module registers it; ``app.py`` holds the app and what commands share.
"""

from newsdesk.cli import brief, extract, ingest, serve, stories, summarize
from newsdesk.cli.app import app

__all__ = ["app", "brief", "extract", "ingest", "main", "serve", "stories", "summarize"]


def main() -> None:
    app()
