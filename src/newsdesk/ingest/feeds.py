"""Following a story: RSS/Atom feeds and pages polled, new items read as articles.

``Watcher.poll`` asks each source once (conditionally: an unchanged feed costs a 304), reads
every item it has not seen before and returns the articles; the caller stores them and then
marks them ``done``, so an item whose page could not be fetched (a timeout, a 503) is tried
again at the next poll while one that is no article (a gallery, a 404) is not.  What was seen
and each source's validators live in a small JSON state file, so a watch that is stopped and
started again picks up where it was.

feedparser reads the feeds (RSS 0.9x/1.0/2.0, Atom, and the broken ones it is known for); an
item's own date is used only when its page states none.
"""

from __future__ import annotations

import json
import os
import tempfile
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsdesk.ingest.dates import parse_date
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.fetch import Fetched, Fetcher, FetchError, Validators
from newsdesk.ingest.html import read_page
from newsdesk.ingest.readers import Overrides, build_article, looks_like_html
from newsdesk.model import Article

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/feed+json", "text/xml", "application/xml")  # fmt: skip
_FEED_STARTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<?xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
STATE_VERSION = 1


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None = None
    published: date | None = None


def is_feed(fetched: Fetched) -> bool:
    """A feed by its declared type, or by its first tag when the server says text/plain."""
    if fetched.content_type in _FEED_TYPES:
        return True
    head = fetched.content[:512].lstrip().lower()
    return fetched.content_type not in _HTML_TYPES and head.startswith(_FEED_STARTS)


def feed_items(fetched: Fetched) -> list[FeedItem]:
    """The feed's items in its own order, links made absolute; InputError if it is no feed."""
    import feedparser

    with warnings.catch_warnings():  # feedparser warns about its own updated/published alias
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = feedparser.parse(
            fetched.content,
            response_headers={
                "content-location": fetched.url,
                "content-type": fetched.content_type,
            },
        )
        entries = list(parsed.entries)
        bozo = parsed.get("bozo")
    if bozo and not entries:
        reason = type(parsed.get("bozo_exception")).__name__
        raise InputError(fetched.url, f"not a readable RSS or Atom feed ({reason})")
    items: list[FeedItem] = []
    for entry in entries:
        link = entry.get("link")
        if not isinstance(link, str) or not link.startswith(("http://", "https://")):
            continue
        title = entry.get("title")
        keys = set(entry.keys())
        written = entry.get("published") if "published" in keys else entry.get("updated")
        items.append(
            FeedItem(
                link,
                " ".join(title.split()) if isinstance(title, str) else None,
                parse_date(written) if isinstance(written, str) else None,
            )
        )
    return list({item.link: item for item in reversed(items)}.values())[::-1]


@dataclass
class WatchState:
    """Sources' validators and the items already read, kept in a JSON file between runs."""

    path: Path | None = None
    sources: dict[str, dict[str, str | None]] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)  # item URL -> what became of it
    pending: dict[str, str | None] = field(default_factory=dict)  # item URL -> feed's day

    @classmethod
    def load(cls, path: Path | None) -> WatchState:
        if path is None or not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(str(path), f"not a readable watch state ({error})") from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise InputError(str(path), "not a newsdesk watch state (version 1)")
        return cls(
            path,
            dict(data.get("sources", {})),
            dict(data.get("seen", {})),
            dict(data.get("pending", {})),
        )

    def save(self) -> None:
        """Written whole to a temporary file and renamed: a crash never leaves half a file."""
        if self.path is None:
            return
        data = {
            "version": STATE_VERSION,
            "sources": self.sources,
            "seen": self.seen,
            "pending": self.pending,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".watch-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(temporary, self.path)

    def validators(self, url: str) -> Validators | None:
        known = self.sources.get(url)
        if not known:
            return None
        return Validators(known.get("etag"), known.get("last_modified"))

    def remember(self, url: str, fetched: Fetched) -> None:
        if fetched.validators.etag or fetched.validators.last_modified:
            self.sources[url] = {
                "etag": fetched.validators.etag,
                "last_modified": fetched.validators.last_modified,
            }


@dataclass
class Poll:
    """One round over the sources."""

    articles: list[tuple[str, Article]] = field(default_factory=list)  # (item URL, article)
    errors: list[InputError] = field(default_factory=list)
    unchanged: int = 0  # sources that answered 304
    items: int = 0  # new items found in feeds (or changed pages)


class Watcher:
    def __init__(
        self,
        sources: Iterable[str],
        fetcher: Fetcher,
        state: WatchState,
        overrides: Overrides | None = None,
        limit: int | None = None,
    ) -> None:
        self.sources = list(dict.fromkeys(sources))
        self.fetcher = fetcher
        self.state = state
        self.overrides = overrides
        self.limit = limit  # new items read per feed and poll, newest first as feeds list them

    def poll(self) -> Poll:
        result = Poll()
        for source in self.sources:
            try:
                fetched = self.fetcher.get(source, self.state.validators(source))
            except InputError as error:
                result.errors.append(error)
                continue
            if fetched.not_modified:
                result.unchanged += 1
                continue
            if is_feed(fetched):
                try:
                    items = feed_items(fetched)
                except InputError as error:
                    result.errors.append(error)
                    continue
                fresh = [item for item in items if item.link not in self.state.seen]
                for item in fresh[: self.limit] if self.limit else fresh:
                    result.items += 1
                    self._read_item(item, result)
            else:
                result.items += 1
                self._read(source, fetched, None, result)
            self.state.remember(source, fetched)
        # Items whose page failed for a passing reason, tried again even if their feed is
        # unchanged (it answers 304 and would not list them again).
        listed = {url for url, _ in result.articles} | {e.path for e in result.errors}
        for link, day in list(self.state.pending.items()):
            if link not in self.state.seen and link not in listed:
                self._read_item(FeedItem(link, None, parse_date(day)), result)
        return result

    def _read_item(self, item: FeedItem, result: Poll) -> None:
        try:
            fetched = self.fetcher.get(item.link)
        except FetchError as error:
            result.errors.append(error)
            if error.retry:
                day = item.published.isoformat() if item.published else None
                self.state.pending[item.link] = day  # tried again at the next poll
            else:
                self.done(item.link, f"skipped: {error.reason}")
            return
        self._read(item.link, fetched, item.published, result)

    def _read(self, url: str, fetched: Fetched, fallback: date | None, result: Poll) -> None:
        if fetched.content_type not in _HTML_TYPES and not looks_like_html(fetched.content):
            self.done(url, f"skipped: {fetched.content_type or 'no content type'}, not a page")
            result.errors.append(InputError(url, f"not an HTML page ({fetched.content_type})"))
            return
        try:
            raw = read_page(fetched.content, url, url=fetched.url, charset=fetched.charset)
        except InputError as error:
            self.done(url, f"refused: {error.reason}")
            result.errors.append(error)
            return
        if fallback is not None and "published" not in raw.fields:
            raw.fields["published"] = fallback
            raw.fields["published_source"] = "feed"
        result.articles.append((url, build_article(raw, None, self.overrides)))

    def done(self, url: str, outcome: str) -> None:
        """Mark an item as read for good (stored, already stored, or not an article)."""
        self.state.seen[url] = outcome
        self.state.pending.pop(url, None)


def fetch_article(
    fetcher: Fetcher, url: str, overrides: Overrides | None = None
) -> Article | InputError:
    """One page from the web as an article (``newsdesk fetch``)."""
    try:
        fetched = fetcher.get(url)
    except InputError as error:
        return error
    if fetched.content_type not in _HTML_TYPES and not looks_like_html(fetched.content):
        return InputError(url, f"not an HTML page ({fetched.content_type or 'no content type'})")
    try:
        raw = read_page(fetched.content, url, url=fetched.url, charset=fetched.charset)
    except InputError as error:
        return error
    return build_article(raw, None, overrides)


def state_path_for(db: Path) -> Path:
    """Where a store's watch state lives by default: beside it."""
    return db.with_name(db.name + ".watch.json")
