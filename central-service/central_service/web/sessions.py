"""Server-side sessions of the citizen's browser, in the database so they hold across processes.

The cookie carries 256 random bits; the table keeps only their SHA-256, so a database dump opens no
session. Each step of activation and sign-in moves the session to a new id (and a new CSRF token): an id
seen before a step is worth nothing after it. A session ends after ``idle`` without a request, and at the
latest 12 hours after it began.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, or_, update

from central_service import tokens
from central_service.db import Database, affected_rows
from central_service.models import WebSession

MAX_AGE = dt.timedelta(hours=12)
#: A request within this of the last one does not write ``last_seen_at`` again.
TOUCH_EVERY = dt.timedelta(seconds=30)


class Stage(StrEnum):
    ANONYMOUS = "anonymous"  # only a CSRF token for the form on the page
    LINK = "link"  # a valid link was opened: the code is asked next
    CODE_OK = "code_ok"  # the activation code was right: username and password next
    NEW_ACCOUNT = "new_account"  # credentials chosen: a first key must be confirmed
    PASSWORD_OK = "password_ok"  # noqa: S105 (a stage name) - sign-in: the password was right, a key is asked next
    SIGNED_IN = "signed_in"


class Sessions:
    def __init__(self, db: Database, clock: Callable[[], dt.datetime], idle: dt.timedelta) -> None:
        self._db = db
        self._clock = clock
        self._idle = idle

    def load(self, cookie: str | None) -> WebSession | None:
        """The live session behind a cookie value, or None (unknown, idle too long, too old)."""
        if not cookie or len(cookie) > 100:
            return None
        now = self._clock()
        with self._db.reading() as session:
            row = session.get(WebSession, tokens.digest(cookie))
        if row is None:
            return None
        if row.last_seen_at + self._idle <= now or row.created_at + MAX_AGE <= now:
            self.end(row)
            return None
        if now - row.last_seen_at >= TOUCH_EVERY:
            self._write(row, last_seen_at=now)
        return row

    def start(self, stage: Stage = Stage.ANONYMOUS, **fields: Any) -> tuple[str, WebSession]:
        """A new session; returns the cookie value to set and the row."""
        cookie = tokens.new_token()
        now = self._clock()
        row = WebSession(
            id_hash=tokens.digest(cookie),
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen_at=now,
            stage=stage,
            **fields,
        )
        with self._db.transaction() as session:
            session.add(row)
        return cookie, row

    def advance(self, row: WebSession, stage: Stage, **fields: Any) -> str | None:
        """Move to ``stage`` under a new id and CSRF token; the new cookie value, or None when the session
        was ended or advanced meanwhile (by another request)."""
        cookie = tokens.new_token()
        values = {
            "stage": stage,
            "csrf_token": secrets.token_urlsafe(32),
            "id_hash": tokens.digest(cookie),
            **fields,
        }
        if not self._write(row, **values):
            return None
        for name, value in values.items():
            setattr(row, name, value)
        return cookie

    def update(self, row: WebSession, **fields: Any) -> None:
        """Change what the session remembers, under the same id."""
        self._write(row, **fields)
        for name, value in fields.items():
            setattr(row, name, value)

    def end(self, row: WebSession) -> None:
        with self._db.transaction() as session:
            session.execute(delete(WebSession).where(WebSession.id_hash == row.id_hash))

    def purge(self, now: dt.datetime) -> int:
        with self._db.transaction() as session:
            gone = session.execute(
                delete(WebSession).where(
                    or_(WebSession.last_seen_at <= now - self._idle, WebSession.created_at <= now - MAX_AGE)
                )
            )
            return affected_rows(gone)

    def _write(self, row: WebSession, **values: Any) -> bool:
        with self._db.transaction() as session:
            changed = session.execute(
                update(WebSession).where(WebSession.id_hash == row.id_hash).values(**values)
            )
            return affected_rows(changed) == 1
