"""What one long text costs: parse and extraction time and peak memory against its length.

    .venv/bin/python benchmarks/long_text.py [--sizes 100000 250000 500000 1000000]

Texts are the body paragraphs of our own sample article (samples/, fictional), repeated to
each size, joined by blank lines (``--line``: by spaces, one line).  Each size runs in a fresh
process, so peak memory (max RSS) is that size's own; parse seconds per 100,000 characters
show whether the parse (in pieces of ``annotate.PIECE_CHARS``) stays linear.  The first row,
a text of one piece, is the baseline measured the same way.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "articles" / "harbor-gazette-2025-03-10.txt"


def text_of(size: int, one_line: bool) -> str:
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n\n")[1:-1]
    joiner = " " if one_line else "\n\n"
    unit = joiner.join(paragraphs) + joiner
    return (unit * (size // len(unit) + 1))[:size]


def measure(size: int, one_line: bool) -> dict[str, float]:
    from newsdesk import annotate, ingest
    from newsdesk.pipeline import process_article

    text = text_of(size, one_line)
    annotate.load()
    start = time.perf_counter()
    doc = annotate.parse(text)
    parsed = time.perf_counter()
    [article] = list(ingest.read_bytes(text.encode(), "long.txt", max_bytes=10**8))
    begun = time.perf_counter()
    process_article(article, doc)
    done = time.perf_counter()
    return {
        # (a checkout from before pieces existed parses one piece)
        "pieces": len(annotate.pieces(text)) if hasattr(annotate, "pieces") else 1,
        "parse": parsed - start,
        "extract": done - begun,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    sizes = [50_000, 250_000, 500_000, 1_000_000]
    parser.add_argument("--sizes", type=int, nargs="+", default=sizes)
    parser.add_argument("--line", action="store_true", help="one line, no paragraph breaks")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child: measure one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.line)))
        return
    print(f"$ .venv/bin/python benchmarks/long_text.py --sizes {' '.join(map(str, args.sizes))}"
          + (" --line" if args.line else ""))  # fmt: skip
    print(f"{'characters':>12} {'pieces':>6} {'parse s':>8} {'s/100k':>7} {'extract s':>9} "
          f"{'max RSS MB':>10}")  # fmt: skip
    for size in args.sizes:
        child = [sys.executable, __file__, "--one", str(size)] + (["--line"] if args.line else [])
        row = json.loads(subprocess.run(child, capture_output=True, text=True, check=True).stdout)
        print(f"{size:>12,} {row['pieces']:>6} {row['parse']:>8.1f} "
              f"{row['parse'] / size * 100_000:>7.2f} {row['extract']:>9.1f} "
              f"{row['rss_mb']:>10.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
