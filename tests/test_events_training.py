"""The event-type model's training: weighted examples, gold records as training sentences,
byte-identical output for the same data, and no record predicted by a model fitted on it."""

from __future__ import annotations

import json
from datetime import date
from types import ModuleType

import pytest

from tests.benchmark_scripts import load


@pytest.fixture(scope="module")
def train() -> ModuleType:
    return load("train_events_model")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load("events_plover")


# Invented feature bags: "met" is CONSULT in three rows and NONE in one.
ROWS = [(["l=meet", "subj=state"], "CONSULT"), (["l=meet", "subj=official"], "CONSULT"),
        (["l=meet", "subj=state"], "CONSULT"), (["l=meet", "subj=person"], "NONE"),
        (["l=say", "subj=state"], "NONE"), (["l=say", "subj=official"], "NONE")]


def test_a_heavier_example_pulls_the_model_its_way(train: ModuleType) -> None:
    def none(weights: list[float] | None) -> float:
        fitted = train.fit(ROWS, 0.001, steps=100, weights=weights)
        models = train.as_models(fitted, fitted)
        return float(models.types.probabilities(["l=meet", "subj=person"])["NONE"])

    assert none([1, 1, 1, 20, 1, 1]) > none(None)


def test_equal_weights_are_the_unweighted_fit(train: ModuleType) -> None:
    plain = train.to_json(train.fit(ROWS, 0.001, steps=50))
    ones = train.to_json(train.fit(ROWS, 0.001, steps=50, weights=[3.0] * len(ROWS)))
    assert plain == ones


def test_same_rows_give_the_same_file(train: ModuleType) -> None:
    first = json.dumps(train.to_json(train.fit(ROWS, 0.001, steps=50)), sort_keys=True)
    second = json.dumps(train.to_json(train.fit(list(ROWS), 0.001, steps=50)), sort_keys=True)
    assert first == second


def test_the_fitted_pair_reads_like_the_file(train: ModuleType) -> None:
    types = train.fit(ROWS, 0.001, steps=50)
    models = train.as_models(types, types)
    found = models.types.probabilities(["l=meet", "subj=state"])
    assert max(found, key=lambda label: found[label]) == "CONSULT"


def test_gold_records_become_type_only_sentences(train: ModuleType, bench: ModuleType) -> None:
    gold = bench.Gold("R-1", "Chile praised Peru and signed a pact.", date(2000, 1, 1), "SUPPORT",
                      {("CHL", None)}, {("PER", None)}, [(6, 13), (23, 29)])
    (sentence,) = train.from_records([gold])
    assert sentence.type == "SUPPORT" and sentence.triggers == [(6, 13), (23, 29)]
    assert not sentence.modes and sentence.published == date(2000, 1, 1)


def test_the_first_trigger_is_the_event_and_a_later_one_is_left_out(
        train: ModuleType) -> None:
    text = "Chile agreed to build a school in Peru, officials said."
    sentence = train.Sentence("AGREE", [], [], text, [(6, 12), (16, 21)], modes=False)
    rows = train.rows_of([sentence], report=False)
    labels = {feats[0]: label for _, feats, label, _ in rows}
    assert labels["l=agree"] == "AGREE"
    assert "l=build" not in labels  # at the second span: neither the event nor NONE
    assert all(mode == "" for *_, mode in rows)  # no mode row from a record
    alone = train.Sentence("AGREE", [], [], text, [(6, 12)], modes=False)
    labels = {feats[0]: label for _, feats, label, _ in train.rows_of([alone], report=False)}
    assert labels == {"l=agree": "AGREE", "l=build": "NONE"}


def test_no_record_is_predicted_by_a_model_fitted_on_it(bench: ModuleType) -> None:
    golds = [bench.Gold(f"R-{n}", "", date(2000, 1, 1), "AGREE", set(), set(), [])
             for n in range(10)]
    training = bench.Training(golds, [], [], None, 0.001, gold_rows=[])
    fold = bench._fold(golds[0], 5)
    keep = training.keep(5, {fold})
    assert 0 not in keep and all(bench._fold(golds[i], 5) != fold for i in keep)
    inside = next(iter(training.keep(5, set())))
    with pytest.raises(AssertionError):
        training.predicted(inside, training.keep(5, set()), 1.0, None)
