"""Valid registrations of every document type, as the domain rules accept them on one day; tests break one
thing at a time (``invalid_registrations``) or register them as they are.

All people here are invented; the national numbers are the published worked examples of the check-digit
rule or computed with the published mod-97 rule.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind, card_type
from clerk_app.domain.identity import CardIdentity, IdentityRecord, Sex, identity_from_card
from clerk_app.domain.manual_form import build_identity
from clerk_app.domain.registration import Clerk, Language, RegistrationRequest

#: The registration day every case is judged on.
TODAY = dt.date(2026, 3, 2)


VALID_UNTIL = dt.date(2030, 1, 31)


def national_number(yymmdd: str, serial: int, *, born_2000s: bool = False) -> str:
    """An 11-digit number with check digits by the published rule: 97 - (N mod 97), "2" before N from 2000."""
    base = f"{yymmdd}{serial:03d}"
    n = int(("2" if born_2000s else "") + base)
    return f"{base}{97 - n % 97:02d}"


# Published examples (domain.md §2): 85.07.30-033.28 male 1985-07-30; 75.06.08-980.09 female 1975-06-08;
# BIS 98.47.28-997.65 male 1998-07-28; 17.07.30-033.84 born 2017-07-30.
NN_MALE_1985 = "85.07.30-033.28"


NN_FEMALE_1975 = "75.06.08-980.09"


BIS_MALE_1998 = "98.47.28-997.65"


NN_CHILD_2017 = "17.07.30-033.84"


MANUAL_KINDS = (
    DocumentKind.BELGIAN_PASSPORT,
    DocumentKind.FOREIGN_PASSPORT,
    DocumentKind.ORANGE_CARD,
    DocumentKind.ANNEX_35,
    DocumentKind.OTHER_FOREIGN_ID,
    DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE,
)


ALL_KINDS = (DocumentKind.ELECTRONIC_CARD, *MANUAL_KINDS)


_VALID_VALUES: dict[DocumentKind, dict[str, str]] = {
    DocumentKind.BELGIAN_PASSPORT: {
        "surname": "Peeters",
        "given_names": "Jan Karel",
        "birth_date": "30/07/1985",
        "sex": "M",
        "national_number": NN_MALE_1985,
        "document_number": "EH123456",
        "document_valid_until": "31/01/2030",
        "document_valid_from": "01/02/2023",
    },
    DocumentKind.FOREIGN_PASSPORT: {
        "surname": "van den Berg",
        "given_names": "Pieter",
        "birth_date": "28/07/1998",
        "sex": "M",
        "nationality": "NLD",
        "national_number": BIS_MALE_1998,
        "document_number": "NX7R2K4P1",
        "document_valid_until": "2030-01-31",
        "document_valid_from": "",
        "issuing_authority": "NLD",
    },
    DocumentKind.ORANGE_CARD: {
        "surname": "Haddad",
        "given_names": "Leila",
        "birth_date": "08.06.1975",
        "sex": "F",
        "nationality": "SYR",
        "national_number": NN_FEMALE_1975,
        "document_number": "AI-2025/0481",
        "document_valid_until": "31/01/2030",
        "document_valid_from": "02/01/2026",
        "issuing_authority": "Gent",
    },
    DocumentKind.ANNEX_35: {
        "surname": "Okafor",
        "given_names": "Chidi",
        "birth_date": "15/01/1990",
        "sex": "M",
        "nationality": "NGA",
        "national_number": national_number("900115", 11),
        "document_number": "B35-77812",
        "document_valid_until": "31-01-2030",
        "issuing_authority": "Sint-Amandsberg",
    },
    DocumentKind.OTHER_FOREIGN_ID: {
        "surname": "Dubois",
        "given_names": "Marie-Claire",
        "birth_date": "00/00/1975",
        "sex": "F",
        "nationality": "FRA",
        "national_number": national_number("750000", 2),
        "document_number": "X4RTBPFW4",
        "document_valid_until": "31/01/2030",
        "issuing_authority": "FRA",
    },
    DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE: {
        "surname": "Janssens",
        "given_names": "Els",
        "birth_date": "08/06/1975",
        "sex": "F",
        "nationality": "BEL",
        "national_number": NN_FEMALE_1975,
        "card_type": "1",
        "document_number": "592123456789",
        "document_valid_until": "31/01/2030",
        "document_valid_from": "02/01/2020",
        "issuing_authority": "Gent",
        "card_checked": "yes",
    },
}


def valid_values(kind: DocumentKind, **changes: str) -> dict[str, str]:
    """A complete, valid form for ``kind`` with ``changes`` applied."""
    values = dict(_VALID_VALUES[kind])
    values.update(changes)
    return values


def card(code: int = 1, **changes: object) -> CardIdentity:
    """The identity file of an (invented) adult's card of chip type ``code``."""
    base = CardIdentity(
        card_number="591191706458",
        chip_number=bytes(16),
        validity_begin=dt.date(2022, 5, 10),
        validity_end=dt.date(2032, 5, 10),
        issuing_municipality="Gent",
        national_number="85073003328",
        surname="Peeters",
        first_names="Jan Karel",
        third_initial="M",
        nationality="Belg",
        birth_place="Gent",
        birth_date=PartialDate(1985, 7, 30),
        birth_date_text="30 JUL 1985",
        sex=Sex.MALE,
        card_type=card_type(code),
    )
    return dataclasses.replace(base, **changes)


def valid_identity(kind: DocumentKind) -> IdentityRecord:
    if kind is DocumentKind.ELECTRONIC_CARD:
        return identity_from_card(card())
    identity = build_identity(kind, _VALID_VALUES[kind], TODAY).identity
    if identity is None:
        raise AssertionError(f"the valid {kind.value} form is refused")
    return identity


def valid_request(
    kind: DocumentKind = DocumentKind.ELECTRONIC_CARD, **changes: object
) -> RegistrationRequest:
    """A request that passes every rule on :data:`TODAY`, with ``changes`` applied to the request."""
    request = RegistrationRequest(
        identity=valid_identity(kind),
        email="citizen@example.org",
        language=Language.NL,
        presence_confirmed=True,
        centre_id="stadskantoor",
        clerk=Clerk(name="An Clerk", staff_number="G12345"),
    )
    return dataclasses.replace(request, **changes)


def with_identity(kind: DocumentKind, **changes: object) -> RegistrationRequest:
    """A valid request for ``kind`` whose identity has ``changes`` applied."""
    return valid_request(kind, identity=dataclasses.replace(valid_identity(kind), **changes))


def identity_request_from_card(code: int = 1, **changes: object) -> RegistrationRequest:
    """A valid request except for what ``changes`` do to the card's identity file."""
    return valid_request(identity=identity_from_card(card(code, **changes)))
