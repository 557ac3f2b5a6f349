"""Belgian national register (NN/RRN) and BIS numbers, on top of python-stdnum.

python-stdnum validates the layout and mod-97 check (with the "2" prefix for births from 2000) and reads
birth date and sex. This module adds what the counter needs: one call that accepts either kind, returns a
partial birth date (stdnum gives None as soon as one part is unknown), and cross-checks the number
against the birth date and sex read from the document, naming the part that disagrees.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.identity import Sex
from clerk_app.domain.text import ascii_digits


class NumberKind(StrEnum):
    NATIONAL_REGISTER = "nn"
    BIS = "bis"


@dataclass(frozen=True)
class NationalNumber:
    """A validated national register or BIS number."""

    compact: str  # 11 digits
    kind: NumberKind
    birth_date: PartialDate | None  # None: nothing of the date is known
    sex: Sex | None  # None: the number does not say (BIS issued with unknown sex)

    @property
    def formatted(self) -> str:
        """``YY.MM.DD-SSS.CC`` as printed on the card."""
        c = self.compact
        return f"{c[0:2]}.{c[2:4]}.{c[4:6]}-{c[6:9]}.{c[9:11]}"

    @property
    def masked(self) -> str:
        """Safe to show in support output: only the check digits remain."""
        return f"**.**.**-***.{self.compact[9:11]}"

    def __repr__(self) -> str:
        return f"NationalNumber({self.masked}, kind={self.kind.value})"


class NationalNumberProblem(StrEnum):
    EMPTY = "national_number_missing"
    FORMAT = "national_number_format"
    CHECKSUM = "national_number_checksum"
    DATE = "national_number_date"


class NationalNumberError(ValueError):
    def __init__(self, problem: NationalNumberProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def parse_national_number(text: str) -> NationalNumber:
    """Validate ``text`` (dots, dashes and spaces allowed) as an NN or BIS number."""
    from stdnum.be import bis, nn  # stdnum.util imports ssl: off the application's start
    from stdnum.exceptions import ValidationError

    compact = nn.compact(text or "")
    if not compact:
        raise NationalNumberError(NationalNumberProblem.EMPTY)
    if not ascii_digits(compact) or len(compact) != 11:
        raise NationalNumberError(NationalNumberProblem.FORMAT)
    month = int(compact[2:4])
    module, kind = (bis, NumberKind.BIS) if month >= 20 else (nn, NumberKind.NATIONAL_REGISTER)
    try:
        module.validate(compact)
    except ValidationError as exc:
        name = type(exc).__name__
        if name == "InvalidChecksum":
            raise NationalNumberError(NationalNumberProblem.CHECKSUM) from exc
        if name == "InvalidComponent":
            raise NationalNumberError(NationalNumberProblem.DATE) from exc
        raise NationalNumberError(NationalNumberProblem.FORMAT) from exc
    return NationalNumber(compact, kind, _birth_date(module, compact), _sex(module, compact))


def _birth_date(module: object, compact: str) -> PartialDate | None:
    year = module.get_birth_year(compact)  # type: ignore[attr-defined]
    month = module.get_birth_month(compact)  # type: ignore[attr-defined]
    if year is None:
        return None
    day = int(compact[4:6])
    if month is None:
        return PartialDate(year)
    try:
        return PartialDate(year, month, day or None)
    except ValueError:
        return PartialDate(year, month)  # day past the month's end: the day's serials ran out, day unknown


def _sex(module: object, compact: str) -> Sex | None:
    gender = module.get_gender(compact)  # type: ignore[attr-defined]
    if gender == "M":
        return Sex.MALE
    if gender == "F":
        return Sex.FEMALE
    return None


class Mismatch(StrEnum):
    BIRTH_YEAR = "birth_year"
    BIRTH_MONTH = "birth_month"
    BIRTH_DAY = "birth_day"
    SEX = "sex"


def mismatches(
    number: NationalNumber, birth_date: PartialDate | None, sex: Sex | None
) -> tuple[Mismatch, ...]:
    """The parts of the document's birth date and sex that the number contradicts.

    Only parts known on both sides are compared: a number with month 00 says nothing about the month,
    and a BIS number issued with unknown sex says nothing about sex.
    """
    found: list[Mismatch] = []
    encoded = number.birth_date
    if encoded is not None and birth_date is not None:
        if None not in (encoded.year, birth_date.year) and encoded.year != birth_date.year:
            found.append(Mismatch.BIRTH_YEAR)
        if None not in (encoded.month, birth_date.month) and encoded.month != birth_date.month:
            found.append(Mismatch.BIRTH_MONTH)
        if None not in (encoded.day, birth_date.day) and encoded.day != birth_date.day:
            found.append(Mismatch.BIRTH_DAY)
    if number.sex is not None and sex in (Sex.MALE, Sex.FEMALE) and number.sex is not sex:
        found.append(Mismatch.SEX)
    return tuple(found)
