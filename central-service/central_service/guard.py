"""What every request passes before the app sees its body: size limits, rate limits, the bearer token.

An ASGI middleware, so the order is fixed and cheap refusals come first:

1. a declared ``Content-Length`` over the limit → 413 without reading a byte;
2. ``POST /v1/enrolments``: its small body read (not parsed), then one of the client address's
   enrolment attempts spent (429 once spent; a refusal this process remembers costs no database
   call and no thread, and the connection stays open, so a flood is cheap to turn away);
3. ``/v1/registrations…``: the bearer token is checked (401/403) and one of its workstation's requests
   spent (429), before the body is read, so an unauthenticated caller never gets a body parsed;
4. the body is read here, counting bytes as they arrive, and refused with 413 as soon as it passes the
   limit (a chunked body has no ``Content-Length`` to trust); only a whole, small enough body reaches the
   app, replayed from memory.

Rate limits live in the database (``ratelimit``), so every service process shares them; a refusal
carries ``Retry-After`` in whole seconds. The workstation found here is handed to the routes in the
request's state, so the token is looked up once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central_service import workstations
from central_service.config import LimitSettings
from central_service.errors import ApiError
from central_service.ratelimit import RateLimiter

log = logging.getLogger(__name__)

ENROLMENT_PATH = "/v1/enrolments"
#: Every call under this prefix needs a workstation's token.
AUTHENTICATED_PREFIX = "/v1/registrations"
CALLER = "caller"


class RequestGuard:
    """The middleware; ``authenticate`` maps a bearer token to its workstation or raises ApiError."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limits: LimitSettings,
        limiter: RateLimiter,
        authenticate: Callable[[str | None], workstations.CallingWorkstation],
        on_refused: Callable[[str], None] = lambda reason: None,
    ) -> None:
        self.app = app
        self.limits = limits
        self.limiter = limiter
        self.authenticate = authenticate
        self.on_refused = on_refused

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        limit = self.limits.max_body_bytes if path.startswith("/v1/") else self.limits.max_form_bytes
        body: bytes | None = None
        try:
            if _declared_length(scope) > limit:
                raise _too_large(limit)
            if path == ENROLMENT_PATH:
                # Read (not parse) the small body first: a flood's refusals then keep the connection.
                body = await _read_body(receive, limit)
                await self._spend(
                    f"enrol:addr:{_client(scope)}",
                    self.limits.enrolments_per_address,
                    self.limits.enrolment_window_seconds,
                    "enrolment",
                )
            elif path.startswith(AUTHENTICATED_PREFIX):
                caller = await run_in_threadpool(self.authenticate, _bearer(scope))
                scope.setdefault("state", {})[CALLER] = caller
                await self._spend(
                    f"api:workstation:{caller.id}",
                    self.limits.requests_per_token,
                    self.limits.token_window_seconds,
                    "token",
                    # Spent on every call: reserve up to 1 % of the budget per database write.
                    reserve=min(50, self.limits.requests_per_token // 100),
                )
            if body is None:
                body = await _read_body(receive, limit)
        except ApiError as error:
            await _refuse(error, scope, receive, send, body_read=body is not None)
            return
        except _Disconnected:
            return
        except OperationalError:
            log.error("database unavailable while guarding %s", scope.get("method"))
            unavailable = ApiError(
                503, "unavailable", "the database cannot be reached", headers={"Retry-After": "5"}
            )
            await _refuse(unavailable, scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _spend(self, key: str, limit: int, window: float, kind: str, reserve: int = 1) -> None:
        decision = self.limiter.refused_here(key, limit, window)  # a flood costs no thread hop
        if decision is None and reserve > 1:
            decision = await run_in_threadpool(self.limiter.hit_reserving, key, limit, window, reserve)
        elif decision is None:
            decision = await run_in_threadpool(self.limiter.hit, key, limit, window)
        if not decision.allowed:
            self.on_refused(kind)
            raise ApiError(
                429,
                "rate_limited",
                "too many requests; try again later",
                headers={"Retry-After": str(decision.retry_after_seconds)},
            )


class _Disconnected(Exception):
    """The client went away while sending its body: there is no one to answer."""


def _too_large(limit: int) -> ApiError:
    return ApiError(413, "body_too_large", f"the body is larger than {limit} bytes")


def _declared_length(scope: Scope) -> int:
    for name, value in scope.get("headers", ()):
        if name == b"content-length" and value.isascii() and value.isdigit():
            return int(value)
    return 0


def _bearer(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            scheme, _, credentials = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and credentials.strip():
                return str(credentials.strip())
    return None


def _client(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


async def _read_body(receive: Receive, limit: int) -> bytes:
    """The whole body, or 413 as soon as more than ``limit`` bytes arrived (the rest is never read)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the app the body read here once, then passes on (a disconnect)."""
    pending = True

    async def replayed() -> Message:
        nonlocal pending
        if pending:
            pending = False
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _refuse(
    error: ApiError, scope: Scope, receive: Receive, send: Send, *, body_read: bool = False
) -> None:
    headers = dict(error.headers)
    if not body_read:  # the rest of the body is still on the connection: it cannot carry another request
        headers["Connection"] = "close"
    response = JSONResponse(status_code=error.status, content=error.body(), headers=headers)
    await response(scope, receive, send)
