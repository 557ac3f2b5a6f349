"""A Belgian card whose chip does not answer, typed from its TD1 zone (issue 14): the zone fills the form,
the usual eligibility rules decide, and only a Belgian card's zone fits."""

from __future__ import annotations

import datetime as dt

import pytest

from clerk_app.cardreader.simulated.practice_documents import belgian_card_zone as belgian_td1_zone
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import assess
from clerk_app.domain.manual_form import build_identity
from clerk_app.domain.mrz import MrzProblem, NumberRule, parse_mrz
from clerk_app.domain.mrz_form import values_from_mrz
from clerk_app.domain.registration import Clerk, Language, RegistrationRequest
from clerk_app.errors import InputError
from tests.support.valid_registrations import national_number

KIND = DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE
TODAY = dt.date(2026, 3, 2)
# PRADO BEL-BO-03003 (older card, digit with the filler) and BEL-BO-11005 (newer, ICAO's digit).
OLD_SPECIMEN = (
    "IDBEL000590240<6013<<<<<<<<<<<\n8512017F1311048BEL851201002007\nREINARTZ<<ULRIKE<KATIA<E<<<<<<"
)
NEW_SPECIMEN = (
    "IDBEL600001795<0152<<<<<<<<<<<\n1301014F2311207BEL130101987398\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<"
)
# A made-up adult with a valid national number, on an older card (its number's digit with the filler).
ADULT_NUMBER = national_number("850730", 33)
ADULT = dict(
    number="591191706458",
    national_number=ADULT_NUMBER,
    surname="PEETERS",
    given_names="JAN KAREL",
    birth=dt.date(1985, 7, 30),
    sex="M",
    expiry=dt.date(2029, 5, 10),
)


def _request(values: dict[str, str], today: dt.date = TODAY) -> RegistrationRequest:
    result = build_identity(KIND, values, today)
    assert result.reasons == ()
    assert result.identity is not None
    return RegistrationRequest(
        identity=result.identity,
        email="citizen@example.org",
        language=Language.NL,
        presence_confirmed=True,
        centre_id="stadskantoor",
        clerk=Clerk("An Clerk", "G1"),
    )


def _filled(zone: str, today: dt.date = TODAY, **typed: str) -> dict[str, str]:
    """The form after the zone, with what the clerk adds by eye (the tick, by default)."""
    values = values_from_mrz(parse_mrz(zone, today), KIND)
    return {**values, "card_checked": "yes", **typed}


@pytest.mark.parametrize(
    ("zone", "rule"), [(OLD_SPECIMEN, NumberRule.BELGIAN_WITH_FILLER), (NEW_SPECIMEN, NumberRule.ICAO)]
)
def test_the_published_specimens_fill_the_form(zone: str, rule: NumberRule) -> None:
    result = parse_mrz(zone, TODAY)
    assert result.number_rule is rule
    values = values_from_mrz(result, KIND)
    assert values["document_number"] == result.document_number
    assert len(values["document_number"]) == 12  # with the overflow
    assert values["card_type"] == "1"  # "ID" on a Belgian's card: the identity card
    assert values["nationality"] == "BEL"
    assert "issuing_authority" not in values  # the card's field is its municipality, not in the zone


def test_the_older_specimen_fills_names_dates_and_number() -> None:
    values = values_from_mrz(parse_mrz(OLD_SPECIMEN, dt.date(2012, 1, 1)), KIND)
    assert values == {
        "surname": "REINARTZ",
        "given_names": "ULRIKE KATIA E",
        "birth_date": "01/12/1985",
        "sex": "F",
        "nationality": "BEL",
        "document_number": "000590240601",
        "document_valid_until": "04/11/2013",
        "national_number": "",  # the specimen's 85120100200 is not a valid number: left to type
        "card_type": "1",
    }


@pytest.mark.parametrize("old_rule", [True, False], ids=["older-card", "newer-card"])
def test_a_zone_with_a_valid_number_registers_with_the_usual_rules(old_rule: bool) -> None:
    zone = belgian_td1_zone(**ADULT, old_rule=old_rule)  # type: ignore[arg-type]
    values = _filled(zone)
    assert values["national_number"] == ADULT_NUMBER
    request = _request(values)
    assert assess(request, TODAY) == ()
    identity = request.identity
    assert identity.document_kind is KIND
    assert identity.card_type_code == 1
    assert identity.document_number == ADULT["number"]


def test_the_same_rules_refuse_expired_under_twelve_and_a_number_of_someone_else() -> None:
    expired = _request(_filled(belgian_td1_zone(**{**ADULT, "expiry": dt.date(2026, 3, 1)})))  # type: ignore[arg-type]
    assert [r.code for r in assess(expired, TODAY)] == ["document_expired"]
    child_number = national_number("150101", 3, born_2000s=True)
    child = _filled(
        belgian_td1_zone(**{**ADULT, "birth": dt.date(2015, 1, 1), "national_number": child_number})  # type: ignore[arg-type]
    )
    assert [r.code for r in assess(_request(child), TODAY)] == ["under_minimum_age"]
    # The zone's birth date and sex must match the national number (typed here from another card).
    other = _filled(belgian_td1_zone(**ADULT), national_number=national_number("850731", 33))  # type: ignore[arg-type]
    assert [r.code for r in assess(_request(other), TODAY)] == ["national_number_birth_day_mismatch"]
    female = _filled(belgian_td1_zone(**ADULT), sex="F")  # type: ignore[arg-type]
    assert [r.code for r in assess(_request(female), TODAY)] == ["national_number_sex_mismatch"]


def test_without_the_tick_the_form_is_refused() -> None:
    values = _filled(belgian_td1_zone(**ADULT), card_checked="")  # type: ignore[arg-type]
    result = build_identity(KIND, values, TODAY)
    assert result.identity is None
    assert [(r.code, r.field) for r in result.reasons] == [("card_not_checked", "card_checked")]


def test_a_residence_card_leaves_the_card_type_to_the_clerk() -> None:
    zone = belgian_td1_zone(**{**ADULT, "nationality": "NLD"})  # type: ignore[arg-type]
    values = _filled(zone)
    assert values["card_type"] == ""
    result = build_identity(KIND, values, TODAY)
    assert [r.code for r in result.reasons] == ["card_type_choice_missing"]
    request = _request({**values, "card_type": "31"})  # EU card
    assert assess(request, TODAY) == ()


def _wrong_document(zone: str, kind: DocumentKind) -> None:
    with pytest.raises(InputError) as refused:
        values_from_mrz(parse_mrz(zone, TODAY), kind)
    assert refused.value.reasons == (MrzProblem.WRONG_DOCUMENT.value,)


def test_only_a_belgian_card_zone_fits_and_a_belgian_card_fits_only_here() -> None:
    belgian = belgian_td1_zone(**ADULT)  # type: ignore[arg-type]
    foreign_card = (
        "IDAUT10000999<6<<<<<<<<<<<<<<<\n7109094F1112315AUT<<<<<<<<<<<4\nMUSTERFRAU<<MARTINA<<<<<<<<<<<"
    )
    _wrong_document(foreign_card, KIND)
    _wrong_document(belgian, DocumentKind.OTHER_FOREIGN_ID)


def test_a_zone_whose_number_fails_both_rules_fills_nothing() -> None:
    zone = belgian_td1_zone(**ADULT, old_rule=True)  # type: ignore[arg-type]
    first, rest = zone.split("\n", 1)
    digit = first[18]
    wrong = str((int(digit) + 5) % 10)
    broken = parse_mrz(f"{first[:18]}{wrong}{first[19:]}\n{rest}", TODAY)
    assert not broken.valid
    with pytest.raises(InputError) as refused:
        values_from_mrz(broken, KIND)
    assert refused.value.reasons == (MrzProblem.CHECK_FAILED.value,)


def test_the_form_keeps_a_typed_municipality_and_records_it() -> None:
    values = _filled(belgian_td1_zone(**ADULT), issuing_authority="Gent")  # type: ignore[arg-type]
    assert _request(values).identity.issuing_authority == "Gent"
