"""The store's tables, its schema version, and what happens when a file of another version opens.

Per-article results are kept as their records' contract JSON (``payload``, written and read by
the records' own codecs in ``model.py``) beside the columns one queries by.  When the schema
changes, bump ``SCHEMA_VERSION``, say here what the new version adds, and teach ``Store`` to
migrate the previous one (with a test).

Versions: 1 had no stories (``articles.story`` a user label); 2 added copies (``copy_of``) and
centroid stories (``STORIES_2``); 3 adds the caller's own article ids (``external_id``), arrival
numbers from a sequence, and replaces the centroid tables with the indexed tables of
``link.placement`` (stories one event each, threads above them); 4 adds claims and stances
(``CLAIMS``).  A store of schema 1, 2 or 3 is migrated in place on open, step by step
(``Store._migrate``): its stories are formed again (from 1 or 2), and its texts parsed once
more for their claims and stances.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import duckdb

from newsdesk.link import placement

SCHEMA_VERSION = 4

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, path VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
    byline VARCHAR, published DATE, genre VARCHAR, language VARCHAR, story VARCHAR,
    text VARCHAR NOT NULL, regions JSON, flags JSON, seq BIGINT, copy_of VARCHAR,
    external_id VARCHAR);
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
CREATE SEQUENCE IF NOT EXISTS article_seq START 1;
"""
# Schema 2's story tables (stories and their centroids), kept for the 1 -> 2 step of a
# migration; 3 drops them for ``placement.TABLES``.
STORIES_2 = """
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, labelled BOOLEAN NOT NULL, seq BIGINT NOT NULL,
    first_published DATE, last_published DATE, size INTEGER NOT NULL, merged_into VARCHAR);
CREATE TABLE IF NOT EXISTS story_keys (
    story VARCHAR, key VARCHAR, weight DOUBLE NOT NULL, PRIMARY KEY (story, key));
CREATE TABLE IF NOT EXISTS key_df (key VARCHAR PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS minhashes (article_id VARCHAR PRIMARY KEY, signature BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS minhash_bands (band INTEGER, key BIGINT, article_id VARCHAR);
"""
FROM_1 = "ALTER TABLE articles ADD COLUMN copy_of VARCHAR"
FROM_2 = "ALTER TABLE articles ADD COLUMN external_id VARCHAR"
# What schema 4 adds to schema 3: claims and stances, per article like quotes (their contract
# JSON as payload), beside the columns one looks them up by.
CLAIMS = """
CREATE TABLE IF NOT EXISTS claims (
    article_id VARCHAR, n INTEGER, kind VARCHAR, topic VARCHAR, holder VARCHAR, payload JSON,
    PRIMARY KEY (article_id, n));
CREATE TABLE IF NOT EXISTS stances (
    article_id VARCHAR, n INTEGER, holder VARCHAR, topic VARCHAR, polarity VARCHAR, payload JSON,
    PRIMARY KEY (article_id, n));
"""
MIGRATES = (1, 2, 3)  # the versions ``Store`` migrates from


class StoreError(Exception):
    """A store that cannot be used as it is: said in one line, with what to do."""


def damaged(path: Path | str, why: object) -> StoreError:
    """The one line for a store file that is cut short, corrupt or missing a table."""
    reason = " ".join(str(why).split())[:300]
    return StoreError(
        f"{path}: the store is damaged ({reason}); restore the file from a backup, or "
        f"re-ingest the articles into a new store (--db NEW.duckdb)"
    )


def is_damage(error: BaseException) -> bool:
    """Whether a DuckDB error says the file is unreadable (not that one statement was wrong).

    A file cut short raises IOException, a table gone CatalogException, a failed block checksum
    the plain ``duckdb.Error``; after a fatal error DuckDB refuses every statement.
    """
    kinds = (duckdb.IOException, duckdb.CatalogException, duckdb.InternalException)
    fatal = (duckdb.FatalException,)
    return isinstance(error, kinds + fatal) or type(error) is duckdb.Error


def in_use(path: Path | str, error: object) -> StoreError | None:
    """The line for a store another process holds (DuckDB lets one process open a file)."""
    text = str(error)
    if "Could not set lock" not in text:
        return None
    held = re.search(r"\(PID (\d+)\)", text)
    by = f" (PID {held.group(1)})" if held else ""
    return StoreError(
        f"{path}: the store is open in another process{by}, such as `newsdesk serve`; DuckDB "
        f"lets one process use a store at a time: stop that process, add articles through the "
        f"running server (its upload form, or POST /articles), or use a copy of the file"
    )


def default_path() -> Path:
    """NEWSDESK_DB, else a file in the user's data directory."""
    env = os.environ.get("NEWSDESK_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("newsdesk", appauthor=False)) / "newsdesk.duckdb"


def prepare(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    """Create the tables in an empty database; the schema version of one that has them.

    Returns ``SCHEMA_VERSION`` or a version the caller knows how to migrate (``MIGRATES``); anything
    else is refused with a ``StoreError`` saying what to do.
    """
    tables = {
        row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    if not tables:
        con.execute(TABLES + placement.TABLES + CLAIMS)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        return SCHEMA_VERSION
    if "meta" not in tables:
        raise StoreError(f"{path}: not a newsdesk store (no schema version); use another --db path")
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row and str(row[0]).isdigit() else None
    if version is not None and version in (*MIGRATES, SCHEMA_VERSION):
        _check_tables(con, path, version)
        return version
    if version is not None and version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: written by a newer newsdesk (schema {version}; this version reads "
            f"schema {SCHEMA_VERSION}); upgrade newsdesk"
        )
    raise StoreError(
        f"{path}: written by an older newsdesk (schema {version}) that cannot be "
        f"migrated; re-ingest the articles into a new store"
    )


def set_version(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])


@cache
def expected_columns(version: int) -> dict[str, tuple[str, ...]]:
    """Each table's columns in a store of ``version`` (1 to 4), from the DDL itself."""
    con = duckdb.connect(":memory:")
    stories = {1: "", 2: STORIES_2}.get(version, placement.TABLES)
    con.execute(TABLES + stories + (CLAIMS if version >= 4 else ""))
    found = _columns(con)
    con.close()
    added = {1: ("copy_of", "external_id"), 2: ("external_id",)}.get(version, ())
    found["articles"] = tuple(c for c in found["articles"] if c not in added)
    return found


def _columns(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "ORDER BY table_name, ordinal_position"
    ).fetchall():
        found.setdefault(str(table), []).append(str(column))
    return {t: tuple(c) for t, c in found.items()}


def _check_tables(con: duckdb.DuckDBPyConnection, path: Path, version: int) -> None:
    """A table or column gone (dropped by hand, a file mended badly) is damage, said at open."""
    held = _columns(con)
    for table, columns in expected_columns(version).items():
        if table not in held:
            raise damaged(path, f"table {table} is missing")
        missing = [c for c in columns if c not in held[table]]
        if missing:
            raise damaged(path, f"table {table} has no column {', '.join(missing)}")


def verify(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Read every column of every table once: a file cut short or a block whose checksum fails
    is found now, not by the first reader that happens on it.  Costs one scan of the store."""
    for table in sorted(expected_columns(SCHEMA_VERSION)):
        try:
            con.execute(f"SELECT min(COLUMNS(*)) FROM {table}").fetchall()
        except duckdb.Error as error:
            raise damaged(path, f"table {table}: {error}") from None
