"""What every query of the Python API answers: rows you can iterate, and the same rows as a
DuckDB relation, a pandas DataFrame or an Arrow table with the documented columns.

The rows are loaded into an in-memory DuckDB table typed from the row class's declaration
(``columns.py``), one column at a time (``unnest`` over a list per column: binding row by row
costs about ten times more), so an empty table still has its columns and types, and DuckDB
gives ``.df()``, ``.arrow()`` and the files of ``newsdesk export`` (Parquet, CSV, JSON lines,
written by DuckDB itself: exporting needs neither pandas nor pyarrow).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from newsdesk.library.columns import Column, columns

if TYPE_CHECKING:
    import duckdb
    import pandas
    import pyarrow

R = TypeVar("R")
Format = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("parquet", "csv", "jsonl")
_COPY = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}


class Table(Sequence[R], Generic[R]):
    """The rows of one table (``articles``, ``quotes``, ``events`` …), in a stable order.

    A sequence of row records (``for q in store.quotes(): q.speaker, q.start``), and:
    ``df()`` a pandas DataFrame, ``arrow()`` a pyarrow Table, ``relation()`` a DuckDB relation
    (SQL, ``.pl()`` for Polars), ``write(path, format)`` a Parquet, CSV or JSON lines file.
    Their columns are the row class's fields, documented in the README.
    """

    def __init__(self, name: str, row_type: type[R], rows: Iterable[R]) -> None:
        self.name = name
        self.row_type = row_type
        self.rows: list[R] = list(rows)
        self._con: duckdb.DuckDBPyConnection | None = None

    @property
    def columns(self) -> tuple[Column, ...]:
        return columns(self.row_type)

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> list[R]: ...
    def __getitem__(self, index: int | slice) -> R | list[R]:
        return self.rows[index]

    def __iter__(self) -> Iterator[R]:
        return iter(self.rows)

    def __repr__(self) -> str:
        names = ", ".join(c.name for c in self.columns)
        return f"<newsdesk.Table {self.name}: {len(self.rows)} rows ({names})>"

    def relation(self) -> duckdb.DuckDBPyRelation:
        """The rows as a DuckDB relation with the documented column types."""
        if self._con is None:
            self._con = _load(self.name, self.columns, self.rows)
        return self._con.table(self.name)

    def df(self) -> pandas.DataFrame:
        """A pandas DataFrame (needs pandas: ``pip install 'newsdesk[pandas]'``)."""
        return self.relation().df()

    def arrow(self) -> pyarrow.Table:
        """A pyarrow Table (needs pyarrow: ``pip install 'newsdesk[pandas]'``)."""
        relation = self.relation()
        # DuckDB 1.4 named it to_arrow_table; older versions have only fetch_arrow_table.
        convert = getattr(relation, "to_arrow_table", None) or relation.fetch_arrow_table
        return convert()

    def write(self, path: str | Path, format: Format = "parquet") -> Path:
        """The rows as one file: ``parquet`` (lossless: lists stay lists, days stay dates),
        ``csv`` (a header line; a list is written as DuckDB prints it, ``[a, b]``) or ``jsonl``
        (one JSON object a line)."""
        if format not in _COPY:
            raise ValueError(f"format {format!r}: one of {', '.join(FORMATS)}")
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        self.relation()
        assert self._con is not None
        quoted = str(target).replace("'", "''")
        self._con.execute(f"COPY {self.name} TO '{quoted}' ({_COPY[format]})")
        return target


def _load(
    name: str, cols: tuple[Column, ...], rows: list[Any]
) -> duckdb.DuckDBPyConnection:
    import duckdb

    con = duckdb.connect(":memory:")
    declared = ", ".join(f'"{c.name}" {c.sql}' for c in cols)  # "end", "type": keywords
    con.execute(f"CREATE TABLE {name} ({declared})")
    if rows:
        values = [[getattr(row, c.name) for row in rows] for c in cols]
        unnests = ", ".join(f"unnest(?::{c.sql}[], max_depth := 1)" for c in cols)
        con.execute(f"INSERT INTO {name} SELECT {unnests}", values)
    return con

