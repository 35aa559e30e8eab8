"""The embedded store: one DuckDB file holding articles and what was extracted from them.

Per-article results are stored as they come out of the per-article stages (local actor ids);
cross-article stages run again when a briefing is asked for, so adding an article never needs
rewriting the others.  Each article is written in one transaction: a failure leaves the store as
it was.  Records are kept as their contract JSON beside the columns one queries by
(``records.py`` says what each row holds; ``schema.py`` holds the tables and their version).

Stories are assigned as articles arrive, inside the article's transaction (``link.stories``
says how and what depends on arrival order): each story keeps its centroid here (``story_keys``
with summed weights, ``stories`` with size and date range) and ``key_df`` keeps document
frequencies, so placing an article reads a few candidate stories and never re-reads articles.
Near-duplicates (``link.dedupe``) are found through MinHash LSH bands and stored with
``copy_of``: they sit in their original's story but are not sources of their own.

Schema 1 (no stories, ``articles.story`` a user label) is migrated in place on open: the
articles are replayed in arrival order through the same placement, labels kept as forced
stories.
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any

import duckdb

from newsdesk.link import dedupe
from newsdesk.link import stories as clustering
from newsdesk.model import Article, Extraction
from newsdesk.store import records, schema
from newsdesk.store.records import Member, StoryInfo, StoryJSON
from newsdesk.store.schema import SCHEMA_VERSION, StoreError, default_path

__all__ = [
    "SCHEMA_VERSION",
    "Member",
    "Store",
    "StoreError",
    "StoryInfo",
    "StoryJSON",
    "default_path",
]

CANDIDATES = 30  # stories scored in full for each arriving article


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
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ schema

    def _check_schema(self) -> None:
        if schema.prepare(self.con, self.path) == 1:
            self._migrate_from_1()

    def _migrate_from_1(self) -> None:
        """Schema 1 → 2: add copies and stories, replaying the articles in arrival order."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(schema.FROM_1)
            self.con.execute(schema.STORIES)
            rows = self.con.execute("SELECT id, story FROM articles ORDER BY seq, id").fetchall()
            for article, label in rows:
                [ex] = self._select_extractions("id = ?", [article])
                story, copy_of = self._place(ex, label or None)
                self.con.execute(
                    "UPDATE articles SET story = ?, copy_of = ? WHERE id = ?",
                    [story, copy_of, article],
                )
            schema.set_version(self.con)
            self.con.execute("COMMIT")
        except BaseException as error:
            self.con.execute("ROLLBACK")
            raise StoreError(
                f"{self.path}: could not migrate schema 1 to {SCHEMA_VERSION} ({error}); "
                f"re-ingest the articles into a new store"
            ) from error

    # ------------------------------------------------------------ writing

    def has(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add(self, ex: Extraction, label: str | None = None) -> bool:
        """Store one article and its extraction atomically; False if it was already stored.

        The article joins a story (or starts one) in the same transaction; ``label`` files it
        under the story with that user label instead, creating it if needed.  ``ex.article.story``
        is set to the story id it was filed under.
        """
        art = ex.article
        if self.has(art.id):
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            seq_row = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()
            seq = int(seq_row[0]) if seq_row else 1
            story, copy_of = self._place(ex, label)
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
            self.con.execute("ROLLBACK")
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

    def _place(self, ex: Extraction, label: str | None) -> tuple[str, str | None]:
        """(story id, original's id if a copy) for an arriving article; updates the centroids.

        Runs inside the caller's transaction, before the article's own row is written.
        """
        art = ex.article
        signature = dedupe.article_minhash(art)
        original = self._original_of(signature) if signature is not None else None
        if signature is not None:
            self.con.execute(
                "INSERT INTO minhashes VALUES (?, ?)", [art.id, dedupe.to_bytes(signature)]
            )
            self.con.execute(
                "INSERT INTO minhash_bands SELECT unnest(?::INTEGER[]), unnest(?::BIGINT[]), ?",
                [list(range(dedupe.BANDS)), dedupe.band_keys(signature), art.id],
            )
        if original is not None:  # a copy: its original's story, no weight of its own
            story = self._labelled_story(label, art) if label else self._story_of(original)
            return story, original
        sig = clustering.signature(ex)
        if label:
            story = self._labelled_story(label, art)
        else:
            weights = self._weights(clustering.keys(sig))
            candidates = self._centroids(clustering.candidate_keys(sig, weights), weights)
            known = {k for c in candidates for k in (*c.terms, *_actor_keys(c))}
            more = sorted(known - set(weights))
            weights.update(self._weights(more))
            scored = clustering.scores(sig, candidates, weights)  # once: best and merges
            chosen, _score = clustering.best_of(scored)
            story = chosen or self._new_story(art, None)
            if chosen is not None:
                story = self._merge(clustering.reached(scored), chosen)
        self._absorb(story, sig)
        return story, None

    def _merge(self, joined: list[str], best: str) -> str:
        """One story of every unlabelled story an article reaches; returns the one it joins.

        An article that reaches two stories shows they tell one story that started twice
        (typically because its first articles arrived before anything linked them).  The
        oldest keeps its id; the others point to it with ``merged_into``.  Stories a user
        labelled are never merged, and an article whose best story is labelled just joins it.
        """
        labelled = {
            str(r[0])
            for r in self.con.execute(
                "SELECT id FROM stories WHERE labelled AND id IN (SELECT unnest(?::VARCHAR[]))",
                [joined],
            ).fetchall()
        }
        merging = [s for s in joined if s not in labelled]
        if best in labelled or len(merging) < 2:
            return best
        survivor, others = merging[0], merging[1:]
        self.con.execute(
            "INSERT INTO story_keys SELECT ?, key, sum(weight) FROM story_keys "
            "WHERE story IN (SELECT unnest(?::VARCHAR[])) GROUP BY key "
            "ON CONFLICT (story, key) DO UPDATE SET weight = weight + excluded.weight",
            [survivor, others],
        )
        self.con.execute(
            "DELETE FROM story_keys WHERE story IN (SELECT unnest(?::VARCHAR[]))", [others]
        )
        self.con.execute(
            "UPDATE articles SET story = ? WHERE story IN (SELECT unnest(?::VARCHAR[]))",
            [survivor, others],
        )
        self.con.execute(
            "UPDATE stories SET size = s.size + m.size, "
            "first_published = least(s.first_published, m.first), "
            "last_published = greatest(s.last_published, m.last) "
            "FROM stories s, (SELECT sum(size) AS size, min(first_published) AS first, "
            "max(last_published) AS last FROM stories WHERE id IN (SELECT unnest(?::VARCHAR[]))) m "
            "WHERE stories.id = ? AND s.id = stories.id",
            [others, survivor],
        )
        self.con.execute(
            "UPDATE stories SET size = 0, merged_into = ? "
            "WHERE id IN (SELECT unnest(?::VARCHAR[])) "
            "OR merged_into IN (SELECT unnest(?::VARCHAR[]))",
            [survivor, others, others],
        )
        return survivor

    def _original_of(self, signature: dedupe.Signature) -> str | None:
        """The stored article this one copies (the root of its copies), or None."""
        rows = self.con.execute(
            "SELECT DISTINCT m.article_id, m.signature, a.seq FROM minhash_bands b "
            "JOIN (SELECT unnest(?::INTEGER[]) AS band, unnest(?::BIGINT[]) AS key) q "
            "ON b.band = q.band AND b.key = q.key "
            "JOIN minhashes m ON m.article_id = b.article_id "
            "JOIN articles a ON a.id = m.article_id ORDER BY a.seq",
            [list(range(dedupe.BANDS)), dedupe.band_keys(signature)],
        ).fetchall()
        best: tuple[float, str] | None = None
        for article, blob, _seq in rows:
            similarity = dedupe.jaccard(signature, dedupe.from_bytes(bytes(blob)))
            if similarity >= dedupe.COPY_THRESHOLD and (best is None or similarity > best[0]):
                best = (similarity, str(article))
        if best is None:
            return None
        root = self.con.execute(
            "SELECT coalesce(copy_of, id) FROM articles WHERE id = ?", [best[1]]
        ).fetchone()
        return str(root[0]) if root else best[1]

    def _story_of(self, article: str) -> str:
        row = self.con.execute("SELECT story FROM articles WHERE id = ?", [article]).fetchone()
        if not row or row[0] is None:
            raise StoreError(f"{self.path}: article {article} has no story")
        return str(row[0])

    def _labelled_story(self, label: str, art: Article) -> str:
        row = self.con.execute(
            "SELECT id FROM stories WHERE labelled AND label = ? AND merged_into IS NULL "
            "ORDER BY seq LIMIT 1",
            [label],
        ).fetchone()
        return str(row[0]) if row else self._new_story(art, label)

    def _new_story(self, art: Article, label: str | None) -> str:
        ident = clustering.story_id(art.id)
        seq_row = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM stories").fetchone()
        name = label or art.title or (Path(art.path).name if art.path else None) or art.id
        self.con.execute(
            "INSERT INTO stories VALUES (?, ?, ?, ?, NULL, NULL, 0, NULL)",
            [ident, name, label is not None, int(seq_row[0]) if seq_row else 1],
        )
        return ident

    def _weights(self, keys: list[str]) -> dict[str, float]:
        """IDF of each key (word or "@"+actor) over the stored originals."""
        if not keys:
            return {}
        total_row = self.con.execute("SELECT coalesce(sum(size), 0) FROM stories").fetchone()
        total = int(total_row[0]) if total_row else 0
        df = dict(
            self.con.execute(
                "SELECT key, df FROM key_df WHERE key IN (SELECT unnest(?::VARCHAR[]))", [keys]
            ).fetchall()
        )
        return {k: clustering.idf(int(df.get(k, 0)), total) for k in keys}

    def _centroids(self, keys: list[str], weights: dict[str, float]) -> list[clustering.Centroid]:
        """The stories sharing most with the article's keys, oldest first, with centroids.

        Stories are pre-ranked by a partial dot product over the article's candidate keys and
        only the best ``CANDIDATES`` are scored, so placing an article costs about the same in
        a store of a thousand stories as in one of ten.
        """
        rows = self.con.execute(
            "SELECT id, first_published, last_published, size FROM stories WHERE id IN ("
            "SELECT k.story FROM story_keys k JOIN stories s ON s.id = k.story "
            "JOIN (SELECT unnest(?::VARCHAR[]) AS key, unnest(?::DOUBLE[]) AS w) q "
            "ON k.key = q.key GROUP BY k.story "
            "ORDER BY sum(q.w * k.weight / sqrt(s.size)) DESC, k.story LIMIT ?) "
            "ORDER BY seq",
            [keys, [weights.get(k, 1.0) ** 2 for k in keys], CANDIDATES],
        ).fetchall()
        centroids = {
            str(ident): clustering.Centroid(str(ident), first=first, last=last, size=int(size))
            for ident, first, last, size in rows
        }
        if not centroids:
            return []
        # One row per story with its keys in order: the dicts are built from lists, not a
        # Python loop over every key of every candidate story.
        for story, keys, values in self.con.execute(
            "SELECT story, list(key ORDER BY key), list(weight ORDER BY key) FROM story_keys "
            "WHERE story IN (SELECT unnest(?::VARCHAR[])) GROUP BY story",
            [list(centroids)],
        ).fetchall():
            centroid = centroids[str(story)]
            cut = bisect.bisect_left(keys, clustering.ACTOR_KEY + "\uffff")  # "@…" sort first
            prefix = len(clustering.ACTOR_KEY)
            actors, terms = zip(keys[:cut], values[:cut], strict=True), zip(
                keys[cut:], values[cut:], strict=True
            )
            centroid.actors = {k[prefix:]: float(w) for k, w in actors}
            centroid.terms = {k: float(w) for k, w in terms}
        return list(centroids.values())

    def _absorb(self, story: str, sig: clustering.Signature) -> None:
        """Add an article's weights to its story's centroid and its keys to the frequencies.

        One set-based statement per table: DuckDB's executemany runs a statement per row.
        """
        weights = {**sig.terms, **{clustering.ACTOR_KEY + k: w for k, w in sig.actors.items()}}
        if weights:
            ordered = sorted(weights)
            self.con.execute(
                "INSERT INTO story_keys SELECT ?, unnest(?::VARCHAR[]), unnest(?::DOUBLE[]) "
                "ON CONFLICT (story, key) DO UPDATE SET weight = weight + excluded.weight",
                [story, ordered, [weights[k] for k in ordered]],
            )
            self.con.execute(
                "INSERT INTO key_df SELECT unnest(?::VARCHAR[]), 1 "
                "ON CONFLICT (key) DO UPDATE SET df = df + 1",
                [clustering.keys(sig)],
            )
        self.con.execute(
            "UPDATE stories SET size = size + 1, "
            "first_published = least(coalesce(first_published, ?::DATE), ?::DATE), "
            "last_published = greatest(coalesce(last_published, ?::DATE), ?::DATE) WHERE id = ?",
            [sig.published, sig.published, sig.published, sig.published, story],
        )

    # ------------------------------------------------------------ reading

    def count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def stories(self) -> list[StoryInfo]:
        """Every story with its members, in order of creation."""
        members: dict[str, list[Member]] = {}
        for ident, title, outlet, published, copy_of, story in self.con.execute(
            "SELECT id, title, outlet, published, copy_of, story FROM articles "
            "ORDER BY published NULLS LAST, outlet, id"
        ).fetchall():
            members.setdefault(str(story), []).append(
                Member(ident, title, outlet, published, copy_of)
            )
        return [
            StoryInfo(str(ident), str(label), bool(labelled), members.get(str(ident), []))
            for ident, label, labelled in self.con.execute(
                "SELECT id, label, labelled FROM stories WHERE merged_into IS NULL ORDER BY seq"
            ).fetchall()
        ]

    def find_story(self, key: str) -> StoryInfo | None:
        """A story by id, else by label; a label two stories share names neither."""
        row = self.con.execute("SELECT merged_into FROM stories WHERE id = ?", [key]).fetchone()
        if row and row[0] is not None:  # a story merged into another is found as that one
            key = str(row[0])
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


def _actor_keys(centroid: clustering.Centroid) -> list[str]:
    return [clustering.ACTOR_KEY + a for a in centroid.actors]
