"""The hand-off between format readers and the article builder.

Readers only know their format: they return the text and whatever metadata the file states
about itself.  Precedence, inference and language detection happen once, in ``readers.py``, so
every format gets the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SourceKind = Literal["text", "html", "json"]


@dataclass
class RawArticle:
    text: str
    path: str  # what the Article records: the path, or "file.jsonl:LINE" inside a container
    source: str  # the file it came from, for sidecar lookup
    kind: SourceKind
    fields: dict[str, Any] = field(default_factory=dict)  # the file's own metadata
    in_container: bool = False  # one of several articles in one file
    repairs: list[str] = field(default_factory=list)  # what decoding mended, for the article
