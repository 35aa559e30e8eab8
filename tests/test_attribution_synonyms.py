"""The WordNet kin of the cue model's word classes (``benchmarks/build_attribution_synonyms.py``):
built offline from Debian's WordNet 3.0; the tests skip where it is not installed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

WORDNET = Path("/usr/share/wordnet")
pytestmark = pytest.mark.skipif(not (WORDNET / "data.verb").exists(),
                                reason="WordNet (Debian wordnet-base) not installed")


def _builder() -> ModuleType:
    path = ROOT / "benchmarks" / "build_attribution_synonyms.py"
    spec = importlib.util.spec_from_file_location("build_attribution_synonyms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_verb_sharing_a_frequent_sense_with_a_class_verb_is_its_kin() -> None:
    """"The senator extolled the plan", "critics cried out against it": "extol" shares its first
    sense with "laud", "cry out" (a phrasal verb, as verb and particle) with "exclaim"; a verb
    of acting shares none ("greet" is no kin of "praise")."""
    build = _builder()
    kin = build.synonyms(["laud", "exclaim", "shout", "praise"], "verb", WORDNET, 2, 3, 0)
    assert kin["extol"] == ["laud"]
    assert "exclaim" in kin["cry out"]
    assert "greet" not in kin and "praise" not in kin


def test_a_word_whose_first_sense_is_communication_joins_by_its_supersense() -> None:
    """"The mayor mouthed the words": a verb whose most frequent sense is in WordNet's
    verb.communication file joins as that file's kin; "build" (verb.creation) does not."""
    build = _builder()
    kin = build.supersense_kin(["say"], "verb", ["verb.communication"], WORDNET)
    assert kin["mouth"] == ["verb.communication"]
    assert "say" not in kin and "build" not in kin
