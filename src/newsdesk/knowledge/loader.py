"""Reading the word tables in ``knowledge/data/``, and refusing bad ones with a clear message.

The tables are data, not code, so that one can be read, reviewed and extended without touching
a rule; but a typo in a table (an ISO code that does not exist, a PLOVER mode the manual does
not define, a word listed twice with two meanings) would silently change what the extractors
say.  So every table is checked when it is loaded, once per process, and a bad one stops the
import with ``DataError`` naming the file, the entry and what is wrong with it.

The helpers here check shapes (a word list, a word-to-code mapping); the module that owns a
table checks what its values mean (``geo`` the country codes, ``plover`` the event types).
Each table file has an ``about`` object saying, per table, what it holds and why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any

_WORD = re.compile(r"^[^\sA-Z]+(?: [^\sA-Z]+)*$")  # lower case, single spaces, no edge space


class DataError(ValueError):
    """A knowledge table that cannot be used as it is."""

    def __init__(self, file: str, entry: str, reason: str) -> None:
        super().__init__(f"{file}: {entry}: {reason}")
        self.file = file
        self.entry = entry
        self.reason = reason


def _no_duplicates(file: str) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in pairs:
            if key in found:
                raise DataError(file, repr(key), "listed twice")
            found[key] = value
        return found

    return build


def parse(file: str, text: str) -> dict[str, Any]:
    """A table file's JSON, with duplicate keys refused (``json`` would keep the last)."""
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates(file))
    except json.JSONDecodeError as error:
        raise DataError(file, f"line {error.lineno}", f"not valid JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise DataError(file, "(top level)", "must be a JSON object")
    return data


def read(file: str) -> dict[str, Any]:
    """The packaged table ``knowledge/data/<file>``, parsed and checked for duplicate keys."""
    text = resources.files("newsdesk.knowledge").joinpath("data", file).read_text("utf-8")
    return parse(file, text)


def section(file: str, data: Mapping[str, Any], *names: str) -> None:
    """Check that a table file holds exactly the named tables, each described in ``about``."""
    expected = {"about", *names}
    for name in sorted(set(data) - expected):
        raise DataError(file, name, "unknown table")
    for name in sorted(expected - set(data)):
        raise DataError(file, name, "missing table")
    about = data["about"]
    if not isinstance(about, dict) or set(about) != set(names) or not all(
        isinstance(v, str) and v for v in about.values()
    ):
        raise DataError(file, "about", "must describe each table in one string")


def word(file: str, entry: str, value: Any) -> str:
    """A lower-case word or phrase, as the extractors compare them."""
    if not isinstance(value, str) or not _WORD.match(value):
        raise DataError(file, entry, f"{value!r} is not a lower-case word or phrase")
    return value


def words(file: str, entry: str, value: Any) -> frozenset[str]:
    """A list of distinct lower-case words."""
    if not isinstance(value, list) or not value:
        raise DataError(file, entry, "must be a non-empty list of words")
    seen: set[str] = set()
    for item in value:
        if word(file, entry, item) in seen:
            raise DataError(file, entry, f"{item!r} listed twice")
        seen.add(item)
    return frozenset(seen)


def text(file: str, entry: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise DataError(file, entry, f"{value!r} is not a non-empty string")
    return value


def mapping(
    file: str,
    entry: str,
    value: Any,
    check: Callable[[str, Any], Any],
    key: Callable[[str, str, Any], str] = word,
) -> dict[str, Any]:
    """A JSON object from words (or what ``key`` accepts) to values, each value passed through
    ``check(key, value)``."""
    if not isinstance(value, dict) or not value:
        raise DataError(file, entry, "must be a non-empty object")
    return {key(file, f"{entry}.{k}", k): check(k, v) for k, v in value.items()}


def one_of(file: str, entry: str, value: Any, allowed: Iterable[str], what: str) -> str:
    if value not in set(allowed):
        raise DataError(file, entry, f"unknown {what} {value!r}")
    return str(value)


def record(file: str, entry: str, value: Any, required: set[str], optional: set[str]) -> None:
    """An object with these keys (and perhaps those)."""
    if not isinstance(value, dict):
        raise DataError(file, entry, "must be an object")
    for key in sorted(required - set(value)):
        raise DataError(file, entry, f"missing {key!r}")
    for key in sorted(set(value) - required - optional):
        raise DataError(file, entry, f"unknown field {key!r}")
