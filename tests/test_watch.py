"""Fetching and following feeds, against a web site served on loopback by this test.

The site is ours: a robots.txt that keeps us out of /private/, an RSS feed that grows between
polls, pages written for these tests, ETags so that an unchanged resource answers 304.  The
server logs every request so the tests can check what newsdesk asked for and how.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.ingest import InputError
from newsdesk.ingest.feeds import Watcher, WatchState, feed_items, is_feed
from newsdesk.ingest.fetch import Fetched, Fetcher, FetchError, Validators
from newsdesk.store import Store

runner = CliRunner()

STORIES = {
    "ferry": (
        "Harbour ferry strike enters its second day",
        "2024-05-06",
        [
            "Ferry crews in Eastmouth stayed off work for a second day on Tuesday, leaving "
            "commuters from the islands to queue for the few water taxis still running.",
            "The crews' union said the harbour company had refused to discuss the new rota, "
            "which would add two night shifts a month for every deckhand.",
            "Company director Lena Hoffmann said the rota was needed to keep the late crossings "
            "and that talks could resume as soon as the crews returned.",
        ],
    ),
    "talks": (
        "Ferry union and harbour company agree to talks",
        "2024-05-08",
        [
            "The ferry crews' union and the Eastmouth harbour company agreed on Thursday to meet "
            "with a mediator next week, after three days of strikes on the island routes.",
            "Union secretary Omar Haddad said the crews would return to work on Friday while "
            "the talks went on, and that the night-shift rota was still the main dispute.",
            "Lena Hoffmann, the company's director, said she welcomed the decision and expected "
            "the late crossings to run normally from the weekend.",
        ],
    ),
}


def article_page(key: str) -> bytes:
    title, day, paragraphs = STORIES[key]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} - Eastmouth Gazette</title>"
        '<meta property="og:site_name" content="Eastmouth Gazette">'
        f'<meta property="article:published_time" content="{day}T08:00:00+01:00">'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}"
        "</article></body></html>"
    ).encode()


def rss(items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Eastmouth Gazette</title><link>/</link>{entries}</channel></rss>"
    ).encode()


@dataclass
class Site:
    """What the test server serves, and what it was asked."""

    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    feed_versions: list[bytes] = field(default_factory=list)
    feed_requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, path: str) -> tuple[str, bytes] | None:
        if path == "/feed.xml" and self.feed_versions:
            with self.lock:
                # The feed grows once it has been read: the first version, then the next.
                version = self.feed_versions[min(self.feed_requests, len(self.feed_versions) - 1)]
                self.feed_requests += 1
            return "application/rss+xml; charset=utf-8", version
        return self.pages.get(path)


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    state = Site()
    state.pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /private/\n")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.log.append((self.path, dict(self.headers.items())))
            found = state.answer(self.path)
            if found is None:
                self.send_response(404)
                self.end_headers()
                return
            content_type, body = found
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def requested(site: Site, path: str) -> list[dict[str, str]]:
    return [headers for p, headers in site.log if p == path]


# --- the fetcher --------------------------------------------------------------------------


def test_fetch_names_itself_obeys_robots_and_asks_conditionally(site: tuple[Site, str]) -> None:
    state, base = site
    state.pages["/news/ferry.html"] = ("text/html; charset=utf-8", article_page("ferry"))
    state.pages["/private/memo.html"] = ("text/html", article_page("talks"))
    with Fetcher(user_agent="newsdesk-test/1.0", delay=0) as fetcher:
        first = fetcher.get(base + "/news/ferry.html")
        assert (first.status, first.charset) == (200, "utf-8")
        again = fetcher.get(base + "/news/ferry.html", first.validators)
        assert again.not_modified and again.content == b""
        with pytest.raises(InputError, match=r"robots\.txt"):
            fetcher.get(base + "/private/memo.html")
    assert requested(state, "/private/memo.html") == []
    assert len(requested(state, "/robots.txt")) == 1  # read once per site
    asked = requested(state, "/news/ferry.html")
    assert {h["User-Agent"] for h in asked} == {"newsdesk-test/1.0"}
    assert "If-None-Match" not in asked[0] and asked[1]["If-None-Match"]


def test_fetcher_waits_between_requests_to_one_site(site: tuple[Site, str]) -> None:
    state, base = site
    state.pages["/a.html"] = ("text/html", article_page("ferry"))
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with Fetcher(delay=2.0, sleep=sleep, clock=lambda: now[0]) as fetcher:
        for _ in range(3):
            fetcher.get(base + "/a.html")
    # robots.txt, then three pages: every request after the first waits its two seconds
    assert slept == [2.0, 2.0, 2.0]


def test_robots_crawl_delay_is_honoured(site: tuple[Site, str]) -> None:
    state, base = site
    state.pages["/robots.txt"] = ("text/plain", b"User-agent: *\nCrawl-delay: 5\n")
    state.pages["/a.html"] = ("text/html", article_page("ferry"))
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with Fetcher(delay=1.0, sleep=sleep, clock=lambda: now[0]) as fetcher:
        fetcher.get(base + "/a.html")
        fetcher.get(base + "/a.html")
    assert slept == [1.0, 5.0]  # robots.txt was not yet known when the first page was booked


def test_unreadable_robots_means_nothing_is_fetched(site: tuple[Site, str]) -> None:
    state, base = site
    del state.pages["/robots.txt"]  # a 404 allows everything ...
    state.pages["/a.html"] = ("text/html", article_page("ferry"))
    with Fetcher(delay=0) as fetcher:
        assert fetcher.get(base + "/a.html").status == 200
    with Fetcher(delay=0) as fetcher, pytest.raises(InputError, match=r"robots\.txt"):
        fetcher.get("http://127.0.0.1:9/a.html")  # ... no answer at all allows nothing


def test_feeds_are_told_from_pages_and_read() -> None:
    feed = rss(
        [
            ("Talks agreed", "https://gazette.example/talks", "Wed, 08 May 2024 09:00:00 +0100"),
            ("Strike", "https://gazette.example/ferry", "Mon, 06 May 2024 23:30:00 -0400"),
        ]
    )
    fetched = Fetched("https://gazette.example/feed", 200, feed, "text/xml", None, Validators())
    assert is_feed(fetched)
    items = feed_items(fetched)
    assert [i.link for i in items] == ["https://gazette.example/talks", "https://gazette.example/ferry"]
    assert items[1].published == date(2024, 5, 6)  # the day as the feed wrote it
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>G</title>'
        b'<entry><title>Talks</title><link href="/talks"/><published>2024-05-08T09:00:00Z'
        b"</published></entry></feed>"
    )
    fetched = Fetched("https://gazette.example/atom", 200, atom, "application/atom+xml", None,
                      Validators())  # fmt: skip
    assert [i.link for i in feed_items(fetched)] == ["https://gazette.example/talks"]
    page = Fetched("https://gazette.example/", 200, b"<html>", "text/html", None, Validators())
    assert not is_feed(page)


def test_watcher_retries_a_failed_page_but_not_a_refused_one(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base = site
    state.pages["/menu.html"] = ("text/html", b"<html><body><p>Home</p><p>News</p></body></html>")
    state.feed_versions = [
        rss([("Menu", base + "/menu.html", ""), ("Gone", base + "/gone.html", "")])
    ]
    watch_state = WatchState(tmp_path / "state.json")
    with Fetcher(delay=0) as fetcher:
        watcher = Watcher([base + "/feed.xml"], fetcher, watch_state)
        poll = watcher.poll()
    reasons = sorted(e.reason for e in poll.errors)
    assert reasons == ["HTTP 404 Not Found", "no article text found in HTML"]
    assert watch_state.seen == {
        base + "/menu.html": "refused: no article text found in HTML",
        base + "/gone.html": "skipped: HTTP 404 Not Found",
    }
    assert watch_state.pending == {}


def test_watcher_tries_a_page_again_after_a_server_error(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base = site
    state.feed_versions = [rss([("Strike", base + "/news/ferry.html", "")])]
    watch_state = WatchState(tmp_path / "state.json")
    with Fetcher(delay=0) as fetcher:
        watcher = Watcher([base + "/feed.xml"], fetcher, watch_state)
        original = fetcher.get

        def flaky(url: str, seen: Validators | None = None) -> Fetched:
            if url.endswith("ferry.html") and not requested(state, "/news/ferry.html"):
                state.log.append(("/news/ferry.html", {}))
                raise FetchError(url, "HTTP 503 Service Unavailable", retry=True)
            return original(url, seen)

        fetcher.get = flaky  # type: ignore[method-assign]
        state.pages["/news/ferry.html"] = ("text/html", article_page("ferry"))
        first = watcher.poll()
        assert [e.reason for e in first.errors] == ["HTTP 503 Service Unavailable"]
        assert list(watch_state.pending) == [base + "/news/ferry.html"]
        second = watcher.poll()  # the feed answers 304; the pending page is asked for again
    assert second.unchanged == 1
    assert [url for url, _ in second.articles] == [base + "/news/ferry.html"]


# --- watch and fetch end to end ---------------------------------------------------------------


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr


def test_watch_follows_a_feed_that_grows_between_polls(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base = site
    state.pages["/news/ferry.html"] = ("text/html; charset=utf-8", article_page("ferry"))
    state.pages["/news/talks.html"] = ("text/html; charset=utf-8", article_page("talks"))
    state.pages["/private/memo.html"] = ("text/html", article_page("talks"))
    first = [
        ("Strike", base + "/news/ferry.html", "Mon, 06 May 2024 08:00:00 +0100"),
        ("Memo", base + "/private/memo.html", "Mon, 06 May 2024 09:00:00 +0100"),
    ]
    grown = [("Talks", base + "/news/talks.html", "Wed, 08 May 2024 08:00:00 +0100"), *first]
    state.feed_versions = [rss(first), rss(grown)]
    db = tmp_path / "story.duckdb"

    code, err = run("--db", str(db), "watch", base + "/feed.xml", "--every", "0.1s",
                    "--polls", "3", "--delay", "0")  # fmt: skip
    # the /private/ item is refused by robots.txt (once: it is not asked for again), so the
    # run reports a failure
    assert code == 1, err
    assert "poll 1: 2 new item(s), 1 stored, 0 already stored, 1 failed" in err
    assert "poll 2: 1 new item(s), 1 stored, 0 already stored, 0 failed" in err
    assert "poll 3: 0 new item(s), 0 stored, 0 already stored, 0 failed; 1 source(s) " in err
    assert err.count("does not allow it") == 1

    # Each page was fetched once; the feed was asked three times, conditionally after the first.
    assert len(requested(state, "/news/ferry.html")) == 1
    assert len(requested(state, "/news/talks.html")) == 1
    assert requested(state, "/private/memo.html") == []
    feed_asks = requested(state, "/feed.xml")
    assert len(feed_asks) == 3 and "If-None-Match" not in feed_asks[0]
    assert all("If-None-Match" in h for h in feed_asks[1:])
    assert all(h["User-Agent"].startswith("newsdesk/") for _p, h in state.log)

    with Store(db) as store:
        articles = {a.title: a for a in store.articles()}
        stories = store.stories()
    assert set(articles) == {STORIES["ferry"][0], STORIES["talks"][0]}
    assert articles[STORIES["talks"][0]].published == date(2024, 5, 8)
    assert articles[STORIES["ferry"][0]].outlet == "Eastmouth Gazette"
    assert articles[STORIES["ferry"][0]].url == base + "/news/ferry.html"
    assert sum(len(s.members) for s in stories) == 2
    assert (tmp_path / "story.duckdb.watch.json").exists()

    # A watch started again later knows what it has read.
    code, err = run("--db", str(db), "watch", base + "/feed.xml", "--delay", "0")
    assert code == 0, err
    assert "poll 1: 0 new item(s)" in err and len(requested(state, "/news/talks.html")) == 1


def test_serve_watch_updates_the_served_page(site: tuple[Site, str], tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsdesk.cli.watch import start_watching
    from newsdesk.web import create_app

    state, base = site
    state.pages["/news/ferry.html"] = ("text/html", article_page("ferry"))
    state.pages["/news/talks.html"] = ("text/html", article_page("talks"))
    one = ("Strike", base + "/news/ferry.html", "")
    talks = ("Talks", base + "/news/talks.html", "")
    state.feed_versions = [rss([one]), rss([one]), rss([talks, one])]
    db = tmp_path / "served.duckdb"
    web = create_app(db)
    lines: list[str] = []
    # The app refuses Host names that are not loopback (DNS rebinding): ask as 127.0.0.1.
    with TestClient(web, base_url="http://127.0.0.1") as client:
        start_watching(web, db, [base + "/feed.xml"], "0.2s", lines.append)
        titles = _wait_for(client, 1)
        assert titles == [STORIES["ferry"][0]]
        titles = _wait_for(client, 2)
        assert sorted(titles) == sorted([STORIES["ferry"][0], STORIES["talks"][0]])
        stories = client.get("/api/stories").json()
        assert sum(len(s["members"]) for s in stories) == 2
        assert {o for s in stories for o in s["outlets"]} == {"Eastmouth Gazette"}
    assert any(line.startswith("poll 1: 1 new item(s), 1 stored") for line in lines)


def _wait_for(client: object, count: int) -> list[str]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = client.get("/api/articles").json()  # type: ignore[attr-defined]
        if len(found) >= count:
            return [a["title"] for a in found]
        time.sleep(0.1)
    raise AssertionError(f"the served store did not reach {count} article(s)")


def test_fetch_reads_single_pages(site: tuple[Site, str], tmp_path: Path) -> None:
    state, base = site
    state.pages["/news/ferry.html"] = ("text/html", article_page("ferry"))
    db = tmp_path / "f.duckdb"
    code, err = run("--db", str(db), "fetch", base + "/news/ferry.html", base + "/nope.html",
                    "--delay", "0")  # fmt: skip
    assert code == 1
    assert "nope.html: HTTP 404 Not Found" in err
    assert "stored 1 new article(s), 0 already stored, 1 failed" in err
    with Store(db) as store:
        [article] = store.articles()
    assert article.title == STORIES["ferry"][0] and article.published == date(2024, 5, 6)


def test_duration_parsing() -> None:
    from newsdesk.cli.watch import parse_duration

    assert parse_duration("15m") == 900 and parse_duration("30s") == 30
    assert parse_duration("2h") == 7200 and parse_duration("45") == 45
    with pytest.raises(ValueError):
        parse_duration("soon")
