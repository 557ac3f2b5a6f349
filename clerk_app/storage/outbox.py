"""The outbox: registrations waiting for the central service, and what it answered.

Registering adds the outbox row in the registration's own transaction (:func:`new_outbox_row`); the row's
id is the ``Idempotency-Key``. The row keeps only its delivery state: the body sent is built by the sync
layer (``clerk_app.sync.wire``) from the registration each :class:`OutboxItem` carries, so personal data
sits in one place, the registration row, and leaves with it when retention erases it. :class:`Outbox` is
what the sync relay works with: the due rows, the outcomes it records, the accepted registrations it
asks the central service about and the statuses it answers, and the figures of the status bar. This
module owns the ``outbox`` table.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, func, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from clerk_app.domain.delivery import Accepted, CentralStatus, DeliveryOutcome, Rejected
from clerk_app.domain.registration import Registration, RegistrationStatus, can_transition
from clerk_app.storage import audit
from clerk_app.storage.audit import AuditAction
from clerk_app.storage.database import Transactions
from clerk_app.storage.records import RegistrationRow, registration_row, set_status, to_registration
from clerk_app.storage.schema import Base, UtcDateTime, existing_row, format_utc, utc

log = logging.getLogger(__name__)

#: Server reason and error codes are kept (and audited) only when they look like codes, never free text.
_CODE = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_UNREADABLE_CODE = "unreadable_code"


class OutboxState(StrEnum):
    """Where an outbox row stands; only ``pending`` rows are ever sent."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CANCELLED = "cancelled"  # never sent: its registration was re-issued (or erased) first


class OutboxRow(Base):
    """One registration's delivery to the central service; ``id`` is its Idempotency-Key."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_created_at", "state", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36), ForeignKey("registrations.id"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer(), default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    last_error_code: Mapped[str | None] = mapped_column(String(200))
    completed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    central_status: Mapped[str | None] = mapped_column(String(16))


@dataclass(frozen=True)
class OutboxItem:
    """A registration due for sending; ``id`` is its Idempotency-Key."""

    id: uuid.UUID
    registration: Registration  # with its identity and e-mail address: what the body is built from
    attempts: int


def new_outbox_row(row: RegistrationRow, outbox_id: uuid.UUID) -> OutboxRow:
    """The pending outbox row of a new registration (pure, like the row builders of ``records``)."""
    return OutboxRow(
        id=str(outbox_id),
        registration_id=row.id,
        created_at=row.created_at,
        state=OutboxState.PENDING.value,
        attempts=0,
        next_attempt_at=None,
        last_error_code=None,
        completed_at=None,
        central_status=None,
    )


def cancel_pending(session: Session, registration_id: str, at: dt.datetime) -> int:
    """Cancel the registration's row if it still waits; how many rows that were.

    Re-issue calls it so that a revoked code never goes out, retention so that a row never outlives the
    personal data its body is built from.
    """
    pending = session.scalars(
        select(OutboxRow).where(
            OutboxRow.registration_id == registration_id, OutboxRow.state == OutboxState.PENDING.value
        )
    ).all()
    for outbox in pending:
        outbox.state = OutboxState.CANCELLED.value
        outbox.completed_at = at
    return len(pending)


class Outbox:
    """What the sync relay reads and records."""

    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def due(self, now: dt.datetime, limit: int = 50) -> list[OutboxItem]:
        """Pending rows whose next attempt is due, oldest first, each with its registration."""
        moment = utc(now)
        query = (
            select(OutboxRow, RegistrationRow)
            .join(RegistrationRow, RegistrationRow.id == OutboxRow.registration_id)
            .where(
                OutboxRow.state == OutboxState.PENDING.value,
                or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= moment),
            )
            .order_by(OutboxRow.created_at, OutboxRow.id)
            .limit(limit)
        )
        with self._transactions.reading("due_outbox") as session:
            return [
                OutboxItem(
                    id=uuid.UUID(outbox.id), registration=to_registration(row), attempts=outbox.attempts
                )
                for outbox, row in session.execute(query)
            ]

    def record(self, outcomes: Sequence[DeliveryOutcome], now: dt.datetime) -> None:
        """Record several answers of the central service in one transaction (one disk sync).

        The relay sends a backlog and records the answers together: if the process dies before this
        commits, the rows are simply sent again under the same idempotency keys and the service answers
        with its first response, so nothing is delivered twice.
        """
        moment = utc(now)
        with self._transactions.writing("record_deliveries") as session:
            for outcome in outcomes:
                outbox = existing_row(session, OutboxRow, outcome.outbox_id, "outbox row")
                if isinstance(outcome, Accepted):
                    _accept(session, outbox, outcome.central_status, moment)
                elif isinstance(outcome, Rejected):
                    _reject(session, outbox, outcome.reason, moment)
                else:
                    _defer(outbox, utc(outcome.next_attempt_at), outcome.error_code)

    def refresh_due(
        self, now: dt.datetime, limit: int = 500, after: uuid.UUID | None = None
    ) -> list[uuid.UUID]:
        """Accepted registrations not yet expired, by id from ``after`` on: what the relay asks about.

        Only these can still change by the citizen's hand (activated, locked); an expired one shows as
        expired by its own expiry (:func:`~clerk_app.domain.registration.status_at`).
        """
        query = select(RegistrationRow.id).where(
            RegistrationRow.status == RegistrationStatus.ACCEPTED.value,
            RegistrationRow.expires_at > utc(now),
        )
        if after is not None:
            query = query.where(RegistrationRow.id > str(after))
        with self._transactions.reading("refresh_due") as session:
            return [
                uuid.UUID(value) for value in session.scalars(query.order_by(RegistrationRow.id).limit(limit))
            ]

    def apply_central_statuses(self, reports: Sequence[CentralStatus], now: dt.datetime) -> int:
        """Record the statuses the central service reports, in one transaction; how many changed.

        The registration's status time becomes the central service's (never later than ``now``), so
        retention counts from when the citizen activated or the link was locked, not from when this
        counter heard of it; the audit entry is dated ``now``, when the counter recorded it. Changes not
        allowed by ``TRANSITIONS`` (a replayed or out-of-order answer) are ignored.
        """
        moment = utc(now)
        changed = 0
        with self._transactions.writing("apply_central_statuses") as session:
            for report in reports:
                row = registration_row(session, report.registration_id)
                current = RegistrationStatus(row.status)
                if report.status is current or not can_transition(current, report.status):
                    continue
                if report.status is RegistrationStatus.ACCEPTED and row.accepted_at is None:
                    row.accepted_at = moment
                reached = min(utc(report.changed_at), moment)
                detail: dict[str, audit.DetailValue] = {"central_at": format_utc(reached)}
                set_status(session, row, report.status, moment, actor=audit.SYNC_ACTOR, detail=detail)
                row.status_changed_at = reached
                changed += 1
        return changed

    def apply_central_status(
        self, registration_id: uuid.UUID, status: RegistrationStatus, now: dt.datetime
    ) -> bool:
        """One status the central service reports, reached at ``now``; True if it changed anything."""
        return self.apply_central_statuses([CentralStatus(registration_id, status, now)], now) == 1

    def pending_count(self) -> int:
        with self._transactions.reading("pending_count") as session:
            query = select(func.count()).where(OutboxRow.state == OutboxState.PENDING.value)
            return int(session.scalar(query) or 0)

    def last_accepted_at(self) -> dt.datetime | None:
        with self._transactions.reading("last_accepted_at") as session:
            query = select(OutboxRow.completed_at).where(OutboxRow.state == OutboxState.ACCEPTED.value)
            return session.scalar(query.order_by(OutboxRow.completed_at.desc()).limit(1))


def _safe_code(text: str) -> str:
    return text if _CODE.fullmatch(text) else _UNREADABLE_CODE


def _complete(
    session: Session,
    outbox: OutboxRow,
    state: OutboxState,
    moment: dt.datetime,
    action: AuditAction,
    detail: Mapping[str, audit.DetailValue],
) -> RegistrationRow:
    """Close the row with the central service's final answer, audit it; return its registration's row."""
    outbox.state = state.value
    outbox.completed_at = moment
    outbox.attempts += 1
    outbox.next_attempt_at = None
    row = registration_row(session, uuid.UUID(outbox.registration_id))
    audit.append(
        session,
        at=moment,
        action=action,
        registration_id=uuid.UUID(row.id),
        actor=audit.SYNC_ACTOR,
        detail={"outbox": outbox.id, **detail},
    )
    return row


def _accept(
    session: Session, outbox: OutboxRow, central_status: RegistrationStatus, moment: dt.datetime
) -> None:
    if outbox.state not in (OutboxState.PENDING.value, OutboxState.CANCELLED.value):
        log.warning("outbox %s is %s; acceptance ignored", outbox.id, outbox.state)
        return
    outbox.central_status = central_status.value
    answer = {"central_status": central_status.value}
    row = _complete(session, outbox, OutboxState.ACCEPTED, moment, AuditAction.DELIVERED, answer)
    if row.accepted_at is None:
        row.accepted_at = moment
    for target in dict.fromkeys((RegistrationStatus.ACCEPTED, central_status)):
        if row.status == target.value or not can_transition(RegistrationStatus(row.status), target):
            continue
        set_status(session, row, target, moment, actor=audit.SYNC_ACTOR)


def _reject(session: Session, outbox: OutboxRow, reason: str, moment: dt.datetime) -> None:
    if outbox.state != OutboxState.PENDING.value:
        log.warning("outbox %s is %s; rejection ignored", outbox.id, outbox.state)
        return
    code = _safe_code(reason)
    outbox.last_error_code = code
    row = _complete(session, outbox, OutboxState.REJECTED, moment, AuditAction.REFUSED, {"reason": code})
    if can_transition(RegistrationStatus(row.status), RegistrationStatus.REJECTED):
        row.rejection_reason = code
        set_status(session, row, RegistrationStatus.REJECTED, moment, actor=audit.SYNC_ACTOR)


def _defer(outbox: OutboxRow, next_attempt_at: dt.datetime, error_code: str) -> None:
    if outbox.state != OutboxState.PENDING.value:
        return
    outbox.attempts += 1
    outbox.next_attempt_at = next_attempt_at
    outbox.last_error_code = _safe_code(error_code)
