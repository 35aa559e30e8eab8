"""Web pages from bytes to text: the charset the page uses, whatever it declares.

Pages on the web are read as they are, not as they should be: a page declared UTF-8 may hold a
stray Windows-1252 byte pasted into one paragraph, a page may declare nothing, or declare
ISO-8859-1 and be UTF-8.  Refusing a page that is 99.9% valid would lose a real article, so
decoding tries, in order:

1. a byte-order mark, which says the encoding outright;
2. strict UTF-8: bytes that decode as UTF-8 with multibyte characters are almost never meant as
   anything else, whatever the page declares (trafilatura and browsers' sniffing agree);
3. the charset declared by the HTTP header or the page's own ``<meta>``, strictly;
4. UTF-8 or the declared charset with the few invalid bytes replaced by U+FFFD, when the rest of
   the page shows that charset is really the one in use (a page that is mostly valid);
5. charset-normalizer's detection, strictly.

The text kept is exactly the decoded string (every offset later stages cite indexes it), and a
repair is recorded on the article (``Article.repairs``) so that nobody mistakes a replacement
character for the page's own.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsdesk.ingest.errors import InputError
from newsdesk.ingest.text import binary_kind

_HEAD_BYTES = 16384  # where a page's <meta charset> must be (browsers look at 1024; be lenient)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# WHATWG: these labels mean windows-1252 on the web, whose bytes 0x80-0x9F are printable.
_WEB_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# At most one byte in this many may be replaced (a page "99.9% valid"), or a handful on a page
# too short for a share to mean anything.
_MAX_BAD_SHARE = 1000
_FEW_BAD_BYTES = 3


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    repairs: tuple[str, ...] = ()


def codec_name(label: str | bytes | None) -> str | None:
    """Python's name for a charset label as pages and servers write it; None if unknown."""
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return _WEB_ALIASES.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The charset the page's head declares (``<meta charset>``, http-equiv, XML declaration)."""
    head = data[:_HEAD_BYTES]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        found = pattern.search(head)
        if found:
            name = codec_name(found.group(1))
            if name:
                return name
    return None


_ESCAPED = re.compile("[\udc80-\udcff]")


def _bad_bytes(data: bytes, encoding: str) -> tuple[int, int]:
    """(invalid bytes, bytes of valid non-ASCII characters) when ``data`` is read as ``encoding``.

    ``surrogateescape`` turns each invalid byte into one lone surrogate, so one linear decode
    counts them.
    """
    try:
        escaped = data.decode(encoding, errors="surrogateescape")
    except LookupError:
        return len(data), 0
    bad = len(_ESCAPED.findall(escaped))
    ascii_bytes = len(data) - len(data.translate(None, bytes(range(128))))
    return bad, len(data) - ascii_bytes - bad


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly(data: bytes, encoding: str) -> Decoded | None:
    """The page in ``encoding`` with stray invalid bytes replaced, if it is mostly that charset.

    "Mostly" is: at most one byte in a thousand invalid (or three on a short page), and more
    bytes in valid non-ASCII characters than invalid ones (so a Windows-1252 page read as
    UTF-8, where every accented letter is invalid and none valid, is not taken for a UTF-8
    page with a few bad bytes).
    """
    bad, good = _bad_bytes(data, encoding)
    if bad == 0 or good <= bad:
        return None
    if bad * _MAX_BAD_SHARE > len(data) and bad > _FEW_BAD_BYTES:
        return None
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, (f"{bad} invalid byte(s) in {encoding} replaced by U+FFFD",))


def _detected(data: bytes) -> str | None:
    """charset-normalizer's answer; among equally good ones, windows-1252, the web's default
    legacy charset (a page of French text fits cp1250 as well as cp1252 when it uses no
    letter the two encode differently, so the tie is common)."""
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    tied = [m for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if any("cp1252" in (m.encoding, *m.could_be_from_charset) for m in tied):
        return "cp1252"
    return codec_name(best.encoding)


def decode_page(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """The page's text; ``declared`` is the HTTP header's charset, which outranks the page's.

    Raises InputError for empty and binary input, and for bytes no charset reads.
    """
    if not data:
        raise InputError(name, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            marked = _strict(body, encoding)
            if marked is not None:
                return _checked(Decoded(marked, encoding), name)
            bad, _ = _bad_bytes(body, encoding)
            note = f"{bad} invalid byte(s) in {encoding} replaced by U+FFFD"
            return _checked(Decoded(body.decode(encoding, "replace"), encoding, (note,)), name)
    kind = binary_kind(data)
    if kind == "contains NUL bytes":
        raise InputError(name, "binary file (contains NUL bytes), not text")
    if kind is not None:
        raise InputError(name, f"binary file (looks like {kind}), not text")
    stated = codec_name(declared) or declared_charset(data)
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return _checked(Decoded(utf8, "utf-8"), name)
    if stated is not None and stated != "utf-8":
        as_stated = _strict(data, stated)
        if as_stated is not None:
            return _checked(Decoded(as_stated, stated), name)
    for encoding in dict.fromkeys([stated or "utf-8", "utf-8"]):
        mended = _mostly(data, encoding)
        if mended is not None:
            return _checked(mended, name)
    detected = _detected(data)
    if detected is not None:
        as_detected = _strict(data, detected)
        if as_detected is not None:
            notes = () if stated is None else (f"declared {stated} but is {detected}",)
            return _checked(Decoded(as_detected, detected, notes), name)
    said = f"declared {stated}" if stated else "no charset declared"
    raise InputError(name, f"not valid UTF-8 and no charset reads it ({said})")


def _checked(decoded: Decoded, name: str) -> Decoded:
    if not decoded.text.strip():
        raise InputError(name, "empty file")
    if "\x00" in decoded.text:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    return decoded
