"""Choose the sentences that cover the most concept weight within a word budget, exactly.

This is the integer linear programme of Gillick and Favre (2009, "A Scalable Global Model for
Summarization"; the ICSI system of TAC 2008-2009, 38.4 ROUGE-1 / 9.8 ROUGE-2 on DUC 2004):
one 0/1 variable per sentence s_j and per concept c_i,

    maximise    sum_i w_i c_i  +  sum_j b_j s_j
    subject to  sum_j words_j s_j <= budget
                c_i <= sum_{j covers i} s_j          (a concept counts once, if covered)
                sum_{j in g} s_j <= 1                (one version of a sentence at most)

Redundancy needs no threshold: a second sentence on the same fact covers nothing new and
earns nothing.  ``b_j`` is a sentence's own bonus or penalty (a prior on how it reads out of
context), and a tiny reward per word prefers, between equal coverages, the fuller summary.
The solver is HiGHS through ``scipy.optimize.milp``; a summary's programme (a few hundred
sentences and concepts) solves in well under a second.  Should the solver stop without a
solution (it has a node limit, never a clock limit, so that the same input gives the same
summary on any machine), the greedy rule with the best single sentence as a floor (Khuller,
Moss and Naor 1999) decides instead.

**Diversity** (off unless ``diversity`` is given; Lin and Bilmes 2011's reward, ``submodular``):
``lambda sum_k sqrt(sum_{j in S, part k} r_j)`` added to the objective, the parts a k-means
clustering of the sentences.  The square root is concave and the objective is maximised, so
one continuous variable ``t_k`` per part bounded by the chords of ``sqrt``
(``submodular.chord_rows``) gives it exactly at the chords' breakpoints and within a few per
cent between them: the programme stays exact in everything else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsdesk.synthesize import submodular

NODE_LIMIT = 20000  # branch-and-bound nodes before the greedy answer is taken instead


@dataclass(frozen=True)
class Option:
    """A sentence as the solver sees it."""

    words: int
    concepts: frozenset[str]
    bonus: float = 0.0
    group: int | None = None  # options of one group are versions of one sentence: one at most


@dataclass(frozen=True)
class Diversity:
    """A diversity reward for ``choose``: each option's part (``labels``) and singleton
    reward (``rewards``), and the reward's weight."""

    labels: Sequence[int]
    rewards: Sequence[float]
    weight: float


CHORDS = 12  # pieces of the piecewise-linear square root of a part's reward


def value(chosen: Sequence[Option], weights: Mapping[str, float]) -> float:
    covered = frozenset().union(*(o.concepts for o in chosen)) if chosen else frozenset()
    return sum(weights.get(c, 0.0) for c in covered) + sum(o.bonus for o in chosen)


def choose(
    options: Sequence[Option],
    weights: Mapping[str, float],
    budget: int,
    diversity: Diversity | None = None,
) -> list[int]:
    """Indices of the options of best total value whose words add up to at most ``budget``."""
    from scipy.optimize import Bounds, LinearConstraint, milp  # a second to import: when needed
    from scipy.sparse import coo_matrix
    fitting = [j for j, o in enumerate(options) if 0 < o.words <= budget]
    if not fitting:
        return []
    covering: dict[str, list[int]] = {}
    for k, j in enumerate(fitting):
        for c in options[j].concepts:
            if weights.get(c, 0.0) > 0:
                covering.setdefault(c, []).append(k)
    if not covering:
        return _greedy(options, fitting, weights, budget)
    # A concept only one sentence holds needs no variable of its own: its weight is that
    # sentence's (the same programme, much smaller: most concepts are held once).
    shared = sorted(c for c, ks in covering.items() if len(ks) > 1)
    ns, nc = len(fitting), len(shared)
    per_word = 0.5 * min(weights[c] for c in covering) / budget  # all words < one concept
    sentence_gain = np.array([options[j].bonus + per_word * options[j].words for j in fitting])
    for c, ks in covering.items():
        if len(ks) == 1:
            sentence_gain[ks[0]] += weights[c]
    concept_weights = np.array([weights[c] for c in shared])
    objective = -np.concatenate([sentence_gain, concept_weights])  # milp minimises

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for k, j in enumerate(fitting):  # row 0: the budget
        rows.append(0)
        cols.append(k)
        vals.append(float(options[j].words))
    for i, c in enumerate(shared):  # row 1 + i: c_i - (sentences holding c_i) <= 0
        rows.append(1 + i)
        cols.append(ns + i)
        vals.append(1.0)
        for k in covering[c]:
            rows.append(1 + i)
            cols.append(k)
            vals.append(-1.0)
    groups: dict[int, list[int]] = {}
    for k, j in enumerate(fitting):
        group = options[j].group
        if group is not None:
            groups.setdefault(group, []).append(k)
    versions = [ks for ks in groups.values() if len(ks) > 1]
    for g, ks in enumerate(versions):  # row 1 + nc + g: one version of a sentence at most
        for k in ks:
            rows.append(1 + nc + g)
            cols.append(k)
            vals.append(1.0)
    nv = len(versions)
    upper_rows = [float(budget)] + [0.0] * nc + [1.0] * nv
    row = 1 + nc + nv
    nt = 0
    if diversity is not None and diversity.weight > 0:
        parts: dict[int, list[int]] = {}
        for k, j in enumerate(fitting):
            if diversity.rewards[j] > 0:
                parts.setdefault(int(diversity.labels[j]), []).append(k)
        for t, label in enumerate(sorted(parts)):  # t_label <= each chord of sqrt(its rewards)
            members = parts[label]
            reward = [float(diversity.rewards[fitting[k]]) for k in members]
            for slope, intercept in submodular.chord_rows(sum(reward), CHORDS):
                rows.append(row)
                cols.append(ns + nc + t)
                vals.append(1.0)
                for k, r in zip(members, reward, strict=True):
                    rows.append(row)
                    cols.append(k)
                    vals.append(-slope * r)
                upper_rows.append(intercept)
                row += 1
        nt = len(parts)
        objective = np.concatenate([objective, -diversity.weight * np.ones(nt)])
    matrix = coo_matrix((vals, (rows, cols)), shape=(row, ns + nc + nt)).tocsr()
    result = milp(
        objective,
        constraints=LinearConstraint(matrix, -np.inf, np.array(upper_rows)),
        integrality=np.concatenate([np.ones(ns + nc), np.zeros(nt)]),
        bounds=Bounds(0, np.concatenate([np.ones(ns + nc), np.full(nt, np.inf)])),
        options={"node_limit": NODE_LIMIT},
    )
    if result.status != 0 or result.x is None:
        return _greedy(options, fitting, weights, budget)
    return [j for k, j in enumerate(fitting) if result.x[k] > 0.5]


def _greedy(
    options: Sequence[Option], fitting: list[int], weights: Mapping[str, float], budget: int
) -> list[int]:
    """Best gain per word while the budget lasts; the best single option if it is worth more."""
    chosen: list[int] = []
    covered: set[str] = set()
    told: set[int] = set()  # groups one of whose versions is chosen
    used = 0
    left = list(fitting)
    while left:
        scored = [
            (
                (sum(weights.get(c, 0.0) for c in options[j].concepts - covered) + options[j].bonus)
                / options[j].words,
                -j,
            )
            for j in left
            if used + options[j].words <= budget
            and (options[j].group is None or options[j].group not in told)
        ]
        if not scored:
            break
        gain, negative = max(scored)
        if gain <= 0:
            break
        j = -negative
        chosen.append(j)
        covered |= options[j].concepts
        used += options[j].words
        group = options[j].group
        if group is not None:
            told.add(group)
        left.remove(j)
    single = max(fitting, key=lambda j: (value([options[j]], weights), -j))
    picked = [options[j] for j in chosen]
    if value([options[single]], weights) > value(picked, weights):
        return [single]
    return sorted(chosen)
