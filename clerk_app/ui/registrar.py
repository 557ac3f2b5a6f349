"""What the UI needs from the registration store, as protocols, so the screens do not import storage.

The store's ``registrations`` part (:class:`clerk_app.storage.registrations.Registrations`) matches
:class:`Registrar` and :class:`Registrations` as it is (its ``register`` and ``reissue`` take an optional
``now`` as well), its ``reports`` part (:class:`clerk_app.storage.reports.Reports`) matches
:class:`Reports`; the composition root passes them in. Every call blocks (Argon2id, an fsync'd commit,
or a query of the encrypted file), so the UI makes them on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Protocol

from clerk_app.domain.registration import (
    Clerk,
    Language,
    Registration,
    RegistrationRequest,
    RegistrationStatus,
)


class Issued(Protocol):
    """A stored registration and its plain activation code (shown and printed, never kept)."""

    @property
    def registration(self) -> Registration: ...

    @property
    def code(self) -> str: ...


class Registrar(Protocol):
    def register(self, request: RegistrationRequest) -> Issued:
        """Store an eligible request; ``InputError`` (reason codes) when it is refused, nothing stored."""
        ...


class DayTotal(Protocol):
    """How many registrations one clerk made at one centre on one day (re-issues included), how many of
    them were re-issues, and how many stand in each status."""

    @property
    def day(self) -> dt.date: ...

    @property
    def centre_id(self) -> str: ...

    @property
    def clerk(self) -> Clerk: ...

    @property
    def registrations(self) -> int: ...

    @property
    def reissues(self) -> int: ...

    @property
    def statuses(self) -> Mapping[RegistrationStatus, int]: ...


class Reports(Protocol):
    """The counts screen: counts per day, centre and clerk over a period, statuses as they stand now."""

    def counts(self, day_from: dt.date, day_to: dt.date) -> Sequence[DayTotal]: ...


class Registrations(Protocol):
    """The registrations view: list and search, one registration, re-issue."""

    def search(
        self,
        text: str | None = None,
        national_number: str | None = None,
        day_from: dt.date | None = None,
        day_to: dt.date | None = None,
        status: RegistrationStatus | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Registration]:
        """Newest first; ``text`` matches name words accent-insensitively, ``national_number`` with or
        without punctuation; days are the counter's calendar days, inclusive."""
        ...

    def get(self, registration_id: uuid.UUID) -> Registration:
        """``RecordNotFound`` when there is no such registration."""
        ...

    def reissue(
        self,
        registration_id: uuid.UUID,
        clerk: Clerk,
        *,
        email: str | None = None,
        language: Language | None = None,
        centre_id: str | None = None,
        presence_confirmed: bool = True,
    ) -> Issued:
        """Revoke the registration and issue a new one with a new code; ``InputError`` with reason codes
        (eligibility's, ``reissue_not_allowed``, ``reissue_personal_data_purged``) when refused."""
        ...
