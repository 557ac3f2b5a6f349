"""The made-up citizen, clerk and history the manual's pictures show (:mod:`tools.screenshots`).

The citizen is the "SPECIMEN" person of the wire-format example and her family, the code is in the real
format; nothing here is registered: the stand-ins for the store refuse to register or re-issue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import IdentityRecord, Sex
from clerk_app.domain.registration import (
    Clerk,
    Language,
    Registration,
    RegistrationRequest,
    RegistrationStatus,
    expiry_for,
)
from clerk_app.ui.registrar import DayTotal, Issued

if TYPE_CHECKING:
    from clerk_app.training_central import TrainingMail, TrainingSms

#: A made-up code in the real format, so pictures do not change from run to run.
SAMPLE_CODE = "7KQ2-M9XD-4T0B"
SAMPLE_CLERK = Clerk("An Janssens", "G12345")
SAMPLE_TIME = dt.datetime(2026, 11, 30, 9, 12, tzinfo=dt.UTC)
#: The SPECIMEN person's (made-up) Dutch passport zone, with valid check digits, and a BIS-format number.
SAMPLE_ZONE = "P<NLDSPECIMEN<<NORA<ANGELE<<<<<<<<<<<<<<<<<<\nSPECI20267NLD0105031F3111297<<<<<<<<<<<<<<<8"
SAMPLE_NUMBER = "01.05.03-998.64"
#: An older Belgian card's zone (its number's check digit over the number with the filler), SPECIMEN holder.
SAMPLE_BELGIAN_CARD_ZONE = (
    "IDBEL592123456<7891<<<<<<<<<<<\n7506084F3106305BEL750608980096\nSPECIMEN<<ELS<<<<<<<<<<<<<<<<<"
)
SAMPLE_EMAIL = "nora.specimen@example.org"


class PicturesOnly:
    """The registrar the pictures are taken with: the screens need one, but nothing is registered."""

    def register(self, request: RegistrationRequest) -> Issued:
        raise RuntimeError("screenshots do not register")


@dataclasses.dataclass(frozen=True)
class SampleCount:
    day: dt.date
    centre_id: str
    clerk: Clerk
    registrations: int
    reissues: int = 0
    statuses: Mapping[RegistrationStatus, int] = dataclasses.field(default_factory=dict)


class PicturesHistory:
    """The registrations the history pictures show: the SPECIMEN family in every status."""

    def __init__(self, centre_ids: Sequence[str]) -> None:
        self.registrations = sample_history(centre_ids)
        self._centre_ids = centre_ids

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
        """The sample family between the days; the pictures show the unfiltered list."""
        return [
            r
            for r in self.registrations
            if (day_from is None or r.created_at.astimezone().date() >= day_from)
            and (day_to is None or r.created_at.astimezone().date() <= day_to)
        ]

    def get(self, registration_id: uuid.UUID) -> Registration:
        return next(r for r in self.registrations if r.id == registration_id)

    def counts(self, day_from: dt.date, day_to: dt.date) -> list[DayTotal]:
        other = Clerk("Els Claeys", "G77777")
        rows = [
            (SAMPLE_TIME.date() - dt.timedelta(days=1), self._centre_ids[0], SAMPLE_CLERK, 23),
            (SAMPLE_TIME.date() - dt.timedelta(days=1), self._centre_ids[0], other, 17),
            (SAMPLE_TIME.date() - dt.timedelta(days=1), self._centre_ids[2], other, 4),
            (SAMPLE_TIME.date(), self._centre_ids[0], SAMPLE_CLERK, 6),
        ]
        return [SampleCount(*row) for row in rows if day_from <= row[0] <= day_to]

    def reissue(self, *_args: object, **_options: object) -> Issued:
        raise RuntimeError("screenshots do not re-issue")


def long_name_registration(centre_id: str) -> Registration:
    """The sample with 80-character (made-up) names, as the longest on real documents."""
    sample = sample_registration(centre_id)
    assert sample.identity is not None
    identity = dataclasses.replace(
        sample.identity,
        surname="VAN DEN BOSSCHE-DE WILDE VANDERSTRAETEN-WOLFESCHLEGELSTEINHAUSENBERGER D'URSEL Q",
        given_names="Maximiliaan Alexander Jean-Baptiste Bartholomeus Christophe Emmanuel Ferdinand L",
    )
    return dataclasses.replace(sample, identity=identity)


def sample_registration(centre_id: str) -> Registration:
    identity = IdentityRecord(
        document_kind=DocumentKind.ELECTRONIC_CARD,
        surname="SPECIMEN",
        given_names="Nora Angèle",
        birth_date=PartialDate(2001, 5, 3),
        sex=Sex.FEMALE,
        nationality="BELG",
        national_number="01050399963",
        document_number="000001241600",
        document_valid_until=dt.date(2032, 7, 5),
        card_type_code=1,
    )
    return Registration(
        id=uuid.UUID(int=1),
        identity=identity,
        email="nora@example.org",
        language=Language.NL,
        centre_id=centre_id,
        clerk=SAMPLE_CLERK,
        created_at=SAMPLE_TIME,
        expires_at=expiry_for(SAMPLE_TIME),
        code_hash="",
        status=RegistrationStatus.ISSUED,
        status_changed_at=SAMPLE_TIME,
    )


def _specimen_number(born: dt.date, serial: int) -> str:
    """A made-up national register number with its mod-97 check digits ("2" before them from 2000)."""
    base = f"{born:%y%m%d}{serial:03d}"
    checked = int(("2" if born.year >= 2000 else "") + base)
    return f"{base}{97 - checked % 97:02d}"


def sample_history(centre_ids: Sequence[str]) -> list[Registration]:
    """Registrations of one morning, newest first, in each status a clerk meets (one purged)."""
    sample = sample_registration(centre_ids[0])
    assert sample.identity is not None
    nora = dataclasses.replace(sample.identity, national_number=_specimen_number(dt.date(2001, 5, 3), 998))
    base = dataclasses.replace(sample, identity=nora)
    people = (  # given names, birth date, serial (odd: men), minutes before SAMPLE_TIME, status, reason
        ("Jan", dt.date(1978, 2, 14), 123, 25, RegistrationStatus.ACCEPTED, None),
        ("Ségolène", dt.date(1990, 4, 12), 2, 48, RegistrationStatus.REJECTED, "invalid_body"),
        ("Wout", dt.date(1985, 7, 30), 45, 70, RegistrationStatus.REVOKED, None),
        ("Inès", dt.date(1983, 3, 21), 66, 95, RegistrationStatus.ACTIVATED, None),
    )
    history = [base]
    for index, (given, born, serial, minutes, status, reason) in enumerate(people):
        created = SAMPLE_TIME - dt.timedelta(minutes=minutes)
        identity = dataclasses.replace(
            nora,
            given_names=given,
            birth_date=PartialDate.from_date(born),
            sex=Sex.MALE if serial % 2 else Sex.FEMALE,
            national_number=_specimen_number(born, serial),
        )
        history.append(
            dataclasses.replace(
                base,
                id=uuid.UUID(int=100 + index),
                identity=identity,
                created_at=created,
                expires_at=expiry_for(created),
                status=status,
                status_changed_at=created,
                rejection_reason=reason,
                centre_id=centre_ids[2] if reason else centre_ids[0],
            )
        )
    erased = SAMPLE_TIME - dt.timedelta(days=40)
    history.append(
        dataclasses.replace(
            base,
            id=uuid.UUID(int=199),
            identity=None,
            email=None,
            created_at=erased,
            expires_at=expiry_for(erased),
            status=RegistrationStatus.ACTIVATED,
            status_changed_at=erased,
        )
    )
    return history


class SampleInbox:
    """The training mailbox and SMS outbox as pictured: one activation e-mail, one security code by SMS."""

    def __init__(self, registration: Registration) -> None:
        from clerk_app.training_central import TrainingMail, TrainingSms  # training's (slow) imports

        link = "http://127.0.0.1:8765/activate/sample-link-token"
        at = SAMPLE_TIME + dt.timedelta(seconds=2)
        self._mails = [
            TrainingMail(at, (SAMPLE_EMAIL,), "Activeer uw digitale sleutels", link, None, registration.id)
        ]
        text = "Stad Gent: uw beveiligingscode is 482913. Hij werkt tot 10:25. Geef hem aan niemand door."
        self._sms = [TrainingSms(at + dt.timedelta(minutes=3), "+32470123456", text)]
        self._link = link

    def mails(self) -> list[TrainingMail]:
        return self._mails

    def sms(self) -> list[TrainingSms]:
        return self._sms

    def activation_link(self, _registration_id: uuid.UUID) -> str | None:
        return self._link
