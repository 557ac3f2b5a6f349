"""Local store: an encrypted SQLite file with Alembic migrations, split by job (see ``store``).

Callers open a :class:`Store` and use its parts (``registrations``, ``reports``, ``outbox``, ``retention``,
``integrity``, ``audit``) and the records they return; the other modules are the parts' machinery:
``database`` (key, connections, transactions, backups), ``migrate``, ``schema`` and the tables' owners
``records``, ``search``, ``outbox`` and ``audit``.
"""

from __future__ import annotations

from clerk_app.storage.audit import AuditAction, AuditEntry
from clerk_app.storage.integrity import VerifyReport
from clerk_app.storage.outbox import OutboxItem
from clerk_app.storage.registrations import IssuedRegistration
from clerk_app.storage.reports import DayCount
from clerk_app.storage.retention import PurgeReport
from clerk_app.storage.store import Store

__all__ = [
    "AuditAction",
    "AuditEntry",
    "DayCount",
    "IssuedRegistration",
    "OutboxItem",
    "PurgeReport",
    "Store",
    "VerifyReport",
]
