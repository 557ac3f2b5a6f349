"""Helpers for the registrations-view tests: made-up people registered into the real encrypted store on a
fixed clock, and moved through the statuses the central service reports.

:class:`RecordsOnClock` is the real :class:`~clerk_app.storage.Store` called the way the
registrations view calls it, with re-issues made on the test's clock, and two seams: ``before`` runs first
in each call (on the worker thread) and ``fail_with`` makes a call raise instead of reaching the store.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.delivery import Accepted, Rejected
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import IdentityRecord, Sex
from clerk_app.domain.registration import (
    Clerk,
    Language,
    Registration,
    RegistrationRequest,
    RegistrationStatus,
)
from clerk_app.storage import DayCount, IssuedRegistration, Store
from clerk_app.ui.dates import COUNTER_TIME_ZONE
from tests.support.valid_registrations import national_number

#: The counter's day in these tests, and the moment the screens look at statuses.
TODAY = dt.date(2026, 3, 2)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A moment on the counters' clock (Europe/Brussels, as the screens show times); the store's calendar
    days follow the machine's time zone, which in these tests is never far enough off to change the day."""
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=COUNTER_TIME_ZONE)


NOW = at(TODAY, 12)
SIGNED_IN = Clerk("Jan Peeters", "G54321")  # who the test shells sign in as (tests/ui/conftest.py)
OTHER_CLERK = Clerk("Els Claeys", "G77777")


@dataclass(frozen=True)
class Person:
    """A made-up citizen; ``secrets`` is what must never stay on screen or reach test output."""

    surname: str
    given_names: str
    birth: dt.date
    sex: Sex
    serial: int  # odd for men, even for women (national register rule)
    kind: DocumentKind = DocumentKind.ELECTRONIC_CARD

    @property
    def national_number(self) -> str:
        return national_number(self.birth.strftime("%y%m%d"), self.serial)

    @property
    def formatted_number(self) -> str:
        n = self.national_number
        return f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:11]}"

    @property
    def email(self) -> str:
        return f"{self.given_names.split()[0].lower()}.{self.serial}@example.org"

    def identity(self) -> IdentityRecord:
        electronic = self.kind is DocumentKind.ELECTRONIC_CARD
        return IdentityRecord(
            document_kind=self.kind,
            surname=self.surname,
            given_names=self.given_names,
            birth_date=PartialDate.from_date(self.birth),
            sex=self.sex,
            nationality="BELG" if electronic else "NLD",
            national_number=self.national_number,
            document_number=f"59{self.serial:010d}" if electronic else f"NX{self.serial:07d}",
            document_valid_until=dt.date(2031, 6, 30),
            card_type_code=1 if electronic else None,
            issuing_authority="Gent" if electronic else "NLD",
        )

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.surname, self.given_names.split()[0], self.national_number, self.email)


SEGOLENE = Person("Dupré-Lemaître", "Ségolène Anaïs", dt.date(1990, 4, 12), Sex.FEMALE, 2)
EMRE = Person("Çelik", "Emre", dt.date(1979, 11, 3), Sex.MALE, 117)
LOTTE = Person("Van den Broeck", "Lotte", dt.date(1995, 2, 20), Sex.FEMALE, 88, DocumentKind.FOREIGN_PASSPORT)
MAI = Person("Nguyễn", "Xuân Mai", dt.date(1988, 8, 8), Sex.FEMALE, 204)
PIETER = Person("Janssens", "Pieter-Jan", dt.date(1970, 1, 15), Sex.MALE, 301)
AN = Person("Wouters", "Annelies", dt.date(1960, 6, 30), Sex.FEMALE, 12)
WOUT = Person("Maes", "Wout", dt.date(1999, 9, 9), Sex.MALE, 55)
INES = Person("Claes", "Inès", dt.date(1983, 3, 21), Sex.FEMALE, 66)
ZOE = Person("Mertens", "Zoë", dt.date(1975, 12, 1), Sex.FEMALE, 90)
PEOPLE = (SEGOLENE, EMRE, LOTTE, MAI, PIETER, AN, WOUT, INES, ZOE)


def request(
    person: Person,
    *,
    centre: str = "stadskantoor",
    clerk: Clerk = SIGNED_IN,
    language: Language = Language.NL,
) -> RegistrationRequest:
    return RegistrationRequest(
        identity=person.identity(),
        email=person.email,
        language=language,
        presence_confirmed=True,
        centre_id=centre,
        clerk=clerk,
    )


def register(store: Store, person: Person, moment: dt.datetime, **options: object) -> Registration:
    return store.registrations.register(request(person, **options), now=moment).registration  # type: ignore[arg-type]


def _outbox_id(store: Store, registration_id: uuid.UUID) -> uuid.UUID:
    due = store.outbox.due(at(TODAY + dt.timedelta(days=400), 0), limit=10_000)
    return next(item.id for item in due if item.registration.id == registration_id)


def accept(store: Store, registration_id: uuid.UUID, moment: dt.datetime) -> None:
    """The central service took it (as the sync relay records it)."""
    outbox = _outbox_id(store, registration_id)
    store.outbox.record([Accepted(outbox, RegistrationStatus.ACCEPTED)], moment)


def reject(store: Store, registration_id: uuid.UUID, reason: str, moment: dt.datetime) -> None:
    outbox = _outbox_id(store, registration_id)
    store.outbox.record([Rejected(outbox, reason)], moment)


@dataclass(frozen=True)
class Counter:
    """The store after a morning at the counter, each registration in a different status."""

    issued: Registration  # SEGOLENE, today
    accepted: Registration  # EMRE, today
    rejected: Registration  # LOTTE, today, other clerk at Gentbrugge, refused as centre_mismatch
    revoked: Registration  # MAI, today, re-issued at once
    replacement: Registration  # MAI's re-issue
    activated: Registration  # PIETER, today
    expired: Registration  # AN, today, reported expired by the central service
    earlier: Registration  # WOUT, three days ago, still issued
    lapsed: Registration  # INES, twenty days ago, stored as issued but past its expiry
    purged: Registration  # ZOE, 45 days ago, accepted and then erased after retention

    @property
    def today(self) -> tuple[Registration, ...]:
        return (
            self.issued,
            self.accepted,
            self.rejected,
            self.revoked,
            self.replacement,
            self.activated,
            self.expired,
        )


def populate(store: Store) -> Counter:
    long_ago = TODAY - dt.timedelta(days=45)
    purged = register(store, ZOE, at(long_ago, 9))
    accept(store, purged.id, at(long_ago, 10))
    report = store.retention.purge(now=at(TODAY, 8))
    assert report.registrations == 1
    lapsed = register(store, INES, at(TODAY - dt.timedelta(days=20), 11))
    earlier = register(store, WOUT, at(TODAY - dt.timedelta(days=3), 15, 45))

    issued = register(store, SEGOLENE, at(TODAY, 9, 5))
    accepted = register(store, EMRE, at(TODAY, 9, 20))
    accept(store, accepted.id, at(TODAY, 9, 21))
    rejected = register(store, LOTTE, at(TODAY, 9, 40), centre="gentbrugge", clerk=OTHER_CLERK)
    reject(store, rejected.id, "centre_mismatch", at(TODAY, 9, 41))
    revoked = register(store, MAI, at(TODAY, 10, 0))
    replacement = store.registrations.reissue(revoked.id, SIGNED_IN, at(TODAY, 10, 10)).registration
    activated = register(store, PIETER, at(TODAY, 10, 30))
    accept(store, activated.id, at(TODAY, 10, 31))
    store.outbox.apply_central_status(activated.id, RegistrationStatus.ACTIVATED, at(TODAY, 11, 0))
    expired = register(store, AN, at(TODAY, 11, 15))
    store.outbox.apply_central_status(expired.id, RegistrationStatus.EXPIRED, at(TODAY, 11, 30))
    return Counter(
        issued=store.registrations.get(issued.id),
        accepted=store.registrations.get(accepted.id),
        rejected=store.registrations.get(rejected.id),
        revoked=store.registrations.get(revoked.id),
        replacement=replacement,
        activated=store.registrations.get(activated.id),
        expired=store.registrations.get(expired.id),
        earlier=earlier,
        lapsed=lapsed,
        purged=store.registrations.get(purged.id),
    )


@dataclass
class RecordsOnClock:
    """The real store as the registrations view calls it; re-issues happen at ``now()``."""

    store: Store
    now: Callable[[], dt.datetime] = lambda: NOW
    fail_with: Exception | None = None
    before: Callable[[], None] | None = None
    calls: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # the plain codes handed out, to compare with the screen
    on_gui_thread: list[bool] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _enter(self, name: str) -> None:
        with self._lock:
            self.calls.append(name)
            self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        if self.before is not None:
            self.before()
        if self.fail_with is not None:
            raise self.fail_with

    def search(self, **filters: object) -> list[Registration]:
        self._enter("search")
        return self.store.registrations.search(**filters)  # type: ignore[arg-type]

    def get(self, registration_id: uuid.UUID) -> Registration:
        self._enter("get")
        return self.store.registrations.get(registration_id)

    def counts(self, day_from: dt.date, day_to: dt.date) -> Sequence[DayCount]:
        self._enter("counts")
        return self.store.reports.counts(day_from, day_to, now=self.now())

    def reissue(self, registration_id: uuid.UUID, clerk: Clerk, **options: object) -> IssuedRegistration:
        self._enter("reissue")
        issued = self.store.registrations.reissue(registration_id, clerk, self.now(), **options)  # type: ignore[arg-type]
        with self._lock:
            self.codes.append(issued.code)
        return issued

    def __repr__(self) -> str:
        return f"RecordsOnClock(calls={self.calls})"
