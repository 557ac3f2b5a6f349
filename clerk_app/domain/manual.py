"""The manual path: a document without a chip, typed in by the clerk or pre-filled from its MRZ.

Each :class:`~clerk_app.domain.documents.DocumentKind` except the chip card has a declarative list of
fields (:func:`fields_for`) that the UI renders as a form. :func:`build_identity` checks every field at
once and answers with a :class:`ManualResult`: the identity record when all fields are usable, otherwise
one field-addressed :class:`~clerk_app.domain.reasons.Reason` per problem. Whether the person may be
registered (age, validity today, number against birth date and sex, …) is decided afterwards by
:func:`clerk_app.domain.eligibility.assess` on the request built from that identity.

Input conventions, shown to the clerk as field hints:

- dates are ``DD/MM/YYYY`` (``.`` or ``-`` also separate) or ISO ``YYYY-MM-DD``; in a birth date an
  unknown day or month is ``00`` (or ``??``) and an unknown year ``0000``; years run from 1900 to 2199;
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
from enum import StrEnum

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import BELGIUM, national_number_reasons
from clerk_app.domain.identity import IdentityRecord, Sex
from clerk_app.domain.mrz import MrzFormat, MrzProblem, MrzResult
from clerk_app.domain.national_number import NationalNumberError, parse_national_number
from clerk_app.domain.reasons import Reason
from clerk_app.errors import InputError
from clerk_app.translatable import QT_TRANSLATE_NOOP

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
_EARLIEST_YEAR, _LATEST_YEAR = 1900, 2199
_NAME_PUNCTUATION = frozenset(" -'.’")
_PASSPORT_NUMBER = re.compile(r"[A-Z0-9]{5,9}")
_OTHER_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9/-]{2,19}")
_ISO_DATE = re.compile(r"(\d{4}|\?{4})-(\d{2}|\?{2})-(\d{2}|\?{2})")
_DMY_DATE = re.compile(r"(\d{1,2}|\?{1,2})[./-](\d{1,2}|\?{1,2})[./-](\d{4}|\?{4})")
_MAX_NAME = 100


class FieldKind(StrEnum):
    """What kind of input widget and check a field needs."""

    NAME = "name"
    PARTIAL_DATE = "partial_date"  # a birth date: unknown parts allowed
    DATE = "date"
    SEX = "sex"
    COUNTRY = "country"
    NATIONAL_NUMBER = "national_number"
    DOCUMENT_NUMBER = "document_number"
    TEXT = "text"


@dataclass(frozen=True)
class FieldSpec:
    """One form field. ``label``, ``hint`` and choice labels are English in translation context ``manual``;
    ``name`` is the key in the values mapping and the ``field`` of the reasons about it."""

    name: str
    label: str
    kind: FieldKind
    required: bool
    hint: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for a closed list


SEX_CHOICES = (
    ("M", QT_TRANSLATE_NOOP("manual", "Male (M)")),
    ("F", QT_TRANSLATE_NOOP("manual", "Female (F)")),
    ("X", QT_TRANSLATE_NOOP("manual", "Unspecified (X)")),
)
_DATE_HINT = QT_TRANSLATE_NOOP("manual", "DD/MM/YYYY")
_COUNTRY_HINT = QT_TRANSLATE_NOOP(
    "manual", "Three-letter code as on the document, e.g. NLD; XXA for stateless"
)
#: Only a person is stateless: the issuing country's hint names the state that issued the document.
_ISSUING_COUNTRY_HINT = QT_TRANSLATE_NOOP(
    "manual", "Three-letter code of the state that issued the document, as on it, e.g. SWE"
)

_SURNAME = FieldSpec("surname", QT_TRANSLATE_NOOP("manual", "Surname"), FieldKind.NAME, required=True)
_GIVEN_NAMES = FieldSpec(
    "given_names",
    QT_TRANSLATE_NOOP("manual", "Given names"),
    FieldKind.NAME,
    required=False,
    hint=QT_TRANSLATE_NOOP("manual", "Leave empty if the document shows none"),
)
_BIRTH_DATE = FieldSpec(
    "birth_date",
    QT_TRANSLATE_NOOP("manual", "Date of birth"),
    FieldKind.PARTIAL_DATE,
    required=True,
    hint=QT_TRANSLATE_NOOP("manual", "DD/MM/YYYY; 00 for an unknown day or month"),
)
_SEX = FieldSpec("sex", QT_TRANSLATE_NOOP("manual", "Sex"), FieldKind.SEX, required=True, choices=SEX_CHOICES)
_NATIONALITY = FieldSpec(
    "nationality",
    QT_TRANSLATE_NOOP("manual", "Nationality"),
    FieldKind.COUNTRY,
    required=True,
    hint=_COUNTRY_HINT,
)
_ISSUING_STATE = FieldSpec(
    "issuing_authority",
    QT_TRANSLATE_NOOP("manual", "Issuing country"),
    FieldKind.COUNTRY,
    required=True,
    hint=_ISSUING_COUNTRY_HINT,
)
_ISSUING_MUNICIPALITY = FieldSpec(
    "issuing_authority",
    QT_TRANSLATE_NOOP("manual", "Issuing municipality"),
    FieldKind.TEXT,
    required=False,
)
_NATIONAL_NUMBER = FieldSpec(
    "national_number",
    QT_TRANSLATE_NOOP("manual", "National register or BIS number"),
    FieldKind.NATIONAL_NUMBER,
    required=True,
    hint=QT_TRANSLATE_NOOP("manual", "11 digits, e.g. 85.07.30-033.28"),
)
_DOCUMENT_NUMBER = FieldSpec(
    "document_number",
    QT_TRANSLATE_NOOP("manual", "Document number"),
    FieldKind.DOCUMENT_NUMBER,
    required=True,
)
_VALID_UNTIL = FieldSpec(
    "document_valid_until",
    QT_TRANSLATE_NOOP("manual", "Valid until"),
    FieldKind.DATE,
    required=True,
    hint=_DATE_HINT,
)
_VALID_FROM = FieldSpec(
    "document_valid_from",
    QT_TRANSLATE_NOOP("manual", "Valid from (date of issue)"),
    FieldKind.DATE,
    required=False,
    hint=_DATE_HINT,
)

_PERSON = (_SURNAME, _GIVEN_NAMES, _BIRTH_DATE, _SEX)
_DOCUMENT = (_DOCUMENT_NUMBER, _VALID_UNTIL, _VALID_FROM)

#: The form of every manual document type, in display order.
FIELDS: dict[DocumentKind, tuple[FieldSpec, ...]] = {
    # Nationality and issuing state of a Belgian passport are Belgium: no field for them.
    DocumentKind.BELGIAN_PASSPORT: (*_PERSON, _NATIONAL_NUMBER, *_DOCUMENT),
    DocumentKind.FOREIGN_PASSPORT: (*_PERSON, _NATIONALITY, _NATIONAL_NUMBER, *_DOCUMENT, _ISSUING_STATE),
    DocumentKind.ORANGE_CARD: (*_PERSON, _NATIONALITY, _NATIONAL_NUMBER, *_DOCUMENT, _ISSUING_MUNICIPALITY),
    DocumentKind.ANNEX_35: (*_PERSON, _NATIONALITY, _NATIONAL_NUMBER, *_DOCUMENT, _ISSUING_MUNICIPALITY),
    DocumentKind.OTHER_FOREIGN_ID: (*_PERSON, _NATIONALITY, _NATIONAL_NUMBER, *_DOCUMENT, _ISSUING_STATE),
}

_PASSPORTS = frozenset({DocumentKind.BELGIAN_PASSPORT, DocumentKind.FOREIGN_PASSPORT})


def fields_for(kind: DocumentKind) -> tuple[FieldSpec, ...]:
    """The form for ``kind``; a chip card has none (it is read, not typed)."""
    try:
        return FIELDS[kind]
    except KeyError:
        raise ValueError(f"{kind.value} is read from its chip, not typed") from None


class ManualCode(StrEnum):
    """Every code :func:`build_identity` can return besides the national-number ones of eligibility."""

    SURNAME_MISSING = "surname_missing"
    SURNAME_INVALID = "surname_invalid"
    GIVEN_NAMES_INVALID = "given_names_invalid"
    BIRTH_DATE_MISSING = "birth_date_missing"
    BIRTH_DATE_INVALID = "birth_date_invalid"
    BIRTH_DATE_IN_FUTURE = "birth_date_in_future"
    SEX_MISSING = "sex_missing"
    SEX_INVALID = "sex_invalid"
    NATIONALITY_MISSING = "nationality_missing"
    NATIONALITY_UNKNOWN = "nationality_unknown"
    ISSUING_STATE_MISSING = "issuing_state_missing"
    ISSUING_STATE_UNKNOWN = "issuing_state_unknown"
    ISSUING_MUNICIPALITY_INVALID = "issuing_municipality_invalid"
    DOCUMENT_NUMBER_MISSING = "document_number_missing"
    DOCUMENT_NUMBER_INVALID = "document_number_invalid"
    DOCUMENT_EXPIRY_MISSING = "document_expiry_missing"
    DOCUMENT_EXPIRY_INVALID = "document_expiry_invalid"
    DOCUMENT_VALID_FROM_INVALID = "document_valid_from_invalid"
    DOCUMENT_VALIDITY_ORDER = "document_validity_order"


_MESSAGES: dict[ManualCode, str] = {
    ManualCode.SURNAME_MISSING: QT_TRANSLATE_NOOP("manual", "Enter the surname as it is on the document."),
    ManualCode.SURNAME_INVALID: QT_TRANSLATE_NOOP(
        "manual", "A surname holds only letters, spaces, hyphens, apostrophes and dots (at most 100)."
    ),
    ManualCode.GIVEN_NAMES_INVALID: QT_TRANSLATE_NOOP(
        "manual", "Given names hold only letters, spaces, hyphens, apostrophes and dots (at most 100)."
    ),
    ManualCode.BIRTH_DATE_MISSING: QT_TRANSLATE_NOOP(
        "manual",
        "Enter the date of birth; write 00 for an unknown day or month and 0000 for an unknown year.",
    ),
    ManualCode.BIRTH_DATE_INVALID: QT_TRANSLATE_NOOP(
        "manual",
        "The date of birth is not a date. Write it as DD/MM/YYYY, with 00 for an unknown day or month "
        "(a known day needs a known month).",
    ),
    ManualCode.BIRTH_DATE_IN_FUTURE: QT_TRANSLATE_NOOP("manual", "The date of birth is in the future."),
    ManualCode.SEX_MISSING: QT_TRANSLATE_NOOP(
        "manual", "Choose the sex as it is on the document (X if the document shows none)."
    ),
    ManualCode.SEX_INVALID: QT_TRANSLATE_NOOP("manual", "The sex must be M, F or X."),
    ManualCode.NATIONALITY_MISSING: QT_TRANSLATE_NOOP("manual", "Enter the nationality."),
    ManualCode.NATIONALITY_UNKNOWN: QT_TRANSLATE_NOOP(
        "manual",
        "This is not a known nationality code. Use the three-letter code on the document "
        "(for example NLD, or XXA for a stateless person).",
    ),
    ManualCode.ISSUING_STATE_MISSING: QT_TRANSLATE_NOOP(
        "manual", "Enter the country that issued the document."
    ),
    ManualCode.ISSUING_STATE_UNKNOWN: QT_TRANSLATE_NOOP(
        "manual",
        "This is not a known country code. Use the three-letter code on the document (for example NLD).",
    ),
    ManualCode.ISSUING_MUNICIPALITY_INVALID: QT_TRANSLATE_NOOP(
        "manual", "The issuing municipality is too long or holds digits or symbols."
    ),
    ManualCode.DOCUMENT_NUMBER_MISSING: QT_TRANSLATE_NOOP("manual", "Enter the document number."),
    ManualCode.DOCUMENT_EXPIRY_MISSING: QT_TRANSLATE_NOOP(
        "manual", "Enter the date until which the document is valid."
    ),
    ManualCode.DOCUMENT_EXPIRY_INVALID: QT_TRANSLATE_NOOP(
        "manual", "The expiry date is not a date. Write it as DD/MM/YYYY."
    ),
    ManualCode.DOCUMENT_VALID_FROM_INVALID: QT_TRANSLATE_NOOP(
        "manual", "The date of issue is not a date. Write it as DD/MM/YYYY, or leave it empty."
    ),
    ManualCode.DOCUMENT_VALIDITY_ORDER: QT_TRANSLATE_NOOP(
        "manual", "The document cannot expire before it was issued. Check both dates."
    ),
}
_PASSPORT_NUMBER_MESSAGE = QT_TRANSLATE_NOOP("manual", "A passport number has 5 to 9 letters and digits.")
_OTHER_NUMBER_MESSAGE = QT_TRANSLATE_NOOP(
    "manual", "A document number has 3 to 20 letters, digits, dashes or slashes."
)


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
    surname = form.name(_SURNAME, ManualCode.SURNAME_MISSING, ManualCode.SURNAME_INVALID)
    given_names = form.name(_GIVEN_NAMES, None, ManualCode.GIVEN_NAMES_INVALID)
    birth_date = form.birth_date(today)
    sex = form.sex()
    if kind is DocumentKind.BELGIAN_PASSPORT:
        nationality: str | None = BELGIUM
        issuing: str | None = BELGIUM
    else:
        nationality = form.country(
            _NATIONALITY, ManualCode.NATIONALITY_MISSING, ManualCode.NATIONALITY_UNKNOWN
        )
        if _ISSUING_STATE in specs:
            issuing = form.country(
                _ISSUING_STATE, ManualCode.ISSUING_STATE_MISSING, ManualCode.ISSUING_STATE_UNKNOWN
            )
        else:
            issuing = form.municipality()
    national_number = form.national_number()
    document_number = form.document_number(kind in _PASSPORTS)
    valid_until = form.date(
        _VALID_UNTIL, ManualCode.DOCUMENT_EXPIRY_MISSING, ManualCode.DOCUMENT_EXPIRY_INVALID
    )
    valid_from = form.date(_VALID_FROM, None, ManualCode.DOCUMENT_VALID_FROM_INVALID)
    if valid_until is not None and valid_from is not None and valid_until < valid_from:
        form.problem(ManualCode.DOCUMENT_VALIDITY_ORDER, _VALID_UNTIL.name)
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
        return " ".join(self.values.get(spec.name, "").split())

    def problem(self, code: ManualCode, field: str, message: str | None = None) -> None:
        self.reasons.append(Reason(code.value, message or _MESSAGES[code], field=field, context="manual"))

    def name(self, spec: FieldSpec, missing: ManualCode | None, invalid: ManualCode) -> str | None:
        text = self.raw(spec)
        if not text:
            if missing is not None:
                self.problem(missing, spec.name)
            return None if missing is not None else ""
        if not _is_name(text):
            self.problem(invalid, spec.name)
            return None
        return text

    def birth_date(self, today: dt.date) -> PartialDate | None:
        text = self.raw(_BIRTH_DATE)
        if not text:
            self.problem(ManualCode.BIRTH_DATE_MISSING, _BIRTH_DATE.name)
            return None
        parsed = parse_date_input(text, partial=True)
        if parsed is None:
            self.problem(ManualCode.BIRTH_DATE_INVALID, _BIRTH_DATE.name)
            return None
        earliest = parsed.earliest()
        if earliest is not None and earliest > today:
            self.problem(ManualCode.BIRTH_DATE_IN_FUTURE, _BIRTH_DATE.name)
            return None
        return parsed

    def date(self, spec: FieldSpec, missing: ManualCode | None, invalid: ManualCode) -> dt.date | None:
        text = self.raw(spec)
        if not text:
            if missing is not None:
                self.problem(missing, spec.name)
            return None
        parsed = parse_date_input(text, partial=False)
        exact = parsed.as_date() if parsed is not None else None
        if exact is None:
            self.problem(invalid, spec.name)
        return exact

    def sex(self) -> Sex | None:
        text = self.raw(_SEX).upper()
        if not text:
            self.problem(ManualCode.SEX_MISSING, _SEX.name)
            return None
        if text not in {value for value, _label in SEX_CHOICES}:
            self.problem(ManualCode.SEX_INVALID, _SEX.name)
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

    def municipality(self) -> str | None:
        text = self.raw(_ISSUING_MUNICIPALITY)
        if text and not _is_name(text):
            self.problem(ManualCode.ISSUING_MUNICIPALITY_INVALID, _ISSUING_MUNICIPALITY.name)
            return None
        return text

    def national_number(self) -> str | None:
        text = self.raw(_NATIONAL_NUMBER)
        problems = national_number_reasons(text)
        if problems:
            self.reasons += problems
            return None
        return parse_national_number(text).compact

    def document_number(self, passport: bool) -> str | None:
        number = self.raw(_DOCUMENT_NUMBER).replace(" ", "").upper()
        if not number:
            self.problem(ManualCode.DOCUMENT_NUMBER_MISSING, _DOCUMENT_NUMBER.name)
            return None
        pattern, message = (
            (_PASSPORT_NUMBER, _PASSPORT_NUMBER_MESSAGE)
            if passport
            else (_OTHER_NUMBER, _OTHER_NUMBER_MESSAGE)
        )
        if not pattern.fullmatch(number):
            self.problem(ManualCode.DOCUMENT_NUMBER_INVALID, _DOCUMENT_NUMBER.name, message)
            return None
        return number


def _is_name(text: str) -> bool:
    return (
        len(text) <= _MAX_NAME
        and any(unicodedata.category(char).startswith("L") for char in text)
        and all(unicodedata.category(char)[0] in "LM" or char in _NAME_PUNCTUATION for char in text)
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


def parse_date_input(text: str, *, partial: bool) -> PartialDate | None:
    """A typed date (see the module docstring), or None when it is not one.

    With ``partial`` False every part must be known. Years outside 1900-2199 are refused.
    """
    match = _ISO_DATE.fullmatch(text) or _DMY_DATE.fullmatch(text)
    if match is None:
        return None
    first, second, third = match.groups()
    year_text, month_text, day_text = (
        (first, second, third) if match.re is _ISO_DATE else (third, second, first)
    )
    year, month, day = (_date_part(year_text), _date_part(month_text), _date_part(day_text))
    if not partial and None in (year, month, day):
        return None
    if year is not None and not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        return None
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _date_part(text: str) -> int | None:
    """``00``, ``0000`` or question marks: unknown."""
    if set(text) == {"?"}:
        return None
    value = int(text)
    return value or None


def format_date_input(value: PartialDate | dt.date) -> str:
    """The form's own way of writing a date: ``DD/MM/YYYY`` with 00 / 0000 for unknown parts."""
    if isinstance(value, dt.date):
        value = PartialDate.from_date(value)
    return f"{value.day or 0:02d}/{value.month or 0:02d}/{value.year or 0:04d}"


def values_from_mrz(result: MrzResult, kind: DocumentKind) -> dict[str, str]:
    """Form values for ``kind`` pre-filled from a read MRZ, for the clerk to check against the document.

    Only a zone whose check digits all pass fills a form (``InputError`` ``mrz_check_failed`` otherwise,
    with the failed fields in ``params['fields']``), and only a zone of the chosen kind
    (``mrz_wrong_document``): a passport (TD3) for the passports, Belgian or not by its issuing state; an
    identity card (TD1/TD2) not issued by Belgium for another foreign ID; the orange card and annex 35
    have no MRZ. A Belgian document's optional data fills the national number when it is one.
    """
    if not _mrz_fits(result, kind):
        raise InputError((MrzProblem.WRONG_DOCUMENT.value,), MrzProblem.WRONG_DOCUMENT.value)
    if not result.valid:
        failed = ",".join(field.value for field in result.failed)
        raise InputError((MrzProblem.CHECK_FAILED.value,), MrzProblem.CHECK_FAILED.value, fields=failed)
    values = {
        "surname": result.surname,
        "given_names": result.given_names,
        "birth_date": format_date_input(result.birth_date),
        "sex": result.sex.value,
        "nationality": result.nationality,
        "issuing_authority": result.issuing_state,
        "document_number": result.document_number,
        "document_valid_until": format_date_input(result.expiry_date) if result.expiry_date else "",
        "national_number": _national_number_in(result) if result.issuing_state == BELGIUM else "",
    }
    names = {spec.name for spec in fields_for(kind)}
    return {name: value for name, value in values.items() if name in names}


def _mrz_fits(result: MrzResult, kind: DocumentKind) -> bool:
    belgian = result.issuing_state == BELGIUM
    if kind is DocumentKind.BELGIAN_PASSPORT:
        return result.format is MrzFormat.TD3 and belgian and result.nationality == BELGIUM
    if kind is DocumentKind.FOREIGN_PASSPORT:
        return result.format is MrzFormat.TD3 and not belgian
    if kind is DocumentKind.OTHER_FOREIGN_ID:
        return result.format is not MrzFormat.TD3 and not belgian
    return False


def _national_number_in(result: MrzResult) -> str:
    for candidate in (result.optional_data, result.optional_data_2):
        if len(candidate) == 11 and candidate.isdigit():
            try:
                return parse_national_number(candidate).compact
            except NationalNumberError:
                continue
    return ""
