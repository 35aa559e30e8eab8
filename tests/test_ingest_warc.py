"""WARC archives: each HTML page read as its own .html file would be; crawl records skipped."""

from __future__ import annotations

from pathlib import Path

from newsdesk import ingest
from newsdesk.model import Article
from tests.warc_fixture import HARBOUR_URI, MERIDIAN, write_warc


def _read(path: Path) -> list[Article | ingest.InputError]:
    return list(ingest.read_path(str(path)))


def test_pages_read_like_html_files(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "crawl.warc.gz")
    items = _read(archive)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, ingest.InputError)]
    assert [a.path for a in articles] == [f"{archive}#1", f"{archive}#5"]
    alone = _read(MERIDIAN)[0]
    assert isinstance(alone, Article)
    first = articles[0]
    assert (first.id, first.text, first.title, first.outlet, first.published, first.url) == (
        alone.id,
        alone.text,
        alone.title,
        alone.outlet,
        alone.published,
        alone.url,
    )
    # The image and the 404 are not pages; the menu page is, and has no article.
    assert errors == [ingest.InputError(f"{archive}#4", "no article text found in HTML")]


def test_record_uri_stands_in_for_a_missing_url(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "crawl.warc")
    ferry = [i for i in _read(archive) if isinstance(i, Article)][1]
    assert ferry.url == HARBOUR_URI
    assert ferry.outlet == "quayside-post.example"
    assert ferry.title == "Ferry strike ends after pay deal"
    assert "Ferry crews in the port of Salthaven" in ferry.text
    assert "Contact us" not in ferry.text


def test_directory_walk_takes_archives_and_bad_archives_are_one_error(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz")
    (tmp_path / "b.warc").write_bytes(b"this is not an archive\n")
    (tmp_path / "notes.gz").write_bytes(b"")
    assert list(ingest.iter_input_paths([str(tmp_path)])) == [
        str(tmp_path / "a.warc.gz"),
        str(tmp_path / "b.warc"),
    ]
    bad = _read(tmp_path / "b.warc")
    assert len(bad) == 1 and isinstance(bad[0], ingest.InputError)
    assert bad[0].reason == "not a WARC archive (no WARC/ header, not gzip)"


def test_read_bytes_matches_read_path(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "crawl.warc.gz")
    by_path = _read(archive)
    by_bytes = list(ingest.read_bytes(archive.read_bytes(), str(archive)))
    assert by_bytes == by_path
    data = archive.read_bytes()
    over = list(ingest.read_bytes(data, str(archive), max_bytes=100))
    reason = f"file is {len(data):,} bytes, over the 100-byte limit"
    assert over == [ingest.InputError(str(archive), reason)]
