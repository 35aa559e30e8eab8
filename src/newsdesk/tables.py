"""Extractions as tables, one per record kind, and back again, losslessly.

Spark writes what the per-article stages found as Parquet, and ``import-parquet`` rebuilds the
very same ``Extraction`` objects from it so that the store, story linking and synthesis run on
them as if the CLI had extracted them.  Each record kind gets its own table keyed by
``article_id`` (with ``n``, its place in the article's list) so the tables are useful on their
own in any Parquet reader.  A record's row is its contract JSON (``model.py``'s codec, the
shape ``newsdesk extract`` prints) with the key columns in front: nested parts stay nested, as
structs (a quote's ``speaker``) and arrays (an actor's ``titles``, spans as ``[start, end]``).
``SCHEMAS`` holds the Spark DDL, generated from the records' JSON shapes, so a field added to a
record gets its column; readers need no schema because Parquet carries it.

``source_n``/``item_n`` on an article row say where it came from in the input (file, then place
in the file), so an import can add articles in the order the CLI would have: story assignment
depends on arrival order.
"""

from __future__ import annotations

import types
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from typing_extensions import TypedDict, is_typeddict

from newsdesk.model import (
    Actor,
    ActorJSON,
    Article,
    ArticleJSON,
    Claim,
    ClaimJSON,
    Event,
    EventJSON,
    Extraction,
    Mention,
    MentionJSON,
    Quote,
    QuoteJSON,
    Span,
    Stance,
    StanceJSON,
    TimeExpr,
    TimeJSON,
)

Row = dict[str, Any]


class _ArticleRow(ArticleJSON):
    """The article header of the contract with its text and flags (``id`` is ``article_id``)."""

    text: str
    flags: list[str]


class _SentenceRow(TypedDict):
    start: int
    end: int


_SCALARS = {str: "STRING", int: "INT", float: "DOUBLE", bool: "BOOLEAN"}


def spark_type(hint: Any) -> str:
    """The Spark SQL type of a JSON shape's field: scalars, lists, optional and nested shapes."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        [inner] = [arg for arg in get_args(hint) if arg is not type(None)]
        return spark_type(inner)
    if origin is Literal:
        return spark_type(type(get_args(hint)[0]))
    if origin is list:
        return f"ARRAY<{spark_type(get_args(hint)[0])}>"
    if is_typeddict(hint):
        fields = get_type_hints(hint).items()
        return "STRUCT<" + ", ".join(f"`{k}`: {spark_type(t)}" for k, t in fields) + ">"
    return _SCALARS[hint]


def _columns(keys: str, shape: Any, skip: tuple[str, ...] = (), **typed: str) -> str:
    fields = [(k, t) for k, t in get_type_hints(shape).items() if k not in skip]
    return ", ".join([keys, *(f"`{k}` {typed.get(k) or spark_type(t)}" for k, t in fields)])


_RECORD_KEYS = "article_id STRING, n INT"
SCHEMAS: dict[str, str] = {
    # ``published`` as a DATE, which Parquet readers sort and filter as one.
    "articles": _columns(
        "article_id STRING, source_n INT, item_n BIGINT", _ArticleRow, ("id",), published="DATE"
    ),
    "actors": _columns(_RECORD_KEYS, ActorJSON),
    "mentions": _columns(_RECORD_KEYS, MentionJSON),
    "quotes": _columns(_RECORD_KEYS, QuoteJSON),
    "times": _columns(_RECORD_KEYS, TimeJSON),
    "events": _columns(_RECORD_KEYS, EventJSON),
    "sentences": _columns(_RECORD_KEYS, _SentenceRow),
    "claims": _columns(_RECORD_KEYS, ClaimJSON),
    "stances": _columns(_RECORD_KEYS, StanceJSON),
    # Inputs that gave no extraction: unreadable (stage "ingest") or a stage failed ("extract").
    "errors": (
        "source_n INT, item_n BIGINT, stage STRING, path STRING, reason STRING, "
        "article_id STRING"
    ),
}
RECORD_TABLES = (
    "articles", "actors", "mentions", "quotes", "times", "events", "sentences", "claims",
    "stances",
)
PARQUET_GLOB = "*.parquet"


@dataclass(frozen=True)
class Origin:
    """Where an article or an error sits in the input: the file's number, the item's in it."""

    source_n: int
    item_n: int


def extraction_rows(ex: Extraction, origin: Origin) -> dict[str, list[Row]]:
    """The rows of every table for one extraction (article row first)."""
    art = ex.article
    key = art.id
    header: Row = dict(art.header_json())
    del header["id"]
    article = {
        "article_id": key,
        "source_n": origin.source_n,
        "item_n": origin.item_n,
        **header,
        "published": art.published,
        "text": art.text,
        "flags": list(ex.flags),
    }

    def rows(records: Iterable[Mapping[str, Any]]) -> list[Row]:
        return [{"article_id": key, "n": n, **record} for n, record in enumerate(records)]

    return {
        "articles": [article],
        "actors": rows(a.to_json() for a in ex.actors),
        "mentions": rows(m.to_json() for m in ex.mentions),
        "quotes": rows(q.to_json() for q in ex.quotes),
        "times": rows(t.to_json() for t in ex.times),
        "events": rows(e.to_json() for e in ex.events),
        "sentences": rows({"start": s.start, "end": s.end} for s in ex.sentences),
        "claims": rows(c.to_json() for c in ex.claims),
        "stances": rows(s.to_json() for s in ex.stances),
    }


def error_row(stage: str, path: str, reason: str, origin: Origin, article: str | None) -> Row:
    return {
        "source_n": origin.source_n,
        "item_n": origin.item_n,
        "stage": stage,
        "path": path,
        "reason": reason,
        "article_id": article,
    }


def extractions_from_rows(tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> list[Extraction]:
    """The extractions the tables hold, in input order (``source_n``, ``item_n``).

    An article id met twice (the same text in two inputs) gives one extraction, from its first
    place in the input, as the store would keep it.
    """
    by_article: dict[str, dict[str, list[Mapping[str, Any]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for table in RECORD_TABLES[1:]:
        for row in tables.get(table, ()):
            by_article[row["article_id"]][table].append(row)
    articles: dict[str, Mapping[str, Any]] = {}
    for row in sorted(
        tables.get("articles", ()), key=lambda r: (r["source_n"], r["item_n"], r["article_id"])
    ):
        articles.setdefault(row["article_id"], row)
    result: list[Extraction] = []
    for key, row in articles.items():
        parts = by_article[key]

        def ordered(table: str, parts: dict[str, list[Mapping[str, Any]]] = parts) -> list[Any]:
            seen: dict[int, Mapping[str, Any]] = {}
            for r in parts[table]:
                seen.setdefault(int(r["n"]), r)  # duplicates of one text carry equal rows
            return [seen[n] for n in sorted(seen)]

        result.append(
            Extraction(
                article=Article.from_json({**row, "id": key}, row["text"]),
                actors=[Actor.from_json(r) for r in ordered("actors")],
                mentions=[Mention.from_json(r) for r in ordered("mentions")],
                quotes=[Quote.from_json(r) for r in ordered("quotes")],
                times=[TimeExpr.from_json(r) for r in ordered("times")],
                events=[Event.from_json(r) for r in ordered("events")],
                sentences=[Span(int(r["start"]), int(r["end"])) for r in ordered("sentences")],
                flags=list(row["flags"] or []),
                claims=[Claim.from_json(r) for r in ordered("claims")],
                stances=[Stance.from_json(r) for r in ordered("stances")],
            )
        )
    return result


def read_parquet_tables(folder: str | Path) -> dict[str, list[Row]]:
    """Every table under ``folder`` (``folder/TABLE/*.parquet``, as Spark writes them) as rows.

    DuckDB reads Parquet natively, so importing needs neither Spark nor pyarrow.  A table with
    no files reads as empty; a folder with no ``articles`` table is an error worth stopping on.
    """
    import duckdb

    root = Path(folder)
    if not any((root / "articles").glob(PARQUET_GLOB)):
        raise FileNotFoundError(f"{root}: no articles table (articles/*.parquet) here")
    tables: dict[str, list[Row]] = {}
    with duckdb.connect() as con:
        for table in SCHEMAS:
            if not any((root / table).glob(PARQUET_GLOB)):
                tables[table] = []
                continue
            pattern = str(root / table / PARQUET_GLOB)
            cursor = con.execute("SELECT * FROM read_parquet(?)", [pattern])
            names = [d[0] for d in cursor.description or []]
            tables[table] = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    return tables
