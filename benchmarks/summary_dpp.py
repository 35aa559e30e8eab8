"""A determinantal point process summary (Kulesza and Taskar 2011, 2012), measured against the
concept ILP of ``newsdesk.synthesize.summary`` on the timeline clusters' tuning part.

Usage::

    nice .venv/bin/python benchmarks/summary_dpp.py --cache DIR [--grid] [--part tune|held]
        [--quality concepts|learned] [--beta B] [--similarity words|bigrams|both]
        [--select log|ratio]

The DPP scores a set of sentences Y by det(L_Y), L_ij = q_i S_ij q_j: q_i a sentence's
quality, S_ij the cosine of two sentences' tf-idf vectors (a sentence repeating a chosen one
adds little: its residual after projection on the chosen sentences is small), so
det(L_Y) = prod q_i^2 * det(S_Y) weighs quality against diversity.  MAP inference under the
word budget is greedy and deterministic (Kulesza and Taskar's summaries used the same greedy
rule): at each step the sentence of best gain among those that still fit, where the gain is

* ``log``: log det(L_{Y+i}) - log det(L_Y) = 2 log q_i + log r_i^2 (r_i the residual), or
* ``ratio``: q_i^2 r_i^2 / words_i, the determinant's growth per word (cost-scaled, as Lin and
  Bilmes' budgeted greedy),

with the best single sentence as a floor.  Qualities:

* ``concepts``: q_i = v_i ** BETA, v_i the sentence's own concept value in the summary
  module (its concepts' weights, learned or counted, times its reading prior: the lead
  weighting, opinion halving and history pool come with it);
* ``learned``: Kulesza and Taskar's log-linear quality, q_i = exp(theta . f_i / 2), theta
  fitted by maximum likelihood of oracle summaries (greedy ROUGE-2 oracles under the
  budget) on the tuning clusters given (``--fit first|second|all``), f_i: log concept value,
  lead weight, log words, quotation and dangling openings, tf-idf similarity to the story.

Stories of fewer than ``summary.LEARNED_REPORTS`` reports keep the ILP (their rules: the
recent-week vote, newest first), as the learned concept weights do.  Citations, history and
the newest-first order are the summary module's own (the candidates and ``Cited`` records
are built by it).  Not shipped: see `docs/rounds/summary.md`, "Determinantal point
processes (issue 13,
eighteenth round)".
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import summary_rouge
from newsdesk.model import Extraction
from newsdesk.synthesize import summary
from newsdesk.synthesize.concepts import is_bigram
from newsdesk.synthesize.summary import Cited

BETA = 1.0
SIMILARITY = "words"
SELECT = "log"
QUALITY = "concepts"
THETA: np.ndarray | None = None  # learned quality weights (``fit``)
FEATURE_NAMES = ("log value", "lead", "log words", "quote", "dangling", "centrality", "bias")


def _vectors(pool: list[summary._Candidate], kind: str) -> np.ndarray:
    """Unit tf-idf vectors of the candidates (idf over the candidates themselves)."""
    def units(c: summary._Candidate) -> list[str]:
        if kind == "words":
            return [k for k in c.concepts if not is_bigram(k)]
        if kind == "bigrams":
            return [k for k in c.concepts if is_bigram(k)]
        return list(c.concepts)

    held = [units(c) for c in pool]
    df: Counter[str] = Counter()
    for keys in held:
        df.update(keys)
    vocab = {k: i for i, k in enumerate(sorted(df))}
    n = len(pool)
    matrix = np.zeros((n, max(1, len(vocab))))
    for row, keys in enumerate(held):
        for k in keys:
            matrix[row, vocab[k]] = math.log(1 + n / df[k])
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    return matrix / norms[:, None]


def _features(pool: list[summary._Candidate], values: np.ndarray, phi: np.ndarray) -> np.ndarray:
    centroid = phi.sum(axis=0)
    centroid /= max(np.linalg.norm(centroid), 1e-12)
    rows = []
    for k, c in enumerate(pool):
        text = c.text
        rows.append([
            math.log(max(values[k], 1e-6)),
            math.exp(-c.position / summary.LEAD_DECAY),
            math.log(c.words),
            float(text.startswith(summary._OPEN_QUOTE)),
            float(bool(summary._DANGLING.match(text))),
            float(phi[k] @ centroid),
            1.0,
        ])
    return np.array(rows)


_STORIES: dict[tuple[str, ...], tuple[list[summary._Candidate], np.ndarray]] = {}


def _story(extractions: list[Extraction]):
    """The candidates (the summary module's pool) and each one's own concept value."""
    key = tuple(ex.article.id for ex in extractions)
    if key not in _STORIES:
        _STORIES[key] = _read_story(extractions)
    return _STORIES[key]


def _read_story(extractions: list[Extraction]):
    found, weights, _shared = summary._read(extractions)
    pool = summary._pool(found)
    values = np.array([
        c.prior * sum(weights.get(k, 0.0) for k in c.concepts) for c in pool
    ])
    _WEIGHTS[tuple(ex.article.id for ex in extractions)] = weights
    return pool, values


_WEIGHTS: dict[tuple[str, ...], dict[str, float]] = {}
LAMBDA = 1.0  # the hybrid's weight of the log-determinant beside concept coverage


def hybrid(pool: list[summary._Candidate], weights: dict[str, float], phi: np.ndarray,
           budget: int) -> list[int]:
    """Cost-scaled greedy on concept coverage (each concept once, as the ILP counts it) plus
    LAMBDA times the log-determinant of the chosen sentences' similarity (DPP diversity)."""
    n = len(pool)
    residual = np.ones(n)
    basis: list[np.ndarray] = []
    covered: set[str] = set()
    chosen: list[int] = []
    used = 0
    while True:
        best, best_gain = -1, 0.0
        for k, c in enumerate(pool):
            if k in chosen or used + c.words > budget:
                continue
            cover = c.prior * sum(weights.get(x, 0.0) for x in c.concepts - covered)
            gain = (cover + LAMBDA * math.log(max(residual[k], 1e-12))) / c.words
            if gain > best_gain:
                best, best_gain = k, gain
        if best < 0:
            break
        chosen.append(best)
        used += pool[best].words
        covered |= pool[best].concepts
        e = phi[best] - sum((phi[best] @ b) * b for b in basis)
        norm = np.linalg.norm(e)
        if norm > 1e-6:
            e = e / norm
            basis.append(e)
            residual = residual - (phi @ e) ** 2
    return chosen


def greedy(quality: np.ndarray, phi: np.ndarray, words: np.ndarray, budget: int,
           select: str) -> list[int]:
    """Greedy MAP of the DPP L = diag(q) Phi Phi^T diag(q) under the word budget."""
    n = len(quality)
    residual = np.ones(n)  # squared norm of each phi_i off the span of the chosen
    basis: list[np.ndarray] = []
    chosen: list[int] = []
    used = 0
    free = np.ones(n, dtype=bool)
    logq2 = 2 * np.log(np.maximum(quality, 1e-300))
    while True:
        fits = free & (words <= budget - used)
        if not fits.any():
            break
        r2 = np.maximum(residual, 1e-12)
        # log: the log-determinant's growth; ratio: the determinant's growth per word
        gain = logq2 + np.log(r2) if select == "log" else np.exp(logq2 - logq2.max()) * r2 / words
        gain = np.where(fits, gain, -np.inf)
        i = int(np.argmax(gain))  # first of equals: deterministic
        chosen.append(i)
        used += int(words[i])
        free[i] = False
        e = phi[i] - sum((phi[i] @ b) * b for b in basis)
        norm = np.linalg.norm(e)
        if norm > 1e-6:
            e = e / norm
            basis.append(e)
            residual = residual - (phi @ e) ** 2
    return chosen


def dpp_summarize(extractions: list[Extraction], words: int = 120) -> list[Cited]:
    reporting = sum(ex.article.genre != "opinion" for ex in extractions)
    if reporting < summary.LEARNED_REPORTS:
        return summary.summarize(extractions, words)
    pool, values = _story(extractions)
    if not pool:
        return []
    phi = _vectors(pool, SIMILARITY)
    if QUALITY == "learned":
        assert THETA is not None
        quality = np.exp(_features(pool, values, phi) @ THETA / 2)
    else:
        quality = np.maximum(values, 1e-6) ** BETA
    counts = np.array([c.words for c in pool])
    if SELECT == "hybrid":
        weights = _WEIGHTS[tuple(ex.article.id for ex in extractions)]
        picked = hybrid(pool, weights, phi, words)
    else:
        picked = greedy(quality, phi, counts, words, SELECT)
    chosen = [pool[k] for k in picked] or [pool[int(np.argmax(values))]]
    chosen.sort(key=summary._newest_first)
    return [
        Cited(c.text, c.extraction.article.id, c.extraction.article.path,
              c.extraction.article.outlet, c.start, c.end, c.when.history)
        for c in chosen
    ]


# --- learning the quality (Kulesza and Taskar 2011: maximum likelihood of oracle summaries) ---


def oracle(pool: list[summary._Candidate], references: list[str], budget: int) -> list[int]:
    """Greedy ROUGE-2 recall oracle: sentences adding the most reference bigrams per word."""
    from newsdesk.synthesize.concepts import stem, tokens

    def grams(text: str) -> Counter[str]:
        s = [stem(t) for t in tokens(text)]
        return Counter(f"{a} {b}" for a, b in pairwise(s))

    refs = [grams(r) for r in references]
    cands = [grams(c.text) for c in pool]
    have: Counter[str] = Counter()
    chosen: list[int] = []
    used = 0

    def gain(extra: Counter[str]) -> float:
        total = 0.0
        for ref in refs:
            hit_now = sum(min(v, have[k]) for k, v in ref.items())
            hit = sum(min(v, have[k] + extra[k]) for k, v in ref.items())
            total += (hit - hit_now) / max(1, sum(ref.values()))
        return total

    while True:
        best, best_gain = -1, 0.0
        for k, c in enumerate(pool):
            if k in chosen or used + c.words > budget:
                continue
            g = gain(cands[k]) / c.words
            if g > best_gain:
                best, best_gain = k, g
        if best < 0:
            break
        chosen.append(best)
        have.update(cands[best])
        used += pool[best].words
    return chosen


def fit(clusters: list[summary_rouge.Cluster], budget: int, l2: float = 0.1) -> np.ndarray:
    """theta maximising sum log P(oracle) - l2 |theta|^2 under the conditional DPP."""
    from scipy.optimize import minimize

    data = []
    for cluster in clusters:
        reporting = sum(ex.article.genre != "opinion" for ex in cluster.extractions)
        if reporting < summary.LEARNED_REPORTS:
            continue
        pool, values = _story(cluster.extractions)
        if len(pool) < 2:
            continue
        phi = _vectors(pool, SIMILARITY)
        target = oracle(pool, cluster.references, budget)
        if target:
            data.append((_features(pool, values, phi), phi @ phi.T, target))
    dim = len(FEATURE_NAMES)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * theta @ theta, 2 * l2 * theta
        for feats, sim, target in data:
            q = np.exp(feats @ theta / 2)
            big = q[:, None] * sim * q[None, :]
            sub = big[np.ix_(target, target)]
            _sign, logdet = np.linalg.slogdet(sub + 1e-9 * np.eye(len(target)))
            _, lognorm = np.linalg.slogdet(big + np.eye(len(q)))
            total -= logdet - lognorm
            kernel = big @ np.linalg.inv(big + np.eye(len(q)))  # marginal kernel K
            grad -= feats[target].sum(axis=0) - np.diag(kernel) @ feats
        return total, grad

    result = minimize(loss, np.zeros(dim), jac=True, method="L-BFGS-B")
    return result.x


# --- scoring ------------------------------------------------------------------------------------


def run(clusters, system, words=100):
    results, _seconds, bad = summary_rouge.score(clusters, {"s": system}, words, False)
    if bad:
        print("CITATION ERRORS", bad[:3])
    return results["s"]


def mean(rows, lo=0, hi=None):
    part = rows[lo:hi]
    return statistics.mean(r[0] for r in part), statistics.mean(r[1] for r in part)


def paired(a, b, k):
    d = [x[k] - y[k] for x, y in zip(a, b, strict=True)]
    return statistics.mean(d), statistics.stdev(d) / math.sqrt(len(d))


def main() -> int:
    global BETA, SIMILARITY, SELECT, QUALITY, THETA, LAMBDA
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--part", choices=("tune", "held"), default="tune")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--beta", type=float, default=BETA)
    parser.add_argument("--similarity", default=SIMILARITY)
    parser.add_argument("--select", default=SELECT)
    parser.add_argument("--quality", default=QUALITY)
    parser.add_argument("--fit", choices=("first", "second", "all", "cross"), default="cross")
    parser.add_argument("--no-own", action="store_true")
    args = parser.parse_args()
    clusters = summary_rouge.timeline_clusters(summary_rouge.TIMELINES, args.part, None,
                                               args.cache)
    clusters.sort(key=lambda c: c.name)
    middle = len(clusters) // 2
    own = [] if args.no_own else summary_rouge.own_clusters(summary_rouge.CLUSTERS)
    base = run(clusters, summary.summarize)
    print(f"{args.part}: {len(clusters)} clusters (halves {middle} / {len(clusters) - middle})")

    def report(name: str, rows, own_rows=None) -> None:
        r = mean(rows)
        line = (f"  {name:<40} {r[0]:6.2f} / {r[1]:6.2f}  "
                f"first {mean(rows, 0, middle)[0]:.2f} / {mean(rows, 0, middle)[1]:.2f}  "
                f"second {mean(rows, middle)[0]:.2f} / {mean(rows, middle)[1]:.2f}  "
                f"paired {paired(rows, base, 0)[0]:+.2f} ± {paired(rows, base, 0)[1]:.2f} / "
                f"{paired(rows, base, 1)[0]:+.2f} ± {paired(rows, base, 1)[1]:.2f}")
        if own_rows:
            line += f"  own {mean(own_rows)[0]:.2f} / {mean(own_rows)[1]:.2f}"
        print(line, flush=True)

    report("ILP (main)", base, run(own, summary.summarize) if own else None)
    if args.quality == "learned":
        QUALITY = "learned"
        SIMILARITY, SELECT = args.similarity, args.select
        halves = {"first": clusters[:middle], "second": clusters[middle:], "all": clusters}
        if args.fit == "cross":
            rows = []
            for fitted, scored in (("second", slice(0, middle)), ("first", slice(middle, None))):
                THETA = fit(halves[fitted], 100)
                print(f"  theta fitted on {fitted}: " + ", ".join(
                    f"{n} {t:+.2f}" for n, t in zip(FEATURE_NAMES, THETA, strict=True)))
                rows += run(clusters[scored], dpp_summarize)
            report(f"learned DPP, cross-fit ({SIMILARITY}, {SELECT})", rows)
        else:
            THETA = fit(halves[args.fit], 100)
            print("  theta: " + ", ".join(
                f"{n} {t:+.2f}" for n, t in zip(FEATURE_NAMES, THETA, strict=True)))
            report(f"learned DPP fitted on {args.fit} ({SIMILARITY}, {SELECT})",
                   run(clusters, dpp_summarize), run(own, dpp_summarize) if own else None)
        return 0
    settings = [(args.beta, args.similarity, args.select)]
    if args.select == "hybrid":
        SIMILARITY, SELECT = args.similarity, args.select
        for LAMBDA in (0.0, 0.5, 2.0):
            report(f"hybrid lambda {LAMBDA} {SIMILARITY}", run(clusters, dpp_summarize),
                   run(own, dpp_summarize) if own else None)
        return 0
    if args.grid:
        settings = [(b, s, sel) for sel in ("log", "ratio") for s in ("words", "both")
                    for b in (0.5, 1.0, 2.0, 4.0)]
    for BETA, SIMILARITY, SELECT in settings:
        report(f"DPP beta {BETA} {SIMILARITY} {SELECT}", run(clusters, dpp_summarize),
               run(own, dpp_summarize) if own else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
