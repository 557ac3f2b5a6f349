"""The audit trail of the citizen's side: activations, key changes, sign-ins and lockouts.

Each event records when, what, which registration or account, a short detail (a key's kind, a reason)
and the client's address; never a password, a code, a token or a username typed by someone else.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy.orm import Session

from central_service.models import AuditEvent


class Event(StrEnum):
    CODE_ACCEPTED = "code_accepted"
    CODE_REFUSED = "code_refused"
    LINK_LOCKED = "link_locked"
    CREDENTIALS_SET = "credentials_set"
    ACTIVATED = "activated"
    KEY_ADDED = "key_added"
    SIGNED_IN = "signed_in"
    SIGN_IN_FAILED = "sign_in_failed"
    ACCOUNT_LOCKED = "account_locked"
    PASSWORD_REHASHED = "password_rehashed"  # noqa: S105 (an event name)
    SIGNED_OUT = "signed_out"


def record(
    session: Session,
    event: Event,
    now: dt.datetime,
    *,
    client: str | None,
    registration_id: uuid.UUID | None = None,
    account_id: uuid.UUID | None = None,
    detail: str | None = None,
) -> None:
    session.add(
        AuditEvent(
            at=now,
            event=event,
            registration_id=registration_id,
            account_id=account_id,
            detail=detail,
            client=(client or "")[:64] or None,
        )
    )
