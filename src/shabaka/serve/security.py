"""The workbench's guard: who may ask, what they may change, and the headers every answer carries.

One pure-ASGI middleware, in front of every route:

- Host check: a workbench without a token answers only to loopback host names,
  so a web page cannot reach it through DNS rebinding.
- Token: when one is set, every request but the login page and the static files
  needs it, as `Authorization: Bearer TOKEN` or as the session cookie the login
  page sets (HttpOnly, SameSite=Strict, derived from the token, never the token).
  A client address that gives a wrong token MAX_FAILURES times in WINDOW_S
  seconds (login form or bearer header) is answered 429 until the window passes,
  so the token cannot be guessed at speed.
- Changes: any method but GET/HEAD under /api is a change. Read-only mode
  refuses them all; otherwise a change must come from this origin (the Origin
  header, when sent, must match) and, unless it carries the bearer token, with
  the `X-Shabaka-Request` header, which no cross-site form can send.
- Headers: a strict Content-Security-Policy (own origin only, no inline script
  or style), nosniff, frame denial, no referrer, no caching of knowledge-base data.
- Errors: an unexpected exception becomes a JSON 500 without a stack trace
  (the trace goes to the server log).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote, urlsplit

from starlette.datastructures import Headers, MutableHeaders

from shabaka.errors import ShabakaError

log = logging.getLogger("shabaka.serve")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SESSION_COOKIE = "shabaka_session"
CHANGE_HEADER = "x-shabaka-request"
SAFE_METHODS = frozenset({"GET", "HEAD"})
OPEN_PATHS = ("/login", "/static/", "/favicon.ico")
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
])
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def is_loopback(host: str) -> bool:
    """Whether a host name or address can only be reached from this machine."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def session_value(token: str) -> str:
    """The cookie value a login sets: derived from the token, so the cookie never holds it."""
    return hmac.new(token.encode(), b"shabaka-session-v1", hashlib.sha256).hexdigest()


def local_path(target: str | None) -> str:
    """`target` if it is a path on this site, else "/": the login page never redirects elsewhere."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target


def error_body(status: int, message: str, kind: str = "Error") -> bytes:
    """The one JSON shape every API error has."""
    return json.dumps({"status": status, "error": kind, "message": message}, ensure_ascii=False).encode()


def error_status(exc: ShabakaError) -> int:
    """The HTTP status of one of Shabaka's errors: the one place statuses are decided."""
    return int(getattr(exc, "http_status", 500))


class Attempts:
    """Wrong tokens per client address within a sliding window; bounded in memory."""

    MAX_FAILURES = 10
    WINDOW_S = 60.0
    MAX_CLIENTS = 10_000

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.failures: dict[str, deque[float]] = {}

    def wait(self, client: str) -> float:
        """Seconds this client must wait before trying a token again; 0 if it may now."""
        recent = self._recent(client)
        if len(recent) < self.MAX_FAILURES:
            return 0.0
        return max(recent[0] + self.WINDOW_S - self.clock(), 0.0)

    def failed(self, client: str) -> None:
        if client not in self.failures and len(self.failures) >= self.MAX_CLIENTS:
            for other in list(self.failures):  # forget clients whose window has passed
                self._recent(other)
            if len(self.failures) >= self.MAX_CLIENTS:
                self.failures.pop(next(iter(self.failures)))
        self.failures.setdefault(client, deque(maxlen=self.MAX_FAILURES)).append(self.clock())

    def succeeded(self, client: str) -> None:
        self.failures.pop(client, None)

    def _recent(self, client: str) -> deque[float]:
        recent = self.failures.get(client, deque())
        while recent and recent[0] <= self.clock() - self.WINDOW_S:
            recent.popleft()
        if not recent:
            self.failures.pop(client, None)
        return recent


class Guard:
    """The middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, *, token: str | None, read_only: bool, loopback_only: bool,
                 attempts: Attempts | None = None):
        self.app = app
        self.token = token
        self.session = session_value(token) if token else None
        self.read_only = read_only
        self.loopback_only = loopback_only
        self.attempts = attempts or Attempts()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        started = False
        client = _client(scope)
        login = self.token is not None and path == "/login" and scope["method"] == "POST"

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if login and message["status"] == 401:  # the login form's answer to a wrong token
                    self.attempts.failed(client)
                elif login and message["status"] == 303:  # and to the right one
                    self.attempts.succeeded(client)
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if not path.startswith("/static/"):
                    headers["cache-control"] = "no-store"
            await send(message)

        try:
            refusal = self.check(scope)
            if refusal is not None:
                await refusal(send_with_headers)
                return
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unexpected error answering %s %s", scope["method"], path)
            if started:
                raise
            await _json(send_with_headers, 500, error_body(
                500, "internal error: the request could not be answered; the server log has the details",
                "InternalError"))

    def check(self, scope: Scope) -> Callable[[Send], Awaitable[None]] | None:
        """A response refusing the request, or None to let it through."""
        headers = Headers(scope=scope)
        path: str = scope["path"]
        method: str = scope["method"]
        api = path.startswith("/api") and path != "/api/docs"
        if self.loopback_only:
            host = _host_name(headers.get("host", ""))
            if not is_loopback(host):
                return _refuse(403, "this workbench answers only to 127.0.0.1 or localhost; start it with "
                                    "--host and a token to reach it from elsewhere", "PermissionDenied")
        given = _bearer(headers)
        client = _client(scope)
        if self.token is not None and (given is not None or (path == "/login" and method == "POST")):
            wait = self.attempts.wait(client)
            if wait:
                return _refuse(429, f"too many wrong tokens from this address; try again in {wait:.0f} s",
                               "TooManyAttempts", extra={"retry-after": str(int(wait) + 1)})
        bearer = self.token is not None and given is not None and _same(given, self.token)
        if self.token is not None and given is not None and not bearer:
            self.attempts.failed(client)
        if self.token is not None and not path.startswith(OPEN_PATHS) and not bearer:
            cookie = _cookie(headers, SESSION_COOKIE)
            if cookie is None or not _same(cookie, self.session or ""):
                if api:
                    return _refuse(401, "this workbench needs its access token: send 'Authorization: Bearer "
                                        "TOKEN' or log in at /login", "Unauthorized",
                                   extra={"www-authenticate": 'Bearer realm="shabaka"'})
                query = scope.get("query_string", b"").decode("latin-1")
                target = path + (f"?{query}" if query else "")
                return _redirect("/login?next=" + quote(target, safe=""))
        if method in SAFE_METHODS:
            return None
        origin = headers.get("origin")
        if origin is not None and origin != "null" and \
                _host_name(urlsplit(origin).netloc, keep_port=True) != _host_name(headers.get("host", ""),
                                                                                    keep_port=True):
            return _refuse(403, f"a change from another site ({origin}) was refused", "PermissionDenied")
        if origin == "null":
            return _refuse(403, "a change from an opaque origin was refused", "PermissionDenied")
        if not api:
            return None  # the login and logout forms
        if self.read_only:
            return _refuse(403, "this workbench is read-only (started with --read-only): no change is "
                                "accepted", "PermissionDenied")
        if not bearer and CHANGE_HEADER not in headers:
            return _refuse(403, "a change needs the 'X-Shabaka-Request: 1' header (or the bearer token); "
                                "the workbench's own pages send it", "PermissionDenied")
        return None


def _client(scope: Scope) -> str:
    return str((scope.get("client") or ("unknown",))[0])


def _same(given: str, secret: str) -> bool:
    """Constant-time comparison; headers arrive as latin-1 text and may hold any byte."""
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), secret.encode("utf-8"))


def _host_name(value: str, *, keep_port: bool = False) -> str:
    value = value.strip().lower()
    if keep_port:
        return value
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _bearer(headers: Headers) -> str | None:
    value = headers.get("authorization", "")
    scheme, _, credential = value.partition(" ")
    if scheme.lower() != "bearer" or not credential.strip():
        return None
    return credential.strip()


def _cookie(headers: Headers, name: str) -> str | None:
    for part in headers.get("cookie", "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


async def _json(send: Send, status: int, body: bytes, extra: dict[str, str] | None = None) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _refuse(status: int, message: str, kind: str,
            extra: dict[str, str] | None = None) -> Callable[[Send], Awaitable[None]]:
    async def respond(send: Send) -> None:
        await _json(send, status, error_body(status, message, kind), extra)
    return respond


def _redirect(location: str) -> Callable[[Send], Awaitable[None]]:
    async def respond(send: Send) -> None:
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode()), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})
    return respond
