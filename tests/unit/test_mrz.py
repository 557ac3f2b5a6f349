"""parse_mrz against the published ICAO 9303 and PRADO specimens and malformed input."""

from __future__ import annotations

import datetime as dt

import pytest

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.identity import Sex
from clerk_app.domain.mrz import (
    MESSAGES,
    CheckedField,
    MrzFormat,
    MrzProblem,
    NumberRule,
    check_digit,
    parse_mrz,
)
from clerk_app.errors import InputError

TODAY = dt.date(2026, 3, 2)

UTOPIA_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
UTOPIA_TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
# ICAO 9303 part 6 specimen (not in domain.md; the same Utopia holder in the 2×36 format).
UTOPIA_TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
SWEDEN_TD1 = "I<SWE59000002<8198703142391<<<\n8703145M1701027SWE<<<<<<<<<<<8\nSPECIMEN<<SVEN<<<<<<<<<<<<<<<<"
AUSTRIA_TD1 = "IDAUT10000999<6<<<<<<<<<<<<<<<\n7109094F1112315AUT<<<<<<<<<<<4\nMUSTERFRAU<<MARTINA<<<<<<<<<<<"
BELGIUM_TD1 = "IDBEL000590696<1015<<<<<<<<<<<\n9401013F2710017BEL000101123453\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<"

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
    ("text", "digit"),
    [("L898902C3", 6), ("740812", 2), ("120415", 9), ("ZE184226B<<<<<", 1), ("000590696101", 5), ("<<<<", 0)],
)
def test_check_digit_matches_the_worked_examples(text: str, digit: int) -> None:
    assert check_digit(text) == digit


def test_belgian_check_digit_excludes_the_filler() -> None:
    """domain.md §3.3: this newer card's digit (5) is over the number without the filler, the ICAO rule."""
    assert check_digit("000590696<101") == 7
    result = parse_mrz(BELGIUM_TD1, TODAY)
    assert result.valid
    assert result.number_rule is NumberRule.ICAO
    # 7 (the digit with the filler) is accepted for a Belgian card, but the zone no longer matches its
    # overall check digit, which covers the printed characters: the altered zone is still refused.
    wrong = BELGIUM_TD1.replace("<1015<", "<1017<")
    result = parse_mrz(wrong, TODAY)
    assert result.failed == (CheckedField.COMPOSITE,)


# PRADO BEL-BO-03003 (an older Belgian eID specimen): its number's digit 3 is over "000590240<601".
BELGIUM_OLD_TD1 = (
    "IDBEL000590240<6013<<<<<<<<<<<\n8512017F1311048BEL851201002007\nREINARTZ<<ULRIKE<KATIA<E<<<<<<"
)
# PRADO BEL-BO-11005 (a newer one): its digit 2 is over "600001795015", without the filler.
BELGIUM_NEW_TD1 = (
    "IDBEL600001795<0152<<<<<<<<<<<\n1301014F2311207BEL130101987398\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<"
)


def test_the_published_digits_differ_by_the_filler() -> None:
    assert (check_digit("000590240601"), check_digit("000590240<601")) == (1, 3)
    assert (check_digit("600001795015"), check_digit("600001795<015")) == (2, 0)


@pytest.mark.parametrize(
    ("zone", "number", "rule"),
    [
        (BELGIUM_OLD_TD1, "000590240601", NumberRule.BELGIAN_WITH_FILLER),
        (BELGIUM_NEW_TD1, "600001795015", NumberRule.ICAO),
        (BELGIUM_TD1, "000590696101", NumberRule.ICAO),
    ],
    ids=["old-BEL-BO-03003", "new-BEL-BO-11005", "new-domain-md"],
)
def test_old_and_new_belgian_cards_read_and_say_which_rule_matched(
    zone: str, number: str, rule: NumberRule
) -> None:
    result = parse_mrz(zone, TODAY)
    assert result.failed == ()
    assert result.document_number == number
    assert result.number_rule is rule
    assert rule.value in repr(result)  # support sees the rule; the number stays out of the repr
    assert number not in repr(result)


def _belgian_td1_with_digit(zone: str, digit: str) -> str:
    first, second, third = zone.split("\n")
    first = first[:18] + digit + first[19:]
    composite = check_digit(first[5:30] + second[0:7] + second[8:15] + second[18:29])
    return "\n".join((first, second[:29] + str(composite), third))


def test_counter_cases_keep_failing_the_number_check() -> None:
    # The same old card's line 1 from any other issuing state: strict ICAO, the filler digit fails.
    # (The overall digit does not cover the issuing state, so only the number check is at stake.)
    foreign = BELGIUM_OLD_TD1.replace("IDBEL", "IDNLD", 1)
    result = parse_mrz(foreign, TODAY)
    assert result.failed == (CheckedField.DOCUMENT_NUMBER,)
    assert result.number_rule is None
    # A Belgian card whose digit matches neither rule (the overall digit recomputed, so only it is wrong).
    for digit in "0123456789":
        if digit in (str(check_digit("000590240601")), str(check_digit("000590240<601"))):
            continue
        result = parse_mrz(_belgian_td1_with_digit(BELGIUM_OLD_TD1, digit), TODAY)
        assert result.failed == (CheckedField.DOCUMENT_NUMBER,), digit
        assert result.number_rule is None
    # The variant is TD1's: a Belgian 2×36 zone with the filler digit keeps the ICAO rule.
    number, overflow = "000590240", "601"
    body = f"{number}<BEL8512017F1311048{overflow}{check_digit(number + '<' + overflow)}<<<"
    td2 = (
        "I<BELREINARTZ<<ULRIKE".ljust(36, "<")
        + "\n"
        + body
        + str(check_digit(body[0:10] + body[13:20] + body[21:35]))
    )
    result = parse_mrz(td2, TODAY)
    assert result.failed == (CheckedField.DOCUMENT_NUMBER,)


# PRADO FRA-BO-02002: the French identity card of 1988-2021, 2×36 but not ICAO TD2.
FRANCE_OLD_ID = "IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n9409923102854CORINNE<<<<<<<6512068F4"
# A driving licence's single line (ISO/IEC 18013 layout: D, a version digit, the issuing state, ...);
# made up for this test.
DRIVING_LICENCE = "D1NLD1234567890123456789012345"[:30]


@pytest.mark.parametrize(
    "zone",
    [FRANCE_OLD_ID, DRIVING_LICENCE, FRANCE_OLD_ID.replace("\n", ""), DRIVING_LICENCE + "\n" + "<" * 30],
    ids=["old-french-id", "driving-licence", "old-french-id-one-line", "driving-licence-two-lines"],
)
def test_zones_that_are_not_icao_are_named_as_such(zone: str) -> None:
    error = _problem(zone)
    assert error.reasons == (MrzProblem.NOT_TRAVEL_DOCUMENT.value,)
    assert "not a travel-document zone" in MESSAGES[MrzProblem.NOT_TRAVEL_DOCUMENT]
    assert "type the fields" in MESSAGES[MrzProblem.NOT_TRAVEL_DOCUMENT].lower()


def _replace(zone: str, line: int, column: int, char: str) -> str:
    """``zone`` with the character at 1-based (line, column) replaced."""
    lines = zone.split("\n")
    text = lines[line - 1]
    lines[line - 1] = text[: column - 1] + char + text[column:]
    return "\n".join(lines)


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
    result = parse_mrz(_replace(zone, line, column, char), TODAY)
    assert result.failed == failed
    assert result.valid is (failed == ())


def test_a_look_alike_letter_is_read_as_typed_never_corrected() -> None:
    """An O typed for a 0 in the document number stays an O and makes the checks fail."""
    zone = _replace(UTOPIA_TD3, 2, 6, "O")  # L898902C3 -> L8989O2C3
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
    zone = _replace(UTOPIA_TD3, 2, 20, "<")
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
    assert parse_mrz(_replace(UTOPIA_TD3, 2, 21, sex), TODAY).sex is expected


def test_a_single_name_has_no_given_names() -> None:
    zone = UTOPIA_TD3.replace("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "ERIKSSON" + "<" * 31)
    result = parse_mrz(zone, TODAY)
    assert (result.surname, result.given_names) == ("ERIKSSON", "")


def _problem(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_mrz(text, TODAY)
    return caught.value


UNREADABLE = [
    ("", MrzProblem.EMPTY),
    (" \r\n\t ", MrzProblem.EMPTY),
    (UTOPIA_TD3.split("\n")[0], MrzProblem.SHAPE),  # one line only
    (UTOPIA_TD3[:-1], MrzProblem.SHAPE),  # last character missing
    (UTOPIA_TD3 + "<", MrzProblem.SHAPE),
    (UTOPIA_TD1 + "\n" + "<" * 30, MrzProblem.SHAPE),  # four lines
    (UTOPIA_TD1.replace("\n", "", 1), MrzProblem.SHAPE),  # 60 + 30
    (UTOPIA_TD3.replace("ANNA", "ANNÄ"), MrzProblem.CHARACTER),
    (UTOPIA_TD3.replace("<<<<<10", "«««««10"), MrzProblem.CHARACTER),
    (UTOPIA_TD3.replace("C36", "C3-"), MrzProblem.CHARACTER),
    (UTOPIA_TD3.replace("P<UTO", "V<UTO"), MrzProblem.DOCUMENT_CODE),  # a visa (MRV-A)
    (UTOPIA_TD2.replace("I<UTO", "V<UTO"), MrzProblem.DOCUMENT_CODE),  # a visa (MRV-B)
    (UTOPIA_TD1.replace("I<UTO", "P<UTO"), MrzProblem.DOCUMENT_CODE),
    (UTOPIA_TD3.replace("7408122", "7413122"), MrzProblem.BIRTH_DATE),  # month 13
    (UTOPIA_TD3.replace("7408122", "7402302"), MrzProblem.BIRTH_DATE),  # 30 February
    (UTOPIA_TD3.replace("7408122", "74AB122"), MrzProblem.BIRTH_DATE),
    (UTOPIA_TD3.replace("7408122", "74<<122"), MrzProblem.BIRTH_DATE),  # a day without a month
    (UTOPIA_TD3.replace("7408122", "7<08122"), MrzProblem.BIRTH_DATE),
    (UTOPIA_TD3.replace("1204159", "1204319"), MrzProblem.EXPIRY_DATE),
    (UTOPIA_TD3.replace("1204159", "12<<<<9"), MrzProblem.EXPIRY_DATE),
    (UTOPIA_TD3.replace("1204159", "12O4159"), MrzProblem.EXPIRY_DATE),
    (UTOPIA_TD3.replace("2F120", "2Z120"), MrzProblem.SEX),
]


@pytest.mark.parametrize(
    ("text", "problem"),
    UNREADABLE,
    ids=[f"{index}-{problem.value}" for index, (_text, problem) in enumerate(UNREADABLE)],
)
def test_unreadable_zones_raise_one_named_problem(text: str, problem: MrzProblem) -> None:
    error = _problem(text)
    assert error.reasons == (problem.value,)


def test_a_bad_character_names_its_line_and_column() -> None:
    error = _problem(_replace(UTOPIA_TD1, 3, 12, "é"))
    assert error.reasons == (MrzProblem.CHARACTER.value,)
    assert dict(error.params) == {"line": "3", "column": "12"}


def test_a_wrong_shape_says_what_it_saw() -> None:
    error = _problem(UTOPIA_TD3[:-1])
    assert dict(error.params) == {"lines": "2", "lengths": "44, 43"}


def test_errors_and_repr_hold_no_personal_data() -> None:
    result = parse_mrz(UTOPIA_TD3, TODAY)
    for text in (repr(result), str(result)):
        assert "ERIKSSON" not in text
        assert "L898902C3" not in text
        assert "1974" not in text
    error = _problem(UTOPIA_TD3.replace("7408122", "7413122"))
    assert "ERIKSSON" not in str(error)
    assert "7413" not in str(error)
