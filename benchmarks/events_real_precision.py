"""Precision of the event coder on real coverage, against events judged by hand, by origin.

Usage::

    .venv/bin/python benchmarks/events_real_precision.py [--slice tuning|held-out|all]
        [--judgements benchmarks/data/events_real_judgements.tsv]
        [--corpus ../shared/corpus/news-timelines] [--unjudged] [--list]

The judgements (issue 12's sixteenth round, `docs/rounds/events.md`) point into the
news-timelines corpus by
file and character offsets only (no corpus text is kept in the project; the corpus states no
licence): one line per event the coder reported when it was judged, ``slice``, ``file``,
``start`` and ``end`` of its trigger, and the PLOVER type a reader gives the act there, or
``NONE`` where the clause reports no event of the PLOVER kind (``OPEN`` where the manual leaves
it open: left out of the counts).  Two slices of whole days, every article of them: ``tuning``
(oil spill 2010-06-21, earthquake 2010-01-16), whose errors were read, and ``held-out`` (oil
spill 2010-07-22, earthquake 2010-01-23), judged but never tuned on.

The articles of the slice are read and extracted as ``newsdesk extract --meta`` does (the
ingest's regions included) in this process, and each event is put under what decided it:
``rule`` (a lexicon sense of the type reported stood), ``model`` (the learned model, on a
verb with no lexicon sense or against the sense) or ``synonym`` (a sense reached through the
WordNet synonym table).  Printed: for each origin the events coded, those judged, right
(judged type = coded type), wrong type, no event, and precision (right / judged).  Events at
a trigger nobody judged are counted apart (``--unjudged`` lists them, to be judged: after a
change, new events must be judged before the figures compare).  ``--list`` prints every event
with its judgement.  Exit status 0 with a note when the corpus is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-timelines"
JUDGEMENTS = ROOT / "benchmarks" / "data" / "events_real_judgements.tsv"
SLICES = {
    "tuning": [("bpoil", "2010-06-21"), ("haiti", "2010-01-16")],
    "held-out": [("bpoil", "2010-07-22"), ("haiti", "2010-01-23")],
}
ORIGINS = ("rule", "model", "synonym")


@dataclass(frozen=True)
class Coded:
    slice: str
    file: str
    start: int
    end: int
    type: str
    origin: str
    none: float  # the model's probability of no event
    sentence: str


def slice_files(corpus: Path, name: str) -> list[tuple[Path, Path]]:
    """(article, meta.jsonl) for every article of the slice's days, in file order."""
    found = []
    for topic, day in SLICES[name]:
        meta = corpus / "input" / topic / "meta.jsonl"
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record["published"] == day:
                    found.append((corpus / "input" / topic / record["path"], meta))
    return sorted(found)


def code_slice(corpus: Path, name: str) -> list[Coded]:
    """Every event the coder reports on the slice's articles, with what decided it."""
    from newsdesk import extract_many
    from newsdesk.extract.events import coder as coder_module
    from newsdesk.extract.events import model as event_model
    from newsdesk.model import Event

    origins: dict[tuple[str, int, int, str], tuple[str, float]] = {}
    plain = coder_module.Coder.event

    def traced(self: coder_module.Coder, candidate: coder_module.Candidate,
               draft: coder_module.Draft) -> Event | None:
        found = plain(self, candidate, draft)
        if found is not None and found.trigger is not None:
            rule = candidate.rule
            origin = "synonym" if candidate.item.synonym else (
                "rule" if rule is not None and rule.type == draft.type else "model")
            key = (str(self.reading.article.path or ""), found.trigger.start,
                   found.trigger.end, found.type)
            origins[key] = (origin, candidate.probabilities.get(event_model.NONE, 0.0))
        return found

    coded: list[Coded] = []
    by_meta: dict[Path, list[Path]] = {}
    for article, meta in slice_files(corpus, name):
        by_meta.setdefault(meta, []).append(article)
    coder_module.Coder.event = traced  # type: ignore[method-assign]
    try:
        for meta, articles in by_meta.items():
            for extraction in extract_many(articles, meta=meta, processes=1):
                path = str(extraction.article.path or "")
                text = extraction.text
                for event in extraction.events:
                    if event.trigger is None:
                        continue
                    trigger = event.trigger
                    origin, none = origins.get(
                        (path, trigger.start, trigger.end, event.type), ("model", 0.0))
                    evidence = event.evidence or trigger
                    coded.append(Coded(name, Path(path).name, trigger.start, trigger.end,
                                       event.type, origin, none,
                                       " ".join(text[evidence.start:evidence.end].split())))
    finally:
        coder_module.Coder.event = plain  # type: ignore[method-assign]
    return coded


def read_judgements(path: Path) -> dict[tuple[str, str, int, int], str]:
    judged: dict[tuple[str, str, int, int], str] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader((line for line in handle if not line.startswith("#")),
                              delimiter="\t", quoting=csv.QUOTE_NONE):
            if row:
                judged[(row[0], row[1], int(row[2]), int(row[3]))] = row[4]
    return judged


def verdict(event: Coded, gold: str | None) -> str:
    if gold is None:
        return "unjudged"
    if gold == "OPEN":
        return "open"
    if gold == "NONE":
        return "no event"
    return "right" if gold == event.type else "wrong type"


def report(name: str, coded: list[Coded], judged: dict[tuple[str, str, int, int], str],
           listing: bool, unjudged: bool) -> None:
    counts: dict[str, Counter[str]] = {o: Counter() for o in (*ORIGINS, "all")}
    for event in coded:
        said = verdict(event, judged.get((name, event.file, event.start, event.end)))
        for origin in (event.origin, "all"):
            counts[origin]["events"] += 1
            counts[origin][said] += 1
        if listing or (unjudged and said == "unjudged"):
            print("\t".join([name, event.file, str(event.start), str(event.end), event.type,
                             event.origin, f"{event.none:.2f}", said, event.sentence]))
    print(f"== {name}: {len({e.file for e in coded})} articles with events")
    print(f"{'origin':8} {'events':>6} {'judged':>6} {'right':>5} {'wrong':>5} {'none':>5} "
          f"{'open':>4} {'new':>4} {'precision':>9}")
    for origin, c in counts.items():
        judged_n = c["right"] + c["wrong type"] + c["no event"]
        precision = f"{100 * c['right'] / judged_n:.1f}" if judged_n else "-"
        print(f"{origin:8} {c['events']:6} {judged_n:6} {c['right']:5} {c['wrong type']:5} "
              f"{c['no event']:5} {c['open']:4} {c['unjudged']:4} {precision:>9}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument("--slice", choices=[*SLICES, "all"], default="all")
    parser.add_argument("--list", action="store_true", help="every event, with its judgement")
    parser.add_argument("--unjudged", action="store_true", help="the events nobody judged")
    args = parser.parse_args(argv)
    if not (args.corpus / "input").is_dir():
        print(f"skipped: no corpus at {args.corpus}", file=sys.stderr)
        return 0
    judged = read_judgements(args.judgements) if args.judgements.exists() else {}
    for name in (SLICES if args.slice == "all" else [args.slice]):
        report(name, code_slice(args.corpus, name), judged, args.list, args.unjudged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
