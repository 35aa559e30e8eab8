"""The cited summary: exact citations, the word budget, what may be cited, and the command.

Articles here are written for these tests (or are the project's own benchmark clusters) and go
through the real parse, so sentence spans are the ones users get.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.cli.summarize import read_story, sentence_extractions
from newsdesk.model import Article, Extraction, Region, Span, article_id
from newsdesk.synthesize import summary
from tests.conftest import NYT, ROOT, WAPO

CLUSTERS = ROOT / "benchmarks" / "clusters"
runner = CliRunner()

REPORT_A = (
    "The city of Orlen closed its main library on Friday after inspectors found asbestos in "
    "the ceiling of the reading room. About 300 visitors a day use the building, which opened "
    "in 1931. Officials said the closure would last at least six weeks while the ceiling is "
    "removed. The library's children's programmes will move to the Orlen community centre."
)
REPORT_B = (
    "ORLEN (Valley Wire) — Orlen's main library closed on Friday when asbestos was found in "
    "the reading room ceiling, city officials said. The city expects the library to stay shut "
    "for at least six weeks. Removal of the ceiling will cost about 90,000 crowns, according "
    "to the city's budget office. Readers can return books at two branch libraries."
)
OPINION = (
    "Orlen has known for years that its library needed a new ceiling and chose to wait. "
    "Closing the library for six weeks is the price of that choice, and readers pay it."
)


def article(text: str, name: str, genre: str = "news", day: int = 4, **kw: object) -> Article:
    return Article(
        id=article_id(text),
        text=text,
        path=f"{name}.txt",
        outlet=name,
        published=date(2025, 4, day),
        genre=genre,
        **kw,  # type: ignore[arg-type]
    )


def story(*articles: Article) -> list[Extraction]:
    return sentence_extractions(articles)


def exact(cited: list[summary.Cited], extractions: list[Extraction]) -> None:
    texts = {ex.article.id: ex.article.text for ex in extractions}
    for c in cited:
        assert texts[c.article][c.start : c.end] == c.text
        assert c.text == c.text.strip() and c.text


def test_every_citation_is_the_sentence_and_the_budget_holds() -> None:
    exs = story(article(REPORT_A, "a"), article(REPORT_B, "b", "wire", 5))
    for words in (15, 30, 60, 100):
        cited = summary.summarize(exs, words)
        assert cited
        exact(cited, exs)
        assert sum(len(c.text.split()) for c in cited) <= words


def test_sentences_are_whole_and_shown_in_story_order() -> None:
    exs = story(article(REPORT_B, "b", "wire", 5), article(REPORT_A, "a", day=4))
    cited = summary.summarize(exs, 100)
    spans = {(ex.article.id, s.start, s.end) for ex in exs for s in ex.sentences}
    for c in cited:
        # A cited span is a parsed sentence, trimmed of spaces or of a wire dateline only.
        assert any(a == c.article and s <= c.start and c.end <= e for a, s, e in spans)
        assert c.text[-1] in ".!?”\""
    order = [(0 if c.outlet == "a" else 1, c.start) for c in cited]
    assert order == sorted(order)


def test_wire_dateline_is_cut_from_the_citation() -> None:
    exs = story(article(REPORT_B, "b", "wire"))
    cited = summary.summarize(exs, 100)
    first = next(c for c in cited if "asbestos" in c.text)
    assert first.text.startswith("Orlen's main library closed")
    assert first.start == REPORT_B.index("Orlen's main library")
    assert summary.trim(REPORT_B, 0, 60)[0] == REPORT_B.index("Orlen's")


def test_a_repeated_fact_is_told_once() -> None:
    exs = story(article(REPORT_A, "a"), article(REPORT_B, "b", "wire", 5))
    cited = summary.summarize(exs, 50)
    assert sum("asbestos" in c.text for c in cited) == 1
    assert sum("six weeks" in c.text for c in cited) == 1


def test_opinion_only_when_there_is_no_reporting() -> None:
    exs = story(article(REPORT_A, "a"), article(OPINION, "op", "opinion", 6))
    assert {c.outlet for c in summary.summarize(exs, 100)} == {"a"}
    alone = story(article(OPINION, "op", "opinion", 6))
    cited = summary.summarize(alone, 100)
    assert cited and {c.outlet for c in cited} == {"op"}
    exact(cited, alone)


def test_captions_and_headlines_are_never_cited() -> None:
    headline = "Orlen library shut over asbestos\n\n"
    caption = "\n\nThe Orlen reading room, shut on Friday over asbestos. (Photo: K. Lind/Wire)"
    text = headline + REPORT_A + caption
    body_start = len(headline)
    body_end = body_start + len(REPORT_A)
    regions = [
        Region("headline", 0, len(headline) - 2),
        Region("body", body_start, body_end),
        Region("caption", body_end + 2, len(text)),
    ]
    other = article(REPORT_B, "b", "wire", 5)
    # Control: with no regions marked, the caption's sentence is worth citing.
    unmarked = summary.summarize(story(article(text, "a"), other), 200)
    assert any(c.outlet == "a" and c.start >= body_end for c in unmarked)
    exs = story(article(text, "a", regions=regions), other)
    cited = summary.summarize(exs, 200)
    assert cited
    exact(cited, exs)
    for c in cited:
        if c.outlet == "a":
            assert body_start <= c.start and c.end <= body_end


def test_split_sentences_are_mended_and_half_quotes_dropped() -> None:
    text = "Port Vell\nHarbour said on Monday it would reopen. Then more.\n"
    spans = [Span(0, 9), Span(10, 50), Span(51, 61)]
    assert summary.mend(text, spans) == spans  # a line break ends a sentence
    joined = "Port Vell Harbour said on Monday it would reopen."
    assert summary.mend(joined, [Span(0, 9), Span(10, len(joined))]) == [Span(0, len(joined))]
    quoted = "“We will reopen. We will not wait,” the director said. Ships waited outside."
    first_end = quoted.index("We will not")
    mended = summary.mend(quoted, [Span(0, first_end), Span(first_end, quoted.index(" Ships"))])
    assert mended == [Span(0, quoted.index(" Ships"))]


def test_nothing_fits_gives_the_best_sentence_and_no_budget_gives_none() -> None:
    exs = story(article(REPORT_A, "a"))
    assert summary.summarize(exs, 0) == []
    cited = summary.summarize(exs, 3)
    assert len(cited) == 1
    exact(cited, exs)


def test_concepts_match_inflections_and_skip_stop_word_pairs() -> None:
    assert summary.stem("barges") == summary.stem("barge")
    assert summary.stem("raised") == summary.stem("raise") == summary.stem("raises")
    assert summary.stem("closing") == summary.stem("closes")
    found = summary.concepts("The barges hit the bridge")
    barge, bridge = summary.stem("barge"), summary.stem("bridge")
    assert f"{barge} hit" in found and bridge in found
    assert f"the {barge}" in found  # one stop word: kept, as ROUGE-2 counts it
    assert not any(c.startswith("the the") for c in found)
    assert "the" not in found


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_command_one_object_per_directory_with_exact_citations(tmp_path: Path) -> None:
    folders = sorted(str(p) for p in CLUSTERS.iterdir() if p.is_dir())[:2]
    missing = str(tmp_path / "missing")
    code, out, err = run("summarize", *folders, missing, "--words", "100")
    assert code == 1
    assert err.count("\n") == 1 and "missing: not a directory" in err
    objects = [json.loads(line) for line in out.splitlines()]
    assert [o["story"] for o in objects] == folders
    for obj in objects:
        assert obj["summary"]
        meta = Path(obj["story"]) / "meta.jsonl"
        genres = {
            e["path"]: e["genre"]
            for e in map(json.loads, meta.read_text(encoding="utf-8").splitlines())
        }
        assert "opinion" in genres.values()
        total = 0
        for sentence in obj["summary"]:
            (citation,) = sentence["citations"]
            assert set(citation) == {"path", "start", "end"}
            text = Path(citation["path"]).read_text(encoding="utf-8")
            assert text[citation["start"] : citation["end"]] == sentence["text"]
            total += len(sentence["text"].split())
            assert genres[Path(citation["path"]).name] != "opinion"
        assert total <= 100


def test_command_summarises_a_directory_beside_a_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT_B, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    code, out, err = run("summarize", str(folder), "--words", "40", "--format", "json")
    assert code == 1
    assert "empty.txt" in err
    (obj,) = json.loads(out)
    assert obj["summary"]
    for sentence in obj["summary"]:
        (citation,) = sentence["citations"]
        text = Path(citation["path"]).read_text(encoding="utf-8")
        assert text[citation["start"] : citation["end"]] == sentence["text"]


@pytest.mark.seed
def test_seed_story_summary_cites_every_sentence(seed_dir: Path) -> None:
    articles, errors = read_story(str(seed_dir))
    assert not errors and len(articles) == 2
    exs = sentence_extractions(articles)
    cited = summary.summarize(exs, 120)
    assert cited
    exact(cited, exs)
    by_id = {ex.article.id: ex.article for ex in exs}
    for c in cited:
        art = by_id[c.article]
        assert art.in_body(c.start, c.end)
        assert art.genre != "opinion"  # the Post column gives no sentence beside NYT reporting
        assert Path(c.path or "").name in {WAPO, NYT}
        assert c.text.count("“") == c.text.count("”")
    assert sum(len(c.text.split()) for c in cited) <= 120
