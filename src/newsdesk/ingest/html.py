"""HTML pages: the article text via trafilatura; date, title and outlet from several signals.

trafilatura drops navigation, asides and footers; what it returns (in Unicode NFC, as its own
``extract`` gives it) becomes the article's ``text``, so offsets index the extracted text, not
the markup.  The publication date combines the URL, the page's structured metadata, htmldate
and the page's dateline (``published.py``); title and outlet are cleaned of site suffixes and
legal names (``site.py``); bytes are decoded whatever the page declares (``decoding.py``).
"""

from __future__ import annotations

import unicodedata
from typing import Any
from urllib.parse import urlsplit

from newsdesk.ingest.decoding import decode_page
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.furniture import label_genre, words
from newsdesk.ingest.language import MIN_WORDS
from newsdesk.ingest.outlets import canonical_outlet, hostname, outlet_for_url
from newsdesk.ingest.published import decide, page_signals
from newsdesk.ingest.raw import RawArticle
from newsdesk.ingest.site import choose_outlet, choose_title, page_names

# What trafilatura extracts is refused only when it is too little to be an article: fewer words
# than it takes to tell a text's language, no sentence-length paragraph and not two shorter
# sentences ("Home / Local / Sport / Page not found").  Words are counted so that scripts
# written without spaces (Chinese, Japanese, Thai) count too.
_MIN_PARAGRAPH_WORDS = 10
_MIN_SENTENCE_WORDS = 5
_MIN_SENTENCES = 2
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "」", "”", '"', "»")
_OPINION_PATH = frozenset(
    {"opinion", "opinions", "commentisfree", "op-ed", "oped", "opeds", "editorial"}
    | {"editorials", "column", "columns", "commentary"}
)
_ANALYSIS_PATH = frozenset({"analysis", "news-analysis"})


def decode_html(data: bytes, name: str, charset: str | None = None) -> str:
    """The page as text (see ``decoding.py``); ``charset`` is what an HTTP header declared."""
    return decode_page(data, name, charset).text


def read_page(
    data: bytes,
    name: str,
    url: str | None = None,
    charset: str | None = None,
    fallback_url: str | None = None,
) -> RawArticle:
    """A page from its bytes: decoded, read, with any repair of its bytes recorded."""
    decoded = decode_page(data, name, charset)
    raw = read_html(decoded.text, name, url, fallback_url)
    raw.repairs = list(decoded.repairs)
    return raw


def has_article_text(text: str) -> bool:
    """Whether extracted text can be an article: enough words to have a language, a paragraph
    of sentence length, or two short sentences (a brief item of a few short lines is still an
    article; menu entries do not end in a full stop)."""
    lines = [line.strip() for line in text.splitlines()]
    if sum(words(line) for line in lines) >= MIN_WORDS:
        return True
    if any(words(line) >= _MIN_PARAGRAPH_WORDS for line in lines):
        return True
    short = [line for line in lines if words(line) >= _MIN_SENTENCE_WORDS]
    return sum(1 for line in short if line.endswith(_SENTENCE_END)) >= _MIN_SENTENCES


def read_html(
    markup: str, name: str, url: str | None = None, fallback_url: str | None = None
) -> RawArticle:
    """The article in a page, with the page's own metadata; InputError when there is none.

    ``url`` is where the page was fetched from, if known; else the page's canonical URL counts,
    else ``fallback_url`` (an archive record's URI).
    """
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            favor_precision=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(name, f"cannot parse HTML ({type(exc).__name__})") from None
    text = doc.text if isinstance(doc, Document) else None
    if not isinstance(doc, Document) or not text or not has_article_text(text):
        raise InputError(name, "no article text found in HTML")
    text = unicodedata.normalize("NFC", text)
    tree = load_html(markup)

    fields: dict[str, Any] = {}
    page_url = doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None
    page_url = url or page_url or fallback_url
    if page_url:
        fields["url"] = page_url
    host = hostname(page_url) if page_url else None
    if tree is not None:
        names = page_names(tree, doc.sitename)
        title, masthead = choose_title(doc.title, names, host)
        known = outlet_for_url(page_url) if page_url else None
        outlet = choose_outlet(names, masthead, host, known.name if known else None)
        published, how = decide(page_signals(tree, page_url))
    else:
        title, outlet, published, how = doc.title, None, None, None
    if title:
        fields["title"] = " ".join(title.split())
    outlet = outlet or host
    if outlet:
        fields["outlet"] = canonical_outlet(outlet)
    if published:
        fields["published"] = published
        fields["published_source"] = how
    if doc.author:
        fields["byline"] = doc.author
    genre = _genre([*(doc.categories or []), *(doc.tags or [])], page_url)
    if genre:
        fields["genre"] = genre
    if doc.language:
        fields["language"] = doc.language
    return RawArticle(text=text, path=name, source=name, kind="html", fields=fields)


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
