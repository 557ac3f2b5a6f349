"""Property tests: parse_mrz answers anything with an MrzResult or an InputError, and reads back its input."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_app.domain.mrz import ALPHABET, SHAPES, MrzFormat, MrzProblem, MrzResult, check_digit, parse_mrz
from clerk_app.errors import InputError

TODAY = dt.date(2026, 3, 2)
MRZ_CHARS = "".join(sorted(ALPHABET))
PROBLEMS = {problem.value for problem in MrzProblem}


def _outcome(text: str) -> MrzResult | InputError:
    try:
        return parse_mrz(text, TODAY)
    except InputError as error:
        return error


def _assert_typed(outcome: MrzResult | InputError) -> None:
    if isinstance(outcome, InputError):
        assert len(outcome.reasons) == 1
        assert outcome.reasons[0] in PROBLEMS
    else:
        assert isinstance(outcome, MrzResult)
        assert len(outcome.checks) in (4, 5)


@settings(max_examples=400)
@given(st.text())
def test_any_text_gives_a_result_or_a_typed_error(text: str) -> None:
    _assert_typed(_outcome(text))


@st.composite
def shaped_zones(draw: st.DrawFn) -> str:
    """Zones of a valid shape whose characters are random MRZ characters (or, rarely, anything)."""
    mrz_format = draw(st.sampled_from(list(MrzFormat)))
    count, width = SHAPES[mrz_format]
    alphabet = draw(st.sampled_from([MRZ_CHARS, MRZ_CHARS + "0123456789<<<<", MRZ_CHARS + "éO «-"]))
    lines = [draw(st.text(alphabet=alphabet, min_size=width, max_size=width)) for _ in range(count)]
    separator = draw(st.sampled_from(["\n", "\r\n", "\r", ""]))
    return separator.join(lines)


@settings(max_examples=600)
@given(shaped_zones())
def test_shaped_zones_give_a_result_or_a_typed_error(zone: str) -> None:
    _assert_typed(_outcome(zone))


_NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12)


@settings(max_examples=300)
@given(
    surname=_NAME,
    given_name=_NAME,
    number=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=9, max_size=9),
    birth=st.dates(min_value=dt.date(1927, 1, 1), max_value=TODAY),
    expiry=st.dates(min_value=dt.date(1977, 1, 1), max_value=dt.date(2075, 12, 31)),
    sex=st.sampled_from("MFX<"),
    personal=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", max_size=14),
)
def test_a_generated_passport_zone_reads_back_with_every_check_passing(
    surname: str,
    given_name: str,
    number: str,
    birth: dt.date,
    expiry: dt.date,
    sex: str,
    personal: str,
) -> None:
    name = f"{surname}<<{given_name}"[:39].ljust(39, "<")
    birth_text, expiry_text = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    personal_field = personal.ljust(14, "<")
    body = (
        f"{number}{check_digit(number)}BEL{birth_text}{check_digit(birth_text)}{sex}"
        f"{expiry_text}{check_digit(expiry_text)}{personal_field}{check_digit(personal_field)}"
    )
    zone = f"P<UTO{name}\n{body}{check_digit(body[0:10] + body[13:20] + body[21:43])}"
    result = parse_mrz(zone, TODAY)
    assert result.valid
    assert result.format is MrzFormat.TD3
    assert result.document_number == number
    assert result.birth_date.as_date() == birth
    assert result.expiry_date == expiry
    assert result.surname == surname
    assert result.optional_data == personal
