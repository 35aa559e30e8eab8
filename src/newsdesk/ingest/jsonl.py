"""JSON and JSON Lines inputs: one article per object.

Feeds spell the same field many ways (``body``/``content``, ``source``/``publisher``,
``date``/``published_at``); the aliases below fold them onto the Article's fields.  Each line
of a JSON Lines file stands alone, so a bad line is reported by number and the rest are read.

Lines end at ``\n`` only: U+2028, U+2029 and U+0085 are valid inside a JSON string (and
``str.splitlines`` would cut a record there).  Nesting is bounded before parsing
(``MAX_JSON_DEPTH``): Python's JSON reader recurses once per level, and an article needs three.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import accumulate
from typing import Any

from newsdesk.ingest.dates import out_of_range, parse_date
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.raw import RawArticle
from newsdesk.ingest.text import too_long

MAX_JSON_DEPTH = 100
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_BLANK = " \t\r"  # JSON's white space on a line already cut at "\n"

TEXT_KEYS = ("text", "body", "content")
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "published": ("published", "date", "published_at", "publishedAt", "pubDate"),
    "genre": ("genre",),
    "url": ("url", "link"),
    "byline": ("byline", "author", "authors"),
    "language": ("language", "lang"),
    "external_id": ("id",),
}


class _BadRecord(ValueError):
    """A record that cannot become an article; the message is the reason."""


class TooDeep(ValueError):
    """JSON nested deeper than ``MAX_JSON_DEPTH``."""

    def __init__(self) -> None:
        super().__init__(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")


def json_lines(content: str) -> list[str]:
    """The lines of JSON Lines content: cut at "\n" only (a "\r" before it is JSON space)."""
    return content.split("\n")


def loads(content: str) -> Any:
    """``json.loads`` once the nesting is known to be at most ``MAX_JSON_DEPTH``; raises
    ``TooDeep`` (a ``ValueError``) or ``json.JSONDecodeError``.

    The depth is counted over the brackets outside strings, in linear time.
    """
    if content.count("[") + content.count("{") > MAX_JSON_DEPTH:
        marks = _NOT_BRACKET.sub("", _STRING.sub("", content))
        if max(accumulate(map(_STEP.__getitem__, marks)), default=0) > MAX_JSON_DEPTH:
            raise TooDeep()
    return json.loads(content)


def _name_of(value: Any) -> Any:
    """Feeds nest names ({"source": {"name": "Reuters"}}); take the name."""
    if isinstance(value, dict):
        return value.get("name")
    return value


def record_to_fields(obj: Any) -> tuple[str, dict[str, Any]]:
    """The text and the stated metadata of one JSON object; raises _BadRecord."""
    if not isinstance(obj, dict):
        raise _BadRecord(f"expected a JSON object, got {type(obj).__name__}")
    key = next((k for k in TEXT_KEYS if k in obj), None)
    if key is None:
        raise _BadRecord("no 'text' field")
    text = obj[key]
    if not isinstance(text, str):
        raise _BadRecord(f"'{key}' must be a string, not {type(text).__name__}")
    if not text.strip():
        raise _BadRecord(f"empty '{key}' field")
    long = too_long(text)
    if long:
        raise _BadRecord(f"'{key}': {long}")
    fields: dict[str, Any] = {}
    for name, aliases in FIELD_KEYS.items():
        alias = next((a for a in aliases if obj.get(a) not in (None, "", [])), None)
        if alias is None:
            continue
        value = _name_of(obj[alias])
        if name == "external_id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # feeds number their items as often as they name them
        if name == "byline" and isinstance(value, list):
            names = [str(_name_of(v)) for v in value if _name_of(v)]
            value = " and ".join(names) if names else None
        if value is None:
            continue
        if not isinstance(value, str):
            raise _BadRecord(f"'{alias}' must be a string, not {type(value).__name__}")
        if name == "published":
            published = parse_date(value)
            if published is None:
                raise _BadRecord(f"'{alias}' is not a full date: {value!r}")
            problem = out_of_range(published)
            if problem:
                raise _BadRecord(f"'{alias}' {problem}")
            fields[name] = published
        elif value.strip():
            fields[name] = " ".join(value.split())
    return text, fields


def read_json(content: str, name: str) -> Iterator[RawArticle | InputError]:
    """A .json file: one object, or a list of objects (paths "file.json#N" for items)."""
    try:
        data = loads(content)
    except json.JSONDecodeError as exc:
        yield InputError(name, f"invalid JSON ({exc.msg} at line {exc.lineno})", line=exc.lineno)
        return
    except TooDeep as exc:
        yield InputError(name, str(exc))
        return
    if isinstance(data, list):
        if not data:
            yield InputError(name, "empty JSON list")
        for number, item in enumerate(data, start=1):
            try:
                text, fields = record_to_fields(item)
            except _BadRecord as exc:
                yield InputError(name, f"item {number}: {exc}")
                continue
            yield RawArticle(text, f"{name}#{number}", name, "json", fields, in_container=True)
        return
    try:
        text, fields = record_to_fields(data)
    except _BadRecord as exc:
        yield InputError(name, str(exc))
        return
    yield RawArticle(text, name, name, "json", fields)


def read_jsonl(content: str, name: str) -> Iterator[RawArticle | InputError]:
    """A .jsonl file: one object per line (paths "file.jsonl:LINE"); bad lines are skipped."""
    for lineno, line in enumerate(json_lines(content), start=1):
        if not line.strip(_BLANK):
            continue
        try:
            text, fields = record_to_fields(loads(line))
        except json.JSONDecodeError as exc:
            yield InputError(name, f"line {lineno}: invalid JSON ({exc.msg})", line=lineno)
            continue
        except (_BadRecord, TooDeep) as exc:
            yield InputError(name, f"line {lineno}: {exc}", line=lineno)
            continue
        yield RawArticle(text, f"{name}:{lineno}", name, "json", fields, in_container=True)


def looks_like_json_lines(content: str) -> bool:
    """Whether text starting with "{" is JSON Lines rather than one (maybe pretty) object."""
    lines = [line for line in json_lines(content) if line.strip(_BLANK)]
    if len(lines) < 2:
        return False
    try:
        return isinstance(loads(lines[0]), dict)
    except ValueError:  # invalid JSON or too deep: not a line of JSON Lines
        return False
