"""The registration body of ``POST /v1/registrations`` (docs/wire-format.md), built when it is sent.

The outbox keeps no copy of it: each due item carries its registration, read from the store, and the
relay builds the body from that for every attempt. The fields it is built from never change once a
registration is stored, so every attempt under one idempotency key sends the same body.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from clerk_app.domain.documents import CARD_KINDS
from clerk_app.domain.registration import Registration


def wire_time(instant: dt.datetime) -> str:
    """RFC 3339 in UTC with a ``Z``, whole seconds."""
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def registration_body(registration: Registration) -> dict[str, Any]:
    """The body of ``registration``; its national number is the store's, digits only.

    A registration whose personal data was erased has no body: retention cancels its outbox row first, so
    this raises ``ValueError`` only for a bug.
    """
    identity, email = registration.identity, registration.email
    if identity is None or email is None:
        raise ValueError("an erased registration has no body to send")
    card = identity.document_kind in CARD_KINDS  # read by chip, or typed when the chip is unreadable
    valid_until = identity.document_valid_until
    return {
        "id": str(registration.id),
        "centre": registration.centre_id,
        "clerk": {"name": registration.clerk.name, "staff_number": registration.clerk.staff_number},
        "registered_at": wire_time(registration.created_at),
        "expires_at": wire_time(registration.expires_at),
        "person": {
            "national_number": identity.national_number,
            "surname": identity.surname,
            "given_names": identity.given_names,
            "birth_date": identity.birth_date.iso(),
            "sex": identity.sex.value if identity.sex is not None else None,
            "nationality": identity.nationality,
        },
        "document": {
            "kind": identity.document_kind.value,
            "number": identity.document_number,
            "valid_until": valid_until.isoformat() if valid_until is not None else None,
            "card_type": identity.card_type_code if card else None,
        },
        "email": email,
        "language": registration.language.value,
        "code_hash": registration.code_hash,
        "replaces": str(registration.replaces) if registration.replaces is not None else None,
    }
