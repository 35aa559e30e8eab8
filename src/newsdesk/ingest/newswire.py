"""Newswire in the SGML of the LDC's collections: TREC, DUC and TAC document sets, Gigaword.

Research news corpora are distributed as files of ``<DOC>`` elements, one per story::

    <DOC>
    <DOCNO> APW19981016.0240 </DOCNO>
    <DATE_TIME> 10/16/1998 09:49:00 </DATE_TIME>
    <HEADLINE> ... </HEADLINE>
    <TEXT> <P> ... </P> <P> ... </P> </TEXT>
    </DOC>

or, in Gigaword, ``<DOC id="AFP_ENG_20050104.0012" type="story">`` with the same inner parts.
The file names say nothing (``APW19981016.0240``: the "suffix" is a sequence number), so such a
file is known by its content.  Each document becomes one article: its text is the paragraphs
of ``<TEXT>`` (a ``<P>`` each, or, without them, lines that open indented), one blank line
between two, each paragraph on one line (the wire breaks its lines near column 70; the markup
already says where paragraphs end, so nothing is guessed in joining them) and its typewriter
quotation marks (````so''``) written as the marks they stand for; its title
the ``<HEADLINE>``; its id the ``DOCNO``; its day the ``DATE_TIME`` or ``DATE``, else the one
a document number carries after its source code (``NYT19981003`` is 3 October 1998); its
outlet the source that code names (``outlets.OUTLETS``' LDC codes).  A file of several
documents gives several articles, each named ``file:LINE`` by the line its ``<DOC>`` opens.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from newsdesk.ingest.dates import out_of_range, parse_date
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.outlets import outlet_for_code
from newsdesk.ingest.raw import RawArticle

_SNIFF_BYTES = 4096
_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<DOC(?:\s[^>]*)?>", re.IGNORECASE)
_DOC = re.compile(r"<DOC(?P<attrs>\s[^>]*)?>(?P<body>.*?)</DOC>", re.IGNORECASE | re.DOTALL)
_ID_ATTR = re.compile(r"""\bid\s*=\s*["']?(?P<id>[^"'\s>]+)""", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{1,80}>")
_PARAGRAPH = re.compile(
    r"<P(?:\s[^>]*)?>(?P<text>.*?)(?=</P>|<P[\s>]|$)", re.IGNORECASE | re.DOTALL
)
# "APW19981016.0240", "NYT19981003.0093", "XIE19981203.0112", "AFP_ENG_20050104.0012",
# "AP880212-0001": a source code, then the day (two-digit years in the older TREC sets).
_DOCNO_DAY = re.compile(r"^(?P<code>[A-Z]{2,4})(?:_[A-Z]{3}_)?(?P<day>(?:19|20)\d{6}|\d{6})")


def looks_like_newswire(data: bytes) -> bool:
    """Whether bytes open an LDC newswire document (``<DOC>`` or ``<DOC id=...>``)."""
    return bool(_START.match(data[:_SNIFF_BYTES]))


def read_newswire(content: str, name: str) -> Iterator[RawArticle | InputError]:
    """One article per ``<DOC>`` of ``content``; an error for a document with no text."""
    docs = list(_DOC.finditer(content))
    if not docs:
        yield InputError(name, "newswire file has no complete <DOC> ... </DOC> element")
        return
    several = len(docs) > 1
    for match in docs:
        line = content.count("\n", 0, match.start()) + 1
        path = f"{name}:{line}" if several else name
        body = match["body"]
        text = _text(_element(body, "TEXT") or "")
        if not text:
            yield InputError(path, "newswire document has no <TEXT>")
            continue
        yield RawArticle(text, path, name, "text", _fields(match["attrs"] or "", body),
                         in_container=several)


def _element(body: str, tag: str) -> str | None:
    found = re.search(rf"<{tag}(?:\s[^>]*)?>(.*?)</{tag}>", body, re.IGNORECASE | re.DOTALL)
    return found[1] if found else None


# The New York Times service's typesetting codes ("&UR;", "&LR;", "&QL;") are no entities
# of SGML's: they mark runs of text and say nothing a reader needs.
_CODE = re.compile(r"&[A-Za-z]{1,8};")


def _clean(value: str) -> str:
    text = " ".join(_CODE.sub(" ", html.unescape(_TAG.sub(" ", value))).split())
    # The wires' typewriter quotation marks, ``so'' (and `so'), as the marks they stand for:
    # the quotation finder reads “ ” and ‘ ’, and a reader expects them.
    return text.replace("``", "“").replace("''", "”").replace("`", "‘")


# Lines of the wire's own traffic inside a story: an editor's note in capitals "(STORY CAN END
# HERE. OPTIONAL 2ND TAKE FOLLOWS.)", a transmission slug "NYT-10-03-98 1725EDT", a copyright
# line "c.1998 N.Y. Times News Service".
_TRAFFIC = re.compile(
    r"^\([^a-z()]{3,}\)$"
    r"|^[A-Z]{2,4}(?:-[A-Z]{2,4})?-\d\d-\d\d-\d\d \d{3,4}[A-Z]{0,3}$"
    r"|^\(?c\.\s?(?:19|20)\d\d .{0,40}?News Service\)?$",
)


def _text(inner: str) -> str:
    """The paragraphs of a ``<TEXT>`` element, one blank line between two; the wire's own
    traffic (``_TRAFFIC``) left out."""
    if re.search(r"<P[\s>]", inner, re.IGNORECASE):
        parts = [m["text"] for m in _PARAGRAPH.finditer(inner)]
    else:
        parts = re.split(r"\n(?=[ \t]+\S)|\n[ \t]*\n", inner)
    paragraphs = []
    for part in parts:
        paragraph = _clean(part)
        if paragraph and not _TRAFFIC.match(paragraph):
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _fields(attrs: str, body: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    docno = _element(body, "DOCNO")
    ident = _clean(docno) if docno else None
    if ident is None:
        found = _ID_ATTR.search(attrs)
        ident = found["id"] if found else None
    if ident:
        fields["external_id"] = ident
    headline = _element(body, "HEADLINE")
    if headline and _clean(headline):
        fields["title"] = _clean(headline)
    # The document number's day first: it is the collection's own, where "10/03/1998" in a
    # DATE_TIME could be read either way round.
    code_match = _DOCNO_DAY.match(ident.upper()) if ident else None
    day = _compact_day(code_match["day"]) if code_match else None
    for tag in ("DATE_TIME", "DATE"):
        stated = _element(body, tag)
        if day is None and stated and _clean(stated):
            day = _stated_day(_clean(stated))
    if day is not None and not out_of_range(day):
        fields["published"] = day
        fields["published_source"] = "metadata"
    if code_match:
        outlet = outlet_for_code(code_match["code"])
        if outlet is not None:
            fields["outlet"] = outlet.name
    return fields


def _stated_day(value: str) -> date | None:
    """A ``DATE_TIME`` or ``DATE``: "10/16/1998 09:49:00" (the American order the wires
    use), "19981016", "1998-10-16" or a written date."""
    us = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})\b", value)
    if us:
        try:
            return date(int(us[3]), int(us[1]), int(us[2]))
        except ValueError:
            return None
    compact = re.match(r"((?:19|20)\d{6})\b", value)
    if compact:
        return _compact_day(compact[1])
    return parse_date(value)


def _compact_day(digits: str) -> date | None:
    """ "19981016" or "880212" (TREC's AP, WSJ: the 1900s) as a date."""
    if len(digits) == 6:
        digits = "19" + digits
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
