"""Lin and Bilmes' submodular summary parts: tf-idf similarity, seeded k-means, saturated
coverage with a diversity reward, the cost-scaled greedy, and the diversity reward inside the
concept ILP.  Sentences are written for these tests."""

from __future__ import annotations

import math

import numpy as np

from newsdesk.synthesize import coverage, submodular
from newsdesk.synthesize.coverage import Diversity, Option

FERRY = [
    "The ferry ran aground near the harbour on Monday night.",
    "A ferry carrying ninety passengers ran aground outside the harbour.",
    "Passengers on the grounded ferry were taken ashore by lifeboats.",
]
BUDGET = [
    "The council approved a budget that raises school spending.",
    "School spending rises by four percent under the council budget.",
]


def test_tfidf_rows_are_unit_length_and_an_empty_sentence_is_similar_to_nothing() -> None:
    vectors = submodular.tfidf([*FERRY, "It was then."])
    norms = np.linalg.norm(vectors, axis=1)
    assert np.allclose(norms[:3], 1.0)
    assert norms[3] == 0.0  # function words only
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 3] == 0.0


def test_kmeans_parts_two_stories_and_gives_the_same_labels_every_time() -> None:
    vectors = submodular.tfidf(FERRY + BUDGET)
    labels = submodular.kmeans(vectors, 2, seed=0)
    assert len(set(labels[:3])) == 1 and len(set(labels[3:])) == 1
    assert labels[0] != labels[3]
    assert np.array_equal(labels, submodular.kmeans(vectors, 2, seed=0))


def test_saturated_coverage_pays_less_for_a_fact_already_told() -> None:
    """With a low saturation, the second ferry sentence adds less than the budget one."""
    texts = FERRY + BUDGET
    vectors = submodular.tfidf(texts)
    similarity = np.clip(vectors @ vectors.T, 0, None)
    objective = submodular.Objective(
        similarity, range(5), alpha=0.3, diversity=0.0, labels=[0, 0, 0, 1, 1]
    )
    gains = objective.gains([0], [1, 3])
    assert gains[1] > gains[0]
    assert math.isclose(objective.value([0, 3]), objective.value([0]) + gains[1])


def test_the_diversity_reward_prefers_a_new_part() -> None:
    """Without coverage (all similarities zero but each sentence's own), only R decides."""
    similarity = np.eye(4)
    objective = submodular.Objective(
        similarity, range(4), alpha=1.0, diversity=1.0, labels=[0, 0, 1, 1],
        importance=np.zeros(4),
    )
    gains = objective.gains([0], [1, 2])
    assert gains[1] > gains[0] > 0  # sqrt(r) for a fresh part, sqrt(2r) - sqrt(r) for a second


def test_the_greedy_keeps_the_best_single_sentence_when_it_is_worth_more() -> None:
    """Two cheap items, each worth 1, against one that takes the whole budget and is worth 5:
    per word the cheap ones win, but the single one is the better summary."""
    worth = [1.0, 1.0, 5.0]

    def value(chosen: object) -> float:
        return float(sum(worth[j] for j in chosen))  # type: ignore[attr-defined]

    def gains(chosen: object, among: list[int]) -> np.ndarray:
        return np.array([worth[j] for j in among])

    assert submodular.greedy(value, gains, [1, 1, 10], 10, scale=1.0) == [2]
    assert submodular.greedy(value, gains, [1, 1, 10], 2, scale=1.0) == [0, 1]


def test_the_chords_of_the_square_root_meet_it_at_their_breakpoints() -> None:
    rows = submodular.chord_rows(4.0, 4)
    for point in (0.0, 0.25, 1.0, 2.25, 4.0):
        assert math.isclose(min(s * point + c for s, c in rows), math.sqrt(point), abs_tol=1e-9)
    assert min(s * 0.5 + c for s, c in rows) <= math.sqrt(0.5)


def test_the_concept_ilp_with_diversity_takes_a_second_part_over_an_equal_sentence() -> None:
    """Two sentences of equal concept value fit beside the first; the one from a new part
    wins once diversity is on, and without it the solver's answer is unchanged."""
    weights = {"a": 3.0, "b": 1.0, "c": 1.0}
    options = [Option(5, frozenset({c})) for c in "abc"]
    plain = coverage.choose(options, weights, 10)
    assert plain == [0, 2]  # a tie between the second and third: the solver's own pick
    diverse = coverage.choose(
        options, weights, 10, Diversity(labels=[0, 1, 0], rewards=[3.0, 1.0, 1.0], weight=1.0)
    )
    assert diverse == [0, 1]  # the third shares the first's part
