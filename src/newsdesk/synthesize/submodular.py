"""Coverage and diversity as submodular functions (Lin and Bilmes 2011), and their greedy solver.

Lin and Bilmes ("A Class of Submodular Functions for Document Summarization", ACL 2011;
39.35 ROUGE-1 on DUC 2004, ahead of the ICSI concept ILP's published 38.4) score a summary
``S`` of a story's sentences ``V`` by

    F(S) = L(S) + lambda R(S)
    L(S) = sum_{i in V} min(C_i(S), alpha C_i(V)),   C_i(S) = sum_{j in S} w_ij
    R(S) = sum_k sqrt(sum_{j in S and P_k} r_j),      r_j = (1 / N) sum_{i in V} w_ij

``w_ij`` the cosine of two sentences' tf-idf vectors.  ``L`` is *saturated* coverage: a
sentence of the story counts as represented once the summary is about ``alpha`` as similar to
it as the whole story is, so a second sentence telling the same fact earns nothing where it
is already covered.  ``R`` rewards diversity: ``P_1 ... P_K`` part the story by k-means over
the same vectors, and the square root makes the first sentence of a part worth more than a
second one from it.  Both are monotone and submodular, so the cost-scaled greedy
(Lin and Bilmes 2010: the best gain over words ** ``r``, then the best single sentence if it
is worth more) is within a constant factor of the optimum.

Everything here is deterministic: k-means starts from a seeded k-means++ draw, and every
``argmax`` takes the first of equals (the candidates' own order).  No spaCy: the vectors are
built from the sentence texts with ``concepts``' tokens and stems.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from newsdesk.knowledge.grammar import STOP_WORDS
from newsdesk.synthesize.concepts import stem, tokens

KMEANS_ITERATIONS = 50


def content_stems(text: str) -> list[str]:
    """The stems of a sentence's content words ("Officials said the wells leaked" ->
    "offici", "said", "well", "leak"): function words and lone digits say nothing of it."""
    return [
        stem(w) for w in tokens(text) if w not in STOP_WORDS and not (w.isdigit() and len(w) == 1)
    ]


def tfidf(texts: Sequence[str]) -> np.ndarray:
    """Unit-length tf-idf rows, one per text; idf over these texts (the story's sentences).

    A text with no content word is a zero row (similar to nothing)."""
    bags = [Counter(content_stems(t)) for t in texts]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vocabulary = {w: k for k, w in enumerate(sorted(df))}
    matrix = np.zeros((len(texts), len(vocabulary)))
    n = len(texts)
    for row, bag in enumerate(bags):
        for w, tf in bag.items():
            matrix[row, vocabulary[w]] = tf * math.log(n / df[w]) if n > 1 else float(tf)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def kmeans(vectors: np.ndarray, k: int, seed: int = 0) -> np.ndarray:
    """A cluster label per row: Lloyd's k-means from a seeded k-means++ start.

    The same rows and seed give the same labels; ties go to the lower cluster."""
    n = len(vectors)
    k = max(1, min(k, n))
    rng = np.random.default_rng(seed)
    centres = [int(rng.integers(n))]
    nearest = ((vectors - vectors[centres[0]]) ** 2).sum(axis=1)
    while len(centres) < k:
        total = float(nearest.sum())
        if total <= 0:  # every row sits on a centre: the rest would be copies
            break
        pick = int(np.searchsorted(np.cumsum(nearest), rng.random() * total, side="right"))
        pick = min(pick, n - 1)
        centres.append(pick)
        nearest = np.minimum(nearest, ((vectors - vectors[pick]) ** 2).sum(axis=1))
    means = vectors[centres].copy()
    labels = np.full(n, -1)
    for _ in range(KMEANS_ITERATIONS):
        distances = ((vectors[:, None, :] - means[None, :, :]) ** 2).sum(axis=2)
        new = distances.argmin(axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        for c in range(len(means)):
            members = vectors[labels == c]
            if len(members):  # an emptied cluster keeps its centre
                means[c] = members.mean(axis=0)
    return np.asarray(labels)


class Objective:
    """``F(S) = L(S) + lambda R(S)`` over a ground set of ``N`` sentences, ``S`` drawn from
    ``M`` candidates (``columns``: each candidate's row in the ground set).

    ``importance`` weighs each ground sentence's saturated coverage (all ones in the paper;
    a lead weighting is the variant this project measures)."""

    def __init__(
        self,
        similarity: np.ndarray,
        columns: Sequence[int],
        alpha: float,
        diversity: float,
        labels: Sequence[int],
        importance: np.ndarray | None = None,
    ) -> None:
        n = len(similarity)
        self.w = similarity[:, list(columns)]  # N x M: how much candidate j covers sentence i
        self.cap = alpha * similarity.sum(axis=1)
        self.importance = np.ones(n) if importance is None else importance
        self.reward = similarity[:, list(columns)].sum(axis=0) / n  # r_j
        self.labels = np.asarray(labels)
        self.diversity = diversity

    def value(self, chosen: Sequence[int]) -> float:
        covered = self.w[:, list(chosen)].sum(axis=1)
        coverage = float((self.importance * np.minimum(covered, self.cap)).sum())
        parts: dict[int, float] = {}
        for j in chosen:
            parts[int(self.labels[j])] = parts.get(int(self.labels[j]), 0.0) + self.reward[j]
        return coverage + self.diversity * sum(math.sqrt(v) for v in parts.values())

    def gains(self, chosen: Sequence[int], among: Sequence[int]) -> np.ndarray:
        """``F(S + j) - F(S)`` for every ``j`` in ``among``."""
        covered = self.w[:, list(chosen)].sum(axis=1)
        before = np.minimum(covered, self.cap)
        cols = list(among)
        after = np.minimum(covered[:, None] + self.w[:, cols], self.cap[:, None])
        coverage = (self.importance[:, None] * (after - before[:, None])).sum(axis=0)
        parts: dict[int, float] = {}
        for j in chosen:
            parts[int(self.labels[j])] = parts.get(int(self.labels[j]), 0.0) + self.reward[j]
        diverse = np.array([
            math.sqrt(parts.get(int(self.labels[j]), 0.0) + self.reward[j])
            - math.sqrt(parts.get(int(self.labels[j]), 0.0))
            for j in cols
        ])
        return np.asarray(coverage + self.diversity * diverse)


def greedy(
    value: Callable[[Sequence[int]], float],
    gains: Callable[[Sequence[int], Sequence[int]], np.ndarray],
    costs: Sequence[int],
    budget: int,
    scale: float,
) -> list[int]:
    """The cost-scaled greedy of Lin and Bilmes (2010), indices in the order chosen.

    Each step takes, among the candidates left, the best ``gain / cost ** scale`` (the first
    of equals); it joins the summary if it fits the budget and gains, and leaves the
    candidates either way.  The best single candidate that fits replaces the result when it
    is worth more on its own (the step that gives the constant-factor guarantee)."""
    fitting = [j for j, c in enumerate(costs) if 0 < c <= budget]
    chosen: list[int] = []
    left = list(fitting)
    used = 0
    while left:
        left = [j for j in left if used + costs[j] <= budget]
        if not left:
            break
        g = gains(chosen, left)
        ratio = g / np.array([costs[j] ** scale for j in left])
        best = int(np.argmax(ratio))
        j = left.pop(best)
        if g[best] > 0:
            chosen.append(j)
            used += costs[j]
    if not fitting:
        return chosen
    single = gains([], fitting)
    best_single = fitting[int(np.argmax(single))]
    if float(single.max()) > value(chosen):
        return [best_single]
    return chosen


def chord_rows(total: float, pieces: int) -> list[tuple[float, float]]:
    """(slope, intercept) of the chords of ``sqrt`` on [0, total] at breakpoints
    ``total * (m / pieces) ** 2``: the least of them is a concave piecewise-linear ``sqrt``,
    exact at the breakpoints, so a linear programme can maximise it (``coverage.choose``)."""
    if total <= 0:
        return []
    points = [total * (m / pieces) ** 2 for m in range(pieces + 1)]
    rows = []
    for a, b in itertools.pairwise(points):
        slope = (math.sqrt(b) - math.sqrt(a)) / (b - a)
        rows.append((slope, math.sqrt(a) - slope * a))
    return rows
