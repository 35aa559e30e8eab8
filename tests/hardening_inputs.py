"""The bad (and a few awkward but good) inputs the fuzz and fault suite feeds the CLI and the
server: each README bad-input kind and each case of issue 15, written small and fast to make.

Every text here is our own writing.  ``good_article(n)`` gives a different short article for
each ``n``, so that good inputs placed beside bad ones are new to the store (ids are content
hashes).
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BOMB = 25_000_000  # zeros: over the default 20 MB file limit, about 25 KB compressed
TOWNS = ["Kelvale", "Orlin", "Vessa", "Dunmere", "Carrow", "Listwick", "Brenna", "Ashgate"]


def good_article(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (
        f"{town}, May {n % 27 + 1} - The council of {town} voted on Tuesday to reopen the old "
        f"river ferry after {n + 3} months of repairs, the mayor, Ines Varga, said.\n\n"
        f'"The crossing is safe again and the town needs it," Ms. Varga told reporters outside '
        f"the town hall, adding that tickets would cost the same as last year.\n"
    )


def nested_json(levels: int = 3000) -> str:
    """An article object whose other field nests ``levels`` lists deep (about 6 KB)."""
    return '{"text": "A short text.", "x": ' + "[" * levels + "]" * levels + "}"


def page(body: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferry</title></head><body>"
        f"<article><p>{body}</p></article></body></html>"
    ).encode()


def _record(writer: WARCWriter, body: bytes, encoding: str | None = None) -> None:
    fields = [("Content-Type", "text/html; charset=utf-8")]
    if encoding:
        fields.append(("Content-Encoding", encoding))
    headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://bomb.example/page", "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def warc_bomb(path: Path, zeros: int) -> Path:
    """A gzipped archive whose one page is ``zeros`` bytes of zeros: tiny on disk."""
    with path.open("wb") as out:
        _record(WARCWriter(out, gzip=True), b"<html><body>" + b"\0" * zeros)
    return path


def encoded_bomb(path: Path, zeros: int) -> Path:
    """A plain archive whose page is sent ``Content-Encoding: gzip`` and expands to ``zeros``."""
    with path.open("wb") as out:
        _record(WARCWriter(out, gzip=False), gzip.compress(b" " * zeros, 9), encoding="gzip")
    return path


@dataclass(frozen=True)
class Bad:
    """A bad input: its file name, its bytes, and words its one-line reason holds."""

    name: str
    data: bytes
    reason: str


def bad_inputs(folder: Path) -> list[Bad]:
    """The README's bad-input list and issue 15's cases, as files of their own."""
    pages = [
        Bad("image.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "binary file"),
        Bad("empty.txt", b"", "empty file"),
        Bad("latin.txt", "Caf\u00e9 society".encode("latin-1"), "not valid UTF-8"),
        Bad("menu.html", b"<html><body><nav>Home | About</nav></body></html>", "no article"),
        Bad("untitled.jsonl", b'{"title": "no text here"}\n', "no 'text' field"),
        Bad("deep.json", nested_json().encode(), "nested deeper than 100 levels"),
        Bad("deep.jsonl", (nested_json() + "\n").encode(), "nested deeper than 100 levels"),
        Bad("broken.json", b'{"text": "unfinished', "invalid JSON"),
        Bad("old.jsonl", b'{"text": "Old news.", "published": "0001-01-01"}\n', "earliest"),
        Bad("far.jsonl", b'{"text": "Far news.", "published": "9999-12-31"}\n', "latest"),
        Bad("report [final].html", b"<html><body></body></html>", "no article"),
        Bad("[red]alarm [bold].txt", b"\0\0\0", "binary file"),
        Bad(":warning: bell\x07.txt", b"", "empty file"),
        Bad("bomb.warc.gz", warc_bomb(folder / "bomb.warc.gz", BOMB).read_bytes(), "over"),
        Bad("encoded.warc", encoded_bomb(folder / "encoded.warc", BOMB).read_bytes(), "over"),
        Bad("not.warc.gz", b"\x1f\x8b\x08\x00garbage", "not readable gzip"),
    ]
    return pages


def good_inputs(n: int = 0) -> dict[str, bytes]:
    """Good inputs with awkward names or contents, which must be stored."""
    separators = json.dumps(
        {"text": good_article(n + 1).replace("reporters", "reporters\u2028\u2029\u0085")},
        ensure_ascii=False,
    )
    return {
        "report [final].txt": good_article(n).encode(),
        "separators.jsonl": (separators + "\n").encode(),
        "[bold]a[italic]:smile:.txt": good_article(n + 2).encode(),
    }
