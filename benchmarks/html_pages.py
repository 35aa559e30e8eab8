"""Real web pages: publication dates, main text and refusals, beside htmldate and trafilatura.

Usage::

    .venv/bin/python benchmarks/html_pages.py [--part tune|held-out|all] [--data PATH] [--show]

Reads ``../shared/corpus/web-pages/`` (the development quarter of the evaluation sets htmldate
and trafilatura publish: pages with gold publication days, pages with gold text snippets).  Each
page goes through newsdesk's own reader exactly as ``newsdesk extract PAGE`` reads it (the file
alone: no URL, no sidecar), and through the libraries in the same process:

* **dates**, on the htmldate pages: newsdesk's ``published``; htmldate's ``find_date`` in fast
  and extensive mode with ``original_date=True`` on the page as htmldate's own evaluation decodes
  it (``htmldate.utils.decode_file``, no URL given); trafilatura's metadata date with its
  evaluation settings.  A day equal to the gold one is correct (a page whose gold is "no date"
  is correct when no date is given), no date where gold has one is *no date*, anything else is
  *wrong*; the three add up to 100%.
* **main text**, on the trafilatura pages: the scoring of trafilatura's ``tests/eval_common.py``
  (whitespace-normalised substring match of the "with" and "without" snippets, micro-averaged
  precision, recall and F1).  newsdesk is scored on its article ``text`` (what ``extract``
  prints) and, in a second row, on the body regions only (furniture marked out); trafilatura on
  ``extract(page_bytes, fast=False, include_comments=False, include_tables=True,
  include_formatting=False)``, its evaluation settings.
* **refused**: pages of either set that newsdesk refuses, and of those the ones trafilatura
  reads (returns text for).

The quarter is split in two by a hash of the file name (``part``): ``tune`` is what rules were
developed on; ``held-out`` was not looked at while tuning.  Both should be reported.
Exit status 2 when the data is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "web-pages"
PARTS = ("tune", "held-out")


def part(name: str) -> str:
    """The half of the development quarter a file belongs to, by a hash of its name."""
    return PARTS[hashlib.sha256(name.encode("utf-8")).digest()[0] % 2]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Dates:
    correct: int = 0
    missing: int = 0
    wrong: int = 0
    sources: Counter[str] = field(default_factory=Counter)  # how newsdesk found each date
    right_by_source: Counter[str] = field(default_factory=Counter)

    def add(self, found: str | None, gold: str | None, source: str | None = None) -> str:
        outcome = "correct" if found == gold else "missing" if found is None else "wrong"
        setattr(self, outcome, getattr(self, outcome) + 1)
        if found is not None:
            key = source or "?"
            self.sources[key] += 1
            self.right_by_source[key] += found == gold
        return outcome

    def row(self, name: str) -> str:
        counts = (self.correct, self.missing, self.wrong)
        cells = [100 * n / sum(counts) if sum(counts) else 0.0 for n in counts]
        return f"{name:<34}" + "".join(f"{c:>9.1f}" for c in cells)


@dataclass
class Snippets:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, item: dict[str, Any], result: str | None) -> None:
        """trafilatura's ``count_item``: a missing result finds nothing and lets nothing in."""
        if isinstance(result, str):
            found = norm(result)
            tp = sum(1 for w in item["with"] if norm(w) in found)
            fp = sum(1 for w in item["without"] if norm(w) in found)
        else:
            tp = fp = 0
        self.tp += tp
        self.fp += fp
        self.fn += len(item["with"]) - tp
        self.tn += len(item["without"]) - fp

    def row(self, name: str) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0
        return f"{name:<34}{precision:>9.3f}{recall:>9.3f}{f1:>9.3f}"


def read_newsdesk(path: Path) -> tuple[Any, str | None]:
    """newsdesk's article for one page, as ``newsdesk extract PAGE`` reads it, or its refusal."""
    from newsdesk.ingest import InputError, read_path

    results = list(read_path(str(path)))
    first = results[0] if results else None
    if isinstance(first, InputError) or first is None:
        return None, first.reason if first is not None else "nothing read"
    return first, None


def trafilatura_text(data: bytes) -> str | None:
    import trafilatura

    try:
        return trafilatura.extract(
            data,
            fast=False,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
        )
    except Exception:  # a crash counts as a full miss, as in trafilatura's own evaluation
        return None


def shape(text: str | None) -> str | None:
    """What trafilatura read, in numbers only: words, lines, the longest line's words."""
    if not text or not text.strip():
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    longest = max(len(line.split()) for line in lines)
    return f"{len(text.split())} words in {len(lines)} lines, longest {longest}"


def library_dates(data: bytes) -> dict[str, str | None]:
    import htmldate
    import trafilatura
    from htmldate.utils import decode_file

    page = decode_file(data)
    found: dict[str, str | None] = {}
    for mode, extensive in (("fast", False), ("extensive", True)):
        try:
            found[mode] = htmldate.find_date(page, original_date=True, extensive_search=extensive)
        except Exception:
            found[mode] = None
    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
        found["trafilatura"] = getattr(doc, "date", None) if doc is not None else None
    except Exception:
        found["trafilatura"] = None
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--part", choices=[*PARTS, "all"], default="tune")
    parser.add_argument(
        "--show", action="store_true", help="list each page newsdesk gets wrong (tune part only)"
    )
    args = parser.parse_args()
    dated_dir = args.data / "htmldate" / "pages"
    text_dir = args.data / "trafilatura" / "pages"
    if not dated_dir.is_dir() or not text_dir.is_dir():
        print(f"web pages not found under {args.data} (../shared is absent)", file=sys.stderr)
        return 2
    if args.show and args.part != "tune":
        print("--show lists pages of the tune part only", file=sys.stderr)
        return 2

    def wanted(name: str) -> bool:
        return args.part == "all" or part(name) == args.part

    gold = json.loads((args.data / "htmldate" / "gold.json").read_text(encoding="utf-8"))
    evaldata = json.loads((args.data / "trafilatura" / "evaldata.json").read_text("utf-8"))
    started = time.perf_counter()

    dates = {name: Dates() for name in ("newsdesk", "fast", "extensive", "trafilatura")}
    refused: list[tuple[str, str, str | None]] = []
    dated = sorted(p for p in dated_dir.iterdir() if p.is_file() and wanted(p.name))
    for path in dated:
        data = path.read_bytes()
        expected = gold[path.name]["date"]
        article, reason = read_newsdesk(path)
        ours = article.published.isoformat() if article and article.published else None
        source = getattr(article, "published_source", None) if article else None
        outcome = dates["newsdesk"].add(ours, expected, source)
        theirs = library_dates(data)
        for mode, found in theirs.items():
            dates[mode].add(found, expected)
        if reason is not None:
            refused.append((f"htmldate/{path.name}", reason, shape(trafilatura_text(data))))
        if args.show and outcome != "correct":
            print(
                f"date {outcome}: {path.name} gold {expected} newsdesk {ours} ({source}) "
                f"fast {theirs['fast']} extensive {theirs['extensive']}"
            )

    ours_text, ours_body, theirs_text = Snippets(), Snippets(), Snippets()
    items = sorted(
        (item for item in evaldata.values() if wanted(item["file"])), key=lambda i: i["file"]
    )
    for item in items:
        path = text_dir / item["file"]
        data = path.read_bytes()
        article, reason = read_newsdesk(path)
        text = article.text if article else None
        body = "\n".join(article.text[s.start : s.end] for s in article.body) if article else None
        ours_text.add(item, text)
        ours_body.add(item, body)
        library = trafilatura_text(data)
        theirs_text.add(item, library)
        if reason is not None:
            refused.append((f"trafilatura/{path.name}", reason, shape(library)))
        if args.show and text is not None and library is not None and norm(text) != norm(library):
            print(f"text differs from trafilatura's: {path.name}")

    print(
        f"web pages, part {args.part}: {len(dated)} dated pages, {len(items)} with text snippets "
        f"({time.perf_counter() - started:.0f} s)"
    )
    print(f"{'publication date':<34}{'correct':>9}{'no date':>9}{'wrong':>9}   (% of pages)")
    print(dates["newsdesk"].row("newsdesk"))
    print(dates["fast"].row("htmldate fast"))
    print(dates["extensive"].row("htmldate extensive"))
    print(dates["trafilatura"].row("trafilatura metadata"))
    print(f"{'main text (snippets)':<34}{'P':>9}{'R':>9}{'F1':>9}")
    print(ours_text.row("newsdesk text"))
    print(ours_body.row("newsdesk body regions"))
    print(theirs_text.row("trafilatura (eval settings)"))
    read_by_trafilatura = sum(1 for *_, read in refused if read)
    print(
        f"refused by newsdesk: {len(refused)} of {len(dated) + len(items)} pages, "
        f"{read_by_trafilatura} of them read by trafilatura"
    )
    for name, reason, read in refused:
        print(f"  {name}: {reason}{f' (trafilatura reads {read})' if read else ''}")
    ours = dates["newsdesk"]
    print("newsdesk dates by how they were found (right / given):")
    for key, given in sorted(ours.sources.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {key:<32}{ours.right_by_source[key]:>5} / {given}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
