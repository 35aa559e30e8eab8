"""Stories on a stream: accuracy on labelled streams, and the cost of placing as a store grows.

Usage::

    .venv/bin/python benchmarks/stories_stream.py [--sets a,b,c,uci] [--uci-limit N]
                                                  [--embeddings] [--growth N] [--slice N]
                                                  [--processes N]

**Accuracy** (``--sets``).  Each labelled stream is read as ``newsdesk ingest`` reads JSON lines
(through the same reader, so a record's ``id`` is the article's external id), extracted once
(cached in ``build/stories_stream/``), and added in stream order to a fresh store with
``Store.add``, every day settled; the stories are then compared with the gold:

- ``a``: our first tuning stream (``benchmarks/streams/a``, 207 articles, 74 stories, 24
  threads, February to June); the method, its weights and its first thresholds were chosen on
  it.
- ``b``: our second stream (``benchmarks/streams/b``, 169 articles, 62 stories, 19 threads,
  July to November), written before any tuning and held out until the method was fixed; the
  final thresholds (``stories.THRESHOLD``, ``embeddings.SHARE`` and ``THRESHOLD``) were chosen
  on ``a`` and ``b`` together, so it is a tuning stream now.
- ``c``: the held-out stream (``benchmarks/streams/c``, 114 articles, 43 stories, 17 threads,
  December to April), written before anything was tuned on ``b`` and never tuned on.
- ``uci``: the UCI aggregator headlines of ``../shared`` (6,366 headlines, 87 stories, three
  days; headlines only, coarse automatic labels: a guide, not truth).  ``--uci-limit 6000
  --uci-batch 1000`` is the issue's measurement: the first 6,000 headlines added 1,000 at a
  time to one store file, each batch settled at its end as an ingest is, with the seconds each
  batch took (placement only; the parse is cached).

``--embeddings`` adds a run with sentence embeddings (``ingest --embeddings``; needs the
optional packages) and the grid its share and threshold were chosen from (an in-memory replay
of the day batches, which gives the store's figures exactly).

Reported: B-cubed and pairwise precision/recall/F1, the number of stories, the largest story,
the B-cubed scores of threads against the gold threads (our streams), and two references
computed on the same extractions: every article alone, and a plain TF-IDF single-pass
clusterer that compares an article with every article dated within a day and joins the
closest one's cluster at cosine 0.10 (the best threshold on ``a``).

**Growth** (``--growth N``, at least 20,000 for the issue's target).  Parsing 20,000 articles
takes over an hour on a shared two-core machine, so the stream is made of a pool of distinct
texts parsed once (cached): the UCI headlines, our streams a, b and c, and PolNeAR's articles
cut to their headline and first ~100 words (``streamdata.growth_pool``; about 7,800 texts,
each source in its own order, the sources interleaved).  The pool is used round after round
until N articles are made; round k is *disguised* by moving every letter of every non-stop
word k places in the alphabet (``streamdata.disguised``: same length, so every offset of the
extraction still holds; actor ids renamed alike).  Re-dating the very same text would make
each later round MinHash copies of the first (placed as copies, never clustered: a
meaningless benchmark) and the same content id (not stored at all); a disguised round is new
vocabulary with the statistics of news, its stories still stories, and it shares no word with
another round.  The articles are dated evenly across 2021 in stream order (about 55 a day)
and added in date order to an empty store file in ``build/`` with ``Store.add``, days
settling as the next begins, as ``newsdesk ingest`` does.  Timed: ``Store.add`` (copies,
placement, settling, the article's rows) and the final settle; the parse is excluded.
Printed per slice of ``--slice`` (2,000) articles: wall-clock and CPU articles per second,
and the work per article, counted by ``Placement.work`` (index buckets probed, postings read,
candidate stories, their vectors read, pairs scored, the articles in the threads' window and
their entries on the new stories' keys, copy candidates);
then the last slice's rate over the first's (target ≥ 0.8).

Figures: see README.md ("Stories on a stream"), which quotes this script's output.
"""

from __future__ import annotations

import argparse
import copy
import math
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import streamdata  # noqa: E402
from newsdesk.link import stories as clustering  # noqa: E402
from newsdesk.link.dedupe import body_text  # noqa: E402
from newsdesk.model import Extraction  # noqa: E402
from newsdesk.store import Store  # noqa: E402
from streamdata import Record  # noqa: E402

BASELINE_THRESHOLD = 0.10

Assignment = dict[str, str]


# ------------------------------------------------------------------ scores


def bcubed(pred: Assignment, gold: Assignment) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over the articles of ``gold`` (Bagga and Baldwin 1998)."""
    predicted, golden = defaultdict(set), defaultdict(set)
    for item, cluster in pred.items():
        predicted[cluster].add(item)
    for item, cluster in gold.items():
        golden[cluster].add(item)
    p = r = 0.0
    for item in gold:
        mine, true = predicted[pred[item]], golden[gold[item]]
        shared = len(mine & true)
        p += shared / len(mine)
        r += shared / len(true)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pred: Assignment, gold: Assignment) -> tuple[float, float, float]:
    """Precision, recall, F1 of the pairs of articles put (and meant to be) together."""

    def pairs(assign: Assignment) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for item in sorted(gold):
            groups[assign[item]].append(item)
        return {pair for members in groups.values() for pair in combinations(members, 2)}

    found, true = pairs(pred), pairs(gold)
    p = len(found & true) / len(found) if found else 1.0
    r = len(found & true) / len(true) if true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def line(name: str, pred: Assignment, gold: Assignment) -> str:
    bp, br, bf = bcubed(pred, gold)
    pp, pr, pf = pairwise(pred, gold)
    sizes = Counter(pred[i] for i in gold)
    return (
        f"  {name:<22} {100 * bp:5.1f} {100 * br:5.1f} {100 * bf:5.1f}   "
        f"{100 * pp:5.1f} {100 * pr:5.1f} {100 * pf:5.1f}  {len(sizes):6d} {max(sizes.values()):7d}"
    )


HEADER = "  {:<22} {:>5} {:>5} {:>5}   {:>5} {:>5} {:>5}  {:>6} {:>7}".format(
    "", "B3 P", "R", "F1", "pair P", "R", "F1", "groups", "largest"
)


# ------------------------------------------------------------------ the systems


def newsdesk_stories(
    extractions: list[Extraction], embeddings: bool = False
) -> tuple[Assignment, Assignment, float]:
    """External id -> story and -> thread, placing through ``Store.add``; seconds taken."""
    start = time.perf_counter()
    with Store(":memory:") as store:
        if embeddings:
            store.use_embeddings()
        for ex in extractions:
            store.add(copy.deepcopy(ex))
        store.settle()
        found = store.stories()
    took = time.perf_counter() - start
    # A text met twice (UCI repeats some headlines) is stored once: both records get its story.
    story_of = {m.id: s.id for s in found for m in s.members}
    thread_of = {m.id: s.thread or s.id for s in found for m in s.members}
    story = {str(ex.article.external_id): story_of[ex.article.id] for ex in extractions}
    thread = {str(ex.article.external_id): thread_of[ex.article.id] for ex in extractions}
    return story, thread, took


def newsdesk_batched(extractions: list[Extraction], batch: int) -> tuple[Assignment, list[float]]:
    """As ``newsdesk ingest`` run once per ``batch`` articles on one store file: each batch
    added with ``Store.add`` and settled at its end (as an ingest ends); seconds per batch."""
    path = streamdata.CACHE / "uci-batched.duckdb"
    for old in (path, path.with_suffix(".duckdb.wal")):
        old.unlink(missing_ok=True)
    times: list[float] = []
    with Store(path) as store:
        for start in range(0, len(extractions), batch):
            began = time.perf_counter()
            for ex in extractions[start : start + batch]:
                store.add(copy.deepcopy(ex))
            store.settle()
            times.append(time.perf_counter() - began)
        found = store.stories()
    path.unlink(missing_ok=True)
    story_of = {m.id: s.id for s in found for m in s.members}
    return {str(ex.article.external_id): story_of[ex.article.id] for ex in extractions}, times


def baseline(extractions: list[Extraction], threshold: float) -> Assignment:
    """Plain TF-IDF single pass: join the cluster of the closest article dated within a day."""
    df: Counter[str] = Counter()
    seen: list[tuple[date | None, str, dict[str, float]]] = []
    cluster: Assignment = {}
    for n, ex in enumerate(extractions, start=1):
        art = ex.article
        counts = Counter(clustering.words((art.title or "") + "\n" + body_text(art)))
        df.update(counts.keys())
        weights = {
            k: (1 + math.log(v)) * (math.log((1 + n) / (1 + df[k])) + 1) for k, v in counts.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vec = {k: w / norm for k, w in weights.items()}
        best: tuple[float, str] | None = None
        for day, other, other_vec in seen:
            if day is None or art.published is None or abs((day - art.published).days) > 1:
                continue
            score = clustering.dot(vec, other_vec)
            if best is None or score > best[0]:
                best = (score, other)
        ident = str(art.external_id)
        cluster[ident] = cluster[best[1]] if best and best[0] >= threshold else ident
        seen.append((art.published, ident, vec))
    return cluster


def bench_set(
    name: str,
    records: list[Record],
    processes: int,
    embeddings: bool,
    batch: int = 0,
    limit: int | None = None,
) -> None:
    extractions = streamdata.extractions(name, records, processes)
    if limit is not None:  # the whole set is parsed (and cached) once, whatever the limit
        records, extractions = records[:limit], extractions[:limit]
    gold = {r.id: r.story for r in records}
    threads_gold = {r.id: r.thread for r in records}
    if name == "uci" and batch:  # the measurement: N at a time, one store file
        story, times = newsdesk_batched(extractions, batch)
        thread, took = story, sum(times)
    else:
        story, thread, took = newsdesk_stories(extractions)
    days = len({r.published for r in records})
    print(
        f"{name}: {len(records)} articles, {len(set(gold.values()))} stories, "
        f"{len(set(threads_gold.values()))} {'threads' if name != 'uci' else 'categories'}, "
        f"{days} days"
    )
    print(HEADER)
    print(
        line(
            f"newsdesk, {batch:,} a time" if name == "uci" and batch else "newsdesk stories",
            story,
            gold,
        )
    )
    print(line("every article alone", {i: i for i in gold}, gold))
    print(
        line(
            f"tf-idf 1-day @{BASELINE_THRESHOLD:.2f}",
            baseline(extractions, BASELINE_THRESHOLD),
            gold,
        )
    )
    took_mixed = 0.0
    if embeddings:
        mixed, _thread, took_mixed = newsdesk_stories(extractions, embeddings=True)
        print(line("newsdesk --embeddings", mixed, gold))
    if name != "uci":
        print(line("newsdesk threads", thread, threads_gold))
    elif batch:
        print(
            f"  seconds per {batch:,} (settled after each, one store file): "
            + ", ".join(f"{t:.1f}" for t in times)
            + f"; last / first {times[-1] / times[0]:.2f}"
        )
    print(
        f"  placing: {len(records) / took:.1f} articles/s through Store.add (parse excluded)"
        + (f"; with embeddings {len(records) / took_mixed:.1f}" if embeddings else "")
    )


# ------------------------------------------------------------------ features, measured


def simulate(
    extractions: list[Extraction],
    extra: dict[str, list[float]] | None = None,
    share: float = 0.0,
    threshold: float = clustering.THRESHOLD,
) -> Assignment:
    """The store's day-batch procedure in memory, with an optional extra feature.

    Each day: IDF over everything so far, the day's unit TF-IDF vectors (frozen from then on),
    ``group_average`` of the day's articles with the stories open around it.  With ``extra``
    (a unit vector per external id, e.g. a sentence embedding), an article's vector becomes
    ``sqrt(1 - share)`` times its TF-IDF vector followed by ``sqrt(share)`` times the extra one,
    so a dot product is ``(1 - share) * tf-idf cosine + share * extra cosine``.
    """
    df: Counter[str] = Counter()
    n = 0
    days: dict[date, list[Extraction]] = defaultdict(list)
    for ex in extractions:
        assert ex.article.published is not None
        days[ex.article.published].append(ex)
    stories: list[clustering.Cluster] = []
    assign: Assignment = {}
    for day in sorted(days):
        batch = sorted(days[day], key=lambda ex: ex.article.id)
        weights = {ex.article.id: clustering.signature(ex).weights for ex in batch}
        for w in weights.values():
            df.update(w.keys())
        n += len(batch)
        idf = {k: clustering.idf(df[k], n) for w in weights.values() for k in w}
        new = []
        for ex in batch:
            vec = clustering.vector(weights[ex.article.id], idf.__getitem__)
            if extra is not None:
                vec = {k: v * math.sqrt(1 - share) for k, v in vec.items()}
                for i, x in enumerate(extra[str(ex.article.external_id)]):
                    vec[f"~{i}"] = x * math.sqrt(share)
            new.append(clustering.Cluster.of(ex.article.id, [(vec, day)]))
        open_ = [s for s in stories if s.last is not None and (day - s.last).days <= 1]
        fixed = [clustering.Cluster(s.id, s.total, s.size, s.first, s.last, True) for s in open_]
        joined = clustering.group_average(new, fixed, threshold)
        by_id = {s.id: s for s in stories}
        for cluster in sorted(new, key=lambda c: c.id):
            target = joined[cluster.id]
            if target not in by_id:
                by_id[target] = clustering.Cluster(target)
                stories.append(by_id[target])
            by_id[target].add(cluster.total, day)
        for ex in batch:
            assign[str(ex.article.external_id)] = joined[ex.article.id]
    return assign


def embeddings(name: str, extractions: list[Extraction]) -> dict[str, list[float]]:
    """all-MiniLM-L6-v2 of headline + lead, as ``link.embeddings`` computes them, cached."""
    import pickle

    from newsdesk.link import embeddings as dense

    cache = streamdata.CACHE / f"minilm-{name}.pickle"
    if cache.exists():
        with cache.open("rb") as handle:
            found: dict[str, list[float]] = pickle.load(handle)
        return found
    started = time.perf_counter()
    vectors = dense.encode([ex.article for ex in extractions])
    rate = len(extractions) / (time.perf_counter() - started)
    print(f"  (MiniLM: {rate:.1f} articles/s on this machine)")
    found = {str(ex.article.external_id): v for ex, v in zip(extractions, vectors, strict=True)}
    with cache.open("wb") as handle:
        pickle.dump(found, handle)
    return found


def bench_embeddings(processes: int) -> None:
    """The grid behind ``link/embeddings.py``'s SHARE and THRESHOLD: tuned on a and b."""
    names = ("a", "b", "c")
    records = {name: streamdata.read_stream(streamdata.STREAMS / name) for name in names}
    sets = {name: streamdata.extractions(name, records[name], processes) for name in names}
    golds = {name: {r.id: r.story for r in records[name]} for name in names}
    extra = {name: embeddings(name, sets[name]) for name in names}
    print("embedding share x threshold: B-cubed F1 of an in-memory replay of the day batches")
    print("  (share 0 is the store's TF-IDF method; a and b tune, c is held out)")
    grid = [(0.0, 0.06)] + [(s, th) for s in (0.1, 0.2, 0.3, 0.5) for th in (0.08, 0.1, 0.12, 0.15)]
    for share, threshold in grid:
        scores = [
            100
            * bcubed(simulate(sets[n], extra[n] if share else None, share, threshold), golds[n])[2]
            for n in names
        ]
        print(
            f"  share {share:.1f} threshold {threshold:.2f}:  a {scores[0]:5.1f}  "
            f"b {scores[1]:5.1f}  mean(a, b) {(scores[0] + scores[1]) / 2:5.1f}   "
            f"c {scores[2]:5.1f}"
        )


# ------------------------------------------------------------------ growth


WORK = ("buckets probed", "postings read", "candidate stories", "story vectors read",
        "pairs scored", "thread articles", "thread entries", "copy candidates")  # fmt: skip


def bench_growth(n: int, slice_size: int, processes: int) -> None:
    """N articles made of the parsed pool, added in date order to one store file."""
    pool = streamdata.growth_pool(processes)
    made, gold = streamdata.growth_stream(pool, n)
    rounds = -(-n // len(pool.extractions))
    print(
        f"growth: {n:,} articles over 2021 ({n / 365:.0f} a day), made of "
        f"{len(pool.extractions):,} distinct parsed texts ("
        + ", ".join(f"{name} {count:,}" for name, count in sorted(pool.sources.items()))
        + f") in {rounds} rounds, round k with every non-stop word's letters moved k places"
    )
    print(
        "  timed: Store.add of each article in date order (copies, placement, its rows; days "
        "settled as the next begins) and the final settle; the parse is excluded (cached)"
    )
    path = streamdata.CACHE / f"growth{n}.duckdb"
    for old in (path, path.with_suffix(".duckdb.wal")):
        old.unlink(missing_ok=True)
    rates: list[float] = []
    cpu_rates: list[float] = []
    per: list[float] = []
    print(
        f"  {'articles':<14} {'wall art/s':>10} {'CPU art/s':>10} {'work/art':>9}  "
        + " ".join(f"{w.split()[0][:8]:>8}" for w in WORK)
    )
    with Store(path) as store:
        for start in range(0, n, slice_size):
            part = made[start : start + slice_size]
            store.placement.work.clear()
            began, cpu = time.perf_counter(), time.process_time()
            for ex in part:
                store.add(ex)
            if start + slice_size >= n:
                store.settle()
            rates.append(len(part) / (time.perf_counter() - began))
            cpu_rates.append(len(part) / (time.process_time() - cpu))
            work = store.placement.work
            per.append(sum(work[w] for w in WORK) / len(part))
            print(
                f"  {start + 1:>6}-{start + len(part):<7} {rates[-1]:10.1f} {cpu_rates[-1]:10.1f} "
                f"{per[-1]:9.1f}  " + " ".join(f"{work[w] / len(part):8.1f}" for w in WORK),
                flush=True,
            )
        held = store.stories()
    story_of = {m.id: s.id for s in held for m in s.members}
    pred = {ex.article.id: story_of[ex.article.id] for ex in made}
    truth = {ex.article.id: g for ex, g in zip(made, gold, strict=True)}
    _p, _r, f1 = bcubed(pred, truth)
    sizes = Counter(pred.values())
    print(
        f"  last slice / first slice: {rates[-1] / rates[0]:.2f} wall, "
        f"{cpu_rates[-1] / cpu_rates[0]:.2f} CPU, work per article {per[-1] / per[0]:.2f} "
        "(target >= 0.8 for the rates; wall-clock rates move with other users' load on this "
        "shared machine, this process's CPU time much less)"
    )
    print(
        f"  {len(held):,} stories, largest {max(sizes.values())}; B-cubed F1 against the "
        f"sources' labels {100 * f1:.1f} (a guide: re-dating stretches each UCI day over about "
        f"{365 * 2000 // n} days); store file {path.stat().st_size / 1e6:.0f} MB"
    )
    path.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="a,b,c,uci", help="comma-separated: a, b, c, uci")
    parser.add_argument("--uci-limit", type=int, default=None, help="first N UCI headlines")
    parser.add_argument(
        "--uci-batch", type=int, default=0, help="also add UCI N at a time to one store file"
    )
    parser.add_argument("--growth", type=int, default=0, help="articles for the growth run")
    parser.add_argument("--slice", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=2, help="for the (cached) parse")
    parser.add_argument(
        "--embeddings", action="store_true", help="measure MiniLM sentence embeddings (torch)"
    )
    args = parser.parse_args(argv)
    wanted = [s for s in args.sets.split(",") if s]
    readers: dict[str, Callable[[], list[Record]]] = {
        "a": lambda: streamdata.read_stream(streamdata.STREAMS / "a"),
        "b": lambda: streamdata.read_stream(streamdata.STREAMS / "b"),
        "c": lambda: streamdata.read_stream(streamdata.STREAMS / "c"),
        "uci": streamdata.read_uci,
    }
    if ("uci" in wanted or args.growth) and not streamdata.UCI.exists():
        print(
            f"{streamdata.UCI} not found: the UCI set and the growth run need ../shared",
            file=sys.stderr,
        )
        return 2
    print(f"$ benchmarks/stories_stream.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    for name in wanted:
        limit = args.uci_limit if name == "uci" else None
        bench_set(name, readers[name](), args.processes, args.embeddings, args.uci_batch, limit)
    if args.embeddings:
        bench_embeddings(args.processes)
    if args.growth:
        bench_growth(args.growth, args.slice, args.processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
