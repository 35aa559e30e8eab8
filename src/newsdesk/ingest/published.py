"""When a web page was published: several signals, one precedence, unknown when they conflict.

No single place on a web page says when it appeared, and each has its own way of being wrong:

* a full date in the **URL** path (``/2020/01/18/``) is set by the CMS when the piece is filed
  and never changes; it is the hardest to get wrong;
* **structured metadata** (JSON-LD ``datePublished`` of the article, ``article:published_time``,
  ``itemprop="datePublished"``, Dublin Core ``issued`` ...) says "published" in so many words;
  its "modified" twins say when the page last changed, which is not the same thing;
* **htmldate in fast mode** reads those and then the page's markup (``<time>``, elements whose
  class says "date"): right most of the time, but when a page only carries an update date it
  returns that;
* **htmldate in extensive mode** adds a free search of the whole page, which also finds dates
  of other articles, comments, copyright years completed to 1 January;
* the page's **visible text**: a date written out in full near the headline (the dateline), or
  anywhere on the page.

``decide`` takes them strongest first and keeps a weaker one only where it is corroborated:

1. the URL's day;
2. a "published" date of the metadata (of several, the one htmldate also found, else the first
   in order of strength: the article's JSON-LD, microdata, meta tags, other JSON-LD);
3. htmldate fast, except when the only metadata that gave its day is a "modified" one and the
   page's dateline states another, earlier day: then the dateline;
4. htmldate extensive when the page's visible text writes that very day out in full, or when
   the day is not a first of the month: htmldate completes a bare year to 1 January and a
   month to its first day, so a first of the month it found only in the markup is no day;
5. else the dateline, a day written out in full just under the headline (htmldate's free search
   misses "15 de abril de 2020" and guesses 2020-01-01 from the year);
6. otherwise unknown.

Each answer carries its ``source`` ("url", "metadata", "markup", "dateline", "text"), recorded
on the article as ``published_source``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from newsdesk.ingest.dates import parse_date
from newsdesk.ingest.written_dates import MAX_YEAR, MIN_YEAR, stated_days

# A full date in a URL path: /2020/01/18/, /2020-01-18-title, _2020_01_18.
_URL_DAY = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12][0-9]|3[01])(?![0-9])"
)
# meta name/property/itemprop values, folded, that state a publication or a modification date.
PUBLISHED_KEYS = frozenset(
    {
        "article:published_time", "og:article:published_time", "og:published_time",
        "article:published", "published_time", "datepublished", "pubdate", "og:pubdate",
        "publishdate", "publish-date", "publish_date", "published-date", "published_date",
        "publication_date", "publicationdate", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "datecreated", "dc.date", "dcterms.date", "date",
        "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
        "citation_publication_date", "citation_date", "originalpublicationdate", "created",
        "article:post_date", "release_date", "eomportal-lastupdate",
    }
)  # fmt: skip
MODIFIED_KEYS = frozenset(
    {
        "article:modified_time", "og:updated_time", "og:modified_time", "datemodified",
        "lastmod", "last-modified", "dc.date.modified", "dcterms.modified", "modified",
        "updated_time", "article:modified", "revised", "dc.date.updated",
    }
)  # fmt: skip
# JSON-LD types whose datePublished is the article's own.
_ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
        "scholarlyarticle", "techarticle", "liveblogposting", "socialmediaposting",
        "posting", "advertisercontentarticle", "satiricalarticle", "medicalscholarlyarticle",
    }
)  # fmt: skip
# JSON-LD types whose dates belong to something shown on the page, not to the page.
_OTHER_THINGS = frozenset(
    {
        "videoobject", "imageobject", "audioobject", "mediaobject", "event", "person",
        "organization", "product", "offer", "comment", "review", "rating", "aggregaterating",
        "breadcrumblist", "listitem", "jobposting", "recipe", "howto", "course",
    }
)  # fmt: skip
_JSON_DATE = re.compile(r'"(datePublished|dateModified)"\s*:\s*"([^"]{8,40})"')
_DATELINE_WINDOW = 600  # characters of visible text after the headline's start


@dataclass
class Signals:
    """What a page says about its own date, each signal as found."""

    url: date | None = None
    published: list[date] = field(default_factory=list)  # metadata, strongest first
    modified: list[date] = field(default_factory=list)
    fast: date | None = None  # htmldate, fast mode, original date
    extensive: date | None = None  # htmldate, extensive mode, original date
    dateline: date | None = None  # first day written out after the headline
    stated: list[date] = field(default_factory=list)  # every day the visible text writes


def url_day(url: str | None) -> date | None:
    """The full date in a URL's path, if it holds one."""
    if not url:
        return None
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return None
    match = _URL_DAY.search(path)
    if not match:
        return None
    try:
        found = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        found = parse_date(value.strip()[:60])
    except Exception:  # dateparser raises on some odd strings; they are no date
        return None
    return found if found is not None and MIN_YEAR <= found.year <= MAX_YEAR else None


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.casefold() for k in kinds if isinstance(k, str)}


def _json_nodes(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _json_nodes(child)
    elif isinstance(value, list):
        for child in value:
            yield from _json_nodes(child)


def json_ld_dates(tree: HtmlElement) -> tuple[list[date], list[date], list[date]]:
    """(article datePublished, other datePublished, dateModified) from the page's JSON-LD."""
    article: list[date] = []
    other: list[date] = []
    modified: list[date] = []
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Broken JSON (a trailing comma, an unescaped quote): the fields can still be read.
            for key, value in _JSON_DATE.findall(raw):
                found = _day(value)
                if found is not None:
                    (other if key == "datePublished" else modified).append(found)
            continue
        for node in _json_nodes(data):
            kinds = _types(node)
            if kinds & _OTHER_THINGS:
                continue
            published = _day(node.get("datePublished")) or _day(node.get("dateCreated"))
            if published is not None:
                (article if kinds & _ARTICLE_TYPES else other).append(published)
            changed = _day(node.get("dateModified"))
            if changed is not None:
                modified.append(changed)
    return article, other, modified


def _of_other_thing(element: HtmlElement) -> bool:
    """Whether microdata belongs to a comment, review, video... shown on the page, by the
    ``itemtype`` of the nearest ``itemscope`` around it."""
    for node in (element, *element.iterancestors()):
        if node.get("itemscope") is not None:
            kind = (node.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].casefold()
            return kind in _OTHER_THINGS
    return False


def meta_dates(tree: HtmlElement) -> tuple[list[date], list[date], list[date]]:
    """(microdata datePublished, meta-tag published, meta-tag modified) in document order."""
    microdata: list[date] = []
    published: list[date] = []
    modified: list[date] = []
    for element in tree.xpath("//*[@itemprop]"):
        prop = (element.get("itemprop") or "").strip().casefold()
        if prop not in ("datepublished", "datecreated", "datemodified") or _of_other_thing(
            element
        ):
            continue
        value = element.get("content") or element.get("datetime") or element.text_content()
        found = _day(value)
        if found is not None:
            (modified if prop == "datemodified" else microdata).append(found)
    for element in tree.xpath("//meta"):
        key = (element.get("property") or element.get("name") or element.get("http-equiv") or "")
        key = key.strip().casefold()
        if key in PUBLISHED_KEYS or key in MODIFIED_KEYS:
            found = _day(element.get("content"))
            if found is not None:
                (published if key in PUBLISHED_KEYS else modified).append(found)
    for element in tree.xpath("//time[@pubdate]"):
        found = _day(element.get("datetime"))
        if found is not None:
            published.append(found)
    return microdata, published, modified


def visible_text(tree: HtmlElement) -> str:
    """The page's text as a reader sees it: no scripts, styles, templates or comments."""
    parts: list[str] = []
    skip = {"script", "style", "noscript", "template", "head"}
    for element in tree.iter():
        if not isinstance(element.tag, str):  # comments and processing instructions
            if element.tail:
                parts.append(element.tail)
            continue
        if element.tag in skip:
            if element.tail:
                parts.append(element.tail)
            continue
        if element.text and not any(a.tag in skip for a in element.iterancestors()):
            parts.append(element.text)
        if element.tail and not any(a.tag in skip for a in element.iterancestors()):
            parts.append(element.tail)
    return " ".join(" ".join(parts).split())


def _headline_text(tree: HtmlElement) -> str | None:
    heading = tree.find(".//h1")
    if heading is None:
        return None
    text = " ".join(heading.text_content().split())
    return text or None


def _htmldate(tree: HtmlElement, extensive: bool, url: str | None) -> date | None:
    import htmldate

    try:
        found = htmldate.find_date(
            tree, extensive_search=extensive, original_date=True, url=url
        )
    except Exception:  # htmldate is best effort on broken markup
        return None
    return _day(found)


def page_signals(tree: HtmlElement, url: str | None) -> Signals:
    """Every signal of one page (``tree`` is not changed; htmldate works on copies)."""
    ld_article, ld_other, ld_modified = json_ld_dates(tree)
    microdata, meta_published, meta_modified = meta_dates(tree)
    signals = Signals(
        url=url_day(url),
        published=list(dict.fromkeys([*ld_article, *microdata, *meta_published, *ld_other])),
        modified=list(dict.fromkeys([*ld_modified, *meta_modified])),
        fast=_htmldate(tree, False, url),
    )
    text = visible_text(tree)
    signals.stated = stated_days(text)
    headline = _headline_text(tree)
    if headline:
        at = text.find(headline)
        if at >= 0:
            window = stated_days(text[at : at + len(headline) + _DATELINE_WINDOW])
            signals.dateline = window[0] if window else None
    if signals.url is None and not signals.published and signals.fast is None:
        # Only asked for when nothing stronger answered: the free search is the slow part.
        signals.extensive = _htmldate(tree, True, url)
    return signals


def decide(signals: Signals) -> tuple[date | None, str | None]:
    """The publication day and how it was found, by the precedence in this module's docstring."""
    if signals.url is not None:
        return signals.url, "url"
    if signals.published:
        if signals.fast in signals.published:
            return signals.fast, "metadata"
        return signals.published[0], "metadata"
    if signals.fast is not None:
        only_modified = signals.fast in signals.modified
        if (
            only_modified
            and signals.dateline is not None
            and signals.dateline < signals.fast
        ):
            return signals.dateline, "dateline"
        return signals.fast, "markup"
    extensive = signals.extensive
    if extensive is not None and (extensive in signals.stated or extensive.day != 1):
        return extensive, "text"
    if signals.dateline is not None:
        return signals.dateline, "dateline"
    return None, None
