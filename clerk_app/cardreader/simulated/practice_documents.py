"""Practice documents without a chip, for the manual path in training: their zones to scan or copy.

The ICAO specimens cannot serve: their "Utopia" (UTO) is no real country, so the form rightly refuses it
as a nationality. These use real country codes, made-up holders and numbers whose check digits are right,
and dates relative to the training day so they never expire. A number the zone does not carry (a foreign
passport holds no Belgian number) is given with the document, for the trainee to type.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.mrz import check_digit
from clerk_app.translatable import QT_TRANSLATE_NOOP

#: Years a practice document stays valid after the training day.
VALID_YEARS = 5


@dataclass(frozen=True)
class PracticeDocument:
    name: str  # stable, as the panel lists it
    kind: DocumentKind  # what to choose under Other document
    description: str  # English source text, context "practice_documents"
    zone: str
    number_to_type: str = ""  # the national register or BIS number, when the zone does not hold it

    def __repr__(self) -> str:
        return f"PracticeDocument(name={self.name!r})"


def _yymmdd(day: dt.date) -> str:
    return day.strftime("%y%m%d")


def _later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _names(surname: str, given_names: str) -> str:
    return f"{surname.replace(' ', '<')}<<{given_names.replace(' ', '<')}"


def passport_zone(
    *,
    issuing: str,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    personal: str = "",
) -> str:
    """A passport zone (TD3, 2×44) with every check digit as ICAO 9303 part 4 computes it."""
    line1 = f"P<{issuing}{_names(surname, given_names)}".ljust(44, "<")[:44]
    number_field, personal_field = number.ljust(9, "<"), personal.ljust(14, "<")
    personal_check = str(check_digit(personal_field)) if personal else "<"
    body = (
        f"{number_field}{check_digit(number_field)}{nationality}{_yymmdd(birth)}{check_digit(_yymmdd(birth))}"
        f"{sex}{_yymmdd(expiry)}{check_digit(_yymmdd(expiry))}{personal_field}{personal_check}"
    )
    return f"{line1}\n{body}{check_digit(body[0:10] + body[13:20] + body[21:43])}"


def belgian_card_zone(
    *,
    number: str,
    national_number: str,
    surname: str,
    given_names: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    nationality: str = "BEL",
    code: str = "ID",
    old_rule: bool = False,
) -> str:
    """A Belgian card's zone (TD1, 3×30): the 12-character number runs on into optional data 1, the
    national number sits in optional data 2. ``old_rule``: the number's digit over the number with the
    filler, as older cards print it; otherwise ICAO's, over the number alone."""
    head, overflow = number[:9], number[9:]
    digit = check_digit(f"{head}<{overflow}" if old_rule else number)
    line1 = f"{code:<2}BEL{head}<{overflow}{digit}".ljust(30, "<")
    dates = (
        f"{_yymmdd(birth)}{check_digit(_yymmdd(birth))}{sex}{_yymmdd(expiry)}{check_digit(_yymmdd(expiry))}"
    )
    line2 = f"{dates}{nationality}{national_number:<11}"
    composite = check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    line3 = _names(surname, given_names).ljust(30, "<")[:30]
    return f"{line1}\n{line2}{composite}\n{line3}"


def practice_documents(today: dt.date) -> tuple[PracticeDocument, ...]:
    """The practice documents as they are on ``today`` (valid for :data:`VALID_YEARS` more years)."""
    expiry = _later(today, VALID_YEARS)
    return (
        PracticeDocument(
            "passport-nld",
            DocumentKind.FOREIGN_PASSPORT,
            QT_TRANSLATE_NOOP(
                "practice_documents",
                "Dutch passport of an adult (NLD, a real country code). Choose 'Foreign passport', scan or "
                "paste the zone, then type the BIS number below: a passport does not hold it.",
            ),
            passport_zone(
                issuing="NLD",
                surname="OEFENPASPOORT",
                given_names="PIETER",
                number="OEFEN1234",
                nationality="NLD",
                birth=dt.date(1998, 7, 28),
                sex="M",
                expiry=expiry,
            ),
            number_to_type="98.47.28-997.65",  # a published example BIS number: male, born 1998-07-28
        ),
        PracticeDocument(
            "belgian-card-dead-chip",
            DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE,
            QT_TRANSLATE_NOOP(
                "practice_documents",
                "Older Belgian eID whose chip does not answer. Choose 'Belgian card, chip unreadable' and "
                "scan or paste the zone: it fills everything but the check by eye.",
            ),
            belgian_card_zone(
                number="591191706458",
                national_number="84041212447",
                surname="OEFENKAART",
                given_names="ANNA",
                birth=dt.date(1984, 4, 12),
                sex="F",
                expiry=expiry,
                old_rule=True,
            ),
        ),
    )
