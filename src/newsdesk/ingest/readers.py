"""Input paths in, ``Article`` records (or ``InputError`` values) out.

Metadata precedence, highest first:

1. the ``--meta`` sidecar entry for the file (a curator or feed said so);
2. an explicit CLI flag (``--outlet``, ``--published``, ``--genre``): the user said so;
3. the file's own metadata (HTML meta tags and htmldate, JSON fields);
4. inference from the text (masthead, label, headline, byline, dateline, URL domain).

Each field is taken from the highest layer that states it; a genre of "unknown" states nothing.
The publication date is never invented: with no layer stating it, it stays None.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from newsdesk.ingest.dates import out_of_range
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.html import read_page
from newsdesk.ingest.jsonl import looks_like_json_lines, read_json, read_jsonl
from newsdesk.ingest.language import detect_language
from newsdesk.ingest.metadata import infer_text_metadata
from newsdesk.ingest.newswire import looks_like_newswire, read_newswire
from newsdesk.ingest.outlets import canonical_outlet, hostname, outlet_for_url
from newsdesk.ingest.raw import RawArticle
from newsdesk.ingest.sidecar import Sidecar, normalise_genre
from newsdesk.ingest.text import (
    DEFAULT_MAX_BYTES,
    decode_text,
    over_limit,
    read_file_bytes,
    read_stream_bytes,
    too_long,
)
from newsdesk.ingest.warc import is_warc_name, read_warc
from newsdesk.model import Article, article_id

STDIN = "-"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt", ".text")
NEWSWIRE_SUFFIXES = (".sgm", ".sgml")
DATA_SUFFIXES = JSON_SUFFIXES + JSONL_SUFFIXES
# What a directory walk picks up; a file named explicitly is read whatever its name.
ARTICLE_SUFFIXES = frozenset(
    HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES + TEXT_SUFFIXES + NEWSWIRE_SUFFIXES
)
# Sidecar fields that describe a whole container file, not each article inside it.
_CONTAINER_WIDE = ("outlet", "genre", "language")
# The start of an HTML document, after any byte-order mark, XML declaration or comments.
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_SNIFF_BYTES = 4096
# How each layer of ``build_article`` is named in ``Article.published_source``.
_LAYER_SOURCES = ("sidecar", "option", None, "dateline")


@dataclass
class Overrides:
    """CLI-level ``--outlet`` / ``--published`` / ``--genre`` values for every input."""

    outlet: str | None = None
    published: date | None = None
    genre: str | None = None


def is_sidecar_name(name: str) -> bool:
    return name == "meta.jsonl" or name.endswith(".meta.jsonl")


def is_article_name(name: str) -> bool:
    """Whether a directory walk takes a file of this name: articles, not sidecars or notes."""
    if name.startswith(".") or is_sidecar_name(name):
        return False
    return os.path.splitext(name)[1].casefold() in ARTICLE_SUFFIXES or is_warc_name(name)


def looks_like_html(data: bytes) -> bool:
    """Whether bytes open an HTML document (``<!DOCTYPE html>``, ``<html>``, ``<head>`` ...)."""
    return bool(_HTML_START.match(data[:_SNIFF_BYTES]))


def _is_unnamed_page(path: str) -> bool:
    """A file whose name says nothing that holds an HTML page (saved pages often have no
    suffix) or newswire documents (the LDC's "APW19981016.0240": a number for a suffix)."""
    name = os.path.basename(path)
    suffix = os.path.splitext(name)[1]
    if name.startswith(".") or (suffix and not suffix[1:].isdigit()):
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    return looks_like_newswire(head) or (not suffix and looks_like_html(head))


def iter_input_paths(args: Iterable[str]) -> Iterator[str]:
    """Files as given; directories walked recursively in sorted order; "-" kept for stdin.

    Inside directories, only article files are taken (.txt, .text, .html, .htm, .json,
    .jsonl, .warc, .warc.gz ...): hidden files and folders, sidecars (read with --meta) and
    anything else, such as a README or an image, are skipped.  A path that does not exist is
    passed on, so that ``read_path`` reports it as an InputError in its place in the order.
    """
    for arg in args:
        if arg != STDIN and os.path.isdir(arg):
            yield from _walk(arg)
        else:
            yield arg


def _walk(folder: str) -> Iterator[str]:
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel_root = os.path.relpath(root, folder)
        parts = () if rel_root == os.curdir else tuple(rel_root.split(os.sep))
        for name in files:
            path = os.path.join(root, name)
            if not is_article_name(name) and not _is_unnamed_page(path):
                continue  # a README, an image or a spreadsheet beside the articles
            found.append(((*parts, name), path))
    for _, path in sorted(found):
        yield path


def read_path(
    path: str,
    sidecar: Sidecar | None = None,
    overrides: Overrides | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Every article in ``path`` ("-" for stdin), or an InputError for each part that is bad.

    Never raises for bad input: a missing, binary, empty, oversized or undecodable file yields
    one InputError; a bad line of a JSON Lines file yields one and the other lines go on.
    """
    yield from _articles(lambda: _read_raw(path, stdin, max_bytes), path, sidecar, overrides)


def _articles(
    read: Callable[[], Iterable[RawArticle | InputError]],
    name: str,
    sidecar: Sidecar | None,
    overrides: Overrides | None,
) -> Iterator[Article | InputError]:
    """What ``read`` finds, as articles or one-line errors, whatever a reader meets.

    Readers report the bad input they know; anything else a reader or the article builder
    raises on some input (a library's error on a strange page) still costs that input only, as
    one line, never the run.
    """
    try:
        raws = list(read())
    except InputError as error:
        yield error
        return
    except Exception as error:  # a reader's failure on input nobody foresaw
        yield InputError(name, f"cannot be read ({_failure(error)})")
        return
    for raw in raws:
        if isinstance(raw, InputError):
            yield raw
        else:
            yield checked_article(raw, sidecar, overrides)


def checked_article(
    raw: RawArticle, sidecar: Sidecar | None = None, overrides: Overrides | None = None
) -> Article | InputError:
    """``build_article``, or one line saying why this text cannot become an article."""
    long = too_long(raw.text)
    if long:
        return InputError(raw.path, long)
    try:
        return build_article(raw, sidecar, overrides)
    except Exception as error:  # see ``_articles``
        return InputError(raw.path, f"cannot be read ({_failure(error)})")


def _failure(error: Exception) -> str:
    message = " ".join(str(error).split())[:200]
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _read_raw(
    path: str, stdin: BinaryIO | None, max_bytes: int
) -> Iterator[RawArticle | InputError]:
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = read_stream_bytes(stream, STDIN, max_bytes)
        yield from _sniffed(data, STDIN)
        return
    yield from _by_suffix(read_file_bytes(path, max_bytes), path, max_bytes)


def _by_suffix(data: bytes, path: str, max_bytes: int) -> Iterator[RawArticle | InputError]:
    """The reader the suffix names; but an HTML document is a page whatever its name (no suffix,
    ``.php``, even ``.txt``: no plain-text article opens with ``<!DOCTYPE html>``)."""
    suffix = os.path.splitext(path)[1].casefold()
    if is_warc_name(path):
        yield from read_warc(data, path, max_bytes)
    elif suffix in NEWSWIRE_SUFFIXES or (
        suffix not in HTML_SUFFIXES + DATA_SUFFIXES and looks_like_newswire(data)
    ):
        yield from read_newswire(decode_text(data, path), path)
    elif suffix in HTML_SUFFIXES or (suffix not in DATA_SUFFIXES and looks_like_html(data)):
        yield read_page(data, path)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(decode_text(data, path), path)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(decode_text(data, path), path)
    else:
        yield RawArticle(decode_text(data, path), path, path, "text")


def read_bytes(
    data: bytes,
    name: str,
    overrides: Overrides | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    sniff: bool = False,
    sidecar: Sidecar | None = None,
) -> Iterator[Article | InputError]:
    """Articles from bytes that arrived without a file of ours (an upload, a file a Spark task
    fetched from a cluster file system), named ``name`` in errors.

    The same readers and checks as a file of that name: the suffix picks the reader, or with
    ``sniff`` (a name that says nothing, or a declared content type) the content does, as for
    stdin.
    """
    if len(data) > max_bytes:  # worded as for a file on disk of that name
        yield InputError(name, over_limit("file", len(data), max_bytes))
        return

    def read() -> Iterable[RawArticle | InputError]:
        return _sniffed(data, name) if sniff else _by_suffix(data, name, max_bytes)

    yield from _articles(read, name, sidecar, overrides)


def _sniffed(data: bytes, name: str) -> Iterator[RawArticle | InputError]:
    """No telling name (stdin, an upload): JSON if it starts with { or [, HTML if with < (or a
    byte-order mark and <), else text."""
    head = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    if looks_like_newswire(data):
        yield from read_newswire(decode_text(data, name), name)
        return
    if head == b"<" or looks_like_html(data):
        yield read_page(data, name)
        return
    content = decode_text(data, name)
    if head == b"[" or (head == b"{" and not looks_like_json_lines(content)):
        yield from read_json(content, name)
    elif head == b"{":
        yield from read_jsonl(content, name)
    else:
        yield RawArticle(content, name, name, "text")


def _sidecar_entry(raw: RawArticle, sidecar: Sidecar | None) -> dict[str, Any]:
    if sidecar is None or raw.source == STDIN:
        return {}
    if raw.in_container:
        own = sidecar.lookup(raw.path)
        if own is not None:
            return own
        whole = sidecar.lookup(raw.source) or {}
        return {k: v for k, v in whole.items() if k in _CONTAINER_WIDE}
    return sidecar.lookup(raw.path) or {}


def build_article(
    raw: RawArticle, sidecar: Sidecar | None = None, overrides: Overrides | None = None
) -> Article:
    """Apply the precedence in this module's docstring to one extracted text."""
    entry = _sidecar_entry(raw, sidecar)
    flags: dict[str, Any] = {}
    if overrides is not None:
        flags = {
            "outlet": overrides.outlet,
            "published": overrides.published,
            "genre": normalise_genre(overrides.genre) if overrides.genre else None,
        }
    stated = {**raw.fields}
    if "genre" in stated:
        stated["genre"] = normalise_genre(str(stated["genre"]))
    # Only a line repeating a stated title is a headline in extracted or structured text.
    known_title = stated.get("title") if raw.kind != "text" else None
    inferred_meta = infer_text_metadata(raw.text, known_title=known_title)
    inferred: dict[str, Any] = {
        "outlet": inferred_meta.outlet,
        "title": inferred_meta.title,
        "byline": inferred_meta.byline,
        "published": inferred_meta.published,
        "genre": inferred_meta.genre,
    }
    layers = (entry, flags, stated, inferred)

    def first(name: str) -> Any:
        return first_with_layer(name)[0]

    def first_with_layer(name: str) -> tuple[Any, int | None]:
        for n, layer in enumerate(layers):
            value = layer.get(name)
            if value is not None and value != "" and not (name == "genre" and value == "unknown"):
                return value, n
        return None, None

    url = first("url")
    outlet = first("outlet")
    if outlet is not None:
        outlet = canonical_outlet(str(outlet))
    elif url:
        known = outlet_for_url(url)
        outlet = known.name if known else hostname(url)
    published, layer = first_with_layer("published")
    if published is not None and (not isinstance(published, date) or out_of_range(published)):
        # Only parsed dates reach here, stated ones already checked: an inferred date out of
        # range is a misreading, not a date.
        published = None
    published_source = None
    if published is not None and layer is not None:
        published_source = _LAYER_SOURCES[layer] or str(stated.get("published_source") or "field")
    regions = inferred_meta.regions
    body = "\n".join(raw.text[r.start : r.end] for r in regions if r.kind == "body")
    language = first("language")
    language = _language_code(language) if language else detect_language(body or raw.text)
    return Article(
        id=article_id(raw.text),
        text=raw.text,
        path=raw.path,
        url=url,
        external_id=first("external_id"),
        outlet=outlet,
        title=first("title"),
        byline=first("byline"),
        published=published,
        genre=first("genre") or "unknown",
        language=language,
        regions=regions,
        published_source=published_source,
        repairs=list(raw.repairs),
    )


def _language_code(value: str) -> str:
    """ "en-GB" / "en_US" / "EN" -> "en"."""
    return value.replace("_", "-").split("-")[0].strip().lower()
