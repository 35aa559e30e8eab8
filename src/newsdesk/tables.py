"""Extractions as flat tables, one per record kind, and back again, losslessly.

Spark writes what the per-article stages found as Parquet, and ``import-parquet`` rebuilds the
very same ``Extraction`` objects from it so that the store, story linking and synthesis run on
them as if the CLI had extracted them.  Each record kind gets its own table keyed by
``article_id`` (with ``n``, its place in the article's list) so the tables are useful on their
own in any Parquet reader; nested parts that belong to one record (an actor's titles, a quote's
content spans) stay in that record's row as arrays.  ``SCHEMAS`` holds Spark DDL, the one place
the column types are written down; readers need no schema because Parquet carries it.

``source_n``/``item_n`` on an article row say where it came from in the input (file, then place
in the file), so an import can add articles in the order the CLI would have: story assignment
depends on arrival order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from newsdesk.model import (
    Actor,
    Article,
    Cue,
    Event,
    Extraction,
    Mention,
    Quote,
    Region,
    Span,
    Speaker,
    TimeExpr,
    Title,
)

Row = dict[str, Any]

_SPANS = "ARRAY<STRUCT<`start`: INT, `end`: INT>>"
SCHEMAS: dict[str, str] = {
    "articles": (
        "article_id STRING, source_n INT, item_n BIGINT, path STRING, url STRING, outlet STRING, "
        "title STRING, byline STRING, published DATE, genre STRING, language STRING, "
        "text STRING, regions ARRAY<STRUCT<kind: STRING, `start`: INT, `end`: INT>>, "
        "flags ARRAY<STRING>"
    ),
    "actors": (
        "article_id STRING, n INT, actor_id STRING, name STRING, kind STRING, "
        "aliases ARRAY<STRING>, titles ARRAY<STRUCT<text: STRING, `start`: INT, `end`: INT>>, "
        f"affiliation STRING, country STRING, sector STRING, mentions {_SPANS}"
    ),
    "mentions": (
        "article_id STRING, n INT, `start` INT, `end` INT, text STRING, kind STRING, "
        "actor STRING"
    ),
    "quotes": (
        "article_id STRING, n INT, kind STRING, speaker_actor STRING, speaker_text STRING, "
        "speaker_start INT, speaker_end INT, cue_text STRING, cue_lemma STRING, cue_start INT, "
        f"cue_end INT, content {_SPANS}, channel STRING, time STRING"
    ),
    "times": (
        "article_id STRING, n INT, text STRING, `start` INT, `end` INT, value STRING, "
        "granularity STRING, anchor STRING, kind STRING, modifier STRING"
    ),
    "events": (
        "article_id STRING, n INT, type STRING, mode STRING, actors ARRAY<STRING>, "
        "recipients ARRAY<STRING>, evidence_start INT, evidence_end INT, trigger_start INT, "
        "trigger_end INT, time STRING, time_granularity STRING, time_approximate BOOLEAN, "
        "location STRING, negated BOOLEAN, hypothetical BOOLEAN, future BOOLEAN, "
        "historical BOOLEAN, source STRING, cameo STRING, intensity DOUBLE"
    ),
    "sentences": "article_id STRING, n INT, `start` INT, `end` INT",
    # Inputs that gave no extraction: unreadable (stage "ingest") or a stage failed ("extract").
    "errors": (
        "source_n INT, item_n BIGINT, stage STRING, path STRING, reason STRING, "
        "article_id STRING"
    ),
}
RECORD_TABLES = ("articles", "actors", "mentions", "quotes", "times", "events", "sentences")
PARQUET_GLOB = "*.parquet"


@dataclass(frozen=True)
class Origin:
    """Where an article or an error sits in the input: the file's number, the item's in it."""

    source_n: int
    item_n: int


def _spans(spans: Iterable[Span]) -> list[Row]:
    return [{"start": s.start, "end": s.end} for s in spans]


def _from_spans(rows: Iterable[Mapping[str, Any]] | None) -> list[Span]:
    return [Span(int(r["start"]), int(r["end"])) for r in rows or []]


def extraction_rows(ex: Extraction, origin: Origin) -> dict[str, list[Row]]:
    """The rows of every table for one extraction (article row first)."""
    art = ex.article
    key = art.id
    article = {
        "article_id": key,
        "source_n": origin.source_n,
        "item_n": origin.item_n,
        "path": art.path,
        "url": art.url,
        "outlet": art.outlet,
        "title": art.title,
        "byline": art.byline,
        "published": art.published,
        "genre": art.genre,
        "language": art.language,
        "text": art.text,
        "regions": [{"kind": r.kind, "start": r.start, "end": r.end} for r in art.regions],
        "flags": list(ex.flags),
    }
    actors = [
        {
            "article_id": key,
            "n": n,
            "actor_id": a.id,
            "name": a.name,
            "kind": a.kind,
            "aliases": list(a.aliases),
            "titles": [{"text": t.text, "start": t.start, "end": t.end} for t in a.titles],
            "affiliation": a.affiliation,
            "country": a.country,
            "sector": a.sector,
            "mentions": _spans(a.mentions),
        }
        for n, a in enumerate(ex.actors)
    ]
    mentions = [
        {
            "article_id": key,
            "n": n,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "kind": m.kind,
            "actor": m.actor,
        }
        for n, m in enumerate(ex.mentions)
    ]
    quotes = [_quote_row(key, n, q) for n, q in enumerate(ex.quotes)]
    times = [
        {
            "article_id": key,
            "n": n,
            "text": t.text,
            "start": t.start,
            "end": t.end,
            "value": t.value,
            "granularity": t.granularity,
            "anchor": t.anchor,
            "kind": t.kind,
            "modifier": t.modifier,
        }
        for n, t in enumerate(ex.times)
    ]
    events = [_event_row(key, n, e) for n, e in enumerate(ex.events)]
    sentences = [
        {"article_id": key, "n": n, "start": s.start, "end": s.end}
        for n, s in enumerate(ex.sentences)
    ]
    return {
        "articles": [article],
        "actors": actors,
        "mentions": mentions,
        "quotes": quotes,
        "times": times,
        "events": events,
        "sentences": sentences,
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


def _quote_row(key: str, n: int, q: Quote) -> Row:
    sp, cue = q.speaker, q.cue
    return {
        "article_id": key,
        "n": n,
        "kind": q.kind,
        "speaker_actor": sp.actor if sp else None,
        "speaker_text": sp.text if sp else None,
        "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None,
        "cue_text": cue.text if cue else None,
        "cue_lemma": cue.lemma if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "content": _spans(q.content),
        "channel": q.channel,
        "time": q.time,
    }


def _event_row(key: str, n: int, e: Event) -> Row:
    return {
        "article_id": key,
        "n": n,
        "type": e.type,
        "mode": e.mode,
        "actors": list(e.actors),
        "recipients": list(e.recipients),
        "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end,
        "trigger_start": e.trigger.start if e.trigger else None,
        "trigger_end": e.trigger.end if e.trigger else None,
        "time": e.time,
        "time_granularity": e.time_granularity,
        "time_approximate": e.time_approximate,
        "location": e.location,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "future": e.future,
        "historical": e.historical,
        "source": e.source,
        "cameo": e.cameo,
        "intensity": e.intensity,
    }


def _article(row: Mapping[str, Any]) -> Article:
    published = row["published"]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return Article(
        id=row["article_id"],
        text=row["text"],
        path=row["path"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        byline=row["byline"],
        published=published,
        genre=row["genre"],
        language=row["language"],
        regions=[Region(r["kind"], int(r["start"]), int(r["end"])) for r in row["regions"] or []],
    )


def _actor(row: Mapping[str, Any]) -> Actor:
    return Actor(
        id=row["actor_id"],
        name=row["name"],
        kind=row["kind"],
        aliases=list(row["aliases"] or []),
        titles=[Title(t["text"], int(t["start"]), int(t["end"])) for t in row["titles"] or []],
        affiliation=row["affiliation"],
        country=row["country"],
        sector=row["sector"],
        mentions=_from_spans(row["mentions"]),
    )


def _mention(row: Mapping[str, Any]) -> Mention:
    return Mention(int(row["start"]), int(row["end"]), row["text"], row["kind"], row["actor"])


def _quote(row: Mapping[str, Any]) -> Quote:
    speaker = None
    if row["speaker_start"] is not None:
        speaker = Speaker(
            row["speaker_text"],
            int(row["speaker_start"]),
            int(row["speaker_end"]),
            row["speaker_actor"],
        )
    cue = None
    if row["cue_start"] is not None:
        cue = Cue(row["cue_text"], row["cue_lemma"], int(row["cue_start"]), int(row["cue_end"]))
    return Quote(
        kind=row["kind"],
        speaker=speaker,
        cue=cue,
        content=_from_spans(row["content"]),
        channel=row["channel"],
        time=row["time"],
    )


def _time(row: Mapping[str, Any]) -> TimeExpr:
    return TimeExpr(
        text=row["text"],
        start=int(row["start"]),
        end=int(row["end"]),
        value=row["value"],
        granularity=row["granularity"],
        anchor=row["anchor"],
        kind=row["kind"],
        modifier=row["modifier"],
    )


def _event(row: Mapping[str, Any]) -> Event:
    trigger = None
    if row["trigger_start"] is not None:
        trigger = Span(int(row["trigger_start"]), int(row["trigger_end"]))
    return Event(
        type=row["type"],
        mode=row["mode"],
        actors=list(row["actors"] or []),
        recipients=list(row["recipients"] or []),
        evidence=Span(int(row["evidence_start"]), int(row["evidence_end"])),
        trigger=trigger,
        time=row["time"],
        time_granularity=row["time_granularity"],
        time_approximate=bool(row["time_approximate"]),
        location=row["location"],
        negated=bool(row["negated"]),
        hypothetical=bool(row["hypothetical"]),
        future=bool(row["future"]),
        historical=bool(row["historical"]),
        source=row["source"],
        cameo=row["cameo"],
        intensity=None if row["intensity"] is None else float(row["intensity"]),
    )


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
                article=_article(row),
                actors=[_actor(r) for r in ordered("actors")],
                mentions=[_mention(r) for r in ordered("mentions")],
                quotes=[_quote(r) for r in ordered("quotes")],
                times=[_time(r) for r in ordered("times")],
                events=[_event(r) for r in ordered("events")],
                sentences=[Span(int(r["start"]), int(r["end"])) for r in ordered("sentences")],
                flags=list(row["flags"] or []),
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
