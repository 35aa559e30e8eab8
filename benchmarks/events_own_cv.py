"""The whole event coder cross-validated over our own training sentences (no gold record read).

Usage::

    .venv/bin/python benchmarks/events_own_cv.py [--data benchmarks/data/event_sentences.tsv]
        [--folds 5] [--score-first N] [--threshold 0.5] [--veto 0.8] [--l2 0.0003] [--errors]

The sentences go to ``--folds`` folds by a hash of their text (``train_events_model.fold_of``).
Each fold is parsed and coded by the pipeline's coder (lexicon, rules and decision included)
with a type and mode model fitted, as ``train_events_model.py`` fits the shipped one, on the
other folds only.  Printed: type accuracy of the predicted event at each event sentence's
bracketed trigger (chosen as ``events_plover.predict`` chooses it), and how many NONE sentences
get any event.  ``--score-first N`` scores only the file's first N sentences (all sentences
still train), so that a batch appended to the file can be compared on the sentences before it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_plover as ep
import train_events_model as tm


def main(argv: list[str] | None = None) -> int:
    from newsdesk.extract.events.coder import DEFAULT_DECISION, Coder
    from newsdesk.extract.events.model import NONE

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=tm.DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--score-first", type=int, default=None)
    parser.add_argument("--threshold", type=float, default=DEFAULT_DECISION.threshold)
    parser.add_argument("--veto", type=float, default=DEFAULT_DECISION.veto)
    parser.add_argument("--l2", type=float, default=0.0003,
                        help="the penalty (the one train_events_model.py chooses and ships)")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    decision = replace(DEFAULT_DECISION, threshold=args.threshold, veto=args.veto)
    sentences = tm.read_sentences(args.data)
    scored = sentences[: args.score_first] if args.score_first else sentences
    rows = tm.rows_of(sentences, report=False)
    l2 = args.l2
    right = events = false = nones = 0
    for k in range(args.folds):
        train = [r for r in rows if tm.fold_of(sentences[r[0]].text, args.folds) != k]
        models = tm.as_models(tm.fit([(f, t) for _, f, t, _ in train], l2),
                              tm.fit([(f, m) for _, f, _, m in train if m], l2))
        test = [s for s in scored if tm.fold_of(s.text, args.folds) == k]
        golds = [ep.Gold(id=str(i), text=s.text, published=s.published, type=s.type,
                         actors=set(), recipients=set(),
                         triggers=s.triggers if s.type != NONE else [])
                 for i, s in enumerate(test)]
        readings = ep.prepare(golds)
        for gold, reading in zip(golds, readings, strict=True):
            if gold.type == NONE:
                nones += 1
                coded = Coder(reading, decision, models).code().events
                false += bool(coded)
                if args.errors and coded:
                    print(f"NONE -> {[e.type for e in coded]} | {gold.text}")
                continue
            (pred,) = ep.predict([gold], [reading], decision, models)
            events += 1
            right += pred.type == gold.type
            if args.errors and pred.type != gold.type:
                print(f"{gold.type} -> {pred.type} | {gold.text}")
    print(f"{len(scored)} sentences scored ({events} events, {nones} NONE), {args.folds} folds, "
          f"threshold {args.threshold}, veto {args.veto}")
    print(f"type accuracy at the trigger {100 * right / max(events, 1):.1f}; "
          f"NONE sentences with an event {false} of {nones}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
