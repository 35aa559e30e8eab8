"""Story placement inside the store: copies, the open day, and the tables behind them.

``link.stories`` holds the maths; this module keeps its state in the store's DuckDB file and
runs inside the store's transactions.  Every lookup goes through an index, so placing an
article costs the same in a store of a hundred articles as in one of a million:

- ``article_vectors`` keeps each article's key weights and its unit TF-IDF vector (IDF fixed
  when its day was clustered), keyed by article and indexed by day;
- ``story_postings`` is an inverted index from ``"DAY|key"`` to articles: the articles of a day
  find the stories open around them through their most distinctive keys, one index probe per
  key and day, never through a scan;
- ``stories`` keeps each story's members, so a candidate story's vectors are read by key;
- ``key_df`` holds document frequencies (the stream's own IDF; the row of the empty key counts
  the originals), brought up to date when a day is clustered;
- ``minhashes`` / ``minhash_bands`` find near-duplicates (``link.dedupe``) through an index on
  the band keys.

Arrival and the open day.  An arriving article is stored with its key weights and, in the same
transaction, put in a story: a copy in its original's story, an article filed under a user's
label (``ingest --story``) in that story, any other in a provisional story of its own.  Its
day is then *pending*.  When the day closes (an article of a later day arrives, or the ingest
that brought it ends: ``settle``), the day's articles are clustered as one batch
(``stories.group_average``) with the stories open around it, IDF counting everything stored;
the stories they form are linked into threads.  The final stories of a stream that arrives in
date order therefore depend on each day's set of articles, not on the order within a day.
Near-duplicates are made canonical at the same time: of a set of copies, the earliest (by date,
then id) is the original.  Articles filed under a label stay where they were put.

A day that opens again (an article arrives for a day already closed: a second ingest of the
same days, a stream out of date order) clusters only its new articles, against the stories
around it, the day's own among them; the day's earlier articles keep their stories and their
vectors.  So settling costs what the new articles cost, never a whole day again, however many
articles the day already holds.

Documented limits: until its day closes, an article stands alone in its story; the stories of
a day that closed more than once depend on how its articles were split between the closings
(deterministic, but a stream out of date order does not give the stories it gives in date
order); and IDF keeps growing with the store, so the same words weigh differently early and
late in a store's life.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb

from newsdesk.ingest.furniture import is_furniture, is_gallery_link, lead_text
from newsdesk.link import dedupe, embeddings
from newsdesk.link import stories as clustering
from newsdesk.model import Article, Extraction, Region, Span


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """ROLLBACK the open transaction, unless DuckDB has already ended it (a failed statement
    or COMMIT can abort it): then ROLLBACK would raise "no transaction is active" and hide
    the error that made the caller roll back, which is the one to report."""
    with contextlib.suppress(duckdb.TransactionException):
        con.execute("ROLLBACK")


TABLES = """
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, labelled BOOLEAN NOT NULL,
    first_published DATE, last_published DATE, size INTEGER NOT NULL, thread VARCHAR,
    members VARCHAR[] NOT NULL);
CREATE TABLE IF NOT EXISTS article_vectors (
    article_id VARCHAR PRIMARY KEY, day DATE, keys VARCHAR[] NOT NULL, tf DOUBLE[] NOT NULL,
    vec DOUBLE[] NOT NULL, counted BOOLEAN NOT NULL, embedding FLOAT[]);
CREATE INDEX IF NOT EXISTS article_vectors_day ON article_vectors (day);
CREATE TABLE IF NOT EXISTS story_postings (bucket VARCHAR NOT NULL, article_id VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS story_postings_bucket ON story_postings (bucket);
CREATE TABLE IF NOT EXISTS key_df (key VARCHAR PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS minhashes (article_id VARCHAR PRIMARY KEY, signature BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS minhash_bands (band INTEGER, key BIGINT, article_id VARCHAR);
CREATE INDEX IF NOT EXISTS minhash_bands_key ON minhash_bands (key);
CREATE TABLE IF NOT EXISTS pending_days (day VARCHAR PRIMARY KEY);
"""
UNDATED = "undated"  # the pending "day" of articles without a date
EMBEDDINGS = "story_embeddings"  # meta key: the sentence model a store clusters with, if any
_ORIGINALS = ""  # the key_df row counting the originals themselves (no word is empty)
_CHUNK = 500  # values per IN (...) list


def _marks(n: int) -> str:
    """A literal parameter list: DuckDB probes an index for IN (?, ?, ...), not for a subquery."""
    return "(" + ", ".join("?" * n) + ")" if n else "(NULL)"


def _day_key(day: date | None) -> str:
    return day.isoformat() if day is not None else UNDATED


def _around(day: date | None, days: int) -> list[str]:
    if day is None:
        return [UNDATED]
    return [(day + timedelta(days=d)).isoformat() for d in range(-days, days + 1)]


def _canonical(day: date | None, ident: str) -> tuple[int, str]:
    """Order of originality: earlier date first, undated last, then id."""
    return (day.toordinal() if day is not None else 1 << 30, ident)


@dataclass(frozen=True)
class Stored:
    """One article as placement reads it back."""

    id: str
    day: date | None
    keys: list[str]
    tf: list[float]
    vec: list[float]
    counted: bool
    embedding: list[float] | None = None

    def vector(self) -> clustering.Vector:
        return dict(zip(self.keys, self.vec, strict=False))

    def clustered(self, vec: clustering.Vector | None = None) -> clustering.Vector:
        """The vector stories are formed with: TF-IDF, and the embedding if the store has one."""
        return embeddings.mix(self.vector() if vec is None else vec, self.embedding)

    def weights(self) -> dict[str, float]:
        return dict(zip(self.keys, self.tf, strict=True))


@dataclass(frozen=True)
class Held:
    """A story as placement reads it back: its original members, whether labelled, thread."""

    members: list[str]
    labelled: bool
    thread: str | None


class Placement:
    """Story placement over one DuckDB connection; the caller owns the transactions."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | str = "") -> None:
        self.con = con
        self.path = path
        self._model: str | None = None
        self._model_read = False
        # What placing has cost, counted (not timed): see ``benchmarks/stories_stream.py``
        # and the test that the count per article does not grow with the store.
        self.work: Counter[str] = Counter()

    def model(self) -> str | None:
        """The sentence model this store clusters with (``link.embeddings``), or None."""
        if not self._model_read:
            row = self._rows("SELECT value FROM meta WHERE key = ?", [EMBEDDINGS])
            self._model, self._model_read = (str(row[0][0]) if row else None), True
        return self._model

    def use_model(self, name: str) -> None:
        """Cluster with sentence embeddings from now on (the store must hold no article yet)."""
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [EMBEDDINGS, name])
        self._model, self._model_read = name, True

    # ---------------------------------------------------------------- reads by key

    def _rows(self, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.con.execute(query, list(params)).fetchall()

    def _by_keys(self, query: str, keys: Iterable[Any]) -> list[tuple[Any, ...]]:
        """``query`` holds one ``{}`` for an IN list; run over the keys in chunks."""
        wanted = sorted(set(keys))
        found: list[tuple[Any, ...]] = []
        for start in range(0, len(wanted), _CHUNK):
            part = wanted[start : start + _CHUNK]
            found.extend(self._rows(query.format(_marks(len(part))), part))
        return found

    def _vectors(self, ids: Iterable[str]) -> dict[str, Stored]:
        return {
            str(r[0]): Stored(
                str(r[0]),
                r[1],
                list(r[2]),
                list(r[3]),
                list(r[4]),
                bool(r[5]),
                list(r[6]) if r[6] is not None else None,
            )
            for r in self._by_keys(
                "SELECT article_id, day, keys, tf, vec, counted, embedding FROM article_vectors "
                "WHERE article_id IN {}",
                ids,
            )
        }

    def _held(self, stories: Iterable[str]) -> dict[str, Held]:
        return {
            str(r[0]): Held(sorted(str(m) for m in r[1]), bool(r[2]), r[3])
            for r in self._by_keys(
                "SELECT id, members, labelled, thread FROM stories WHERE id IN {}", stories
            )
        }

    def _idf(self, keys: Iterable[str]) -> dict[str, float]:
        wanted = {*keys, _ORIGINALS}
        found = dict(self._by_keys("SELECT key, df FROM key_df WHERE key IN {}", wanted))
        n = int(found.get(_ORIGINALS, 0))
        return {k: clustering.idf(int(found.get(k, 0)), n) for k in wanted if k != _ORIGINALS}

    def _story_of(self, article: str) -> str:
        row = self._rows("SELECT story FROM articles WHERE id = ?", [article])
        if not row or row[0][0] is None:
            raise RuntimeError(f"{self.path}: article {article} has no story")
        return str(row[0][0])

    # ---------------------------------------------------------------- copies

    def _original_of(self, signature: dedupe.Signature) -> str | None:
        """The stored article this one copies (the root of its copies), or None."""
        keys = dedupe.band_keys(signature)
        rows = self._rows(
            f"SELECT band, key, article_id FROM minhash_bands WHERE key IN {_marks(len(keys))}",
            keys,
        )
        mine = dict(enumerate(keys))
        ids = sorted({str(a) for band, key, a in rows if mine.get(int(band)) == int(key)})
        self.work["copy candidates"] += len(ids)
        if not ids:
            return None
        best: tuple[float, str] | None = None
        for article, blob in sorted(
            self._by_keys("SELECT article_id, signature FROM minhashes WHERE article_id IN {}", ids)
        ):
            similarity = dedupe.jaccard(signature, dedupe.from_bytes(bytes(blob)))
            if similarity >= dedupe.COPY_THRESHOLD and (best is None or similarity > best[0]):
                best = (similarity, str(article))
        if best is None:
            return None
        root = self._rows("SELECT coalesce(copy_of, id) FROM articles WHERE id = ?", [best[1]])
        return str(root[0][0]) if root else best[1]

    # ---------------------------------------------------------------- stories

    def labelled_story(self, label: str, art: Article) -> str:
        row = self._rows(
            "SELECT id FROM stories WHERE labelled AND label = ? ORDER BY id LIMIT 1", [label]
        )
        return str(row[0][0]) if row else self._new_stories([(art.id, label, True)])[0]

    def _new_stories(
        self, made: list[tuple[str, str, bool]], day: date | None = None, holding: bool = False
    ) -> list[str]:
        """Stories named after their first member (id, label, labelled); their ids.

        Empty, or with ``holding`` each holding its first member, published on ``day`` (an
        arriving article's story of its own: one statement, not two).  An id an older story
        keeps (see the module's limits) gets a number.
        """
        wanted = [clustering.story_id(first) for first, _l, _f in made]
        taken = {str(r[0]) for r in self._by_keys("SELECT id FROM stories WHERE id IN {}", wanted)}
        idents = []
        for ident in wanted:
            base, n = ident, 1
            while ident in taken:
                n += 1
                ident = f"{base}-{n}"
                if n > 2 and self._rows("SELECT 1 FROM stories WHERE id = ?", [ident]):
                    taken.add(ident)
            taken.add(ident)
            idents.append(ident)
        self.con.execute(
            "INSERT INTO stories SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
            "unnest(?::BOOLEAN[]), ?::DATE, ?::DATE, ?, unnest(?::VARCHAR[]), "
            "unnest(?::VARCHAR[][])",
            [
                idents,
                [label for _f, label, _l in made],
                [flag for _f, _l, flag in made],
                day if holding else None,
                day if holding else None,
                1 if holding else 0,
                [clustering.thread_id(i) for i in idents],
                [[first] if holding else [] for first, _l, _f in made],
            ],
        )
        return idents

    def _join(self, story: str, articles: list[str], day: date | None) -> None:
        self.con.execute(
            "UPDATE stories SET members = list_concat(members, ?), size = size + ?, "
            "first_published = least(coalesce(first_published, ?::DATE), ?::DATE), "
            "last_published = greatest(coalesce(last_published, ?::DATE), ?::DATE) WHERE id = ?",
            [articles, len(articles), day, day, day, day, story],
        )

    def _reset(self, story: str, members: list[str]) -> None:
        """A story's members after some left (a story left empty goes: see ``_settle_day``)."""
        days = [v.day for v in self._vectors(members).values() if v.day is not None]
        self.con.execute(
            "UPDATE stories SET members = ?, size = ?, first_published = ?, last_published = ? "
            "WHERE id = ?",
            [sorted(members), len(members), min(days, default=None), max(days, default=None),
             story],
        )  # fmt: skip

    def _clusters(self, stories: dict[str, Held]) -> list[clustering.Cluster]:
        vectors = self._vectors(m for held in stories.values() for m in held.members)
        self.work["story vectors read"] += len(vectors)
        return [
            clustering.Cluster.of(
                ident,
                ((vectors[m].clustered(), vectors[m].day) for m in held.members if m in vectors),
                fixed=True,
            )
            for ident, held in sorted(stories.items())
        ]

    def _open_stories(self, keys: Iterable[str], day: date | None, leaving: set[str]) -> dict[
        str, Held
    ]:  # fmt: skip
        """Stories of the neighbouring days sharing one of the keys; one probe per DAY|key.

        Articles in ``leaving`` (being placed again) and copies do not bring their stories.
        """
        buckets = {f"{d}|{k}" for d in _around(day, clustering.QUIET_DAYS) for k in keys}
        self.work["buckets probed"] += len(buckets)
        found = {
            str(r[0])
            for r in self._by_keys(
                "SELECT DISTINCT article_id FROM story_postings WHERE bucket IN {}", buckets
            )
        }
        stories = {
            str(r[0])
            for r in self._by_keys(
                "SELECT story FROM articles WHERE id IN {} AND copy_of IS NULL "
                "AND story IS NOT NULL",
                found - leaving,
            )
        }
        self.work["postings read"] += len(found)
        self.work["candidate stories"] += len(stories)
        return self._held(stories)

    # ---------------------------------------------------------------- arrival

    def place(self, ex: Extraction, label: str | None) -> tuple[str, str | None]:
        """(story id, original's id if a copy) for an arriving article, and its bookkeeping.

        Runs inside the caller's transaction, before the article's own row is written.
        """
        art = ex.article
        minhash = dedupe.article_minhash(art)
        original = self._original_of(minhash) if minhash is not None else None
        if minhash is not None:
            self.con.execute(
                "INSERT INTO minhashes VALUES (?, ?)", [art.id, dedupe.to_bytes(minhash)]
            )
            self.con.execute(
                "INSERT INTO minhash_bands SELECT unnest(?::INTEGER[]), unnest(?::BIGINT[]), ?",
                [list(range(dedupe.BANDS)), dedupe.band_keys(minhash), art.id],
            )
        sig = clustering.signature(ex)
        keys = sorted(sig.weights)
        day = _day_key(sig.published)
        self.con.execute(
            "INSERT INTO article_vectors VALUES (?, ?, ?, ?, [], false, NULL)",
            [art.id, sig.published, keys, [sig.weights[k] for k in keys]],
        )
        self.con.execute(
            "INSERT INTO story_postings SELECT unnest(?::VARCHAR[]), ?",
            [[f"{day}|{k}" for k in keys], art.id],
        )
        self.con.execute("INSERT INTO pending_days VALUES (?) ON CONFLICT DO NOTHING", [day])
        if label:
            story = self.labelled_story(label, art)
        elif original is not None:  # a copy: its original's story, no weight of its own
            return self._story_of(original), original
        else:  # alone until its day closes
            title = art.title or _name(art, ex.sentences)
            [story] = self._new_stories([(art.id, title, False)], art.published, holding=True)
            return story, None
        if original is None:
            self._join(story, [art.id], art.published)
        return story, original

    # ---------------------------------------------------------------- closing a day

    def pending(self) -> list[str]:
        return sorted(str(r[0]) for r in self._rows("SELECT day FROM pending_days"))

    def settle(self, before: date | None = None, transaction: bool = True) -> None:
        """Cluster each pending day again as a batch, oldest first, each in a transaction.

        ``before``: only days earlier than it (an article of that day is arriving); undated
        articles wait for a full settle.  ``transaction=False`` runs inside the caller's.
        """
        for day in self.pending():
            if day == UNDATED:
                if before is not None:
                    continue
                when = None
            else:
                when = date.fromisoformat(day)
                if before is not None and when >= before:
                    continue
            if transaction:
                self.con.execute("BEGIN TRANSACTION")
            try:
                self._settle_day(when)
                self.con.execute("DELETE FROM pending_days WHERE day = ?", [day])
                if transaction:
                    self.con.execute("COMMIT")
            except BaseException:
                if transaction:
                    rollback(self.con)
                raise

    def _day_articles(self, day: date | None) -> list[tuple[str, str | None, str | None]]:
        """(id, copy_of, story) of the day's articles not yet settled: the originals that no
        settle has counted yet, and the day's copies (never counted).

        The day's articles that an earlier settle placed keep their places and vectors; when
        a day opens again they are found as stories of the day (``_open_stories``).
        """
        if day is None:
            rows = self._rows(
                "SELECT article_id FROM article_vectors WHERE day IS NULL AND NOT counted"
            )
        else:
            rows = self._rows(
                "SELECT article_id FROM article_vectors WHERE day = ? AND NOT counted", [day]
            )
        self.work["day articles read"] += len(rows)
        return sorted(
            (str(r[0]), r[1], r[2])
            for r in self._by_keys(
                "SELECT id, copy_of, story FROM articles WHERE id IN {}", (r[0] for r in rows)
            )
        )

    def _canonical_copies(self, day: date | None) -> bool:
        """Of a set of copies, the earliest (date, then id) is the original; True if changed."""
        changed = False
        for ident, copy_of, _story in self._day_articles(day):
            if copy_of is None:
                continue
            root = self._vectors([copy_of, ident])
            if ident not in root or copy_of not in root:
                continue
            if _canonical(day, ident) >= _canonical(root[copy_of].day, copy_of):
                continue
            # ident becomes the original: it takes its root's place in the story.
            self.con.execute("UPDATE articles SET copy_of = ? WHERE copy_of = ?", [ident, copy_of])
            self.con.execute("UPDATE articles SET copy_of = NULL WHERE id = ?", [ident])
            self.con.execute("UPDATE articles SET copy_of = ? WHERE id = ?", [ident, copy_of])
            self._count([(copy_of, ident, None)])  # the old original counts no more
            story = self._story_of(copy_of)
            held = self._held([story])[story]
            self._reset(story, [ident if m == copy_of else m for m in held.members])
            changed = True
        return changed

    def _count(self, rows: list[tuple[str, str | None, str | None]]) -> None:
        """Document frequencies follow the day's originals: count the new, uncount old copies."""
        stored = self._vectors(i for i, _c, _s in rows)
        step: Counter[str] = Counter()
        flips: list[tuple[str, bool]] = []
        for ident, copy_of, _story in rows:
            art = stored.get(ident)
            if art is None or art.counted == (copy_of is None):
                continue
            sign = 1 if copy_of is None else -1
            for key in (*art.keys, _ORIGINALS):
                step[key] += sign
            flips.append((ident, copy_of is None))
        if not flips:
            return
        keys = sorted(k for k, v in step.items() if v)
        self.con.execute(
            "INSERT INTO key_df SELECT unnest(?::VARCHAR[]), unnest(?::INTEGER[]) "
            "ON CONFLICT (key) DO UPDATE SET df = df + excluded.df",
            [keys, [step[k] for k in keys]],
        )
        self.con.execute(
            "UPDATE article_vectors SET counted = u.counted FROM (SELECT unnest(?::VARCHAR[]) "
            "AS id, unnest(?::BOOLEAN[]) AS counted) u WHERE article_vectors.article_id = u.id",
            [[i for i, _f in flips], [f for _i, f in flips]],
        )

    def _settle_day(self, day: date | None) -> None:
        self._canonical_copies(day)
        rows = self._day_articles(day)
        self._count(rows)
        current = self._held({story for _i, _c, story in rows if story})
        labelled = {s for s, held in current.items() if held.labelled}
        originals = sorted(i for i, copy_of, _story in rows if copy_of is None)
        free = sorted(i for i, copy_of, story in rows if copy_of is None and story not in labelled)
        stored = self._vectors(originals)
        if self.model():
            stored.update(
                self._embed([stored[i] for i in originals if stored[i].embedding is None])
            )
        weights = {i: stored[i].weights() for i in originals}
        idf = self._idf(k for w in weights.values() for k in w)
        vectors = {i: clustering.vector(weights[i], idf.__getitem__) for i in originals}
        self.con.execute(  # the day's vectors, with the IDF they are clustered with
            "UPDATE article_vectors SET vec = u.vec FROM (SELECT unnest(?::VARCHAR[]) AS id, "
            "unnest(?::DOUBLE[][]) AS vec) u WHERE article_vectors.article_id = u.id",
            [originals, [[vectors[a].get(k, 0.0) for k in stored[a].keys] for a in originals]],
        )
        if not free:
            return
        leaving = set(free)
        # A lone article's holding story was labelled when it arrived, from its sentences
        # (``_name``); its label stays the article's title when the day's stories are made.
        lone = {story: held.members[0] for story, held in current.items()
                if not held.labelled and len(held.members) == 1 and held.members[0] in leaving}
        arrived = {lone[str(story)]: str(label) for story, label in self._by_keys(
            "SELECT id, label FROM stories WHERE id IN {}", lone)}
        self.work["holding labels read"] += len(arrived)
        emptied = []
        for story, held in sorted(current.items()):
            if held.labelled or not leaving & set(held.members):
                continue
            remaining = [m for m in held.members if m not in leaving]
            if remaining:
                self._reset(story, remaining)
            else:
                emptied.append(story)
        if emptied:
            for start in range(0, len(emptied), _CHUNK):
                part = emptied[start : start + _CHUNK]
                self.con.execute(f"DELETE FROM stories WHERE id IN {_marks(len(part))}", part)
        near = {k for i in free for k in clustering.candidate_keys(weights[i], idf.__getitem__)}
        open_stories = self._open_stories(near, day, leaving)
        new = [clustering.Cluster.of(i, [(stored[i].clustered(vectors[i]), day)]) for i in free]
        bar = embeddings.THRESHOLD if self.model() else clustering.THRESHOLD
        joined = clustering.group_average(new, self._clusters(open_stories), bar, self.work)
        groups: dict[str, list[str]] = {}
        for article in free:
            groups.setdefault(joined[article], []).append(article)
        titles = {ident: title or arrived.get(ident) or untitled_label(text) or path or ident
                  for ident, title, text, path in self._by_keys(
                      "SELECT id, title, left(ltrim(text), 400), path FROM articles WHERE id IN {}",
                      free)}
        fresh = sorted(label for label in groups if label not in open_stories)
        clusters = {
            label: clustering.Cluster.of(label, [(vectors[m], day) for m in groups[label]])
            for label in fresh
        }
        made = self._new_stories(
            [(label, str(titles.get(_central(groups[label], vectors, clusters[label]))), False)
             for label in fresh]
        )  # fmt: skip
        story_of = {label: made[n] for n, label in enumerate(fresh)}
        story_of.update({label: label for label in groups if label in open_stories})
        for label in sorted(groups):
            self._join(story_of[label], sorted(groups[label]), day)
        moved = {a: story_of[joined[a]] for a in free}
        for copy, original in self._by_keys(
            "SELECT id, copy_of FROM articles WHERE copy_of IN {}", free
        ):
            moved[str(copy)] = moved[str(original)]
        ids = sorted(moved)
        self.con.execute(
            "UPDATE articles SET story = u.story FROM (SELECT unnest(?::VARCHAR[]) AS id, "
            "unnest(?::VARCHAR[]) AS story) u WHERE articles.id = u.id",
            [ids, [moved[i] for i in ids]],
        )
        self._thread(day, [(story_of[label], clusters[label]) for label in fresh], leaving)

    def _embed(self, missing: list[Stored]) -> dict[str, Stored]:
        """Sentence embeddings for the day's originals that have none yet, in one batch."""
        if not missing:
            return {}
        rows = self._by_keys(
            "SELECT id, title, text, regions FROM articles WHERE id IN {}", (s.id for s in missing)
        )
        articles = [
            Article(
                str(ident),
                str(text),
                title=title,
                regions=[
                    Region(r["kind"], r["start"], r["end"]) for r in json.loads(regions or "[]")
                ],
            )
            for ident, title, text, regions in sorted(rows)
        ]
        vectors = embeddings.encode(articles)
        self.con.execute(
            "UPDATE article_vectors SET embedding = u.embedding FROM (SELECT unnest(?::VARCHAR[]) "
            "AS id, unnest(?::FLOAT[][]) AS embedding) u WHERE article_vectors.article_id = u.id",
            [[a.id for a in articles], vectors],
        )
        by_id = {s.id: s for s in missing}
        return {
            a.id: replace(by_id[a.id], embedding=v) for a, v in zip(articles, vectors, strict=True)
        }

    def _thread(
        self, day: date | None, made: list[tuple[str, clustering.Cluster]], leaving: set[str]
    ) -> None:
        """Link the day's new stories into threads (see ``stories.thread_for``)."""
        if not made or day is None:
            return  # undated stories stay threads of their own
        window = [(day - timedelta(days=d)).isoformat() for d in range(clustering.THREAD_DAYS + 1)]
        # The window's articles through the day index, their stories and threads by key; of
        # their vectors only the entries of keys the new stories hold (the others add nothing
        # to a dot product), picked out by DuckDB.  The cost is that of the window and of the
        # shared keys, whatever the store holds.
        recent = [
            str(r[0])
            for r in self._rows(
                "SELECT article_id FROM article_vectors "
                f"WHERE day IN {_marks(len(window))} AND len(vec) > 0",
                window,
            )
            if str(r[0]) not in leaving
        ]
        story_of = {
            str(a): str(s)
            for a, s in self._by_keys(
                "SELECT id, story FROM articles WHERE id IN {} AND copy_of IS NULL "
                "AND story IS NOT NULL",
                recent,
            )
        }
        thread_of = {
            str(s): str(t)
            for s, t in self._by_keys(
                "SELECT id, thread FROM stories WHERE id IN {}", set(story_of.values())
            )
        }
        in_thread = {a: thread_of[s] for a, s in story_of.items() if s in thread_of}
        self.work["thread articles"] += len(in_thread)
        threads: dict[str, clustering.Cluster] = {}
        for article in sorted(in_thread):
            counted = threads.setdefault(in_thread[article], clustering.Cluster(in_thread[article]))
            counted.size += 1
        wanted = sorted({k for _story, cluster in made for k in cluster.total})
        entries = self._rows(
            "SELECT article_id, k, x FROM (SELECT article_id, unnest(keys) AS k, "
            "unnest(vec) AS x FROM article_vectors "
            f"WHERE day IN {_marks(len(window))} AND len(vec) > 0) "
            "WHERE k IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id",
            [*window, wanted],
        )
        self.work["thread entries"] += len(entries)
        for article, key, value in entries:
            if str(article) in in_thread:
                total = threads[in_thread[str(article)]].total
                total[key] = total.get(key, 0.0) + value
        links = []
        for story, cluster in sorted(made, key=lambda m: m[0]):
            thread = clustering.thread_for(cluster, threads) or clustering.thread_id(story)
            links.append((story, thread))
            threads.setdefault(thread, clustering.Cluster(thread)).absorb(cluster)
        self.con.execute(
            "UPDATE stories SET thread = u.thread FROM (SELECT unnest(?::VARCHAR[]) AS id, "
            "unnest(?::VARCHAR[]) AS thread) u WHERE stories.id = u.id",
            [[s for s, _t in links], [t for _s, t in links]],
        )


def _central(members: list[str], vectors: dict[str, clustering.Vector], cluster: clustering.Cluster
             ) -> str:  # fmt: skip
    """The member closest to the rest: its headline labels the story (ties: smallest id)."""
    return max(sorted(members), key=lambda m: clustering.dot(vectors[m], cluster.total))


LABEL_WORDS = 12  # words of an untitled article's opening line that label its story


_LABEL_LEAST = 4  # an opening line shorter than this continues into the next
_TICKER = re.compile(r"\s*\([A-Z]{1,5}\.\s?[A-Z]{1,2}\)")  # "(BP.L)", "(BP. N)"


def untitled_label(text: str, sentence_ends: Iterable[int] = ()) -> str | None:
    """A story label for an article without a title: the words that open it, as a reader
    skims ("Deepwater Horizon disaster sparks investor panic as oil company braces itself for
    …"), rather than a file name, past a wire scrape's time stamp and dateline.  None for an
    empty text.

    With the ends of the article's sentences (offsets into ``text``), the label stops at the
    first of them inside the opening line, four words or more in: a scraped page's first line
    may run a headline or caption and the lead together ("BP attacked over oil leak video BP
    has come under fire ..."), which ``annotate`` parts into sentences."""
    lines: list[tuple[int, str]] = []
    at = 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            lines.append((at + len(raw) - len(raw.lstrip()), raw.strip()))
        at += len(raw)
    while len(lines) > 1 and (is_furniture(lines[0][1]) or is_gallery_link(lines[0][1])):
        lines = lines[1:]  # "View how tourism ... are all at risk.", "... -- photos ...": links
    if not lines:
        return None
    start, first = lines[0]
    opening = lead_text(first)
    start += first.find(opening) if opening else 0
    for end in sorted(sentence_ends):
        if start < end < start + len(opening) and \
                len(text[start:end].split()) >= _LABEL_LEAST:
            opening = text[start:end]
            break
    words = _TICKER.sub("", opening).split()
    for _, more in lines[1:]:
        if len(words) >= _LABEL_LEAST:
            break
        # a scrape broke the opening sentence at a stock ticker ("BP Plc's (BP." | "L) ...")
        words = _TICKER.sub("", " ".join([*words, more])).split()
    if not words:
        return None
    return " ".join(words[:LABEL_WORDS]) + (" …" if len(words) > LABEL_WORDS else "")


def _name(art: Article, sentences: Iterable[Span] = ()) -> str:
    return untitled_label(art.text, (s.end for s in sentences)) or (
        Path(art.path).name if art.path else art.id)
