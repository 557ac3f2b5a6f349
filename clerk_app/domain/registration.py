"""A registration's data and life cycle (architecture §3).

issued ──sync ok──▶ accepted ──▶ activated
  │                   ├──14 days──▶ expired
  │                   └──5 wrong codes──▶ locked (the citizen registers again)
  ├──reissue──▶ revoked (a new registration replaces it)
  └──central refuses──▶ rejected
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from activation_code import ACTIVATION_PERIOD
from clerk_app.domain.identity import IdentityRecord
from clerk_app.domain.text import clean_text


class Language(StrEnum):
    """The citizen's language: the slip and the activation e-mail use it."""

    NL = "nl"
    FR = "fr"
    DE = "de"
    EN = "en"


class RegistrationStatus(StrEnum):
    ISSUED = "issued"
    ACCEPTED = "accepted"
    ACTIVATED = "activated"
    EXPIRED = "expired"
    LOCKED = "locked"  # five wrong activation codes at the central service: the link works no more
    REVOKED = "revoked"
    REJECTED = "rejected"


#: Which status changes are allowed; anything else is a bug or a replayed message.
TRANSITIONS: dict[RegistrationStatus, frozenset[RegistrationStatus]] = {
    RegistrationStatus.ISSUED: frozenset(
        {
            RegistrationStatus.ACCEPTED,
            RegistrationStatus.REJECTED,
            RegistrationStatus.REVOKED,
            RegistrationStatus.EXPIRED,
        }
    ),
    RegistrationStatus.ACCEPTED: frozenset(
        {
            RegistrationStatus.ACTIVATED,
            RegistrationStatus.EXPIRED,
            RegistrationStatus.LOCKED,
            RegistrationStatus.REVOKED,
        }
    ),
    RegistrationStatus.ACTIVATED: frozenset(),
    RegistrationStatus.EXPIRED: frozenset(),
    RegistrationStatus.LOCKED: frozenset(),
    RegistrationStatus.REVOKED: frozenset(),
    RegistrationStatus.REJECTED: frozenset(),
}


def can_transition(current: RegistrationStatus, new: RegistrationStatus) -> bool:
    return new in TRANSITIONS[current]


def is_final(status: RegistrationStatus) -> bool:
    """Nothing can happen to the registration any more (retention counts from here)."""
    return not TRANSITIONS[status]


@dataclass(frozen=True)
class Clerk:
    """Who is at the counter; kept in the audit log."""

    name: str
    staff_number: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name))
        object.__setattr__(self, "staff_number", clean_text(self.staff_number))


@dataclass(frozen=True)
class RegistrationRequest:
    """What the clerk submits after checking the person and the document.

    ``lives_abroad`` is the clerk's answer to "does the person live abroad?" (default no): someone who
    lives abroad and has no valid document is pointed to the contact form instead of being told to come
    back with one.
    """

    identity: IdentityRecord
    email: str
    language: Language
    presence_confirmed: bool
    centre_id: str
    clerk: Clerk
    lives_abroad: bool = False

    def __repr__(self) -> str:
        # The e-mail address and the identity are personal data: keep them out of logs and test output.
        return (
            f"RegistrationRequest({self.identity!r}, language={self.language.value}, "
            f"presence_confirmed={self.presence_confirmed}, lives_abroad={self.lives_abroad}, "
            f"centre_id={self.centre_id!r})"
        )


@dataclass(frozen=True)
class Registration:
    """A stored registration. ``code_hash`` is the Argon2id hash; the plain code is never kept."""

    id: uuid.UUID
    identity: IdentityRecord | None  # None once personal data was purged after acceptance
    email: str | None
    language: Language
    centre_id: str
    clerk: Clerk
    created_at: dt.datetime  # UTC, timezone-aware
    expires_at: dt.datetime
    code_hash: str
    status: RegistrationStatus
    status_changed_at: dt.datetime
    rejection_reason: str | None = None
    replaces: uuid.UUID | None = None

    def __repr__(self) -> str:
        # The identity and e-mail address are personal data: keep them out of logs and test output.
        return f"Registration(id={self.id}, status={self.status.value}, replaces={self.replaces})"


def expiry_for(created_at: dt.datetime) -> dt.datetime:
    """The moment the activation link and code stop working: registration time + 14 days."""
    if created_at.tzinfo is None or created_at.utcoffset() is None:
        raise ValueError("registration times must be timezone-aware")
    return created_at + ACTIVATION_PERIOD


def can_reissue(status: RegistrationStatus) -> bool:
    """A lost code is replaced by a new registration only while the old one could still be activated;
    the re-issue revokes it (an expired, refused or already revoked one is simply registered anew)."""
    return can_transition(status, RegistrationStatus.REVOKED)


def status_at(registration: Registration, now: dt.datetime) -> RegistrationStatus:
    """The status as the clerk should see it at ``now``: issued or accepted past its expiry is expired,
    even before the store or the central service recorded it."""
    if (
        registration.status in (RegistrationStatus.ISSUED, RegistrationStatus.ACCEPTED)
        and now >= registration.expires_at
    ):
        return RegistrationStatus.EXPIRED
    return registration.status
