"""The embedded store: one DuckDB file holding articles and what was extracted from them.

Per-article results are stored as they come out of the per-article stages (local actor ids);
cross-article stages run again when a briefing is asked for, so adding an article never needs
rewriting the others.  Each article is written in one transaction: a failure leaves the store as
it was.  Nested records are kept as JSON beside the columns one queries by.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

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

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, path VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
    byline VARCHAR, published DATE, genre VARCHAR, language VARCHAR, story VARCHAR,
    text VARCHAR NOT NULL, regions JSON, flags JSON, seq BIGINT);
CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
    sector VARCHAR, payload JSON, PRIMARY KEY (article_id, actor_id));
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, n INTEGER, kind VARCHAR, speaker_actor VARCHAR, payload JSON,
    PRIMARY KEY (article_id, n));
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, n INTEGER, value VARCHAR, granularity VARCHAR, payload JSON,
    PRIMARY KEY (article_id, n));
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, n INTEGER, type VARCHAR, time VARCHAR, payload JSON,
    PRIMARY KEY (article_id, n));
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR, n INTEGER, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (article_id, n));
"""
_TABLES = ("articles", "actors", "quotes", "times", "events", "sentences")


class StoreError(Exception):
    """A store that cannot be used as it is: said in one line, with what to do."""


def default_path() -> Path:
    """NEWSDESK_DB, else a file in the user's data directory."""
    env = os.environ.get("NEWSDESK_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("newsdesk", appauthor=False)) / "newsdesk.duckdb"


class Store:
    """A few verbs over one DuckDB file: add, has, articles, extractions, stories."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path))
        except duckdb.Error as err:
            raise StoreError(f"{self.path}: cannot open as a newsdesk store ({err})") from err
        self._check_schema()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ schema

    def _check_schema(self) -> None:
        tables = {
            row[0]
            for row in self.con.execute(
                "SELECT table_name FROM information_schema.tables"
            ).fetchall()
        }
        if not tables:
            self.con.execute(_SCHEMA)
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            return
        if "meta" not in tables:
            raise StoreError(
                f"{self.path}: not a newsdesk store (no schema version); use another --db path"
            )
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row and str(row[0]).isdigit() else None
        if version == SCHEMA_VERSION:
            return
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer newsdesk (schema {version}; this version reads "
                f"schema {SCHEMA_VERSION}); upgrade newsdesk"
            )
        raise StoreError(
            f"{self.path}: written by an older newsdesk (schema {version}) that cannot be "
            f"migrated; re-ingest the articles into a new store"
        )

    # ------------------------------------------------------------ writing

    def has(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add(self, ex: Extraction) -> bool:
        """Store one article and its extraction atomically; False if it was already stored."""
        art = ex.article
        if self.has(art.id):
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            seq_row = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()
            seq = int(seq_row[0]) if seq_row else 1
            self.con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    art.id,
                    art.path,
                    art.url,
                    art.outlet,
                    art.title,
                    art.byline,
                    art.published,
                    art.genre,
                    art.language,
                    art.story,
                    art.text,
                    json.dumps([r.to_json() for r in art.regions]),
                    json.dumps(ex.flags),
                    seq,
                ],
            )
            self._insert_many(
                "actors",
                [
                    [art.id, a.id, a.name, a.kind, a.country, a.sector, json.dumps(a.to_json())]
                    for a in ex.actors
                ],
            )
            self._insert_many(
                "quotes",
                [
                    [
                        art.id,
                        n,
                        q.kind,
                        q.speaker.actor if q.speaker else None,
                        json.dumps(q.to_json()),
                    ]
                    for n, q in enumerate(ex.quotes)
                ],
            )
            self._insert_many(
                "times",
                [
                    [art.id, n, t.value, t.granularity, json.dumps(t.to_json())]
                    for n, t in enumerate(ex.times)
                ],
            )
            self._insert_many(
                "events",
                [
                    [art.id, n, e.type, e.time, json.dumps(e.to_json())]
                    for n, e in enumerate(ex.events)
                ],
            )
            self._insert_many(
                "sentences", [[art.id, n, s.start, s.end] for n, s in enumerate(ex.sentences)]
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return True

    def _insert_many(self, table: str, rows: list[list[Any]]) -> None:
        if rows:
            marks = ", ".join("?" for _ in rows[0])
            self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    # ------------------------------------------------------------ reading

    def count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def stories(self) -> list[tuple[str, int]]:
        """(story label, article count), labelled stories first; unlabelled articles as ''."""
        rows = self.con.execute(
            "SELECT coalesce(story, ''), count(*) FROM articles GROUP BY 1 ORDER BY 1"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def articles(self, story: str | None = None) -> list[Article]:
        query = "SELECT * FROM articles"
        params: list[Any] = []
        if story is not None:
            query += " WHERE coalesce(story, '') = ?"
            params.append(story)
        query += " ORDER BY published NULLS LAST, outlet, id"
        cursor = self.con.execute(query, params)
        names = [d[0] for d in cursor.description]
        return [_article_from(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def extractions(self, story: str | None = None) -> list[Extraction]:
        """Stored per-article results, in the order of ``articles``."""
        return list(self._extractions(self.articles(story)))

    def _extractions(self, articles: list[Article]) -> Iterator[Extraction]:
        for art in articles:
            flags_row = self.con.execute(
                "SELECT flags FROM articles WHERE id = ?", [art.id]
            ).fetchone()
            flags = json.loads(flags_row[0]) if flags_row and flags_row[0] else []
            actors = [
                _actor_from(json.loads(p)) for (p,) in self._payloads("actors", art.id, "actor_id")
            ]
            mentions = sorted(
                (
                    Mention(s.start, s.end, art.text[s.start : s.end], a.kind, a.id)
                    for a in actors
                    for s in a.mentions
                ),
                key=lambda m: (m.start, m.end),
            )
            quotes = [_quote_from(json.loads(p)) for (p,) in self._payloads("quotes", art.id)]
            times = [_time_from(json.loads(p)) for (p,) in self._payloads("times", art.id)]
            events = [_event_from(json.loads(p)) for (p,) in self._payloads("events", art.id)]
            sentences = [
                Span(int(s), int(e))
                for s, e in self.con.execute(
                    "SELECT start_char, end_char FROM sentences WHERE article_id = ? ORDER BY n",
                    [art.id],
                ).fetchall()
            ]
            yield Extraction(art, actors, mentions, quotes, times, events, sentences, flags)

    def _payloads(self, table: str, article: str, order: str = "n") -> list[tuple[str]]:
        return self.con.execute(
            f"SELECT payload FROM {table} WHERE article_id = ? ORDER BY {order}", [article]
        ).fetchall()


def _article_from(row: dict[str, Any]) -> Article:
    published = row["published"]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    regions = [Region(r["kind"], r["start"], r["end"]) for r in json.loads(row["regions"] or "[]")]
    return Article(
        id=row["id"],
        text=row["text"],
        path=row["path"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        byline=row["byline"],
        published=published,
        genre=row["genre"],
        language=row["language"],
        regions=regions,
        story=row["story"],
    )


def _actor_from(d: dict[str, Any]) -> Actor:
    return Actor(
        d["id"],
        d["name"],
        d["kind"],
        list(d["aliases"]),
        [Title(t["text"], t["start"], t["end"]) for t in d["titles"]],
        d["affiliation"],
        d["country"],
        d["sector"],
        [Span(s, e) for s, e in d["mentions"]],
    )


def _quote_from(d: dict[str, Any]) -> Quote:
    sp = d["speaker"]
    cue = d["cue"]
    return Quote(
        d["kind"],
        Speaker(sp["text"], sp["start"], sp["end"], sp["actor"]) if sp else None,
        Cue(cue["text"], cue["lemma"], cue["start"], cue["end"]) if cue else None,
        [Span(s, e) for s, e in d["content"]],
        d.get("channel"),
        d.get("time"),
    )


def _time_from(d: dict[str, Any]) -> TimeExpr:
    return TimeExpr(
        d["text"],
        d["start"],
        d["end"],
        d["value"],
        d["granularity"],
        d.get("anchor"),
        d.get("kind", "date"),
        d.get("modifier"),
    )


def _event_from(d: dict[str, Any]) -> Event:
    fields = dict(d)
    evidence = fields.pop("evidence")
    trigger = fields.pop("trigger", None)
    known = set(Event.__dataclass_fields__)
    kwargs = {k: v for k, v in fields.items() if k in known}
    return Event(evidence=Span(*evidence), trigger=Span(*trigger) if trigger else None, **kwargs)
