"""The cue model's word classes: a cue word seen too rarely in train to have evidence of its own
is read as its class (``quotes_model.word_class``), and one never seen gets the class's
evidence.  The models here are built by hand, so each test says exactly what the class gives;
every sentence is invented for the test."""

from __future__ import annotations

import copy
import importlib.util
import sys
from types import ModuleType
from typing import Any

import pytest
from spacy.tokens import Token

from newsdesk import annotate
from newsdesk.extract import quotes_model
from newsdesk.extract.quotes_model import NOUN_CLASS, VERB_CLASS, Linear, Models
from newsdesk.knowledge import lexicon, loader
from tests.conftest import ROOT


def _word(text: str, form: str) -> Token:
    return next(t for t in annotate.parse(text) if t.lower_ == form)


def _models(rare_below: int = 20) -> Models:
    """A cue model that knows "say" (common, its own weight), "quip" (rare, with a cue rate of
    its own), "whisper" (rare, never a cue in train) and the verb class's rare members."""
    cue = Linear(
        bias=-3.0,
        weights={"l=say": 4.0, f"l={VERB_CLASS}": 2.5, "l=muse": -9.0, "l=quip": -9.0},
        threshold=0.15,
        lexicon={"say": 0.8, "quip": 0.6, VERB_CLASS: 0.4, NOUN_CLASS: 0.1},
        members={"say": 500, "quip": 3, "whisper": 5, "think": 60},
        rare_below=rare_below,
    )
    return Models(cue, Linear(0.0, {}, 0.5))


def test_the_attribution_lists_are_classes_of_cue_words() -> None:
    """"The senator mused that ...", "brushed off the question", "in a statement": verbs of
    saying and thinking, a phrasal one by its particle, and nouns of a statement are class
    members; a verb of acting ("greeted") and a noun of a thing ("bridge") are not."""
    mused = _word("The senator mused that the bill would fail.", "mused")
    assert quotes_model.word_class(mused) == VERB_CLASS
    brushed = _word("The mayor brushed off the question about the budget.", "brushed")
    assert quotes_model.cue_key(brushed) == "brush|off"
    assert quotes_model.word_class(brushed) == VERB_CLASS
    statement = _word("In a statement, the ministry denied the report.", "statement")
    assert quotes_model.word_class(statement) == NOUN_CLASS
    assert quotes_model.word_class(_word("The mayor greeted the minister.", "greeted")) is None
    assert quotes_model.word_class(_word("The bridge was closed.", "bridge")) is None
    assert "greet" not in lexicon.ATTRIBUTION_VERBS and "muse" in lexicon.ATTRIBUTION_VERBS


def test_an_unseen_verb_of_the_class_gets_the_class_evidence() -> None:
    """"The senator mused that the bill would fail": "muse" was never seen in train, so the
    model reads it as the verb class, for its features (``l=@verb``, not the lemma's own
    weight) and its cue rate alike; "surmised", another unseen member, scores the same."""
    models = _models()
    mused = _word("The senator mused that the bill would fail.", "mused")
    surmised = _word("The senator surmised that the bill would fail.", "surmised")
    assert models.word(mused) == VERB_CLASS
    assert models.knows(mused) and models.rate(mused) == 0.4
    features = models.cue_features(mused)
    assert f"l={VERB_CLASS}" in features and "l=muse" not in features and "o=muse" in features
    assert not any(f.startswith("k=") for f in features)
    p = models.cue.probability(features)
    assert p == pytest.approx(models.cue.probability(models.cue_features(surmised)))
    assert p == pytest.approx(models.cue.probability(
        quotes_model.cue_features(mused, VERB_CLASS)))
    assert models.cue.accepts(features)
    # Read as its own lemma, the weight it never earned in train would be used instead.
    assert not models.cue.accepts(quotes_model.cue_features(mused))


def test_the_parts_of_a_rare_cue_are_read_with_its_class() -> None:
    """"The senator mused that the bill would fail": the part model too reads the unseen cue as
    its class, so its "that" clause is scored by what the class's clauses did in train."""
    models = _models()
    mused = _word("The senator mused that the bill would fail.", "mused")
    found = quotes_model.parts(mused.doc, mused, models.word(mused))
    clause = next(p for p in found if f"ld={VERB_CLASS}|ccomp" in p.features)
    assert mused.doc[clause.ranges[0][0]:clause.ranges[0][1]].text == "that the bill would fail"
    assert not any(f.startswith("ld=muse") for p in found for f in p.features)
    said = _word("The senator said that the bill would fail.", "said")
    assert any("ld=say|ccomp" in p.features
               for p in quotes_model.parts(said.doc, said, models.word(said)))


def test_a_rare_member_keeps_its_own_rate_and_a_common_word_its_own_features() -> None:
    """"quipped" (3 uses in train) has a cue rate of its own but learns with its class;
    "whispered" (5 uses, never a cue) is not known as a cue; "said" (500 uses) and "thought"
    (60) keep their own features; "greeted" is in no class and unknown."""
    models = _models()
    quipped = _word("The senator quipped that the bill was dead.", "quipped")
    assert models.word(quipped) == VERB_CLASS and models.rate(quipped) == 0.6
    whispered = _word("The senator whispered that the bill was dead.", "whispered")
    assert models.word(whispered) == VERB_CLASS and not models.knows(whispered)
    said = _word("The senator said that the bill was dead.", "said")
    assert models.word(said) == "say" and "l=say" in models.cue_features(said)
    thought = _word("The senator thought that the bill was dead.", "thought")
    assert models.word(thought) == "think" and not models.knows(thought)
    greeted = _word("The senator greeted the minister.", "greeted")
    assert models.word(greeted) == "greet" and not models.knows(greeted)
    assert models.rate(greeted) == 0.0


def test_a_model_without_classes_reads_every_word_as_itself() -> None:
    """An artefact trained before the classes (no ``rare_below``) keeps its old reading."""
    models = _models(rare_below=0)
    mused = _word("The senator mused that the bill would fail.", "mused")
    assert models.word(mused) == "muse" and not models.knows(mused)
    assert models.cue_features(mused) == quotes_model.cue_features(mused)


def _trainer() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "train_quotes_model", ROOT / "benchmarks" / "train_quotes_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_gives_the_class_the_evidence_of_its_rare_members() -> None:
    """Two rare members, one a cue in both its uses ("quipped that ..."), one in neither of two:
    the class's rate is their pooled share (2 of 4); a common member ("said", here seen 20
    times) neither counts toward the class nor speaks as it."""
    train = _trainer()
    rows: list[tuple[Token, int]] = []
    for _ in range(2):
        rows.append((_word("The senator quipped that the bill was dead.", "quipped"), 1))
        rows.append((_word("The senator whispered to the clerk.", "whispered"), 0))
    said = _word("The senator said that the bill was dead.", "said")
    rows += [(said, 1)] * 20
    members = train.class_members(rows)
    assert members == {"quip": 2, "say": 20, "whisper": 2}
    found = train.lexicon(rows, 2, 0.04, members, 20, 0.0)
    assert found[VERB_CLASS] == 0.5 and found["quip"] == 1.0 and found["say"] == 1.0
    assert "whisper" not in found
    samples = train.cue_samples(rows, members, 20)
    assert f"l={VERB_CLASS}" in samples[0][0] and "l=say" in samples[-1][0]
    clause = {t.i for t in rows[0][0].doc if t.i > rows[0][0].i and not t.is_punct}
    parts = train.part_samples([(rows[0][0], clause)], members, 20)
    assert ([f"ld={VERB_CLASS}|ccomp"], 1) in [([f for f in feats if f.startswith("ld=")], label)
                                               for feats, label in parts]
    # With a prior, a rare member's own rate is drawn toward its class's.
    drawn = train.lexicon(rows, 2, 0.04, members, 20, 2.0)
    assert drawn["quip"] == pytest.approx(0.75) and drawn["whisper"] == pytest.approx(0.25)


def test_the_attribution_lists_are_checked() -> None:
    data: dict[str, Any] = copy.deepcopy(loader.read("lexicon.json"))
    data["attribution_verbs"].append("say")
    with pytest.raises(loader.DataError, match="'say' listed twice"):
        lexicon.load_lexicon(data)
    for name, bad in (("attribution_verbs", "hit back hard"),
                      ("attribution_nouns", "press release"), ("attribution_nouns", "op-ed")):
        data = copy.deepcopy(loader.read("lexicon.json"))
        data[name].append(bad)
        with pytest.raises(loader.DataError, match=f"{name}: '{bad}' is no cue word"):
            lexicon.load_lexicon(data)


def test_words_inside_another_attribution_are_marked_for_leaving_out_of_the_fit() -> None:
    """"The clerk said in a statement that the mayor had said the harbour was safe": PolNeAR
    marks one attribution, cue "said in a statement"; the inner "said" (inside its content)
    and "statement" (inside its cue, not its head) are no cue there because of where they
    stand, so training leaves them out of the cue model's fit (``labels``: ``held``), while
    the cue's head keeps its label and a word outside any attribution stays a row."""
    train = _trainer()
    from quotes_polnear import Attribution

    text = ("The clerk said in a statement that the mayor had said the harbour was safe. "
            "The ferry sailed at noon.")
    doc = annotate.parse(text)
    cue_at = text.index("said in a statement")
    content_at = text.index("the mayor")
    gold = [Attribution(content=[(content_at, text.index(". The ferry"))],
                        source=[(0, len("The clerk"))],
                        cue=[(cue_at, cue_at + len("said in a statement"))])]
    cue_of, held = train.labels(doc, gold)
    by_form = {t.text: t.i for t in doc}
    first_said = next(t.i for t in doc if t.lower_ == "said")
    inner_said = next(t.i for t in doc if t.lower_ == "said" and t.i > first_said)
    assert list(cue_of) == [first_said]
    assert {"the", "mayor", "harbour", "safe"} <= {doc[i].lower_ for i in cue_of[first_said]}
    assert inner_said in held and by_form["statement"] in held
    assert by_form["sailed"] not in held
