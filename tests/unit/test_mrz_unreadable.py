"""parse_mrz on input that is no readable travel-document zone: each gets one named problem, no data."""

from __future__ import annotations

import pytest

from clerk_app.domain.mrz import (
    MESSAGES,
    MrzProblem,
    parse_mrz,
)
from clerk_app.errors import InputError
from tests.support.mrz_specimens import TODAY, UTOPIA_TD1, UTOPIA_TD2, UTOPIA_TD3, replace_character

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
    error = _problem(replace_character(UTOPIA_TD1, 3, 12, "é"))
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
