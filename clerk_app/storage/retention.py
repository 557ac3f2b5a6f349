"""Retention: personal data goes ``retention_days`` after the registration's final status.

A registration the central service accepted is final once the citizen activated it, the link was
locked (five wrong codes) or revoked, or it expired; the period counts from that moment as the central
service reported it (for an expiry: ``expires_at``, whether or not the counter recorded it). Until then
the clerk may still need the data (a lost code is re-issued from it). :meth:`Retention.purge` erases the
personal columns and name words of registrations final that long ago (and of registrations revoked that
long ago that never reached the central service), and the backup files older than the period, since they
hold the same data. The audit log stays. The application runs it
at every start; ``clerk-app db purge`` runs it by hand.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, delete, or_, select, update

from clerk_app.domain.registration import RegistrationStatus
from clerk_app.storage import audit, outbox
from clerk_app.storage.audit import AuditAction
from clerk_app.storage.database import Transactions
from clerk_app.storage.migrate import backup_taken_at
from clerk_app.storage.records import PERSONAL_COLUMNS, RegistrationRow
from clerk_app.storage.schema import utc
from clerk_app.storage.search import NameToken

log = logging.getLogger(__name__)

#: The final statuses of a registration the central service accepted (``accepted`` past its expiry
#: counts as expired from ``expires_at``).
_FINAL_AFTER_ACCEPTANCE = tuple(
    status.value
    for status in (
        RegistrationStatus.ACTIVATED,
        RegistrationStatus.EXPIRED,
        RegistrationStatus.LOCKED,
        RegistrationStatus.REVOKED,
    )
)


@dataclass(frozen=True)
class PurgeReport:
    dry_run: bool
    registrations: int  # registrations whose personal data was (or would be) erased
    backups: tuple[Path, ...]  # backup files removed (or that would be)


class Retention:
    def __init__(self, transactions: Transactions, retention_days: int, backup_dir: Path) -> None:
        self._transactions = transactions
        self._days = retention_days
        self._backup_dir = backup_dir

    def purge(self, now: dt.datetime | None = None, dry_run: bool = False) -> PurgeReport:
        """Erase personal data whose retention period is over; the audit log stays.

        A registration erased while its outbox row still waits (the central service reported it by
        status, but its delivery was never recorded) has that row cancelled: nothing is left to send.
        """
        moment = utc(now if now is not None else dt.datetime.now(dt.UTC))
        cutoff = moment - dt.timedelta(days=self._days)
        due = select(RegistrationRow.id).where(
            RegistrationRow.purged_at.is_(None),
            or_(
                and_(
                    RegistrationRow.accepted_at.is_not(None),
                    RegistrationRow.status.in_(_FINAL_AFTER_ACCEPTANCE),
                    RegistrationRow.status_changed_at <= cutoff,
                ),
                and_(
                    RegistrationRow.accepted_at.is_not(None),
                    RegistrationRow.status == RegistrationStatus.ACCEPTED.value,
                    RegistrationRow.expires_at <= cutoff,
                ),
                and_(
                    RegistrationRow.accepted_at.is_(None),
                    RegistrationRow.status == RegistrationStatus.REVOKED.value,
                    RegistrationRow.status_changed_at <= cutoff,
                ),
            ),
        )
        backups = self._expired_backups(cutoff)
        if dry_run:
            with self._transactions.reading("purge") as session:
                count = len(session.scalars(due).all())
            return PurgeReport(dry_run=True, registrations=count, backups=backups)
        with self._transactions.writing("purge") as session:
            ids = list(session.scalars(due))
            for registration_id in ids:
                session.execute(
                    update(RegistrationRow)
                    .where(RegistrationRow.id == registration_id)
                    .values(purged_at=moment, **dict.fromkeys(PERSONAL_COLUMNS))
                )
                session.execute(delete(NameToken).where(NameToken.registration_id == registration_id))
                outbox.cancel_pending(session, registration_id, moment)
                audit.append(
                    session,
                    at=moment,
                    action=AuditAction.PURGED,
                    registration_id=uuid.UUID(registration_id),
                    actor=audit.RETENTION_ACTOR,
                    detail={"retention_days": self._days},
                )
        if ids:
            self._transactions.checkpoint()
        for path in backups:
            path.unlink(missing_ok=True)
        log.info("purge erased %d registration(s) and %d backup(s)", len(ids), len(backups))
        return PurgeReport(dry_run=False, registrations=len(ids), backups=backups)

    def _expired_backups(self, cutoff: dt.datetime) -> tuple[Path, ...]:
        if not self._backup_dir.is_dir():
            return ()
        expired = []
        for path in sorted(self._backup_dir.iterdir()):
            taken = backup_taken_at(path)
            if taken is not None and taken <= cutoff:
                expired.append(path)
        return tuple(expired)
