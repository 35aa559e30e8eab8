"""What keeps other web pages out of the app: host names, origins and the upload form's token.

``newsdesk serve`` has no login: whoever can reach it may read and add articles, which is why it
binds to loopback.  But any page open in the user's browser can send requests to loopback too,
so the app refuses what a browser sends on another site's behalf:

- a ``Host`` that is not a name the app answers to (the bound address, ``localhost``,
  ``127.0.0.1``, ``::1``, and names given with ``--allow-host``): a site whose name was made to
  resolve to 127.0.0.1 (DNS rebinding) is the same origin as the app for the browser, and only
  its Host header tells it apart (400, Starlette's ``TrustedHostMiddleware``);
- a request that changes state (any method but GET, HEAD, OPTIONS) whose ``Origin`` is not the
  app's own, or whose ``Sec-Fetch-Site`` is not ``same-origin`` (403).  Browsers send both on
  every cross-site POST, including the "simple" ones (``text/plain``, forms) that need no CORS
  preflight, and a page opened from ``file://`` sends ``Origin: null``.  A request with neither
  header comes from a program (curl, a script), not from a page, and goes on;
- a form post without the per-session token the app's own form carries (403, checked in
  ``uploads.py``): the token is an HMAC of a random session cookie under a key made when the app
  starts, so a page on another port of the same host, which can set cookies for it, still cannot
  make one.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
WILDCARDS = ("0.0.0.0", "::", "[::]", "")
SESSION_COOKIE = "newsdesk_session"
TOKEN_FIELD = "token"


def host_names(bound: str | None, extra: Iterable[str] = ()) -> list[str]:
    """The names the app answers to: loopback, the address it is bound to, and ``extra``."""
    names = list(LOOPBACK_NAMES)
    for name in (bound or "", *extra):
        name = name.strip().lower()
        if name in WILDCARDS:
            continue
        if ":" in name and not name.startswith("["):
            name = f"[{name}]"  # an IPv6 address, as a Host header writes it
        if name not in names:
            names.append(name)
    return names


class SameOrigin:
    """Refuse state-changing requests a browser sends for another origin (403, one line)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            reason = cross_site(scope)
            if reason is not None:
                refusal = JSONResponse({"detail": reason}, status_code=403)
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def cross_site(scope: Scope) -> str | None:
    """Why a request comes from another site, or None when it is the app's own (or no page's)."""
    headers = Headers(scope=scope)
    site = headers.get("sec-fetch-site")
    if site is not None and site != "same-origin":
        return f"refused: a request from another site (Sec-Fetch-Site: {site[:40]})"
    origin = headers.get("origin")
    if origin is not None:
        own = f"{scope.get('scheme', 'http')}://{headers.get('host', '')}".lower()
        if origin.lower() != own:
            return f"refused: a request from another origin ({origin[:100]}, not {own})"
    return None


class Sessions:
    """Per-session tokens for the upload form: ``token(session)``, checked by ``valid``."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)

    def token(self, session: str) -> str:
        return hmac.new(self._key, session.encode(), hashlib.sha256).hexdigest()

    def valid(self, session: str | None, token: object) -> bool:
        if not session or not isinstance(token, str):
            return False
        return hmac.compare_digest(self.token(session), token)

    def session_of(self, request: Request) -> tuple[str, bool]:
        """The request's session id, and whether it is new (and so must be set as a cookie)."""
        known = request.cookies.get(SESSION_COOKIE)
        if known and len(known) <= 100:
            return known, False
        return secrets.token_urlsafe(24), True

    def remember(self, response: Response, session: str) -> None:
        response.set_cookie(
            SESSION_COOKIE, session, httponly=True, samesite="strict", path="/"
        )
