"""WordNet hypernyms as features of the event model for verbs the lexicon has no sense for
(``plover.VERB_HYPERNYMS``, built by ``benchmarks/build_verb_hypernyms.py``), on sentences of
our own."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from newsdesk import annotate
from newsdesk.extract.actors import extract_actors
from newsdesk.extract.events import code_events
from newsdesk.extract.events.coder import Coder
from newsdesk.extract.reading import Reading
from newsdesk.knowledge import loader, plover
from newsdesk.model import Article, Event, article_id

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")


def _reading(text: str) -> Reading:
    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=date(2021, 3, 4))
    actors, mentions = extract_actors(doc, art)
    return Reading.of(doc, art, actors, mentions, [])


def _events(text: str) -> list[Event]:
    return code_events(_reading(text)).events


def _features(text: str, word: str) -> list[str]:
    coder = Coder(_reading(text))
    for sent in coder.body_sentences():
        for candidate in coder.candidates(sent, bare=True):
            if candidate.item.token.text == word:
                return candidate.features
    raise AssertionError(f"no candidate at {word!r}")


def test_a_verb_with_no_sense_gets_the_synsets_it_reaches() -> None:
    """ "bankrolled the reconstruction": "bankroll" is no lexicon verb; the synsets its senses
    reach (shared with "finance", "fund") are features, and the model codes AID (RETREAT
    before the features, from "reconstruction")."""
    text = "Norway bankrolled the reconstruction of the school in the mountain village."
    feats = _features(text, "bankrolled")
    assert "nosense" in feats
    assert {f"vh={p}" for p in plover.VERB_HYPERNYMS["bankroll"]} <= set(feats)
    assert [e.type for e in _events(text)] == ["AID"]


def test_a_lexicon_sense_or_an_event_noun_takes_no_synsets() -> None:
    """A verb the lexicon codes ("expelled") or one that carries an event noun ("engaged in
    mediation": the noun says the act) gets no ``vh=`` features."""
    assert not any(f.startswith("vh=") for f in
                   _features("Moscow expelled the Estonian consul.", "expelled"))
    assert not any(f.startswith("vh=") for f in _features(
        "Qatar engaged in mediation between the two factions.", "engaged"))


def test_the_table_is_checked() -> None:
    good = {"about": {"verbs": "x"}, "verbs": {"bankroll": ["02304982", "02304648"]}}
    assert plover.load_hypernyms(good) == {"bankroll": ("02304982", "02304648")}
    bad = [
        {"about": {"verbs": "x"}, "verbs": {"bankroll": []}},
        {"about": {"verbs": "x"}, "verbs": {"bankroll": ["2304982"]}},  # not 8 digits
        {"about": {"verbs": "x"}, "verbs": {"bankroll": ["02304982", "02304982"]}},
        {"verbs": {"bankroll": ["02304982"]}},  # no about
    ]
    for data in bad:
        with pytest.raises(loader.DataError):
            plover.load_hypernyms(data)
    shipped = plover.load_hypernyms(loader.read("verb-hypernyms.json"))
    assert shipped == plover.VERB_HYPERNYMS and len(shipped) > 5000


def _build_script() -> ModuleType:
    path = ROOT / "benchmarks" / "build_verb_hypernyms.py"
    spec = importlib.util.spec_from_file_location("build_verb_hypernyms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_verb_hypernyms", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet 3.0 not installed")
def test_the_build_script_reproduces_the_shipped_table() -> None:
    assert _build_script().main(["--check"]) == 0
