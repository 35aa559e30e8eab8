"""newsdesk: a structured, sourced picture of a developing news story from many articles.

The pipeline reads from the package layout: ingest → annotate → extract → store → link →
synthesize → render.  ``model.py`` holds every per-article record with its JSON shape and
codec (``to_json``/``from_json``); ``pipeline.py`` runs the per-article stages; ``service.py``
takes articles into the store (for the CLI, the web app and ``import-parquet`` alike);
``store/`` is the DuckDB store; ``synthesize/briefing_types.py`` is the briefing every renderer
and the web API read; ``schema/extract.schema.json`` is the JSON contract of
``newsdesk extract``, generated from the records; ``cli/`` holds one module per command and
``web/`` the FastAPI app.  DEVELOPERS.md says where each record is defined, encoded, stored
and rendered.
"""

__version__ = "0.1.0"
