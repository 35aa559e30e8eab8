"""The PolNeAR benchmark's exact measure (``benchmarks/quotes_polnear.py``), on invented text."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import ROOT


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "quotes_polnear", ROOT / "benchmarks" / "quotes_polnear.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["quotes_polnear"] = module
    spec.loader.exec_module(module)
    return module


TEXT = "“The bridge is safe. We checked it twice,” the engineer said. “Trust us.”"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_one_piece_equals_a_piece_per_sentence() -> None:
    """Some annotators mark each sentence of a quotation as a piece of its own (with its full
    stop), most mark the quotation as one piece: the same words must compare equal."""
    bench = _bench()
    whole = [_span(TEXT, "The bridge is safe. We checked it twice,")]
    split = [_span(TEXT, "“The bridge is safe."), _span(TEXT, "We checked it twice,”")]
    assert bench.normalised(TEXT, whole) == bench.normalised(TEXT, split)
    assert bench.normalised(TEXT, whole) == "The bridge is safe We checked it twice"


def test_pieces_still_trimmed_of_their_marks() -> None:
    bench = _bench()
    marked = [_span(TEXT, "“The bridge is safe. We checked it twice,”"), _span(TEXT, "“Trust us.”")]
    bare = [_span(TEXT, "The bridge is safe. We checked it twice"), _span(TEXT, "Trust us")]
    assert bench.normalised(TEXT, marked) == bench.normalised(TEXT, bare)
    assert bench.normalised(TEXT, marked) != bench.normalised(TEXT, marked[:1])
