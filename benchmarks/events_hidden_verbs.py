"""Event types on verbs the lexicon does not know: a third of its verbs hidden, with and without
the WordNet back-off (``plover.VERB_SYNONYMS``).

Usage::

    .venv/bin/python benchmarks/events_hidden_verbs.py [--thirds 0,1,2] [--only-folds 0,1,2]
        [--wordnet /usr/share/wordnet] [--senses 1] [--target-senses 2] [--hypernyms]

The lexicon's verb lemmas go to three thirds by a hash of the lemma (sha256 modulo 3;
``--salt`` puts a word before the lemma, for another split).  With
third k hidden, those verbs are taken out of ``plover.VERBS`` and every feature that names one of
them (``l=``, ``lo=``, ``w=``, ``hd=`` ...: any word of a feature's value) is dropped, in
training and in coding alike, so that a hidden verb is as new to the coder as a verb of an
unseen record; the type and mode models are retrained on our sentences
(``train_events_model.py``'s data and penalty) under the same hiding.  The synonym table is
rebuilt from WordNet as if the hidden verbs were unknown (``build_verb_synonyms.synonyms`` over
the remaining verbs), so a hidden verb is recovered only through a synonym still in the
lexicon; "without" empties the table.  Reported: type accuracy and actor country F1 on the
PLOVER dev folds given (``--only-folds``, default the tuning folds 0-2) and on the frozen own
sentences, per third and their mean, and the false events of the event-free sentences.
``--thirds none`` hides nothing (the full lexicon, models retrained in memory the same way).
Needs WordNet (exit 2 without it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_verb_synonyms
import events_plover
import train_events_model

ROOT = Path(__file__).resolve().parents[1]
HELD = ROOT / "benchmarks" / "data" / "event_sentences_heldout.tsv"
FREE = ROOT / "benchmarks" / "data" / "event_free_sentences.tsv"
# features whose values are labels (types, modes), never a verb's lemma
_KEEP = ("r=", "rm=", "s=", "s1=", "yr=", "yrm=", "ys=", "ys1=", "os=", "ps=", "syn")


def third(lemma: str, salt: str = "") -> int:
    return int(hashlib.sha256((salt + lemma).encode("utf-8")).hexdigest(), 16) % 3


def _names_hidden(feature: str, hidden: set[str]) -> bool:
    if feature.startswith(_KEEP) or "=" not in feature:
        return False
    value = feature.split("=", 1)[1]
    parts = value.replace("_", "|").replace(":", "|").split("|")
    return any(p in hidden for p in parts)


def train(sentences: list[Any], readings: list[Any], l2: float) -> Any:
    rows = train_events_model.rows_of(sentences, readings, report=False)
    modes = train_events_model.fit([(f, m) for _, f, _t, m in rows if m], l2)
    types = train_events_model.fit_types(rows, [], 0.0, l2)
    return train_events_model.as_models(types, modes)


def main(argv: list[str] | None = None) -> int:
    from newsdesk.extract.events import coder as coder_module
    from newsdesk.extract.events.model import MODEL_PATH
    from newsdesk.knowledge import plover

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--thirds", default="0,1,2")
    parser.add_argument("--salt", default="",
                        help="put before each lemma when hashing it (another split in thirds)")
    parser.add_argument("--only-folds", default="0,1,2")
    parser.add_argument("--wordnet", type=Path, default=build_verb_synonyms.WORDNET)
    parser.add_argument("--senses", type=int, default=build_verb_synonyms.SENSES)
    parser.add_argument("--target-senses", type=int, default=build_verb_synonyms.TARGET_SENSES)
    parser.add_argument("--hypernyms", type=int, default=build_verb_synonyms.HYPERNYMS)
    parser.add_argument("--without", action="store_true", help="only the run without back-off")
    parser.add_argument("--with", dest="with_", action="store_true",
                        help="only the run with the back-off")
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.verb").exists():
        print(f"WordNet not found at {args.wordnet}", file=sys.stderr)
        return 2
    l2 = float(json.loads(MODEL_PATH.read_text(encoding="utf-8")).get("l2", 0.0003))
    sentences = train_events_model.read_sentences()
    training = events_plover.prepare([events_plover.Gold(
        str(n), s.text, s.published, s.type, set(), set(), []) for n, s in enumerate(sentences)])
    sets = {
        f"PLOVER folds {args.only_folds}": events_plover.only_folds(
            events_plover.load(events_plover.DEFAULT), args.only_folds),
        "own frozen": events_plover.load_sentences(HELD),
    }
    prepared = {name: events_plover.prepare(golds) for name, golds in sets.items()}
    free = events_plover.load_event_free(FREE)
    free_readings = events_plover.prepare(free)

    verbs = dict(plover.VERBS)
    table = dict(plover.VERB_SYNONYMS)
    plain = coder_module.features
    thirds = [None] if args.thirds == "none" else [int(k) for k in args.thirds.split(",")]
    runs = [r for r in ("without", "with")
            if not (args.without or args.with_) or (r == "with") == args.with_]
    totals: dict[tuple[str, str], list[float]] = {}
    try:
        for k in thirds:
            hidden = {v for v in verbs if k is not None and third(v, args.salt) == k}
            plover.VERBS.clear()
            plover.VERBS.update({v: r for v, r in verbs.items() if v not in hidden})

            def hiding(*a: Any, hidden: set[str] = hidden) -> list[str]:
                return [f for f in plain(*a) if not _names_hidden(f, hidden)]

            coder_module.features = hiding  # type: ignore[assignment]
            for run in runs:
                plover.VERB_SYNONYMS.clear()
                if run == "with":
                    plover.VERB_SYNONYMS.update(
                        {v: tuple(t) for v, t in build_verb_synonyms.synonyms(
                            plover.VERBS, args.wordnet, args.senses, args.target_senses,
                            args.hypernyms).items()} if k is not None else table)
                models = train(sentences, training, l2)
                decision = coder_module.DEFAULT_DECISION
                line = [f"third {k if k is not None else '-'} hidden ({len(hidden)} verbs), "
                        f"{run} back-off:"]
                for name, golds in sets.items():
                    result = events_plover.score(golds, events_plover.predict(
                        golds, prepared[name], decision, models))
                    acc, f1 = 100 * result["type_accuracy"], 100 * result["actor_country"][2]
                    totals.setdefault((run, name), []).append(acc)
                    line.append(f"{name} type {acc:.1f} actor country F1 {f1:.1f};")
                with_event = 0
                for reading in free_readings:
                    coded = coder_module.Coder(reading, decision, models).code()
                    with_event += bool(coded.events)
                line.append(f"event-free {with_event} of {len(free)}")
                print(" ".join(line), flush=True)
    finally:
        plover.VERBS.clear()
        plover.VERBS.update(verbs)
        plover.VERB_SYNONYMS.clear()
        plover.VERB_SYNONYMS.update(table)
        coder_module.features = plain
    print("mean type accuracy over the thirds: " + "; ".join(
        f"{run} {name} {sum(v) / len(v):.1f}" for (run, name), v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
