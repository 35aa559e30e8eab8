"""JSON, JSON Lines and stdin readers."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from newsdesk.ingest import InputError, read_path
from newsdesk.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def articles(results: list[Article | InputError]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def test_jsonl_reads_every_line_with_field_aliases() -> None:
    path = str(FIXTURES / "feed.jsonl")
    results = list(read_path(path))
    assert all(isinstance(r, Article) for r in results)
    first, second = articles(results)
    assert first.path == f"{path}:1"
    assert first.title == "Rail operator restores night trains"
    assert first.outlet == "The Riverside Chronicle"  # nested {"source": {"name": ...}}
    assert first.published == date(2022, 11, 2)
    assert first.byline == "Maren Okafor"
    assert first.url == "https://www.riversidechronicle.example/transport/night-trains"
    assert first.text.startswith("The regional rail operator will bring back")
    assert second.path == f"{path}:2"
    assert second.title == "Water bills to rise by four percent"  # "headline" alias
    assert second.outlet == "Reuters"  # "publisher" alias
    assert second.published == date(2022, 11, 3)  # "published_at" alias
    assert second.genre == "wire"  # "Wire" folded
    assert second.text.startswith("LONDON (Reuters) - Household water bills")


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"text": "The ferry will run on Sundays from May, the operator said."}\n'
        '{"text": "Broken line" "title": "x"}\n'
        '{"title": "No text here"}\n'
        "\n"
        '{"text": "The museum reopens next week after a two-year refit.", '
        '"published": "last Tuesday"}\n'
        '["not", "an", "object"]\n'
        '{"content": "Tolls on the old bridge will be cut by half in the new year."}\n',
        encoding="utf-8",
    )
    name = str(path)
    results = list(read_path(name))
    errors = [r for r in results if isinstance(r, InputError)]
    assert [str(e) for e in errors] == [
        f"{name}: line 2: invalid JSON (Expecting ',' delimiter)",
        f"{name}: line 3: no 'text' field",
        f"{name}: line 5: 'published' is not a full date: 'last Tuesday'",
        f"{name}: line 6: expected a JSON object, got list",
    ]
    assert [e.line for e in errors] == [2, 3, 5, 6]
    assert [a.path for a in articles(results)] == [f"{name}:1", f"{name}:7"]
    # results keep file order
    assert [type(r).__name__ for r in results] == ["Article"] + ["InputError"] * 4 + ["Article"]


def test_json_single_object_infers_from_its_text() -> None:
    path = str(FIXTURES / "single.json")
    (article,) = articles(list(read_path(path)))
    assert article.path == path
    assert article.outlet == "The Washington Post"  # stated spelling made canonical
    assert article.published == date(2021, 1, 15)
    assert article.genre == "opinion"  # from the "Opinion" label line in the text
    assert article.title == "The library deserves its new roof"
    assert [r.kind for r in article.regions] == ["label", "headline", "body"]


def test_json_list_items_get_numbered_paths(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(
        '[{"text": "The ferry will run on Sundays from May."}, {"body": ""}, '
        '{"body": "Tolls on the old bridge will be cut."}]',
        encoding="utf-8",
    )
    results = list(read_path(str(path)))
    assert [r.path if isinstance(r, Article) else str(r) for r in results] == [
        f"{path}#1",
        f"{path}: item 2: empty 'body' field",
        f"{path}#3",
    ]


def test_invalid_json_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": "unfinished', encoding="utf-8")
    (error,) = list(read_path(str(path)))
    assert isinstance(error, InputError)
    assert error.reason.startswith("invalid JSON (Unterminated string")


def test_stdin_plain_text() -> None:
    data = b"Pilots strike\n\nHarbour pilots walked out on Monday.\n"
    (article,) = list(read_path("-", stdin=io.BytesIO(data)))
    assert isinstance(article, Article)
    assert article.path == "-"
    assert article.text == data.decode()
    assert article.title == "Pilots strike"


def test_stdin_json_lines() -> None:
    data = (FIXTURES / "feed.jsonl").read_bytes()
    results = list(read_path("-", stdin=io.BytesIO(data)))
    assert [a.path for a in articles(results)] == ["-:1", "-:2"]


def test_stdin_pretty_printed_json_object() -> None:
    data = (FIXTURES / "single.json").read_bytes()
    (article,) = list(read_path("-", stdin=io.BytesIO(data)))
    assert isinstance(article, Article)
    assert article.path == "-"
    assert article.outlet == "The Washington Post"


def test_stdin_json_list() -> None:
    data = b'[{"text": "The ferry will run on Sundays from May."}]'
    (article,) = list(read_path("-", stdin=io.BytesIO(data)))
    assert isinstance(article, Article)
    assert article.path == "-#1"


def test_stdin_html() -> None:
    data = (FIXTURES / "harbour-bridge.html").read_bytes()
    (article,) = list(read_path("-", stdin=io.BytesIO(data)))
    assert isinstance(article, Article)
    assert article.outlet == "The Riverside Chronicle"
    assert article.published == date(2024, 3, 14)


def test_stdin_over_the_limit() -> None:
    (error,) = list(read_path("-", stdin=io.BytesIO(b"x" * 2048), max_bytes=1024))
    assert isinstance(error, InputError)
    assert str(error) == "-: input is over the 1,024-byte limit"
