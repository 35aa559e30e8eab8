"""Event coding on the PLOVER gold-standard records (development half).

Usage::

    .venv/bin/python benchmarks/events_plover.py [--data PATH] [--errors]

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
            decision: Any = None) -> list[Predicted]:
    from newsdesk.extract.events import code_events
    from newsdesk.extract.events.coder import DEFAULT_DECISION
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
        coded = code_events(reading, decision or DEFAULT_DECISION)
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


def _objective(golds: list[Gold], preds: list[Predicted]) -> float:
    """What a fold is tuned for: type accuracy and actor country F1, equally."""
    result = score(golds, preds)
    return result["type_accuracy"] + result["actor_country"][2]


def cross_validate(golds: list[Gold], readings: list[Any], folds: int
                   ) -> tuple[list[Predicted], list[Any]]:
    """Held-out predictions: each fold is coded with the decision that scored best on the
    other folds, never with one chosen on itself."""
    grid = decisions()
    by_decision = [predict(golds, readings, d) for d in grid]
    held: list[Predicted | None] = [None] * len(golds)
    chosen: list[Any] = []
    for k in range(folds):
        train = [i for i, g in enumerate(golds) if _fold(g, folds) != k]
        # ties go to the stricter decision: fewer events, the rules trusted
        best = max(range(len(grid)), key=lambda d: (_objective(
            [golds[i] for i in train], [by_decision[d][i] for i in train]),
            grid[d].trust_rules, grid[d].threshold, grid[d].veto is not None))
        chosen.append(grid[best])
        for i, g in enumerate(golds):
            if _fold(g, folds) == k:
                held[i] = by_decision[best][i]
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
    parser.add_argument("--veto", type=float, default=None,
                        help="code with this veto of the model over the lexicon (default: "
                             "the shipped decision's)")
    parser.add_argument("--event-free", type=Path, default=None,
                        help="report the false-event rate on sentences that report no event")
    args = parser.parse_args(argv)
    if args.event_free is not None:
        return _event_free(args.event_free, args.rules_only, args.errors, args.veto)
    if args.sentences is None and not args.data.exists():
        print(f"PLOVER records not found at {args.data}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    golds = load_sentences(args.sentences) if args.sentences else load(args.data)
    readings = prepare(golds)
    if args.rules_only:
        from newsdesk.extract.events.coder import Decision

        preds = predict(golds, readings, Decision(use_model=False))
    else:
        preds = predict(golds, readings, _shipped(args.veto))
    result = score(golds, preds)
    command = "python benchmarks/events_plover.py" + (f" --data {args.data}"
                                                      if args.data != DEFAULT else "")
    if args.sentences:
        command += f" --sentences {args.sentences}"
    if args.rules_only:
        command += " --rules-only"
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
    if args.folds > 1:
        held, chosen = cross_validate(golds, readings, args.folds)
        print()
        print(f"cross-validated, {args.folds} folds: each fold coded with the decision chosen "
              "on the other folds")
        for k, decision in enumerate(chosen):
            print(f"  fold {k}: {decision}")
        _print(score(golds, held), command + " (held-out folds)", time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
