"""Positions over time: stance, issue, conditions, dates and shifts; own articles and the seed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdesk.link.actors import link
from newsdesk.render import html, markdown
from newsdesk.synthesize import briefing, compare, positions
from tests.test_compare import FIXTURES, load


@pytest.fixture(scope="module")
def own() -> dict[str, Any]:
    extractions = load(FIXTURES)
    return briefing.build(extractions, link(extractions))


def _issues(brief: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    actor = next(a for a in brief["positions"] if a["name"] == name)
    return {i["issue"]: i for i in actor["issues"]}


def test_mayor_open_then_conditional(own: dict[str, Any]) -> None:
    talks = _issues(own, "Clara Voss")["talks"]
    assert talks["label"] == "talks with the nurses' union"
    first, second = talks["positions"]
    assert (first["polarity"], first["word"], first["date"]) == ("for", "open", "2024-03-04")
    assert first["dated_by"] == "quote"
    assert (second["polarity"], second["word"], second["date"]) == (
        "conditional",
        "rejected",
        "2024-03-06",
    )
    assert [c["text"] for c in second["conditions"]] == ["unless the strike ends first"]
    (shift,) = talks["shifts"]
    assert (shift["from"]["date"], shift["to"]["date"]) == ("2024-03-04", "2024-03-06")


def test_citations_point_at_the_sentence(own: dict[str, Any]) -> None:
    texts = {a["id"]: a for a in own["articles"]}
    extractions = load(FIXTURES)
    by_id = {ex.article.id: ex.article.text for ex in extractions}
    for actor in own["positions"]:
        for issue in actor["issues"]:
            for p in issue["positions"]:
                cite = p["citation"]
                assert cite["article"] in texts
                assert by_id[cite["article"]][cite["start"] : cite["end"]].strip() == p["text"]


def test_facts_reported_are_not_stances() -> None:
    """A verb that is itself the issue counts only as intent ("would meet"), not as a report."""
    from newsdesk.model import Article, article_id
    from newsdesk.pipeline import process_many

    text = (
        "Governor Ana Reyes did not meet the strikers on Friday.\n"
        "Governor Ana Reyes said on Saturday that she would meet the strikers next week."
    )
    article = Article(id=article_id(text), text=text, outlet="Test Wire", genre="news")
    extractions = list(process_many([article]))
    link(extractions)
    found = positions.extract(extractions, compare.parse_articles(extractions))
    reyes = [p for p in found if p.actor.endswith("reyes")]
    assert [(p.issue, p.polarity, p.word) for p in reyes] == [("meeting", "for", "meet")]


def test_renderers_show_positions(own: dict[str, Any]) -> None:
    md = markdown.render(own)
    assert "## Positions" in md
    assert "- shift: for (open, 2024-03-04) → conditional (rejected, 2024-03-06)" in md
    assert "condition: unless the strike ends first" in md
    assert "<h2>Positions</h2>" in html.render(own)


# ------------------------------------------------------------------ the seed story


@pytest.fixture(scope="module")
def seed(seed_dir: Path) -> dict[str, Any]:
    extractions = load(seed_dir)
    return briefing.build(extractions, link(extractions))


def test_seed_rouhani_monday_to_tuesday(seed: dict[str, Any]) -> None:
    meeting = _issues(seed, "Hassan Rouhani")["meeting"]
    dated = [(p["date"], p["polarity"], p["word"]) for p in meeting["positions"]]
    assert ("2019-08-26", "for", "open") in dated
    assert ("2019-W35", "conditional", "teased") in dated
    assert ("2019-08-27", "against", "reversed") in dated
    shifts = [
        (s["from"]["word"], s["from"]["polarity"], s["to"]["word"], s["to"]["date"])
        for s in meeting["shifts"]
    ]
    assert ("teased", "conditional", "reversed", "2019-08-27") in shifts


def test_seed_conditions_with_spans(seed: dict[str, Any]) -> None:
    meeting = _issues(seed, "Hassan Rouhani")["meeting"]
    conditions = {c["text"] for p in meeting["positions"] for c in p["conditions"]}
    assert "if it would benefit Iranians" in conditions
    assert "without America ending sanctions and rectifying its mistakes" in conditions
    tuesday = next(p for p in meeting["positions"] if p["word"] == "offered")
    assert (tuesday["date"], tuesday["dated_by"]) == ("2019-08-27", "next quote")
