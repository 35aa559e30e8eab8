"""Ingest: input files in, ``Article`` records out, with clear errors for bad input.

Readers for plain text, HTML (trafilatura + htmldate), JSON and JSON Lines, and stdin; a
sidecar of per-file metadata; metadata inference and layout regions for scraped text.  See
``readers.py`` for the metadata precedence.
"""

from newsdesk.ingest.errors import InputError
from newsdesk.ingest.language import detect_language
from newsdesk.ingest.readers import (
    Overrides,
    build_article,
    is_article_name,
    iter_input_paths,
    read_bytes,
    read_path,
)
from newsdesk.ingest.sidecar import Sidecar, load_sidecar
from newsdesk.ingest.text import DEFAULT_MAX_BYTES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "InputError",
    "Overrides",
    "Sidecar",
    "build_article",
    "detect_language",
    "is_article_name",
    "iter_input_paths",
    "load_sidecar",
    "read_bytes",
    "read_path",
]
