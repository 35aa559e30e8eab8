"""Bad input: each case gives one InputError with a clear, one-line reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdesk.ingest import InputError, read_path
from newsdesk.ingest.language import detect_language
from newsdesk.model import Article


def only_error(path: Path | str, **kwargs: int) -> InputError:
    results = list(read_path(str(path), **kwargs))  # type: ignore[arg-type]
    assert len(results) == 1
    error = results[0]
    assert isinstance(error, InputError), error
    assert "\n" not in str(error)
    assert str(error) == f"{error.path}: {error.reason}"
    return error


def test_missing_path(tmp_path: Path) -> None:
    error = only_error(tmp_path / "absent.txt")
    assert str(error) == f"{tmp_path / 'absent.txt'}: no such file"


def test_png_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    assert only_error(path).reason == "binary file (looks like PNG), not text"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00", "GZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_known_binary_magic(tmp_path: Path, head: bytes, kind: str) -> None:
    path = tmp_path / "file.html"
    path.write_bytes(head + b"rest of the file")
    assert only_error(path).reason == f"binary file (looks like {kind}), not text"


def test_nul_bytes_without_magic(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"some text\x00\x00more")
    assert only_error(path).reason == "binary file (contains NUL bytes), not text"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  \r\n"])
def test_empty_or_whitespace_only(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    assert only_error(path).reason == "empty file"


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"\xff\xfe" + "Caf\u00e9 au lait".encode("latin-1"))
    assert only_error(path).reason == "not valid UTF-8 (byte 0xff at offset 0)"
    path.write_bytes(b"A harbour caf\xe9 reopened on Monday.")
    assert only_error(path).reason == "not valid UTF-8 (byte 0xe9 at offset 13)"


def test_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50_200_000)  # sparse: takes no disk space
    assert only_error(path).reason == "file is 50.2 MB, over the 20 MB limit"
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 3000)
    assert only_error(small, max_bytes=2 * 1024).reason == (
        "file is 3,000 bytes, over the 2,048-byte limit"
    )


def test_unreadable_file(tmp_path: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "secret.txt"
    path.write_text("A harbour story.", encoding="utf-8")
    path.chmod(0)
    try:
        assert only_error(path).reason == "cannot read file (permission denied)"
    finally:
        path.chmod(0o644)


def test_unreadable_file_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.txt"
    path.write_text("A harbour story.", encoding="utf-8")
    real_open = open

    def refusing_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", refusing_open)
    assert only_error(path).reason == "cannot read file (permission denied)"


def test_html_without_article() -> None:
    path = Path(__file__).parent / "fixtures" / "ingest" / "nav-only.html"
    assert only_error(path).reason == "no article text found in HTML"


def test_json_without_text(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text('{"title": "Pilots strike"}', encoding="utf-8")
    assert only_error(path).reason == "no 'text' field"


def test_non_english_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "puerto.txt"
    path.write_text(
        "Los prácticos del puerto votan una huelga de dos días\n\n"
        "Los prácticos que guían a los buques mercantes en el puerto votaron el miércoles una "
        "huelga de cuarenta y ocho horas, según informó su sindicato, por un nuevo calendario de "
        "turnos que consideran agotador. La dirección del puerto se declaró decepcionada.\n",
        encoding="utf-8",
    )
    (article,) = list(read_path(str(path)))
    assert isinstance(article, Article)
    assert article.language == "es"


def test_language_of_short_text_is_unknown() -> None:
    assert detect_language("Les pilotes votent la grève") is None
    assert detect_language("") is None


def test_language_detection_is_deterministic() -> None:
    text = (
        "Harbour pilots voted on Wednesday to walk out for two days next week, their union said, "
        "in a dispute over a rota that they say leaves crews exhausted at the end of long nights."
    )
    assert {detect_language(text) for _ in range(5)} == {"en"}
