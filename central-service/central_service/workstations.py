"""Workstations: one-time enrolment codes, enrolment into a bearer token, and checking that token."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update

from central_service import tokens
from central_service.db import Database
from central_service.errors import ApiError
from central_service.models import EnrolmentCode, Workstation


@dataclass(frozen=True)
class CallingWorkstation:
    """The workstation behind a valid bearer token."""

    id: uuid.UUID
    centre: str
    name: str


def create_enrolment_code(db: Database, centre: str, valid_for: dt.timedelta, now: dt.datetime) -> str:
    """A fresh one-time code for ``centre``; only its hash is stored, so it is shown once."""
    code = tokens.new_enrolment_code()
    digest = tokens.enrolment_code_digest(code)
    assert digest is not None
    with db.transaction() as session:
        session.add(
            EnrolmentCode(code_hash=digest, centre=centre, created_at=now, expires_at=now + valid_for)
        )
    return code


def enrol(db: Database, code: str, name: str, now: dt.datetime) -> tuple[str, str]:
    """Trade a one-time code for a bearer token; returns (token, centre). A code works once."""
    digest = tokens.enrolment_code_digest(code)
    if digest is None:
        raise ApiError(401, "invalid_enrolment_code", "unknown, used or expired enrolment code")
    with db.reading() as session:
        # A wrong guess is answered from a read: it never queues for the write lock behind real ingest.
        usable = session.execute(
            select(EnrolmentCode.code_hash).where(
                EnrolmentCode.code_hash == digest,
                EnrolmentCode.used_at.is_(None),
                EnrolmentCode.expires_at > now,
            )
        ).first()
    if usable is None:
        raise ApiError(401, "invalid_enrolment_code", "unknown, used or expired enrolment code")
    token = tokens.new_token()
    workstation_id = uuid.uuid4()
    with db.transaction() as session:
        # One conditional UPDATE: of two concurrent uses of a code, exactly one matches.
        centre = session.execute(
            update(EnrolmentCode)
            .where(
                EnrolmentCode.code_hash == digest,
                EnrolmentCode.used_at.is_(None),
                EnrolmentCode.expires_at > now,
            )
            .values(used_at=now, workstation_id=workstation_id)
            .returning(EnrolmentCode.centre)
        ).scalar_one_or_none()
        if centre is None:
            raise ApiError(401, "invalid_enrolment_code", "unknown, used or expired enrolment code")
        session.add(
            Workstation(
                id=workstation_id,
                centre=centre,
                name=name,
                token_hash=tokens.digest(token),
                enrolled_at=now,
            )
        )
    return token, centre


def authenticate(db: Database, token: str | None) -> CallingWorkstation:
    """The workstation holding a bearer token; 401 without a valid one, 403 when it was revoked."""
    if not token:
        raise _unauthorised()
    with db.reading() as session:
        workstation = session.execute(
            select(Workstation).where(Workstation.token_hash == tokens.digest(token))
        ).scalar_one_or_none()
    if workstation is None:
        raise _unauthorised()
    if workstation.revoked_at is not None:
        raise ApiError(403, "forbidden", "this workstation's enrolment was revoked")
    return CallingWorkstation(workstation.id, workstation.centre, workstation.name)


def _unauthorised() -> ApiError:
    return ApiError(
        401, "unauthorised", "missing or invalid bearer token", headers={"WWW-Authenticate": "Bearer"}
    )


def list_workstations(db: Database) -> list[Workstation]:
    with db.reading() as session:
        return list(session.scalars(select(Workstation).order_by(Workstation.enrolled_at)))


def revoke_workstation(db: Database, workstation_id: uuid.UUID, now: dt.datetime) -> bool:
    """Refuse the workstation's token from now on; False when there is no such workstation."""
    with db.transaction() as session:
        workstation = session.get(Workstation, workstation_id)
        if workstation is None:
            return False
        if workstation.revoked_at is None:
            workstation.revoked_at = now
        return True
