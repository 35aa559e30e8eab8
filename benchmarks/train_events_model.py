"""Build ``src/newsdesk/extract/models/event_types.json`` from our own sentences.

Usage::

    .venv/bin/python benchmarks/train_events_model.py [--data benchmarks/data/event_sentences.tsv]
        [--folds 5] [--check]

The sentences (``benchmarks/data/event_sentences.tsv``, see its README) were written for this
project from the PLOVER manual's definitions; no gold record of any benchmark is read here.
Each sentence is parsed and read by the very coder that runs in the pipeline
(``extract.events.coder.Coder.candidates``), so the features are the ones it will see.  A
candidate at the bracketed trigger takes the sentence's label; any other candidate the lexicon
has no sense for is a NONE example (it is a verb the sentence uses without reporting an event
with it); other lexicon candidates are left out, since the sentence may well report a second
event with them.  Every candidate of a NONE sentence is NONE.

Two multinomial logistic regressions with L2 penalty are fitted by full-batch Adam in numpy
(fixed steps, no sampling, sorted features: the same data gives the same file): the type model
(16 PLOVER types and NONE) over all candidates, the mode model ("TYPE:mode", "TYPE:-") over the
event candidates.  The penalty is chosen by cross-validation over the sentences themselves
(``--folds``: candidates of one sentence stay in one fold); ``--check`` only reports it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "event_sentences.tsv"
_BRACKET = re.compile(r"\[([^\]]+)\]")
PENALTIES = (0.0003, 0.001, 0.003, 0.01)
STEPS = 300


@dataclass
class Sentence:
    label: str  # TYPE, TYPE:mode or NONE
    actors: list[str]
    recipients: list[str]
    text: str
    trigger: tuple[int, int]

    @property
    def type(self) -> str:
        return self.label.split(":", 1)[0]


def read_sentences(path: Path = DATA) -> list[Sentence]:
    """The data file: ``label<TAB>actors<TAB>recipients<TAB>sentence with [trigger]``."""
    found: list[Sentence] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise SystemExit(f"{path}:{n}: expected 4 tab-separated fields")
        label, actors, recipients, marked = parts
        match = _BRACKET.search(marked)
        if match is None:
            raise SystemExit(f"{path}:{n}: no [trigger]")
        text = marked[: match.start()] + match.group(1) + marked[match.end():]
        trigger = (match.start(), match.start() + len(match.group(1)))
        found.append(Sentence(label, [] if actors == "-" else actors.split(),
                              [] if recipients == "-" else recipients.split(), text, trigger))
    return found


Row = tuple[int, list[str], str, str]  # sentence index, features, type label, mode label


def rows_of(sentences: list[Sentence], report: bool = True) -> list[Row]:
    """Candidates of every sentence with their features and labels."""
    from newsdesk import annotate
    from newsdesk.extract.events.coder import Coder
    from newsdesk.extract.events.model import NONE
    from newsdesk.extract.reading import read
    from newsdesk.model import Article, article_id

    rows: list[Row] = []
    docs = annotate.parse_many([s.text for s in sentences])
    for n, (sentence, doc) in enumerate(zip(sentences, docs, strict=True)):
        article = Article(id=article_id(sentence.text), text=sentence.text,
                          published=date(2020, 6, 17))
        coder = Coder(read(doc, article))
        coder.models = None
        start, end = sentence.trigger
        matched = False
        for sent in coder.body_sentences():
            candidates = coder.candidates(sent, bare=True)
            inside = [c for c in candidates if any(
                start <= t.idx < end for t in (c.item.token, c.item.carrier) if t is not None)]
            if not inside:  # "held [talks]": the candidate governs the bracketed word
                inside = [c for c in candidates if any(
                    start <= t.idx < end and t.head.i in (c.item.token.i, c.head.i)
                    for t in sent)]
            if not inside:  # "[ready] to mediate": the candidate is the word's complement
                inside = [c for c in candidates if start <= c.item.token.head.idx < end]
            for candidate in candidates:
                if candidate in inside:
                    matched = True
                    mode = sentence.label.split(":", 1)[1] if ":" in sentence.label else "-"
                    rows.append((n, candidate.features, sentence.type,
                                 f"{sentence.type}:{mode}"))
                elif sentence.type == NONE or not candidate.item.senses:
                    rows.append((n, candidate.features, NONE, ""))
        if not matched and report and sentence.type != NONE:
            print(f"no candidate at the trigger: {sentence.text}", file=sys.stderr)
    return rows


@dataclass
class Fitted:
    labels: list[str]
    features: list[str]
    weights: np.ndarray  # features x labels
    bias: np.ndarray


def fit(rows: list[tuple[list[str], str]], l2: float, steps: int = STEPS,
        min_count: int = 2) -> Fitted:
    labels = sorted({label for _, label in rows})
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    row_ids, col_ids = [], []
    for r, (feats, _) in enumerate(rows):
        for f in sorted(set(feats)):
            if f in index:
                row_ids.append(r)
                col_ids.append(index[f])
    rows_a, cols_a = np.array(row_ids), np.array(col_ids)
    n, k, m = len(rows), len(names), len(labels)
    y = np.zeros((n, m))
    for r, (_, label) in enumerate(rows):
        y[r, labels.index(label)] = 1.0
    w, b = np.zeros((k, m)), np.zeros(m)
    mw, vw, mb, vb = np.zeros((k, m)), np.zeros((k, m)), np.zeros(m), np.zeros(m)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        z = np.zeros((n, m))
        np.add.at(z, rows_a, w[cols_a])
        z += b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - y) / n
        gw = np.zeros((k, m))
        np.add.at(gw, cols_a, err[rows_a])
        gw += l2 * w
        gb = err.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        w -= lr * (mw / (1 - beta1**step)) / (np.sqrt(vw / (1 - beta2**step)) + eps)
        b -= lr * (mb / (1 - beta1**step)) / (np.sqrt(vb / (1 - beta2**step)) + eps)
    return Fitted(labels, names, w, b)


def predict(model: Fitted, feats: list[str]) -> str:
    index = {f: i for i, f in enumerate(model.features)}
    z = model.bias.copy()
    for f in set(feats):
        if f in index:
            z += model.weights[index[f]]
    return model.labels[int(np.argmax(z))]


def to_json(model: Fitted, floor: float = 0.01) -> dict[str, object]:
    weights: dict[str, dict[str, float]] = {}
    for f, row in zip(model.features, model.weights, strict=True):
        kept = {str(j): round(float(v), 3) for j, v in enumerate(row) if abs(v) >= floor}
        if kept:
            weights[f] = kept
    return {"labels": model.labels, "bias": [round(float(v), 4) for v in model.bias],
            "weights": weights}


def fold_of(text: str, folds: int) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % folds


def cross_validate(sentences: list[Sentence], rows: list[Row], folds: int) -> dict[float, float]:
    """Accuracy at each sentence's trigger (and NONE kept NONE), per penalty, held-out folds."""
    scores: dict[float, float] = {}
    for l2 in PENALTIES:
        right = total = 0
        for k in range(folds):
            train = [(f, t) for n, f, t, _ in rows if fold_of(sentences[n].text, folds) != k]
            test = [(n, f, t) for n, f, t, _ in rows if fold_of(sentences[n].text, folds) == k]
            model = fit(train, l2)
            for _n, feats, label in test:
                right += predict(model, feats) == label
                total += 1
        scores[l2] = right / total if total else 0.0
        print(f"  L2 {l2:<8} held-out candidate accuracy {100 * scores[l2]:.1f}", file=sys.stderr)
    return scores


def main(argv: list[str] | None = None) -> int:
    from newsdesk.extract.events.model import MODEL_PATH

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="cross-validate only")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    sentences = read_sentences(args.data)
    rows = rows_of(sentences)
    kinds = sorted({s.type for s in sentences})
    print(f"{len(sentences)} sentences ({len(kinds)} labels), {len(rows)} candidates",
          file=sys.stderr)
    scores = cross_validate(sentences, rows, args.folds)
    best = max(PENALTIES, key=lambda l2: (scores[l2], l2))
    print(f"chosen L2 {best}", file=sys.stderr)
    if args.check:
        return 0
    types = fit([(f, t) for _, f, t, _ in rows], best)
    modes = fit([(f, m) for _, f, t, m in rows if m], best)
    payload = {
        "about": "PLOVER type and mode of an event candidate; trained by "
                 "benchmarks/train_events_model.py on benchmarks/data/event_sentences.tsv "
                 f"({len(sentences)} sentences of our own), L2 {best}",
        "types": to_json(types),
        "modes": to_json(modes),
    }
    args.out.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
