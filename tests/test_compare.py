"""Outlet comparison from claim records: own articles for each case, the seed story, and the
near-linear candidate search (counted, not timed)."""

from __future__ import annotations

import ast
import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsdesk.link.actors import link
from newsdesk.model import Article, Claim, Extraction, Part, article_id
from newsdesk.pipeline import process_many
from newsdesk.render import html, markdown
from newsdesk.synthesize import briefing, compare

FIXTURES = Path(__file__).parent / "fixtures" / "compare"
CLAIMS = Path(__file__).parent / "fixtures" / "claims"
SYNTHESIZE = Path(__file__).parents[1] / "src" / "newsdesk" / "synthesize"


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


def _brief(folder: Path) -> dict[str, Any]:
    extractions = load(folder)
    return dict(briefing.build(extractions, link(extractions)))


@pytest.fixture(scope="module")
def own() -> dict[str, Any]:
    return _brief(FIXTURES)


@pytest.fixture(scope="module")
def port() -> dict[str, Any]:
    return _brief(CLAIMS)


def _only(brief: dict[str, Any], column: str) -> list[str]:
    comparison = brief["comparison"]
    facts = {f["id"]: f for f in comparison["facts"]}
    entry = next(e for e in comparison["only"] if e["column"] == column)
    return [facts[i]["label"] for i in entry["facts"]]


def _shared(brief: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in brief["comparison"]["facts"] if len(f["columns"]) > 1]


# ------------------------------------------------------------------ the cases, own articles


def test_columns_put_opinion_last(own: dict[str, Any]) -> None:
    columns = own["comparison"]["columns"]
    assert [c["id"] for c in columns] == [
        "Harbor Ledger",
        "Valmere Courier",
        "Northern Voice (opinion)",
    ]


def test_shared_fact_every_outlet_reports(port: dict[str, Any]) -> None:
    (brekke,) = [f for f in _shared(port) if "12 percent" in f["label"]]
    assert brekke["coverage"] == "all"
    assert sorted(brekke["columns"]) == ["Bay Observer (opinion)", "Coastline Herald",
                                         "Tidewater Post"]


def test_same_fact_in_different_words_is_one_row(own: dict[str, Any]) -> None:
    (surgery,) = [f for f in _shared(own) if "surgery" in f["label"]]
    assert surgery["coverage"] == "all"


def test_exclusive_fact_is_listed_for_its_outlet_only(port: dict[str, Any]) -> None:
    assert any("Nordlys Lines" in label for label in _only(port, "Tidewater Post"))
    assert not any("Nordlys" in label for label in _only(port, "Coastline Herald"))
    assert any("1994" in label for label in _only(_brief(FIXTURES), "Valmere Courier"))


def _cited_once(brief: dict[str, Any]) -> None:
    """A sentence holding several claims ("abandoned the accord, demanded a stricter one and
    reimposed sanctions") is one citation of its fact, not one per claim."""
    for fact in brief["comparison"]["facts"]:
        for cites in fact["columns"].values():
            keys = [(c["article"], c["start"], c["end"]) for c in cites]
            assert len(keys) == len(set(keys)), fact["label"]


def test_a_sentence_is_cited_once_per_fact(own: dict[str, Any], port: dict[str, Any]) -> None:
    _cited_once(own)
    _cited_once(port)


def test_numeric_disagreement_about_one_moment(port: dict[str, Any]) -> None:
    numbers = [d for d in port["comparison"]["disagreements"] if d["kind"] == "number"]
    assert len(numbers) == 1
    values = {c["column"]: c["values"] for c in numbers[0]["claims"]}
    assert numbers[0]["about"] == "ship"
    assert values == {"Coastline Herald": ["40"], "Tidewater Post": ["55"]}


def test_numeric_disagreement_in_the_nurses_story(own: dict[str, Any]) -> None:
    numbers = [d for d in own["comparison"]["disagreements"] if d["kind"] == "number"]
    assert [(d["about"], {c["column"]: c["values"] for c in d["claims"]}) for d in numbers] == [
        ("nurse", {"Valmere Courier": ["3000"], "Harbor Ledger": ["1200"]})
    ]


def _numbers_between(first: str, second: str) -> list[tuple[str, list[list[str]]]]:
    articles = [Article(id=article_id(text), text=text, outlet=outlet, genre="news",
                        published=date(2024, 3, 4))
                for outlet, text in (("Coastline Herald", first), ("Tidewater Post", second))]
    extractions = list(process_many(articles))
    brief = briefing.build(extractions, link(extractions))
    return [(d["about"], [c["values"] for c in d["claims"]])
            for d in brief["comparison"]["disagreements"] if d["kind"] == "number"]


def test_a_rounded_figure_or_a_rate_is_no_disagreement_with_a_total() -> None:
    """"nearly 5 million" rounds 4.9 million; "40,000 litres a day" is a rate, not a total."""
    spill = ("The stranded tanker Orla Bay spilled {} litres of diesel into Kessel Sound, "
             "the coast guard said.")
    rate = " The coast guard said 40,000 litres a day were still escaping from the hull."
    assert _numbers_between(spill.format("nearly 5 million") + rate,
                            spill.format("4.9 million")) == []
    assert _numbers_between(spill.format("4.9 million"), spill.format("3 million")) == [
        ("litre", [["4.9e+06"], ["3e+06"]])]


def test_one_speaker_saying_different_things_of_one_topic_is_no_contradiction() -> None:
    """"the fund will not be run by the port" does not deny "the port must set up a fund";
    "the port will not set up a fund" does."""
    articles = [Article(id=article_id(text), text=text, outlet=outlet, genre="news",
                        published=date(2024, 3, 4))
                for outlet, text in (
                    ("Coastline Herald", "Mayor Ines Kohl said the port must set up a relief "
                                         "fund for the fishermen."),
                    ("Tidewater Post", "Mayor Ines Kohl said the relief fund for the fishermen "
                                       "will not be run by the port."),
                    ("Harbour Ledger", "Mayor Ines Kohl said the port will not set up a relief "
                                       "fund for the fishermen."))]
    extractions = list(process_many(articles))
    brief = briefing.build(extractions, link(extractions))
    pairs = [sorted(c["column"] for c in d["claims"])
             for d in brief["comparison"]["disagreements"] if d["kind"] == "polarity"]
    assert ["Coastline Herald", "Tidewater Post"] not in pairs
    assert ["Coastline Herald", "Harbour Ledger"] in pairs


def test_negation_is_a_disagreement_of_one_voice(port: dict[str, Any]) -> None:
    polar = [d for d in port["comparison"]["disagreements"] if d["kind"] == "polarity"]
    assert [d["about"] for d in polar] == ["The harbour authority on fuel delivery"]
    sides = {c["column"]: c["values"] for c in polar[0]["claims"]}
    assert sides == {"Coastline Herald": ["negative"], "Tidewater Post": ["positive"]}


def test_a_change_of_mind_is_not_a_disagreement(own: dict[str, Any]) -> None:
    """Monday's yes and Wednesday's no from the mayor are a shift, not a conflict."""
    assert [d["kind"] for d in own["comparison"]["disagreements"]] == ["number"]


def test_newer_report_and_what_it_changes(port: dict[str, Any]) -> None:
    (update,) = [u for u in port["comparison"]["updates"]
                 if u["newer"]["outlet"] == "Tidewater Post"]
    assert (update["older"]["outlet"], update["days"]) == ("Coastline Herald", 2)
    kinds = [c["kind"] for c in update["changes"]]
    assert "shift" in kinds and "disagreement" in kinds
    shift = next(c for c in update["changes"] if c["kind"] == "shift")
    assert shift["text"].startswith("Ilse Marrow on meeting: conditional (willing, 2024-05-04)")
    assert "against (ruled out, 2024-05-06)" in shift["text"]
    new = [c["text"] for c in update["changes"] if c["kind"] == "new"]
    assert any("fifth day" in text for text in new)
    assert not any(c["kind"] == "new" and "mediator" in c["text"]
                   for u in port["comparison"]["updates"] for c in u["changes"])


def test_argument_of_an_opinion_piece_apart_from_its_facts(port: dict[str, Any]) -> None:
    (argument,) = port["comparison"]["arguments"]
    assert argument["column"] == "Bay Observer (opinion)"
    kinds = {c["label"].split()[1]: c["kind"] for c in argument["claims"]}
    assert kinds == {"strike": "evaluation", "government": "prescription"}
    # the column's report of the union leader is a fact, never its argument
    assert not any("12 percent" in c["label"] for c in argument["claims"])
    assert not any("disastrous" in label for label in _only(port, "Bay Observer (opinion)"))


def test_renderers_show_the_comparison(port: dict[str, Any]) -> None:
    md = markdown.render(port)  # type: ignore[arg-type]
    assert "## Outlet comparison" in md
    assert "### Reported only by: Tidewater Post" in md
    assert "### Newer: Tidewater Post, 2024-05-08, is 2 days newer than Coastline Herald" in md
    assert "### The argument of Bay Observer (opinion)" in md
    assert "- polarity (The harbour authority on fuel delivery)" in md
    page = html.render(port)  # type: ignore[arg-type]
    assert "<h2>Outlet comparison</h2>" in page
    assert "The argument of Bay Observer (opinion)" in page


# ------------------------------------------------------------------ near-linear matching


def _claim(article: int, n: int, words: list[str]) -> Claim:
    return Claim(start=n, end=n + 1, predicate=Part("x", 0, 1, "report"), terms=words)


def _story(articles: int, per_article: int = 10) -> list[Extraction]:
    """A story whose every claim shares the story's common words and a few of its own."""
    found = []
    for a in range(articles):
        text = f"article {a}"
        claims = [
            _claim(a, n, ["spill", "oil", "well", f"w{(a * 7 + n) % 19}", f"v{(a + n * 3) % 17}"])
            for n in range(per_article)
        ]
        art = Article(id=f"a{a:04d}", text=text, outlet=f"Outlet {a % 5}",
                      published=date(2010, 5, 1 + a % 28), genre="news")
        found.append(Extraction(article=art, claims=claims))
    return found


def test_comparisons_grow_linearly_with_the_story() -> None:
    counts = {}
    for size in (100, 200, 400):
        compare.build(_story(size))
        counts[size] = compare.last_comparisons
    claims = {size: size * 10 for size in counts}
    bound = {size: claims[size] * (5 * compare.POSTINGS + compare.POSTINGS) for size in counts}
    assert all(counts[s] <= bound[s] for s in counts)
    # doubling the story at most about doubles the pairs scored (all pairs would quadruple)
    assert counts[400] <= 2.3 * counts[200] and counts[200] <= 2.3 * counts[100]
    assert counts[400] < claims[400] * (claims[400] - 1) / 2 / 20


def test_synthesize_imports_no_spacy() -> None:
    for path in sorted(SYNTHESIZE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n == "spacy" or n.startswith(("spacy.", "newsdesk.annotate"))
                           or n == "newsdesk.annotate" for n in names), path.name


# ------------------------------------------------------------------ the seed story


@pytest.fixture(scope="module")
def seed(seed_dir: Path) -> dict[str, Any]:
    return _brief(seed_dir)


NYT, WAPO = "The New York Times", "The Washington Post (opinion)"


def test_seed_sanctions_relief_divergence(seed: dict[str, Any]) -> None:
    relief = [d for d in seed["comparison"]["disagreements"]
              if d["kind"] == "polarity" and d["about"] == "Donald Trump on sanctions relief"]
    assert len(relief) == 1
    sides = {c["column"]: c for c in relief[0]["claims"]}
    assert "is suggesting" in sides[WAPO]["text"] and sides[WAPO]["values"] == ["positive"]
    assert "gave no indication" in sides[NYT]["text"] and sides[NYT]["values"] == ["negative"]


def test_seed_nyt_is_newer_and_reports_the_reversal(seed: dict[str, Any]) -> None:
    (update,) = seed["comparison"]["updates"]
    assert (update["newer"]["outlet"], update["older"]["outlet"]) == (NYT, WAPO.split(" (")[0])
    assert update["days"] == 2
    shifts = [c["text"] for c in update["changes"] if c["kind"] == "shift"]
    assert any(t.startswith("Hassan Rouhani on meeting") and "(reversed, 2019-08-27)" in t
               for t in shifts)
    assert any("sanctions relief" in c["text"] for c in update["changes"]
               if c["kind"] == "disagreement")


def test_seed_only_nyt_is_a_short_ranked_list(seed: dict[str, Any]) -> None:
    nyt = _only(seed, NYT)
    assert 3 <= len(nyt) <= 8
    facts = {f["id"]: f for f in seed["comparison"]["facts"]}
    entry = next(e for e in seed["comparison"]["only"] if e["column"] == NYT)
    weights = [facts[i]["importance"] for i in entry["facts"]]
    assert weights == sorted(weights, reverse=True)
    assert any("reversed himself" in label for label in nyt)
    # nothing WaPo also reports is listed as NYT's alone
    assert not any("abandoned Iran’s 2015 nuclear agreement" in label for label in nyt)


def test_seed_no_wapo_fact_is_labelled_argument(seed: dict[str, Any]) -> None:
    (argument,) = seed["comparison"]["arguments"]
    labels = " ".join(c["label"] for c in argument["claims"])
    for fact in ("I would not miss it", "regime change", "General Assembly",
                 "open to the idea of meeting"):
        assert fact not in labels
    assert "human rights" in labels or "abhorrent" in labels


def test_seed_sentence_of_three_claims_cited_once(seed: dict[str, Any]) -> None:
    _cited_once(seed)


def test_seed_shared_facts(seed: dict[str, Any]) -> None:
    shared = [f["label"] for f in _shared(seed)]
    assert any("Rouhani" in label and "meeting" in label for label in shared)
    assert any("abandoned" in label for label in shared)


def test_no_two_facts_carry_the_same_label() -> None:
    # Two clauses of one sentence can state two facts ("shares fell after the Coast Guard said
    # five times as much oil ..."); each fact is labelled by a sentence of its own where it
    # has one.
    from newsdesk.synthesize.compare import Item, _facts, vectors

    def item(article: str, start: int, order: int, text: str) -> Item:
        claim = Claim(start=start, end=start + len(text), kind="report", polarity="positive",
                      modality="asserted", predicate=Part("fall", start, start + 4, "fall"),
                      terms=["x"])
        return Item(claim, article, "Outlet " + article, "Outlet " + article, False,
                    "2024-01-01", text, 0, order)

    shared = item("a", 0, 0, "Shares fell after the guard said the leak was bigger.")
    items = [shared, item("b", 0, 1, "Shares fell sharply."),
             shared, item("b", 100, 2, "The guard said the leak was five times bigger.")]
    facts, _ = _facts(items, [[0, 1], [2, 3]], np.ones(4), 2, vectors(items))
    assert [f["label"] for f in facts] == [
        "Shares fell after the guard said the leak was bigger.",
        "The guard said the leak was five times bigger."]


def _council_claim(n: int, words: list[str]) -> Claim:
    return Claim(start=n, end=n + 1, predicate=Part("x", 0, 1, "report"), terms=words,
                 actors=["org:harbour-council"])


def _one_day(ident: str, claims: list[Claim]) -> Extraction:
    """An article whose sentences are its claims' terms, one sentence a claim."""
    text, placed = "", []
    for claim in claims:
        sentence = "The council " + " ".join(claim.terms) + "."
        placed.append(dataclasses.replace(claim, start=len(text), end=len(text) + len(sentence)))
        text += sentence + " "
    return Extraction(article=Article(id=ident, text=text, outlet=f"Outlet {ident}",
                                      published=date(2010, 5, 1)), claims=placed)


def test_a_sentence_close_to_two_facts_of_one_article_does_not_join_them() -> None:
    # Article A tells two facts; article B one sentence touching both.  Each of A's claims
    # finds B's sentence as its best match, but A's two claims are far apart: two facts, not
    # one chained through B (forty reports of a day once made one "fact" of 173 sentences).
    a = _one_day("a", [_council_claim(0, ["harbour", "budget", "approve", "levy"]),
                       _council_claim(1, ["ferry", "timetable", "praise", "winter"])])
    b = _one_day("b", [_council_claim(0, ["harbour", "budget", "ferry", "timetable"])])
    together = [g for g in compare.match([a, b]).groups if len(g) > 1]
    assert len(together) == 1 and len(together[0]) == 2  # B's sentence with one of A's
    # two claims of one article that tell one fact twice still meet
    c = _one_day("c", [_council_claim(0, ["harbour", "budget", "approve", "levy"]),
                       _council_claim(1, ["harbour", "budget", "approve", "vote"])])
    d = _one_day("d", [_council_claim(0, ["harbour", "budget", "approve", "levy", "vote"])])
    assert sorted(len(g) for g in compare.match([c, d]).groups) == [3]


def _said(ident: str, sentence: str, terms: list[str]) -> Extraction:
    """An article of one sentence, its claim the council's saying with these few terms."""
    claim = Claim(start=0, end=len(sentence), predicate=Part("say", 0, 1, "say"), terms=terms,
                  actors=["org:harbour-council"])
    return Extraction(article=Article(id=ident, text=sentence, outlet=f"Outlet {ident}",
                                      published=date(2010, 5, 1)), claims=[claim])


def test_one_speakers_two_statements_on_one_topic_are_two_facts() -> None:
    # A claim's own terms are few (its predicate, object, topic), so two different things
    # said about one topic by one speaker share them all; their sentences tell them apart.
    # The other articles of the story repeat its common words ("ferry fares", "the harbour
    # council said"), as a real story's do, and make no claim of their own that matches.
    background = []
    for n, route in enumerate(["north", "south", "island", "estuary", "night", "freight"]):
        sentence = f"Ferry fares on the {route} route stay as they are, the harbour council said."
        claim = Claim(start=0, end=len(sentence), predicate=Part("stay", 0, 1, "stay"),
                      terms=[route])
        background.append(Extraction(article=Article(id=f"z{n}", text=sentence,
                                                     outlet=f"Outlet z{n}",
                                                     published=date(2010, 5, 1)),
                                     claims=[claim]))
    fares = _said("a", "The harbour council said ferry fares would rise by a third in spring.",
                  ["ferry", "fare"])
    unpaid = _said("b", "Ferry fares went unpaid on a tenth of crossings last winter, council "
                   "staff told a hearing.", ["ferry", "fare"])
    assert all(len(g) == 1 for g in compare.match([fares, unpaid, *background]).groups)
    # the same statement in other words is still one fact
    again = _said("c", "Ferry fares will rise by a third this spring, the harbour council said.",
                  ["ferry", "fare"])
    assert sorted(len(g) for g in compare.match([fares, again, *background]).groups)[-1] == 2


def test_a_fact_is_labelled_by_its_most_central_claim() -> None:
    """Four reports of one vote, and a lead that joined the fact through one of them: the row
    reads as the vote, not as the lead that happens to come first."""
    from newsdesk.synthesize.compare import Item, _facts, vectors

    def item(article: str, order: int, text: str, terms: list[str]) -> Item:
        claim = Claim(start=0, end=len(text), kind="report", polarity="positive",
                      modality="asserted", predicate=Part("vote", 0, 4, "vote"), terms=terms)
        return Item(claim, article, "Outlet " + article, "Outlet " + article, False,
                    "2024-01-01", text, 0, order)

    items = [
        item("a", 0, "Harbour towns braced for a long winter.", ["harbour", "winter", "council"]),
        item("b", 1, "The council voted to close the harbour.", ["council", "vote", "close",
                                                                  "harbour"]),
        item("c", 2, "Councillors voted to close the harbour.", ["council", "vote", "close",
                                                                  "harbour"]),
        item("d", 3, "The harbour will close after a council vote.", ["council", "vote",
                                                                      "close", "harbour"]),
    ]
    facts, _ = _facts(items, [[0, 1, 2, 3]], np.ones(4), 4, vectors(items))
    assert facts[0]["label"] == "The council voted to close the harbour."


def _dates_between(*texts: tuple[str, str, date]) -> list[list[str]]:
    articles = [Article(id=article_id(text), text=text, outlet=outlet, genre="news",
                        published=published) for outlet, text, published in texts]
    extractions = list(process_many(articles))
    brief = briefing.build(extractions, link(extractions))
    return [sorted(v for c in d["claims"] for v in c["values"])
            for d in brief["comparison"]["disagreements"] if d["kind"] == "date"]


def test_one_act_told_on_two_days_is_a_date_disagreement() -> None:
    """"seized the ferry on Tuesday" against "seized the ferry on Monday", both reported after
    both days: the outlets disagree on when it happened."""
    told = "Coast guard commander Rui Matos said on {} that his patrol seized the ferry Alba."
    assert _dates_between(
        ("Coastline Herald", told.format("Tuesday"), date(2024, 3, 7)),
        ("Tidewater Post", told.format("Monday"), date(2024, 3, 8)),
    ) == [["2024-03-04", "2024-03-05"]]


def test_a_day_after_the_other_article_appeared_is_another_happening() -> None:
    """An article of the 5th cannot report the 6th: "again on Wednesday" is a second act."""
    told = "Coast guard commander Rui Matos said on {} that his patrol seized the ferry Alba."
    assert _dates_between(
        ("Coastline Herald", told.format("Monday"), date(2024, 3, 5)),
        ("Tidewater Post", told.format("Wednesday"), date(2024, 3, 7)),
    ) == []


def test_two_sums_of_money_conflict_only_as_objects_of_one_predicate() -> None:
    """"the clean-up of the Orla Bay spill has cost Norlund $940 million" and "Norlund is
    seeking $700 million from the Orla Bay's insurers" are two sums; "has cost $600 million"
    is the same sum told otherwise."""
    cost = "The clean-up of the Orla Bay spill has cost {}, the shipping firm Norlund said."
    seek = ("The shipping firm Norlund is seeking $700 million from the insurers of the Orla "
            "Bay over the spill's clean-up, it said.")
    assert _numbers_between(cost.format("$940 million"), seek) == []
    assert [u for u, _ in _numbers_between(cost.format("$940 million"),
                                           cost.format("$600 million"))] == ["$"]


def test_a_supposed_figure_is_no_disagreement_with_a_measured_one() -> None:
    """"If it stays over 8,000 psi, that would mean the hull is intact, Reyes said" is a
    threshold someone supposes, not a reading that disagrees with "rose to 6,700 psi"; the
    parser's claim records are taken as read and the second one marked supposed by hand."""
    texts = [("Coastline Herald", "The pressure in the Orla Bay well rose to 6,700 psi, engineer "
              "Ana Reyes said."),
             ("Tidewater Post", "The pressure in the Orla Bay well rose to 8,000 psi, engineer "
              "Ana Reyes said.")]
    articles = [Article(id=article_id(t), text=t, outlet=o, genre="news",
                        published=date(2024, 3, 4)) for o, t in texts]

    def numbers() -> list[str]:
        brief = briefing.build(extractions, link(extractions))
        return [d["about"] for d in brief["comparison"]["disagreements"] if d["kind"] == "number"]

    extractions = list(process_many(articles))
    assert numbers() == ["psi"]  # two readings of one moment disagree
    extractions = list(process_many(articles))
    for claim in extractions[1].claims:
        if claim.numbers:
            claim.modality = "hypothetical"
    assert numbers() == []


def test_a_figure_dated_weeks_before_is_another_moment_not_a_disagreement() -> None:
    """A chronology's "On February 12 the harbour board said the well was leaking 1,000 litres
    a day" against "5,000 litres a day are leaking from the well" in a report of 4 March: two
    moments, so no disagreement; the same two figures undated are one."""
    now = "The harbour board said 5,000 litres a day are leaking from the Orla Bay well."
    then = ("On February 12 the harbour board said 1,000 litres a day were leaking from the "
            "Orla Bay well.")
    undated = "The harbour board said 1,000 litres a day are leaking from the Orla Bay well."
    assert _numbers_between(now, then) == []
    assert [u for u, _ in _numbers_between(now, undated)] == ["litre/day"]


def test_a_fact_two_outlets_print_in_the_same_words_is_marked_as_one_copy() -> None:
    """Two outlets running one wire story carry its sentences word for word: the shared fact
    is marked "same words" (a copy is no second source) and ranks as one outlet's; a fact
    each tells in its own words is not marked."""
    wire = ("The Orla Bay ferry terminal will reopen on Friday after three weeks of repairs, "
            "the harbour board said.")
    first = wire + " Crews at the Kessel pier walked out on Thursday over unpaid overtime."
    second = wire + (" Ferry crews at Kessel pier went on strike on Thursday, angry over "
                     "overtime they had not been paid.")
    articles = [Article(id=article_id(t), text=t, outlet=o, genre="news",
                        published=date(2024, 3, 4))
                for o, t in (("Coastline Herald", first), ("Tidewater Post", second))]
    extractions = list(process_many(articles))
    brief = briefing.build(extractions, link(extractions))
    shared = [f for f in brief["comparison"]["facts"] if len(f["columns"]) > 1]
    marks = {" ".join(f["label"].split()[:3]): f["same_words"] for f in shared}
    assert marks.get("The Orla Bay") is True, marks
    assert marks.get("Crews at the", marks.get("Ferry crews at")) is False, marks
    assert "(same words)" in markdown.render(brief)


def test_a_story_from_one_outlet_has_nothing_to_compare() -> None:
    """Every article from one outlet: no "reported only by" list (it would be the story),
    and the briefing says why the comparison is empty, in Markdown and HTML."""
    texts = ["The harbour board said the Orla Bay pier would reopen on Friday after repairs.",
             "Ferry crews at Orla Bay walked out on Thursday over pay, the union said."]
    articles = [Article(id=article_id(t), text=t, outlet="Coastline Herald", genre="news",
                        published=date(2024, 3, 4)) for t in texts]
    extractions = list(process_many(articles))
    brief = briefing.build(extractions, link(extractions))
    assert all(not o["facts"] for o in brief["comparison"]["only"])
    shown = markdown.render(brief)
    assert "All 2 articles of the story come from Coastline Herald" in shown
    assert "Reported only by" not in shown
    assert "All 2 articles of the story come from Coastline Herald" in html.render(brief)


def test_a_planned_or_possible_figure_is_no_disagreement_with_a_measured_one() -> None:
    """What is measured now ("is collecting about 15,000 litres a day") and what a plan says
    can or will be ("can collect 50,000 litres a day", "will collect 50,000 litres a day") are
    two quantities, not two readings of one; two plans with different figures still disagree."""
    now = "The harbour board said the cap is collecting 15,000 litres a day from the well."
    plan = "The harbour board said the cap can collect 50,000 litres a day from the well."
    will = "The harbour board said the cap will collect 50,000 litres a day from the well."
    assert _numbers_between(now, plan) == []
    assert _numbers_between(now, will) == []
    assert [u for u, _ in _numbers_between(now, now.replace("15,000", "50,000"))] == [
        "litre/day"]
    assert [u for u, _ in _numbers_between(will, will.replace("50,000", "20,000"))] == [
        "litre/day"]


def test_a_figure_of_another_year_is_another_happening() -> None:
    """"The refinery blast in 2005 killed 15 workers" is no other count of "the explosion on
    the rig killed 11 workers"."""
    now = "The blast at the Kessel refinery killed 11 workers, the harbour board said."
    then = "The blast at the Kessel refinery in 2005 killed 15 workers, the harbour board said."
    assert _numbers_between(now, then) == []
    assert [u for u, _ in _numbers_between(now, now.replace("11", "15"))] == ["worker"]


def test_counts_of_two_acts_are_no_disagreement() -> None:
    """"Eleven workers are still missing" and "tourism on the coast supports 41,000 workers"
    count two different things that share a noun: the story's disagreements listed "worker:
    11 against 41000" again and again.  Two counts of one act still disagree."""
    missing = "Eleven workers at the Kessel refinery are still missing."
    supported = "The Kessel refinery employs 41,000 workers."
    assert _numbers_between(missing, supported) == []
    assert [u for u, _ in _numbers_between(missing, missing.replace("Eleven", "Fifteen"))] == [
        "worker"]


def test_a_bound_is_no_disagreement_with_a_figure_it_allows() -> None:
    """"One measurement put the leak at up to 25,000 litres a day" allows "12,000 to 19,000
    litres a day"; "more than 15 workers" allows 20; "up to 5,000" does not allow 12,000."""
    measured = "The harbour board said 12,000 to 19,000 litres a day are leaking from the well."
    bound = "The harbour board said up to 25,000 litres a day are leaking from the well."
    assert _numbers_between(measured, bound) == []
    assert [u for u, _ in _numbers_between(measured, bound.replace("25,000", "5,000"))] == [
        "litre/day"]
    missing = "More than 15 workers at the Kessel refinery are still missing."
    assert _numbers_between(missing, missing.replace("More than 15", "Twenty")) == []
