"""newsdesk: a structured, sourced picture of a developing news story from many articles.

As a library (the README's "Python" section is its documentation)::

    import newsdesk
    ex = newsdesk.extract(text, published="2025-03-10")      # one article's records
    store = newsdesk.open("story.duckdb")                     # a store, answered in tables
    store.quotes(story=...).df()                              # a pandas DataFrame

The names below are the public API, imported when first used so that ``import newsdesk``
stays cheap (no spaCy, no DuckDB); everything else is internal and may change.

The pipeline reads from the package layout: ingest → annotate → extract → store → link →
synthesize → render.  ``model.py`` holds every per-article record with its JSON shape and
codec (``to_json``/``from_json``); ``pipeline.py`` runs the per-article stages; ``service.py``
takes articles into the store (for the CLI, the web app and ``import-parquet`` alike);
``store/`` is the DuckDB store; ``synthesize/briefing_types.py`` is the briefing every renderer
and the web API read; ``schema/extract.schema.json`` is the JSON contract of
``newsdesk extract``, generated from the records; ``cli/`` holds one module per command,
``web/`` the FastAPI app, ``library/`` the Python API and ``spacy_components.py`` the spaCy
factories.  DEVELOPERS.md says where each record is defined, encoded, stored and rendered.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXTRACTION = "newsdesk.library.extraction"
_ROWS = "newsdesk.library.rows"
_MODEL = "newsdesk.model"
# Public name → the module that defines it.
_EXPORTS: dict[str, str] = {
    "extract": "newsdesk.extract",  # the package, which answers calls (see its docstring)
    "extract_many": _EXTRACTION,
    "read_text": _EXTRACTION,
    "open": "newsdesk.library.store",
    "Store": "newsdesk.library.store",
    "Ingested": "newsdesk.library.store",
    "Table": "newsdesk.library.table",
    "ArticleRow": _ROWS,
    "StoryRow": _ROWS,
    "ActorRow": _ROWS,
    "MentionRow": _ROWS,
    "QuoteRow": _ROWS,
    "TimeRow": _ROWS,
    "EventRow": _ROWS,
    "ClaimRow": _ROWS,
    "StanceRow": _ROWS,
    "GdeltRow": "newsdesk.library.gdelt",
    "Extraction": _MODEL,
    "Article": _MODEL,
    "Region": _MODEL,
    "Actor": _MODEL,
    "Title": _MODEL,
    "Mention": _MODEL,
    "Quote": _MODEL,
    "Speaker": _MODEL,
    "Cue": _MODEL,
    "TimeExpr": _MODEL,
    "Event": _MODEL,
    "Claim": _MODEL,
    "Stance": _MODEL,
    "Span": _MODEL,
    "InputError": "newsdesk.ingest.errors",
    "StoreError": "newsdesk.store.schema",
}

__all__ = [  # noqa: RUF022 (grouped as _EXPORTS is)
    "extract",
    "extract_many",
    "read_text",
    "open",
    "Store",
    "Ingested",
    "Table",
    "ArticleRow",
    "StoryRow",
    "ActorRow",
    "MentionRow",
    "QuoteRow",
    "TimeRow",
    "EventRow",
    "ClaimRow",
    "StanceRow",
    "GdeltRow",
    "Extraction",
    "Article",
    "Region",
    "Actor",
    "Title",
    "Mention",
    "Quote",
    "Speaker",
    "Cue",
    "TimeExpr",
    "Event",
    "Claim",
    "Stance",
    "Span",
    "InputError",
    "StoreError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsdesk' has no attribute {name!r}")
    imported = importlib.import_module(module)
    value = imported if module == f"{__name__}.{name}" else getattr(imported, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # what the lazy names are, for type checkers and editors
    from newsdesk.ingest.errors import InputError
    from newsdesk.library.extraction import extract, extract_many, read_text
    from newsdesk.library.gdelt import GdeltRow
    from newsdesk.library.rows import (
        ActorRow,
        ArticleRow,
        ClaimRow,
        EventRow,
        MentionRow,
        QuoteRow,
        StanceRow,
        StoryRow,
        TimeRow,
    )
    from newsdesk.library.store import Ingested, Store, open
    from newsdesk.library.table import Table
    from newsdesk.model import (
        Actor,
        Article,
        Claim,
        Cue,
        Event,
        Extraction,
        Mention,
        Quote,
        Region,
        Span,
        Speaker,
        Stance,
        TimeExpr,
        Title,
    )
    from newsdesk.store.schema import StoreError
