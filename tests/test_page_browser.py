"""The seed story's briefing page in headless Chromium, from a file:// URL with the network cut.

Clicking a summary citation must show the cited passage; the timeline filter, the actor network
and the first screen at 1280×800 are checked too, and a screenshot is saved under build/ for a
person to look at.  Skips with the reason when Debian's chromium or Playwright is missing
(``.ci/run`` installs chromium).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app as cli
from tests.conftest import ROOT

CHROMIUM = Path(os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = ROOT / "build" / "screenshots"

pytestmark = [pytest.mark.seed, pytest.mark.browser]


@pytest.fixture(scope="module")
def seed_page(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The seed story ingested once, and its page and briefing JSON written from the CLI."""
    folder = tmp_path_factory.mktemp("seed-page")
    db = folder / "seed.duckdb"
    runner = CliRunner()
    ingested = runner.invoke(
        cli, ["--db", str(db), "ingest", "--meta", str(seed_dir / "meta.jsonl"), str(seed_dir)]
    )
    assert ingested.exit_code == 0, ingested.stderr
    page = folder / "seed-story.html"
    for fmt, target in (("html", page), ("json", folder / "seed.json")):
        made = runner.invoke(cli, ["--db", str(db), "brief", "--format", fmt, "-o", str(target)])
        assert made.exit_code == 0, made.stderr
    return page, json.loads((folder / "seed.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"headless Chromium not found at {CHROMIUM}: `apt-get install chromium` "
            "(.ci/run does) to run the browser test"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (make install: dev extra)")
    with sync_playwright() as play:
        launched = play.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def test_seed_page_offline(browser: Any, seed_page: tuple[Path, Any], seed_dir: Path) -> None:
    page_file, brief = seed_page
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    outside: list[str] = []
    errors: list[str] = []

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:  # the network is off for this page: nothing may leave file://
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_file.as_uri())
    page.wait_for_selector("html[data-ready='1']", timeout=10_000)

    # The first screen shows summary, actors, timeline and quotes, each with content.
    for panel, content in (
        ("#summary", "#summary li"),
        ("#actors", "#network svg .node"),
        ("#timeline", "#tl-strip svg rect"),
        ("#quotes", "#quotes li"),
    ):
        box = page.locator(panel).bounding_box()
        assert box is not None and box["y"] + 120 < 800 and box["x"] + box["width"] <= 1280
        assert page.locator(content).count() > 0, f"{content} is empty"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "seed-story.png"))

    # Clicking a summary citation shows the cited passage, from the article's own text.
    sentence = brief["summary"][0]
    cited = sentence["citations"][0]
    source = next(a for a in brief["articles"] if a["id"] == cited["article"])
    on_disk = (ROOT / source["path"]).resolve() if source["path"] else None
    assert on_disk is not None and on_disk.parent == seed_dir.resolve()
    page.locator("#summary .cite").first.click()
    passage = page.locator("#passage")
    passage.wait_for(state="visible")
    shown = passage.locator("mark.cited").inner_text()
    expected = on_disk.read_text(encoding="utf-8")[cited["start"] : cited["end"]]
    assert shown == expected == sentence["text"]
    assert source["outlet"] in passage.locator(".where").inner_text()
    page.screenshot(path=str(SHOTS / "seed-story-citation.png"))
    page.keyboard.press("Escape")
    assert not passage.is_visible()

    # Filtering the timeline by an actor keeps only that actor's items.
    every = page.locator(".tl-item:visible").count()
    actor = page.locator("#tl-actor option").nth(1).get_attribute("value")
    page.select_option("#tl-actor", actor)
    kept = page.locator(".tl-item:visible")
    assert 0 < kept.count() < every
    for n in range(kept.count()):
        assert actor in (kept.nth(n).get_attribute("data-actors") or "").split()

    # The network draws one arrow per merged edge of the briefing.
    assert page.locator("#network path.edge").count() == len(brief["network"]["edges"])
    assert outside == [], f"the page tried to leave file://: {outside}"
    assert errors == []
    page.close()
