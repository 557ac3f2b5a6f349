"""Security codes sent by SMS or e-mail: 6 digits, valid 10 minutes, used once, 5 tries.

A new code replaces the one before it. A key gets a new code at most once a minute, and one number or
address at most 10 a day (counted over the last 24 hours, whichever account asked), so the service
cannot be made to flood a phone. Only a keyed hash of each code is stored (``secretbox``), and of the
destination, so the daily cap can be counted without storing the number once more.
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from central_service.models import OneTimeCode
from central_service.web.secretbox import SecretBox

DIGITS = 6
VALID_FOR = dt.timedelta(minutes=10)
MAX_ATTEMPTS = 5
RESEND_AFTER = dt.timedelta(seconds=60)
DAILY_CAP = 10


@dataclass(frozen=True)
class Issued:
    code: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class NotIssued:
    """Why no code went out: too soon after the last one, or the destination's daily cap."""

    reason: str  # "cooldown" | "daily_cap"
    wait_seconds: int = 0


class Check(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    EXPIRED = "expired"
    EXHAUSTED = "exhausted"
    NONE = "none"  # no code was sent (or it was used)


def issue(
    session: Session, box: SecretBox, key_id: uuid.UUID, destination: str, now: dt.datetime
) -> Issued | NotIssued:
    """A fresh code for ``key_id`` going to ``destination``; older codes of the key stop working."""
    last = session.execute(
        select(func.max(OneTimeCode.created_at)).where(OneTimeCode.key_id == key_id)
    ).scalar_one_or_none()
    if last is not None and now - last < RESEND_AFTER:
        return NotIssued("cooldown", int((RESEND_AFTER - (now - last)).total_seconds()) + 1)
    destination_hash = box.mac(f"destination:{destination}")
    sent_today = session.execute(
        select(func.count())
        .select_from(OneTimeCode)
        .where(
            OneTimeCode.destination == destination_hash, OneTimeCode.created_at > now - dt.timedelta(days=1)
        )
    ).scalar_one()
    if sent_today >= DAILY_CAP:
        return NotIssued("daily_cap")
    session.execute(
        update(OneTimeCode)
        .where(
            OneTimeCode.key_id == key_id, OneTimeCode.used_at.is_(None), OneTimeCode.invalidated_at.is_(None)
        )
        .values(invalidated_at=now)
    )
    code = f"{secrets.randbelow(10**DIGITS):0{DIGITS}d}"
    session.add(
        OneTimeCode(
            key_id=key_id,
            destination=destination_hash,
            code_hash=_hash(box, key_id, code),
            created_at=now,
            expires_at=now + VALID_FOR,
            attempts=0,
        )
    )
    session.flush()
    return Issued(code, now + VALID_FOR)


def check(
    session: Session, box: SecretBox, key_id: uuid.UUID, typed: str, now: dt.datetime
) -> tuple[Check, int]:
    """Try ``typed`` against the key's current code: the verdict and the tries left."""
    current = session.execute(
        select(OneTimeCode)
        .where(
            OneTimeCode.key_id == key_id, OneTimeCode.used_at.is_(None), OneTimeCode.invalidated_at.is_(None)
        )
        .order_by(OneTimeCode.id.desc())
        .limit(1)
        .with_for_update()
    ).scalar_one_or_none()
    if current is None:
        return Check.NONE, 0
    if current.expires_at <= now:
        return Check.EXPIRED, 0
    if current.attempts >= MAX_ATTEMPTS:
        return Check.EXHAUSTED, 0
    current.attempts += 1
    code = "".join(typed.split())
    if hmac.compare_digest(current.code_hash, _hash(box, key_id, code)):
        current.used_at = now
        return Check.OK, MAX_ATTEMPTS - current.attempts
    return Check.WRONG, MAX_ATTEMPTS - current.attempts


def _hash(box: SecretBox, key_id: uuid.UUID, code: str) -> str:
    return box.mac(f"code:{key_id}:{code}")
