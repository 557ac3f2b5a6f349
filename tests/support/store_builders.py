"""Synthetic people and registration requests for the store tests, the crash child and the benchmark.

All data is made up: names from lists of common Belgian and international names (with accents on
purpose), national register numbers computed to be valid and to agree with birth date and sex.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import IdentityRecord, Sex
from clerk_app.domain.registration import Clerk, Language, RegistrationRequest

#: A fixed "now" for tests: a weekday morning in Ghent (UTC+1 in November).
NOW = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)

SURNAMES = (
    "Janssens", "Peeters", "Maes", "Van den Broeck", "D'Hondt", "De Smet", "Claes", "Wouters", "Çelik",
    "Nguyễn", "Müller", "Öztürk", "Dubois", "Lemaître", "Van Damme", "Goossens", "Verstraete", "Mertens",
    "El Amrani", "Kowalski", "Vandenberghe", "Dupont", "Ødegård", "Martínez",
)  # fmt: skip
GIVEN_NAMES = (
    "Nora Angèle", "Ségolène", "Jan", "Mohamed", "Fatma", "Élodie", "Lars", "Zoë", "Sven", "Chloé",
    "Anaïs", "Bjørn", "Wout", "Yasmine", "Pieter-Jan", "Maëlle", "Jürgen", "Inès", "Kobe", "Lotte",
)  # fmt: skip
CLERK = Clerk(name="An Verkeersbeambte", staff_number="G12345")


def national_number(birth: dt.date, serial: int) -> str:
    """A valid national register number: odd serials are men, even serials women."""
    body = f"{birth:%y%m%d}{serial:03d}"
    base = int(("2" if birth.year >= 2000 else "") + body)
    return f"{body}{97 - base % 97:02d}"


def person(index: int, *, kind: DocumentKind = DocumentKind.ELECTRONIC_CARD) -> IdentityRecord:
    """The ``index``-th synthetic person, aged 12 to 92 on :data:`NOW`."""
    birth = dt.date(1934 + index % 80, 1 + index % 12, 1 + index % 28)
    sex = Sex.MALE if index % 2 else Sex.FEMALE
    serial = 2 * (index % 498) + (1 if sex is Sex.MALE else 2)  # 1..996, odd for men
    electronic = kind is DocumentKind.ELECTRONIC_CARD
    return IdentityRecord(
        document_kind=kind,
        surname=SURNAMES[index % len(SURNAMES)],
        given_names=GIVEN_NAMES[(index // len(SURNAMES)) % len(GIVEN_NAMES)],
        birth_date=PartialDate.from_date(birth),
        sex=sex,
        nationality="BELG" if electronic else "NLD",
        national_number=national_number(birth, serial),
        document_number=f"{590000000000 + index:012d}" if electronic else f"NX{index:07d}",
        document_valid_until=dt.date(2031, 6, 30),
        document_valid_from=dt.date(2021, 7, 1),
        card_type_code=1 if electronic else None,
        issuing_authority="Gent" if electronic else "NLD",
    )


def request(index: int = 0, **changes: object) -> RegistrationRequest:
    """A request that passes every eligibility rule on :data:`NOW`; ``changes`` replace fields."""
    base = RegistrationRequest(
        identity=person(index),
        email=f"burger{index}@example.org",
        language=Language.NL,
        presence_confirmed=True,
        centre_id="stadskantoor",
        clerk=CLERK,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def with_identity(index: int = 0, **changes: object) -> RegistrationRequest:
    """A request whose identity fields are replaced by ``changes``."""
    base = request(index)
    return dataclasses.replace(base, identity=dataclasses.replace(base.identity, **changes))  # type: ignore[arg-type]
