"""Local store: SQLAlchemy 2 typed tables, repositories, Alembic migrations, audit chain, retention.

The UI and the sync relay use :class:`RegistrationStore` and the records it returns; everything else in
this package is its machinery.
"""

from __future__ import annotations

from clerk_app.storage.audit import AuditAction
from clerk_app.storage.store import (
    AuditEntry,
    DayCount,
    IssuedRegistration,
    OutboxItem,
    PurgeReport,
    RegistrationStore,
    VerifyReport,
)

__all__ = [
    "AuditAction",
    "AuditEntry",
    "DayCount",
    "IssuedRegistration",
    "OutboxItem",
    "PurgeReport",
    "RegistrationStore",
    "VerifyReport",
]
