"""parse_mrz against the published ICAO 9303 and PRADO specimens and malformed input."""

from __future__ import annotations

import datetime as dt

import pytest

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.identity import Sex
from clerk_app.domain.mrz import (
    CheckedField,
    MrzFormat,
    check_digit,
    parse_mrz,
)
from tests.support.mrz_specimens import (
    AUSTRIA_TD1,
    BELGIUM_TD1,
    SWEDEN_TD1,
    TODAY,
    UTOPIA_TD1,
    UTOPIA_TD2,
    UTOPIA_TD3,
    replace_character,
)

SPECIMENS = [
    # id, zone, format, code, state, number, birth, sex, expiry, nationality, surname, given, optional 1, 2
    (
        "utopia-td3",
        UTOPIA_TD3,
        MrzFormat.TD3,
        "P",
        "UTO",
        "L898902C3",
        PartialDate(1974, 8, 12),
        Sex.FEMALE,
        dt.date(2012, 4, 15),
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "ZE184226B",
        "",
    ),
    (
        "utopia-td1",
        UTOPIA_TD1,
        MrzFormat.TD1,
        "I",
        "UTO",
        "D23145890",
        PartialDate(1974, 8, 12),
        Sex.FEMALE,
        dt.date(2012, 4, 15),
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "",
        "",
    ),
    (
        "utopia-td2",
        UTOPIA_TD2,
        MrzFormat.TD2,
        "I",
        "UTO",
        "D23145890",
        PartialDate(1974, 8, 12),
        Sex.FEMALE,
        dt.date(2012, 4, 15),
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "",
        "",
    ),
    (
        "sweden-td1",
        SWEDEN_TD1,
        MrzFormat.TD1,
        "I",
        "SWE",
        "59000002",
        PartialDate(1987, 3, 14),
        Sex.MALE,
        dt.date(2017, 1, 2),
        "SWE",
        "SPECIMEN",
        "SVEN",
        "198703142391",
        "",
    ),
    (
        "austria-td1",
        AUSTRIA_TD1,
        MrzFormat.TD1,
        "ID",
        "AUT",
        "10000999",
        PartialDate(1971, 9, 9),
        Sex.FEMALE,
        dt.date(2011, 12, 31),
        "AUT",
        "MUSTERFRAU",
        "MARTINA",
        "",
        "",
    ),
    (
        "belgium-td1-long-number",
        BELGIUM_TD1,
        MrzFormat.TD1,
        "ID",
        "BEL",
        "000590696101",
        PartialDate(1994, 1, 1),
        Sex.FEMALE,
        dt.date(2027, 10, 1),
        "BEL",
        "SPECIMEN",
        "SPECIMEN",
        "",
        "00010112345",
    ),
]


@pytest.mark.parametrize(
    (
        "zone",
        "mrz_format",
        "code",
        "state",
        "number",
        "birth",
        "sex",
        "expiry",
        "nationality",
        "surname",
        "given",
        "optional",
        "optional_2",
    ),
    [case[1:] for case in SPECIMENS],
    ids=[case[0] for case in SPECIMENS],
)
def test_specimens_read_with_every_check_passing(
    zone: str,
    mrz_format: MrzFormat,
    code: str,
    state: str,
    number: str,
    birth: PartialDate,
    sex: Sex,
    expiry: dt.date,
    nationality: str,
    surname: str,
    given: str,
    optional: str,
    optional_2: str,
) -> None:
    result = parse_mrz(zone, TODAY)
    assert result.format is mrz_format
    assert result.valid
    assert result.failed == ()
    read = (
        result.document_code,
        result.issuing_state,
        result.document_number,
        result.birth_date,
        result.sex,
        result.expiry_date,
        result.nationality,
        result.surname,
        result.given_names,
        result.optional_data,
        result.optional_data_2,
    )
    assert read == (
        code,
        state,
        number,
        birth,
        sex,
        expiry,
        nationality,
        surname,
        given,
        optional,
        optional_2,
    )


def test_each_format_has_its_checks_in_zone_order() -> None:
    td3 = [check.field for check in parse_mrz(UTOPIA_TD3, TODAY).checks]
    assert td3 == [
        CheckedField.DOCUMENT_NUMBER,
        CheckedField.BIRTH_DATE,
        CheckedField.EXPIRY_DATE,
        CheckedField.PERSONAL_NUMBER,
        CheckedField.COMPOSITE,
    ]
    for zone in (UTOPIA_TD1, UTOPIA_TD2):
        fields = [check.field for check in parse_mrz(zone, TODAY).checks]
        assert fields == [
            CheckedField.DOCUMENT_NUMBER,
            CheckedField.BIRTH_DATE,
            CheckedField.EXPIRY_DATE,
            CheckedField.COMPOSITE,
        ]


@pytest.mark.parametrize(
    ("zone", "line", "column", "char", "failed"),
    [
        # a data character changed: its own check and the composite fail
        (UTOPIA_TD3, 2, 3, "7", (CheckedField.DOCUMENT_NUMBER, CheckedField.COMPOSITE)),
        (UTOPIA_TD3, 2, 15, "5", (CheckedField.BIRTH_DATE, CheckedField.COMPOSITE)),
        (UTOPIA_TD3, 2, 23, "3", (CheckedField.EXPIRY_DATE, CheckedField.COMPOSITE)),
        (UTOPIA_TD3, 2, 30, "F", (CheckedField.PERSONAL_NUMBER, CheckedField.COMPOSITE)),
        (UTOPIA_TD1, 1, 8, "4", (CheckedField.DOCUMENT_NUMBER, CheckedField.COMPOSITE)),
        (UTOPIA_TD1, 2, 6, "3", (CheckedField.BIRTH_DATE, CheckedField.COMPOSITE)),
        (UTOPIA_TD1, 2, 13, "2", (CheckedField.EXPIRY_DATE, CheckedField.COMPOSITE)),
        (UTOPIA_TD1, 1, 20, "B", (CheckedField.COMPOSITE,)),  # optional data 1: only the composite covers it
        (UTOPIA_TD2, 2, 1, "E", (CheckedField.DOCUMENT_NUMBER, CheckedField.COMPOSITE)),
        (UTOPIA_TD2, 2, 14, "8", (CheckedField.BIRTH_DATE, CheckedField.COMPOSITE)),
        (UTOPIA_TD2, 2, 22, "2", (CheckedField.EXPIRY_DATE, CheckedField.COMPOSITE)),
        # a composite digit alone
        (UTOPIA_TD3, 2, 44, "1", (CheckedField.COMPOSITE,)),
        (UTOPIA_TD1, 2, 30, "5", (CheckedField.COMPOSITE,)),
        (UTOPIA_TD2, 2, 36, "7", (CheckedField.COMPOSITE,)),
        (BELGIUM_TD1, 2, 30, "4", (CheckedField.COMPOSITE,)),
        # the nationality and the sex are covered by no check digit
        (UTOPIA_TD3, 2, 11, "D", ()),
        (UTOPIA_TD1, 2, 8, "M", ()),
    ],
    ids=lambda value: value.split("\n")[1][:5] if isinstance(value, str) and "\n" in value else None,
)
def test_a_changed_character_fails_exactly_the_checks_that_cover_it(
    zone: str, line: int, column: int, char: str, failed: tuple[CheckedField, ...]
) -> None:
    result = parse_mrz(replace_character(zone, line, column, char), TODAY)
    assert result.failed == failed
    assert result.valid is (failed == ())


def test_a_look_alike_letter_is_read_as_typed_never_corrected() -> None:
    """An O typed for a 0 in the document number stays an O and makes the checks fail."""
    zone = replace_character(UTOPIA_TD3, 2, 6, "O")  # L898902C3 -> L8989O2C3
    result = parse_mrz(zone, TODAY)
    assert result.document_number == "L8989O2C3"
    assert CheckedField.DOCUMENT_NUMBER in result.failed


def _utopia_td3(body: str) -> str:
    """The Utopia passport's name line and ``body`` (line 2 without its composite digit) + the composite."""
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return f"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n{body}{composite}"


def test_td3_personal_number_may_be_empty_with_a_filler_or_zero_check() -> None:
    for check in ("<", "0"):
        result = parse_mrz(_utopia_td3("L898902C36UTO7408122F1204159" + "<" * 14 + check), TODAY)
        assert result.valid, check
        assert result.optional_data == ""
    result = parse_mrz(_utopia_td3("L898902C36UTO7408122F1204159" + "<" * 14 + "1"), TODAY)
    assert result.failed == (CheckedField.PERSONAL_NUMBER,)


def test_a_filler_check_digit_on_a_mandatory_field_fails() -> None:
    zone = replace_character(UTOPIA_TD3, 2, 20, "<")
    assert CheckedField.BIRTH_DATE in parse_mrz(zone, TODAY).failed


def _td2(number_field: str, check: str, optional: str) -> str:
    """A TD2 zone for the Utopia holder with the given number field, its check and optional data."""
    body = f"{number_field}{check}UTO7408122F1204159{optional}"
    return (
        f"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n{body}{check_digit(body[0:10] + body[13:20] + body[21:35])}"
    )


def test_td2_long_document_number_overflows_into_optional_data() -> None:
    number = "D2314589012"
    optional = f"{number[9:]}{check_digit(number)}<ABC"
    result = parse_mrz(_td2(number[:9], "<", optional), TODAY)
    assert result.valid
    assert result.document_number == number
    assert result.optional_data == "ABC"


def test_overflow_filling_the_whole_optional_field_is_read() -> None:
    number = "D23145890123456"  # 9 + 6: the rest and its check digit fill all 7 positions
    result = parse_mrz(_td2(number[:9], "<", f"{number[9:]}{check_digit(number)}"), TODAY)
    assert result.valid
    assert result.document_number == number


def test_a_filler_check_without_overflow_fails_the_number() -> None:
    """A full 9-character number with '<' but nothing usable after it is not silently accepted."""
    result = parse_mrz(_td2("D23145890", "<", "<<<<<<<"), TODAY)
    assert result.failed[0] is CheckedField.DOCUMENT_NUMBER
    assert result.document_number == "D23145890"


@pytest.mark.parametrize(
    "variant",
    [
        UTOPIA_TD3.replace("\n", "\r\n"),
        UTOPIA_TD3.replace("\n", "\r"),
        "\n\n  " + UTOPIA_TD3 + "\n\n",
        UTOPIA_TD3.replace("\n", ""),  # a scanner that sends no line break
        UTOPIA_TD3.lower(),
        "P<UTO ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C3 6 UTO 740812 2 F 120415 9 ZE184226B<<<<<10",
        UTOPIA_TD3.replace("\n", "\t\n\t"),
    ],
    ids=["crlf", "cr", "blank-lines", "one-line", "lowercase", "spaces", "tabs"],
)
def test_typed_and_scanned_input_variants_read_the_same(variant: str) -> None:
    expected = parse_mrz(UTOPIA_TD3, TODAY)
    assert parse_mrz(variant, TODAY) == expected


def test_without_a_date_the_system_date_decides_the_century() -> None:
    assert parse_mrz(UTOPIA_TD3).birth_date == PartialDate(1974, 8, 12)


def test_one_line_td1_and_td2_are_cut_by_length() -> None:
    assert parse_mrz(UTOPIA_TD1.replace("\n", ""), TODAY).format is MrzFormat.TD1
    assert parse_mrz(UTOPIA_TD2.replace("\n", ""), TODAY).format is MrzFormat.TD2


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        ("740812", PartialDate(1974, 8, 12)),
        ("260302", PartialDate(2026, 3, 2)),  # born today
        ("260303", PartialDate(1926, 3, 3)),  # tomorrow in this century: a century ago
        ("000229", PartialDate(2000, 2, 29)),
        ("74<<<<", PartialDate(1974)),
        ("7408<<", PartialDate(1974, 8)),
        ("26<<<<", PartialDate(2026)),
        ("27<<<<", PartialDate(1927)),
        ("<<<<<<", PartialDate(None)),
    ],
)
def test_birth_dates_are_in_the_past_and_may_be_partial(birth: str, expected: PartialDate) -> None:
    body = f"L898902C36UTO{birth}{check_digit(birth)}F1204159ZE184226B<<<<<1"
    zone = _utopia_td3(body)
    result = parse_mrz(zone, TODAY)
    assert result.birth_date == expected
    assert result.valid


@pytest.mark.parametrize(
    ("expiry", "expected"),
    [
        ("120415", dt.date(2012, 4, 15)),
        ("751231", dt.date(2075, 12, 31)),  # less than 50 years ahead
        ("760101", dt.date(1976, 1, 1)),  # 50 years ahead or more: the past century
        ("770101", dt.date(1977, 1, 1)),
        ("<<<<<<", None),  # no expiry
    ],
)
def test_expiry_dates_are_read_within_fifty_years_of_today(expiry: str, expected: dt.date | None) -> None:
    body = f"L898902C36UTO7408122F{expiry}{check_digit(expiry)}ZE184226B<<<<<1"
    zone = _utopia_td3(body)
    result = parse_mrz(zone, TODAY)
    assert result.expiry_date == expected
    assert result.valid


@pytest.mark.parametrize(
    ("sex", "expected"), [("M", Sex.MALE), ("F", Sex.FEMALE), ("X", Sex.UNSPECIFIED), ("<", Sex.UNSPECIFIED)]
)
def test_sex(sex: str, expected: Sex) -> None:
    assert parse_mrz(replace_character(UTOPIA_TD3, 2, 21, sex), TODAY).sex is expected


def test_a_single_name_has_no_given_names() -> None:
    zone = UTOPIA_TD3.replace("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "ERIKSSON" + "<" * 31)
    result = parse_mrz(zone, TODAY)
    assert (result.surname, result.given_names) == ("ERIKSSON", "")
