"""The WordNet back-off of the event coder: a verb the PLOVER lexicon does not know is tried
with the senses of the lexicon verb WordNet gives as its synonym (``plover.VERB_SYNONYMS``,
built by ``benchmarks/build_verb_synonyms.py``), on sentences of our own."""

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
from newsdesk.extract.events.senses import verb_senses
from newsdesk.extract.reading import Reading
from newsdesk.knowledge import loader, plover
from newsdesk.model import Article, Event, article_id

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")


def _events(text: str) -> list[Event]:
    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=date(2019, 8, 29))
    actors, mentions = extract_actors(doc, art)
    return code_events(Reading.of(doc, art, actors, mentions, [])).events


def _verb(text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in annotate.parse(text) if t.text == word)


@pytest.mark.parametrize(("text", "form", "verb", "target", "event_type", "mode", "actors",
                          "recipients"), [
    # "oust" is no lexicon verb; WordNet's first sense of it is "expel": the diplomats
    # are the object expel's SANCTION sense asks for
    ("Kenya ousted two Sudanese diplomats on Monday.", "ousted", "oust", "expel", "SANCTION",
     "expel", ["country:KEN"], ["country:SDN"]),
    # "mistreat" shares a synset with "abuse", whose sense is a beating
    ("Kenyan police mistreated the Somali detainees.", "mistreated", "mistreat", "abuse",
     "ASSAULT", "beat", ["group:kenyan-police"], ["country:SOM"]),
])
def test_a_verb_the_lexicon_lacks_takes_its_synonyms_sense(
        text: str, form: str, verb: str, target: str, event_type: str, mode: str | None,
        actors: list[str], recipients: list[str]) -> None:
    assert verb not in plover.VERBS
    assert plover.VERB_SYNONYMS[verb][0] == target
    found = verb_senses(_verb(text, form))
    assert found is not None and found.synonym == target
    assert found.senses[0][0].type == event_type
    events = [e for e in _events(text) if e.type == event_type]
    assert len(events) == 1, _events(text)
    assert (events[0].mode, events[0].actors, events[0].recipients) == (mode, actors,
                                                                        recipients)


def test_a_synonym_whose_object_does_not_fit_gets_no_sense() -> None:
    """"disavowed the reports": "deny" excludes reports and claims from its sense (a denial of
    a report is no rejection), so the synonym gives nothing and no event is coded."""
    text = "The Kenyan ministry disavowed the reports of its involvement."
    assert verb_senses(_verb(text, "disavowed")) is None
    assert _events(text) == []


def test_a_verb_that_frames_a_clause_takes_no_sense_by_synonym() -> None:
    """"the ministry said Friday": WordNet puts "say" beside "allege", "is expected to impose"
    "expect" beside "demand", but a verb the lexicon does not know that frames a clause
    reports its event, as it does without the table."""
    text = "Kenya expelled two Sudanese diplomats, the ministry said Friday."
    assert "allege" in plover.VERB_SYNONYMS["say"]
    assert verb_senses(_verb(text, "said")) is None
    assert [e.type for e in _events(text)] == ["SANCTION"]
    text = "Mexico is expected to impose tariffs on Canada."
    assert "demand" in plover.VERB_SYNONYMS["expect"]
    assert verb_senses(_verb(text, "expected")) is None
    assert [e.type for e in _events(text)] == ["SANCTION"]


def test_a_reflexive_object_takes_no_synonyms_sense() -> None:
    """"busied themselves with mediation": "busy" is "occupy" in WordNet, but a sense that does
    not ask for a reflexive object does not take one."""
    text = "Dutch mediators busied themselves with mediation between the two parties."
    assert plover.VERB_SYNONYMS["busy"][0] == "occupy"
    assert verb_senses(_verb(text, "busied")) is None


def test_the_table_is_checked() -> None:
    verbs = plover.VERBS
    assert plover.load_synonyms({"about": {"verbs": "x"}, "verbs": {"oust": ["expel"]}},
                                verbs) == {"oust": ("expel",)}
    bad = [
        {"about": {"verbs": "x"}, "verbs": {"expel": ["deport"]}},  # a lexicon verb as key
        {"about": {"verbs": "x"}, "verbs": {"oust": ["evict", "evict"]}},  # listed twice
        {"about": {"verbs": "x"}, "verbs": {"oust": ["defenestrate"]}},  # no lexicon verb
        {"about": {"verbs": "x"}, "verbs": {"oust": []}},
        {"verbs": {"oust": ["expel"]}},  # no about
    ]
    for data in bad:
        with pytest.raises(loader.DataError):
            plover.load_synonyms(data, verbs)
    shipped = plover.load_synonyms(loader.read("plover-verb-synonyms.json"), verbs)
    assert shipped == plover.VERB_SYNONYMS and len(shipped) > 1000


def _build_script() -> ModuleType:
    path = ROOT / "benchmarks" / "build_verb_synonyms.py"
    spec = importlib.util.spec_from_file_location("build_verb_synonyms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_verb_synonyms", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet 3.0 not installed")
def test_the_build_script_reproduces_the_shipped_table() -> None:
    assert _build_script().main(["--check"]) == 0
