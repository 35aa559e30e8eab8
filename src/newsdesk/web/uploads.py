"""What ``POST /articles`` accepts, checked before anything is parsed.

A request is refused with one line saying why: a content type that is not an article format or
a charset no codec knows (415), a body over the limit (413, checked on the declared length and
again while reading, as a chunked body declares none), a form without the token of the app's
own form (403, see ``guard.py``), a bad metadata field or an unreadable article (422, with the
same message the CLI prints for the same input).  Bytes that pass go through the CLI's readers
(``ingest.read_bytes``) under the upload's file name, so a ``.html`` upload is read as HTML.

A charset the request declares (``text/plain; charset=iso-8859-1``, or on a form's file part) is
honoured: the bytes are decoded with it, strictly, and handed to the readers as UTF-8.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from datetime import date

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.types import Message

from newsdesk import ingest
from newsdesk.ingest.dates import out_of_range
from newsdesk.ingest.readers import ARTICLE_SUFFIXES
from newsdesk.ingest.sidecar import normalise_genre, unknown_genre
from newsdesk.ingest.text import MB, over_limit
from newsdesk.web import guard

DEFAULT_MAX_UPLOAD = 5 * MB
# Content type of a raw body → the name its bytes are read under (the suffix picks the reader).
RAW_TYPES = {
    "text/plain": "upload.txt",
    "text/html": "upload.html",
    "application/xhtml+xml": "upload.html",
    "application/json": "upload.json",
    "application/x-ndjson": "upload.jsonl",
    "application/jsonl": "upload.jsonl",
}
FORM_TYPE = "multipart/form-data"
FORM_TYPES = (FORM_TYPE, "application/x-www-form-urlencoded")  # a file, or a text field
ACCEPTED = ", ".join([*RAW_TYPES, *FORM_TYPES])
META_FIELDS = ("outlet", "published", "genre", "story", "filename")


class UploadError(Exception):
    """A refused upload: the HTTP status and the one-line reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class Upload:
    data: bytes
    name: str
    sniff: bool  # no telling name: the content decides the reader, as for stdin
    overrides: ingest.Overrides
    story: str | None


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    for parameter in (content_type or "").split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def as_utf8(data: bytes, declared: str | None, name: str) -> bytes:
    """The bytes re-encoded as UTF-8 when another charset is declared (strictly decoded)."""
    if declared is None:
        return data
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        raise UploadError(415, f"charset {declared[:40]!r} is not one newsdesk knows") from None
    if codec == "utf-8":
        return data
    try:
        return data.decode(codec).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise UploadError(
            422,
            f"{name}: not valid {declared} as declared "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})",
        ) from None


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise UploadError(400, f"Content-Length {declared!r} is not a number")
        if int(declared) > limit:
            raise UploadError(413, over_limit("body", int(declared), limit))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise UploadError(413, over_limit("body", None, limit))
        chunks.append(chunk)
    return b"".join(chunks)


async def parse(request: Request, limit: int) -> Upload:
    """The upload in a request, or UploadError with the status and reason to answer."""
    kind = media_type(request)
    if kind not in RAW_TYPES and kind not in FORM_TYPES:
        shown = kind or "none"
        raise UploadError(415, f"content type {shown} is not accepted; send one of: {ACCEPTED}")
    body = await read_body(request, limit)
    if kind not in FORM_TYPES:
        meta = {k: request.query_params.get(k) for k in META_FIELDS}
        name = _clean_name(meta["filename"]) or RAW_TYPES[kind]
        data = as_utf8(body, charset(request.headers.get("content-type")), name)
        return Upload(data, name, False, _overrides(meta), _text(meta["story"]))
    form = await _form(request, body)
    try:
        sessions: guard.Sessions = request.app.state.sessions
        session = request.cookies.get(guard.SESSION_COOKIE)
        if not sessions.valid(session, form.get(guard.TOKEN_FIELD)):
            raise UploadError(
                403, "the form carries no valid token: send it from the page at / (reload it)"
            )
        meta = {k: _text(form.get(k)) for k in META_FIELDS}
        file = form.get("file")
        if isinstance(file, UploadFile) and file.filename:
            name = _clean_name(file.filename) or "upload"
            data = as_utf8(await file.read(), charset(file.content_type), name)
        else:
            text = form.get("text")
            if not isinstance(text, str) or not text.strip():
                raise UploadError(422, "the form has neither a file nor text")
            data = text.encode("utf-8")
            name = _clean_name(meta["filename"]) or "upload.txt"
        sniff = os.path.splitext(name)[1].casefold() not in ARTICLE_SUFFIXES
        return Upload(data, name, sniff, _overrides(meta), meta["story"])
    finally:
        await form.close()


async def _form(request: Request, body: bytes) -> FormData:
    """The form of a body already read (and so already held to the size limit)."""

    async def replay() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    again = Request(request.scope, replay)
    try:
        return await again.form(max_files=1, max_fields=len(META_FIELDS) + 3)
    except Exception as error:  # python-multipart's and Starlette's errors for a bad form
        raise UploadError(400, f"malformed multipart form ({error})") from None


def _text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _clean_name(value: str | None) -> str | None:
    """The base name only: an upload's name labels the article, it never names a path here."""
    if not value:
        return None
    base = os.path.basename(value.replace("\\", "/")).strip()
    return base[:200] or None


def _overrides(meta: dict[str, str | None]) -> ingest.Overrides:
    published = meta.get("published")
    day: date | None = None
    if published:
        try:
            day = date.fromisoformat(published)
        except ValueError:
            raise UploadError(422, f"published {published!r} is not a date (YYYY-MM-DD)") from None
        problem = out_of_range(day)
        if problem:
            raise UploadError(422, f"published {problem}")
    genre = meta.get("genre")
    if genre and normalise_genre(genre) is None:
        raise UploadError(422, f"genre: {unknown_genre(genre)}")
    return ingest.Overrides(meta.get("outlet"), day, genre)
