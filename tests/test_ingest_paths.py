"""Expanding the command line's inputs into files."""

from __future__ import annotations

from pathlib import Path

from newsdesk.ingest import InputError, iter_input_paths, read_path


def touch(path: Path, text: str = "A harbour story that ends here.") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_directories_are_walked_sorted_skipping_hidden_and_sidecars(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "a.html",
        "sub/z.txt",
        "sub/a.jsonl",
        "a_dir/c.txt",
        ".hidden.txt",
        ".git/config",
        "meta.jsonl",
        "feed.meta.jsonl",
        "sub/meta.jsonl",
    ]:
        touch(tmp_path / name)
    found = [str(Path(p).relative_to(tmp_path)) for p in iter_input_paths([str(tmp_path)])]
    assert found == ["a.html", "a_dir/c.txt", "b.txt", "sub/a.jsonl", "sub/z.txt"]


def test_files_stdin_and_missing_paths_pass_through_in_order(tmp_path: Path) -> None:
    touch(tmp_path / "one.txt")
    touch(tmp_path / "dir" / "two.txt")
    args = [str(tmp_path / "missing.txt"), "-", str(tmp_path / "dir"), str(tmp_path / "one.txt")]
    assert list(iter_input_paths(args)) == [
        str(tmp_path / "missing.txt"),
        "-",
        str(tmp_path / "dir" / "two.txt"),
        str(tmp_path / "one.txt"),
    ]
    missing = list(read_path(str(tmp_path / "missing.txt")))
    assert missing == [InputError(str(tmp_path / "missing.txt"), "no such file")]


def test_explicit_hidden_file_is_kept(tmp_path: Path) -> None:
    touch(tmp_path / ".draft.txt")
    assert list(iter_input_paths([str(tmp_path / ".draft.txt")])) == [str(tmp_path / ".draft.txt")]
