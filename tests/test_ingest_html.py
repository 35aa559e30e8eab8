"""HTML ingest through trafilatura and htmldate, on pages written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsdesk.ingest import InputError, read_path
from newsdesk.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read_one(path: Path) -> Article:
    results = list(read_path(str(path)))
    assert len(results) == 1
    assert isinstance(results[0], Article), results[0]
    return results[0]


def test_news_page_text_drops_nav_aside_and_footer() -> None:
    article = read_one(FIXTURES / "harbour-bridge.html")
    text = article.text
    assert "Riverside councillors approved plans for a new bridge" in text
    assert "expected to give its view in May." in text
    for furniture in ("Subscribe", "Ferry timetable cut", "All rights reserved", "Privacy"):
        assert furniture not in text
    paragraphs = [p for p in text.split("\n") if p.strip()]
    assert len(paragraphs) >= 5  # paragraphs stay separate


def test_news_page_metadata() -> None:
    article = read_one(FIXTURES / "harbour-bridge.html")
    assert article.outlet == "The Riverside Chronicle"  # og:site_name
    assert article.title == "Council backs harbour bridge after late-night vote"
    assert article.byline == "Maren Okafor"
    # article:published_time, not the later article:modified_time
    assert article.published == date(2024, 3, 14)
    assert article.url == (
        "https://www.riversidechronicle.example/local/2024/03/14/council-backs-harbour-bridge"
    )
    assert article.genre == "unknown"  # section "Local" says nothing about genre
    assert article.language == "en"


def test_news_page_regions_mark_kicker_and_headline() -> None:
    article = read_one(FIXTURES / "harbour-bridge.html")
    regions = [(r.kind, article.text[r.start : r.end]) for r in article.regions]
    assert regions[0] == ("label", "Local")
    assert regions[1] == ("headline", "Council backs harbour bridge after late-night vote")
    assert regions[2][0] == "body"
    assert regions[2][1].startswith("Riverside councillors approved")


def test_opinion_section_and_outlet_from_url_domain() -> None:
    article = read_one(FIXTURES / "cycle-lanes-opinion.html")
    assert article.genre == "opinion"  # article:section Opinion
    assert article.outlet == "The Guardian"  # no og:site_name: from the domain
    assert article.published == date(2023, 6, 5)
    assert article.text.startswith("Every time a town hall proposes a protected cycle lane")


def test_unknown_domain_becomes_the_outlet(tmp_path: Path) -> None:
    page = (FIXTURES / "harbour-bridge.html").read_text(encoding="utf-8")
    page = page.replace('<meta property="og:site_name" content="The Riverside Chronicle">', "")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_one(path).outlet == "riversidechronicle.example"


def test_page_without_an_article_is_an_error() -> None:
    path = FIXTURES / "nav-only.html"
    assert list(read_path(str(path))) == [InputError(str(path), "no article text found in HTML")]


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    page = (FIXTURES / "harbour-bridge.html").read_text(encoding="utf-8")
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("“", '"').replace("”", '"').replace("Tonight", "Tonight, café")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("windows-1252"))
    assert "Tonight, café we finally stopped talking" in read_one(path).text
