"""The central service's tables (SQLAlchemy 2, typed). Alembic migrations in ``migrations/`` create them.

Times are stored as naive UTC (``UtcDateTime``) so SQLite and PostgreSQL compare them the same way.
Secrets are stored only as SHA-256 hashes (workstation tokens, enrolment codes, link tokens, session ids),
as keyed hashes (one-time codes), as Argon2id (passwords) or encrypted (TOTP secrets). The exceptions are
a link token or a security code waiting in the mail or SMS outbox, erased once its message is handed over.
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


def _unique_where(name: str, column: str, condition: str) -> Index:
    """A unique index over only the rows meeting ``condition``, on both SQLite and PostgreSQL."""
    return Index(name, column, unique=True, sqlite_where=text(condition), postgresql_where=text(condition))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime, uuid.UUID: Uuid}


class StoredStatus(StrEnum):
    """What the database records; ``expired`` is also derived on read from ``expires_at``."""

    ACCEPTED = "accepted"
    ACTIVATED = "activated"
    EXPIRED = "expired"
    LOCKED = "locked"  # too many wrong activation codes: the link works no more, the citizen registers again
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
        _unique_where("uq_registrations_active_person", "national_number", "status = 'accepted'"),
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
    #: Activation codes being checked or found wrong (a right one gives its attempt back): see web.activation.
    code_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    #: When the person's data was blanked (``retention``): the registration ended unused long enough ago.
    purged_at: Mapped[dt.datetime | None]


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


class MailKind(StrEnum):
    ACTIVATION_LINK = "activation_link"
    SECURITY_CODE = "security_code"


class OutboxRow:
    """The columns every outbox has: when it is due, its tries, the relay's lease, how it ended
    (``relaying`` works on these)."""

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime]
    next_attempt_at: Mapped[dt.datetime] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    lease_until: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]
    failed_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(200))


class MailOutbox(OutboxRow, Base):
    """An e-mail to a registration's address: its link e-mail (one per registration, written in the same
    transaction as the registration) or a security code of the citizen's e-mail key."""

    __tablename__ = "mail_outbox"
    __table_args__ = (
        _unique_where("uq_mail_outbox_activation_link", "registration_id", "kind = 'activation_link'"),
    )

    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registrations.id"))
    kind: Mapped[str] = mapped_column(
        String(16), default=MailKind.ACTIVATION_LINK, server_default="activation_link"
    )
    link_token: Mapped[str | None] = mapped_column(String(64))
    code: Mapped[str | None] = mapped_column(String(8))
    #: A security code is useless after its expiry: not sent any more (a link uses the registration's).
    expires_at: Mapped[dt.datetime | None]


class Account(Base):
    """A citizen's username and password; usable once ``activated_at`` is set (a first key confirmed).

    One account per person: a later registration of the same person, once its code is entered, sets new
    credentials on the same row (that is how a citizen who lost them gets back in: at the counter).
    """

    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    national_number: Mapped[str] = mapped_column(String(11), unique=True)
    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registrations.id"))
    username: Mapped[str] = mapped_column(String(64))
    #: The username case-folded: unique without regard to case.
    username_key: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    activated_at: Mapped[dt.datetime | None]
    #: Consecutive failed passwords and second-factor codes; reset by a whole successful sign-in.
    failures: Mapped[int] = mapped_column(default=0)
    last_failure_at: Mapped[dt.datetime | None]
    locked_at: Mapped[dt.datetime | None]


class KeyKind(StrEnum):
    TOTP = "totp"
    SMS = "sms"
    EMAIL = "email"


class DigitalKey(Base):
    """A second factor of an account; it counts only once ``confirmed_at`` is set (one code proved it)."""

    __tablename__ = "digital_keys"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime]
    confirmed_at: Mapped[dt.datetime | None]
    #: TOTP: the secret, encrypted with the service's secrets key (web.secretbox).
    secret: Mapped[str | None] = mapped_column(Text)
    #: TOTP: the last time step accepted, so no code is accepted twice.
    last_step: Mapped[int | None] = mapped_column(BigInteger)
    #: SMS: the number in E.164.
    phone: Mapped[str | None] = mapped_column(String(16))


class OneTimeCode(Base):
    """A 6-digit code sent by SMS or e-mail; only a keyed hash is kept (web.onetime)."""

    __tablename__ = "one_time_codes"
    __table_args__ = (Index("ix_one_time_codes_destination_created_at", "destination", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    key_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("digital_keys.id", ondelete="CASCADE"), index=True)
    #: Keyed hash of the number or address, for the daily cap per destination.
    destination: Mapped[str] = mapped_column(String(64))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    attempts: Mapped[int] = mapped_column(default=0)
    used_at: Mapped[dt.datetime | None]
    invalidated_at: Mapped[dt.datetime | None]


class WebSession(Base):
    """A browser's server-side session; the cookie holds the id, the table only its SHA-256."""

    __tablename__ = "web_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime] = mapped_column(index=True)
    stage: Mapped[str] = mapped_column(String(16))
    registration_id: Mapped[uuid.UUID | None]
    account_id: Mapped[uuid.UUID | None]
    #: The key being set up or used to sign in.
    key_id: Mapped[uuid.UUID | None]
    #: Until when a second factor counts as fresh (adding a key needs one).
    fresh_until: Mapped[dt.datetime | None]
    #: The registration's language, so a page need not look the registration up to speak it.
    language: Mapped[str | None] = mapped_column(String(2))


class AuditEvent(Base):
    """Activations, key changes, sign-ins and lockouts: who, when, from where; never a password or code."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    event: Mapped[str] = mapped_column(String(32))
    registration_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    detail: Mapped[str | None] = mapped_column(String(64))
    client: Mapped[str | None] = mapped_column(String(64))


class SmsOutbox(OutboxRow, Base):
    """A security code waiting for the SMS gateway; the code is erased once the gateway took it."""

    __tablename__ = "sms_outbox"

    phone: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(2))
    code: Mapped[str | None] = mapped_column(String(8))
    expires_at: Mapped[dt.datetime]


class RateLimit(Base):
    """One rate-limited key (``ratelimit``): when its budget is whole again, in epoch microseconds."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    tat: Mapped[int] = mapped_column(BigInteger)
    refused: Mapped[bool]
