"""The manual path: checking a form typed by the clerk (or pre-filled from its MRZ), building the identity.

The fields of each document type come from :mod:`clerk_app.domain.manual_fields`; dates are read by
:mod:`clerk_app.domain.date_input`; a zone's values come from :mod:`clerk_app.domain.mrz_form`.
:func:`build_identity` checks every field at once and answers with a :class:`ManualResult`: the identity
record when all fields are usable, otherwise one field-addressed :class:`~clerk_app.domain.reasons.Reason`
per problem, its code and sentence from :mod:`clerk_app.domain.manual_problems`. Whether the person may be
registered (age, validity today, number against birth date and sex, …) is decided afterwards by
:func:`clerk_app.domain.eligibility.assess` on the request built from that identity.

Input conventions, shown to the clerk as field hints:

- dates as :mod:`clerk_app.domain.date_input` reads them (``DD/MM/YYYY``, 00 for an unknown part);
- countries (nationality, issuing state) are ICAO 9303 three-letter codes: ISO 3166-1 alpha-3 (through
  pycountry) plus the ICAO-only codes in :data:`ICAO_ONLY_CODES` (D for Germany, XXA stateless, …);
- sex is M, F or X; names hold letters (any script), spaces, hyphens, apostrophes and dots;
- a document number is upper-cased and its spaces are dropped; a passport number is 5 to 9 letters and
  digits (the TD3 field), another document's 3 to 20 letters, digits, dashes or slashes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from clerk_app.domain.date_input import EARLIEST_YEAR, LATEST_YEAR, is_implausible_date, parse_date_input
from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import CARD_TYPES, DocumentKind
from clerk_app.domain.eligibility import BELGIUM, national_number_reasons
from clerk_app.domain.identity import IdentityRecord, Sex
from clerk_app.domain.manual_fields import (
    BIRTH_DATE,
    CARD_CHECKED,
    CARD_TYPE,
    CONFIRMATION_YES,
    DOCUMENT_NUMBER,
    GIVEN_NAMES,
    ISSUING_MUNICIPALITY,
    ISSUING_STATE,
    NATIONAL_NUMBER,
    NATIONALITY,
    PASSPORTS,
    SEX,
    SEX_CHOICES,
    SURNAME,
    VALID_FROM,
    VALID_UNTIL,
    FieldSpec,
    fields_for,
)
from clerk_app.domain.manual_problems import (
    MESSAGES,
    OTHER_NUMBER_MESSAGE,
    PASSPORT_NUMBER_MESSAGE,
    ManualCode,
)
from clerk_app.domain.national_number import parse_national_number
from clerk_app.domain.reasons import Reason
from clerk_app.domain.text import clean_text

#: ICAO 9303 part 3 codes that are not ISO 3166-1 alpha-3 but appear as nationality or issuing state.
ICAO_ONLY_CODES = frozenset(
    {
        "D",  # Germany
        "RKS",  # Kosovo
        "EUE",  # European Union
        "GBD",  # British Overseas Territories citizen
        "GBN",  # British National (Overseas)
        "GBO",  # British Overseas citizen
        "GBP",  # British protected person
        "GBS",  # British subject
        "UNA",  # specialised agency of the United Nations
        "UNK",  # resident of Kosovo (UNMIK)
        "UNO",  # United Nations Organization
        "XXA",  # stateless person
        "XXB",  # refugee (1951 Convention)
        "XXC",  # refugee (other)
        "XXX",  # unspecified nationality
    }
)
_NAME_PUNCTUATION = frozenset(" -'.’")
_PASSPORT_NUMBER = re.compile(r"[A-Z0-9]{5,9}")
_OTHER_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9/-]{2,19}")
_MAX_NAME = 100


@dataclass(frozen=True)
class ManualResult:
    """``identity`` when every field is usable, else None and one reason per problem (all blocking)."""

    identity: IdentityRecord | None
    reasons: tuple[Reason, ...]


def build_identity(kind: DocumentKind, values: Mapping[str, str], today: dt.date) -> ManualResult:
    """Check every field of ``kind``'s form in ``values`` (missing keys count as empty) and build the record.

    ``today`` rules out birth dates in the future. Keys that are not fields of this form are a
    programming error (``ValueError``), not a clerk's mistake.
    """
    specs = fields_for(kind)
    names = {spec.name for spec in specs}
    unknown = sorted(set(values) - names)
    if unknown:
        raise ValueError(f"not fields of the {kind.value} form: {', '.join(unknown)}")
    form = _Form(kind, values)
    surname = form.name(
        SURNAME, ManualCode.SURNAME_MISSING, ManualCode.SURNAME_INVALID, ManualCode.SURNAME_TOO_LONG
    )
    given_names = form.name(
        GIVEN_NAMES, None, ManualCode.GIVEN_NAMES_INVALID, ManualCode.GIVEN_NAMES_TOO_LONG
    )
    birth_date = form.birth_date(today)
    sex = form.sex()
    card_type: int | None = None
    if kind is DocumentKind.BELGIAN_PASSPORT:
        nationality: str | None = BELGIUM
        issuing: str | None = BELGIUM
    elif kind is DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE:
        nationality = form.country(
            NATIONALITY, ManualCode.NATIONALITY_MISSING, ManualCode.NATIONALITY_UNKNOWN
        )
        issuing = form.municipality()
        card_type = form.card_type()
        form.confirmed(CARD_CHECKED, ManualCode.CARD_NOT_CHECKED)
    else:
        nationality = form.country(
            NATIONALITY, ManualCode.NATIONALITY_MISSING, ManualCode.NATIONALITY_UNKNOWN
        )
        if ISSUING_STATE in specs:
            issuing = form.country(
                ISSUING_STATE, ManualCode.ISSUING_STATE_MISSING, ManualCode.ISSUING_STATE_UNKNOWN
            )
        else:
            issuing = form.municipality()
    national_number = form.national_number()
    document_number = form.document_number(kind in PASSPORTS)
    valid_until = form.date(
        VALID_UNTIL,
        ManualCode.DOCUMENT_EXPIRY_MISSING,
        ManualCode.DOCUMENT_EXPIRY_INVALID,
        ManualCode.DOCUMENT_EXPIRY_IMPLAUSIBLE,
    )
    valid_from = form.date(
        VALID_FROM, None, ManualCode.DOCUMENT_VALID_FROM_INVALID, ManualCode.DOCUMENT_VALID_FROM_IMPLAUSIBLE
    )
    if valid_until is not None and valid_from is not None and valid_until < valid_from:
        form.problem(ManualCode.DOCUMENT_VALIDITY_ORDER, VALID_UNTIL.name)
    if form.reasons:
        return ManualResult(None, tuple(form.reasons))
    assert surname is not None and birth_date is not None and sex is not None
    assert nationality is not None and issuing is not None and national_number is not None
    assert document_number is not None and valid_until is not None
    identity = IdentityRecord(
        document_kind=kind,
        surname=surname,
        given_names=given_names or "",
        birth_date=birth_date,
        sex=sex,
        nationality=nationality,
        national_number=national_number,
        document_number=document_number,
        document_valid_until=valid_until,
        document_valid_from=valid_from,
        card_type_code=card_type,
        issuing_authority=issuing,
    )
    return ManualResult(identity, ())


class _Form:
    """Reads one form's values, collecting a reason for every problem."""

    def __init__(self, kind: DocumentKind, values: Mapping[str, str]) -> None:
        self.kind = kind
        self.values = values
        self.reasons: list[Reason] = []

    def raw(self, spec: FieldSpec) -> str:
        return clean_text(self.values.get(spec.name, ""))

    def problem(self, code: ManualCode, field: str, message: str | None = None, **params: object) -> None:
        self.reasons.append(
            Reason(
                code.value,
                message or MESSAGES[code],
                field=field,
                params={name: str(value) for name, value in params.items()},
                context="manual",
            )
        )

    def implausible(self, code: ManualCode, field: str) -> None:
        self.problem(code, field, earliest=EARLIEST_YEAR, latest=LATEST_YEAR)

    def name(
        self, spec: FieldSpec, missing: ManualCode | None, invalid: ManualCode, too_long: ManualCode
    ) -> str | None:
        text = self.raw(spec)
        if not text:
            if missing is not None:
                self.problem(missing, spec.name)
            return None if missing is not None else ""
        if len(text) > _MAX_NAME:
            self.problem(too_long, spec.name, maximum=_MAX_NAME)
            return None
        if not _is_name(text):
            self.problem(invalid, spec.name)
            return None
        return text

    def birth_date(self, today: dt.date) -> PartialDate | None:
        text = self.raw(BIRTH_DATE)
        if not text:
            self.problem(ManualCode.BIRTH_DATE_MISSING, BIRTH_DATE.name)
            return None
        parsed = parse_date_input(text, partial=True)
        if parsed is None:
            if is_implausible_date(text, partial=True):
                self.implausible(ManualCode.BIRTH_DATE_IMPLAUSIBLE, BIRTH_DATE.name)
            else:
                self.problem(ManualCode.BIRTH_DATE_INVALID, BIRTH_DATE.name)
            return None
        earliest = parsed.earliest()
        if earliest is not None and earliest > today:
            self.problem(ManualCode.BIRTH_DATE_IN_FUTURE, BIRTH_DATE.name)
            return None
        return parsed

    def date(
        self, spec: FieldSpec, missing: ManualCode | None, invalid: ManualCode, implausible: ManualCode
    ) -> dt.date | None:
        text = self.raw(spec)
        if not text:
            if missing is not None:
                self.problem(missing, spec.name)
            return None
        parsed = parse_date_input(text, partial=False)
        exact = parsed.as_date() if parsed is not None else None
        if exact is None:
            if is_implausible_date(text, partial=False):
                self.implausible(implausible, spec.name)
            else:
                self.problem(invalid, spec.name)
        return exact

    def sex(self) -> Sex | None:
        text = self.raw(SEX).upper()
        if not text:
            self.problem(ManualCode.SEX_MISSING, SEX.name)
            return None
        if text not in {value for value, _label in SEX_CHOICES}:
            self.problem(ManualCode.SEX_INVALID, SEX.name)
            return None
        return Sex(text)

    def country(self, spec: FieldSpec, missing: ManualCode, unknown: ManualCode) -> str | None:
        code = self.raw(spec).upper()
        if not code:
            self.problem(missing, spec.name)
            return None
        if not is_country_code(code):
            self.problem(unknown, spec.name)
            return None
        return code

    def card_type(self) -> int | None:
        text = self.raw(CARD_TYPE)
        if not text:
            self.problem(ManualCode.CARD_TYPE_MISSING, CARD_TYPE.name)
            return None
        if text not in {value for value, _label in CARD_TYPE.choices}:
            self.problem(ManualCode.CARD_TYPE_INVALID, CARD_TYPE.name)
            return None
        code = int(text)
        assert code in CARD_TYPES
        return code

    def confirmed(self, spec: FieldSpec, missing: ManualCode) -> None:
        if self.raw(spec) != CONFIRMATION_YES:
            self.problem(missing, spec.name)

    def municipality(self) -> str | None:
        text = self.raw(ISSUING_MUNICIPALITY)
        if len(text) > _MAX_NAME:
            self.problem(
                ManualCode.ISSUING_MUNICIPALITY_TOO_LONG, ISSUING_MUNICIPALITY.name, maximum=_MAX_NAME
            )
            return None
        if text and not _is_name(text):
            self.problem(ManualCode.ISSUING_MUNICIPALITY_INVALID, ISSUING_MUNICIPALITY.name)
            return None
        return text

    def national_number(self) -> str | None:
        text = self.raw(NATIONAL_NUMBER)
        problems = national_number_reasons(text)
        if problems:
            self.reasons += problems
            return None
        return parse_national_number(text).compact

    def document_number(self, passport: bool) -> str | None:
        number = self.raw(DOCUMENT_NUMBER).replace(" ", "").upper()
        if not number:
            self.problem(ManualCode.DOCUMENT_NUMBER_MISSING, DOCUMENT_NUMBER.name)
            return None
        pattern, message = (
            (_PASSPORT_NUMBER, PASSPORT_NUMBER_MESSAGE) if passport else (_OTHER_NUMBER, OTHER_NUMBER_MESSAGE)
        )
        if not pattern.fullmatch(number):
            self.problem(ManualCode.DOCUMENT_NUMBER_INVALID, DOCUMENT_NUMBER.name, message)
            return None
        return number


def _is_name(text: str) -> bool:
    """Letters (any script) with spaces, hyphens, apostrophes and dots; the length is checked apart."""
    return any(unicodedata.category(char).startswith("L") for char in text) and all(
        unicodedata.category(char)[0] in "LM" or char in _NAME_PUNCTUATION for char in text
    )


def is_country_code(code: str) -> bool:
    """An ICAO 9303 nationality / issuing-state code (upper case, without fillers)."""
    if code in ICAO_ONLY_CODES:
        return True
    import pycountry  # loads its metadata machinery: off the application's start

    return (
        len(code) == 3
        and code.isascii()
        and code.isalpha()
        and code.isupper()
        and pycountry.countries.get(alpha_3=code) is not None
    )
