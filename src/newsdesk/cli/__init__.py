"""The ``newsdesk`` command: one module per subcommand, all on one Typer app.

Importing a command module registers it; ``app.py`` holds the app and what commands share.
"""

from newsdesk.cli import (
    bench,
    brief,
    export,
    extract,
    import_parquet,
    ingest,
    serve,
    spark,
    stories,
    summarize,
    timeline,
    watch,
)
from newsdesk.cli.app import app

__all__ = [
    "app",
    "bench",
    "brief",
    "export",
    "extract",
    "import_parquet",
    "ingest",
    "main",
    "serve",
    "spark",
    "stories",
    "summarize",
    "timeline",
    "watch",
]


def main() -> None:
    app()
