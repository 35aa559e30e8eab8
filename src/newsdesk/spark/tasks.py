"""What Spark's Python workers run: the CLI's own readers and per-article stages, per partition.

Nothing here re-implements a stage: files go through ``ingest.read_path`` / ``read_bytes``,
Parquet rows through the JSON readers' field rules and ``build_article``, and articles through
``pipeline.process_each`` (``nlp.pipe`` batches, then ``process_article``), exactly as
``newsdesk extract`` runs them.  The functions are module-level so Spark pickles them by name.
``annotate`` keeps the spaCy pipeline in a module global loaded on first use, and PySpark reuses
its Python workers between tasks (``spark.python.worker.reuse``, on by default), so each worker
loads the model once, not once per task or per article.

Records travel as ``(key, value)`` pairs so that one ``reduceByKey`` both drops repeated texts
(the same article id twice: the first in input order is kept, as the store keeps it) and spreads
articles evenly over partitions before the expensive stage.  Input errors ride along under keys
of their own and come out of the extraction stage unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from newsdesk import ingest
from newsdesk.ingest.jsonl import record_to_fields
from newsdesk.ingest.raw import RawArticle
from newsdesk.ingest.readers import checked_article
from newsdesk.model import Article
from newsdesk.tables import Origin, Row, error_row, extraction_rows

ARTICLE_KEY = "a:"
ERROR_KEY = "e:"
# Parquet rows have no line number: their place is the partition's number and the row's in it.
PARTITION_STRIDE = 1 << 32

Keyed = tuple[str, Any]  # (ARTICLE_KEY + id, (Origin, Article)) or (ERROR_KEY + ..., Row)


@dataclass(frozen=True)
class ReadSettings:
    """What the CLI's ``--meta``, ``--outlet/--published/--genre`` and ``--max-mb`` say."""

    sidecar: ingest.Sidecar | None
    overrides: ingest.Overrides
    max_bytes: int


def _keyed(source_n: int, items: Iterable[Article | ingest.InputError]) -> Iterator[Keyed]:
    for item_n, item in enumerate(items):
        origin = Origin(source_n, item_n)
        if isinstance(item, ingest.InputError):
            yield (
                f"{ERROR_KEY}{source_n}:{item_n}",
                error_row("ingest", item.path, item.reason, origin, None),
            )
        else:
            yield f"{ARTICLE_KEY}{item.id}", (origin, item)


def read_paths(settings: ReadSettings, paths: Iterable[tuple[int, str]]) -> Iterator[Keyed]:
    """Files named by local paths (the driver walked the directories as the CLI does)."""
    for source_n, path in paths:
        items = ingest.read_path(
            path, settings.sidecar, settings.overrides, max_bytes=settings.max_bytes
        )
        yield from _keyed(source_n, items)


def read_fetched(
    settings: ReadSettings, numbers: dict[str, int], files: Iterable[tuple[str, bytes]]
) -> Iterator[Keyed]:
    """Files Spark fetched from a cluster file system (``binaryFiles``), numbered by path."""
    for path, data in files:
        items = ingest.read_bytes(
            data,
            path,
            settings.overrides,
            max_bytes=settings.max_bytes,
            sidecar=settings.sidecar,
        )
        yield from _keyed(numbers[path], items)


def _json_value(value: Any) -> Any:
    """Parquet dates and timestamps as the ISO strings the JSON readers expect."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def read_records(
    settings: ReadSettings,
    source: str,
    source_n: int,
    partition: int,
    rows: Iterable[Any],
) -> Iterator[Keyed]:
    """Parquet rows, read like the objects of a JSON lines file (same field names and aliases).

    A row's ``path`` column, when it has one, names the article; otherwise "SOURCE#P.N".
    """
    for n, row in enumerate(rows):
        item_n = partition * PARTITION_STRIDE + n
        obj = {k: _json_value(v) for k, v in row.asDict(recursive=True).items()}
        own = obj.get("path")
        path = own if isinstance(own, str) and own else f"{source}#{partition}.{n}"
        origin = Origin(source_n, item_n)
        try:
            text, fields = record_to_fields(obj)
        except ValueError as error:  # the readers' bad-record error says what is wrong
            yield (
                f"{ERROR_KEY}{source_n}:{item_n}",
                error_row("ingest", path, str(error), origin, None),
            )
            continue
        raw = RawArticle(text, path, source, "json", fields, in_container=True)
        article = checked_article(raw, settings.sidecar, settings.overrides)
        if isinstance(article, ingest.InputError):
            yield (
                f"{ERROR_KEY}{source_n}:{item_n}",
                error_row("ingest", path, article.reason, origin, None),
            )
            continue
        yield f"{ARTICLE_KEY}{article.id}", (origin, article)


def first_in_input(a: tuple[Origin, Article], b: tuple[Origin, Article]) -> tuple[Origin, Article]:
    """Of two inputs with the same text, the one met first (what ``ingest`` would store)."""
    return a if (a[0].source_n, a[0].item_n) <= (b[0].source_n, b[0].item_n) else b


def extract_partition(items: Iterable[Keyed]) -> Iterator[tuple[str, Row]]:
    """``(table, row)`` for every record the per-article stages find in a partition's articles."""
    from newsdesk.pipeline import Failure, process_each

    origins: dict[str, Origin] = {}
    errors: list[Row] = []

    def articles() -> Iterator[Article]:
        for key, value in items:
            if key.startswith(ERROR_KEY):
                errors.append(value)
                continue
            origin, article = value
            origins[article.id] = origin
            yield article

    for result in process_each(articles(), processes=1):
        art = result.article
        origin = origins.pop(art.id)
        if isinstance(result, Failure):
            error = result.as_error()
            yield "errors", error_row("extract", error.path, error.reason, origin, art.id)
            continue
        for table, rows in extraction_rows(result, origin).items():
            for row in rows:
                yield table, row
    for row in errors:
        yield "errors", row
