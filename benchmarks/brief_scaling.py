"""What a briefing costs as a story grows: ``brief`` time and peak memory for N articles.

    .venv/bin/python benchmarks/brief_scaling.py [--topic bpoil] [--sizes 25 50 100 200]
        [--processes 2]

The first N articles of a news-timelines topic (``../shared/corpus/news-timelines/input``, in
publication order) are extracted once for the largest size (the per-article stages, as
``ingest`` runs them, kept in a temporary pickle that every size reads), stored as one labelled
story per size in a temporary store, and each story is then briefed as
``newsdesk brief --format json`` does it: read from the store, link, build, render.  Only the
briefing is timed; peak memory is this process's after the briefing (``getrusage``, so it only
grows: read it per size in a fresh process with ``--one``).  When the comparison exposes how
many claim pairs it scored (``compare.last_comparisons``), that count is printed too: it should
grow about as fast as the story, not as its square.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMELINES = ROOT.parent / "shared" / "corpus" / "news-timelines" / "input"


def articles(topic: str, count: int) -> list:  # type: ignore[type-arg]
    from newsdesk.model import Article, article_id

    folder = TIMELINES / topic
    metas = [json.loads(line) for line in (folder / "meta.jsonl").read_text().splitlines()]
    metas.sort(key=lambda m: (m["published"], m["path"]))
    found = []
    for meta in metas[:count]:
        text = (folder / meta["path"]).read_text(encoding="utf-8")
        found.append(
            Article(
                id=article_id(text),
                text=text,
                path=meta["path"],
                outlet=meta.get("outlet"),
                title=meta.get("title"),
                published=date.fromisoformat(meta["published"]),
                genre="news",
                language="en",
            )
        )
    return found


def extract(topic: str, size: int, processes: int, cache: Path) -> None:
    """The per-article stages on the first ``size`` articles, once, pickled to ``cache``."""
    from newsdesk.pipeline import process_many

    with cache.open("wb") as out:
        for ex in process_many(articles(topic, size), processes):
            pickle.dump(ex, out)  # one after the other: a size reads only its own


def measure(topic: str, size: int, cache: Path, db: Path) -> dict[str, float]:
    """Store the first ``size`` extractions of ``cache`` in ``db``, then time their briefing."""
    from newsdesk.render import json as json_render
    from newsdesk.store import Store
    from newsdesk.synthesize import compare, stored

    label = f"{topic}-{size}"
    with cache.open("rb") as source:
        extractions = [pickle.load(source) for _ in range(size)]
    with Store(db) as store:
        for ex in extractions:
            store.add(ex, label)
    start = time.perf_counter()
    with Store(db) as store:
        found = stored.load(store, store.find_story(label))
    brief = stored.briefing(found)
    json_render.render(brief)
    seconds = time.perf_counter() - start
    return {
        "articles": len(found.extractions),
        "seconds": seconds,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "comparisons": float(getattr(compare, "last_comparisons", -1)),
        "claims": float(sum(len(getattr(ex, "claims", [])) for ex in found.extractions)),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--topic", default="bpoil")
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200])
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child: one size
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not (TIMELINES / args.topic / "meta.jsonl").exists():
        sys.exit(f"skipped: {TIMELINES / args.topic} not found (../shared is absent)")
    if args.one:
        print(json.dumps(measure(args.topic, args.one, Path(args.cache), Path(args.db))))
        return
    print(f"$ .venv/bin/python benchmarks/brief_scaling.py --topic {args.topic} --sizes "
          f"{' '.join(map(str, args.sizes))} --processes {args.processes}")  # fmt: skip
    print(f"{'articles':>8} {'brief s':>8} {'s/article':>9} {'max RSS MB':>10} {'claims':>7} "
          f"{'claim pairs scored':>18} {'pairs/claim':>11}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "extractions.pickle"
        extract(args.topic, max(args.sizes), args.processes, cache)
        for size in args.sizes:
            child = [sys.executable, __file__, "--topic", args.topic, "--one", str(size),
                     "--cache", str(cache), "--db", str(Path(tmp) / f"{size}.duckdb")]
            done = subprocess.run(child, capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"size {size} failed:\n{done.stderr}")
            row = json.loads(done.stdout.strip().splitlines()[-1])
            pairs, per = f"{'-':>18}", f"{'-':>11}"  # a newsdesk before claims were records
            if row["comparisons"] >= 0 and row["claims"]:
                pairs = f"{row['comparisons']:>18,.0f}"
                per = f"{row['comparisons'] / row['claims']:>11.1f}"
            print(f"{row['articles']:>8.0f} {row['seconds']:>8.1f} "
                  f"{row['seconds'] / row['articles']:>9.3f} {row['rss_mb']:>10.0f} "
                  f"{row['claims']:>7,.0f} {pairs} {per}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
