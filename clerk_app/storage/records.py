"""The ``registrations`` table and its rows: made from a request, read back as domain records, changed.

Every job of the store reads this table (registering writes it; the outbox outcomes and the central
statuses change its status; search and counts query it; retention erases its personal columns), so it is
defined here, below them all. The row builders are pure, so the store and the benchmark's bulk filler
build exactly the same rows; :func:`set_status` is the one way a status changes, always with its audit
entry in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, Session, mapped_column

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import IdentityRecord, Sex
from clerk_app.domain.national_number import parse_national_number
from clerk_app.domain.registration import (
    Clerk,
    Language,
    Registration,
    RegistrationStatus,
    expiry_for,
)
from clerk_app.domain.text import ascii_digits
from clerk_app.storage import audit
from clerk_app.storage.audit import AuditAction
from clerk_app.storage.schema import Base, UtcDateTime, existing_row


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


#: The personal columns the purge sets to NULL.
PERSONAL_COLUMNS = (
    "document_kind",
    "surname",
    "given_names",
    "birth_date",
    "sex",
    "nationality",
    "national_number",
    "document_number",
    "document_valid_until",
    "document_valid_from",
    "card_type_code",
    "issuing_authority",
    "email",
)


def digits(text: str) -> str:
    """A national number as typed (``85.07.30-033.28``) reduced to its digits."""
    return "".join(ch for ch in text if ascii_digits(ch))


def new_registration_row(
    *,
    registration_id: uuid.UUID,
    identity: IdentityRecord,
    email: str,
    language: Language,
    centre_id: str,
    clerk: Clerk,
    code_hash: str,
    created_at: dt.datetime,
    local_day: dt.date,
    replaces: uuid.UUID | None,
) -> RegistrationRow:
    """The row of an eligible registration (``identity.national_number`` must be valid)."""
    return RegistrationRow(
        id=str(registration_id),
        created_at=created_at,
        local_day=local_day,
        expires_at=expiry_for(created_at),
        status=RegistrationStatus.ISSUED.value,
        status_changed_at=created_at,
        accepted_at=None,
        rejection_reason=None,
        replaces=str(replaces) if replaces is not None else None,
        language=language.value,
        centre_id=centre_id,
        clerk_name=clerk.name,
        clerk_staff_number=clerk.staff_number,
        code_hash=code_hash,
        purged_at=None,
        document_kind=identity.document_kind.value,
        surname=identity.surname,
        given_names=identity.given_names,
        birth_date=identity.birth_date.iso(),
        sex=identity.sex.value if identity.sex is not None else None,
        nationality=identity.nationality,
        national_number=parse_national_number(identity.national_number).compact,
        document_number=identity.document_number,
        document_valid_until=identity.document_valid_until,
        document_valid_from=identity.document_valid_from,
        card_type_code=identity.card_type_code,
        issuing_authority=identity.issuing_authority,
        email=email.strip(),
    )


def identity_of(row: RegistrationRow) -> IdentityRecord | None:
    """The stored identity, or None once the purge erased it."""
    if row.purged_at is not None or row.document_kind is None or row.birth_date is None:
        return None
    return IdentityRecord(
        document_kind=DocumentKind(row.document_kind),
        surname=row.surname or "",
        given_names=row.given_names or "",
        birth_date=PartialDate.from_iso(row.birth_date),
        sex=Sex(row.sex) if row.sex else None,
        nationality=row.nationality or "",
        national_number=row.national_number or "",
        document_number=row.document_number or "",
        document_valid_until=row.document_valid_until,
        document_valid_from=row.document_valid_from,
        card_type_code=row.card_type_code,
        issuing_authority=row.issuing_authority or "",
    )


def to_registration(row: RegistrationRow) -> Registration:
    identity = identity_of(row)
    return Registration(
        id=uuid.UUID(row.id),
        identity=identity,
        email=row.email if identity is not None else None,
        language=Language(row.language),
        centre_id=row.centre_id,
        clerk=Clerk(name=row.clerk_name, staff_number=row.clerk_staff_number),
        created_at=row.created_at,
        expires_at=row.expires_at,
        code_hash=row.code_hash,
        status=RegistrationStatus(row.status),
        status_changed_at=row.status_changed_at,
        rejection_reason=row.rejection_reason,
        replaces=uuid.UUID(row.replaces) if row.replaces else None,
    )


def registration_row(session: Session, registration_id: uuid.UUID) -> RegistrationRow:
    return existing_row(session, RegistrationRow, registration_id, "registration")


def set_status(
    session: Session,
    row: RegistrationRow,
    status: RegistrationStatus,
    at: dt.datetime,
    *,
    actor: str,
    action: AuditAction = AuditAction.STATUS_CHANGED,
    detail: dict[str, audit.DetailValue] | None = None,
) -> None:
    """Change the row's status and audit the change (the caller checked the transition is allowed)."""
    previous = row.status
    row.status = status.value
    row.status_changed_at = at
    audit.append(
        session,
        at=at,
        action=action,
        registration_id=uuid.UUID(row.id),
        actor=actor,
        detail={"from": previous, "to": status.value, **(detail or {})},
    )
