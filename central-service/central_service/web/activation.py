"""The e-mailed link and the activation code: what a link leads to, and checking the code.

At most 5 wrong codes per registration, counted in the registration's row so the count holds across
restarts and service processes: each check first takes an attempt with one conditional UPDATE (no
more than 5 can ever be taken), then verifies the Argon2id hash outside any transaction, then gives
the attempt back if the code was right. The fifth wrong code locks the registration for good
(status ``locked``, reported to the counter); a check that dies half-way keeps its attempt counted.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select, update

import activation_code as codes
from central_service import tokens
from central_service.db import Database
from central_service.models import Registration, RevokeReason, StoredStatus
from central_service.registrations import public_status
from central_service.web import audit

MAX_WRONG_CODES = 5
_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


class LinkState(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    REPLACED = "replaced"  # a re-issue or a newer registration of the person took its place
    WITHDRAWN = "withdrawn"  # revoked at the counter without a replacement
    ACTIVATED = "activated"
    LOCKED = "locked"


def link_state(registration: Registration, now: dt.datetime) -> LinkState:
    status = public_status(registration, now)
    if status == StoredStatus.ACCEPTED and registration.code_attempts >= MAX_WRONG_CODES:
        return LinkState.LOCKED  # every attempt is taken: the last ones are still being checked
    if status == StoredStatus.REVOKED:
        return (
            LinkState.WITHDRAWN if registration.revoke_reason == RevokeReason.REVOKED else LinkState.REPLACED
        )
    return {
        StoredStatus.ACCEPTED: LinkState.VALID,
        StoredStatus.EXPIRED: LinkState.EXPIRED,
        StoredStatus.ACTIVATED: LinkState.ACTIVATED,
        StoredStatus.LOCKED: LinkState.LOCKED,
    }[StoredStatus(status)]


def find_by_token(db: Database, token: str) -> Registration | None:
    """The registration an e-mailed link token belongs to; None for an unknown or malformed token."""
    if not _TOKEN.fullmatch(token):
        return None
    with db.reading() as session:
        return session.execute(
            select(Registration).where(Registration.link_token_hash == tokens.digest(token))
        ).scalar_one_or_none()


class Verdict(StrEnum):
    RIGHT = "right"
    WRONG = "wrong"
    LOCKED = "locked"  # this wrong code was the last one allowed
    MALFORMED = "malformed"  # not even the shape of a code: not counted
    NOT_VALID = "not_valid"  # the link expired, was replaced or locked meanwhile


@dataclass(frozen=True)
class CodeResult:
    verdict: Verdict
    attempts_left: int = 0


class CodeCheck:
    def __init__(self, db: Database, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._clock = clock

    def check(self, registration_id: uuid.UUID, typed: str, client: str | None) -> CodeResult:
        if not codes.is_well_formed(typed):
            return CodeResult(Verdict.MALFORMED, self._left(registration_id))
        now = self._clock()
        with self._db.transaction() as session:
            taken = session.execute(
                update(Registration)
                .where(
                    Registration.id == registration_id,
                    Registration.status == StoredStatus.ACCEPTED,
                    Registration.expires_at > now,
                    Registration.code_attempts < MAX_WRONG_CODES,
                )
                .values(code_attempts=Registration.code_attempts + 1)
                .returning(Registration.code_attempts, Registration.code_hash)
            ).first()
        if taken is None:
            return CodeResult(Verdict.NOT_VALID)
        attempts, code_hash = taken
        right = codes.verify_code(code_hash, typed)
        with self._db.transaction() as session:
            if right:
                session.execute(
                    update(Registration)
                    .where(Registration.id == registration_id)
                    .values(code_attempts=Registration.code_attempts - 1)
                )
                audit.record(
                    session, audit.Event.CODE_ACCEPTED, now, client=client, registration_id=registration_id
                )
                return CodeResult(Verdict.RIGHT)
            if attempts < MAX_WRONG_CODES:
                audit.record(
                    session, audit.Event.CODE_REFUSED, now, client=client, registration_id=registration_id
                )
                return CodeResult(Verdict.WRONG, MAX_WRONG_CODES - attempts)
            session.execute(
                update(Registration)
                .where(Registration.id == registration_id, Registration.status == StoredStatus.ACCEPTED)
                .values(status=StoredStatus.LOCKED, status_changed_at=now)
            )
            audit.record(
                session, audit.Event.LINK_LOCKED, now, client=client, registration_id=registration_id
            )
            return CodeResult(Verdict.LOCKED)

    def _left(self, registration_id: uuid.UUID) -> int:
        with self._db.reading() as session:
            registration = session.get(Registration, registration_id)
            return MAX_WRONG_CODES - registration.code_attempts if registration else 0
