"""National register and BIS numbers against the published worked examples of the check-digit rule."""

from __future__ import annotations

import pytest

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.identity import Sex
from clerk_app.domain.national_number import (
    Mismatch,
    NationalNumberError,
    NationalNumberProblem,
    NumberKind,
    mismatches,
    parse_national_number,
)

NN = NumberKind.NATIONAL_REGISTER
BIS = NumberKind.BIS


@pytest.mark.parametrize(
    ("typed", "compact", "kind", "birth", "sex"),
    [
        ("85.07.30-033.28", "85073003328", NN, PartialDate(1985, 7, 30), Sex.MALE),
        ("17.07.30-033.84", "17073003384", NN, PartialDate(2017, 7, 30), Sex.MALE),  # "2" prefix
        ("93.05.18-223.61", "93051822361", NN, PartialDate(1993, 5, 18), Sex.MALE),
        ("75.06.08-980.09", "75060898009", NN, PartialDate(1975, 6, 8), Sex.FEMALE),
        ("00.00.00-001.28", "00000000128", NN, PartialDate(2000), Sex.MALE),  # only the year known
        ("00.00.01-001.66", "00000100166", NN, None, Sex.MALE),  # fictitious 1900-00-01: nothing known
        ("00.00.01-001.95", "00000100195", NN, None, Sex.MALE),  # fictitious 2000-00-01
        ("98.47.28-997.65", "98472899765", BIS, PartialDate(1998, 7, 28), Sex.MALE),  # month + 40: sex known
        ("01.49.07-001.85", "01490700185", BIS, PartialDate(2001, 9, 7), Sex.MALE),
        ("75.46.08-980.95", "75460898095", BIS, PartialDate(1975, 6, 8), Sex.FEMALE),
        ("75.26.08-980.52", "75260898052", BIS, PartialDate(1975, 6, 8), None),  # month + 20: sex unknown
        ("  85 07 30 033 28 ", "85073003328", NN, PartialDate(1985, 7, 30), Sex.MALE),
    ],
)
def test_published_examples(
    typed: str, compact: str, kind: NumberKind, birth: PartialDate | None, sex: Sex | None
) -> None:
    number = parse_national_number(typed)
    assert (number.compact, number.kind, number.birth_date, number.sex) == (compact, kind, birth, sex)


def test_day_zero_or_past_the_month_means_the_day_is_unknown() -> None:
    """Counter exhaustion or an unknown day: stdnum accepts it, the birth date keeps year and month."""
    assert parse_national_number(_with_check("850700", 33)).birth_date == PartialDate(1985, 7)
    assert parse_national_number(_with_check("850231", 33)).birth_date == PartialDate(1985, 2)


def _with_check(yymmdd: str, serial: int, *, born_2000s: bool = False) -> str:
    base = f"{yymmdd}{serial:03d}"
    return f"{base}{97 - int(('2' if born_2000s else '') + base) % 97:02d}"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", NationalNumberProblem.EMPTY),
        (" . - ", NationalNumberProblem.EMPTY),
        ("8507300332", NationalNumberProblem.FORMAT),
        ("850730033280", NationalNumberProblem.FORMAT),
        ("85O73003328", NationalNumberProblem.FORMAT),
        ("85/07/30/033/28", NationalNumberProblem.FORMAT),
        ("00000000000", NationalNumberProblem.FORMAT),  # stdnum: not a number at all
        ("85073003329", NationalNumberProblem.CHECKSUM),
        ("17073003328", NationalNumberProblem.CHECKSUM),  # 2017 with the 1900s check
        (_with_check("851330", 33), NationalNumberProblem.DATE),  # month 13
        (_with_check("853530", 33), NationalNumberProblem.DATE),  # BIS month 35
        (_with_check("856030", 33), NationalNumberProblem.DATE),  # month 60
    ],
)
def test_invalid_numbers_name_their_problem(typed: str, problem: NationalNumberProblem) -> None:
    with pytest.raises(NationalNumberError) as caught:
        parse_national_number(typed)
    assert caught.value.problem is problem


def test_formatted_and_masked() -> None:
    number = parse_national_number("85073003328")
    assert number.formatted == "85.07.30-033.28"
    assert number.masked == "**.**.**-***.28"
    assert "850730" not in repr(number)
    assert "033" not in repr(number)


@pytest.mark.parametrize(
    ("number", "birth", "sex", "expected"),
    [
        ("85073003328", PartialDate(1985, 7, 30), Sex.MALE, ()),
        ("85073003328", PartialDate(1986, 7, 30), Sex.MALE, (Mismatch.BIRTH_YEAR,)),
        ("85073003328", PartialDate(1985, 8, 30), Sex.MALE, (Mismatch.BIRTH_MONTH,)),
        ("85073003328", PartialDate(1985, 7, 31), Sex.MALE, (Mismatch.BIRTH_DAY,)),
        ("85073003328", PartialDate(1985, 7, 30), Sex.FEMALE, (Mismatch.SEX,)),
        (
            "85073003328",
            PartialDate(1984, 6, 29),
            Sex.FEMALE,
            (Mismatch.BIRTH_YEAR, Mismatch.BIRTH_MONTH, Mismatch.BIRTH_DAY, Mismatch.SEX),
        ),
        # The public EC specimen "Nora": serial 999 is odd (male), the card says V (female).
        ("01050399963", PartialDate(2001, 5, 3), Sex.FEMALE, (Mismatch.SEX,)),
        # Only parts known on both sides are compared.
        ("85073003328", PartialDate(1985), Sex.MALE, ()),
        ("85073003328", PartialDate(1985, 7), None, ()),
        ("85073003328", PartialDate(1985, 7, 30), Sex.UNSPECIFIED, ()),
        ("00000000128", PartialDate(2000, 3, 4), Sex.MALE, ()),
        ("00000100166", PartialDate(1950, 1, 1), Sex.MALE, ()),
        ("75260898052", PartialDate(1975, 6, 8), Sex.MALE, ()),  # BIS without sex
        ("98472899765", PartialDate(1998, 7, 28), Sex.FEMALE, (Mismatch.SEX,)),
    ],
)
def test_mismatches_name_the_part_that_disagrees(
    number: str, birth: PartialDate, sex: Sex | None, expected: tuple[Mismatch, ...]
) -> None:
    assert mismatches(parse_national_number(number), birth, sex) == expected
