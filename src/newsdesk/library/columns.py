"""A table's columns, declared once: a frozen dataclass whose fields are the columns.

Each field says its type (the Python type hint, from which the DuckDB type follows) and what it
holds (``column("...")``, kept in the field's metadata).  The same declaration makes the row
records a query returns, the typed DuckDB relation behind ``.df()`` and ``.arrow()``, the files
``newsdesk export`` writes, and the column reference in the README (``markdown``; a test checks
the README against it), so the documentation cannot drift from what the code gives.
"""

from __future__ import annotations

import dataclasses
import types
from datetime import date
from typing import Any, Union, get_args, get_origin, get_type_hints

_DOC = "newsdesk.doc"
_SCALARS: dict[Any, str] = {
    str: "VARCHAR",
    int: "INTEGER",
    float: "DOUBLE",
    bool: "BOOLEAN",
    date: "DATE",
}


def column(doc: str) -> Any:
    """A documented column of a row dataclass: ``name: str = column("what it holds")``."""
    return dataclasses.field(metadata={_DOC: doc})


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    sql: str  # the DuckDB type: "VARCHAR", "DATE", "VARCHAR[]", "INTEGER[][]" ...
    nullable: bool
    doc: str


def sql_type(hint: Any) -> tuple[str, bool]:
    """(DuckDB type, nullable) of a field's type hint: scalars, dates, lists, ``X | None``."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        inner = [arg for arg in get_args(hint) if arg is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"a column holds one type, not {hint!r}")
        return sql_type(inner[0])[0], True
    if origin is list:
        return sql_type(get_args(hint)[0])[0] + "[]", False
    if hint in _SCALARS:
        return _SCALARS[hint], False
    raise TypeError(f"no column type for {hint!r}")


def columns(row_type: type) -> tuple[Column, ...]:
    """The columns of a row dataclass, in field order."""
    hints = get_type_hints(row_type)
    found = []
    for f in dataclasses.fields(row_type):
        if _DOC not in f.metadata:
            raise TypeError(f"{row_type.__name__}.{f.name} is not a documented column")
        sql, nullable = sql_type(hints[f.name])
        found.append(Column(f.name, sql, nullable, f.metadata[_DOC]))
    return tuple(found)


def markdown(row_type: type) -> str:
    """The column reference of one table as the README shows it."""
    lines = ["| column | type | holds |", "|---|---|---|"]
    for c in columns(row_type):
        kind = c.sql + (" or null" if c.nullable else "")
        lines.append(f"| `{c.name}` | {kind} | {c.doc} |")
    return "\n".join(lines)
