"""The PLOVER benchmark script: markup spans, label mapping, scoring, absent data."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "events_plover.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("events_plover", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["events_plover"] = module
    spec.loader.exec_module(module)
    return module


def test_absent_data_exits_2(bench: ModuleType, tmp_path: Path) -> None:
    assert bench.main(["--data", str(tmp_path / "missing.json")]) == 2


def test_event_spans_from_markup(bench: ModuleType) -> None:
    text = "Chile praised Peru on Monday."
    markup = "(SRC: Chile) (EVT: praised) (TAR: Peru) on Monday."
    assert bench._spans(text, markup) == [(6, 13)]


def test_load_maps_old_labels_and_codes(bench: ModuleType, tmp_path: Path) -> None:
    record = {"id": "X-1", "date": "2000-01-01", "event": "DEMAND",
              "text": "Japan asked Chile to act.",
              "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOVxyz"}],
              "target": "",
              "textInfo": {"markup": "(SRC: Japan) (EVT: asked) (TAR: Chile) to act."}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"event": "DOCUMENT"}, record]), encoding="utf-8")
    (gold,) = bench.load(path)
    assert gold.type == "REQUEST"
    assert gold.actors == {("JPN", "GOV")} and gold.recipients == set()
    assert gold.triggers == [(6, 11)]


def test_scores_count_missing_predictions_as_wrong(bench: ModuleType) -> None:
    golds = [bench.Gold("a", "", None, "AGREE", {("CHL", None)}, set(), []),
             bench.Gold("b", "", None, "ASSAULT", {("PER", None)}, {("CHL", None)}, [])]
    preds = [bench.Predicted("AGREE", {("CHL", None)}, set(), 1),
             bench.Predicted(None, set(), set(), 0)]
    result = bench.score(golds, preds)
    assert result["type_accuracy"] == 0.5
    assert result["full_record_accuracy"] == 0.5
    assert result["actor_country"] == (1.0, 0.5, pytest.approx(2 / 3))
    assert result["per_type"]["AGREE"] == (1.0, 1.0, 1.0)


def test_event_free_sentences_are_records_of_no_type(bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "free.tsv"
    path.write_text("# a comment\nThe port is busy.\n\nThe mood was calm.\n", encoding="utf-8")
    golds = bench.load_event_free(path)
    assert [g.text for g in golds] == ["The port is busy.", "The mood was calm."]
    assert {g.type for g in golds} == {"NONE"} and not any(g.triggers for g in golds)


def test_the_frozen_event_free_set_is_there(bench: ModuleType) -> None:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "event_free_sentences.tsv"
    assert len(bench.load_event_free(path)) == 80
