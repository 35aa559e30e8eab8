"""A small WARC archive written for the tests: our own pages, and records that are not pages."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import SAMPLES

MERIDIAN = SAMPLES / "articles" / "meridian-daily-2025-03-11.html"
HARBOUR_URI = "https://quayside-post.example/2025/04/02/ferry-strike-ends"
# Our own writing: a fictional ferry strike, with no og:url so the record's URI stands in.
HARBOUR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry strike ends after pay deal</title>
</head><body><nav>Home | Local | Sport</nav><article><h1>Ferry strike ends after pay deal</h1>
<p>Ferry crews in the port of Salthaven returned to work on Wednesday after their union accepted
a pay offer from the operator, ending a strike that had stranded island commuters for a week.</p>
<p>"We got most of what we asked for," said Mara Quill, the union's regional secretary, adding
that the crews would vote on the remaining points about rest periods next month.</p>
<p>The operator, Greywater Lines, said the first sailings would leave at six in the morning and
that tickets bought for cancelled crossings would be honoured until the end of April.</p>
</article><footer>Contact us</footer></body></html>
"""
MENU_PAGE = "<html><body><nav>Home | Weather | Contact</nav></body></html>"


def _response(writer: WARCWriter, uri: str, body: bytes, status: str, kind: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def write_warc(path: Path, meridian: bool = True) -> Path:
    """Records: Meridian's page (unless not ``meridian``), an image, a 404 page, a menu page,
    the ferry page."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        if meridian:
            _response(
                writer,
                "https://meridiandaily.example/world/2025/03/11/spain-rejects-tagus-release",
                MERIDIAN.read_bytes(),
                "200 OK",
                "text/html; charset=utf-8",
            )
        _response(
            writer, "https://quayside-post.example/logo.png", b"\x89PNG", "200 OK", "image/png"
        )
        _response(
            writer, "https://quayside-post.example/gone", b"<html/>", "404 Not Found", "text/html"
        )
        _response(
            writer, "https://quayside-post.example/", MENU_PAGE.encode(), "200 OK", "text/html"
        )
        _response(writer, HARBOUR_URI, HARBOUR_PAGE.encode(), "200 OK", "text/html; charset=utf-8")
    return path
