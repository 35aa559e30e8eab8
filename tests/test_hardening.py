"""The fuzz and fault suite of issue 15: every bad input through the CLI and the server.

Each case must give one line naming the input (CLI) or a 4xx with a one-line ``detail``
(server), never a traceback or a 500; the good inputs beside it are stored; the server answers
the next request.  Damaged and locked stores, out-of-range dates, unknown genres, file names
full of Rich markup and terminal escapes, decompression bombs, deep JSON, long texts and the
upload charset are all here.  Everything is small and local (temporary files, in-process apps,
one short-lived child process holding a store's lock).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import Result
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsdesk import annotate, ingest
from newsdesk.cli import app as cli
from newsdesk.ingest.text import gunzip
from newsdesk.model import Extraction
from newsdesk.pipeline import process_article
from newsdesk.render.plain import printable
from newsdesk.store import Store, StoreError
from newsdesk.web import create_app
from tests.conftest import SAMPLES
from tests.hardening_inputs import Bad, bad_inputs, good_article, good_inputs, nested_json

runner = CliRunner()
LOCAL = "http://127.0.0.1"
LIMIT = 64 * 1024


def invoke(*args: str, input: str | None = None) -> Result:
    result = runner.invoke(cli, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{args}: {result.exception!r}"
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def lines_naming(stderr: str, name: str) -> list[str]:
    return [line for line in stderr.splitlines() if name in line]


def one_line_each(stderr: str, bads: list[tuple[Path, Bad]]) -> None:
    """One line per bad input, naming it (or its record, ``file#N``) and saying why."""
    for path, bad in bads:
        name = printable(str(path))
        found = [s for s in lines_naming(stderr, name) if s.split(name, 1)[1][:1] in (":", "#")]
        assert len(found) == 1, (bad.name, stderr)
        assert bad.reason in found[0], (bad.name, found[0])
        assert "\x1b" not in found[0] and "\x07" not in found[0]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[tuple[Path, Bad]], list[Path]]:
    folder = tmp_path_factory.mktemp("inputs")
    bads = []
    for bad in bad_inputs(folder):
        path = folder / bad.name
        path.write_bytes(bad.data)
        bads.append((path, bad))
    big = folder / "big.txt"
    big.write_bytes(b"word " * 300_000)
    bads.append((big, Bad(big.name, b"", "file is 1.5 MB, over the 1 MB limit")))
    goods = []
    for name, data in good_inputs().items():
        path = folder / name
        path.write_bytes(data)
        goods.append(path)
    return bads, goods


def test_ingest_reports_each_bad_input_and_stores_the_good(
    inputs: tuple[list[tuple[Path, Bad]], list[Path]], tmp_path: Path
) -> None:
    bads, goods = inputs
    db = tmp_path / "s.duckdb"
    missing = tmp_path / "missing [/x].txt"
    paths = [str(p) for p, _ in bads] + [str(p) for p in goods] + [str(missing)]
    result = invoke("--db", str(db), "ingest", "--max-mb", "1", *paths)
    assert result.exit_code == 1
    one_line_each(result.stderr, bads)
    assert len(lines_naming(result.stderr, f"{missing}: no such file")) == 1
    assert f"stored {len(goods)} new article(s)" in result.stderr
    with Store(db) as store:
        stored = {a.path for a in store.articles()}
    assert stored == {f"{p}:1" if p.suffix == ".jsonl" else str(p) for p in goods}


def test_extract_and_summarize_go_on(
    inputs: tuple[list[tuple[Path, Bad]], list[Path]], tmp_path: Path
) -> None:
    bads, goods = inputs
    result = invoke("extract", *(str(p) for p, _ in bads if p.name != "big.txt"), str(goods[0]))
    assert result.exit_code == 1
    one_line_each(result.stderr, [b for b in bads if b[0].name != "big.txt"])
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["article"]["path"] == str(goods[0])
    story = tmp_path / "story"
    story.mkdir()
    (story / "deep.json").write_text(nested_json(), encoding="utf-8")
    (story / "ferry.txt").write_text(good_article(3), encoding="utf-8")
    summed = invoke("summarize", str(story))
    assert summed.exit_code == 1
    assert lines_naming(summed.stderr, "deep.json: JSON nested deeper than 100 levels")
    assert json.loads(summed.stdout)["summary"]


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["--published", "0001-01-01"], "0001-01-01 is before 1000-01-01"),
        (["--published", "9999-12-31"], "9999-12-31 is after 2999-12-31"),
        (["--genre", "bogus"], "unknown genre 'bogus'"),
    ],
)
@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_options_out_of_range_are_refused(
    command: str, args: list[str], reason: str, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(good_article(4), encoding="utf-8")
    prefix = ["--db", str(tmp_path / "s.duckdb")] if command == "ingest" else []
    result = invoke(*prefix, command, str(good), *args)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and reason in result.stderr


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ('{"path": "good.txt", "x": ' + "[" * 3000 + "]" * 3000 + "}", "nested deeper than 100"),
        ('{"path": "good.txt", "published": "0001-01-01"}', "before 1000-01-01"),
        ('{"path": "good.txt", "genre": "gossip"}', "unknown genre 'gossip'"),
    ],
)
def test_bad_sidecars_are_one_line(entry: str, reason: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(good_article(5), encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(entry + "\n", encoding="utf-8")
    for args in (["--db", str(tmp_path / "s.duckdb"), "ingest"], ["extract"]):
        result = invoke(*args, "--meta", str(meta), str(good))
        assert result.exit_code == 2
        assert len(result.stderr.strip().splitlines()) == 1 and reason in result.stderr


def test_rich_markup_and_escapes_in_names(tmp_path: Path) -> None:
    """``a[/b].txt`` is a folder ``a[`` holding ``b].txt``: stored under its own name."""
    (tmp_path / "a[").mkdir()
    odd = tmp_path / "a[" / "b].txt"
    odd.write_text(good_article(6), encoding="utf-8")
    ghost = tmp_path / "gone [/red] \x1b[2J.txt"
    db = tmp_path / "s.duckdb"
    result = invoke("--db", str(db), "ingest", str(tmp_path / "a[/b].txt"), str(ghost))
    assert result.exit_code == 1
    shown = printable(str(ghost))
    assert lines_naming(result.stderr, f"{shown}: no such file") and "\x1b" not in result.stderr
    with Store(db) as store:
        assert [a.path for a in store.articles()] == [str(tmp_path / "a[/b].txt")]


def test_terminal_escapes_and_raw_html_in_titles(tmp_path: Path) -> None:
    title = "\x1b]0;owned\x07Ferry <img src=x onerror=alert(1)> \x1b[31mback\x9b2J"
    article = tmp_path / "titled.json"
    article.write_text(json.dumps({"text": good_article(7), "title": title}), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert invoke("--db", str(db), "ingest", str(article)).exit_code == 0
    listed = invoke("--db", str(db), "stories")
    brief = invoke("--db", str(db), "brief", "--format", "md")
    for out in (listed.stdout, brief.stdout):
        assert not any(c in out for c in "\x1b\x07\x9b")
    assert "Ferry" in listed.stdout
    assert "<img" not in brief.stdout and "&lt;img src=x onerror=alert(1)>" in brief.stdout


def test_size_messages_use_one_unit(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(25_000_000)  # sparse
    [error] = list(ingest.read_path(str(huge), max_bytes=20_000_000))
    assert isinstance(error, ingest.InputError)
    assert error.reason == "file is 25 MB, over the 20 MB limit"
    db = tmp_path / "s.duckdb"
    ran = invoke("--db", str(db), "ingest", "--max-mb", "20", str(huge))
    assert "file is 25 MB, over the 20 MB limit" in ran.stderr


def test_db_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    for command in (["stories"], ["brief"], ["ingest", str(SAMPLES / "articles")]):
        result = invoke("--db", str(blocker / "sub" / "s.duckdb"), *command)
        assert result.exit_code == 2
        assert len(result.stderr.strip().splitlines()) == 1
        assert "cannot create its folder" in result.stderr


# ---------------------------------------------------------------- damaged and locked stores


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "samples.duckdb"
    result = invoke(
        "--db", str(db), "ingest", "--meta", str(SAMPLES / "meta.jsonl"), str(SAMPLES / "articles")
    )
    assert result.exit_code == 0, result.stderr
    return db


def _cut_in_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def _drop_quotes(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE quotes")
    con.close()


@pytest.mark.parametrize("damage", [_cut_in_half, _drop_quotes], ids=["cut", "dropped"])
def test_damaged_store_is_one_line(damage: Any, samples_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "damaged.duckdb"
    shutil.copyfile(samples_store, db)
    damage(db)
    good = tmp_path / "good.txt"
    good.write_text(good_article(8), encoding="utf-8")
    for command in (["stories"], ["brief"], ["ingest", str(good)], ["serve"]):
        result = invoke("--db", str(db), *command)
        assert result.exit_code == 2, (command, result.stderr)
        [line] = result.stderr.strip().splitlines()
        assert "the store is damaged" in line and "re-ingest" in line, (command, line)
    with pytest.raises(StoreError, match="the store is damaged"):
        create_app(db)


def test_store_held_by_another_process(samples_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "held.duckdb"
    shutil.copyfile(samples_store, db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"holding"
        result = invoke("--db", str(db), "stories")
        assert result.exit_code == 2
        [line] = result.stderr.strip().splitlines()
        assert "open in another process" in line and "POST /articles" in line
    finally:
        holder.communicate(b"", timeout=30)


HOLD = (
    "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('holding', flush=True); "
    "sys.stdin.read()"
)


# ---------------------------------------------------------------- bounded cost


def test_gzip_bomb_costs_no_more_than_the_limit() -> None:
    bomb = __import__("gzip").compress(b"\0" * 20_000_000, 9)
    tracemalloc.start()
    try:
        with pytest.raises(ingest.InputError, match="decompresses to over the 1 MB limit"):
            gunzip(bomb, "bomb.gz", 1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000, peak


def test_long_text_is_parsed_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the piece size and spaCy's own limit made small, a text over the limit parses in
    pieces whose joined ``Doc`` is the text, offsets and all."""
    text = "".join(good_article(n) + "\n" for n in range(12))
    nlp = annotate.load()
    whole = process_article(_article(text), annotate.parse(text))
    monkeypatch.setattr(annotate, "PIECE_CHARS", 1500)
    monkeypatch.setattr(nlp, "max_length", 3000)
    assert len(text) > 3000 and len(annotate.pieces(text)) > 2
    with pytest.raises(ValueError, match="E088"):
        nlp(text)
    doc = annotate.parse(text)
    assert doc.text == text and next(annotate.parse_many([text, "Hi."])).text == text
    assert all(text[s.start_char : s.end_char] == s.text for s in doc.sents)
    pieced = process_article(_article(text), doc)
    assert isinstance(whole, Extraction) and isinstance(pieced, Extraction)
    # Sentences end at the cuts anyway (line breaks end them); the named entities just after a
    # cut may be read differently ("Listwick" begins a piece), so only offsets are compared.
    assert pieced.sentences == whole.sentences and pieced.times == whole.times
    for actor in pieced.actors:
        assert all(text[s.start : s.end] for s in actor.mentions)
    assert all(text[m.start : m.end] == m.text for m in pieced.mentions)


def _article(text: str) -> Any:
    [article] = list(ingest.read_bytes(text.encode(), "long.txt"))
    return article


def test_text_over_the_character_limit_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsdesk.ingest.text.MAX_TEXT_CHARS", 1000)
    text = good_article(9) * 6
    [error] = list(ingest.read_bytes(text.encode(), "long.txt"))
    over = f"text is {len(text):,} characters, over the 1,000-character limit"
    assert str(error) == f"long.txt: {over}"
    line = json.dumps({"text": text}) + "\n" + json.dumps({"text": good_article(1)}) + "\n"
    first, second = ingest.read_bytes(line.encode(), "feed.jsonl")
    assert isinstance(first, ingest.InputError) and "over the 1,000-character" in str(first)
    assert not isinstance(second, ingest.InputError)


# ---------------------------------------------------------------- the server


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "web.duckdb", max_upload=LIMIT), base_url=LOCAL) as c:
        yield c


RAW = {
    ".json": "application/json",
    ".jsonl": "application/x-ndjson",
    ".html": "text/html",
}


def _upload(client: TestClient, name: str, data: bytes, **params: str) -> Any:
    kind = RAW.get(Path(name).suffix, "text/plain")
    return client.post(
        "/articles", content=data, params={"filename": name, **params},
        headers={"content-type": kind},
    )  # fmt: skip


def test_server_refuses_each_bad_upload_and_answers_on(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for bad in bad_inputs(tmp_path):
        answer = _upload(client, bad.name, bad.data)
        assert 400 <= answer.status_code < 500, (bad.name, answer.status_code, answer.text)
        detail = answer.json()["detail"]
        assert "\n" not in detail and (bad.reason in detail or answer.status_code == 413), detail
        assert client.get("/api/stories").status_code == 200
    monkeypatch.setattr("newsdesk.ingest.text.MAX_TEXT_CHARS", 1000)
    long = _upload(client, "long.txt", good_article(2).encode() * 6)
    assert long.status_code == 422 and "over the 1,000-character limit" in long.json()["detail"]
    monkeypatch.undo()
    for params, reason in [
        ({"published": "0001-01-01"}, "before 1000-01-01"),
        ({"published": "9999-12-31"}, "after 2999-12-31"),
        ({"genre": "gossip"}, "unknown genre 'gossip'"),
    ]:
        answer = _upload(client, "ok.txt", good_article(3).encode(), **params)
        assert answer.status_code == 422 and reason in answer.json()["detail"]
    too_big = _upload(client, "big.txt", b"a " * LIMIT)
    assert too_big.status_code == 413
    assert too_big.json()["detail"] == "body is 131,072 bytes, over the 65,536-byte limit"
    for n, (name, data) in enumerate(good_inputs(20).items()):
        answer = _upload(client, name, data)
        assert answer.status_code == 201, (n, answer.text)
        assert answer.json()["stored"][0]["path"].startswith(Path(name).name)
    assert len(client.get("/api/articles").json()) == 3


def test_declared_charset_is_honoured(client: TestClient) -> None:
    text = good_article(10).replace("Varga", "Varg\u00e1")
    latin = client.post(
        "/articles", content=text.encode("latin-1"),
        headers={"content-type": "text/plain; charset=ISO-8859-1"},
    )  # fmt: skip
    assert latin.status_code == 201, latin.text
    stored = client.get(f"/api/articles/{latin.json()['stored'][0]['id']}").json()
    assert stored["text"] == text
    unknown = client.post(
        "/articles", content=b"x", headers={"content-type": "text/plain; charset=klingon"}
    )
    assert unknown.status_code == 415 and "klingon" in unknown.json()["detail"]
    wrong = client.post(
        "/articles", content=b"\xff\xfe\xfa", headers={"content-type": "text/plain; charset=ascii"}
    )
    assert wrong.status_code == 422 and "not valid ascii as declared" in wrong.json()["detail"]


def test_no_local_paths_in_answers(samples_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "paths.duckdb"
    shutil.copyfile(samples_store, db)
    with TestClient(create_app(db), base_url=LOCAL) as client:
        listed = client.get("/api/articles").json()
        assert listed and all("/" not in (a["path"] or "") for a in listed)
        story = client.get("/api/stories").json()[0]["id"]
        brief = client.get(f"/api/stories/{story}/briefing").text
        assert str(SAMPLES) not in brief and '"path":"/' not in brief.replace(" ", "")
        page = client.get(f"/stories/{story}").text
        assert str(SAMPLES) not in page


def test_docs_assets_are_served_locally(client: TestClient) -> None:
    docs = client.get("/docs").text
    assert "cdn." not in docs and "https://" not in docs.split("<body>")[0]
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        [url] = [u for u in _urls(docs) if u.endswith(asset)]
        assert url.startswith("/") and client.get(url).status_code == 200


def _urls(html: str) -> list[str]:
    import re

    return re.findall(r"""(?:src|href)=["']?([^"' >]+)""", html) + re.findall(
        r"""url: ?["']([^"']+)""", html
    )


def test_store_damaged_while_serving_is_503(samples_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "later.duckdb"
    shutil.copyfile(samples_store, db)
    app = create_app(db)
    with TestClient(app, base_url=LOCAL) as client:
        app.state.db._owner.con.execute("DROP TABLE quotes")
        answer = client.get("/api/quotes")
        assert answer.status_code == 503 and "the store is damaged" in answer.json()["detail"]
        assert client.get("/").status_code == 200


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"origin": "http://127.0.0.1:9999"}, 403),  # another loopback origin
        ({"origin": "null"}, 403),  # a page opened from file://
        ({"sec-fetch-site": "cross-site"}, 403),
        ({"sec-fetch-site": "same-site"}, 403),  # same host, another port
        ({"origin": "http://127.0.0.1", "sec-fetch-site": "same-origin"}, 201),
        ({}, 201),  # a program, not a page: no Origin, no Sec-Fetch-Site
    ],
)
def test_writes_from_other_origins_are_refused(
    client: TestClient, headers: dict[str, str], status: int
) -> None:
    answer = client.post(
        "/articles", content=good_article(11).encode(),
        headers={"content-type": "text/plain", **headers},
    )  # fmt: skip
    assert answer.status_code == status, answer.text
    if status == 403:
        assert "refused" in answer.json()["detail"]
        assert client.get("/api/articles").json() == []


def test_hosts_and_form_tokens(client: TestClient) -> None:
    rebound = client.get("/api/stories", headers={"host": "attacker.example:8000"})
    assert rebound.status_code == 400
    assert client.get("/api/stories", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/api/stories", headers={"host": "[::1]:8000"}).status_code == 200
    form = {"text": good_article(12)}
    assert client.post("/articles", data=form).status_code == 403
    assert client.post("/articles", data={**form, "token": "0" * 64}).status_code == 403
    page = client.get("/").text
    token = page.split('name="token" value="')[1].split('"')[0]
    stored = client.post("/articles", data={**form, "token": token})
    assert stored.status_code == 201, stored.text
    client.cookies.clear()  # another browser: the token belongs to the first one's session
    assert client.post("/articles", data={**form, "token": token}).status_code == 403
