"""Security headers on every answer, and the link token kept out of the access log.

``Content-Security-Policy`` allows nothing but the service's own style sheet and images: no script at
all, no frames (``frame-ancestors 'none'``), forms posting only here. ``Referrer-Policy: no-referrer`` keeps
an activation link's token from leaking to another site. HSTS is sent behind https. Swagger UI at
``/docs`` (for developers of the API, not citizens) keeps its own scripts and goes without the policy.
"""

from __future__ import annotations

import logging
import re

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_FIXED = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
HSTS = "max-age=31536000"
_LINK_TOKEN = re.compile(r"(/activate/)[^/?#\s\"]+")


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, https: bool) -> None:
        self.app = app
        self.https = https

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _FIXED.items():
                    headers.setdefault(name, value)
                if not path.startswith("/docs"):
                    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                if self.https or scope.get("scheme") == "https":
                    headers.setdefault("Strict-Transport-Security", HSTS)
            await send(message)

        await self.app(scope, receive, with_headers)


def masked_path(path: str) -> str:
    """``/activate/<token>`` as ``/activate/…``: what a log line may say about a request's path."""
    return _LINK_TOKEN.sub(r"\1…", path)


class MaskLinkTokens(logging.Filter):
    """Rewrites ``/activate/<token>`` to ``/activate/…`` in uvicorn's access-log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(masked_path(arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def mask_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(existing, MaskLinkTokens) for existing in access.filters):
        access.addFilter(MaskLinkTokens())
