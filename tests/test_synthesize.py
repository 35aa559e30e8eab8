"""Per-story synthesis on hand-built extractions: summary citations, timeline, briefing, render."""

from __future__ import annotations

from datetime import date

from newsdesk.link.actors import link
from newsdesk.model import (
    Actor,
    Article,
    Cue,
    Event,
    Extraction,
    Quote,
    Span,
    Speaker,
    TimeExpr,
    article_id,
)
from newsdesk.render import html, markdown
from newsdesk.synthesize import briefing, summary, timeline

NEWS = (
    "The port of Valmere closed on Monday after dockworkers walked out over a pay dispute. "
    "The union said the strike would last until the owners improved their offer. "
    "Ships waiting outside the harbour rose to forty by Tuesday evening, the port authority said."
)
OPINION = (
    "The strike at Valmere shows how little the owners understand the people who run the port. "
    "A fair offer would end the dispute within a day and reopen the harbour to the ships."
)


def _sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        spans.append(Span(start, min(end, len(text))))
        start = end + 1
    return spans


def _article(text: str, genre: str, day: int, outlet: str) -> Article:
    return Article(
        id=article_id(text),
        text=text,
        path=f"{outlet}.txt",
        outlet=outlet,
        published=date(2024, 6, day),
        genre=genre,
    )


def story() -> list[Extraction]:
    news = _article(NEWS, "news", 4, "Coast Herald")
    union = Actor("org:dockworkers-union", "Dockworkers Union", "org", mentions=[Span(91, 96)])
    strike = Event(
        "PROTEST",
        "demonstrate",
        [union.id],
        [],
        Span(0, 85),
        time="2024-06-03",
        time_granularity="day",
    )
    quote = Quote(
        "indirect",
        Speaker("The union", 87, 96, union.id),
        Cue("said", "say", 97, 101),
        [Span(102, 162)],
        time="2024-06-03",
    )
    old = Event("AGREE", None, [union.id], [], Span(0, 85), time="1998", time_granularity="year")
    monday = TimeExpr("Monday", 30, 36, "2024-06-03", "day", "published:2024-06-04")
    news_ex = Extraction(news, [union], [], [quote], [monday], [strike, old], _sentences(NEWS))
    opinion = _article(OPINION, "opinion", 5, "Valmere Voice")
    op_ex = Extraction(opinion, [], [], [], [], [], _sentences(OPINION))
    return [news_ex, op_ex]


def test_summary_cites_exact_spans_and_keeps_the_budget() -> None:
    exs = story()
    texts = {ex.article.id: ex.article.text for ex in exs}
    cited = summary.summarize(exs, words=40)
    assert cited
    assert sum(len(c.text.split()) for c in cited) <= 40  # whole sentences, never over
    for c in cited:
        assert texts[c.article][c.start : c.end] == c.text


def test_summary_prefers_reporting_over_opinion() -> None:
    first = summary.summarize(story(), words=16)[0]
    assert first.outlet == "Coast Herald"


def test_sort_key_orders_mixed_granularities() -> None:
    values = ["2024-06-03", "2024-W22", "2024-06", "202X", "1998", "2024-SU"]
    ordered = sorted(values, key=timeline.sort_key)
    assert ordered.index("1998") == 0
    assert ordered.index("2024-W22") < ordered.index("2024-06-03")
    assert timeline.sort_key("2024-W22") == "2024-05-27"  # the week's Monday


def test_timeline_keeps_precedents_apart_and_cites() -> None:
    exs = story()
    items = timeline.build(exs, {"org:dockworkers-union": "Dockworkers Union"})
    historical = [i for i in items if i.historical]
    current = [i for i in items if not i.historical]
    assert [i.value for i in historical] == ["1998"]
    assert any(i.kind == "event" and i.value == "2024-06-03" for i in current)
    assert any(i.kind == "statement" for i in current)
    for item in items:
        for c in item.citations:
            assert c.start < c.end


def test_display_name_of_unnamed_ids() -> None:
    assert timeline.display_name("country:GBR", {}) == "United Kingdom"
    assert timeline.display_name("group:riot-police", {}) == "riot police"


def test_briefing_renders_escaped_and_complete() -> None:
    exs = story()
    exs[0].article.title = "Port <closed> & ships wait"
    brief = briefing.build(exs, link(exs), "valmere-strike", 60)
    assert brief["outlets"] == ["Coast Herald", "Valmere Voice"]
    assert brief["dates"] == {"first": "2024-06-04", "last": "2024-06-05"}
    assert brief["quotes"][0]["speaker"] == "Dockworkers Union"
    page = html.render(brief)
    assert "Port &lt;closed&gt; &amp; ships wait" in page
    assert "<closed>" not in page
    md = markdown.render(brief)
    assert "(opinion)" in md and "### Precedents" in md


def test_a_sentence_broken_over_two_lines_stays_one_markdown_item() -> None:
    """A scrape broke a sentence over two lines ("... walked out\nover a pay dispute."): its
    timeline item, summary line and quote are each one Markdown line, not an item cut at the
    break whose tail reads as a paragraph of its own."""
    exs = story()
    art = exs[0].article
    art.text = art.text.replace("walked out over", "walked out\nover").replace(
        "until the owners", "until the\nowners")
    md = markdown.render(briefing.build(exs, link(exs), "valmere-strike", 60))
    assert not any(line.startswith(("over a pay", "owners improved")) for line in md.splitlines())
    assert "dockworkers walked out over a pay dispute" in md
    assert "until the owners improved their offer" in md


def _report(text: str, outlet: str, day: int, event: Event) -> Extraction:
    art = Article(
        id=article_id(text),
        text=text,
        path=f"{outlet}.txt",
        outlet=outlet,
        published=date(2024, 6, day),
        genre="news",
    )
    return Extraction(art, [], [], [], [], [event], [Span(0, len(text))])


def test_same_event_from_two_outlets_is_one_item_with_two_citations() -> None:
    a = _report(
        "The union struck on Monday.",
        "Coast Herald",
        4,
        Event(
            "PROTEST",
            None,
            ["org:union"],
            [],
            Span(0, 27),
            time="2024-06-03",
            time_granularity="day",
        ),
    )
    b = _report(
        "Dockers walked out this week.",
        "Valmere Voice",
        5,
        Event(
            "PROTEST",
            None,
            ["org:union"],
            [],
            Span(0, 29),
            time="2024-W23",
            time_granularity="week",
        ),
    )
    c = _report(
        "Police broke up a march on Monday.",
        "Valmere Voice",
        5,
        Event(
            "PROTEST",
            None,
            ["group:marchers"],
            [],
            Span(0, 34),
            time="2024-06-03",
            time_granularity="day",
        ),
    )
    items = [i for i in timeline.build([a, b, c], {}) if i.kind == "event"]
    assert len(items) == 2
    merged = next(i for i in items if len(i.citations) == 2)
    assert merged.value == "2024-06-03"  # the more precise date wins
    assert {c.outlet for c in merged.citations} == {"Coast Herald", "Valmere Voice"}


def test_windows() -> None:
    assert timeline.same_window("2024-06-03", "2024-W23")
    assert timeline.same_window("2024-06-03", "2024-06-04")
    assert not timeline.same_window("2024-06-03", "2024-06-06")
    assert timeline.same_window("2024-06", "2024-06-30")
    assert not timeline.same_window("2024", "2023")
    assert timeline.interval("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
