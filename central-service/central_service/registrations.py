"""Registrations at the centre: storing one with the supersede rule, reading its status, revoking it.

The supersede rule: a person has at most one active registration. When a second one arrives for the
same national number, the one registered LATER at the counter stays active and the other is revoked,
each row recording the other (``supersedes`` / ``superseded_by``). Comparing counter times rather than
arrival order matters because workstations sync late: an old registration that arrives after a newer
one must not revoke the code the citizen holds now. ``replaces`` (a re-issue) revokes the named one
the same way, whichever of the two arrives first, but only within one centre: another centre's
registration named in ``replaces`` is left alone, as if the id did not exist (ids are not secret). A
unique partial index on the active national number makes the database refuse a second active row, so
concurrent requests cannot break the rule.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, select, text, true
from sqlalchemy.orm import Session

from central_service import tokens
from central_service.db import Database
from central_service.errors import ApiError
from central_service.models import MailOutbox, Registration, RevokeReason, StoredStatus, Workstation
from central_service.wire import RegistrationIn, RegistrationStateOut, RegistrationStatusOut, StatusesOut
from central_service.workstations import CallingWorkstation


class LostRace(Exception):
    """A concurrent request committed what this transaction was about to write: decide again."""


def public_status(registration: Registration, now: dt.datetime) -> str:
    """The status a caller sees: an accepted registration past its expiry is expired."""
    if registration.status == StoredStatus.ACCEPTED and registration.expires_at <= now:
        return StoredStatus.EXPIRED.value
    return registration.status


def status_body(registration: Registration, now: dt.datetime) -> RegistrationStatusOut:
    return RegistrationStatusOut.model_validate(
        {
            "id": registration.id,
            "status": public_status(registration, now),
            "expires_at": registration.expires_at,
            "superseded": registration.supersedes,
            "superseded_by": registration.superseded_by,
        }
    )


def _owned_by(caller: CallingWorkstation, any_centre: bool) -> ColumnElement[bool]:
    """Registrations the caller may see: sent by a workstation of its centre (any, for training).

    The centre, not the workstation: a workstation that enrols again gets a new id and must still see
    the registrations it sent before.
    """
    if any_centre:
        return true()
    return Registration.workstation_id.in_(select(Workstation.id).where(Workstation.centre == caller.centre))


def _owned(
    session: Session,
    registration_id: uuid.UUID,
    caller: CallingWorkstation,
    any_centre: bool,
    lock: bool = False,
) -> Registration:
    query = select(Registration).where(Registration.id == registration_id, _owned_by(caller, any_centre))
    registration = session.execute(query.with_for_update() if lock else query).scalar_one_or_none()
    if registration is None:
        raise ApiError(404, "not_found", "no registration with that id")
    return registration


def get_status(
    db: Database, registration_id: uuid.UUID, caller: CallingWorkstation, any_centre: bool, now: dt.datetime
) -> RegistrationStatusOut:
    with db.reading() as session:
        return status_body(_owned(session, registration_id, caller, any_centre), now)


def get_statuses(
    db: Database, ids: Sequence[uuid.UUID], caller: CallingWorkstation, any_centre: bool, now: dt.datetime
) -> StatusesOut:
    """The statuses of the caller's registrations among ``ids``; the others are listed as unknown."""
    wanted = list(dict.fromkeys(ids))
    with db.reading() as session:
        found = {
            registration.id: registration
            for registration in session.scalars(
                select(Registration).where(Registration.id.in_(wanted), _owned_by(caller, any_centre))
            )
        }
    states = []
    for registration_id in wanted:
        registration = found.get(registration_id)
        if registration is not None:
            status = public_status(registration, now)
            changed = (
                registration.expires_at if status == StoredStatus.EXPIRED else registration.status_changed_at
            )
            body = {**status_body(registration, now).model_dump(), "status_changed_at": changed}
            states.append(RegistrationStateOut.model_validate(body))
    return StatusesOut(registrations=states, unknown=[i for i in wanted if i not in found])


def revoke(
    db: Database, registration_id: uuid.UUID, caller: CallingWorkstation, any_centre: bool, now: dt.datetime
) -> RegistrationStatusOut:
    """Revoke an active registration; revoking a revoked one again changes nothing."""
    with db.transaction() as session:
        registration = _owned(session, registration_id, caller, any_centre, lock=True)
        status = public_status(registration, now)
        if status in (StoredStatus.ACTIVATED, StoredStatus.EXPIRED, StoredStatus.LOCKED):
            raise ApiError(422, "not_revocable", f"the registration is {status}")
        if status == StoredStatus.ACCEPTED:
            _mark_revoked(registration, RevokeReason.REVOKED, None, now)
        return status_body(registration, now)


def store(
    session: Session,
    registration: RegistrationIn,
    request_hash: str,
    workstation_id: uuid.UUID,
    now: dt.datetime,
) -> Registration:
    """Insert a new registration, apply the supersede rule and queue its link e-mail (one transaction).

    The caller retries the whole transaction on :class:`LostRace` or when the database reports a unique
    violation: a concurrent request for the same person (or the same registration) committed first.
    """
    if session.get_bind().dialect.name == "postgresql":
        # Queue concurrent registrations of one person here rather than let all but one fail on the
        # unique index and retry; the index and the row locks below stay as the guarantee.
        session.execute(
            text("SELECT pg_advisory_xact_lock(hashtext(:person))"),
            {"person": "nn:" + registration.person.national_number},
        )
    row = _new_row(registration, request_hash, workstation_id, now)
    link_token = tokens.new_token()
    row.link_token_hash = tokens.digest(link_token)

    # ``replaces`` names a registration by id, and ids are not secret: only one of the same centre counts.
    replacement = session.execute(
        select(Registration)
        .where(Registration.replaces == row.id, Registration.centre == row.centre)
        .limit(1)
    ).scalar_one_or_none()
    if replacement is not None:
        # A re-issue of this registration arrived first: this one was revoked at the counter already.
        _mark_revoked(row, RevokeReason.REPLACED, replacement.id, now)

    targets: list[tuple[Registration, RevokeReason]] = []
    active = session.execute(
        select(Registration)
        .where(Registration.national_number == row.national_number, Registration.status == "accepted")
        .with_for_update()
    ).scalar_one_or_none()
    if active is not None and active.id == row.id:
        raise LostRace("the same registration was committed by a concurrent request")
    if active is not None:
        named = active.id == registration.replaces and active.centre == row.centre
        targets.append((active, RevokeReason.REPLACED if named else RevokeReason.SUPERSEDED))
    if registration.replaces is not None and (active is None or active.id != registration.replaces):
        replaced = session.get(Registration, registration.replaces, with_for_update=True)
        if (
            replaced is not None
            and replaced.status == StoredStatus.ACCEPTED
            and replaced.centre == row.centre
        ):
            targets.append((replaced, RevokeReason.REPLACED))

    for other, reason in targets:
        if other.expires_at <= now:
            other.status = StoredStatus.EXPIRED
            other.status_changed_at = now
        elif row.status != StoredStatus.ACCEPTED:
            continue  # this one is already revoked; it cannot supersede anything
        elif reason is RevokeReason.REPLACED or _counter_order(other) < _counter_order(row):
            _mark_revoked(other, reason, row.id, now)
            row.supersedes = row.supersedes or other.id
        else:
            # The active one was registered later at the counter: it wins, this one arrives revoked.
            _mark_revoked(row, RevokeReason.SUPERSEDED, other.id, now)
            other.supersedes = other.supersedes or row.id
    # Flush in order: the old row leaves the "one active per person" index before the new one enters
    # it, and the registration exists before its outbox row refers to it.
    session.flush()
    session.add(row)
    session.flush()
    session.add(
        MailOutbox(
            registration_id=row.id,
            link_token=link_token,
            created_at=now,
            next_attempt_at=now,
            attempts=0,
        )
    )
    session.flush()
    return row


def _counter_order(registration: Registration) -> tuple[dt.datetime, str]:
    return registration.registered_at, str(registration.id)


def _mark_revoked(
    registration: Registration, reason: RevokeReason, by: uuid.UUID | None, now: dt.datetime
) -> None:
    registration.status = StoredStatus.REVOKED
    registration.revoke_reason = reason
    registration.superseded_by = by
    registration.status_changed_at = now


def _new_row(
    registration: RegistrationIn, request_hash: str, workstation_id: uuid.UUID, now: dt.datetime
) -> Registration:
    person, document = registration.person, registration.document
    return Registration(
        id=registration.id,
        request_hash=request_hash,
        workstation_id=workstation_id,
        centre=registration.centre,
        clerk_name=registration.clerk.name,
        clerk_staff_number=registration.clerk.staff_number,
        registered_at=registration.registered_at,
        expires_at=registration.expires_at,
        received_at=now,
        national_number=person.national_number,
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        document_kind=document.kind,
        document_number=document.number,
        document_valid_until=document.valid_until,
        card_type=document.card_type,
        email=str(registration.email),
        language=registration.language,
        code_hash=registration.code_hash,
        replaces=registration.replaces,
        status=StoredStatus.ACCEPTED,
        status_changed_at=now,
    )
