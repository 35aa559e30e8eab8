"""How many of the event coder's decisions flip when a few training sentences are left out,
and the same for type models averaged over resamples of our sentences or over penalties.

Usage::

    .venv/bin/python benchmarks/events_stability.py [--drop 0.02] [--seeds 1,2,3]
        [--bags N] [--share S] [--l2 0.0003[,0.001,...]] [--probabilities]
        [--heldout] [--list] [--cv]

The type model is fitted as ``train_events_model.py`` fits it (our sentences alone, the mode
model unchanged) and codes PLOVER dev folds 0-2 (the folds tuned on) and our frozen own
sentences with the shipped decision; then, for each seed, a share ``--drop`` of the training
sentences (drawn by ``random.Random(seed)``) is left out, the model fitted again, and the
decisions that change (a record's or sentence's chosen type) are counted.  A near tie the
model breaks one way or the other shows up here as a flip, so a change to the training data
or features that moves one such record is within this noise.

``--bags N`` (N > 1) fits N models and averages their weights into one (a file of the same
shape): with ``--share 1`` each on a bootstrap resample of the sentences (Poisson(1) counts,
Breiman 1996; Oza and Russell 2001), with a share below 1 each on that share of them drawn
without replacement (subagging, Bühlmann and Yu 2002).  Which sentences a bag holds is drawn
from a hash of the bag's number and the sentence's text, so leaving a sentence out leaves every
other sentence's draws as they were.  ``--l2`` with several penalties averages the models of
each (each over the bags).  ``--probabilities`` averages the models' probabilities instead of
their weights (Breiman's bagging proper; a file would hold every model).  ``--heldout`` also
prints folds 3-4 (report only; the event-free sentences are always counted), ``--list`` the
records that flip, ``--cv`` the cross-validated figure of ``events_plover.py --folds 5
--gold-weights 0 --grid``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_plover
import train_events_model as train

Row = train.Row


def dropped(count: int, share: float, seed: int) -> set[int]:
    """The indices of the sentences a seed leaves out: ``round(share * count)`` of them."""
    return set(random.Random(seed).sample(range(count), round(share * count)))


def _draw(key: str, bag: int) -> int:
    return int(hashlib.sha256(f"{bag}\t{key}".encode()).hexdigest()[:16], 16)


def in_bag(key: str, bag: int, share: float) -> bool:
    """Whether the sentence ``key`` is in subsample ``bag`` of ``share`` of the sentences."""
    return _draw(key, bag) / 16**16 < share


def bootstrap_count(key: str, bag: int) -> int:
    """How many times the sentence ``key`` is drawn into bootstrap resample ``bag``."""
    return int(np.random.default_rng(_draw(key, bag)).poisson(1.0))


def averaged(fits: list[train.Fitted]) -> train.Fitted:
    """One model whose weights are the mean of ``fits``' (a feature a model lacks is 0 there)."""
    names = sorted({f for fitted in fits for f in fitted.features})
    index = {f: i for i, f in enumerate(names)}
    labels = fits[0].labels
    weights, bias = np.zeros((len(names), len(labels))), np.zeros(len(labels))
    for fitted in fits:
        assert fitted.labels == labels, "models over different labels"
        weights[[index[f] for f in fitted.features]] += fitted.weights
        bias += fitted.bias
    return train.Fitted(labels, names, weights / len(fits), bias / len(fits))


def fits_of(rows: list[Row], keys: list[str], l2s: tuple[float, ...], bags: int,
            share: float) -> list[train.Fitted]:
    """The type models of every penalty and bag (one bag: the plain fit)."""
    fits = []
    for l2 in l2s:
        for bag in range(bags):
            if bags == 1:
                fits.append(train.fit([(f, t) for _, f, t, _ in rows], l2))
            elif share < 1:
                fits.append(train.fit([(f, t) for n, f, t, _ in rows
                                       if in_bag(keys[n], bag, share)], l2))
            else:
                data, weights = [], []
                for n, f, t, _ in rows:
                    count = bootstrap_count(keys[n], bag)
                    if count:
                        data.append((f, t))
                        weights.append(float(count))
                fits.append(train.fit(data, l2, weights=weights))
    return fits


def ensemble(rows: list[Row], keys: list[str], l2s: tuple[float, ...], bags: int,
             share: float) -> train.Fitted:
    """The type models of ``fits_of`` averaged into one."""
    return averaged(fits_of(rows, keys, l2s, bags, share))


class _MeanProbabilities:
    """Softmax models whose probabilities are averaged."""

    def __init__(self, models: list[Any]) -> None:
        self.models, self.labels = models, models[0].labels

    def probabilities(self, features: list[str],
                      allowed: frozenset[str] | None = None) -> dict[str, float]:
        found = [m.probabilities(features, allowed) for m in self.models]
        return {label: sum(p[label] for p in found) / len(found) for label in found[0]}


class _Fixed(events_plover.Training):
    """The cross-validation of ``events_plover.py`` with one given model of our sentences (with
    the records weighted 0 every fold's model is that one)."""

    fixed: Any = None

    def models(self, keep: frozenset[int], weight: float) -> Any:
        assert weight == 0, "only the model of our sentences alone"
        return self.fixed


def main(argv: list[str] | None = None) -> int:
    from newsdesk.extract.events.coder import DEFAULT_DECISION, Coder
    from newsdesk.extract.events.model import Models

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--drop", type=float, default=0.02)
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--bags", type=int, default=1)
    parser.add_argument("--share", type=float, default=1.0)
    parser.add_argument("--l2", default="0.0003")
    parser.add_argument("--probabilities", action="store_true")
    parser.add_argument("--heldout", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--cv", action="store_true",
                        help="also the cross-validated figure of events_plover.py --folds 5 "
                             "--gold-weights 0 --grid, with this type model")
    args = parser.parse_args(argv)
    l2s = tuple(float(x) for x in args.l2.split(","))
    sentences = train.read_sentences()
    keys = [s.text for s in sentences]
    rows = train.rows_of(sentences, report=False)
    modes = train.fit([(f, m) for _, f, _t, m in rows if m], l2s[0])
    golds = events_plover.load(events_plover.DEFAULT)
    tuning = [g for g in golds if events_plover._fold(g, 5) in (0, 1, 2)]
    untouched = [g for g in golds if events_plover._fold(g, 5) in (3, 4)]
    own = events_plover.load_sentences(train.ROOT / "benchmarks" / "data" /
                                       "event_sentences_heldout.tsv")
    sets = {"PLOVER dev folds 0-2": tuning, "own frozen sentences": own}
    if args.heldout:
        sets["PLOVER dev folds 3-4"] = untouched
    readings = {name: events_plover.prepare(golds_) for name, golds_ in sets.items()}

    def models(rows_: list[Row]) -> Any:
        fits = fits_of(rows_, keys, l2s, args.bags, args.share)
        if args.probabilities:
            each = [train.as_models(f, modes) for f in fits]
            return Models(_MeanProbabilities([m.types for m in each]), each[0].modes)  # type: ignore[arg-type]
        return train.as_models(averaged(fits), modes)

    def decide(model: Any) -> dict[str, list[str | None]]:
        return {name: [p.type for p in events_plover.predict(sets[name], readings[name],
                                                             DEFAULT_DECISION, model)]
                for name in sets}

    def accuracy(name: str, types: list[str | None]) -> float:
        return 100 * sum(g.type == t for g, t in zip(sets[name], types, strict=True)) / len(types)

    full = models(rows)
    base = decide(full)
    print(f"type model: L2 {args.l2}, {args.bags} bag(s), share {args.share}, "
          + ("probabilities" if args.probabilities else "weights") + " averaged")
    for name, types in base.items():
        print(f"  {name}: type accuracy {accuracy(name, types):.1f}")
    if args.cv:
        readings_all = events_plover.prepare(golds)
        training = _Fixed(golds, readings_all, rows, modes, l2s[0], gold_rows=[])
        training.fixed = full
        held, _ = training.nested(5, events_plover.decisions(), (0.0,))
        result = events_plover.score(golds, held)
        print(f"  PLOVER dev cross-validated (--folds 5 --gold-weights 0 --grid): type accuracy "
              f"{100 * result['type_accuracy']:.1f}, actor country F1 "
              f"{100 * result['actor_country'][2]:.1f}")
    free = events_plover.load_event_free(train.ROOT / "benchmarks" / "data" /
                                         "event_free_sentences.tsv")
    found = sum(bool(Coder(r, DEFAULT_DECISION, full).code().events)
                for r in events_plover.prepare(free))
    print(f"  event-free sentences with a false event: {found} of {len(free)}")
    for seed in (int(s) for s in args.seeds.split(",")):
        gone = dropped(len(sentences), args.drop, seed)
        again = decide(models([r for r in rows if r[0] not in gone]))
        parts = []
        for name in sets:
            flips = [i for i, (a, b) in enumerate(zip(base[name], again[name], strict=True))
                     if a != b]
            parts.append(f"{name} {len(flips)} flips (accuracy {accuracy(name, again[name]):.1f})")
            if args.list:
                for i in flips:
                    print(f"    seed {seed} {sets[name][i].id}: {base[name][i]} -> "
                          f"{again[name][i]} (gold {sets[name][i].type})")
        print(f"  without {len(gone)} sentences (seed {seed}): " + "; ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
