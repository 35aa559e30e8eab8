"""Fit the summary's learned concept weights (Li, Qian and Liu 2013) on the tuning part.

Usage::

    nice .venv/bin/python benchmarks/fit_concept_weights.py --cache DIR
        [--half first|second|all] [--out PATH]

For every cluster of the timeline clusters' **tuning part** (``summary_rouge.py``'s split: the
earlier half of the oil-spill dates; the held-out part is never read) with at least
``summary.LEARNED_REPORTS`` reporting articles (the stories the weights are used for), every
shared concept of the cluster's body sentences (``summary.story_concepts``: stemmed bigrams
and content words with their ``FEATURES``, used by ``MIN_ARTICLES`` articles or more: the
concepts the solver counts once; the others keep ``RARE_WEIGHT`` of the learned weight, as
of the counted one) is one row, and its target is the share of the cluster's references
that hold it.  Two L2-regularised logistic regressions (bigrams, content words) are fitted on
standardised features by L-BFGS from zero, each cluster weighing the same, so the same parse
gives the same file.  ``--half`` fits on one half of the tuning dates only (the cross-fit
check: fit on one half, score the other).  The default output is the file the summary reads,
``src/newsdesk/synthesize/models/concept_weights.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
import summary_rouge
from newsdesk.synthesize import summary
from newsdesk.synthesize.concepts import concepts, is_bigram

OUT = summary_rouge.ROOT / "src" / "newsdesk" / "synthesize" / "models" / "concept_weights.json"
SHARED = math.log1p(summary.MIN_ARTICLES) - 1e-9  # "log articles" of a shared concept
L2 = 1e-2  # on the mean loss per cluster, over standardised features (by the cross-fit check)


def rows(clusters: list[summary_rouge.Cluster]) -> tuple[np.ndarray, ...]:
    """Features, targets, per-row weights (each cluster sums to one) and the bigram mask."""
    xs, ys, ws, bigram = [], [], [], []
    for cluster in clusters:
        reports = sum(ex.article.genre != "opinion" for ex in cluster.extractions)
        if reports < summary.LEARNED_REPORTS:
            continue  # a story the learned weights do not apply to
        refs = [concepts(r) for r in cluster.references]
        table = summary.story_concepts(cluster.extractions)
        kept = sorted(c for c, x in table.items() if x[1] >= SHARED)
        for concept in kept:
            xs.append(table[concept])
            ys.append(sum(concept in r for r in refs) / len(refs))
            ws.append(1.0 / len(kept))
            bigram.append(is_bigram(concept))
    return np.array(xs), np.array(ys), np.array(ws), np.array(bigram)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Intercept and coefficients of a weighted logistic regression with soft targets."""
    design = np.hstack([np.ones((len(x), 1)), x])
    total = w.sum()

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        z = design @ beta
        p = 1.0 / (1.0 + np.exp(-z))
        nll = np.logaddexp(0.0, z) - y * z
        penalty = 0.5 * L2 * float(beta[1:] @ beta[1:])
        grad = design.T @ (w * (p - y)) / total
        grad[1:] += L2 * beta[1:]
        return float(w @ nll) / total + penalty, grad

    result = minimize(loss, np.zeros(design.shape[1]), jac=True, method="L-BFGS-B",
                      options={"maxiter": 1000, "gtol": 1e-9})
    return np.asarray(result.x)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timelines", type=Path, default=summary_rouge.TIMELINES)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--half", choices=("first", "second", "all"), default="all")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    clusters = summary_rouge.timeline_clusters(args.timelines, "tune", None, args.cache)
    clusters.sort(key=lambda c: c.name)
    middle = len(clusters) // 2
    chosen = {"first": clusters[:middle], "second": clusters[middle:], "all": clusters}[args.half]
    x, y, w, bigram = rows(chosen)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    model = {
        "method": "Li, Qian and Liu 2013: P(a reference holds the concept), logistic",
        "fitted on": f"summary_rouge.py tuning part, {args.half} ({len(chosen)} clusters, "
                     f"{chosen[0].name} to {chosen[-1].name})",
        "features": list(summary.FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "bigram": [round(float(v), 6) for v in fit(z[bigram], y[bigram], w[bigram])],
        "word": [round(float(v), 6) for v in fit(z[~bigram], y[~bigram], w[~bigram])],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(y)} concepts ({int(bigram.sum())} bigrams) of {len(chosen)} clusters")
    for name, key in (("bigram", "bigram"), ("word", "word")):
        print(f"  {name}: intercept {model[key][0]:+.3f}, " + ", ".join(
            f"{f} {c:+.3f}" for f, c in zip(summary.FEATURES, model[key][1:], strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
