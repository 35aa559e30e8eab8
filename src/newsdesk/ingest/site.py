"""Title and outlet of a web page as a reader would write them.

Pages name themselves in several places, each with its own noise:

* ``<title>`` and ``og:title`` carry the headline plus the site ("… - Battery-News.de",
  "ADAC Kindersitz-Test | ADAC", "Noticiero Digital - Borrell: …"), and on some pages only a
  menu word ("Aktuelle", "Radio");
* ``og:site_name`` is the name the site gives itself, sometimes with a slogan
  ("Blinker - Europas große Anglerzeitschrift") or as a copyright line;
* JSON-LD ``publisher`` is often the company behind the site, in its legal form
  ("IDG Tech Media GmbH"), which is not what anyone calls the outlet.

A segment of the title "names the site" when it matches a site name the page gives or the web
address it lives at (folded: "www.AussenGedanken.de" ~ aussengedanken.de, "Übermedien" ~
uebermedien.de; initials "Preußische Allgemeine Zeitung" ~ paz.de).  Such segments are cut from
the headline and are the page's masthead; the outlet is ``og:site_name`` (its segment naming the
site, legal form dropped), else that masthead, else the publisher without its legal form.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newsdesk.ingest.furniture import words

# Separators between headline and site name in titles: spaced dashes, bars, bullets, guillemets,
# colons, and the full-width bar of Japanese and Chinese titles.
_SEPARATOR = re.compile(r"\s+[|–—·•»«:~/\-]+\s+|\s*[｜]\s*|\s+::\s+")
_TRAILING_SEPARATOR = re.compile(r"(?:\s+[|–—·•»«:~/\-]+|\s*｜)\s*$")
# Legal forms of companies and associations, at the end of a name.
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:g?GmbH(?:\s*&\s*Co\.?\s*(?:KG|OHG)(?:aA)?)?|GesmbH|mbH|AG|KG|KGaA|OHG|"
    r"e\.\s?V\.|eG|UG(?:\s*\(haftungsbeschränkt\))?|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|"
    r"Incorporated|Corp\.?|Corporation|Co\.|Company|plc|LLP|LP|S\.A\.S?\.?|SA|SAS|SARL|S\.L\.U?\.?|"
    r"SL|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|B\.V\.?|BV|N\.V\.?|NV|Oy|Oyj|AB|A/S|ApS|AS|ASA|"
    r"Pty\.?(?:\s+Ltd\.?)?|K\.K\.|Sp\.\s?z\s?o\.\s?o\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|"
    r"S\.\s?de\s?R\.L\.|S\.A\.\s?de\s?C\.V\.))+\s*$",
    re.IGNORECASE,
)
_LEGAL_PREFIX = re.compile(r"^(?:株式会社|有限会社)\s*|\s*(?:株式会社|有限会社)$")
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?",
    re.IGNORECASE,
)
# "Sndk_Nyheder", "PhillyInquirer": a handle, not how anyone writes the outlet's name.
_HANDLE_LIKE = re.compile(r"_|[a-z][A-Z]")
_UNSPACED_TITLE = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_HOST_NOISE = frozenset({"www", "m", "amp", "mobile", "edition", "en", "de", "fr", "es", "it"})
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae",
                                  "ø": "oe", "å": "aa"})  # fmt: skip
_HEADING_MIN_WORDS = 3
_CONTAINED_MIN_CHARS = 4  # a host label this long inside a name ("inquirer" in "Philadelphia…")
def fold(text: str) -> str:
    """Letters and digits only, lower case, accents off (also as ä→ae): for comparing names."""
    text = text.casefold()
    variants = [text, text.translate(_TRANSLITERATION)]
    return "|".join(
        "".join(ch for ch in unicodedata.normalize("NFKD", v) if ch.isalnum()) for v in variants
    )


def _folds(text: str) -> set[str]:
    return {f for f in fold(text).split("|") if f}


def host_forms(host: str | None) -> set[str]:
    """How a site's address may be written in its title: "aussengedanken.de", "AussenGedanken"."""
    if not host:
        return set()
    labels = [label for label in host.casefold().split(".") if label]
    if labels and labels[0] in _HOST_NOISE:
        labels = labels[1:]
    forms: set[str] = set()
    if not labels:
        return forms
    forms |= _folds(".".join(labels))
    for i, label in enumerate(labels[:-1]):
        forms |= _folds(label)
        forms |= _folds(".".join(labels[i:]))
    return {f for f in forms if len(f) >= 3}


def _initials(text: str) -> str:
    parts = [p for p in re.split(r"[\s\-]+", text) if p and p[0].isalpha()]
    return "".join(p[0] for p in parts).casefold() if len(parts) >= 2 else ""


def names_site(segment: str, names: Iterable[str], host: str | None) -> bool:
    """Whether a title segment is the site's own name (a site name, its address, its initials)."""
    mine = _folds(segment)
    if not mine:
        return False
    if mine & {f for name in names for f in _folds(name)}:
        return True
    hosts = host_forms(host)
    if mine & hosts:
        return True
    if any(f.startswith("www") and f[3:] in hosts for f in mine):
        return True
    initials = _initials(segment)
    return len(initials) >= 3 and initials in hosts


def _related_to_host(name: str, host: str | None) -> bool:
    """Whether a name and a web address share their core ("The Philadelphia Inquirer" and
    inquirer.com), so that a company name can stand for the site it runs."""
    hosts = [h for h in host_forms(host) if len(h) >= _CONTAINED_MIN_CHARS]
    return any(h in f or f in h for f in _folds(name) for h in hosts if len(f) >= 3)


def _is_menu_word(title: str) -> bool:
    """ "Aktuelle", "Radio", "Allgemein": a title of one plain word is a section, not a headline
    (a hyphenated compound such as "Last-Minute-Halloween-Kostüme" can be one)."""
    parts = title.split()
    return len(parts) == 1 and parts[0].isalpha() and not _UNSPACED_TITLE.search(title)


@dataclass
class _Piece:
    text: str
    separator: str  # the separator before this piece ("" for the first)


def _pieces(title: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    last = 0
    separator = ""
    for match in _SEPARATOR.finditer(title):
        pieces.append(_Piece(title[last : match.start()], separator))
        separator = match.group(0)
        last = match.end()
    pieces.append(_Piece(title[last:], separator))
    return [p for p in pieces if p.text.strip()] or [_Piece(title, "")]


def _join(pieces: list[_Piece]) -> str:
    if not pieces:
        return ""
    return pieces[0].text + "".join(p.separator + p.text for p in pieces[1:])


def split_title(title: str, names: Iterable[str], host: str | None) -> tuple[str, str | None]:
    """(headline, masthead): the title without the segments that name the site.

    A site name at the end is cut with whatever follows it (a slogan); one at the start is
    cut when a headline follows.  The first segment naming the site is the masthead.
    """
    title = " ".join(title.split())
    names = [n for n in names if n]
    for name in sorted(names, key=len, reverse=True):  # a site name holding a separator
        for pattern in (
            rf"^(?P<head>.+?)(?:{_SEPARATOR.pattern}){re.escape(name)}$",
            rf"^{re.escape(name)}(?:{_SEPARATOR.pattern})(?P<head>.+)$",
        ):
            whole = re.match(pattern, title, re.IGNORECASE)
            if whole and " " in name.strip():
                return whole.group("head").strip(), name
    pieces = _pieces(title)
    masthead = None
    for i, piece in enumerate(pieces):
        if names_site(piece.text, names, host):
            masthead = piece.text.strip()
            if i > 0:
                pieces = pieces[:i]
            elif len(pieces) > 1:
                pieces = pieces[1:]
                pieces[0] = _Piece(pieces[0].text, "")
            break
    headline = _TRAILING_SEPARATOR.sub("", _join(pieces)).strip()
    return headline or title, masthead


def without_legal_form(name: str) -> str:
    """ "IDG Tech Media GmbH" → "IDG Tech Media"; "(C) 2020 By Weinhaus" → "Weinhaus"."""
    bare = _COPYRIGHT.sub("", name)
    bare = _LEGAL_PREFIX.sub("", _LEGAL_FORM.sub("", bare))
    bare = bare.strip(" ,.-–—|")
    return bare or name.strip()


def is_legal_name(name: str) -> bool:
    return bool(_LEGAL_FORM.search(name) or _LEGAL_PREFIX.search(name) or _COPYRIGHT.match(name))


def site_part(site_name: str, host: str | None) -> str:
    """The name in an ``og:site_name`` that also carries a slogan: the segment naming the site
    ("Blinker - Europas große Anglerzeitschrift" → "Blinker" at blinker.de), else all of it."""
    whole = " ".join(site_name.split())
    pieces = [p.text.strip() for p in _pieces(whole)]
    if len(pieces) == 1 or names_site(whole, (), host):
        return whole
    for piece in pieces:
        if names_site(piece, (), host):
            return piece
    return whole


@dataclass
class PageNames:
    """The names a page gives itself, read from its markup."""

    site_names: list[str]  # og:site_name, application-name: what the site calls itself
    publishers: list[str]  # JSON-LD publisher / meta publisher: often a company
    headings: list[str]  # <h1> texts, in order
    handles: list[str] = field(default_factory=list)  # Twitter handles, without "@"
    titles: list[str] = field(default_factory=list)  # <title> and og:title, for the masthead


def _meta(tree: HtmlElement, *keys: str) -> Iterator[str]:
    wanted = {k.casefold() for k in keys}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().casefold()
        content = " ".join((element.get("content") or "").split())
        if key in wanted and content:
            yield content


def _json_publishers(tree: HtmlElement) -> Iterator[str]:
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads((script.text or "").strip() or "null", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                publisher = node.get("publisher")
                if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                    yield " ".join(publisher["name"].split())
                elif isinstance(publisher, str) and not publisher.startswith("http"):
                    yield " ".join(publisher.split())
                stack.extend(v for v in node.values() if isinstance(v, dict | list))


def _is_name(value: str) -> bool:
    return bool(value) and not value.startswith(("http://", "https://", "@"))


def page_names(tree: HtmlElement, other: str | None = None) -> PageNames:
    """The page's names; ``other`` is a site name found elsewhere (trafilatura's), kept last and
    only when it is not the page's Twitter handle ("@PhillyInquirer" is no outlet name)."""
    site = [n for n in _meta(tree, "og:site_name", "application-name") if _is_name(n)]
    publishers = [*_json_publishers(tree), *_meta(tree, "publisher", "dc.publisher")]
    handles = [h.lstrip("@") for h in _meta(tree, "twitter:site")]
    handle_like = {h.casefold() for h in handles if _HANDLE_LIKE.search(h) or h.islower()}
    if other and other.lstrip("@").casefold() not in handle_like:
        publishers.append(" ".join(other.split()))
    publishers = [p for p in publishers if _is_name(p)]
    headings = []
    for heading in tree.iter("h1"):
        text = " ".join(heading.text_content().split())
        if text:
            headings.append(text)
    titles = [" ".join(t.text_content().split()) for t in tree.xpath("//head//title")[:1]]
    titles += list(_meta(tree, "og:title", "twitter:title"))
    return PageNames(
        list(dict.fromkeys(site)),
        list(dict.fromkeys(publishers)),
        headings,
        handles,
        [t for t in titles if t],
    )


def choose_title(
    title: str | None, names: PageNames, host: str | None
) -> tuple[str | None, str | None]:
    """(headline, masthead) from the page's title, its site names and its headings."""
    known = [
        *names.site_names,
        *(site_part(n, host) for n in names.site_names),
        *names.handles,
    ]
    headline, masthead = split_title(title, known, host) if title else (None, None)
    for other in names.titles:
        if masthead is None:
            masthead = split_title(other, known, host)[1]
    menu = headline is None or _is_menu_word(headline) or names_site(headline, known, host)
    if menu:
        for heading in names.headings:
            heading_line, _ = split_title(heading, known, host)
            if (
                words(heading_line) >= _HEADING_MIN_WORDS
                and not names_site(heading_line, known, host)
                and fold(heading_line) != fold(headline or "")
            ):
                return heading_line, masthead
    return headline, masthead


def choose_outlet(
    names: PageNames, masthead: str | None, host: str | None, known: str | None = None
) -> str | None:
    """The outlet, in order: ``og:site_name`` (its name part) unless it is a company's legal
    name, the title's masthead, ``known`` (the outlet our table knows for the URL), a publisher
    or site name without its legal form; None when the page names none."""
    for site in names.site_names:
        if not is_legal_name(site):
            name = without_legal_form(site_part(site, host))
            if name.islower():  # "pcgamer" in og:site_name, "PC Gamer" in the title
                spellings = [masthead or "", *(without_legal_form(p) for p in names.publishers)]
                same = [p for p in spellings if p and fold(p) == fold(name)]
                return same[0] if same else name
            return name
    if masthead:
        return without_legal_form(masthead)
    if known:
        return known
    for name in (*names.site_names, *names.publishers):
        if not is_legal_name(name) or host is None or _related_to_host(name, host):
            return without_legal_form(site_part(name, host))
    return None
