"""Between domain records and rows: registration rows, name-search tokens and the wire payload.

Pure functions (no session), so the store and the benchmark's bulk filler build exactly the same rows.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from enum import StrEnum
from typing import Any

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
from clerk_app.storage.schema import NameToken, OutboxRow, RegistrationRow

_WORD = re.compile(r"\w+")
_PUNCTUATION = re.compile(r"[\W_]+")
#: Sorts after every other character: ``token < prefix + _TOP`` bounds an index range scan by prefix.
_TOP = chr(0x10FFFF)


class OutboxState(StrEnum):
    """Where an outbox row stands; only ``pending`` rows are ever sent."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CANCELLED = "cancelled"  # never sent: its registration was re-issued first


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: ``"Ségolène D'Hondt"`` → ``"segolene d'hondt"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_tokens(surname: str, given_names: str) -> set[str]:
    """Every word of the names, plus each name with its spaces and punctuation removed.

    So "Van den Broeck" is found by "broeck", "van den" and "vandenbroeck", and "D'Hondt" by "dhondt".
    """
    tokens: set[str] = set()
    for name in (surname, given_names):
        folded = fold(name)
        tokens.update(_WORD.findall(folded))
        squashed = _PUNCTUATION.sub("", folded)
        if squashed:
            tokens.add(squashed)
    tokens.discard("")
    return tokens


def query_tokens(text: str) -> list[str]:
    """The words of a search text, folded like :func:`name_tokens`."""
    return sorted(set(_WORD.findall(fold(text))))


def prefix_range(token: str) -> tuple[str, str]:
    return token, token + _TOP


def digits(text: str) -> str:
    """A national number as typed (``85.07.30-033.28``) reduced to its digits."""
    return "".join(ch for ch in text if ch.isdigit())


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


def token_rows(row: RegistrationRow) -> list[NameToken]:
    return [
        NameToken(token=token, registration_id=row.id, created_at=row.created_at)
        for token in sorted(name_tokens(row.surname or "", row.given_names or ""))
    ]


def outbox_row(row: RegistrationRow, outbox_id: uuid.UUID) -> OutboxRow:
    return OutboxRow(
        id=str(outbox_id),
        registration_id=row.id,
        created_at=row.created_at,
        payload=wire_payload(row),
        state=OutboxState.PENDING.value,
        attempts=0,
        next_attempt_at=None,
        last_error_code=None,
        completed_at=None,
        central_status=None,
    )


def wire_time(instant: dt.datetime) -> str:
    """RFC 3339 in UTC with a ``Z``, whole seconds (docs/wire-format.md)."""
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def wire_payload(row: RegistrationRow) -> dict[str, Any]:
    """The registration body of docs/wire-format.md, built from the stored row."""
    electronic = row.document_kind == DocumentKind.ELECTRONIC_CARD.value
    return {
        "id": row.id,
        "centre": row.centre_id,
        "clerk": {"name": row.clerk_name, "staff_number": row.clerk_staff_number},
        "registered_at": wire_time(row.created_at),
        "expires_at": wire_time(row.expires_at),
        "person": {
            "national_number": row.national_number,
            "surname": row.surname,
            "given_names": row.given_names,
            "birth_date": row.birth_date,
            "sex": row.sex,
            "nationality": row.nationality,
        },
        "document": {
            "kind": row.document_kind,
            "number": row.document_number,
            "valid_until": row.document_valid_until.isoformat() if row.document_valid_until else None,
            "card_type": row.card_type_code if electronic else None,
        },
        "email": row.email,
        "language": row.language,
        "code_hash": row.code_hash,
        "replaces": row.replaces,
    }


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
