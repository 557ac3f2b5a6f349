"""CSRF: every form carries its session's token; a POST without the right one is refused (403).

The token lives in the server-side session (synchroniser token pattern), changes with the session's id
at each step, and is compared in constant time. ``SameSite=Lax`` on the cookie is a second wall.
"""

from __future__ import annotations

import hmac

from central_service.models import WebSession

FIELD = "csrf_token"


def valid(session: WebSession | None, submitted: str) -> bool:
    return session is not None and bool(submitted) and hmac.compare_digest(session.csrf_token, submitted)
