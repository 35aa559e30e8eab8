"""From a path (or stdin) to a checked ``str``: size limits, binary sniffing, strict UTF-8.

Every reader goes through here first, so every format reports the same clear reasons for the
same bad input.  Decoding is strict because later stages cite character offsets into the text:
silently replacing bad bytes would give offsets into a text no one can reproduce.

The limits that bound what one input may cost live here: bytes read from a file or stdin, bytes
a gzip input may decompress to (the same number: a compressed file is held to what the file
would be uncompressed), and characters of one article's text.  Sizes are said in one unit
everywhere, decimal megabytes (``--max-mb 20`` is 20,000,000 bytes and is called "20 MB").
"""

from __future__ import annotations

import errno
import io
import os
from typing import BinaryIO

from newsdesk.ingest.errors import InputError

MB = 1_000_000
DEFAULT_MAX_BYTES = 20 * MB
# One article's text: spaCy's own default bound, and where the parse (linear, in pieces) and the
# extraction stages of one text take a few minutes on one core.
MAX_TEXT_CHARS = 1_000_000
_SNIFF_BYTES = 8192

# Magic numbers of the binary files most often found among scraped articles.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"(\xb5/\xfd", "Zstandard"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\x7fELF", "ELF"),
    (b"WARC/", "WARC"),
)


def size_text(size: int) -> str:
    """'52.4 MB', '20 MB', '3,000 bytes': decimal megabytes from 1 MB up, bytes below."""
    if size < MB:
        return f"{size:,} bytes"
    return f"{size / MB:.1f}".removesuffix(".0") + " MB"


def limit_text(limit: int) -> str:
    """The limit as an adjective: 'the 20 MB limit', 'the 2,048-byte limit'."""
    return size_text(limit) if limit >= MB else f"{limit:,}-byte"


def over_limit(what: str, size: int | None, limit: int) -> str:
    """'file is 52.4 MB, over the 20 MB limit' (exact bytes when rounding would hide the gap)."""
    if size is None:
        return f"{what} is over the {limit_text(limit)} limit"
    if size_text(size) == size_text(limit):
        return f"{what} is {size:,} bytes, over the {limit:,}-byte limit"
    return f"{what} is {size_text(size)}, over the {limit_text(limit)} limit"


def too_long(text: str) -> str | None:
    """Why a text is too long to parse, or None."""
    if len(text) <= MAX_TEXT_CHARS:
        return None
    return f"text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,}-character limit"


def gunzip(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The decompressed bytes of gzip data (every member), refused past ``max_bytes``.

    Decompression stops one byte past the limit, so a small file that would expand to gigabytes
    (a decompression bomb) costs no more memory or time than a file at the limit.
    """
    import gzip
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(name, f"not readable gzip data ({exc})") from None
    if len(out) > max_bytes:
        raise InputError(name, f"decompresses to over the {limit_text(max_bytes)} limit")
    return out


def read_file_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, after checking (without reading) that it exists and fits the limit."""
    try:
        info = os.stat(path)
        if os.path.isdir(path):
            raise InputError(path, "is a directory, not a file")
        if info.st_size > max_bytes:
            raise InputError(path, over_limit("file", info.st_size, max_bytes))
        with open(path, "rb") as handle:
            # Read at most one byte past the limit: the file may have grown since stat().
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "cannot read file (permission denied)") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except OSError as exc:
        reason = exc.strerror or errno.errorcode.get(exc.errno or 0, type(exc).__name__)
        raise InputError(path, f"cannot read file ({reason.lower()})") from None
    if len(data) > max_bytes:
        raise InputError(path, over_limit("file", None, max_bytes))
    return data


def read_stream_bytes(stream: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Up to ``max_bytes`` of a stream (stdin has no size to check beforehand)."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, f"cannot read input ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(name, over_limit("input", None, max_bytes))
    return data


def binary_kind(data: bytes) -> str | None:
    """A name for what the bytes look like when they are not text, else None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "UTF-16 text"
        return "contains NUL bytes"
    return None


def decode_text(data: bytes, name: str) -> str:
    """Checked, strictly decoded UTF-8 text with any byte-order mark dropped.

    Raises InputError for empty, binary, undecodable and whitespace-only input.
    """
    if not data:
        raise InputError(name, "empty file")
    kind = binary_kind(data)
    if kind == "contains NUL bytes":
        raise InputError(name, "binary file (contains NUL bytes), not text")
    if kind == "UTF-16 text":
        raise InputError(name, "text is UTF-16, not UTF-8; re-encode it as UTF-8")
    if kind:
        raise InputError(name, f"binary file (looks like {kind}), not text")
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        raise InputError(
            name, f"not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset})"
        ) from None
    if not text.strip():
        raise InputError(name, "empty file")
    return text
