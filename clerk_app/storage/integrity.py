"""The store's own check (``clerk-app db verify``, the self-test): is the file whole and its history true?

It checks SQLite's and SQLCipher's integrity and the foreign keys, that the audit log's triggers are in
place and its chain unbroken, that each registration's status and erasure agree with its audit entries,
and that every registration has its outbox row. Problems are described without personal data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select

from clerk_app.storage import audit
from clerk_app.storage.audit import AUDIT_TRIGGER_NAMES, AuditRow
from clerk_app.storage.database import Transactions
from clerk_app.storage.outbox import OutboxRow
from clerk_app.storage.records import RegistrationRow


@dataclass(frozen=True)
class VerifyReport:
    registrations: int
    audit_entries: int
    problems: tuple[str, ...]  # empty when everything checks out; never holds personal data

    @property
    def ok(self) -> bool:
        return not self.problems


class Integrity:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def verify(self) -> VerifyReport:
        """Check the file (SQLite and SQLCipher integrity, foreign keys), the audit chain and that every
        registration has its outbox row and its issue entry in the audit log."""
        problems: list[str] = []
        with self._transactions.reading("verify") as session:
            connection = session.connection()
            integrity = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems += [f"integrity_check: {line}" for line in integrity[:20]]
            pages = connection.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            if pages:
                problems.append(f"cipher_integrity_check: {len(pages)} page(s) fail authentication")
            for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
            triggers = {
                str(r[0])
                for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            }
            problems += [
                f"audit trigger {name} is missing" for name in AUDIT_TRIGGER_NAMES if name not in triggers
            ]
            trail = audit.walk(
                session.scalars(select(AuditRow).order_by(AuditRow.seq).execution_options(yield_per=1000))
            )
            problems += trail.problems
            rows = session.execute(
                select(RegistrationRow.id, RegistrationRow.status, RegistrationRow.purged_at.is_not(None))
            )
            statuses: dict[str, str] = {}
            purged: set[str] = set()
            for key, status, erased in rows:
                statuses[key] = status
                if erased:
                    purged.add(key)
            missing = sum(1 for key in statuses if key not in trail.statuses)
            if missing:
                problems.append(f"{missing} registration(s) without their audit entry")
            differing = sum(1 for key, now in statuses.items() if trail.statuses.get(key, now) != now)
            if differing:
                problems.append(f"{differing} registration(s) whose status differs from the audit log")
            unrecorded = len(purged - trail.purged)
            if unrecorded:
                problems.append(f"{unrecorded} registration(s) erased without their audit entry")
            without_outbox = session.scalar(
                select(func.count())
                .select_from(RegistrationRow)
                .where(~exists().where(OutboxRow.registration_id == RegistrationRow.id))
            )
            if without_outbox:
                problems.append(f"{without_outbox} registration(s) without an outbox row")
        return VerifyReport(
            registrations=len(statuses), audit_entries=trail.entries, problems=tuple(problems)
        )
