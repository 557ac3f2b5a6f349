"""Registrations at the counter: register, re-issue, and look them up (one, or a search).

What the UI's register step and registrations view work with. Registering writes the registration, its
name words, its outbox row and its audit entry in one transaction, or nothing; a re-issue also revokes
the old registration and cancels its outbox row if it still waits. The plain activation code is returned
once and never stored or logged.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from activation_code import generate_code, hash_code
from clerk_app.domain.eligibility import assess
from clerk_app.domain.reasons import blocking_codes
from clerk_app.domain.registration import (
    Clerk,
    Language,
    Registration,
    RegistrationRequest,
    RegistrationStatus,
    can_transition,
)
from clerk_app.errors import InputError
from clerk_app.storage import audit, outbox, search
from clerk_app.storage.audit import AuditAction
from clerk_app.storage.database import Transactions
from clerk_app.storage.records import (
    RegistrationRow,
    digits,
    new_registration_row,
    registration_row,
    set_status,
    to_registration,
)
from clerk_app.storage.schema import utc

log = logging.getLogger(__name__)

#: Reason codes of :class:`InputError` raised by :meth:`Registrations.reissue` (besides eligibility's).
REISSUE_NOT_ALLOWED = "reissue_not_allowed"  # the registration is no longer issued or accepted
REISSUE_PURGED = "reissue_personal_data_purged"  # nothing left to re-issue from


@dataclass(frozen=True)
class IssuedRegistration:
    """A stored registration and its plain activation code, which exists only in this object."""

    registration: Registration
    code: str  # display form XXXX-XXXX-XXXX: show it and print it, never log or store it

    def __repr__(self) -> str:
        return f"IssuedRegistration(id={self.registration.id})"


class Registrations:
    """The counter's registrations. Every call blocks (Argon2id, an fsync'd commit, or a query)."""

    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def register(self, request: RegistrationRequest, now: dt.datetime | None = None) -> IssuedRegistration:
        """Register an eligible request and return it with its new activation code.

        Any blocking eligibility reason raises :class:`InputError` with the reason codes; nothing is
        stored then. ``now`` (timezone-aware, default: the current time) is cut to whole seconds.
        """
        created_at = _registration_time(now)
        local_day = created_at.astimezone().date()
        _refuse_ineligible(request, local_day)
        code = generate_code()
        code_hash = hash_code(code)
        with self._transactions.writing("register") as session:
            row = _add_registration(session, request, uuid.uuid4(), code_hash, created_at, local_day, None)
        log.info("registration %s issued", row.id)
        return IssuedRegistration(to_registration(row), code)

    def reissue(
        self,
        registration_id: uuid.UUID,
        clerk: Clerk,
        now: dt.datetime | None = None,
        *,
        email: str | None = None,
        language: Language | None = None,
        centre_id: str | None = None,
        presence_confirmed: bool = True,
    ) -> IssuedRegistration:
        """Revoke a registration and issue a new one for the same person, with a new code.

        For a lost code or a wrong e-mail address; the person is at the counter (pass
        ``presence_confirmed=False`` when the clerk did not confirm it, and eligibility refuses). The
        eligibility rules run again on the stored identity; ``email``, ``language`` and ``centre_id``
        default to the old registration's. A pending outbox row of the old registration is cancelled so a
        revoked code never reaches the central service. Only issued or accepted registrations whose
        personal data was not purged can be re-issued, else :class:`InputError`.
        """
        created_at = _registration_time(now)
        local_day = created_at.astimezone().date()
        old = self.get(registration_id)
        _refuse_unreissuable(old)
        assert old.identity is not None and old.email is not None  # checked just above
        request = RegistrationRequest(
            identity=old.identity,
            email=old.email if email is None else email,
            language=old.language if language is None else language,
            presence_confirmed=presence_confirmed,
            centre_id=old.centre_id if centre_id is None else centre_id,
            clerk=clerk,
        )
        _refuse_ineligible(request, local_day)
        code = generate_code()
        code_hash = hash_code(code)
        new_id = uuid.uuid4()
        with self._transactions.writing("reissue") as session:
            old_row = registration_row(session, registration_id)
            _refuse_unreissuable(to_registration(old_row))  # it may have changed since it was read
            cancelled = outbox.cancel_pending(session, old_row.id, created_at)
            set_status(
                session,
                old_row,
                RegistrationStatus.REVOKED,
                created_at,
                actor=clerk.staff_number,
                action=AuditAction.REVOKED,
                detail={"replaced_by": str(new_id), "outbox_cancelled": cancelled},
            )
            row = _add_registration(
                session, request, new_id, code_hash, created_at, local_day, registration_id
            )
        log.info("registration %s re-issued as %s", registration_id, row.id)
        return IssuedRegistration(to_registration(row), code)

    def get(self, registration_id: uuid.UUID) -> Registration:
        """``RecordNotFound`` when there is no such registration."""
        with self._transactions.reading("get") as session:
            return to_registration(registration_row(session, registration_id))

    def search(
        self,
        text: str | None = None,
        national_number: str | None = None,
        day_from: dt.date | None = None,
        day_to: dt.date | None = None,
        status: RegistrationStatus | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Registration]:
        """Registrations matching every given filter, newest first.

        ``text``: each word must start a word of the surname or given names, ignoring case and accents
        (see :mod:`~clerk_app.storage.search`). ``national_number``: with or without dots, dashes and
        spaces. ``day_from``/``day_to``: the counter's calendar days, inclusive.
        """
        conditions = []
        if national_number is not None and national_number.strip():
            wanted = digits(national_number)
            if not wanted:
                return []
            conditions.append(RegistrationRow.national_number == wanted)
        if day_from is not None:
            conditions.append(RegistrationRow.local_day >= day_from)
        if day_to is not None:
            conditions.append(RegistrationRow.local_day <= day_to)
        if status is not None:
            conditions.append(RegistrationRow.status == status.value)
        words = search.query_tokens(text) if text is not None and text.strip() else None
        if words == []:
            return []
        with self._transactions.reading("search") as session:
            if words is None:
                query = (
                    select(RegistrationRow)
                    .where(*conditions)
                    .order_by(RegistrationRow.created_at.desc(), RegistrationRow.id.desc())
                    .limit(limit)
                    .offset(offset)
                )
                return [to_registration(row) for row in session.scalars(query)]
            ids = list(session.scalars(search.matching_ids(session, words, conditions, limit, offset)))
            rows = {
                row.id: row
                for row in session.scalars(select(RegistrationRow).where(RegistrationRow.id.in_(ids)))
            }
            return [to_registration(rows[key]) for key in ids]


def _registration_time(now: dt.datetime | None) -> dt.datetime:
    """Whole seconds, as sent on the wire, so the stored and the sent times are the same."""
    return utc(now if now is not None else dt.datetime.now(dt.UTC)).replace(microsecond=0)


def _refuse_ineligible(request: RegistrationRequest, day: dt.date) -> None:
    blocking = blocking_codes(assess(request, day))
    if blocking:
        raise InputError(blocking)


def _refuse_unreissuable(registration: Registration) -> None:
    if registration.identity is None or registration.email is None:
        raise InputError((REISSUE_PURGED,))
    if not can_transition(registration.status, RegistrationStatus.REVOKED):
        raise InputError((REISSUE_NOT_ALLOWED,))


def _add_registration(
    session: Session,
    request: RegistrationRequest,
    registration_id: uuid.UUID,
    code_hash: str,
    created_at: dt.datetime,
    local_day: dt.date,
    replaces: uuid.UUID | None,
) -> RegistrationRow:
    """The registration row, its name words, its outbox row and its audit entry (caller's transaction)."""
    row = new_registration_row(
        registration_id=registration_id,
        identity=request.identity,
        email=request.email,
        language=request.language,
        centre_id=request.centre_id,
        clerk=request.clerk,
        code_hash=code_hash,
        created_at=created_at,
        local_day=local_day,
        replaces=replaces,
    )
    session.add(row)
    session.flush()  # the parent row first: the rows below point to it
    session.add_all(search.token_rows(row))
    waiting = outbox.new_outbox_row(row, uuid.uuid4())
    session.add(waiting)
    audit.append(
        session,
        at=created_at,
        action=AuditAction.ISSUED,
        registration_id=registration_id,
        actor=request.clerk.staff_number,
        detail={"centre": request.centre_id, "outbox": waiting.id, "replaces": row.replaces},
    )
    return row
