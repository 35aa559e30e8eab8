"""newsdesk: a structured, sourced picture of a developing news story from many articles.

The pipeline reads from the package layout: ingest → annotate → extract → link → synthesize →
store → render.  ``pipeline.py`` runs the per-article stages; ``cli.py`` is the command.
"""

__version__ = "0.1.0"
