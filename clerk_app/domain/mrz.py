"""ICAO Doc 9303 machine-readable zones: TD1 (ID cards, 3×30), TD2 (2×36) and TD3 (passports, 2×44).

Written here rather than taken from a library because the two Python parsers (``mrz``, PassportEye)
both reject the Belgian ID card, whose 12-character document number overflows into optional data
(ICAO 9303 part 5, the long-document-number rule), and ``mrz`` is GPL. The parser reads what is there
and never "corrects" a character: an O where a 0 belongs makes a check digit fail and the result says which.

Input may come typed or from a document scanner: line breaks (LF, CR or CRLF), blank lines, spaces and
tabs inside lines are ignored, lowercase letters are read as uppercase, and a zone sent as one long
line is cut into lines by its length. Any other character is refused with its line and column.

**Older Belgian identity cards** compute the check digit of an overflowing document number over the number
*with* the filler at position 15 (PRADO BEL-BO-03003: ``IDBEL000590240<6013…`` prints 3, the check over
``000590240<601``; over ``000590240601``, as ICAO 9303 part 5 says, it is 1); newer Belgian cards follow
ICAO. For a TD1 zone issued by ``BEL`` whose number overflows either digit is accepted and
:attr:`MrzResult.number_rule` records which one matched (for support); every other zone keeps the ICAO rule.

Zones of documents that are not ICAO travel documents but look like one (the old French identity card's 2×36
layout, driving licences) are refused as such (:attr:`MrzProblem.NOT_TRAVEL_DOCUMENT`), not read field by
field into misleading "the birth date is not a date" messages.

Two-digit years: a birth date gets the latest century that puts it on or before ``today`` (so birth
dates are read within the last 100 years); an expiry date gets the century that puts it less than 50
years before or after ``today``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.identity import Sex
from clerk_app.domain.text import ascii_digits
from clerk_app.errors import InputError
from clerk_app.translatable import QT_TRANSLATE_NOOP

FILLER = "<"
ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + FILLER)
_WEIGHTS = (7, 3, 1)
#: Expiry dates are read within this many years either side of today.
EXPIRY_WINDOW_YEARS = 50
#: The issuing-state code whose older cards compute the long-number check digit with the filler.
BELGIUM = "BEL"

_DIGITS = "0123456789"


class MrzFormat(StrEnum):
    TD1 = "TD1"  # 3 lines of 30: identity cards
    TD2 = "TD2"  # 2 lines of 36: older identity cards
    TD3 = "TD3"  # 2 lines of 44: passports


SHAPES: dict[MrzFormat, tuple[int, int]] = {
    MrzFormat.TD1: (3, 30),
    MrzFormat.TD2: (2, 36),
    MrzFormat.TD3: (2, 44),
}


class NumberRule(StrEnum):
    """How a document number's check digit was computed when it matched."""

    ICAO = "icao"  # over the number alone (ICAO 9303)
    BELGIAN_WITH_FILLER = "belgian_with_filler"  # older Belgian cards: over the number with the filler


class CheckedField(StrEnum):
    """The fields a check digit protects."""

    DOCUMENT_NUMBER = "document_number"
    BIRTH_DATE = "birth_date"
    EXPIRY_DATE = "expiry_date"
    PERSONAL_NUMBER = "personal_number"  # TD3 optional data
    COMPOSITE = "composite"


class MrzProblem(StrEnum):
    """Why a text is not a readable MRZ; the codes of the ``InputError`` that :func:`parse_mrz` raises."""

    EMPTY = "mrz_empty"
    SHAPE = "mrz_shape"
    CHARACTER = "mrz_character"
    DOCUMENT_CODE = "mrz_document_code"
    BIRTH_DATE = "mrz_birth_date"
    EXPIRY_DATE = "mrz_expiry_date"
    SEX = "mrz_sex"
    NOT_TRAVEL_DOCUMENT = "mrz_not_travel_document"
    # raised when the zone is read but cannot fill a form (clerk_app.domain.mrz_form.values_from_mrz)
    CHECK_FAILED = "mrz_check_failed"
    WRONG_DOCUMENT = "mrz_wrong_document"


#: One message per problem (context ``mrz``); ``InputError.params`` fill the placeholders
#: (``fields`` of a failed check lists the failed :class:`CheckedField` values for the UI to mark).
MESSAGES: dict[MrzProblem, str] = {
    MrzProblem.EMPTY: QT_TRANSLATE_NOOP(
        "mrz", "Scan or type the machine-readable zone (the lines with < at the bottom)."
    ),
    MrzProblem.SHAPE: QT_TRANSLATE_NOOP(
        "mrz",
        "This is not a complete machine-readable zone: it has {lines} line(s) of {lengths} characters. "
        "A passport has 2 lines of 44, an identity card 3 lines of 30 or 2 lines of 36.",
    ),
    MrzProblem.CHARACTER: QT_TRANSLATE_NOOP(
        "mrz",
        "Line {line}, position {column} holds a character that cannot be in a machine-readable zone "
        "(only A-Z, 0-9 and <). Check what was typed or scanned.",
    ),
    MrzProblem.DOCUMENT_CODE: QT_TRANSLATE_NOOP(
        "mrz", "This machine-readable zone is not that of a passport or identity card (document code {code})."
    ),
    MrzProblem.BIRTH_DATE: QT_TRANSLATE_NOOP(
        "mrz", "The birth date in the machine-readable zone is not a date. Check it."
    ),
    MrzProblem.EXPIRY_DATE: QT_TRANSLATE_NOOP(
        "mrz", "The expiry date in the machine-readable zone is not a date. Check it."
    ),
    MrzProblem.SEX: QT_TRANSLATE_NOOP("mrz", "The sex in the machine-readable zone must be M, F, X or <."),
    MrzProblem.NOT_TRAVEL_DOCUMENT: QT_TRANSLATE_NOOP(
        "mrz",
        "This is not a travel-document zone (for example an old French identity card or a driving "
        "licence): it cannot fill the form. Type the fields from the document.",
    ),
    MrzProblem.CHECK_FAILED: QT_TRANSLATE_NOOP(
        "mrz",
        "A check digit of the machine-readable zone does not match: a character was misread or "
        "mistyped. Check the marked fields against the document, or type the fields by hand.",
    ),
    MrzProblem.WRONG_DOCUMENT: QT_TRANSLATE_NOOP(
        "mrz",
        "This machine-readable zone does not belong to the chosen document type. "
        "Choose the right document type, or type the fields by hand.",
    ),
}


@dataclass(frozen=True)
class MrzCheck:
    """One check digit and whether the field it protects matches it."""

    field: CheckedField
    passed: bool


@dataclass(frozen=True)
class MrzResult:
    """Everything a machine-readable zone says, and the result of each of its check digits.

    Text fields have fillers turned into spaces and trimmed. ``optional_data`` is TD3's personal
    number, or TD1 line 1 / TD2 optional data after any document-number overflow; ``optional_data_2``
    is TD1 line 2's optional data (the Belgian card puts a national-register-format number there).
    """

    format: MrzFormat
    document_code: str
    issuing_state: str
    document_number: str
    birth_date: PartialDate
    sex: Sex
    expiry_date: dt.date | None  # None: the zone says "no expiry" (all fillers)
    nationality: str
    surname: str
    given_names: str
    optional_data: str
    optional_data_2: str
    checks: tuple[MrzCheck, ...]
    #: Which rule the document number's check digit matched; None when it did not match.
    number_rule: NumberRule | None = None

    @property
    def valid(self) -> bool:
        return all(check.passed for check in self.checks)

    @property
    def failed(self) -> tuple[CheckedField, ...]:
        """The fields whose check digit does not match, in zone order."""
        return tuple(check.field for check in self.checks if not check.passed)

    def __repr__(self) -> str:
        # Names, numbers and dates are personal data: keep them out of logs and test output.
        return (
            f"MrzResult(format={self.format.value}, document_code={self.document_code!r}, "
            f"issuing_state={self.issuing_state!r}, failed={[f.value for f in self.failed]}, "
            f"number_rule={self.number_rule.value if self.number_rule else None})"
        )


def check_digit(text: str) -> int:
    """ICAO 9303 check digit: values 0-9, A=10 … Z=35, < = 0, weighted 7, 3, 1, modulo 10."""
    total = 0
    for index, char in enumerate(text):
        if char in _DIGITS:
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        elif char == FILLER:
            value = 0
        else:
            raise ValueError("not an MRZ character")
        total += value * _WEIGHTS[index % 3]
    return total % 10


def parse_mrz(text: str, today: dt.date | None = None) -> MrzResult:
    """Read a TD1, TD2 or TD3 zone; raise ``InputError`` (one :class:`MrzProblem` code) if unreadable.

    ``today`` (default: the system date) decides the century of two-digit years. A zone whose check
    digits fail is still returned: its ``checks`` say which field failed.
    """
    reference = dt.date.today() if today is None else today
    lines = _split_lines(text)
    if lines[0].startswith("D"):  # driving licences (ISO/IEC 18013): no ICAO document code starts with D
        raise _problem(MrzProblem.NOT_TRAVEL_DOCUMENT)
    mrz_format = _format_of(lines)
    _check_characters(lines)
    if mrz_format is MrzFormat.TD2 and lines[0].startswith("IDFRA"):
        # The French identity card of 1988-2021: 2×36 like TD2, but name, office and number where TD2 has
        # other fields (its birth date sits where TD2 has given names).
        raise _problem(MrzProblem.NOT_TRAVEL_DOCUMENT)
    if mrz_format is MrzFormat.TD1:
        return _parse_td1(lines, reference)
    return _parse_two_line(mrz_format, lines, reference)


def _problem(problem: MrzProblem, **params: object) -> InputError:
    return InputError((problem.value,), problem.value, **params)


def _split_lines(text: str) -> list[str]:
    lines = [
        "".join(line.split()).upper() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    lines = [line for line in lines if line]
    if not lines:
        raise _problem(MrzProblem.EMPTY)
    if len(lines) == 1:
        joined = lines[0]
        for count, width in SHAPES.values():
            if len(joined) == count * width:
                return [joined[i : i + width] for i in range(0, len(joined), width)]
    return lines


def _format_of(lines: list[str]) -> MrzFormat:
    for mrz_format, (count, width) in SHAPES.items():
        if len(lines) == count and all(len(line) == width for line in lines):
            return mrz_format
    raise _problem(MrzProblem.SHAPE, lines=len(lines), lengths=", ".join(str(len(line)) for line in lines))


def _check_characters(lines: list[str]) -> None:
    for line_number, line in enumerate(lines, start=1):
        for column, char in enumerate(line, start=1):
            if char not in ALPHABET:
                raise _problem(MrzProblem.CHARACTER, line=line_number, column=column)


def _clean(field: str) -> str:
    """Fillers to spaces, trimmed and collapsed."""
    return " ".join(field.replace(FILLER, " ").split())


def _names(field: str) -> tuple[str, str]:
    """Primary identifier (surname) and secondary identifier (given names)."""
    surname, _, given = field.rstrip(FILLER).partition(FILLER * 2)
    return _clean(surname), _clean(given)


def _digit_matches(field: str, check: str, *, empty_may_be_filler: bool = False) -> bool:
    """The check digit matches; ``empty_may_be_filler``: an all-filler field may have ``<`` as its check
    (ICAO allows that only for TD3's personal number)."""
    if check == FILLER:
        return empty_may_be_filler and set(field) == {FILLER}
    return ascii_digits(check) and check_digit(field) == int(check)


def _document_number(
    number: str, check: str, optional: str, *, belgian_variant: bool = False
) -> tuple[str, NumberRule | None, str]:
    """Number, the rule its check digit matched (None: no match) and the optional data left after a long
    number's overflow (TD1, TD2).

    ICAO 9303 (part 5 note j, part 6 likewise): a number longer than 9 characters puts its first 9 in
    the number field, a filler in the check position, and the rest at the start of the optional data,
    followed by the check digit over the whole number and a filler. With ``belgian_variant`` the digit
    may also be the one over the number with that filler (older Belgian cards, see the module docstring).
    """
    if check == FILLER and FILLER not in number:
        end = optional.find(FILLER)
        if end == -1:  # the overflow and its check digit fill the whole optional field
            end = len(optional)
        if end >= 2:
            overflow, digit = optional[: end - 1], optional[end - 1]
            whole = number + overflow
            rule = None
            if _digit_matches(whole, digit):
                rule = NumberRule.ICAO
            elif belgian_variant and _digit_matches(number + FILLER + overflow, digit):
                rule = NumberRule.BELGIAN_WITH_FILLER
            return whole, rule, _clean(optional[end + 1 :])
    return _clean(number), NumberRule.ICAO if _digit_matches(number, check) else None, _clean(optional)


def _date_parts(field: str, problem: MrzProblem) -> tuple[int | None, int | None, int | None]:
    parts: list[int | None] = []
    for pair in (field[0:2], field[2:4], field[4:6]):
        if pair == FILLER * 2:
            parts.append(None)
        elif ascii_digits(pair):
            parts.append(int(pair))
        else:
            raise _problem(problem)
    return parts[0], parts[1], parts[2]


def _birth_date(field: str, today: dt.date) -> PartialDate:
    yy, month, day = _date_parts(field, MrzProblem.BIRTH_DATE)
    try:
        if yy is None:
            return PartialDate(None, month, day)
        year = today.year // 100 * 100 + yy
        first_possible = PartialDate(year, month, day if month else None).earliest()
        if first_possible is not None and first_possible > today:
            year -= 100
        return PartialDate(year, month, day)
    except ValueError as exc:
        raise _problem(MrzProblem.BIRTH_DATE) from exc


def _expiry_date(field: str, today: dt.date) -> dt.date | None:
    if field == FILLER * 6:
        return None
    yy, month, day = _date_parts(field, MrzProblem.EXPIRY_DATE)
    if yy is None or month is None or day is None:
        raise _problem(MrzProblem.EXPIRY_DATE)
    year = today.year // 100 * 100 + yy
    if year >= today.year + EXPIRY_WINDOW_YEARS:
        year -= 100
    elif year < today.year - EXPIRY_WINDOW_YEARS:
        year += 100
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise _problem(MrzProblem.EXPIRY_DATE) from exc


def _sex(char: str) -> Sex:
    if char == "M":
        return Sex.MALE
    if char == "F":
        return Sex.FEMALE
    if char in ("X", FILLER):
        return Sex.UNSPECIFIED
    raise _problem(MrzProblem.SEX)


def _document_code(line: str, allowed_first: str) -> str:
    code = line[0:2].rstrip(FILLER)
    if line[0] not in allowed_first:
        raise _problem(MrzProblem.DOCUMENT_CODE, code=code)
    return code


def _parse_td1(lines: list[str], today: dt.date) -> MrzResult:
    first, second, third = lines
    code = _document_code(first, "IAC")
    issuing_state = _clean(first[2:5])
    number, rule, optional = _document_number(
        first[5:14], first[14], first[15:30], belgian_variant=issuing_state == BELGIUM
    )
    surname, given = _names(third)
    composite = first[5:30] + second[0:7] + second[8:15] + second[18:29]
    return MrzResult(
        format=MrzFormat.TD1,
        document_code=code,
        issuing_state=issuing_state,
        document_number=number,
        birth_date=_birth_date(second[0:6], today),
        sex=_sex(second[7]),
        expiry_date=_expiry_date(second[8:14], today),
        nationality=_clean(second[15:18]),
        surname=surname,
        given_names=given,
        optional_data=optional,
        optional_data_2=_clean(second[18:29]),
        checks=(
            MrzCheck(CheckedField.DOCUMENT_NUMBER, rule is not None),
            MrzCheck(CheckedField.BIRTH_DATE, _digit_matches(second[0:6], second[6])),
            MrzCheck(CheckedField.EXPIRY_DATE, _digit_matches(second[8:14], second[14])),
            MrzCheck(CheckedField.COMPOSITE, _digit_matches(composite, second[29])),
        ),
        number_rule=rule,
    )


def _parse_two_line(mrz_format: MrzFormat, lines: list[str], today: dt.date) -> MrzResult:
    first, second = lines
    passport = mrz_format is MrzFormat.TD3
    code = _document_code(first, "P" if passport else "IAC")
    surname, given = _names(first[5:])
    checks = [
        MrzCheck(CheckedField.BIRTH_DATE, _digit_matches(second[13:19], second[19])),
        MrzCheck(CheckedField.EXPIRY_DATE, _digit_matches(second[21:27], second[27])),
    ]
    if passport:
        number = _clean(second[0:9])
        rule = NumberRule.ICAO if _digit_matches(second[0:9], second[9]) else None
        optional = _clean(second[28:42])
        checks.append(
            MrzCheck(
                CheckedField.PERSONAL_NUMBER,
                _digit_matches(second[28:42], second[42], empty_may_be_filler=True),
            )
        )
        composite = second[0:10] + second[13:20] + second[21:43]
    else:
        number, rule, optional = _document_number(second[0:9], second[9], second[28:35])
        composite = second[0:10] + second[13:20] + second[21:35]
    checks.insert(0, MrzCheck(CheckedField.DOCUMENT_NUMBER, rule is not None))
    checks.append(MrzCheck(CheckedField.COMPOSITE, _digit_matches(composite, second[-1])))
    return MrzResult(
        format=mrz_format,
        document_code=code,
        issuing_state=_clean(first[2:5]),
        document_number=number,
        birth_date=_birth_date(second[13:19], today),
        sex=_sex(second[20]),
        expiry_date=_expiry_date(second[21:27], today),
        nationality=_clean(second[10:13]),
        surname=surname,
        given_names=given,
        optional_data=optional,
        optional_data_2="",
        checks=tuple(checks),
        number_rule=rule,
    )
