"""WARC archives (crawls such as Common Crawl News): each HTML response is one page to read.

Pages go through the same HTML reader as a ``.html`` file, so a page gives the same article
whether it was saved alone or inside an archive.  Only successful HTML responses are pages:
request, metadata and revisit records, redirects and images are part of how a crawl is kept,
not inputs that failed, so they are passed over silently.  The record's target URI stands in
for the page's URL when the page names none.

Compression is bounded like a file: a gzipped archive is decompressed by us, up to the file
limit (``--max-mb``), before warcio reads it, and a page's payload (which an HTTP
Content-Encoding may compress again) is read up to the same limit.  A small archive that
expands to gigabytes is refused after reading no more than the limit.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from newsdesk.ingest.errors import InputError
from newsdesk.ingest.html import read_page
from newsdesk.ingest.raw import RawArticle
from newsdesk.ingest.text import DEFAULT_MAX_BYTES, gunzip, over_limit

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP = b"\x1f\x8b"
_WARC_MAGIC = (b"WARC/", _GZIP)  # plain, or gzip (per record or whole file)


def _charset(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().casefold() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def is_warc_name(name: str) -> bool:
    return name.casefold().endswith(WARC_SUFFIXES)


def read_warc(
    data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | InputError]:
    """Every HTML page of an archive (paths "file.warc.gz#N", N the record's number).

    A page with no article is reported like an ``.html`` file with none; an archive warcio
    cannot read, or one holding no HTML page at all, is one InputError.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not data:
        yield InputError(name, "empty file")
        return
    if not data.startswith(_WARC_MAGIC):
        yield InputError(name, "not a WARC archive (no WARC/ header, not gzip)")
        return
    if data.startswith(_GZIP):
        try:
            data = gunzip(data, name, max_bytes)
        except InputError as error:
            yield error
            return
    pages = 0
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode() or ""
            content_type = (record.http_headers.get_header("Content-Type") or "").casefold()
            if not status.startswith("2") or not content_type.startswith(_HTML_TYPES):
                continue
            pages += 1
            where = f"{name}#{number}"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield InputError(where, over_limit("page", None, max_bytes) + " decompressed")
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            try:
                raw = read_page(
                    payload,
                    where,
                    charset=_charset(content_type),
                    fallback_url=uri if uri.startswith(("http://", "https://")) else None,
                )
            except InputError as error:
                yield error
                continue
            raw.source = name
            raw.in_container = True
            yield raw
    except ArchiveLoadFailed as error:
        yield InputError(name, f"not a readable WARC archive ({error})")
        return
    if pages == 0:
        yield InputError(name, "no HTML responses in the WARC archive")
