"""The tables of the local store, as SQLAlchemy 2 typed models.

Alembic owns the schema (``migrations/versions``); these models describe it for the code, and a test
checks that the two agree. Personal data sits only in ``registrations`` (nullable columns, erased by the
retention purge) and ``name_tokens``; the audit log never holds any.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Named constraints, so Alembic's batch mode on SQLite can drop and re-create them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_utc(value: dt.datetime) -> str:
    """The stored text of an aware instant: fixed-width ISO 8601 in UTC, microseconds included."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: the store only keeps timezone-aware times")
    return value.astimezone(dt.UTC).strftime(_UTC_FORMAT)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC instant stored as fixed-width ISO 8601 text, so text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else format_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return dt.datetime.fromisoformat(str(value))  # "…Z" reads as UTC; 100× faster than strptime


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RegistrationRow(Base):
    """One registration; the personal columns are NULL once the retention purge erased them."""

    __tablename__ = "registrations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), index=True)
    #: The counter's calendar day (local time) of ``created_at``: what "per day" means for the clerk.
    local_day: Mapped[dt.date] = mapped_column(Date(), index=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16), index=True)
    status_changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    accepted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    rejection_reason: Mapped[str | None] = mapped_column(String(200))
    replaces: Mapped[str | None] = mapped_column(String(36), ForeignKey("registrations.id"))
    language: Mapped[str] = mapped_column(String(2))
    centre_id: Mapped[str] = mapped_column(String(64))
    clerk_name: Mapped[str] = mapped_column(String(200))
    clerk_staff_number: Mapped[str] = mapped_column(String(64))
    code_hash: Mapped[str] = mapped_column(String(200))
    purged_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    # Personal data: erased by the purge.
    document_kind: Mapped[str | None] = mapped_column(String(32))
    surname: Mapped[str | None] = mapped_column(String(200))
    given_names: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[str | None] = mapped_column(String(10))  # PartialDate.iso()
    sex: Mapped[str | None] = mapped_column(String(1))
    nationality: Mapped[str | None] = mapped_column(String(64))
    national_number: Mapped[str | None] = mapped_column(String(11), index=True)
    document_number: Mapped[str | None] = mapped_column(String(64))
    document_valid_until: Mapped[dt.date | None] = mapped_column(Date())
    document_valid_from: Mapped[dt.date | None] = mapped_column(Date())
    card_type_code: Mapped[int | None] = mapped_column(Integer())
    issuing_authority: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))


class NameToken(Base):
    """Folded name words of a registration (personal data), for indexed prefix search by name.

    A copy of the registration's ``created_at`` rides along, so a search can rank matches newest first
    from this table alone, without reading each matching registration.
    """

    __tablename__ = "name_tokens"
    __table_args__ = (
        Index("ix_name_tokens_registration_id_token", "registration_id", "token"),
        {"sqlite_with_rowid": False},
    )

    token: Mapped[str] = mapped_column(String(200), primary_key=True)
    registration_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("registrations.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class OutboxRow(Base):
    """The registration body waiting for (or delivered to) the central service; ``id`` = Idempotency-Key."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_created_at", "state", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36), ForeignKey("registrations.id"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer(), default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    last_error_code: Mapped[str | None] = mapped_column(String(200))
    completed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    central_status: Mapped[str | None] = mapped_column(String(16))


class AuditRow(Base):
    """One append-only, hash-chained audit entry; database triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    action: Mapped[str] = mapped_column(String(40))
    registration_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("registrations.id"), index=True
    )
    actor: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text())  # canonical JSON, never personal data
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


#: Triggers (created by the first migration) that make ``audit_log`` append-only; ``verify`` checks them.
AUDIT_TRIGGER_NAMES = ("audit_log_no_update", "audit_log_no_delete")
