"""From a path (or stdin) to a checked ``str``: size limit, binary sniffing, strict UTF-8.

Every reader goes through here first, so every format reports the same clear reasons for the
same bad input.  Decoding is strict because later stages cite character offsets into the text:
silently replacing bad bytes would give offsets into a text no one can reproduce.
"""

from __future__ import annotations

import errno
import os
from typing import BinaryIO

from newsdesk.ingest.errors import InputError

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MB
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


def _size_text(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else f"{size} bytes"


def limit_text(limit: int) -> str:
    if limit % MB == 0:
        return f"{limit // MB} MB"
    return f"{limit / MB:.1f} MB" if limit >= MB else f"{limit}-byte"


def read_file_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, after checking (without reading) that it exists and fits the limit."""
    try:
        info = os.stat(path)
        if os.path.isdir(path):
            raise InputError(path, "is a directory, not a file")
        if info.st_size > max_bytes:
            raise InputError(
                path,
                f"file is {_size_text(info.st_size)}, over the {limit_text(max_bytes)} limit",
            )
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
        raise InputError(path, f"file is over the {limit_text(max_bytes)} limit")
    return data


def read_stream_bytes(stream: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Up to ``max_bytes`` of a stream (stdin has no size to check beforehand)."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, f"cannot read input ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(name, f"input is over the {limit_text(max_bytes)} limit")
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
