"""Key dates against journalists' timelines: date F1 and alignment ROUGE, beside PUBCOUNT.

Usage::

    nice .venv/bin/python benchmarks/timelines.py [--data DIR] [--stores DIR] [--fit]

Data: ``../shared/corpus/news-timelines`` (two Timeline17 topics, six journalists' timelines;
see its README).  Each topic is ingested once as one story (``newsdesk ingest --story``) into
``--stores`` (default ``/tmp/newsdesk-timelines``), and the stores are reused by later runs.

Split, by timeline, fixed here before the figures it reports were seen: **tuning** is three of
the oil-spill topic's (``bpoil``) five timelines (BBC, the Guardian, the Washington Post: the
first, third and fifth by name), **held-out** the other two (Fox News, Reuters) and the Haiti
earthquake's one (``haiti``, 222 articles).  Held-out timelines share their topic's articles
with the tuning ones but not their journalists' choices, which is what is learned; ``haiti``
alone keeps 11 of its range's 12 days and tells little about date choice.  ``--fit`` fits the
key-date weights (``newsdesk.synthesize.key_dates.WEIGHTS``) by logistic regression on the
tuning timelines only and prints them; ``--check-weights`` prints the date F1 of the hand-set
weights beside fitted ones (on tuning, and leave-one-out within it) and plain counts.  (Until
issue 19's second round the split was by topic, all of ``bpoil`` tuning; the hand-set
``WEIGHTS`` date from then, see the README.)

The task, as in the literature (Martschat and Markert 2018; Gholipour Ghalandari and Ifrim
2020): for each gold timeline, from the topic's articles published within its date range,
choose ``l`` dates (the gold timeline's number of dates) and ``k`` sentences for each (its mean
per date, rounded), restricted to that range.  Systems, on the same extractions:

* ``key-dates``: ``newsdesk.synthesize.key_dates.select`` (what ``newsdesk timeline`` prints);
* ``pubcount``: the ``l`` days on which most articles were published (ties: earlier first),
  each with the lead (first body) sentences of that day's articles, ``k`` of them.

Metrics, as the tilse toolkit defines them (``tilse/evaluation/dates.py`` and
``rouge.py``: ``evaluate_align_date_content_costs_many_to_one``, "align+ m:1"):

* date F1: precision and recall of the predicted set of days against the gold set;
* AR-N: each predicted day is aligned to the gold day of least cost, and each gold day to the
  predicted day of least cost; the cost of a pair is ``(1 - 1/(|days apart| + 1)) * (1 -
  approximate ROUGE-1 F1 of their summaries)``.  Precision sums over predicted days the
  ROUGE-N matches with the aligned gold summary divided by ``(|days apart| + 1)``, over the
  predicted n-grams; recall likewise over gold days and gold n-grams; AR-N is their F1.
  ROUGE-N counts clipped n-gram matches of lower-cased alphanumeric tokens, Porter-stemmed
  (``rouge-score``'s tokenizer), stop words removed (tilse runs ROUGE-1.5.5 with ``-s``; spaCy's
  English list stands in for ROUGE's SMART list, so figures can differ slightly from tilse's).
  The content cost's ROUGE-1 approximation uses the same tokens.

Figures are per timeline and averaged (macro) per split.  Exit status 2 when the data are
absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "corpus" / "news-timelines"
STORES = Path(os.environ.get("NEWSDESK_TIMELINE_STORES", "/tmp/newsdesk-timelines"))
TUNING = ("bpoil/bbc", "bpoil/guardian", "bpoil/washingtonpost")  # held-out: every other task
ANCHORS = (
    "Timeline17 anchors (19 timelines, Gholipour Ghalandari and Ifrim 2020): PUBCOUNT F1 48.1 "
    "AR-1 10.5 AR-2 2.7; DATEWISE F1 54.4 AR-1 12.0 AR-2 3.5; oracle dates F1 92.6"
)

Timeline = dict[date, list[str]]


# --- metrics (tilse's definitions) ------------------------------------------------------------

_STOP = frozenset(STOP_WORDS)


@cache
def tokens(text: str) -> tuple[str, ...]:
    """Lower-cased, Porter-stemmed alphanumeric tokens without stop words (ROUGE-1.5.5 -m -s)."""
    from rouge_score import tokenize

    words = [w for w in tokenize.tokenize(text, None) if w not in _STOP]
    return tuple(_stemmer().stem(w) if len(w) > 3 else w for w in words)


@cache
def _stemmer() -> Any:
    from nltk.stem import porter  # what rouge-score stems with

    return porter.PorterStemmer()


def ngrams(sentences: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """N-grams within each sentence (none across a sentence boundary), counted."""
    found: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        words = tokens(sentence)
        found.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return found


def rouge_counts(pred: Sequence[str], ref: Sequence[str], n: int) -> tuple[int, int, int]:
    """(matches, predicted n-grams, reference n-grams): ROUGE's hit, peer and model counts."""
    p, r = ngrams(pred, n), ngrams(ref, n)
    hits = sum(min(count, r[g]) for g, count in p.items())
    return hits, sum(p.values()), sum(r.values())


def rouge1_approximation(pred: Sequence[str], ref: Sequence[str]) -> float:
    """tilse's ``compute_rouge_approximation`` for one reference: unigram F1."""
    hits, p, r = rouge_counts(pred, ref, 1)
    precision, recall = (hits / p if p else 0.0), (hits / r if r else 0.0)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def date_f1(pred: Timeline, gold: Timeline) -> float:
    both = len(set(pred) & set(gold))
    if not pred or not gold:
        return 0.0
    return f1(both / len(pred), both / len(gold))


def _cost(a: date, b: date, pred: list[str], ref: list[str]) -> float:
    date_factor = 1 - 1 / (abs(a.toordinal() - b.toordinal()) + 1)
    return date_factor * (1 - rouge1_approximation(pred, ref))


def alignment_rouge(pred: Timeline, gold: Timeline, n: int) -> float:
    """AR-N F1 of tilse's align+ m:1 (see the module's doc)."""
    if not pred or not gold:
        return 0.0
    pred_days, gold_days = sorted(pred), sorted(gold)
    p_num = p_den = r_num = r_den = 0.0
    for day in pred_days:  # precision: each predicted day to its cheapest gold day
        ref = min(gold_days, key=lambda g: (_cost(day, g, pred[day], gold[g]), g))
        hits, peer, _ = rouge_counts(pred[day], gold[ref], n)
        p_num += hits / (abs(day.toordinal() - ref.toordinal()) + 1)
        p_den += peer
    for ref in gold_days:  # recall: each gold day to its cheapest predicted day
        day = min(pred_days, key=lambda d: (_cost(d, ref, pred[d], gold[ref]), d))
        hits, _, model = rouge_counts(pred[day], gold[ref], n)
        r_num += hits / (abs(day.toordinal() - ref.toordinal()) + 1)
        r_den += model
    return f1(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)


# --- data -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    name: str
    topic: str
    start: date
    end: date
    dates: int
    sentences: int
    gold: Timeline


def load_tasks(data: Path) -> list[Task]:
    tasks = []
    for line in (data / "gold" / "tasks.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        raw = json.loads(
            (data / "gold" / row["topic"] / f"{row['timeline']}.json").read_text(encoding="utf-8")
        )
        gold = {date.fromisoformat(d): list(s) for d, s in raw.items()}
        tasks.append(
            Task(
                row["task"],
                row["topic"],
                date.fromisoformat(row["start"]),
                date.fromisoformat(row["end"]),
                int(row["l"]),
                max(1, round(float(row["k_mean"]))),
                gold,
            )
        )
    return tasks


def store_of(topic: str, data: Path, stores: Path, every: int = 1) -> Path:
    """The topic's store, ingested (as one story) the first time it is asked for; with
    ``every`` K > 1, only every K-th article in file order (a lighter run of a large topic)."""
    path = stores / (f"{topic}.duckdb" if every == 1 else f"{topic}-every{every}.duckdb")
    if path.exists():
        return path
    stores.mkdir(parents=True, exist_ok=True)
    source = data / "input" / topic
    files = sorted(p for p in source.iterdir() if p.suffix == ".txt")[::every]
    print(f"ingesting {len(files)} articles of {topic} into {path} (once)", file=sys.stderr)
    subprocess.run(
        [str(Path(sys.executable).with_name("newsdesk")), "--db", str(path), "ingest",
         *map(str, files), "--meta", str(source / "meta.jsonl"), "--story", topic],
        check=True,
    )  # fmt: skip
    return path


def load_extractions(path: Path) -> list:  # type: ignore[type-arg]
    from newsdesk.store import Store

    with Store(path) as store:
        return store.extractions()


# --- systems ----------------------------------------------------------------------------------


def in_window(extractions: list, task: Task) -> list:  # type: ignore[type-arg]
    return [
        ex
        for ex in extractions
        if ex.article.published and task.start <= ex.article.published <= task.end
    ]


def key_dates_system(extractions: list, task: Task) -> Timeline:  # type: ignore[type-arg]
    from newsdesk.synthesize import key_dates

    found = key_dates.select(extractions, task.dates, task.sentences, (task.start, task.end))
    return {kd.day: [s.text for s in kd.sentences] for kd in found.dates}


def pubcount_system(extractions: list, task: Task) -> Timeline:  # type: ignore[type-arg]
    by_day: dict[date, list] = defaultdict(list)  # type: ignore[type-arg]
    for ex in extractions:
        by_day[ex.article.published].append(ex)
    days = sorted(by_day, key=lambda d: (-len(by_day[d]), d))[: task.dates]
    chosen: Timeline = {}
    for day in days:
        leads = []
        for ex in sorted(by_day[day], key=lambda e: e.article.path or e.article.id):
            body = [s for s in ex.sentences if ex.article.in_body(s.start, s.end)]
            if body:
                leads.append(ex.article.text[body[0].start : body[0].end].strip())
        chosen[day] = leads[: task.sentences]
    return chosen


SYSTEMS = {"key-dates": key_dates_system, "pubcount": pubcount_system}


# --- fitting ----------------------------------------------------------------------------------


def fit(tasks: list[Task], extractions: dict[str, list]) -> dict[str, float]:  # type: ignore[type-arg]
    """Logistic regression of "is a gold date" on the key-date features, tuning timelines only."""
    from sklearn.linear_model import LogisticRegression

    from newsdesk.synthesize import key_dates

    rows, labels = [], []
    for task in tasks:
        if task.name not in TUNING:
            continue
        features = key_dates.day_features(in_window(extractions[task.topic], task))
        for day, values in sorted(features.items()):
            if task.start <= day <= task.end:
                rows.append([values[name] for name in key_dates.WEIGHTS])
                labels.append(int(day in task.gold))
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000)
    model.fit(rows, labels)
    return {
        name: round(float(w), 3) for name, w in zip(key_dates.WEIGHTS, model.coef_[0], strict=True)
    }


def check_weights(tasks: list[Task], extractions: dict[str, list]) -> None:  # type: ignore[type-arg]
    """Date F1 per split of the hand-set weights beside weights not chosen by hand: fitted on
    the tuning timelines, fitted leave-one-out within them (each tuning timeline scored with
    weights fitted on the other two), and the plain count of articles naming a day."""
    from newsdesk.synthesize import key_dates

    hand = dict(key_dates.WEIGHTS)
    tuning = [t for t in tasks if t.name in TUNING]
    plain = {name: float(name == "articles") for name in hand}
    rows: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    try:
        for label, weights in (("hand", hand), ("fitted", fit(tasks, extractions)),
                               ("articles", plain), ("leave-one-out", None)):  # fmt: skip
            for task in tasks:
                split = "tuning" if task.name in TUNING else "held-out"
                if weights is None:
                    if split != "tuning":
                        continue
                    others = [t for t in tuning if t is not task]
                    key_dates.WEIGHTS.update(fit(others, extractions))
                else:
                    key_dates.WEIGHTS.update(weights)
                pred = key_dates_system(in_window(extractions[task.topic], task), task)
                rows[label][split].append(100 * date_f1(pred, task.gold))
    finally:
        key_dates.WEIGHTS.update(hand)
    print(f"{'weights':<16}{'split':<9}{'n':>3}{'date F1':>9}   per timeline")
    for label, splits in rows.items():
        for split, values in splits.items():
            each = " ".join(f"{v:.1f}" for v in values)
            mean = sum(values) / len(values)
            print(f"{label:<16}{split:<9}{len(values):>3}{mean:>9.1f}   {each}")


# --- main -------------------------------------------------------------------------------------


def every(topic: str, args: argparse.Namespace) -> int:
    count = sum(1 for p in (args.data / "input" / topic).iterdir() if p.suffix == ".txt")
    return args.every if count > 1000 else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--stores", type=Path, default=STORES)
    parser.add_argument("--fit", action="store_true", help="print weights fitted on tuning")
    parser.add_argument(
        "--check-weights",
        action="store_true",
        help="date F1 of the hand-set weights beside fitted and plain ones, per split",
    )
    parser.add_argument("--topics", nargs="*", default=None, help="only these topics")
    parser.add_argument(
        "--every",
        type=int,
        default=1,
        help="read only every K-th article of topics over 1,000 articles (bpoil), file order",
    )
    args = parser.parse_args(argv)
    if not (args.data / "gold" / "tasks.jsonl").exists():
        print(f"news-timelines not found at {args.data}: skipped", file=sys.stderr)
        return 2
    tasks = load_tasks(args.data)
    if args.topics:
        tasks = [t for t in tasks if t.topic in args.topics]
    extractions = {
        topic: load_extractions(store_of(topic, args.data, args.stores, every(topic, args)))
        for topic in sorted({t.topic for t in tasks})
    }
    if args.check_weights:
        check_weights(tasks, extractions)
        return 0
    if args.fit:
        weights = fit(tasks, extractions)
        print("WEIGHTS = " + json.dumps(weights, indent=4))
        return 0
    results: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
    header = f"{'timeline':<22}{'split':<9}{'system':<11}{'l':>4}{'F1':>7}{'AR-1':>7}{'AR-2':>7}"
    print(header)
    for task in tasks:
        split = "tuning" if task.name in TUNING else "held-out"
        pool = in_window(extractions[task.topic], task)
        for system, run in SYSTEMS.items():
            began = time.perf_counter()
            pred = run(pool, task)
            seconds = time.perf_counter() - began
            scores = (
                100 * date_f1(pred, task.gold),
                100 * alignment_rouge(pred, task.gold, 1),
                100 * alignment_rouge(pred, task.gold, 2),
            )
            results[(split, system)].append(scores)
            print(
                f"{task.name:<22}{split:<9}{system:<11}{task.dates:>4}"
                + "".join(f"{v:>7.1f}" for v in scores)
                + f"   ({len(pool)} articles, {seconds:.1f} s)"
            )
    print()
    print(f"{'mean':<22}{'split':<9}{'system':<11}{'n':>4}{'F1':>7}{'AR-1':>7}{'AR-2':>7}")
    for (split, system), rows in sorted(results.items(), key=lambda kv: (kv[0][0] != "tuning",)):
        means = [sum(col) / len(rows) for col in zip(*rows, strict=True)]
        print(
            f"{'':<22}{split:<9}{system:<11}{len(rows):>4}" + "".join(f"{v:>7.1f}" for v in means)
        )
    print(ANCHORS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
