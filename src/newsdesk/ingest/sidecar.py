"""The ``--meta`` sidecar: what a feed or a curator says about each input file.

A sidecar is JSON Lines, one object per file, with any subset of ``path, outlet, title,
published, genre, url`` (and ``byline``, ``language``).  It is the most trusted source of
metadata, so it is validated strictly when loaded: a malformed line is an error naming the line,
not a silently missing date.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsdesk.ingest.dates import out_of_range, parse_date
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.jsonl import TooDeep, json_lines, loads
from newsdesk.ingest.outlets import canonical_outlet
from newsdesk.model import GENRES, Genre

SIDECAR_NAME = "meta.jsonl"  # the sidecar a story folder carries beside its articles
SIDECAR_FIELDS = ("outlet", "title", "published", "genre", "url", "byline", "language")

# Genre spellings feeds use, folded onto the model's genres (each genre's own name included).
GENRE_ALIASES: dict[str, Genre] = {
    **{genre: genre for genre in GENRES},
    "report": "news",
    "op-ed": "opinion",
    "oped": "opinion",
    "editorial": "opinion",
    "column": "opinion",
    "commentary": "opinion",
    "news analysis": "analysis",
}


def normalise_genre(value: str) -> Genre | None:
    """The model genre for a spelling ("Op-Ed" -> "opinion"), None when it names none."""
    return GENRE_ALIASES.get(" ".join(value.split()).casefold())


def unknown_genre(value: str) -> str:
    """The one reason every entry point gives for a genre it does not know."""
    stated = [g for g in GENRES if g != "unknown"]
    return f"unknown genre {value!r} (one of: {', '.join(stated)})"


@dataclass
class Sidecar:
    """Sidecar entries keyed by the path each names, and where the sidecar lives."""

    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def lookup(self, path: str) -> dict[str, Any] | None:
        """The entry for an input path: by exact path, path relative to the sidecar, basename.

        A basename shared by two entries matches neither: guessing would give one file the
        other's date.
        """
        if path in self.entries:
            return dict(self.entries[path])
        wanted = _resolved(Path(path))
        folder = self.path.parent
        for key, entry in self.entries.items():
            if _resolved(folder / key) == wanted or _resolved(Path(key)) == wanted:
                return dict(entry)
        name = Path(path).name
        same_name = [e for k, e in self.entries.items() if Path(k).name == name]
        return dict(same_name[0]) if len(same_name) == 1 else None


def _resolved(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def load_sidecar(path: Path) -> Sidecar:
    """Read and validate a sidecar file; raises InputError on a missing file or bad line."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, f"cannot read file ({exc.strerror or exc})") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})") from None
    sidecar = Sidecar(path=path)
    for lineno, line in enumerate(json_lines(content), start=1):
        if not line.strip(" \t\r"):
            continue
        key, entry = _parse_entry(name, lineno, line)
        if key in sidecar.entries:
            raise InputError(name, f"line {lineno}: path {key!r} listed twice", line=lineno)
        sidecar.entries[key] = entry
    return sidecar


def folder_sidecars(paths: list[str]) -> tuple[Sidecar | None, list[Path]]:
    """The sidecars the input folders carry (``DIR/meta.jsonl``), as one, and their paths.

    A story shared as a folder often holds its metadata beside the articles ("the NYT piece,
    published 2019-08-29"); read without it, an article with no dateline or masthead has no
    date and no outlet, and every relative date in it goes unresolved.  Only folders named as
    inputs are looked in (not their subfolders), and only when no ``--meta`` is given.  Keys are
    made absolute, so two folders' entries never meet; a bad line is an error as with ``--meta``.
    """
    found = [Path(p) / SIDECAR_NAME for p in paths if p != "-" and os.path.isdir(p)]
    found = [f for f in found if f.is_file()]
    if not found:
        return None, []
    merged = Sidecar(path=Path(os.path.abspath(found[0])))
    for meta in found:
        loaded = load_sidecar(meta)
        for key, entry in loaded.entries.items():
            merged.entries.setdefault(_resolved(meta.parent / key), entry)
    return merged, found


def _parse_entry(name: str, lineno: int, line: str) -> tuple[str, dict[str, Any]]:
    def fail(reason: str) -> InputError:
        return InputError(name, f"line {lineno}: {reason}", line=lineno)

    try:
        obj = loads(line)
    except json.JSONDecodeError as exc:
        raise fail(f"invalid JSON ({exc.msg})") from None
    except TooDeep as exc:
        raise fail(str(exc)) from None
    if not isinstance(obj, dict):
        raise fail(f"expected a JSON object, got {type(obj).__name__}")
    key = obj.get("path")
    if not isinstance(key, str) or not key.strip():
        raise fail("no 'path' field")
    entry: dict[str, Any] = {}
    for field_name in SIDECAR_FIELDS:
        value = obj.get(field_name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            raise fail(f"'{field_name}' must be a string")
        if field_name == "published":
            published = parse_date(value)
            if published is None:
                raise fail(f"'published' is not a full date: {value!r}")
            problem = out_of_range(published)
            if problem:
                raise fail(f"'published' {problem}")
            entry["published"] = published
        elif field_name == "genre":
            genre = normalise_genre(value)
            if genre is None:
                raise fail(unknown_genre(value))
            entry["genre"] = genre
        elif field_name == "outlet":
            entry["outlet"] = canonical_outlet(value)
        else:
            entry[field_name] = value.strip()
    return key, entry
