"""Retention: personal data goes ``retention_days`` after the central service accepted it.

:meth:`Retention.purge` erases the personal columns and name words of registrations accepted that long
ago (and of registrations revoked that long ago that never reached the central service), and the backup
files older than the period, since they hold the same data. The audit log stays. The application runs it
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
                RegistrationRow.accepted_at <= cutoff,
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
