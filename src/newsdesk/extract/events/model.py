"""The learned event-type and mode model: two multinomial logistic regressions over string
features (``features.py``), trained by ``benchmarks/train_events_model.py`` on sentences of our
own (``benchmarks/data/event_sentences.tsv``) and, for the type model, the PLOVER dev gold
records, weighted as cross-validation over those records chose.

Why learned: the lexicon alone was tuned on the PLOVER records it was measured on and fell from
82 to 58 type accuracy on records it had not seen, mostly by saying nothing.  The model reads
the lexicon's answer as one feature among many, and learns how far to trust it from our own
sentences, which the lexicon was never fitted to, and from real news sentences coded by others.
Only feature weights are kept (a feature is a lemma, a label or a pair of them), no text.

The weights are a JSON file of feature → {label: weight}, read once; scoring is a dictionary
lookup per feature and a softmax, in pure Python (no numpy, no torch on this path).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "event_types.json"
NONE = "NONE"  # the label of a candidate that is no event


@dataclass(frozen=True)
class Softmax:
    """A multinomial logistic model over string features (present or absent)."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, dict[int, float]]

    def probabilities(self, features: list[str],
                      allowed: frozenset[str] | None = None) -> dict[str, float]:
        """Label → probability, over ``allowed`` labels only when given."""
        scores = list(self.bias)
        for feature in set(features):
            for index, weight in self.weights.get(feature, {}).items():
                scores[index] += weight
        indices = [i for i, label in enumerate(self.labels)
                   if allowed is None or label in allowed]
        if not indices:
            return {}
        top = max(scores[i] for i in indices)
        exps = {self.labels[i]: math.exp(scores[i] - top) for i in indices}
        total = sum(exps.values())
        return {label: value / total for label, value in exps.items()}

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> Softmax:
        labels = tuple(str(x) for x in raw["labels"])  # type: ignore[attr-defined]
        bias = tuple(float(x) for x in raw["bias"])  # type: ignore[attr-defined]
        weights = {
            str(feature): {int(k): float(v) for k, v in row.items()}
            for feature, row in raw["weights"].items()  # type: ignore[attr-defined]
        }
        return cls(labels, bias, weights)

    def to_json(self) -> dict[str, object]:
        return {
            "labels": list(self.labels),
            "bias": [round(b, 4) for b in self.bias],
            "weights": {f: {str(k): round(v, 4) for k, v in sorted(row.items())}
                        for f, row in sorted(self.weights.items())},
        }


@dataclass(frozen=True)
class Models:
    types: Softmax  # PLOVER type or NONE
    modes: Softmax  # "TYPE:mode", or "TYPE:-" for no mode

    def mode(self, event_type: str, features: list[str]) -> str | None:
        """The most probable mode of ``event_type`` (None when "no mode" wins)."""
        allowed = frozenset(label for label in self.modes.labels
                            if label.split(":", 1)[0] == event_type)
        found = self.modes.probabilities(features, allowed)
        if not found:
            return None
        best = max(sorted(found), key=lambda label: found[label])
        mode = best.split(":", 1)[1]
        return None if mode == "-" else mode


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> Models | None:
    """The trained models, or None when the artefact has not been built (the rules still run)."""
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Models(Softmax.from_json(raw["types"]), Softmax.from_json(raw["modes"]))
