"""Outlet comparison on three articles written for it, and on the seed story."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsdesk.link.actors import link
from newsdesk.model import Article, Extraction, article_id
from newsdesk.pipeline import process_many
from newsdesk.render import html, markdown
from newsdesk.synthesize import briefing, compare

FIXTURES = Path(__file__).parent / "fixtures" / "compare"


def load(folder: Path) -> list[Extraction]:
    """Articles of a folder with its meta.jsonl sidecar, through every per-article stage."""
    articles = []
    for line in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        text = (folder / meta["path"]).read_text(encoding="utf-8")
        articles.append(
            Article(
                id=article_id(text),
                text=text,
                path=meta["path"],
                outlet=meta["outlet"],
                title=meta.get("title"),
                published=date.fromisoformat(meta["published"]),
                genre=meta["genre"],
            )
        )
    extractions = list(process_many(articles))
    link(extractions)
    return extractions


@pytest.fixture(scope="module")
def own() -> dict[str, Any]:
    extractions = load(FIXTURES)
    roster = link(extractions)
    return briefing.build(extractions, roster)


def _facts_with(comparison: dict[str, Any], words: str) -> list[dict[str, Any]]:
    return [f for f in comparison["facts"] if words in f["label"]]


def test_columns_put_opinion_last(own: dict[str, Any]) -> None:
    columns = own["comparison"]["columns"]
    assert [c["id"] for c in columns] == [
        "Harbor Ledger",
        "Valmere Courier",
        "Northern Voice (opinion)",
    ]
    assert [c["opinion"] for c in columns] == [False, False, True]


def test_same_fact_in_different_words_is_one_row(own: dict[str, Any]) -> None:
    (walkout,) = _facts_with(own["comparison"], "nurses walked off")
    assert sorted(walkout["columns"]) == ["Harbor Ledger", "Valmere Courier"]
    (surgery,) = _facts_with(own["comparison"], "postponed all planned surgery")
    assert surgery["coverage"] == "all"
    assert "Northern Voice (opinion)" in surgery["columns"]


def test_only_one_outlet_and_only_opinion(own: dict[str, Any]) -> None:
    comparison = own["comparison"]
    facts = {f["id"]: f for f in comparison["facts"]}
    only = {e["column"]: [facts[i]["label"] for i in e["facts"]] for e in comparison["only"]}
    assert any("1994" in label for label in only["Valmere Courier"])
    assert not any("1994" in label for label in only["Harbor Ledger"])
    opinion = only["Northern Voice (opinion)"]
    assert any("cap on the number of patients" in label for label in opinion)
    cap = next(f for f in comparison["facts"] if "cap on the number" in f["label"])
    assert cap["opinion_only"] and cap["coverage"] == "one"


def test_number_disagreement(own: dict[str, Any]) -> None:
    numbers = [d for d in own["comparison"]["disagreements"] if d["kind"] == "number"]
    assert len(numbers) == 1
    values = {c["column"]: c["values"] for c in numbers[0]["claims"]}
    assert numbers[0]["about"] == "nurse"
    assert values == {"Valmere Courier": ["3000"], "Harbor Ledger": ["1200"]}


def test_position_disagreement_not_date(own: dict[str, Any]) -> None:
    kinds = [d["kind"] for d in own["comparison"]["disagreements"]]
    assert "position" in kinds
    assert "date" not in kinds  # Monday's yes and Wednesday's no are a change, not a conflict


def test_claims_fold_actor_names_and_synonyms() -> None:
    extractions = load(FIXTURES)
    claims = compare.claims_of(extractions, compare.parse_articles(extractions))
    voss = [c for c in claims if "Voss" in c.text]
    assert len(voss) == 2
    assert all("person:clara-voss" in c.actors for c in voss)
    assert all("negotiation" in c.terms for c in voss)  # "talks" folded


def test_renderers_show_the_comparison(own: dict[str, Any]) -> None:
    md = markdown.render(own)
    assert "## Outlet comparison" in md
    assert "| Fact | Harbor Ledger | Valmere Courier | Northern Voice (opinion) |" in md
    assert "### Argued only in opinion: Northern Voice (opinion)" in md
    assert "number (nurse)" in md
    page = html.render(own)
    assert "<h2>Outlet comparison</h2>" in page
    assert '<span class="opinion">opinion</span></th>' in page


# ------------------------------------------------------------------ the seed story


@pytest.fixture(scope="module")
def seed(seed_dir: Path) -> dict[str, Any]:
    extractions = load(seed_dir)
    return briefing.build(extractions, link(extractions))


def _only(brief: dict[str, Any], column: str) -> list[str]:
    comparison = brief["comparison"]
    facts = {f["id"]: f for f in comparison["facts"]}
    entry = next(e for e in comparison["only"] if e["column"] == column)
    return [facts[i]["label"] for i in entry["facts"]]


def test_seed_nyt_only(seed: dict[str, Any]) -> None:
    nyt = " ".join(_only(seed, "The New York Times"))
    assert "Jahangiri held a meeting" in nyt
    assert "1981 hostage negotiations" in nyt
    assert "two parallel tracks" in nyt


def test_seed_wapo_argues_human_rights_in_opinion(seed: dict[str, Any]) -> None:
    column = next(c for c in seed["comparison"]["columns"] if c["opinion"])
    assert column["id"] == "The Washington Post (opinion)"
    wapo = " ".join(_only(seed, column["id"]))
    assert "human rights" in wapo
    assert "human rights" not in " ".join(_only(seed, "The New York Times"))


def test_seed_shared_facts(seed: dict[str, Any]) -> None:
    shared = [f["label"] for f in seed["comparison"]["facts"] if f["coverage"] == "all"]
    assert any("Rouhani" in label and "meeting" in label for label in shared)
    assert any("abandoned" in label for label in shared)
