"""The stability check of the event-type model: which training sentences a seed leaves out,
and models averaged over penalties or resamples of the sentences."""

from __future__ import annotations

import sys
from types import ModuleType

import numpy as np
import pytest

from tests.benchmark_scripts import BENCHMARKS, load


@pytest.fixture(scope="module")
def stability() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    return load("events_stability")


# Invented sentences and feature bags of their candidates (sentence index, features, type, mode).
KEYS = ["The envoys met in Oslo.", "The ministers met again.", "Rebels shelled the town.",
        "Troops shelled a village.", "The weather met expectations."]
ROWS = [(0, ["l=meet", "subj=official"], "CONSULT", "CONSULT:-"),
        (1, ["l=meet", "subj=official"], "CONSULT", "CONSULT:-"),
        (2, ["l=shell", "subj=group"], "ASSAULT", "ASSAULT:-"),
        (3, ["l=shell", "subj=military"], "ASSAULT", "ASSAULT:-"),
        (4, ["l=meet", "subj=thing"], "NONE", "")]


def test_a_seed_leaves_out_the_same_sentences_each_time(stability: ModuleType) -> None:
    keys = [f"Sentence number {n} of ours." for n in range(200)]
    first = stability.dropped(len(keys), 0.02, seed=1)
    assert first == stability.dropped(len(keys), 0.02, seed=1)
    assert len(first) == 4
    assert first != stability.dropped(len(keys), 0.02, seed=2)


def test_averaging_a_model_with_itself_gives_it_back(stability: ModuleType) -> None:
    fitted = stability.train.fit([(f, t) for _, f, t, _ in ROWS], 0.0003, min_count=1)
    same = stability.averaged([fitted, fitted])
    assert same.features == fitted.features
    assert np.allclose(same.weights, fitted.weights)
    assert np.allclose(same.bias, fitted.bias)


def test_a_feature_one_model_lacks_counts_zero_there(stability: ModuleType) -> None:
    one = stability.train.Fitted(["A", "B"], ["x"], np.array([[2.0, 0.0]]), np.zeros(2))
    two = stability.train.Fitted(["A", "B"], ["y"], np.array([[0.0, 4.0]]), np.ones(2))
    both = stability.averaged([one, two])
    assert both.features == ["x", "y"]
    assert np.allclose(both.weights, [[1.0, 0.0], [0.0, 2.0]])
    assert np.allclose(both.bias, [0.5, 0.5])


def test_one_bag_at_one_penalty_is_the_plain_fit(stability: ModuleType) -> None:
    plain = stability.train.fit([(f, t) for _, f, t, _ in ROWS], 0.0003)
    single = stability.ensemble(ROWS, KEYS, (0.0003,), bags=1, share=1.0)
    assert single.features == plain.features
    assert np.allclose(single.weights, plain.weights)


def test_resamples_are_keyed_by_sentence_not_by_position(stability: ModuleType) -> None:
    kept = [stability.in_bag(key, 3, 0.5) for key in KEYS]
    assert kept == [stability.in_bag(key, 3, 0.5) for key in KEYS[::-1]][::-1]
    counts = [stability.bootstrap_count(key, 3) for key in KEYS]
    assert counts == [stability.bootstrap_count(key, 3) for key in KEYS]
    assert all(c >= 0 for c in counts)
