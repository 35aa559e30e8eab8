"""Sentence compression for the summary: trailing attributions and adjuncts cut off a prefix,
the solver taking one version of a sentence at most, and citations that stay exact.

Sentences here are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.cli.summarize import sentence_extractions
from newsdesk.model import Article, article_id
from newsdesk.synthesize import compress, coverage, summary


def shortened(text: str, kinds: tuple[str, ...] = compress.KINDS) -> list[str]:
    return [text[:cut] for cut in compress.cuts(text, kinds)]


def test_a_trailing_attribution_is_cut_off() -> None:
    said = "The ferry to Marren Island stops running in March, the harbour board said on Monday."
    assert shortened(said) == ["The ferry to Marren Island stops running in March"]
    told = "Two of the crew were taken to hospital, a coastguard officer told reporters."
    assert shortened(told) == ["Two of the crew were taken to hospital"]
    source = "The repairs will cost about four million crowns, according to the town's engineer."
    assert shortened(source) == ["The repairs will cost about four million crowns"]
    assert shortened(said, ("adjunct",)) == []


def test_a_clause_with_a_fact_of_its_own_is_kept() -> None:
    # The part after the comma tells something besides who said it.
    fact = "The bridge was shut for the night, and engineers said it would reopen by Friday."
    assert shortened(fact) == []
    quoted = '"We will reopen the bridge by Friday," the chief engineer said.'
    assert shortened(quoted) == []  # the prefix would leave a quotation open
    assert shortened("Will the ferry run in March, the islanders asked?") == []
    # A clause a comma closes before the verb: cut there, the sentence would lose its verb.
    inside = "The board said that several routes, including the night ferry, would stop in May."
    assert shortened(inside) == []
    fact = "The harbour board closed the pier, leaving ten boats without a berth, and said more."
    assert shortened(fact) == []


def test_a_trailing_relative_clause_or_participle_is_cut_off() -> None:
    which = "The council closed the old pier on Tuesday, which had stood for ninety years."
    assert shortened(which) == ["The council closed the old pier on Tuesday"]
    adding = "The mayor promised a new pier within two years, adding that the money was found."
    assert shortened(adding) == ["The mayor promised a new pier within two years"]
    both = (
        "The council voted to rebuild the pier in stone, raising the cost by a third, "
        "a spokeswoman said."
    )
    assert shortened(both) == [
        "The council voted to rebuild the pier in stone, raising the cost by a third",
        "The council voted to rebuild the pier in stone",
    ]
    assert shortened(which, ("attribution",)) == []


def test_the_solver_tells_one_version_of_a_sentence_at_most() -> None:
    # The whole sentence (0) and its shortened version (1) share a group; with the budget for
    # both, only one is told, and the rest goes to another sentence.
    options = [
        coverage.Option(8, frozenset("abc"), group=0),
        coverage.Option(5, frozenset("ab"), group=0),
        coverage.Option(5, frozenset("d"), group=1),
    ]
    weights = dict.fromkeys("abcd", 1.0)
    assert coverage.choose(options, weights, 13) == [0, 2]
    assert coverage.choose(options, weights, 10) == [1, 2]
    assert coverage.choose(options, weights, 20) == [0, 2]


def _article(text: str, name: str, day: int) -> Article:
    return Article(
        id=article_id(text), text=text, path=f"{name}.txt", outlet=name,
        published=date(2025, 6, day), genre="news",
    )


HARBOUR_A = (
    "The ferry to Marren Island will stop running in March after the harbour board ran out "
    "of money for repairs, leaving the islanders without a daily boat to the mainland. "
    "Islanders will need a private boat to reach the mainland hospital and school. "
    "The board has asked the regional government for an emergency grant of two million crowns."
)
HARBOUR_B = (
    "The Marren Island ferry will stop running in March because the harbour board has no "
    "money left for repairs, which were due this winter. "
    "Islanders fear the loss of the ferry will close the island school by the autumn. "
    "An emergency grant from the regional government could keep the ferry running for a year."
)
HARBOUR_C = (
    "The harbour board will stop the Marren Island ferry in March, with no money left for "
    "repairs to the ferry. "
    "The regional government has not answered the board's request for an emergency grant. "
    "Without the ferry islanders must reach the mainland hospital by private boat."
)


def test_a_shortened_sentence_is_cited_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    exs = sentence_extractions(
        [_article(HARBOUR_A, "a", 2), _article(HARBOUR_B, "b", 3), _article(HARBOUR_C, "c", 4)]
    )
    texts = {ex.article.id: ex.article.text for ex in exs}
    whole = summary.summarize(exs, 45)  # off by default: whole sentences, as before
    assert all(c.text.endswith(".") for c in whole)
    monkeypatch.setattr(summary, "COMPRESS", "adjunct")
    cited = summary.summarize(exs, 45)
    assert cited and sum(len(c.text.split()) for c in cited) <= 45
    for c in cited:
        assert texts[c.article][c.start : c.end] == c.text
    told = " ".join(c.text for c in cited)
    assert "leaving the islanders" not in told and "which were due" not in told
    # Shortened, the agreed fact fits beside two more of the newest report's sentences.
    assert any(c.outlet == "b" and c.text.endswith("has no money left for repairs") for c in cited)
    assert len(cited) == 3
