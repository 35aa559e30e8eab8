"""The benchmark gate: the benchmarks' quick modes must not fall below pinned floors.

A change that lowers a README figure would otherwise pass every other test.  Each floor sits
half a point under the figure the same quick mode gave when it was pinned (the pipeline is
deterministic, so any drop is a real change): raise a floor when a change earns it, and lower
one only for a stated reason, with the README's figures rerun.  Quick modes, about half a
minute of CPU together once spaCy is loaded:

- quotes: ``benchmarks/quotes_polnear.py --split dev --limit 20`` (the first 20 PolNeAR dev
  articles; content overlap F1 77.9, source F1 72.6, cue F1 72.3, exact F1 54.1 when pinned;
  content overlap precision pinned at 92.3 and lowered to 91.5 with issue 16's recall work,
  which trades precision for recall at the issue's bar of precision 85, all F1s rising;
  exact, overlap and its precision raised to 54.4, 78.0 and 91.7 when phrasal verbs got their
  own lexicon entries, where source and cue gave 72.5 and 72.2, inside the margin; source
  raised to 73.3 when subjectless cues got speakers (datelines, by-agents, participles);
  exact, overlap, source and cue raised to 55.2, 78.4, 73.4 and 72.9 by issue 16's third
  round (states of mind, block quotes, part features, thresholds tuned on a train fold),
  whose recall costs precision: its pin lowered from 91.7 to the 91.3 measured, the issue's
  bar being 85); the part threshold put back from 0.6 to 0.5, because at 0.6 contents lost
  their object ("shown flexibility ..., if ..." kept only the condition; "gave no indication
  that ..." was dropped): overlap, its precision, source and cue raised to 79.3, 91.4, 74.1
  and 73.5, exact pinned at the 55.1 measured (from 55.2); issue 16's fourth round (quotations
  that go on across a frame's sentence and paragraph, learned verbs in bare frames, quoted
  words before a frame, an exact measure blind to where a content is cut into pieces) raised
  exact to 57.8 (from 55.1 under the old per-piece measure, which gives 56.6 after: the
  rest of the gain is the measure's), overlap and its precision to 80.0 and 91.8, source
  and cue held at 74.1 and 73.5; issue 16's recall round (speakerless passives, verbs of
  taking a side, attitude adjectives, closing relative clauses and occasions cut) raised
  exact, overlap and cue to 58.8, 80.2 and 74.0, precision held at 91.8, source 73.9 inside
  the margin of its 74.1; issue 16's precision round (governors of phase or success, frames
  inside another frame's content) raised overlap, its precision, source and cue to 80.5,
  92.6, 74.7 and 74.3, exact unchanged at 58.8; issue 16's content-span round (where a
  content starts and ends) raised exact to 59.4 (measured 59.43), the rest unchanged;
  issue 16's tenth round (recall: a speaker's first act left out of a later frame, topics
  after "about/on/of", governors of effort) raised exact, overlap, source and cue to 60.2,
  81.0, 74.9 and 74.5 and lowered the overlap precision pin from 92.6 to the 90.8 measured:
  it trades precision for recall at the issue's bar of precision 85 (dev 88.3, the held-out
  train fold 83.6, above the 83.5 before the round); issue 16's twelfth round (recall: sure
  cues with no speaker in reach, speech-act objects of any verb) lowered the overlap
  precision pin from 90.8 to 90.0 (89.97 measured, overlap F1 81.21): on the whole of dev its
  precision moved 88.24 → 88.15 for overlap F1 79.84 → 80.46, and the subset's five more
  predictions hold two more matches; issue 16's fourteenth round (the cue model refitted on
  words standing free of gold content, thresholds cue 0.2 and thing 0.75; six speaker
  choices) raised exact, overlap, its precision, source and cue to 61.3, 82.1, 90.5, 75.8 and
  75.4 (measured 61.3, 82.1, 90.6, 75.8, 75.4);
- events: ``benchmarks/events_plover.py`` (all 161 dev records; type accuracy 81.4, macro-F1
  78.1, actor country F1 85.0, recipient country F1 58.3 when pinned; type accuracy and
  macro-F1 were pinned at 82.0 and 83.8 for the rule coder and lowered with issue 12's learned
  model: the rules were extended on these very records, and on the frozen own sentences below
  the shipped coder scores 84.3 type accuracy against 75.8 for the rules alone; lowered to
  80.7, 77.6, 84.6 and 58.5 when the model file was retrained, unchanged data, on the code
  after the participant changes of issue 12's dating round, which move some features: the
  file had gone stale, so the documented command no longer reproduced it, and the
  cross-validated figures refit the model on the current code anyway; raised to 85.1, 85.8,
  88.5 and 69.7 by issue 12's fifth round: event types and participants' countries), and the same
  script on ``benchmarks/data/event_sentences_heldout.tsv`` (153 own sentences never trained
  or tuned on; type accuracy 84.3, macro-F1 80.2, actor country F1 94.4; 79.8 macro-F1 since
  issue 12's second round, inside the margin; raised to 86.3, 81.1 and 94.9 by issue 12's
  fifth round), and ``--event-free`` on
  ``benchmarks/data/event_free_sentences.tsv`` (80 own sentences reporting no event, frozen;
  1 of them gets an event when pinned, 7 before that round, 2 since issue 12's third round:
  a "reminder" whose lexicon sense the model's veto now misses at 0.78 against 0.8, inside
  the margin);
- summary: ``benchmarks/summary_rouge.py --no-timelines --words 100``, newsdesk's row on the
  own clusters (R-1 48.3, R-2 20.7; pinned at 48.5/21.2 for the centroid summary before it, and
  lowered when the summary became ICSI concept coverage: these four clusters were that
  centroid summary's development data, while the new method was set on the timeline clusters'
  tuning part, where it gains 1.5 ROUGE-1 points over the centroid; the 0.2/0.5 drop here is
  less than one of four clusters moves the mean; raised to 48.8/21.3 when a summary
  candidate needed ten words, the concept ILP's own rule: 48.82/21.26 measured).

Skipped with a message where ``../shared`` (or the rouge-score dev extra) is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

MARGIN = 0.5  # points under the pinned figure


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _check(measured: dict[str, float], pinned: dict[str, float]) -> None:
    low = {
        name: f"{measured[name]:.1f} < floor {value - MARGIN:.1f}"
        for name, value in pinned.items()
        if measured[name] < value - MARGIN - 1e-9
    }
    assert not low, f"below the pinned floor: {low} (all measured: {measured})"


def test_quotes_on_polnear_dev_subset() -> None:
    bench = _script("quotes_polnear")
    if not (bench.CORPUS / "dev" / "text").is_dir():
        pytest.skip(f"PolNeAR not found at {bench.CORPUS} (../shared is absent)")
    docs = bench.load_split("dev", 20)
    preds, _seconds = bench.predict(docs, processes=1)
    counts = bench.Counts()
    for doc, pred in zip(docs, preds, strict=True):
        bench.score(doc, pred, counts)
    found = bench.figures(counts)
    measured = {name: f for name, (_p, _r, f) in found.items()}
    measured["content overlap P"] = found["content overlap"][0]
    _check(
        measured,
        {
            "content exact": 61.3,
            "content overlap": 82.1,
            "content overlap P": 90.5,
            "source": 75.8,
            "cue": 75.4,
        },
    )


def test_events_on_plover_dev() -> None:
    bench = _script("events_plover")
    if not bench.DEFAULT.exists():
        pytest.skip(f"PLOVER records not found at {bench.DEFAULT} (../shared is absent)")
    golds = bench.load(bench.DEFAULT)
    result = bench.score(golds, bench.predict(golds))
    measured = {
        "type accuracy": 100 * result["type_accuracy"],
        "type macro-F1": 100 * result["macro_f1"],
        "actor country F1": 100 * result["actor_country"][2],
        "recipient country F1": 100 * result["recipient_country"][2],
    }
    _check(
        measured,
        {
            "type accuracy": 85.1,
            "type macro-F1": 85.8,
            "actor country F1": 88.5,
            "recipient country F1": 69.7,
        },
    )


def test_events_on_own_held_out_sentences() -> None:
    bench = _script("events_plover")
    golds = bench.load_sentences(ROOT / "benchmarks" / "data" / "event_sentences_heldout.tsv")
    result = bench.score(golds, bench.predict(golds))
    _check(
        {
            "type accuracy": 100 * result["type_accuracy"],
            "type macro-F1": 100 * result["macro_f1"],
            "actor country F1": 100 * result["actor_country"][2],
        },
        {"type accuracy": 86.3, "type macro-F1": 81.1, "actor country F1": 94.9},
    )


def test_events_on_own_event_free_sentences() -> None:
    """False events: at most one sentence more than the pinned 1 of 80 may get an event."""
    bench = _script("events_plover")
    golds = bench.load_event_free(ROOT / "benchmarks" / "data" / "event_free_sentences.tsv")
    sentences, _ = bench.false_events(golds, bench.prepare(golds))
    assert sentences <= 1 + 1, f"{sentences} of {len(golds)} event-free sentences got an event"


def test_summary_on_own_clusters() -> None:
    pytest.importorskip("rouge_score.rouge_scorer", reason="rouge-score is a dev extra")
    bench = _script("summary_rouge")
    clusters = bench.own_clusters(Path(bench.CLUSTERS))
    results, _seconds, bad = bench.score(clusters, {"newsdesk": bench.summarize}, 100, False)
    assert not bad, bad
    rows = results["newsdesk"]
    measured = {
        "R-1": sum(r1 for r1, _r2 in rows) / len(rows),
        "R-2": sum(r2 for _r1, r2 in rows) / len(rows),
    }
    _check(measured, {"R-1": 48.8, "R-2": 21.3})
