"""Key dates: which days a story keeps, what is cited for them, and that the work is linear;
the timeline metrics of ``benchmarks/timelines.py`` on hand-made timelines."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from newsdesk.model import Article, Event, Extraction, Span, TimeExpr
from newsdesk.synthesize import key_dates

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "timelines.py"

# A sentence: its text and the time expressions in it, (phrase, resolved value, modifier).
Said = tuple[str, list[tuple[str, str, str | None]]]


def article(ident: str, outlet: str, published: date, said: list[Said]) -> Extraction:
    """An extraction as the extract stage would leave it: sentence spans and resolved times."""
    text, sentences, times = "", [], []
    for sentence, exprs in said:
        start = len(text)
        text += sentence + "\n"
        sentences.append(Span(start, start + len(sentence)))
        for phrase, value, modifier in exprs:
            at = start + sentence.index(phrase)
            times.append(
                TimeExpr(phrase, at, at + len(phrase), value, "day", "absolute", "date", modifier)
            )
    art = Article(ident, text, path=f"{ident}.txt", outlet=outlet, published=published)
    return Extraction(art, times=times, sentences=sentences)


BREACH = "2025-03-03"


def flood_story() -> list[Extraction]:
    """The Velden dam gives way on 3 March; a week later six articles come out on one day,
    each looking back at the breach and adding nothing that happened that day."""
    first = article(
        "a0",
        "Valley Post",
        date(2025, 3, 3),
        [
            ("The Velden dam gave way on Monday, flooding the lower town within an hour.",
             [("on Monday", BREACH, None)]),
            ("Rescue boats carried two hundred residents to the school on the hill.", []),
            ("The river authority said water had been rising behind the dam for days.", []),
        ],
    )  # fmt: skip
    later = []
    outlets = ["Valley Post", "Northern Courier", "River Times", "The Ledger", "Daily Star",
               "Evening News"]  # fmt: skip
    for i, outlet in enumerate(outlets):
        later.append(
            article(
                f"b{i}",
                outlet,
                date(2025, 3, 12),
                [
                    ("Families in the lower town are still waiting for insurance money.", []),
                    (f"The dam collapsed on March 3, and the flood reached {i + 2} streets "
                     "before the boats arrived.", [("on March 3", BREACH, None)]),
                    ("Shops along the river have stayed shut since March 3 and owners are angry.",
                     [("since March 3", BREACH, "after")]),
                    ("A council vote on rebuilding the dam is set for March 20 at the town hall.",
                     [("for March 20", "2025-03-20", None)]),
                ],
            )
        )  # fmt: skip
    old = article(
        "c0",
        "River Times",
        date(2025, 3, 13),
        [
            ("The town was last flooded on June 1, 2015, when the old levee failed overnight.",
             [("on June 1, 2015", "2015-06-01", None)]),
        ],
    )  # fmt: skip
    return [first, *later, old]


def test_a_day_articles_refer_back_to_beats_a_busy_publication_day() -> None:
    found = key_dates.select(flood_story(), dates=1, sentences=2)
    assert [kd.day for kd in found.dates] == [date(2025, 3, 3)]  # not the busy 12 March
    assert found.dates[0].articles == 7 and found.dates[0].outlets == 6


def test_cited_sentences_say_what_happened_not_that_it_is_mentioned() -> None:
    story = flood_story()
    texts = {ex.article.id: ex.article.text for ex in story}
    found = key_dates.select(story, dates=1, sentences=2)
    cited = found.dates[0].sentences
    assert len(cited) == 2
    for c in cited:
        assert texts[c.article][c.start : c.end] == c.text  # the offsets point at the sentence
        assert "since March 3" not in c.text  # names the day, says nothing of it
        assert "insurance" not in c.text  # a lead sentence of a later day, not of the breach
    assert any("gave way on Monday" in c.text for c in cited)  # the report of the day


def bridge_story() -> list[Extraction]:
    """The Harlow bridge shuts on 10 May; that day's papers open with it and with a festival,
    and a week later two pieces name the day the bridge shut."""
    shut = "2025-05-10"
    day, later = date(2025, 5, 10), date(2025, 5, 17)
    return [
        article("d0", "Valley Post", day,
                [("Engineers shut the Harlow bridge to all traffic after cracks opened in its "
                  "main span.", [])]),
        article("d1", "River Times", day,
                [("Ticket prices for the summer music festival rose again, organisers said.",
                  [])]),
        article("l0", "The Ledger", later,
                [("The Harlow bridge has been shut since engineers found cracks in the main span "
                  "on May 10.", [("on May 10", shut, None)])]),
        article("l1", "Daily Star", later,
                [("Commuters have queued at the ferry since the council closed the cracked "
                  "Harlow bridge on May 10.", [("on May 10", shut, None)])]),
    ]  # fmt: skip


def test_a_days_sentences_are_what_its_reports_and_later_mentions_share() -> None:
    """DATEWISE's PM-Mean: a lead sentence of the day on another subject (the festival) shares
    nothing with what the later articles say of the day, so it is not cited for it."""
    found = key_dates.select(bridge_story(), dates=1, sentences=3)
    [shut] = found.dates
    assert shut.day == date(2025, 5, 10)
    cited = [c.text for c in shut.sentences]
    assert cited and all("Harlow bridge" in text for text in cited)


def test_expected_and_precedent_days_are_kept_apart() -> None:
    found = key_dates.select(flood_story(), dates=5, sentences=1)
    assert date(2025, 3, 20) not in [kd.day for kd in found.dates]
    assert [kd.day for kd in found.expected] == [date(2025, 3, 20)]
    assert "council vote" in found.expected[0].sentences[0].text
    assert [kd.day for kd in found.precedents] == [date(2015, 6, 1)]
    assert date(2025, 3, 12) in [kd.day for kd in found.dates]  # five days asked, three exist


def test_an_event_dated_to_a_day_counts_for_it() -> None:
    story = flood_story()
    quiet = article("q0", "Valley Post", date(2025, 3, 8),
                    [("Engineers inspected the broken spillway on Saturday morning.",
                      [("on Saturday", "2025-03-08", None)])])  # fmt: skip
    without = key_dates.day_features([*story, quiet])[date(2025, 3, 8)]
    quiet.events.append(Event("CONSULT", None, ["engineers"], [], Span(0, 20), time="2025-03-08"))
    with_event = key_dates.day_features([*story, quiet])[date(2025, 3, 8)]
    assert key_dates.score(with_event) > key_dates.score(without)


def test_defaults_grow_with_the_story() -> None:
    assert key_dates.default_sizes(10) == (9, 1)
    small, large = key_dates.default_sizes(50), key_dates.default_sizes(800)
    assert small[0] < large[0] == 40 and large[1] == 2


def synthetic_story(articles: int) -> list[Extraction]:
    """Articles over sixty days, each reporting its day and looking back at two earlier ones."""
    start = date(2024, 1, 1)
    story = []
    for i in range(articles):
        day = start + timedelta(days=i % 60)
        back = [start + timedelta(days=(i * 7 + j) % 60) for j in (3, 11)]
        said: list[Said] = [
            (f"Crews number {i} reported work on the northern pipeline section today.",
             [("today", day.isoformat(), None)]),
        ]  # fmt: skip
        for j, when in enumerate(back):
            said.append(
                (f"The pump station {j} failed on {when:%B} {when.day} after a storm hit town.",
                 [(f"on {when:%B} {when.day}", when.isoformat(), None)])
            )  # fmt: skip
        said.append(("Residents were told to boil water until further notice from the city.", []))
        story.append(article(f"s{i}", f"Outlet {i % 5}", day, said))
    return story


def test_comparisons_grow_linearly_with_the_story() -> None:
    counts = {}
    for size in (100, 200, 400):
        found = key_dates.select(synthetic_story(size), dates=30, sentences=2)
        counts[size] = found.comparisons
        assert found.comparisons <= 4 * size * 3  # a bounded number per sentence
    assert counts[400] <= 2.2 * counts[200] and counts[200] <= 2.2 * counts[100]


# --- the metrics -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    pytest.importorskip("rouge_score", reason="rouge-score is a dev extra")
    spec = importlib.util.spec_from_file_location("timelines_bench", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["timelines_bench"] = module
    spec.loader.exec_module(module)
    return module


D1, D2, D3 = date(2010, 4, 20), date(2010, 4, 21), date(2010, 4, 25)


def test_date_f1(bench: ModuleType) -> None:
    assert bench.date_f1({D1: [], D2: []}, {D1: [], D3: []}) == pytest.approx(0.5)
    assert bench.date_f1({D1: []}, {D1: []}) == 1.0
    assert bench.date_f1({}, {D1: []}) == 0.0


def test_alignment_rouge_identical_and_disjoint(bench: ModuleType) -> None:
    gold = {D1: ["The rig exploded in the gulf ."], D3: ["Engineers capped the well ."]}
    assert bench.alignment_rouge(dict(gold), gold, 1) == pytest.approx(1.0)
    assert bench.alignment_rouge(dict(gold), gold, 2) == pytest.approx(1.0)
    assert bench.alignment_rouge({D1: ["Markets fell sharply"]}, gold, 1) == 0.0


def test_alignment_rouge_discounts_by_days_apart(bench: ModuleType) -> None:
    gold = {D1: ["The rig exploded in the gulf ."]}
    # one day late: every match counts 1/2 in precision and recall
    assert bench.alignment_rouge({D2: ["The rig exploded in the gulf"]}, gold, 1) == (
        pytest.approx(0.5)
    )


def test_alignment_rouge_partial_overlap(bench: ModuleType) -> None:
    # stop words dropped: predicted {rig, explod, gulf, fire}, gold {rig, explod}
    gold = {D1: ["The rig exploded ."]}
    pred = {D1: ["The rig exploded in the gulf fire"]}
    assert bench.alignment_rouge(pred, gold, 1) == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_alignment_many_to_one(bench: ModuleType) -> None:
    # two predicted days may align to one gold day (m:1); the nearer content wins the recall
    gold = {D1: ["The rig exploded ."]}
    pred = {D1: ["The rig exploded"], D3: ["Oil reached the coast"]}
    # precision: D1 all 2 match; D3 aligns to D1 (the only gold day), 0 of 3 match, 1/6 weight
    # recall: the gold day aligns to D1 (no cost), 2 of 2
    assert bench.alignment_rouge(pred, gold, 1) == pytest.approx(2 * 0.4 * 1.0 / 1.4)


def test_benchmark_exits_2_without_data(bench: ModuleType, tmp_path: Path) -> None:
    assert bench.main(["--data", str(tmp_path)]) == 2


# --- the command and the briefing on the sample story (real extraction) -----------------------


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from newsdesk.cli import app
    from tests.conftest import SAMPLES

    db = tmp_path_factory.mktemp("kd") / "kd.duckdb"
    args = [
        "--db",
        str(db),
        "ingest",
        "--meta",
        str(SAMPLES / "meta.jsonl"),
        str(SAMPLES / "articles"),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return db


def test_timeline_command_and_briefing_agree(sample_store: Path) -> None:
    import json

    from typer.testing import CliRunner

    from newsdesk.cli import app
    from newsdesk.store import Store

    runner = CliRunner()
    with Store(sample_store) as store:
        texts = {a.id: a.text for a in store.articles()}
    shown = runner.invoke(app, ["--db", str(sample_store), "timeline", "--format", "json"])
    assert shown.exit_code == 0, shown.stderr
    found = json.loads(shown.stdout)
    assert found["dates"], "no key date on the sample story"
    assert len(found["dates"]) <= key_dates.default_sizes(len(texts))[0]
    days = [d["date"] for d in found["dates"]]
    assert days == sorted(days)
    for entry in found["dates"] + found["precedents"] + found["expected"]:
        for s in entry["sentences"]:
            assert texts[s["article"]][s["start"] : s["end"]] == s["text"]
    assert any(entry["sentences"] for entry in found["dates"])
    two = runner.invoke(app, ["--db", str(sample_store), "timeline", "--dates", "2",
                              "--sentences", "1"])  # fmt: skip
    assert two.exit_code == 0 and two.stdout.count("\n- **") <= 2 + len(found["precedents"]) + len(
        found["expected"]
    )
    brief = runner.invoke(app, ["--db", str(sample_store), "brief", "--format", "json"])
    assert [d["date"] for d in json.loads(brief.stdout)["key_dates"]["dates"]] == days
    md = runner.invoke(app, ["--db", str(sample_store), "brief", "--format", "md"])
    assert "## Key dates" in md.stdout and f"**{days[0]}**" in md.stdout


def test_a_day_reported_on_but_named_by_none_says_so() -> None:
    """The busy publication day of the flood story is named by no article: its entry counts the
    six articles published on it and the reader is not shown '0 articles, 0 outlets'."""
    from newsdesk.render.common import key_date_reach

    found = key_dates.select(flood_story(), dates=3, sentences=1)
    entries = {d.day.isoformat(): d.to_json() for d in found.dates}
    assert key_date_reach(entries[BREACH]) == (
        "named in 7 articles from 6 outlets; 1 article published that day"
    )
    busy = [e for day, e in entries.items() if e["published"] == 6]
    assert busy, entries.keys()
    assert key_date_reach(busy[0]) == "6 articles published that day"


def test_a_pages_time_stamp_names_no_day_of_the_story() -> None:
    """"VELDEN | Wed Mar 12, 2025 7:47 pm CET VELDEN (Wire) -": the stamp dates the page; "This
    article appeared on p4 ... on Thursday 13 March 2025" is its history. Neither is a mention."""
    story = flood_story()
    for i, ex in enumerate(story[1:4]):
        stamp = "VELDEN | Wed Mar 12, 2025 7:47 pm CET VELDEN (Wire) - Families are waiting."
        note = "This article appeared on p4 of the Main section on Thursday 13 March 2025."
        story[1 + i] = article(f"s{i}", ex.article.outlet or "", date(2025, 3, 12), [
            (stamp, [("Wed Mar 12, 2025", "2025-03-12", None)]),
            ("The dam collapsed on March 3.", [("on March 3", BREACH, None)]),
            (note, [("Thursday 13 March 2025", "2025-03-13", None)]),
        ])
    entries = {d.day.isoformat(): d for d in key_dates.select(story, dates=5, sentences=1).dates}
    named = {day: entry.articles for day, entry in entries.items()}
    assert named.get("2025-03-12", 0) == 0 and named.get("2025-03-13", 0) == 0, named
    assert named[BREACH] == 7


def test_a_headline_parted_from_a_lead_glued_onto_it_is_no_days_sentence() -> None:
    """A page's first line of headline and lead ("Velden flood: first pictures of the broken
    dam wall from the air Velden finally opens ..."), parted by the parse: the headline alone
    is the page's header, never a sentence cited for the day the page was published."""
    story = flood_story()
    headline = "Velden flood: first pictures of the broken dam wall seen from the air"
    lead = "Velden finally opens the school on the hill to two hundred families from the town."
    text = headline + " " + lead + "\n"
    art = Article("h0", text, path="h0.txt", outlet="Hill News", published=date(2025, 3, 12))
    story.append(Extraction(art, times=[], sentences=[Span(0, len(headline)),
                                                        Span(len(headline) + 1, len(text) - 1)]))
    found = key_dates.select(story, dates=5, sentences=10)
    cited = [c.text for d in found.dates for c in d.sentences]
    assert lead in cited and headline not in cited, cited
