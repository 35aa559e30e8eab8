"""Fetching pages from the web politely: robots.txt, a rate limit, conditional requests.

A reader that follows a story polls the same sites again and again, so it must behave:

* it says who it is (``User-Agent``) and obeys the site's ``robots.txt`` for that agent
  (RFC 9309: a robots.txt that is missing or refused with a 4xx allows everything; one the
  server fails on, 5xx or no answer, allows nothing until it can be read);
* it waits between two requests to one host: ``delay`` seconds, or the ``Crawl-delay`` the
  site asks for if that is longer;
* it asks again with ``If-None-Match`` / ``If-Modified-Since`` when it has seen the page
  before, so an unchanged page costs the site a 304 and no body;
* it follows redirects itself (at most five), checking robots.txt for each new place;
* it reads at most ``max_bytes`` of a body.

httpx does the HTTP; the standard library's ``urllib.robotparser`` reads robots.txt.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsdesk import __version__
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.text import DEFAULT_MAX_BYTES, limit_text

USER_AGENT = f"newsdesk/{__version__} (news reader; +https://pypi.org/project/newsdesk/)"
DEFAULT_DELAY = 1.0  # seconds between two requests to one host
MAX_REDIRECTS = 5
TIMEOUT = 30.0
ROBOTS_TTL = 24 * 3600.0  # RFC 9309: a robots.txt is not kept longer than a day
ROBOTS_RETRY = 600.0  # a robots.txt the server failed on is asked for again after this


class FetchError(InputError):
    """A URL that gave no page; ``retry`` when asking again later may help (a timeout, a 503,
    a 429) and not when it will not (robots.txt forbids it, 404, 410)."""

    def __init__(self, url: str, reason: str, retry: bool) -> None:
        super().__init__(url, reason)
        self.retry = retry


_RETRY_STATUSES = frozenset({408, 425, 429})


@dataclass(frozen=True)
class Validators:
    """What a server said about a version of a resource, to ask "has it changed?" next time."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {}
        if self.etag:
            found["If-None-Match"] = self.etag
        if self.last_modified:
            found["If-Modified-Since"] = self.last_modified
        return found


@dataclass(frozen=True)
class Fetched:
    url: str  # where the content was found, after redirects
    status: int
    content: bytes
    content_type: str  # media type, lower case, no parameters
    charset: str | None
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _content_type(header: str) -> tuple[str, str | None]:
    media, *parameters = header.split(";")
    charset = None
    for parameter in parameters:
        key, _, value = parameter.partition("=")
        if key.strip().casefold() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().casefold(), charset


class Fetcher:
    """One polite client: shared robots.txt cache and per-host clock; safe across threads."""

    def __init__(
        self,
        user_agent: str = USER_AGENT,
        delay: float = DEFAULT_DELAY,
        max_bytes: int = DEFAULT_MAX_BYTES,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.user_agent = user_agent
        self.delay = delay
        self.max_bytes = max_bytes
        self._client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=False)
        self._owns_client = client is None
        self._sleep = sleep
        self._clock = clock
        self._robots: dict[str, tuple[RobotFileParser | None, float]] = {}
        self._next_at: dict[str, float] = {}
        self._lock = threading.Lock()
        self.requests = 0  # how many requests were sent, robots.txt included

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- politeness -----------------------------------------------------------------------

    def _wait_turn(self, origin: str) -> None:
        """Sleep until this host may be asked again, then book the next slot."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_at.get(origin, now))
            robots = self._robots.get(origin, (None, 0.0))[0]
            crawl_delay = robots.crawl_delay(self.user_agent) if robots is not None else None
            self._next_at[origin] = start + max(self.delay, float(crawl_delay or 0))
        if start > now:
            self._sleep(start - now)

    def _robots_for(self, origin: str) -> RobotFileParser | None:
        """The site's rules; None when robots.txt could not be read (then nothing is fetched)."""
        cached = self._robots.get(origin)
        if cached is not None and self._clock() < cached[1]:
            return cached[0]
        rules: RobotFileParser | None = RobotFileParser(origin + "/robots.txt")
        self._wait_turn(origin)
        try:
            self.requests += 1
            response = self._client.get(
                origin + "/robots.txt",
                headers={"User-Agent": self.user_agent},
                follow_redirects=True,
            )
        except httpx.HTTPError:
            rules = None
        else:
            assert rules is not None
            if response.status_code >= 500:
                rules = None
            elif response.status_code >= 400:
                rules.parse([])  # no rules: everything allowed
            else:
                rules.parse(response.text.splitlines())
        keep = ROBOTS_TTL if rules is not None else ROBOTS_RETRY
        with self._lock:
            self._robots[origin] = (rules, self._clock() + keep)
        return rules

    def allowed(self, url: str) -> bool:
        rules = self._robots_for(_origin(url))
        return rules is not None and rules.can_fetch(self.user_agent, url)

    # --- requests -------------------------------------------------------------------------

    def get(self, url: str, seen: Validators | None = None) -> Fetched:
        """The resource at ``url`` (304 with no content when ``seen`` is still current).

        Raises FetchError (an InputError) naming the URL for anything that is not a usable
        answer: robots.txt forbids it, the server cannot be reached or answers with an error,
        too many redirects, a body over the limit.
        """
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(url, f"not an http(s) URL: {current}", retry=False)
            origin = _origin(current)
            if not self.allowed(current):
                unread = self._robots.get(origin, (None, 0.0))[0] is None
                why = "cannot be read" if unread else "does not allow it"
                raise FetchError(url, f"robots.txt of {origin} {why}", retry=unread)
            self._wait_turn(_origin(current))
            headers = {"User-Agent": self.user_agent}
            if seen is not None and current == url:
                headers.update(seen.headers())
            try:
                self.requests += 1
                with self._client.stream("GET", current, headers=headers) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    content = self._body(response, url)
            except httpx.HTTPError as error:
                raise FetchError(url, f"cannot fetch ({type(error).__name__})", True) from None
            status = response.status_code
            if status not in (200, 203, 304):
                retry = status >= 500 or status in _RETRY_STATUSES
                raise FetchError(url, f"HTTP {status} {response.reason_phrase}", retry)
            media, charset = _content_type(response.headers.get("content-type", ""))
            return Fetched(
                url=current,
                status=response.status_code,
                content=content,
                content_type=media,
                charset=charset,
                validators=Validators(
                    response.headers.get("etag"), response.headers.get("last-modified")
                ),
            )
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects", retry=False)

    def _body(self, response: httpx.Response, url: str) -> bytes:
        if response.status_code == 304:
            return b""
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                limit = limit_text(self.max_bytes)
                raise FetchError(url, f"page is over the {limit} limit", retry=False)
            chunks.append(chunk)
        return b"".join(chunks)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
