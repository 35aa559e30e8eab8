"""The DuckDB store: round trips, idempotent re-ingest, atomic articles, schema versions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsdesk.model import (
    Actor,
    Article,
    Cue,
    Event,
    Extraction,
    Quote,
    Referent,
    Region,
    Span,
    Speaker,
    TimeExpr,
    Title,
    article_id,
)
from newsdesk.store import SCHEMA_VERSION, Store, StoreError

TEXT = "Mayor Lena Holt said on Monday that the bridge would reopen. “It is safe,” she said."


def sample() -> Extraction:
    art = Article(
        id=article_id(TEXT),
        text=TEXT,
        path="holt.txt",
        outlet="The Daily",
        title="Bridge to reopen",
        published=date(2024, 5, 7),
        genre="news",
        language="en",
        regions=[Region("body", 0, len(TEXT))],
    )
    holt = Actor(
        "person:lena-holt",
        "Lena Holt",
        "person",
        ["Holt"],
        [Title("Mayor", 0, 5)],
        None,
        None,
        "GOV",
        [Span(6, 15)],
    )
    quote = Quote(
        "direct",
        Speaker("she", 79, 82, holt.id),
        Cue("said", "say", 83, 87),
        [Span(63, 75)],
        None,
        None,
        [Referent(62, 64, "It", [], "the bridge")],
    )
    time = TimeExpr("Monday", 27, 33, "2024-05-06", "day", "published:2024-05-07")
    event = Event(
        "AGREE", None, [holt.id], [], Span(0, 61), time="2024-05-06", time_granularity="day"
    )
    return Extraction(art, [holt], [], [quote], [time], [event], [Span(0, 61), Span(62, 88)])


def test_round_trip_keeps_every_record(tmp_path: Path) -> None:
    ex = sample()
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add(ex) is True
    with Store(tmp_path / "s.duckdb") as store:
        [back] = store.extractions()
    assert back.article == ex.article
    assert back.actors == ex.actors
    assert back.quotes == ex.quotes
    assert back.times == ex.times
    assert back.events == ex.events
    assert back.sentences == ex.sentences
    assert [(m.text, m.actor) for m in back.mentions] == [("Lena Holt", "person:lena-holt")]


def test_a_quote_payload_from_before_referents_reads_with_none() -> None:
    payload = sample().quotes[0].to_json()
    assert payload["referents"] == [
        {"start": 62, "end": 64, "text": "It", "actors": [], "referent": "the bridge"}]
    del payload["referents"]  # type: ignore[misc]
    assert Quote.from_json(dict(payload)).referents == []


def test_same_text_twice_is_a_no_op(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add(sample()) is True
        assert store.add(sample()) is False
        assert store.count() == 1


def test_failed_article_leaves_nothing_half_written(tmp_path: Path) -> None:
    good = sample()
    other_text = TEXT + " More."
    bad = sample()
    bad.article.id = article_id(other_text)
    bad.article.text = other_text
    # Two actors with one id clash on the actors key after the article row was written.
    bad.actors = [bad.actors[0], bad.actors[0]]
    with Store(tmp_path / "s.duckdb") as store:
        store.add(good)
        with pytest.raises(duckdb.Error):
            store.add(bad)
        assert store.count() == 1
        rows = store.con.execute(
            "SELECT count(*) FROM times WHERE article_id = ?", [bad.article.id]
        ).fetchone()
        assert rows == (0,)
        assert len(store.extractions()) == 1


def test_older_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    con.close()
    with pytest.raises(StoreError, match=r"older newsdesk .*re-ingest"):
        Store(path)


def test_newer_schema_and_foreign_database_are_refused(tmp_path: Path) -> None:
    newer = tmp_path / "new.duckdb"
    con = duckdb.connect(str(newer))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match="newer newsdesk"):
        Store(newer)
    foreign = tmp_path / "foreign.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE sales (n INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a newsdesk store"):
        Store(foreign)


def test_default_path_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.store import default_path

    monkeypatch.setenv("NEWSDESK_DB", str(tmp_path / "env.duckdb"))
    assert default_path() == tmp_path / "env.duckdb"
    monkeypatch.delenv("NEWSDESK_DB")
    assert default_path().name == "newsdesk.duckdb"


# Schema 1 exactly as newsdesk 0.1 wrote it: articles.story was a user label, no stories.
V1_DDL = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, path VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
    byline VARCHAR, published DATE, genre VARCHAR, language VARCHAR, story VARCHAR,
    text VARCHAR NOT NULL, regions JSON, flags JSON, seq BIGINT);
CREATE TABLE actors (
    article_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
    sector VARCHAR, payload JSON, PRIMARY KEY (article_id, actor_id));
CREATE TABLE quotes (
    article_id VARCHAR, n INTEGER, kind VARCHAR, speaker_actor VARCHAR, payload JSON,
    PRIMARY KEY (article_id, n));
CREATE TABLE times (
    article_id VARCHAR, n INTEGER, value VARCHAR, granularity VARCHAR, payload JSON,
    PRIMARY KEY (article_id, n));
CREATE TABLE events (
    article_id VARCHAR, n INTEGER, type VARCHAR, time VARCHAR, payload JSON,
    PRIMARY KEY (article_id, n));
CREATE TABLE sentences (
    article_id VARCHAR, n INTEGER, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (article_id, n));
INSERT INTO meta VALUES ('schema_version', '1');
"""

BRIDGE_AGAIN = (
    "Mayor Lena Holt said on Tuesday that the bridge had reopened to traffic after repairs "
    "to its cables. Engineers inspected the bridge deck and the cables overnight, and the "
    "mayor thanked drivers for their patience during the closure of the bridge."
)
BRIDGE_COPY = TEXT.replace("“It is safe,”", '"It is safe,"') + " Syndicated."
ORCHARD = (
    "Apple growers in the valley reported a late frost that damaged blossom in the orchards, "
    "and the growers' cooperative asked the agriculture ministry for help with the losses "
    "before the harvest season begins."
)


def write_v1(path: Path) -> list[str]:
    """A schema-1 store of four articles: a labelled one, its follow-up, a copy, another topic."""
    con = duckdb.connect(str(path))
    con.execute(V1_DDL)
    ids = []
    rows = [
        (TEXT, "Bridge to reopen", date(2024, 5, 7), "bridge works"),
        (BRIDGE_AGAIN, "Bridge reopens", date(2024, 5, 8), None),
        (ORCHARD, "Frost hits orchards", date(2024, 5, 8), None),
        (BRIDGE_COPY, "Holt: bridge safe", date(2024, 5, 7), None),
    ]
    for seq, (text, title, day, story) in enumerate(rows, start=1):
        ident = article_id(text)
        ids.append(ident)
        con.execute(
            "INSERT INTO articles VALUES (?, ?, NULL, 'The Daily', ?, NULL, ?, 'news', 'en', ?, "
            "?, ?, '[]', ?)",
            [
                ident,
                f"{seq}.txt",
                title,
                day,
                story,
                text,
                json.dumps([{"kind": "body", "start": 0, "end": len(text)}]),
                seq,
            ],
        )
        if "Holt" in text:
            start = text.index("Lena Holt")
            holt = sample().actors[0]
            holt.mentions = [Span(start, start + 9)]
            con.execute(
                "INSERT INTO actors VALUES (?, ?, 'Lena Holt', 'person', NULL, 'GOV', ?)",
                [ident, holt.id, json.dumps(holt.to_json())],
            )
    con.close()
    return ids


def test_schema_1_store_is_migrated_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    labelled, follow_up, orchard, copy = write_v1(path)
    with Store(path) as store:
        version = store.con.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        assert version == (str(SCHEMA_VERSION),)
        assert store.count() == 4
        stories = {s.id: s for s in store.stories()}
        bridge = stories[f"s-{labelled}"]
        assert (bridge.label, bridge.labelled) == ("bridge works", True)
        # The label was kept, the unlabelled follow-up joined it, and of two copies of one day
        # the one with the smaller id is the original (canonical, whatever the arrival order).
        original, duplicate = sorted([labelled, copy])
        assert {m.id for m in bridge.originals} == {original, follow_up}
        assert [(m.id, m.copy_of) for m in bridge.copies] == [(duplicate, original)]
        assert {m.id for m in stories[f"s-{orchard}"].members} == {orchard}
        [holt] = next(ex for ex in store.extractions() if ex.article.id == original).actors
        assert holt.name == "Lena Holt"
        assert store.find_story("bridge works") == bridge
    with Store(path) as again:  # opening a migrated store changes nothing
        assert again.stories() == list(stories.values())


# What schema 2 added to schema 1, exactly as newsdesk wrote it (centroid stories).
V2_DDL = """
ALTER TABLE articles ADD COLUMN copy_of VARCHAR;
CREATE TABLE stories (
    id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, labelled BOOLEAN NOT NULL, seq BIGINT NOT NULL,
    first_published DATE, last_published DATE, size INTEGER NOT NULL, merged_into VARCHAR);
CREATE TABLE story_keys (
    story VARCHAR, key VARCHAR, weight DOUBLE NOT NULL, PRIMARY KEY (story, key));
CREATE TABLE key_df (key VARCHAR PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE minhashes (article_id VARCHAR PRIMARY KEY, signature BLOB NOT NULL);
CREATE TABLE minhash_bands (band INTEGER, key BIGINT, article_id VARCHAR);
UPDATE meta SET value = '2' WHERE key = 'schema_version';
"""


def write_v2(path: Path) -> list[str]:
    """A schema-2 store: the schema-1 articles, a labelled story, the others in one centroid
    story that had swallowed an unrelated article (as schema 2 could), one merged alias."""
    labelled, follow_up, orchard, copy = write_v1(path)
    con = duckdb.connect(str(path))
    con.execute(V2_DDL)
    con.execute(
        "INSERT INTO stories VALUES (?, 'bridge works', true, 1, '2024-05-07', '2024-05-07', 1, "
        "NULL), (?, 'Bridge reopens', false, 2, '2024-05-08', '2024-05-08', 3, NULL), "
        "(?, 'Frost hits orchards', false, 3, NULL, NULL, 0, ?)",
        [f"s-{labelled}", f"s-{follow_up}", f"s-{orchard}", f"s-{follow_up}"],
    )
    con.execute("UPDATE articles SET story = ? WHERE id = ?", [f"s-{labelled}", labelled])
    for other in (follow_up, orchard, copy):
        con.execute("UPDATE articles SET story = ? WHERE id = ?", [f"s-{follow_up}", other])
    con.execute("UPDATE articles SET copy_of = ? WHERE id = ?", [labelled, copy])
    con.execute("INSERT INTO story_keys VALUES (?, 'bridge', 1.0)", [f"s-{follow_up}"])
    con.close()
    return [labelled, follow_up, orchard, copy]


def test_schema_2_store_is_migrated_and_its_stories_formed_again(tmp_path: Path) -> None:
    path = tmp_path / "v2.duckdb"
    labelled, follow_up, orchard, copy = write_v2(path)
    with Store(path) as store:
        version = store.con.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        assert version == (str(SCHEMA_VERSION),)
        tables = {
            r[0]
            for r in store.con.execute(
                "SELECT table_name FROM information_schema.tables"
            ).fetchall()
        }
        assert "story_keys" not in tables and {"article_vectors", "story_postings"} <= tables
        assert store.count() == 4
        stories = {s.id: s for s in store.stories()}
        # The label survives; the orchard article leaves the story it had been chained into.
        bridge = stories[f"s-{labelled}"]
        assert (bridge.label, bridge.labelled) == ("bridge works", True)
        original, duplicate = sorted([labelled, copy])
        assert {m.id for m in bridge.originals} == {original, follow_up}
        assert [(m.id, m.copy_of) for m in bridge.copies] == [(duplicate, original)]
        assert [m.id for s in stories.values() for m in s.members if s.id != bridge.id] == [orchard]
        assert all(m.external_id is None for s in stories.values() for m in s.members)
        # A new article with an external id is stored with it.
        ex = sample()
        ex.article.text += " Later."
        ex.article.id = article_id(ex.article.text)
        ex.article.external_id = "feed-7"
        assert store.add(ex)
        assert store.extraction(ex.article.id).article.external_id == "feed-7"  # type: ignore[union-attr]
    with Store(path) as again:  # opening a migrated store changes nothing
        assert {s.id for s in again.stories()} >= set(stories)


def test_articles_page_in_sql_and_read_back_whole(tmp_path: Path) -> None:
    days = [date(2024, 5, d) for d in (9, 7, 8)]
    with Store(tmp_path / "s.duckdb") as store:
        for text, day in zip((TEXT, BRIDGE_AGAIN, ORCHARD), days, strict=True):
            ex = sample()  # the sample's records on three different texts: none is a copy
            ex.article.text, ex.article.id, ex.article.published = text, article_id(text), day
            store.add(ex, label="bridge")
        everything = store.articles()
        assert [a.published for a in everything] == sorted(days)
        assert store.articles(limit=2, offset=1) == everything[1:3]
        assert store.articles(limit=5, offset=3) == []
        whole = store.extractions()
        assert [ex.article for ex in whole] == everything
        assert all(len(ex.quotes) == 1 and len(ex.sentences) == 2 for ex in whole)


class _FailingCommit:
    """A connection whose next COMMIT fails the way DuckDB's does on a conflict: the
    transaction is over (rolled back) and the error says why."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.armed = True

    def execute(self, sql: str, *args: object) -> duckdb.DuckDBPyConnection:
        if sql == "COMMIT" and self.armed:
            self.armed = False
            self.con.execute("ROLLBACK")
            raise duckdb.TransactionException("write-write conflict on the articles table")
        return self.con.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.con, name)


def test_a_failed_commit_reports_its_own_error_and_the_next_article_is_stored(
        tmp_path: Path) -> None:
    """When DuckDB has already ended the transaction, ROLLBACK must not replace the cause
    with "no transaction is active", and the store goes on."""
    first = sample()
    second = sample()
    other_text = TEXT + " More."
    second.article.id = article_id(other_text)
    second.article.text = other_text
    with Store(tmp_path / "s.duckdb") as store:
        real = store.con
        store.con = _FailingCommit(real)  # type: ignore[assignment]
        with pytest.raises(duckdb.TransactionException, match="write-write conflict"):
            store.add(first)
        store.con = real
        assert store.count() == 0
        store.add(second)
        assert store.count() == 1
