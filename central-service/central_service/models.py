"""The central service's tables (SQLAlchemy 2, typed). Alembic migrations in ``migrations/`` create them.

Times are stored as naive UTC (``UtcDateTime``) so SQLite and PostgreSQL compare them the same way.
Secrets are stored only as SHA-256 hashes (workstation tokens, enrolment codes, link tokens); the one
exception is a link token waiting in the mail outbox, which is erased once its e-mail is handed over.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    TypeDecorator,
    Uuid,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in Python, naive UTC in the database."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; the service works in aware UTC")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError("expected a datetime from the database")
        return value.replace(tzinfo=dt.UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime, uuid.UUID: Uuid}


class StoredStatus(StrEnum):
    """What the database records; ``expired`` is also derived on read from ``expires_at``."""

    ACCEPTED = "accepted"
    ACTIVATED = "activated"
    EXPIRED = "expired"
    REVOKED = "revoked"


class RevokeReason(StrEnum):
    SUPERSEDED = "superseded"  # a newer registration for the same national number
    REPLACED = "replaced"  # a newer registration named this one in ``replaces``
    REVOKED = "revoked"  # a workstation revoked it


class EnrolmentCode(Base):
    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    centre: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]
    workstation_id: Mapped[uuid.UUID | None]


class Workstation(Base):
    __tablename__ = "workstations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    centre: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]


class Registration(Base):
    __tablename__ = "registrations"
    __table_args__ = (
        # At most one active registration per person: the database itself enforces the supersede rule,
        # so two concurrent requests for the same national number cannot both stay active.
        Index(
            "uq_registrations_active_person",
            "national_number",
            unique=True,
            sqlite_where=text("status = 'accepted'"),
            postgresql_where=text("status = 'accepted'"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    workstation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workstations.id"))
    centre: Mapped[str] = mapped_column(String(64))
    clerk_name: Mapped[str] = mapped_column(String(200))
    clerk_staff_number: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    received_at: Mapped[dt.datetime]
    national_number: Mapped[str] = mapped_column(String(11))
    surname: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[str] = mapped_column(String(10))
    sex: Mapped[str | None] = mapped_column(String(1))
    nationality: Mapped[str] = mapped_column(String(64))
    document_kind: Mapped[str] = mapped_column(String(32))
    document_number: Mapped[str] = mapped_column(String(64))
    document_valid_until: Mapped[dt.date | None]
    card_type: Mapped[int | None]
    email: Mapped[str] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(2))
    code_hash: Mapped[str] = mapped_column(Text)
    replaces: Mapped[uuid.UUID | None] = mapped_column(index=True)
    link_token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    status_changed_at: Mapped[dt.datetime]
    revoke_reason: Mapped[str | None] = mapped_column(String(16))
    supersedes: Mapped[uuid.UUID | None]
    superseded_by: Mapped[uuid.UUID | None]


class IdempotencyKey(Base):
    """One row per ``Idempotency-Key``: claimed while in flight, then the first answer, kept for replays."""

    __tablename__ = "idempotency_keys"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    workstation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workstations.id"))
    created_at: Mapped[dt.datetime] = mapped_column(index=True)
    lease_until: Mapped[dt.datetime | None]
    completed_at: Mapped[dt.datetime | None]
    response_status: Mapped[int | None]
    response_body: Mapped[str | None] = mapped_column(Text)


class MailOutbox(Base):
    """The link e-mail of a registration, written in the same transaction; one row per registration."""

    __tablename__ = "mail_outbox"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registrations.id"), unique=True)
    link_token: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime]
    next_attempt_at: Mapped[dt.datetime] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    lease_until: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]
    failed_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(200))


class RateLimit(Base):
    """One rate-limited key (``ratelimit``): when its budget is whole again, in epoch microseconds."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    tat: Mapped[int] = mapped_column(BigInteger)
    refused: Mapped[bool]
