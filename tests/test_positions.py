"""Positions over time from stance and event records: topics, conditions, dates, shifts; own
articles and the seed story."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdesk.link.actors import link
from newsdesk.render import html, markdown
from newsdesk.synthesize import briefing, positions
from tests.test_compare import CLAIMS, FIXTURES, load


@pytest.fixture(scope="module")
def own() -> dict[str, Any]:
    extractions = load(FIXTURES)
    return dict(briefing.build(extractions, link(extractions)))


def _issues(brief: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    actor = next(a for a in brief["positions"] if a["name"] == name)
    return {i["issue"]: i for i in actor["issues"]}


def test_mayor_open_then_conditional(own: dict[str, Any]) -> None:
    talks = _issues(own, "Clara Voss")["talks"]
    assert talks["label"] == "talks"
    first, second = talks["positions"]
    assert (first["polarity"], first["word"], first["date"]) == ("for", "open", "2024-03-04")
    assert (first["dated_by"], first["reported"]) == ("quote", "2024-03-05")
    assert (second["polarity"], second["word"], second["date"]) == (
        "conditional",
        "rejected",
        "2024-03-06",
    )
    assert [c["text"] for c in second["conditions"]] == ["unless the strike ends first"]
    (shift,) = talks["shifts"]
    assert (shift["from"]["date"], shift["to"]["date"]) == ("2024-03-04", "2024-03-06")


def test_citations_point_at_the_sentence(own: dict[str, Any]) -> None:
    by_id = {a["id"]: a["text"] for a in own["articles"]}
    for actor in own["positions"]:
        for issue in actor["issues"]:
            for p in issue["positions"]:
                cite = p["citation"]
                assert by_id[cite["article"]][cite["start"] : cite["end"]].strip() == p["text"]


def test_a_look_back_adds_no_position() -> None:
    """ "a day after she had said she was willing to talk" recalls Saturday's stance."""
    extractions = load(CLAIMS)
    link(extractions)
    found = [p for p in positions.extract(extractions) if p.actor.endswith("ilse-marrow")]
    assert [(p.topic, p.polarity, p.date) for p in found if p.topic == "meeting"] == [
        ("meeting", "conditional", "2024-05-04"),
        ("meeting", "against", "2024-05-06"),
    ]


def test_renderers_show_positions(own: dict[str, Any]) -> None:
    md = markdown.render(own)  # type: ignore[arg-type]
    assert "## Positions" in md
    assert "- shift: for (open, 2024-03-04) → conditional (rejected, 2024-03-06)" in md
    assert "condition: unless the strike ends first" in md
    assert "<h2>Positions</h2>" in html.render(own)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the seed story


@pytest.fixture(scope="module")
def seed(seed_dir: Path) -> dict[str, Any]:
    extractions = load(seed_dir)
    return dict(briefing.build(extractions, link(extractions)))


def test_seed_rouhani_monday_to_tuesday(seed: dict[str, Any]) -> None:
    meeting = _issues(seed, "Hassan Rouhani")["meeting"]
    dated = [(p["date"], p["polarity"], p["word"]) for p in meeting["positions"]]
    assert ("2019-08-26", "for", "open") in dated
    assert ("2019-08-26/2019-08-28", "conditional", "teased") in dated  # earlier this week
    assert ("2019-08-27", "against", "reversed") in dated
    assert any(s["to"]["word"] == "reversed" and s["to"]["date"] == "2019-08-27"
               for s in meeting["shifts"])
    # no position is dated by the day it was reported
    assert all(p["dated_by"] != "published" for p in meeting["positions"])


def test_seed_rouhani_conditions_are_whole_clauses(seed: dict[str, Any]) -> None:
    meeting = _issues(seed, "Hassan Rouhani")["meeting"]
    conditions = {c["text"] for p in meeting["positions"] for c in p["conditions"]}
    assert (
        "If I knew that going to a meeting and visiting a person would help my country’s "
        "development and resolve the problems of the people" in conditions
    )
    assert "if it would benefit Iranians" in conditions
    assert "without America ending sanctions and rectifying its mistakes" in conditions
    tuesday = next(p for p in meeting["positions"] if p["word"] == "offered")
    assert (tuesday["date"], tuesday["dated_by"]) == ("2019-08-27", "next quote")


def test_seed_khamenei_and_macron_have_positions(seed: dict[str, Any]) -> None:
    names = {a["name"] for a in seed["positions"]}
    assert {"Ali Khamenei", "Emmanuel Macron", "Hassan Rouhani", "Donald Trump"} <= names
    khamenei = _issues(seed, "Ali Khamenei")
    assert any(p["polarity"] == "against" for p in khamenei["actor:country:USA"]["positions"])
    macron = _issues(seed, "Emmanuel Macron")
    assert any(p["word"] == "announced" for p in macron["meeting"]["positions"])


def test_seed_topics_are_normalised(seed: dict[str, Any]) -> None:
    rouhani = _issues(seed, "Hassan Rouhani")
    assert set(rouhani) <= {"meeting", "talks", "sanctions relief"}
    assert all(i["label"] == i["issue"] for i in rouhani.values())


def test_one_stance_in_the_same_words_twice_is_one_entry_cited_twice() -> None:
    """Two updates of one wire story repeat "Mayor Ines Kohl rejected the merger": one entry,
    both articles cited; her "backed the ferry plan" stays its own entry."""
    from datetime import date

    from newsdesk.model import Article, article_id
    from newsdesk.pipeline import process_many

    texts = ["Mayor Ines Kohl rejected the merger on Monday. She spoke in Kessel.",
             "Mayor Ines Kohl rejected the merger on Monday. Mayor Ines Kohl backed the ferry "
             "plan on Tuesday."]
    extractions = list(process_many([
        Article(id=article_id(t), text=t, outlet="Harbour Wire", genre="news",
                published=date(2024, 3, 6)) for t in texts]))
    brief = briefing.build(extractions, link(extractions))
    merger = _issues(dict(brief), "Ines Kohl")["merger"]["positions"]
    assert len(merger) == 1 and len(merger[0]["also"]) == 1
    assert merger[0]["also"][0]["article"] != merger[0]["citation"]["article"]
    assert markdown.render(dict(brief)).split("## Positions")[1].count("rejected the merger") == 1


def test_the_one_given_something_is_no_topic() -> None:
    """ "offered his Danish counterpart, Mette Holm, his full support": the first object of a
    verb of giving is whom it goes to; the stance is about what is offered."""
    from datetime import date

    from newsdesk.model import Article, article_id
    from newsdesk.pipeline import process_many

    text = ("Chancellor Greta Olsen has offered her Danish counterpart, Mette Holm, her full "
            "support for the bridge. She offered the mayor her backing on Monday.")
    extractions = list(process_many([Article(id=article_id(text), text=text, outlet="Harbour "
                                             "Wire", genre="news", published=date(2024, 3, 6))]))
    brief = briefing.build(extractions, link(extractions))
    topics = set(_issues(dict(brief), "Greta Olsen"))
    assert "counterpart" not in topics and "mayor" not in topics, topics


def test_wanting_fewer_of_a_thing_is_a_stance_against_it() -> None:
    """"most Americans now want fewer offshore wells" was a position for wells.  A stance
    word's object that "fewer" or "less" counts down is wanted reduced: the stance is
    against it."""
    from datetime import date

    from newsdesk.model import Article, article_id
    from newsdesk.pipeline import process_many

    text = ("Mayor Ana Ruiz wants fewer cruise ships in the harbour, she said on Monday. She "
            "also wants more ferry crossings.")
    extractions = list(process_many([Article(id=article_id(text), text=text, outlet="Harbour "
                                             "Wire", genre="news", published=date(2024, 3, 6))]))
    brief = briefing.build(extractions, link(extractions))
    ruiz = _issues(dict(brief), "Ana Ruiz")
    shown = sorted((name, p["polarity"]) for name, i in ruiz.items() for p in i["positions"])
    assert shown == [("cruise ship", "against"), ("ferry crossing", "for")], shown
