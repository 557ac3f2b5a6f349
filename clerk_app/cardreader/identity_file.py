"""Parse the identity file EF(ID#RN) 4031 into a :class:`CardIdentity` (eid-card.md §3, §5).

Fields are found by tag, never by position: optional fields may be absent or present with length 0. Text
is UTF-8, trimmed. Birth dates come in the card's language and in every variant seen on real cards (one-digit
days, a month padded with a second space, German ``13.AUG. 1996``, year only, blank parts) and become a
:class:`PartialDate`. Anything malformed raises :class:`~clerk_app.errors.CardDataError`, and nothing else.
"""

from __future__ import annotations

import datetime as dt
import re

from clerk_app.cardreader.tlv import parse_tlv
from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import card_type
from clerk_app.domain.identity import CardIdentity, Sex, SpecialStatus
from clerk_app.domain.text import ascii_digits, strip_invisible
from clerk_app.errors import CardDataError
from clerk_app.translatable import QT_TRANSLATE_NOOP

#: Month tokens as the cards write them (IDADR5 §3; eid-card.md §3.3), per card language.
MONTHS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"),
    "nl": ("JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"),
    "de": ("JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"),
}

_MONTHS: dict[str, int] = {
    token: number for tokens in MONTHS_BY_LANGUAGE.values() for number, token in enumerate(tokens, start=1)
}
_SEPARATORS = re.compile(r"[ .]+")
_CARD_DATE = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})")

_SEX = {"M": Sex.MALE, "F": Sex.FEMALE, "V": Sex.FEMALE, "W": Sex.FEMALE}


def parse_birth_date(text: str) -> PartialDate:
    """``01 JAN 1971``, ``1 JAN 1971``, ``26 AVR  1975``, ``13.AUG. 1996``, ``1950``… as a partial date.

    A blank, ``0`` or ``00`` day or month is unknown; an empty text is a wholly unknown date.
    """
    tokens = [token for token in _SEPARATORS.split(text.strip().upper()) if token]
    if not tokens:
        return PartialDate(None)
    *head, year_text = tokens
    if not (len(year_text) == 4 and ascii_digits(year_text)):
        raise _bad_birth_date(QT_TRANSLATE_NOOP("errors", "no four-digit year at the end"))
    year = int(year_text) or None
    day: int | None = None
    month: int | None = None
    if len(head) == 2:
        day_text, month_text = head
        day = _day(day_text)
        month = _month(month_text)
    elif len(head) == 1:
        # One part besides the year: a month (day unknown), or a bare day whose month is unknown.
        only = head[0]
        if ascii_digits(only):
            _day(only)
        else:
            month = _month(only)
    elif head:
        raise _bad_birth_date(QT_TRANSLATE_NOOP("errors", "too many parts"))
    if year is None:
        return PartialDate(None)
    if month is None:
        return PartialDate(year)
    try:
        return PartialDate(year, month, day)
    except ValueError as exc:
        raise _bad_birth_date(QT_TRANSLATE_NOOP("errors", "no such day")) from exc


def _day(text: str) -> int | None:
    if not (1 <= len(text) <= 2 and ascii_digits(text)):
        raise _bad_birth_date(QT_TRANSLATE_NOOP("errors", "the day is not a number"))
    return int(text) or None


def _month(text: str) -> int | None:
    if text in ("0", "00"):
        return None
    month = _MONTHS.get(text)
    if month is None:
        raise _bad_birth_date(QT_TRANSLATE_NOOP("errors", "unknown month"))
    return month


def _bad_birth_date(why: str) -> CardDataError:
    """``why`` is a phrase marked for translation in context ``errors``, like the problem around it."""
    return CardDataError(
        f"birth date: {why}",
        problem=QT_TRANSLATE_NOOP("errors", "the birth date cannot be read ({why})"),
        why=why,
    )


def parse_card_date(text: str, field: str) -> dt.date | None:
    """``DD.MM.YYYY`` (validity, protection and EU-card dates); empty is None.

    ``field`` names the date in the error the clerk reads: a phrase marked for translation (``errors``).
    """
    if not text:
        return None
    match = _CARD_DATE.fullmatch(text)
    if match is None:
        raise CardDataError(
            f"{field}: not DD.MM.YYYY",
            problem=QT_TRANSLATE_NOOP("errors", "{field} is not a date"),
            field=field,
        )
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise CardDataError(
            f"{field}: no such day", problem=QT_TRANSLATE_NOOP("errors", "{field} is not a date"), field=field
        ) from exc


def parse_identity(data: bytes) -> CardIdentity:
    """Every field of an identity file; ``CardDataError`` if it is malformed."""
    fields = parse_tlv(data)

    def text(tag: int) -> str:
        try:
            return strip_invisible(fields.get(tag, b"").decode("utf-8")).strip(" ")
        except UnicodeDecodeError as exc:
            raise CardDataError(
                f"field {tag:02X} not UTF-8",
                problem=QT_TRANSLATE_NOOP("errors", "field {tag} is not text"),
                tag=f"{tag:02X}",
            ) from exc

    type_text = text(0x0F)
    if not (1 <= len(type_text) <= 3 and ascii_digits(type_text)):
        raise CardDataError(
            "document type missing or not a number",
            problem=QT_TRANSLATE_NOOP("errors", "the document type is missing"),
        )
    status_text = text(0x10)
    protection = text(0x15)
    protection_date, _, protection_country = protection.partition("-")
    birth_text = text(0x0C)
    unknown = tuple(sorted(tag for tag in fields if tag > 0x1F))

    return CardIdentity(
        card_number=text(0x01),
        chip_number=fields.get(0x02, b""),
        validity_begin=parse_card_date(text(0x03), QT_TRANSLATE_NOOP("errors", "the start of validity")),
        validity_end=parse_card_date(text(0x04), QT_TRANSLATE_NOOP("errors", "the end of validity")),
        issuing_municipality=text(0x05),
        national_number=text(0x06),
        surname=text(0x07),
        first_names=text(0x08),
        third_initial=text(0x09),
        nationality=text(0x0A),
        birth_place=text(0x0B),
        birth_date=parse_birth_date(birth_text),
        birth_date_text=birth_text,
        sex=_SEX.get(text(0x0D).upper()),
        card_type=card_type(int(type_text)),
        noble_condition=text(0x0E),
        special_status=_special_status(status_text),
        special_status_raw=status_text,
        photo_hash=fields.get(0x11, b""),
        duplicate=text(0x12),
        special_organisation=text(0x13),
        member_of_family=0x14 in fields,
        protection_date=parse_card_date(
            protection_date.strip(), QT_TRANSLATE_NOOP("errors", "the protection date")
        ),
        protection_country=protection_country.strip(),
        work_permit=text(0x16),
        employer_vat_1=text(0x17),
        employer_vat_2=text(0x18),
        regional_file_number=text(0x19),
        basic_key_hash=fields.get(0x1A, b""),
        brexit_mention_1=text(0x1B),
        brexit_mention_2=text(0x1C),
        card_a_mention_1=text(0x1D),
        card_a_mention_2=text(0x1E),
        eu_card_start_date=parse_card_date(text(0x1F), QT_TRANSLATE_NOOP("errors", "the EU card date")),
        file_version=fields.get(0x00, b""),
        unknown_tags=unknown,
    )


def _special_status(text: str) -> SpecialStatus | None:
    """Tag 10, written ``0`` or ``00``; an unknown code stays only in the raw text."""
    if not text:
        return None
    if len(text) <= 2 and ascii_digits(text):
        try:
            return SpecialStatus(str(int(text)))
        except ValueError:
            return None
    return None
