"""Event coding on the PLOVER gold-standard records (development half).

Usage::

    .venv/bin/python benchmarks/events_plover.py [--data PATH] [--errors] [--folds 5] [--grid]
    .venv/bin/python benchmarks/events_plover.py --only-folds 0,1,2 --folds 0 [--errors]

``--only-folds`` scores only the records whose fold (of the 5 the cross-validation uses, a hash
of the record's id) is listed: tune on folds 0-2, report folds 3-4 untouched beside them.

Every record is one short news sentence.  It is run through the same per-article stages as any
article (parse, actors, times, events) with ``published`` set to the record's date, and one
predicted event is chosen to compare with the gold event:

* the first predicted event whose trigger overlaps an ``(EVT: ...)`` span of ``textInfo.markup``;
* else the first predicted event of the record (a coder that found an event elsewhere in the
  sentence still gets its participants compared);
* no predicted event at all counts as a wrong type and empty actor/recipient sets.

Gold labels use PLOVER 0.5b1 names and are mapped as the corpus README says (DEMAND → REQUEST,
DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE, FIGHT → ASSAULT).  Country codes are compared as
sets per record: our IGO codes ("IGOUNO") count as the gold "IGO", the CAMEO code "JAP" as
"JPN".  Sectors are CAMEO codes in the gold; they are cut to their first three letters and the
renamed ones mapped (MED media → JRN, CIV → CVL).  A record is fully right when type, actor
country set and recipient country set all match.

Cross-validated figures (``--folds``, default 5; records grouped into folds by a hash of their
id): the shipped model is trained on our sentences alone, so the plain run is held out for the
model (not for the lexicon, which was extended on these records).  The cross-validated run
measures the model trained on the records too (``train_events_model.py --gold-weight cv``): it
codes each fold with a model fitted on our own sentences and the other folds' records only,
with the weight of those records (0 among the choices) chosen by inner folds over the other
folds (``Training.nested``); ``--grid`` also chooses the decision (rules alone or with the
model, threshold, veto) there.  No fold is ever fitted on or chosen on.

Scores: type accuracy over all records, macro-F1 over the 16 PLOVER types (types absent from
both gold and prediction are left out of the mean), micro-averaged P/R/F1 of (record, country)
pairs for actors and recipients, the same with (country, sector) pairs, and full-record accuracy.
Exit status 2 when the data is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "plover-gsr" / "plover-gsr-dev.json"

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}
OLD_CODES = {"JAP": "JPN"}
OLD_SECTORS = {"MED": "JRN", "CIV": "CVL"}
_TAG = re.compile(r"\((SRC|EVT|TAR): ([^()]*)\)")


@dataclass
class Gold:
    id: str
    text: str
    published: date
    type: str
    actors: set[tuple[str, str | None]]
    recipients: set[tuple[str, str | None]]
    triggers: list[tuple[int, int]]


@dataclass
class Predicted:
    type: str | None
    actors: set[tuple[str, str | None]]
    recipients: set[tuple[str, str | None]]
    events: int
    ids: str = ""  # the chosen event's participant ids, for --errors


def _participants(value: Any) -> set[tuple[str, str | None]]:
    if not isinstance(value, list):
        return set()
    found: set[tuple[str, str | None]] = set()
    for item in value:
        code = str(item.get("code") or "").strip()
        if not code:
            continue
        sector = str(item.get("sector") or "")[:3]
        sector = OLD_SECTORS.get(sector, sector)
        found.add((_code(code), sector if sector.isalpha() and sector.isupper() else None))
    return found


def _code(code: str) -> str:
    if code.startswith("IGO"):
        return "IGO"
    return OLD_CODES.get(code, code)


def _spans(text: str, markup: str) -> list[tuple[int, int]]:
    """Character spans of the EVT tags in the plain text (tags are removed in order)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for match in _TAG.finditer(markup):
        inner = match.group(2).strip()
        at = text.find(inner, cursor)
        if at < 0:
            continue
        cursor = at + len(inner)
        if match.group(1) == "EVT":
            spans.append((at, cursor))
    return spans


def load(path: Path) -> list[Gold]:
    records = json.loads(path.read_text(encoding="utf-8"))
    golds: list[Gold] = []
    for record in records:
        if record.get("event") == "DOCUMENT" or "text" not in record:
            continue
        event = str(record["event"])
        text = str(record["text"])
        golds.append(Gold(
            id=str(record["id"]),
            text=text,
            published=date.fromisoformat(str(record.get("date") or "2000-01-01")),
            type=OLD_LABELS.get(event, event),
            actors=_participants(record.get("source")),
            recipients=_participants(record.get("target")),
            triggers=_spans(text, str(record.get("textInfo", {}).get("markup", ""))),
        ))
    return golds


def load_sentences(path: Path) -> list[Gold]:
    """Our own sentences (``benchmarks/data/event_sentences*.tsv``) as records to score: the
    label's type, the annotated country codes, the bracketed trigger."""
    golds: list[Gold] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, actors, recipients, marked = line.split("\t")
        if label == "NONE":
            continue
        match = re.search(r"\[([^\]]+)\]", marked)
        assert match is not None, f"{path}:{n}"
        text = marked[: match.start()] + match.group(1) + marked[match.end():]
        golds.append(Gold(
            id=f"{path.name}:{n}", text=text, published=date(2020, 6, 17),
            type=label.split(":", 1)[0],
            actors={(_code(c), None) for c in actors.split() if c != "-"},
            recipients={(_code(c), None) for c in recipients.split() if c != "-"},
            triggers=[(match.start(), match.start() + len(match.group(1)))],
        ))
    return golds


def load_event_free(path: Path) -> list[Gold]:
    """Sentences of our own that report no event (``benchmarks/data/event_free_sentences.tsv``:
    one a line), as records whose every coded event is a false one."""
    return [Gold(id=f"{path.name}:{n}", text=line.strip(), published=date(2020, 6, 17),
                 type="NONE", actors=set(), recipients=set(), triggers=[])
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip() and not line.startswith("#")]


def false_events(golds: list[Gold], readings: list[Any], decision: Any = None,
                 show: bool = False) -> tuple[int, int]:
    """(sentences with any coded event, events coded) over event-free sentences."""
    from newsdesk.extract.events import code_events
    from newsdesk.extract.events.coder import DEFAULT_DECISION

    sentences = events = 0
    for gold, reading in zip(golds, readings, strict=True):
        coded = code_events(reading, decision or DEFAULT_DECISION).events
        if coded:
            sentences += 1
            events += len(coded)
            if show:
                text = reading.article.text
                spans = [e.trigger or e.evidence for e in coded]
                found = ", ".join(f"{e.type} '{text[s.start:s.end]}'"
                                  for e, s in zip(coded, spans, strict=True))
                print(f"{gold.id}: {found}\n    {gold.text}")
    return sentences, events


def prepare(golds: list[Gold]) -> list[Any]:
    """Each record parsed and read once (the actors and times stages), for any number of
    coding passes."""
    from newsdesk import annotate
    from newsdesk.extract.reading import read
    from newsdesk.model import Article, article_id

    docs = annotate.parse_many([g.text for g in golds])
    return [read(doc, Article(id=article_id(g.text), text=g.text, published=g.published))
            for g, doc in zip(golds, docs, strict=True)]


def predict(golds: list[Gold], readings: list[Any] | None = None,
            decision: Any = None, models: Any = None) -> list[Predicted]:
    """The chosen predicted event of each record (``models``: a type and mode model other than
    the shipped one, for cross-validation)."""
    from newsdesk.extract.events.coder import DEFAULT_DECISION, Coder
    from newsdesk.model import Actor, Event

    def describe(ids: list[str], known: dict[str, Actor]) -> set[tuple[str, str | None]]:
        found: set[tuple[str, str | None]] = set()
        for ident in ids:
            actor = known.get(ident)
            if ident.startswith("country:") or ident.startswith("org:IGO"):
                found.add((_code(ident.split(":", 1)[1]), actor.sector if actor else None))
                continue
            if actor is not None and actor.country:
                found.add((_code(actor.country), actor.sector))
        return found

    if readings is None:
        readings = prepare(golds)
    predictions: list[Predicted] = []
    for gold, reading in zip(golds, readings, strict=True):
        coded = Coder(reading, decision or DEFAULT_DECISION, models).code()
        events = coded.events
        known = {a.id: a for a in [*reading.actors, *coded.actors]}
        chosen: Event | None = None
        for event in events:
            trigger = event.trigger or event.evidence
            if any(trigger.start < end and start < trigger.end for start, end in gold.triggers):
                chosen = event
                break
        if chosen is None and events:
            chosen = events[0]
        if chosen is None:
            predictions.append(Predicted(None, set(), set(), 0))
        else:
            predictions.append(Predicted(chosen.type, describe(chosen.actors, known),
                                         describe(chosen.recipients, known), len(events),
                                         f"{chosen.actors} -> {chosen.recipients}"))
    return predictions


def decisions() -> list[Any]:
    """The ways of combining the model with the rules that cross-validation chooses from."""
    from newsdesk.extract.events.coder import Decision

    grid = [Decision(use_model=False)]
    for trust in (False, True):
        for threshold in (0.2, 0.3, 0.4, 0.5, 0.6):
            for veto in ((None, 0.8) if trust else (None,)):
                grid.append(Decision(use_model=True, threshold=threshold, trust_rules=trust,
                                     veto=veto))
    return grid


def _fold(gold: Gold, folds: int) -> int:
    return int(hashlib.sha256(gold.id.encode("utf-8")).hexdigest(), 16) % folds


TUNING_FOLDS = 5  # the folds --only-folds names: tune on some, report the others untouched


def only_folds(golds: list[Gold], spec: str) -> list[Gold]:
    """The records of the folds listed in ``spec`` ("0,1,2"), each record's fold the hash of
    its id over ``TUNING_FOLDS``, so that a tuning split and an untouched one stay apart."""
    wanted = {int(part) for part in spec.split(",") if part.strip()}
    return [g for g in golds if _fold(g, TUNING_FOLDS) in wanted]


def _objective(golds: list[Gold], preds: list[Predicted]) -> float:
    """What a fold is tuned for: type accuracy and actor country F1, equally."""
    return _objective_of(score(golds, preds))


def _objective_of(result: dict[str, Any]) -> float:
    return float(result["type_accuracy"] + result["actor_country"][2])


GOLD_WEIGHTS = (0.0, 1.0, 2.0, 4.0, 8.0)  # a dev record's candidate against one of our sentences'


class Training:
    """Type models fitted on our own sentences plus the dev records of some folds, each fitted
    once and kept, and their predictions on single records, kept too.

    A record is only ever predicted by a model whose training left its fold out; which folds
    went in is part of every model's key, so the held-out figures below cannot use a model
    that saw the record scored."""

    def __init__(self, golds: list[Gold], readings: list[Any], own_rows: list[Any],
                 modes: Any, l2: float, gold_rows: list[Any] | None = None) -> None:
        from train_events_model import from_records, rows_of

        self.golds, self.readings = golds, readings
        self.own_rows, self.modes, self.l2 = own_rows, modes, l2
        self.gold_rows = gold_rows if gold_rows is not None else rows_of(
            from_records(golds), readings, report=False)
        self._models: dict[tuple[frozenset[int], float], Any] = {}
        self._predicted: dict[tuple[frozenset[int], float, Any, int], Predicted] = {}

    @classmethod
    def from_own(cls, golds: list[Gold], readings: list[Any]) -> Training:
        """Our sentences read as the training script reads them; the penalty it chose on them
        (the shipped file records it) and the mode model of our sentences alone."""
        from newsdesk.extract.events.model import MODEL_PATH
        from train_events_model import STEPS, fit, read_sentences, rows_of

        raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        l2 = float(raw.get("l2", 0.0003))
        own = rows_of(read_sentences(), report=False)
        modes = fit([(f, m) for _, f, _t, m in own if m], l2, STEPS)
        return cls(golds, readings, own, modes, l2)

    def keep(self, folds: int, out: set[int]) -> frozenset[int]:
        """The records outside the folds ``out``."""
        return frozenset(i for i, g in enumerate(self.golds) if _fold(g, folds) not in out)

    def models(self, keep: frozenset[int], weight: float) -> Any:
        from train_events_model import as_models, fit_types

        key = (keep if weight else frozenset(), weight)
        if key not in self._models:
            rows = [r for r in self.gold_rows if r[0] in key[0]]
            self._models[key] = as_models(fit_types(self.own_rows, rows, weight, self.l2),
                                          self.modes)
        return self._models[key]

    def predicted(self, i: int, keep: frozenset[int], weight: float,
                  decision: Any) -> Predicted:
        assert i not in keep, "a record predicted by a model trained on it"
        key = (keep if weight else frozenset(), weight, decision, i)
        if key not in self._predicted:
            (self._predicted[key],) = predict([self.golds[i]], [self.readings[i]], decision,
                                              self.models(keep, weight))
        return self._predicted[key]

    def held_out(self, folds: int, weight: float, decision: Any) -> list[Predicted]:
        """Every record predicted by the model fitted without its fold."""
        return [self.predicted(i, self.keep(folds, {_fold(g, folds)}), weight, decision)
                for i, g in enumerate(self.golds)]

    def choose_weight(self, folds: int) -> float:
        """The weight of the dev records for the shipped model: the best held-out objective
        over all folds with the shipped decision (ties: the smaller weight)."""
        from newsdesk.extract.events.coder import DEFAULT_DECISION

        scored = {}
        for weight in GOLD_WEIGHTS:
            result = score(self.golds, self.held_out(folds, weight, DEFAULT_DECISION))
            scored[weight] = _objective_of(result)
            print(f"  dev records weighted {weight:g}: held-out type accuracy "
                  f"{100 * result['type_accuracy']:.1f}, actor country F1 "
                  f"{100 * result['actor_country'][2]:.1f}", file=sys.stderr)
        best = max(GOLD_WEIGHTS, key=lambda w: (scored[w], -w))
        print(f"chosen weight of a dev record {best:g}", file=sys.stderr)
        return best

    def _inner_score(self, folds: int, k: int, inner: list[int],
                     option: tuple[float, Any]) -> float:
        """The objective of a weight and decision over the records ``inner`` (all outside
        fold k), each predicted by a model fitted without its own fold and without fold k."""
        weight, decision = option
        preds = [self.predicted(i, self.keep(folds, {k, _fold(self.golds[i], folds)}),
                                weight, decision) for i in inner]
        return _objective([self.golds[i] for i in inner], preds)

    def nested(self, folds: int, grid: list[Any], weights: tuple[float, ...] = GOLD_WEIGHTS
               ) -> tuple[list[Predicted], list[tuple[float, Any]]]:
        """Held-out predictions of the whole procedure: for each fold k, the weight of the dev
        records and the decision are chosen by an inner cross-validation over the other folds
        (each inner fold j predicted by a model fitted on our sentences and the folds other
        than j and k), then fold k is predicted by the model fitted on our sentences and all
        other folds, with that choice.  Fold k is never fitted on nor chosen on."""
        held: list[Predicted | None] = [None] * len(self.golds)
        chosen: list[tuple[float, Any]] = []
        for k in range(folds):
            inner = [i for i, g in enumerate(self.golds) if _fold(g, folds) != k]
            options = [(w, d) for w in weights for d in grid
                       if w == 0 or d.use_model]

            # ties go to the smaller weight, then the stricter decision
            best = max(options, key=lambda o: (
                self._inner_score(folds, k, inner, o), -o[0], o[1].trust_rules,
                o[1].threshold, o[1].veto is not None))
            chosen.append(best)
            keep = self.keep(folds, {k})
            for i, g in enumerate(self.golds):
                if _fold(g, folds) == k:
                    held[i] = self.predicted(i, keep, best[0], best[1])
        return [p for p in held if p is not None], chosen


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _set_scores(pairs: list[tuple[set[Any], set[Any]]]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in pairs)
    fp = sum(len(p - g) for g, p in pairs)
    fn = sum(len(g - p) for g, p in pairs)
    return _prf(tp, fp, fn)


def _countries(items: set[tuple[str, str | None]]) -> set[str]:
    return {code for code, _ in items}


def score(golds: list[Gold], preds: list[Predicted]) -> dict[str, Any]:
    from newsdesk.knowledge.plover import TYPES

    n = len(golds)
    right = sum(g.type == p.type for g, p in zip(golds, preds, strict=True))
    per_type: dict[str, tuple[float, float, float]] = {}
    for label in TYPES:
        tp = sum(g.type == label and p.type == label for g, p in zip(golds, preds, strict=True))
        fp = sum(g.type != label and p.type == label for g, p in zip(golds, preds, strict=True))
        fn = sum(g.type == label and p.type != label for g, p in zip(golds, preds, strict=True))
        if tp + fp + fn:
            per_type[label] = _prf(tp, fp, fn)
    macro = sum(f for _, _, f in per_type.values()) / len(per_type) if per_type else 0.0
    both = list(zip(golds, preds, strict=True))
    full = sum(g.type == p.type and _countries(g.actors) == _countries(p.actors)
               and _countries(g.recipients) == _countries(p.recipients) for g, p in both)
    return {
        "records": n,
        "with_event": sum(p.type is not None for p in preds),
        "type_accuracy": right / n if n else 0.0,
        "macro_f1": macro,
        "per_type": per_type,
        "actor_country": _set_scores([(_countries(g.actors), _countries(p.actors))
                                      for g, p in both]),
        "recipient_country": _set_scores([(_countries(g.recipients), _countries(p.recipients))
                                          for g, p in both]),
        "actor_country_sector": _set_scores([(g.actors, p.actors) for g, p in both]),
        "recipient_country_sector": _set_scores([(g.recipients, p.recipients) for g, p in both]),
        "full_record_accuracy": full / n if n else 0.0,
        "confusion": Counter((g.type, p.type or "-") for g, p in both if g.type != p.type),
    }


def _print(result: dict[str, Any], command: str, seconds: float) -> None:
    print(f"PLOVER gold-standard records, dev half: {result['records']} records")
    print(f"command: {command}")
    print(f"records with a predicted event: {result['with_event']}")
    print(f"{'metric':<34}{'value':>8}")
    print(f"{'event-type accuracy':<34}{100 * result['type_accuracy']:>8.1f}")
    print(f"{'event-type macro-F1':<34}{100 * result['macro_f1']:>8.1f}")
    for key, label in (("actor_country", "actor country P/R/F1"),
                       ("recipient_country", "recipient country P/R/F1"),
                       ("actor_country_sector", "actor country+sector P/R/F1"),
                       ("recipient_country_sector", "recipient country+sector P/R/F1")):
        p, r, f = result[key]
        print(f"{label:<34}{100 * p:>8.1f}{100 * r:>8.1f}{100 * f:>8.1f}")
    print(f"{'full-record accuracy':<34}{100 * result['full_record_accuracy']:>8.1f}")
    print("per type (P/R/F1):")
    for label, (p, r, f) in sorted(result["per_type"].items()):
        print(f"  {label:<12}{100 * p:>7.1f}{100 * r:>7.1f}{100 * f:>7.1f}")
    print(f"({seconds:.1f} s)")


def _shipped(veto: float | None) -> Any:
    """The shipped decision, or it with another veto."""
    from dataclasses import replace

    from newsdesk.extract.events.coder import DEFAULT_DECISION

    return DEFAULT_DECISION if veto is None else replace(DEFAULT_DECISION, veto=veto)


def _event_free(path: Path, rules_only: bool, show: bool, veto: float | None) -> int:
    from newsdesk.extract.events.coder import Decision

    started = time.perf_counter()
    golds = load_event_free(path)
    readings = prepare(golds)
    decision = Decision(use_model=False) if rules_only else _shipped(veto)
    sentences, events = false_events(golds, readings, decision, show)
    print(f"event-free sentences: {len(golds)} ({path})")
    print(f"command: python benchmarks/events_plover.py --event-free {path}"
          + (" --rules-only" if rules_only else "") + (f" --veto {veto}" if veto else ""))
    print(f"sentences with a false event: {sentences} "
          f"({100 * sentences / len(golds):.1f} %), events coded: {events}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--sentences", type=Path, default=None,
                        help="score our own sentences (a .tsv of benchmarks/data) instead")
    parser.add_argument("--errors", action="store_true", help="list the records coded wrongly")
    parser.add_argument("--rules-only", action="store_true",
                        help="code with the lexicon rules alone (no learned model)")
    parser.add_argument("--folds", type=int, default=5,
                        help="cross-validation folds for the held-out figure (0: none)")
    parser.add_argument("--gold-weights", default=",".join(f"{w:g}" for w in GOLD_WEIGHTS),
                        help="the weights of a record the inner folds choose from (0: the "
                             "model of our sentences alone, as shipped)")
    parser.add_argument("--grid", action="store_true",
                        help="also cross-validate the choice of decision (slow)")
    parser.add_argument("--veto", type=float, default=None,
                        help="code with this veto of the model over the lexicon (default: "
                             "the shipped decision's)")
    parser.add_argument("--event-free", type=Path, default=None,
                        help="report the false-event rate on sentences that report no event")
    parser.add_argument("--only-folds", default=None,
                        help="score only the records of these folds (a comma list, records "
                             f"hashed to {TUNING_FOLDS} folds as for cross-validation), e.g. "
                             "0,1,2 to tune on and 3,4 to report untouched")
    args = parser.parse_args(argv)
    if args.event_free is not None:
        return _event_free(args.event_free, args.rules_only, args.errors, args.veto)
    if args.sentences is None and not args.data.exists():
        print(f"PLOVER records not found at {args.data}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    golds = load_sentences(args.sentences) if args.sentences else load(args.data)
    if args.only_folds is not None:
        golds = only_folds(golds, args.only_folds)
        args.folds = 0
    readings = prepare(golds)
    if args.rules_only:
        from newsdesk.extract.events.coder import Decision

        preds = predict(golds, readings, Decision(use_model=False))
    else:
        preds = predict(golds, readings, _shipped(args.veto))
    result = score(golds, preds)
    command = "python benchmarks/events_plover.py" + (f" --data {args.data}"
                                                      if args.data != DEFAULT else "")
    if args.gold_weights != ",".join(f"{w:g}" for w in GOLD_WEIGHTS):
        command += f" --gold-weights {args.gold_weights}"
    if args.sentences:
        command += f" --sentences {args.sentences}"
    if args.rules_only:
        command += " --rules-only"
    if args.only_folds is not None:
        command += f" --only-folds {args.only_folds}"
    if args.veto is not None:
        command += f" --veto {args.veto}"
    if args.errors:
        for gold, pred in zip(golds, preds, strict=True):
            ok = gold.type == pred.type and _countries(gold.actors) == _countries(pred.actors) \
                and _countries(gold.recipients) == _countries(pred.recipients)
            if not ok:
                print(f"{gold.id}: gold {gold.type} {sorted(_countries(gold.actors))} -> "
                      f"{sorted(_countries(gold.recipients))} | pred {pred.type} "
                      f"{sorted(_countries(pred.actors))} -> "
                      f"{sorted(_countries(pred.recipients))} ({pred.events} events) {pred.ids}")
                print(f"    {gold.text}")
    _print(result, command, time.perf_counter() - started)
    if args.folds > 1 and not args.sentences and not args.rules_only:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        training = Training.from_own(golds, readings)
        weights = tuple(float(w) for w in args.gold_weights.split(","))
        held, chosen = training.nested(args.folds, [_shipped(args.veto)], weights)
        print()
        print(f"cross-validated, {args.folds} folds, the model also trained on the records: "
              "each fold coded with the shipped decision by a model fitted on our sentences and "
              "the other folds' records, weighted as inner folds over those other folds chose")
        print("  weights chosen: " + ", ".join(f"fold {k} {w:g}" for k, (w, _) in
                                                enumerate(chosen)))
        _print(score(golds, held), command + " (held-out folds)", time.perf_counter() - started)
        if args.grid:
            held, chosen = training.nested(args.folds, decisions(), weights)
            print()
            print(f"cross-validated, {args.folds} folds, the decision chosen too: the weight "
                  "and the decision (rules alone or with the model, threshold, veto) chosen "
                  "by inner folds")
            for k, (weight, decision) in enumerate(chosen):
                print(f"  fold {k}: weight {weight:g}, {decision}")
            _print(score(golds, held), command + " --grid (held-out folds)",
                   time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
