"""What a long story's briefing costs: `brief` time and peak memory for 100 to 800 articles.

(A lighter companion of ``brief_scaling.py``: it reuses the stores of ``timelines.py`` and
runs each size in its own process.)

    nice .venv/bin/python benchmarks/brief_cost.py [--sizes 100 200 400 800] [--timeout 900]

The story is the Deepwater Horizon topic of ``../shared/corpus/news-timelines`` (1,458
articles from five outlets over nine months), ingested once as one story into ``--stores``
(default ``/tmp/newsdesk-timelines``, shared with ``benchmarks/timelines.py``).  A story of N
articles is its first N articles in publication order (with ``--every K``, of every K-th
article: the lighter store ``benchmarks/timelines.py --every K`` also uses).  Each size runs
in a fresh process that reads the stored extractions, then builds and renders the briefing as
``newsdesk brief --format json`` does, so its peak memory (max RSS) is that size's own.  The
seconds per article of each size are given as a ratio to the first size's, measured the same
way: a briefing that scales linearly keeps that ratio near 1.  A size past ``--timeout`` is
stopped and the larger ones are skipped.  The code measured is whichever ``newsdesk`` the
interpreter imports (``PYTHONPATH=src`` for a checkout).  ``key dates s`` is
``key_dates.select`` timed again on its own (nan where the checkout has no key dates).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "corpus" / "news-timelines"
STORES = Path(os.environ.get("NEWSDESK_TIMELINE_STORES", "/tmp/newsdesk-timelines"))
TOPIC = "bpoil"


def measure(store: Path, size: int) -> dict[str, float]:
    from newsdesk.render import json as json_render
    from newsdesk.store import Store
    from newsdesk.synthesize import stored

    with Store(store) as opened:
        everything = opened.extractions()
    everything.sort(key=lambda ex: (ex.article.published or ex.article.id, ex.article.id))
    story = stored.StoredStory(TOPIC, everything[:size])
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    text = json_render.render(stored.briefing(story))
    seconds = time.perf_counter() - start
    try:  # the key dates' own share, where the checkout has them
        from newsdesk.synthesize import key_dates
    except ImportError:
        key_seconds = float("nan")
    else:
        began = time.perf_counter()
        key_dates.select(story.extractions)
        key_seconds = time.perf_counter() - began
    return {
        "key_dates_seconds": key_seconds,
        "articles": len(story.extractions),
        "seconds": seconds,
        "loaded_mb": loaded,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "bytes": len(text.encode()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 800])
    parser.add_argument("--stores", type=Path, default=STORES)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--every", type=int, default=1, help="only every K-th article (lighter)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child: one size
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)  # the child's store
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.store, args.one)))
        return 0
    if not (args.data / "input" / TOPIC).exists():
        print(f"news-timelines not found at {args.data}: skipped", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from timelines import store_of

    store = store_of(TOPIC, args.data, args.stores, args.every)
    print(
        f"{'articles':>9}{'brief s':>10}{'s/article':>11}{'ratio':>7}{'peak MB':>9}{'load MB':>10}"
        f"{'key dates s':>13}"
    )
    base = None
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size), "--store", str(store)]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=args.timeout, check=True
            )
        except subprocess.TimeoutExpired:
            print(
                f"{size:>9}{'> ' + format(args.timeout, '.0f'):>10}   stopped; larger sizes skipped"
            )
            break
        except subprocess.CalledProcessError as failed:
            print(f"{size:>9}  failed: {failed.stderr.strip().splitlines()[-1:]}")
            return 1
        row = json.loads(done.stdout.strip().splitlines()[-1])
        if row["articles"] < size:
            print(f"{size:>9}  only {int(row['articles'])} articles stored; larger sizes skipped")
            break
        per = row["seconds"] / row["articles"]
        base = base or per
        print(
            f"{int(row['articles']):>9}{row['seconds']:>10.1f}{per:>11.3f}{per / base:>7.2f}"
            f"{row['peak_mb']:>9.0f}{row['loaded_mb']:>10.0f}{row['key_dates_seconds']:>13.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
