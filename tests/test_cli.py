"""The command end to end: ingest beside bad files, extract's JSON contract, the briefing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from tests.conftest import NYT, SAMPLES, WAPO

runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "demo.duckdb"
    code, _out, err = run(
        "--db", str(db), "ingest", "--meta", str(SAMPLES / "meta.jsonl"), str(SAMPLES / "articles")
    )
    assert code == 0, err
    assert "stored 5 new article(s)" in err
    return db


def test_reingest_is_a_no_op(demo_store: Path) -> None:
    code, _out, err = run(
        "--db",
        str(demo_store),
        "ingest",
        "--meta",
        str(SAMPLES / "meta.jsonl"),
        str(SAMPLES / "articles"),
    )
    assert code == 0
    assert "stored 0 new article(s), 5 already stored" in err


def test_brief_formats(demo_store: Path, tmp_path: Path) -> None:
    code, out, err = run("--db", str(demo_store), "brief", "--format", "json")
    assert code == 0, err
    brief = json.loads(out)
    assert len(brief["articles"]) == 5
    assert {"Continental Press Agency"} <= set(brief["outlets"])
    names = {a["name"] for a in brief["actors"]}
    assert {"Ana Duarte", "Tomás Ibarra"} <= names
    assert brief["quotes"], "who said what is empty"
    assert brief["summary"], "summary is empty"
    texts = {a["id"]: None for a in brief["articles"]}
    assert texts
    for kind in ("md", "html"):
        target = tmp_path / f"b.{kind}"
        code, _out, err = run("--db", str(demo_store), "brief", "--format", kind, "-o", str(target))
        assert code == 0, err
        body = target.read_text(encoding="utf-8")
        assert "Ana Duarte" in body and "Who said what" in body and "Timeline" in body
    assert (tmp_path / "b.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_summary_citations_are_exact(demo_store: Path) -> None:
    from newsdesk.store import Store

    with Store(demo_store) as store:
        texts = {a.id: a.text for a in store.articles()}
    _code, out, _err = run("--db", str(demo_store), "brief", "--format", "json")
    for sentence in json.loads(out)["summary"]:
        for c in sentence["citations"]:
            assert texts[c["article"]][c["start"] : c["end"]] == sentence["text"]


def test_no_pronoun_is_shown_as_a_speaker(demo_store: Path) -> None:
    _code, out, _err = run("--db", str(demo_store), "brief", "--format", "json")
    speakers = {g["speaker"].lower() for g in json.loads(out)["quotes"]}
    assert not speakers & {"he", "she", "they", "it", "we"}


def test_good_article_beside_bad_files(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLES / "bad", inputs)
    shutil.copy(SAMPLES / "articles" / "northern-review-opinion-2025-03-13.txt", inputs)
    (inputs / "broken.txt").write_bytes(b"Caf\xe9 \xff\xfe prices rose again this week.")
    big = inputs / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    db = tmp_path / "s.duckdb"
    # The image is named explicitly: a directory walk would pass it over by its extension.
    (inputs / "image.png").rename(tmp_path / "image.png")
    code, _out, err = run("--db", str(db), "ingest", str(inputs), str(tmp_path / "image.png"))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    reasons = "\n".join(lines)
    for name, why in [
        ("image.png", "binary"),
        ("empty.txt", "empty"),
        ("broken.txt", "UTF-8"),
        ("huge.txt", "limit"),
        ("empty-page.html", "no article"),
        ("mixed.jsonl", "text"),
    ]:
        assert any(name in line and why in line for line in lines), (name, reasons)
    assert "article-fr.txt" in err and "language fr" in err
    code, out, _err = run("--db", str(db), "brief", "--format", "json")
    assert code == 0
    brief = json.loads(out)
    paths = {a["path"] for a in brief["articles"]}
    assert any(p.endswith("northern-review-opinion-2025-03-13.txt") for p in paths)
    assert any(a["language"] == "fr" for a in brief["articles"])
    assert brief["actors"] and brief["quotes"]


def test_stdin_and_overrides(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    text = (SAMPLES / "articles" / "harbor-gazette-2025-03-10.txt").read_text(encoding="utf-8")
    code, _out, err = run(
        "--db",
        str(db),
        "ingest",
        "-",
        "--outlet",
        "Somebody",
        "--published",
        "2025-03-10",
        input=text,
    )
    assert code == 0, err
    code, out, _ = run("--db", str(db), "brief", "--format", "json")
    [article] = json.loads(out)["articles"]
    assert article["published"] == "2025-03-10"


def test_bad_store_is_refused(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).execute("CREATE TABLE t (x INT)").close()
    code, _out, err = run("--db", str(path), "brief")
    assert code == 2
    assert "not a newsdesk store" in err


@pytest.mark.seed
def test_extract_seed_story_contract(seed_dir: Path) -> None:
    code, out, err = run(
        "extract",
        "--meta",
        str(seed_dir / "meta.jsonl"),
        str(seed_dir / WAPO),
        str(seed_dir / NYT),
        "--format",
        "jsonl",
    )
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["article"]["path"]).name for r in records] == [WAPO, NYT]
    wapo, nyt = records
    assert wapo["article"]["genre"] == "opinion"
    assert wapo["article"]["published"] == "2019-08-27"
    assert nyt["article"]["published"] == "2019-08-29"
    assert wapo["text"] == (seed_dir / WAPO).read_text(encoding="utf-8")
    for record in records:
        assert set(record) >= {"article", "text", "actors", "quotes", "times", "events"}
        text = record["text"]
        for actor in record["actors"]:
            assert set(actor) >= {
                "id",
                "name",
                "kind",
                "aliases",
                "titles",
                "affiliation",
                "country",
                "sector",
                "mentions",
            }
            for start, end in actor["mentions"]:
                assert 0 <= start < end <= len(text)
        for quote in record["quotes"]:
            for start, end in quote["content"]:
                assert 0 <= start < end <= len(text)
        for time in record["times"]:
            assert text[time["start"] : time["end"]] == time["text"]
    # One id per real entity across the two files.
    wapo_ids = {a["id"] for a in wapo["actors"]}
    nyt_ids = {a["id"] for a in nyt["actors"]}
    for shared in (
        "person:hassan-rouhani",
        "person:donald-trump",
        "person:emmanuel-macron",
        "person:mohammad-javad-zarif",
        "country:IRN",
        "country:USA",
    ):
        assert shared in wapo_ids and shared in nyt_ids, shared
    people = {a["id"]: a for r in records for a in r["actors"] if a["kind"] == "person"}
    for ident in (
        "person:abbas-abdi",
        "person:eshaq-jahangiri",
        "person:sadegh-alhusseini",
        "person:nader-hashemi",
        "person:saeed-shariati",
        "person:ali-khamenei",
        "person:ruhollah-khomeini",
        "person:jimmy-carter",
        "person:ronald-reagan",
    ):
        assert ident in people and people[ident]["titles"], ident


def test_last_sentence_of_a_file_ending_in_a_newline_is_body(tmp_path: Path) -> None:
    from newsdesk import ingest
    from newsdesk.pipeline import process_many

    path = tmp_path / "short.txt"
    path.write_text(
        "The river rose overnight in the valley town.\n\n"
        "Residents moved their cars to higher ground before dawn.\n",
        encoding="utf-8",
    )
    [article] = list(ingest.read_path(str(path)))
    assert not isinstance(article, ingest.InputError)
    [ex] = list(process_many([article]))
    texts = [article.text[s.start : s.end] for s in ex.sentences]
    assert texts[-1] == "Residents moved their cars to higher ground before dawn."


def test_copies_are_shown_under_their_source_not_as_sources(tmp_path: Path) -> None:
    original = (SAMPLES / "articles" / "northern-review-opinion-2025-03-13.txt").read_text(
        encoding="utf-8"
    )
    copy = original.replace("Northern Review", "Coastal Digest", 1) + "\nReposted with permission."
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-original.txt").write_text(original, encoding="utf-8")
    (inputs / "b-copy.txt").write_text(copy, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    code, _out, err = run("--db", str(db), "ingest", str(inputs), "--published", "2025-03-13")
    assert code == 0, err
    code, out, err = run("--db", str(db), "brief", "--format", "md")
    assert code == 0, err
    assert "1 article from" in out
    assert "also carried by:" in out and "b-copy.txt" in out


def test_two_processes_give_the_same_bytes_as_one(tmp_path: Path) -> None:
    args = ["extract", "--meta", str(SAMPLES / "meta.jsonl"), str(SAMPLES / "articles")]
    code, serial, err = run(*args, "--processes", "1")
    assert code == 0, err
    code, parallel, err = run(*args, "--processes", "2")
    assert code == 0, err
    assert serial == parallel
    assert len(serial.splitlines()) == 5


def test_a_stage_failing_on_one_article_costs_only_that_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.extract import reading

    real = reading.extract_times

    def fragile(doc, article):  # type: ignore[no-untyped-def]
        if "cursed" in article.text:
            raise ValueError("a date the rules cannot read")
        return real(doc, article)

    monkeypatch.setattr(reading, "extract_times", fragile)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(
        "The cursed bridge reopened on Monday after repairs.", encoding="utf-8"
    )
    (inputs / "b.txt").write_text(
        "The ferry resumed service on Tuesday after the storm.", encoding="utf-8"
    )
    db = tmp_path / "s.duckdb"
    code, _out, err = run("--db", str(db), "ingest", str(inputs), "--published", "2024-05-08")
    assert code == 1
    assert "a.txt: extraction failed (ValueError: a date the rules cannot read)" in err
    assert "stored 1 new article(s)" in err
    code, out, err = run("extract", str(inputs / "a.txt"), str(inputs / "b.txt"))
    assert code == 1
    assert len(out.splitlines()) == 1 and "extraction failed" in err


def test_brief_a_whole_thread(seed_dir: Path, tmp_path: Path) -> None:
    """The seed story's column (27 August) and news analysis (29 August) are two stories of one
    thread; `brief --thread` briefs both as one, by the thread's id or by one of its stories."""
    db = tmp_path / "seed.duckdb"
    code, _out, err = run("--db", str(db), "ingest", "--meta", str(seed_dir / "meta.jsonl"),
                          str(seed_dir))
    assert code == 0, err
    code, out, err = run("--db", str(db), "stories", "--threads", "--format", "json")
    assert code == 0, err
    (thread,) = [t for t in json.loads(out) if len(t["stories"]) == 2]
    for key in (thread["id"], thread["stories"][0]["id"]):
        code, out, err = run("--db", str(db), "brief", "--thread", key, "--format", "json")
        assert code == 0, err
        assert len(json.loads(out)["articles"]) == 2
    code, _out, err = run("--db", str(db), "brief", "--thread", "t-none")
    assert code != 0 and "no thread 't-none'" in err
    code, _out, err = run("--db", str(db), "brief", "--thread", thread["id"], "--story", "x")
    assert code != 0 and "not both" in err
