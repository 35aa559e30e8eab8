"""The web app on the samples: JSON API, the story page, uploads and their refusals, and reads
answering while an ingest runs (20 threads against a real uvicorn server)."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsdesk import ingest
from newsdesk.cli import app as cli
from newsdesk.cli.serve import is_loopback
from newsdesk.web import create_app
from tests.conftest import SAMPLES

ARTICLES = SAMPLES / "articles"
LIMIT = 64 * 1024  # a small upload limit, so that "too large" is cheap to send
LOCAL = "http://127.0.0.1"  # a name the app answers to (TestClient's "testserver" is not)


def _ingest(db: Path, *paths: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--db", str(db), "ingest", "--meta", str(SAMPLES / "meta.jsonl"), *map(str, paths)]
    )
    assert result.exit_code == 0, result.stderr


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples without the wire file, which the tests upload."""
    db = tmp_path_factory.mktemp("web") / "samples.duckdb"
    _ingest(
        db,
        ARTICLES / "harbor-gazette-2025-03-10.txt",
        ARTICLES / "meridian-daily-2025-03-11.html",
        ARTICLES / "northern-review-opinion-2025-03-13.txt",
    )
    return db


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path, max_upload=LIMIT), base_url=LOCAL) as test_client:
        yield test_client


def form_token(client: TestClient) -> dict[str, str]:
    """The token field of the index page's upload form (the client keeps the session cookie)."""
    found = re.search(r'name="token" value="([0-9a-f]+)"', client.get("/").text)
    assert found is not None
    return {"token": found.group(1)}


def _texts(client: TestClient) -> dict[str, str]:
    return {
        a["id"]: client.get(f"/api/articles/{a['id']}").json()["text"]
        for a in client.get("/api/articles").json()
    }


def test_stories_and_articles(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert stories and all(s["id"].startswith("s-") for s in stories)
    first = stories[0]
    assert client.get(f"/api/stories/{first['id']}").json()["label"] == first["label"]
    by_label = client.get(f"/api/stories/{first['label']}")
    assert by_label.status_code == 200 and by_label.json()["id"] == first["id"]
    articles = client.get("/api/articles").json()
    assert len(articles) == 3
    assert {a["outlet"] for a in articles} == {
        "The Harbor Gazette",
        "Meridian Daily",
        "Northern Review",
    }
    one = client.get(f"/api/articles/{articles[0]['id']}").json()
    assert one["text"] == (ARTICLES / "harbor-gazette-2025-03-10.txt").read_text(encoding="utf-8")
    assert one["counts"]["quotes"] > 0
    paged = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert [a["id"] for a in paged] == [articles[1]["id"]]


def test_actors_quotes_events_carry_offsets(client: TestClient) -> None:
    texts = _texts(client)
    names = {a["name"] for a in client.get("/api/actors").json()}
    assert {"Ana Duarte", "Tomás Ibarra"} <= names
    quotes = client.get("/api/quotes").json()
    assert quotes
    for q in quotes:
        spans = [texts[q["article"]][s:e] for s, e in q["content"]]
        assert q["text"] == " … ".join(spans)
    speaker = next(q["speaker"]["actor"] for q in quotes if q["speaker"] and q["speaker"]["actor"])
    mine = client.get("/api/quotes", params={"speaker": speaker}).json()
    assert mine and all(q["speaker"]["actor"] == speaker for q in mine)
    events = client.get("/api/events").json()
    assert events
    for e in events:
        start, end = e["evidence"]
        assert e["evidence_text"] == texts[e["article"]][start:end]
    kind = events[0]["type"]
    assert {e["type"] for e in client.get("/api/events", params={"type": kind}).json()} == {kind}


def test_search_finds_text_and_quotes(client: TestClient) -> None:
    texts = _texts(client)
    found = client.get("/api/search", params={"q": "tagus"}).json()
    assert len(found["articles"]) == 3
    for art in found["articles"]:
        for m in art["matches"]:
            assert texts[art["id"]][m["start"] : m["end"]].lower() == "tagus"
    said = client.get("/api/search", params={"q": "Ibarra"}).json()["quotes"]
    assert said and all("ibarra" in (q["text"] + (q["speaker"] or "")).lower() for q in said)
    assert client.get("/api/search", params={"q": "no such phrase anywhere"}).json() == {
        "query": "no such phrase anywhere",
        "articles": [],
        "quotes": [],
    }


@pytest.mark.parametrize(
    ("url", "status", "detail"),
    [
        ("/api/articles/not-an-id", 422, "article_id: String should match pattern"),
        ("/api/articles/0123456789abcdef", 404, "no article 0123456789abcdef"),
        ("/api/stories/s-0000000000000000", 404, "no story 's-0000000000000000'"),
        ("/api/stories/nope/briefing", 404, "no story 'nope'"),
        ("/stories/nope", 404, "no story 'nope'"),
        ("/api/quotes?story=nope", 404, "no story 'nope'"),
        ("/api/search", 422, "q: Field required"),
        ("/api/search?q=%20", 422, "q: the phrase is blank"),
        ("/api/search?q=" + "x" * 201, 422, "q: String should have at most 200 characters"),
        ("/api/articles?limit=abc", 422, "limit: Input should be a valid integer"),
        ("/api/articles?limit=0", 422, "limit: Input should be greater than or equal to 1"),
        ("/api/articles/" + "a" * 5000, 422, "article_id: String should match pattern"),
    ],
)
def test_bad_reads_get_one_line_4xx(client: TestClient, url: str, status: int, detail: str) -> None:
    answer = client.get(url)
    assert answer.status_code == status
    assert answer.json()["detail"].startswith(detail)
    assert "\n" not in answer.json()["detail"]


def test_uploads_refused_with_the_cli_reason(client: TestClient) -> None:
    png = (SAMPLES / "bad" / "image.png").read_bytes()
    answer = client.post(
        "/articles", data=form_token(client), files={"file": ("image.png", png, "image/png")}
    )
    assert answer.status_code == 422
    [cli_error] = list(ingest.read_path(str(SAMPLES / "bad" / "image.png")))
    assert isinstance(cli_error, ingest.InputError)
    assert answer.json()["detail"] == f"image.png: {cli_error.reason}"
    empty = client.post("/articles", content=b"  \n", headers={"content-type": "text/plain"})
    assert (empty.status_code, empty.json()["detail"]) == (422, "upload.txt: empty file")
    no_text = client.post("/articles", json={"title": "a title and nothing else"})
    assert (no_text.status_code, no_text.json()["detail"]) == (422, "upload.json: no 'text' field")
    bad_day = client.post(
        "/articles?published=2025-02-30",
        content=b"Some text.",
        headers={"content-type": "text/plain"},
    )
    assert bad_day.status_code == 422
    assert bad_day.json()["detail"] == "published '2025-02-30' is not a date (YYYY-MM-DD)"


def test_wrong_type_huge_and_malformed_bodies(client: TestClient) -> None:
    wrong = client.post("/articles", content=b"x", headers={"content-type": "image/png"})
    assert wrong.status_code == 415 and "image/png is not accepted" in wrong.json()["detail"]
    untyped = client.post("/articles", content=b"x", headers={"content-type": ""})
    assert untyped.status_code == 415
    huge = client.post(
        "/articles", content=b"a" * (LIMIT + 1), headers={"content-type": "text/plain"}
    )
    assert huge.status_code == 413 and "over the" in huge.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        for _ in range(LIMIT // 4096 + 2):
            yield b"a" * 4096

    streamed = client.post("/articles", content=chunks(), headers={"content-type": "text/plain"})
    assert streamed.status_code == 413
    unbounded = client.post(
        "/articles", content=b"text=a", headers={"content-type": "multipart/form-data"}
    )
    assert unbounded.status_code == 400
    assert (
        unbounded.json()["detail"]
        == "malformed multipart form (400: Missing boundary in multipart.)"
    )
    nameless = b"--zz\r\nContent-Disposition: form-data\r\n\r\nhello\r\n--zz--\r\n"
    garbled = client.post(
        "/articles", content=nameless, headers={"content-type": "multipart/form-data; boundary=zz"}
    )
    assert garbled.status_code == 400 and "malformed multipart form" in garbled.json()["detail"]
    nothing = client.post(
        "/articles",
        data={"outlet": "X", **form_token(client)},
        files={"file": ("", b"", "text/plain")},
    )
    assert nothing.status_code == 422
    assert nothing.json()["detail"] == "the form has neither a file nor text"
    assert client.put("/articles", content=b"x").status_code == 405


def test_form_upload_stores_then_knows_it(store_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    db.write_bytes(store_path.read_bytes())
    text = (
        "Lisbon, March 14 - Portugal's farm minister Rui Tavares said on Friday that the "
        'government would pay farmers on the Tagus for lost harvests. "We will not leave them '
        'alone this summer," Mr. Tavares told reporters in Lisbon.\n'
    )
    form = {"text": text, "outlet": "The Harbor Gazette", "published": "2025-03-14"}
    with TestClient(create_app(db), base_url=LOCAL) as fresh:
        form |= form_token(fresh)
        answer = fresh.post("/articles", data=form)
        assert answer.status_code == 201, answer.text
        [stored] = answer.json()["stored"]
        assert (stored["outlet"], stored["published"]) == ("The Harbor Gazette", "2025-03-14")
        assert fresh.get(f"/api/articles/{stored['id']}").json()["text"] == text
        again = fresh.post("/articles", data=form)
        assert again.status_code == 200 and again.json()["duplicates"] == [stored["id"]]
        page = fresh.post("/articles", data={**form, "text": text + "More.\n"},
                          headers={"accept": "text/html"}, follow_redirects=False)  # fmt: skip
        assert page.status_code == 303 and page.headers["location"].startswith("/stories/s-")


def test_story_page_and_openapi(client: TestClient) -> None:
    story = client.get("/api/stories").json()[0]
    page = client.get(f"/stories/{story['id']}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    embedded = re.search(
        r'<script type="application/json" id="briefing-data">(.*?)</script>', page.text, re.S
    )
    assert embedded is not None
    brief = json.loads(embedded.group(1))
    assert brief == client.get(f"/api/stories/{story['id']}/briefing").json()
    assert "Who said what" in page.text and "Timeline" in page.text
    index = client.get("/")
    assert story["id"] in index.text and 'action="/articles"' in index.text
    schema = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/search", "/api/articles/{article_id}", "/articles"} <= set(
        schema["paths"]
    )
    # Every JSON answer is documented with its shape, the briefing down to its citations.
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            ok = operation["responses"].get("200") or operation["responses"]["201"]
            media = "application/json" if path.startswith(("/api", "/articles")) else "text/html"
            assert ok["content"][media]["schema"], (method, path)
    shapes = schema["components"]["schemas"]
    assert set(shapes["Briefing"]["required"]) == set(brief)
    assert set(shapes["TimelineEntry"]["required"]) == set(brief["timeline"][0])
    assert set(shapes["PathCitation"]["required"]) == set(brief["summary"][0]["citations"][0])


def test_serve_binds_to_loopback_unless_told() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(store_path: Path, tmp_path: Path) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, over a copy of the samples store."""
    db = tmp_path / "served.duckdb"
    db.write_bytes(store_path.read_bytes())
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


def test_twenty_readers_answered_during_an_ingest(server: str) -> None:
    urls = ["/api/stories", "/api/articles", "/api/quotes", "/api/search?q=Tagus", "/api/actors"]
    results: list[tuple[int, float]] = []
    lock = threading.Lock()
    posted: dict[str, Any] = {}
    ingest_done = threading.Event()

    def upload() -> None:
        body = (ARTICLES / "wire.jsonl").read_bytes()
        with httpx.Client(base_url=server, timeout=120) as http:
            posted["start"] = time.monotonic()
            posted["answer"] = http.post(
                "/articles", content=body, headers={"content-type": "application/x-ndjson"}
            )
            posted["end"] = time.monotonic()
        ingest_done.set()

    def reader(n: int) -> None:
        with httpx.Client(base_url=server, timeout=60) as http:
            while True:
                answer = http.get(urls[n % len(urls)])
                with lock:
                    results.append((answer.status_code, time.monotonic()))
                if ingest_done.is_set():
                    return
                time.sleep(0.02)  # a reader reads, then looks; twenty of them still overlap

    writer = threading.Thread(target=upload)
    writer.start()
    time.sleep(0.05)  # the upload is on its way; it parses for a good part of a second
    readers = [threading.Thread(target=reader, args=(n,)) for n in range(20)]
    for thread in readers:
        thread.start()
    writer.join(120)
    for thread in readers:
        thread.join(60)
    assert posted["answer"].status_code == 201, posted["answer"].text
    assert len(posted["answer"].json()["stored"]) == 2
    assert len(results) >= 20 and {status for status, _ in results} == {200}
    during = [t for _status, t in results if t < posted["end"] - 0.05]
    assert during, "no read was answered while the ingest ran"
    with httpx.Client(base_url=server) as http:
        assert len(http.get("/api/articles").json()) == 5
