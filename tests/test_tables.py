"""Extractions to flat table rows and back: nothing lost, every field of every record kept."""

from __future__ import annotations

import dataclasses
import re

import pytest

from newsdesk import ingest
from newsdesk.model import Actor, Article, Event, Extraction, Mention, Quote, TimeExpr
from newsdesk.pipeline import process_many
from newsdesk.tables import SCHEMAS, Origin, extraction_rows, extractions_from_rows
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    sidecar = ingest.load_sidecar(SAMPLES / "meta.jsonl")
    articles = [
        item
        for path in ingest.iter_input_paths([str(SAMPLES / "articles")])
        for item in ingest.read_path(path, sidecar)
        if isinstance(item, Article)
    ]
    return list(process_many(articles))


def _columns(table: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"(?:^|, )`?(\w+)`? [A-Z]", SCHEMAS[table])}


def test_round_trip_is_exact(extractions: list[Extraction]) -> None:
    tables: dict[str, list[dict[str, object]]] = {t: [] for t in SCHEMAS}
    # Stored in reverse: the origin, not the order of the rows, gives the input order.
    for number, ex in reversed(list(enumerate(extractions))):
        for table, rows in extraction_rows(ex, Origin(number, 0)).items():
            tables[table].extend(reversed(rows))
    rebuilt = extractions_from_rows(tables)
    assert rebuilt == extractions
    assert [r.to_json() for r in rebuilt] == [e.to_json() for e in extractions]
    assert sum(len(e.quotes) for e in rebuilt) > 10 and sum(len(e.events) for e in rebuilt) > 5


def test_every_record_field_has_a_column() -> None:
    """A field added to a record must get a column, or Spark output would silently drop it."""
    owners = {
        "articles": (Article, {"id": "article_id"}, {"story"}),  # the store assigns stories
        "actors": (Actor, {}, set()),
        "mentions": (Mention, {}, set()),
        "quotes": (Quote, {}, set()),
        "times": (TimeExpr, {}, set()),
        "events": (Event, {}, set()),
    }
    for table, (record, renamed, skipped) in owners.items():
        columns = _columns(table)
        for f in dataclasses.fields(record):
            if f.name in skipped:
                continue
            name = renamed.get(f.name, f.name)
            assert name in columns or any(c.startswith(name + "_") for c in columns), (
                table,
                f.name,
            )
    assert {"flags"} <= _columns("articles")  # Extraction.flags rides on the article row
