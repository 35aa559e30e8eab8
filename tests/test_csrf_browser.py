"""Cross-site request forgery, tried in headless Chromium against a real ``newsdesk serve``.

A page on another loopback origin (another port of 127.0.0.1, as any local web app or a page a
user opened could be) and a page opened from ``file://`` try to store an article: forms of each
encoding submitted on load (``text/plain`` makes a raw body, a "simple" request no preflight
guards) and a ``no-cors`` fetch.  None may store anything.  The app's own upload form, filled
and sent from the app's own page, must.  The browser may reach loopback and files only; /docs
is checked to load every asset from the app itself.

Skips with the reason when Debian's chromium or Playwright is missing (``.ci/run`` installs
chromium), like ``test_page_browser.py``, whose launch flags it shares.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from newsdesk.web import create_app
from tests.hardening_inputs import good_article
from tests.test_page_browser import ARGS, CHROMIUM
from tests.test_web import _free_port

pytestmark = pytest.mark.browser

ENCODINGS = ["multipart/form-data", "application/x-www-form-urlencoded", "text/plain"]


def _evil_page(app: str, enctype: str) -> str:
    text = good_article(30).replace('"', "&quot;")
    return f"""<!doctype html><html><body>
<form id="f" action="{app}/articles" method="post" enctype="{enctype}">
<input name="text" value="{text}"><input name="token" value="{"0" * 64}"></form>
<script>
fetch("{app}/articles", {{method: "POST", mode: "no-cors",
  headers: {{"content-type": "text/plain"}}, body: "forged text sent by fetch"}})
  .catch(() => null).finally(() => document.getElementById("f").submit());
</script></body></html>"""


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("csrf") / "served.duckdb"
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def evil_site(tmp_path_factory: pytest.TempPathFactory, app_url: str) -> Iterator[str]:
    """Another origin on loopback: a plain file server on another port, serving the pages."""
    folder = tmp_path_factory.mktemp("evil")
    for n, enctype in enumerate(ENCODINGS):
        (folder / f"evil{n}.html").write_text(_evil_page(app_url, enctype), encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(10)


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


def _loopback_only(page: Any, outside: list[str]) -> None:
    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1:", "file://")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    page.route("**/*", route)


def _stored(app_url: str) -> list[Any]:
    answer = httpx.get(f"{app_url}/api/articles", timeout=30)
    assert answer.status_code == 200
    found: list[Any] = answer.json()
    return found


def test_other_origins_cannot_store_an_article(
    browser: Any, app_url: str, evil_site: str, tmp_path: Path
) -> None:
    local = tmp_path / "evil-file.html"
    local.write_text(_evil_page(app_url, "text/plain"), encoding="utf-8")
    pages = [f"{evil_site}/evil{n}.html" for n in range(len(ENCODINGS))] + [local.as_uri()]
    outside: list[str] = []
    for url in pages:
        page = browser.new_page()
        _loopback_only(page, outside)
        answers: list[Any] = []

        def seen(response: Any, answers: list[Any] = answers) -> None:
            if response.url.endswith("/articles"):
                answers.append(response)

        page.on("response", seen)
        page.goto(url)
        page.wait_for_url(f"{app_url}/articles", timeout=20_000)  # the form was sent
        page.wait_for_load_state()
        assert answers and all(a.status == 403 for a in answers), (url, answers)
        assert "refused" in page.content()
        page.close()
    assert _stored(app_url) == []
    assert outside == []


def test_the_apps_own_form_stores_an_article(browser: Any, app_url: str) -> None:
    page = browser.new_page()
    outside: list[str] = []
    _loopback_only(page, outside)
    page.goto(f"{app_url}/")
    page.fill("#text", good_article(31))
    page.fill("#outlet", "The Valley Post")
    with page.expect_navigation(timeout=120_000):
        page.click("form.upload button")
    assert "/stories/s-" in page.url, page.url
    [stored] = [a for a in _stored(app_url) if a["outlet"] == "The Valley Post"]
    assert stored["path"] == "upload.txt"
    assert outside == []
    page.close()


def test_docs_fetch_nothing_from_outside(browser: Any, app_url: str) -> None:
    page = browser.new_page()
    outside: list[str] = []
    _loopback_only(page, outside)
    page.goto(f"{app_url}/docs")
    page.wait_for_selector('[data-path="/api/stories"]', timeout=30_000)  # Swagger UI drew it
    assert outside == []
    page.close()
