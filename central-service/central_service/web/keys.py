"""Digital keys: setting one up, sending its codes, checking a code, listing an account's keys.

A key is added pending and counts only once one correct code proved it (``confirmed_at``). TOTP secrets
are sealed with the secrets key, bound to the key's id. SMS and e-mail codes follow ``onetime``'s rules
and go out through the SMS outbox or the mail outbox in the transaction that issued them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from central_service.models import DigitalKey, KeyKind, MailKind, MailOutbox, Registration, SmsOutbox
from central_service.web import onetime, totp
from central_service.web.secretbox import SecretBox


class KeyCheck(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    REUSED = "reused"  # a TOTP code that was accepted before
    EXPIRED = "expired"
    EXHAUSTED = "exhausted"
    NONE = "none"


def start(
    session: Session, box: SecretBox, account_id: uuid.UUID, kind: KeyKind, now: dt.datetime
) -> DigitalKey:
    """A pending key of ``kind``; other pending keys of the account are dropped."""
    session.execute(
        delete(DigitalKey).where(DigitalKey.account_id == account_id, DigitalKey.confirmed_at.is_(None))
    )
    key = DigitalKey(id=uuid.uuid4(), account_id=account_id, kind=kind, created_at=now)
    if kind is KeyKind.TOTP:
        key.secret = box.seal(totp.new_secret(), bound_to=str(key.id))
    session.add(key)
    session.flush()
    return key


def totp_secret(box: SecretBox, key: DigitalKey) -> str:
    assert key.secret is not None
    return box.open(key.secret, bound_to=str(key.id))


def send_code(
    session: Session,
    box: SecretBox,
    key: DigitalKey,
    registration: Registration,
    language: str,
    now: dt.datetime,
) -> onetime.Issued | onetime.NotIssued:
    """Issue a code for an SMS or e-mail key and queue it; the caller wakes the relay after commit."""
    destination = key.phone if key.kind == KeyKind.SMS else registration.email
    assert destination is not None
    issued = onetime.issue(session, box, key.id, destination, now)
    if isinstance(issued, onetime.NotIssued):
        return issued
    if key.kind == KeyKind.SMS:
        session.add(
            SmsOutbox(
                phone=destination,
                language=language,
                code=issued.code,
                created_at=now,
                expires_at=issued.expires_at,
                next_attempt_at=now,
                attempts=0,
            )
        )
    else:
        session.add(
            MailOutbox(
                registration_id=registration.id,
                kind=MailKind.SECURITY_CODE,
                code=issued.code,
                expires_at=issued.expires_at,
                created_at=now,
                next_attempt_at=now,
                attempts=0,
            )
        )
    return issued


def check_code(session: Session, box: SecretBox, key: DigitalKey, typed: str, now: dt.datetime) -> KeyCheck:
    if key.kind == KeyKind.TOTP:
        step = totp.matching_step(totp_secret(box, key), typed, now)
        if step is None:
            return KeyCheck.WRONG
        return KeyCheck.OK if totp.claim_step(session, key.id, step) else KeyCheck.REUSED
    verdict, _ = onetime.check(session, box, key.id, typed, now)
    return KeyCheck(verdict.value)


def confirmed(session: Session, account_id: uuid.UUID) -> list[DigitalKey]:
    return list(
        session.scalars(
            select(DigitalKey)
            .where(DigitalKey.account_id == account_id, DigitalKey.confirmed_at.is_not(None))
            .order_by(DigitalKey.confirmed_at)
        )
    )
