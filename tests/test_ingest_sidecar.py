"""The --meta sidecar and the metadata precedence: sidecar > CLI flag > file > inference."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsdesk.ingest import InputError, Overrides, Sidecar, load_sidecar, read_path
from newsdesk.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
WAPO = "wapo-2019-08-27-talks-with-iran-coming-soon.txt"
NYT = "nyt-2019-08-29-iran-hierarchy-talks-inevitable.txt"


def write_sidecar(path: Path, entries: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return path


def read_one(
    path: Path | str, sidecar: Sidecar | None = None, overrides: Overrides | None = None
) -> Article:
    (article,) = list(read_path(str(path), sidecar=sidecar, overrides=overrides))
    assert isinstance(article, Article), article
    return article


def test_seed_sidecar_gives_dates_genre_and_outlet(seed_dir: Path) -> None:
    sidecar = load_sidecar(seed_dir / "meta.jsonl")
    nyt = read_one(seed_dir / NYT, sidecar)
    assert nyt.outlet == "The New York Times"
    assert nyt.published == date(2019, 8, 29)
    assert nyt.genre == "news"
    wapo = read_one(seed_dir / WAPO, sidecar)
    assert wapo.published == date(2019, 8, 27)
    assert wapo.genre == "opinion"


def test_lookup_by_exact_relative_and_basename(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    sidecar = load_sidecar(
        write_sidecar(
            tmp_path / "feeds" / "meta.jsonl",
            [
                {"path": "local/bridge.txt", "outlet": "The Riverside Chronicle"},
                {"path": "ferry.txt", "title": "Ferries return"},
            ],
        )
    )
    assert sidecar.lookup("local/bridge.txt") == {"outlet": "The Riverside Chronicle"}
    relative = tmp_path / "feeds" / "local" / "bridge.txt"
    assert sidecar.lookup(str(relative)) == {"outlet": "The Riverside Chronicle"}
    assert sidecar.lookup("/somewhere/else/ferry.txt") == {"title": "Ferries return"}
    assert sidecar.lookup("/somewhere/else/other.txt") is None


def test_shared_basename_matches_neither(tmp_path: Path) -> None:
    sidecar = load_sidecar(
        write_sidecar(
            tmp_path / "meta.jsonl",
            [{"path": "a/story.txt", "title": "A"}, {"path": "b/story.txt", "title": "B"}],
        )
    )
    assert sidecar.lookup("/elsewhere/story.txt") is None
    assert sidecar.lookup(str(tmp_path / "b" / "story.txt")) == {"title": "B"}


def test_sidecar_values_are_normalised(tmp_path: Path) -> None:
    sidecar = load_sidecar(
        write_sidecar(
            tmp_path / "meta.jsonl",
            [
                {
                    "path": "x.txt",
                    "outlet": "Washington Post",
                    "genre": "Op-Ed",
                    "published": "Aug. 27, 2019",
                }
            ],
        )
    )
    assert sidecar.lookup("x.txt") == {
        "outlet": "The Washington Post",
        "genre": "opinion",
        "published": date(2019, 8, 27),
    }


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"path": "x.txt", "outlet": "A"', "line 2: invalid JSON (Expecting ',' delimiter)"),
        ('{"outlet": "A"}', "line 2: no 'path' field"),
        (
            '{"path": "x.txt", "published": "sometime"}',
            "line 2: 'published' is not a full date: 'sometime'",
        ),
        (
            '{"path": "x.txt", "genre": "sport"}',
            "line 2: unknown genre 'sport' (one of: news, opinion, analysis, wire)",
        ),
        ('["x.txt"]', "line 2: expected a JSON object, got list"),
        ('{"path": "a.txt"}', "line 2: path 'a.txt' listed twice"),
    ],
)
def test_malformed_sidecar_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "meta.jsonl"
    path.write_text('{"path": "a.txt", "outlet": "A"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_sidecar(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_missing_sidecar(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_sidecar(tmp_path / "absent.jsonl")


def test_precedence_sidecar_beats_flag_beats_file_beats_inference(tmp_path: Path) -> None:
    story = tmp_path / "story.json"
    story.write_text(
        json.dumps(
            {
                "text": "BBC News\nPilots strike\nPublished 3 March 2021\n"
                "Pilots walked out on Monday.",
                "published": "2021-03-04",
            }
        ),
        encoding="utf-8",
    )
    inferred = read_one(story)
    assert inferred.outlet == "BBC News"  # masthead inference
    assert inferred.published == date(2021, 3, 4)  # the file's field beats its own text
    flags = Overrides(outlet="The Riverside Chronicle", published=date(2021, 3, 5), genre="news")
    flagged = read_one(story, overrides=flags)
    assert (flagged.outlet, flagged.published, flagged.genre) == (
        "The Riverside Chronicle",
        date(2021, 3, 5),
        "news",
    )
    sidecar = load_sidecar(
        write_sidecar(
            tmp_path / "meta.jsonl",
            [{"path": "story.json", "outlet": "Reuters", "published": "2021-03-06"}],
        )
    )
    both = read_one(story, sidecar, flags)
    assert (both.outlet, both.published, both.genre) == ("Reuters", date(2021, 3, 6), "news")


def test_flag_beats_inferred_masthead_and_label() -> None:
    article = read_one(
        FIXTURES / "pilots-strike.txt", overrides=Overrides(outlet="Eastmouth Echo", genre="wire")
    )
    assert article.outlet == "Eastmouth Echo"
    assert article.genre == "wire"
    assert article.published == date(2021, 3, 3)  # no flag for it: the text's date stays


def test_sidecar_url_gives_the_outlet(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Pilots strike\n\nPilots walked out on Monday.\n", encoding="utf-8")
    sidecar = load_sidecar(
        write_sidecar(
            tmp_path / "meta.jsonl",
            [{"path": "story.txt", "url": "https://edition.cnn.com/2021/03/03/pilots"}],
        )
    )
    article = read_one(story, sidecar)
    assert article.outlet == "CNN"
    assert article.url == "https://edition.cnn.com/2021/03/03/pilots"


def test_container_file_entry_applies_only_file_wide_fields(tmp_path: Path) -> None:
    sidecar = load_sidecar(
        write_sidecar(
            tmp_path / "meta.jsonl",
            [
                {"path": "feed.jsonl", "outlet": "Axios", "title": "Not every line's title"},
                {"path": "feed.jsonl:2", "title": "Line two's own title"},
            ],
        )
    )
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes((FIXTURES / "feed.jsonl").read_bytes())
    first, second = list(read_path(str(feed), sidecar=sidecar))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.outlet == "Axios"
    assert first.title == "Rail operator restores night trains"
    assert second.title == "Line two's own title"
    assert second.outlet == "Reuters"  # its own entry states no outlet; the file's does


def _extract(*args: str) -> tuple[int, list[dict[str, Any]], str]:
    from typer.testing import CliRunner

    from newsdesk.cli import app

    result = CliRunner().invoke(app, ["extract", *args])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, lines, result.stderr


def _story_folder(folder: Path, outlet: str) -> Path:
    """A folder as a story is shared: one article with no dateline, its metadata beside it."""
    folder.mkdir()
    (folder / "ferry.txt").write_text(
        "The island ferry will stop running on Friday, the operator said on Monday.\n",
        encoding="utf-8",
    )
    write_sidecar(folder / "meta.jsonl",
                  [{"path": "ferry.txt", "outlet": outlet, "published": "2024-05-08"}])
    return folder


def test_a_folder_s_own_meta_jsonl_is_read_and_said(tmp_path: Path) -> None:
    folder = _story_folder(tmp_path / "story", "Isle Courier")
    code, (ex,), err = _extract(str(folder))
    assert code == 0, err
    assert ex["article"]["outlet"] == "Isle Courier"
    assert ex["article"]["published"] == "2024-05-08"
    assert f"metadata from {folder / 'meta.jsonl'}" in " ".join(err.split())
    monday = [t for t in ex["times"] if t["text"] == "Monday"]
    assert monday and monday[0]["value"] == "2024-05-06"  # resolved against the sidecar's date


def test_meta_option_wins_and_two_folders_keep_their_own(tmp_path: Path) -> None:
    one = _story_folder(tmp_path / "one", "Isle Courier")
    two = _story_folder(tmp_path / "two", "Harbour Post")  # the same file name in both
    code, found, _ = _extract(str(one), str(two))
    assert code == 0
    assert [ex["article"]["outlet"] for ex in found] == ["Isle Courier", "Harbour Post"]
    chosen = write_sidecar(tmp_path / "chosen.jsonl",
                           [{"path": str(one / "ferry.txt"), "outlet": "Chosen Times"}])
    code, (ex,), err = _extract(str(one), "--meta", str(chosen))
    assert code == 0 and ex["article"]["outlet"] == "Chosen Times"
    assert "metadata from" not in err


def test_a_bad_folder_sidecar_is_named(tmp_path: Path) -> None:
    folder = _story_folder(tmp_path / "story", "Isle Courier")
    (folder / "meta.jsonl").write_text("{not json\n", encoding="utf-8")
    code, found, err = _extract(str(folder))
    assert code != 0 and not found
    assert "meta.jsonl" in err and "line 1" in err
