"""The manual document forms: field lists, building the identity, and pre-filling from an MRZ."""

from __future__ import annotations

import datetime as dt

import pytest

from clerk_app.domain.date_input import format_date_input, parse_date_input
from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import assess
from clerk_app.domain.identity import Sex
from clerk_app.domain.manual_fields import FIELDS, FieldKind, fields_for
from clerk_app.domain.manual_form import build_identity, is_country_code
from clerk_app.domain.mrz import MrzProblem, check_digit, parse_mrz
from clerk_app.domain.mrz_form import values_from_mrz
from clerk_app.domain.registration import Clerk, Language, RegistrationRequest
from clerk_app.errors import InputError
from tests.support.valid_registrations import MANUAL_KINDS, TODAY, national_number, valid_values

_KIND_IDS = [kind.value for kind in MANUAL_KINDS]


def _field_names(kind: DocumentKind) -> list[str]:
    return [spec.name for spec in fields_for(kind)]


def test_every_manual_kind_has_a_form_and_the_chip_card_has_none() -> None:
    assert set(FIELDS) == set(MANUAL_KINDS)
    with pytest.raises(ValueError, match="read from its chip"):
        fields_for(DocumentKind.ELECTRONIC_CARD)


@pytest.mark.parametrize("kind", MANUAL_KINDS, ids=_KIND_IDS)
def test_every_form_asks_what_a_registration_needs(kind: DocumentKind) -> None:
    specs = {spec.name: spec for spec in fields_for(kind)}
    required = {name for name, spec in specs.items() if spec.required}
    assert {
        "surname",
        "birth_date",
        "sex",
        "national_number",
        "document_number",
        "document_valid_until",
    } <= required
    assert "given_names" in specs
    assert not specs["given_names"].required
    assert len(specs) == len(fields_for(kind))  # no field twice
    for spec in specs.values():
        assert spec.label
        assert spec.kind in FieldKind


def test_fields_per_document_kind() -> None:
    assert "nationality" not in _field_names(DocumentKind.BELGIAN_PASSPORT)  # always Belgian
    for kind in (DocumentKind.FOREIGN_PASSPORT, DocumentKind.OTHER_FOREIGN_ID):
        issuing = next(spec for spec in fields_for(kind) if spec.name == "issuing_authority")
        assert (issuing.kind, issuing.required) == (FieldKind.COUNTRY, True)
    for kind in (DocumentKind.ORANGE_CARD, DocumentKind.ANNEX_35):
        issuing = next(spec for spec in fields_for(kind) if spec.name == "issuing_authority")
        assert (issuing.kind, issuing.required) == (FieldKind.TEXT, False)
    sex = next(spec for spec in fields_for(DocumentKind.ANNEX_35) if spec.name == "sex")
    assert [value for value, _label in sex.choices] == ["M", "F", "X"]


@pytest.mark.parametrize("kind", MANUAL_KINDS, ids=_KIND_IDS)
def test_a_complete_form_builds_an_identity_that_is_eligible(kind: DocumentKind) -> None:
    result = build_identity(kind, valid_values(kind), TODAY)
    assert result.reasons == ()
    assert result.identity is not None
    assert result.identity.document_kind is kind
    request = RegistrationRequest(
        identity=result.identity,
        email="citizen@example.org",
        language=Language.FR,
        presence_confirmed=True,
        centre_id="gentbrugge",
        clerk=Clerk("An Clerk", "G1"),
    )
    assert assess(request, TODAY) == ()


def test_values_are_normalised_into_the_record() -> None:
    values = valid_values(
        DocumentKind.FOREIGN_PASSPORT,
        surname="  van   den Berg ",
        birth_date="1998-07-28",
        sex="m",
        nationality="nld",
        issuing_authority=" nld",
        national_number="98 47 28 997 65",
        document_number="nx7r 2k4p1",
        document_valid_until="31.01.2030",
        document_valid_from="1/2/2020",
    )
    identity = build_identity(DocumentKind.FOREIGN_PASSPORT, values, TODAY).identity
    assert identity is not None
    assert (identity.surname, identity.given_names) == ("van den Berg", "Pieter")
    assert identity.birth_date == PartialDate(1998, 7, 28)
    assert identity.sex is Sex.MALE
    assert (identity.nationality, identity.issuing_authority) == ("NLD", "NLD")
    assert identity.national_number == "98472899765"
    assert identity.document_number == "NX7R2K4P1"
    assert (identity.document_valid_from, identity.document_valid_until) == (
        dt.date(2020, 2, 1),
        dt.date(2030, 1, 31),
    )
    assert identity.card_type_code is None


def test_a_belgian_passport_is_belgian_by_definition() -> None:
    identity = build_identity(
        DocumentKind.BELGIAN_PASSPORT, valid_values(DocumentKind.BELGIAN_PASSPORT), TODAY
    )
    assert identity.identity is not None
    assert (identity.identity.nationality, identity.identity.issuing_authority) == ("BEL", "BEL")


def test_given_names_and_optional_fields_may_stay_empty() -> None:
    values = valid_values(
        DocumentKind.ORANGE_CARD, given_names="", document_valid_from="", issuing_authority=""
    )
    identity = build_identity(DocumentKind.ORANGE_CARD, values, TODAY).identity
    assert identity is not None
    assert (identity.given_names, identity.document_valid_from, identity.issuing_authority) == ("", None, "")


def test_names_in_other_scripts_and_with_punctuation_are_names() -> None:
    values = valid_values(
        DocumentKind.OTHER_FOREIGN_ID, surname="Ó Súilleabháin-D'Arcy", given_names="Zoë St. Jean"
    )
    assert build_identity(DocumentKind.OTHER_FOREIGN_ID, values, TODAY).reasons == ()
    values = valid_values(DocumentKind.FOREIGN_PASSPORT, surname="Παπαδόπουλος", given_names="Ελένη")
    assert build_identity(DocumentKind.FOREIGN_PASSPORT, values, TODAY).reasons == ()


def test_every_problem_of_a_form_comes_back_at_once_each_with_its_field() -> None:
    values = {
        "surname": "",
        "birth_date": "31/02/1990",
        "sex": "V",
        "nationality": "XYZ",
        "national_number": "123",
        "document_number": "",
        "document_valid_until": "2030",
    }
    result = build_identity(DocumentKind.ANNEX_35, values, TODAY)
    assert result.identity is None
    assert [(reason.code, reason.field) for reason in result.reasons] == [
        ("surname_missing", "surname"),
        ("birth_date_invalid", "birth_date"),
        ("sex_invalid", "sex"),
        ("nationality_unknown", "nationality"),
        ("national_number_format", "national_number"),
        ("document_number_missing", "document_number"),
        ("document_expiry_invalid", "document_valid_until"),
    ]
    assert all(reason.blocking for reason in result.reasons)
    assert {reason.context for reason in result.reasons} == {"manual", "eligibility"}


def test_without_a_national_number_the_form_says_what_the_person_can_do() -> None:
    result = build_identity(
        DocumentKind.FOREIGN_PASSPORT, valid_values(DocumentKind.FOREIGN_PASSPORT, national_number=""), TODAY
    )
    (reason,) = result.reasons
    assert reason.code == "national_number_missing"
    assert "cannot register" in reason.message
    assert "BIS number" in reason.message


def test_unknown_field_names_are_a_programming_error() -> None:
    values = valid_values(DocumentKind.BELGIAN_PASSPORT, nationality="BEL")
    with pytest.raises(ValueError, match="nationality"):
        build_identity(DocumentKind.BELGIAN_PASSPORT, values, TODAY)


@pytest.mark.parametrize(
    ("text", "partial", "expected"),
    [
        ("30/07/1985", False, PartialDate(1985, 7, 30)),
        ("30.07.1985", False, PartialDate(1985, 7, 30)),
        ("30-07-1985", False, PartialDate(1985, 7, 30)),
        ("1985-07-30", False, PartialDate(1985, 7, 30)),
        ("1/2/2020", False, PartialDate(2020, 2, 1)),
        ("29/02/2024", False, PartialDate(2024, 2, 29)),
        ("29/02/2025", False, None),
        ("00/07/1985", False, None),
        ("00/07/1985", True, PartialDate(1985, 7)),
        ("??/??/1985", True, PartialDate(1985)),
        ("00/00/1985", True, PartialDate(1985)),
        ("1985-??-??", True, PartialDate(1985)),
        ("00/00/0000", True, PartialDate(None)),
        ("15/00/1985", True, None),  # a day without a month
        ("30/07/85", True, None),
        ("1985", True, None),
        ("30/07/1899", True, None),
        ("30/07/2200", False, None),
        ("31/12/2199", False, PartialDate(2199, 12, 31)),
        ("1985/07/30", False, None),
        ("", True, None),
    ],
)
def test_parse_date_input(text: str, partial: bool, expected: PartialDate | None) -> None:
    assert parse_date_input(text, partial=partial) == expected


@pytest.mark.parametrize(
    "value", [PartialDate(1985, 7, 30), PartialDate(1985, 7), PartialDate(1985), PartialDate(None)]
)
def test_format_date_input_round_trips(value: PartialDate) -> None:
    assert parse_date_input(format_date_input(value), partial=True) == value


def test_format_date_input_of_a_date() -> None:
    assert format_date_input(dt.date(2030, 1, 31)) == "31/01/2030"


@pytest.mark.parametrize(
    ("code", "known"),
    [
        ("BEL", True),
        ("NLD", True),
        ("DEU", True),
        ("D", True),
        ("XXA", True),
        ("XXB", True),
        ("UNO", True),
        ("GBN", True),
        ("RKS", True),
        ("UTO", False),  # ICAO's fictional Utopia
        ("BLE", False),
        ("BE", False),
        ("BELG", False),
        ("bel", False),  # the form upper-cases first
        ("", False),
        ("ÄÖÜ", False),
    ],
)
def test_country_codes(code: str, known: bool) -> None:
    assert is_country_code(code) is known


# --- pre-filling from the machine-readable zone ---------------------------------------------------------


def _passport(state: str, nationality: str, personal: str = "ZE184226B") -> str:
    personal_field = personal.ljust(14, "<")
    body = f"L898902C36{nationality}7408122F1204159{personal_field}{check_digit(personal_field)}"
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return f"P<{state}ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n{body}{composite}"


NLD_PASSPORT = _passport("NLD", "NLD")
NLD_ID_CARD = "I<NLDD231458907<<<<<<<<<<<<<<<\n7408122F1204159NLD<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
BELGIAN_PASSPORT_WITH_NUMBER = _passport("BEL", "BEL", "75060898009")


def test_a_foreign_passport_zone_fills_the_foreign_passport_form() -> None:
    values = values_from_mrz(parse_mrz(NLD_PASSPORT, TODAY), DocumentKind.FOREIGN_PASSPORT)
    assert values == {
        "surname": "ERIKSSON",
        "given_names": "ANNA MARIA",
        "birth_date": "12/08/1974",
        "sex": "F",
        "nationality": "NLD",
        "national_number": "",
        "document_number": "L898902C3",
        "document_valid_until": "15/04/2012",
        "issuing_authority": "NLD",
    }
    assert set(values) == set(_field_names(DocumentKind.FOREIGN_PASSPORT)) - {"document_valid_from"}


def test_an_identity_card_zone_fills_the_other_foreign_id_form() -> None:
    values = values_from_mrz(parse_mrz(NLD_ID_CARD, TODAY), DocumentKind.OTHER_FOREIGN_ID)
    assert values["document_number"] == "D23145890"
    assert values["issuing_authority"] == "NLD"


def test_a_belgian_passport_zone_fills_the_national_number_it_carries() -> None:
    values = values_from_mrz(parse_mrz(BELGIAN_PASSPORT_WITH_NUMBER, TODAY), DocumentKind.BELGIAN_PASSPORT)
    assert values["national_number"] == "75060898009"
    assert "nationality" not in values
    assert "issuing_authority" not in values


def test_optional_data_that_is_not_a_valid_number_is_not_taken_for_one() -> None:
    values = values_from_mrz(
        parse_mrz(_passport("BEL", "BEL", "75060898010"), TODAY), DocumentKind.BELGIAN_PASSPORT
    )
    assert values["national_number"] == ""


def test_a_pre_filled_form_builds_once_the_clerk_adds_what_the_zone_lacks() -> None:
    values = values_from_mrz(
        parse_mrz(_passport("BEL", "BEL", national_number("740812", 2)), TODAY), DocumentKind.BELGIAN_PASSPORT
    )
    values["document_valid_until"] = "15/04/2032"  # the specimen's expiry is in the past
    result = build_identity(DocumentKind.BELGIAN_PASSPORT, values, TODAY)
    assert result.reasons == ()
    assert result.identity is not None
    assert result.identity.birth_date == PartialDate(1974, 8, 12)


@pytest.mark.parametrize(
    ("zone", "kind"),
    [
        (NLD_PASSPORT, DocumentKind.BELGIAN_PASSPORT),
        (_passport("BEL", "NLD"), DocumentKind.BELGIAN_PASSPORT),
        (BELGIAN_PASSPORT_WITH_NUMBER, DocumentKind.FOREIGN_PASSPORT),
        (NLD_ID_CARD, DocumentKind.FOREIGN_PASSPORT),
        (NLD_PASSPORT, DocumentKind.OTHER_FOREIGN_ID),
        (NLD_ID_CARD.replace("I<NLD", "I<BEL"), DocumentKind.OTHER_FOREIGN_ID),
        (NLD_PASSPORT, DocumentKind.ORANGE_CARD),
        (NLD_ID_CARD, DocumentKind.ANNEX_35),
    ],
    ids=[
        "nld-as-belgian",
        "bel-non-belgian",
        "bel-as-foreign",
        "card-as-passport",
        "passport-as-id",
        "belgian-card",
        "orange-card",
        "annex-35",
    ],
)
def test_a_zone_of_another_document_type_fills_nothing(zone: str, kind: DocumentKind) -> None:
    with pytest.raises(InputError) as caught:
        values_from_mrz(parse_mrz(zone, TODAY), kind)
    assert caught.value.reasons == (MrzProblem.WRONG_DOCUMENT.value,)


def test_a_zone_with_a_failed_check_fills_nothing_and_names_the_fields() -> None:
    broken = NLD_PASSPORT.replace("L898902C36", "L898902C37")
    with pytest.raises(InputError) as caught:
        values_from_mrz(parse_mrz(broken, TODAY), DocumentKind.FOREIGN_PASSPORT)
    assert caught.value.reasons == (MrzProblem.CHECK_FAILED.value,)
    assert caught.value.params["fields"] == "document_number,composite"
