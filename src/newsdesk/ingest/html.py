"""HTML pages: the article text via trafilatura, metadata via trafilatura and htmldate.

trafilatura drops navigation, asides and footers; what it returns becomes the article's ``text``
(so offsets index the extracted text, not the markup).  Dates come from htmldate with
``original_date`` so that a page edited later still reports when it first appeared.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from newsdesk.ingest.dates import parse_date
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.furniture import label_genre
from newsdesk.ingest.outlets import canonical_outlet, hostname, outlet_for_url
from newsdesk.ingest.raw import RawArticle
from newsdesk.ingest.text import decode_text

# An extracted "article" without a single sentence-length paragraph is a menu or an error page.
_MIN_PARAGRAPH_WORDS = 10
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_OPINION_PATH = frozenset(
    {"opinion", "opinions", "commentisfree", "op-ed", "oped", "opeds", "editorial"}
    | {"editorials", "column", "columns", "commentary"}
)
_ANALYSIS_PATH = frozenset({"analysis", "news-analysis"})


def decode_html(data: bytes, name: str) -> str:
    """UTF-8, or the charset the page declares when it is not UTF-8."""
    try:
        return decode_text(data, name)
    except InputError as utf8_error:
        if not utf8_error.reason.startswith("not valid UTF-8"):
            raise
        declared = _CHARSET.search(data[:4096])
        if not declared:
            raise
        encoding = declared.group(1).decode("ascii")
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            raise InputError(
                name, f"{utf8_error.reason}; not valid {encoding} as declared either"
            ) from None


def read_html(markup: str, name: str) -> RawArticle:
    """The article in a page, with the page's own metadata; InputError when there is none."""
    import htmldate
    import trafilatura
    from trafilatura.settings import Document

    try:
        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            favor_precision=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(name, f"cannot parse HTML ({type(exc).__name__})") from None
    text = doc.text if isinstance(doc, Document) else None
    if (
        not isinstance(doc, Document)
        or not text
        or not any(len(line.split()) >= _MIN_PARAGRAPH_WORDS for line in text.splitlines())
    ):
        raise InputError(name, "no article text found in HTML")

    fields: dict[str, Any] = {}
    if doc.title:
        fields["title"] = " ".join(doc.title.split())
    if doc.author:
        fields["byline"] = doc.author
    url = doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None
    if url:
        fields["url"] = url
    outlet = _outlet(doc.sitename, url)
    if outlet:
        fields["outlet"] = outlet
    try:
        found = htmldate.find_date(markup, original_date=True, extensive_search=False, url=url)
    except Exception:  # htmldate is best effort; no date is a fine answer
        found = None
    published = parse_date(found) or parse_date(doc.date)
    if published:
        fields["published"] = published
    genre = _genre([*(doc.categories or []), *(doc.tags or [])], url)
    if genre:
        fields["genre"] = genre
    if doc.language:
        fields["language"] = doc.language
    return RawArticle(text=text, path=name, source=name, kind="html", fields=fields)


def _outlet(sitename: str | None, url: str | None) -> str | None:
    """og:site_name / publisher when it is a name; else the outlet (or domain) of the URL."""
    if sitename and (" " in sitename.strip() or "." not in sitename):
        return canonical_outlet(sitename)
    for candidate in (url, sitename):
        if candidate:
            known = outlet_for_url(candidate)
            if known:
                return known.name
    for candidate in (url, sitename):
        host = hostname(candidate) if candidate else None
        if host:
            return host
    return None


def _genre(labels: list[str], url: str | None) -> str | None:
    """Opinion or analysis when a section, category or tag, or the URL's path says so."""
    for label in labels:
        genre = label_genre(label)
        if genre:
            return genre
    if url:
        segments = {s.casefold() for s in urlsplit(url).path.split("/") if s}
        if segments & _OPINION_PATH:
            return "opinion"
        if segments & _ANALYSIS_PATH:
            return "analysis"
    return None
