"""MRZ check digits: the ICAO 9303 worked examples, the Belgian card rule with and without the filler."""

from __future__ import annotations

import pytest

from clerk_app.domain.mrz import (
    CheckedField,
    NumberRule,
    check_digit,
    parse_mrz,
)
from tests.support.mrz_specimens import (
    BELGIUM_TD1,
    TODAY,
)

# PRADO BEL-BO-03003 (an older Belgian eID specimen): its number's digit 3 is over "000590240<601".
BELGIUM_OLD_TD1 = (
    "IDBEL000590240<6013<<<<<<<<<<<\n8512017F1311048BEL851201002007\nREINARTZ<<ULRIKE<KATIA<E<<<<<<"
)


# PRADO BEL-BO-11005 (a newer one): its digit 2 is over "600001795015", without the filler.
BELGIUM_NEW_TD1 = (
    "IDBEL600001795<0152<<<<<<<<<<<\n1301014F2311207BEL130101987398\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<"
)


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
