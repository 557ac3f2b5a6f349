"""Eligibility rules beyond the one-reason table: valid requests, boundaries, all reasons at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket

import pytest

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import ReasonCode, age_on, assess, email_reasons
from clerk_app.domain.identity import Sex
from clerk_app.domain.reasons import blocking_codes
from tests.support.valid_registrations import ALL_KINDS, TODAY, national_number, valid_request, with_identity


def _codes(request: object, today: dt.date = TODAY) -> list[str]:
    return [reason.code for reason in assess(request, today)]  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ALL_KINDS, ids=[kind.value for kind in ALL_KINDS])
def test_a_valid_request_of_every_document_kind_passes(kind: DocumentKind) -> None:
    assert _codes(valid_request(kind)) == []


def test_every_problem_is_reported_at_once() -> None:
    request = dataclasses.replace(
        with_identity(
            DocumentKind.ELECTRONIC_CARD,
            document_valid_until=dt.date(2020, 1, 1),
            national_number="85073003329",
        ),
        email="not an address",
        presence_confirmed=False,
        centre_id="",
    )
    assert _codes(request) == [
        ReasonCode.PRESENCE_NOT_CONFIRMED,
        ReasonCode.DOCUMENT_EXPIRED,
        ReasonCode.NATIONAL_NUMBER_CHECKSUM,
        ReasonCode.EMAIL_INVALID,
        ReasonCode.CENTRE_MISSING,
    ]


@pytest.mark.parametrize(
    ("birth", "today", "expected"),
    [
        (PartialDate(2014, 3, 2), dt.date(2026, 3, 2), []),  # the 12th birthday itself
        (PartialDate(2014, 3, 3), dt.date(2026, 3, 2), [ReasonCode.UNDER_MINIMUM_AGE]),
        (PartialDate(2014, 2), dt.date(2026, 2, 28), []),  # even the last day of February is 12 years ago
        (PartialDate(2014, 2), dt.date(2026, 2, 27), [ReasonCode.AGE_UNCONFIRMED_PARTIAL_DATE]),
        (PartialDate(2014), dt.date(2026, 12, 31), []),
        (PartialDate(2014), dt.date(2026, 12, 30), [ReasonCode.AGE_UNCONFIRMED_PARTIAL_DATE]),
        (
            PartialDate(2014),
            dt.date(2025, 12, 31),
            [ReasonCode.UNDER_MINIMUM_AGE],
        ),  # 11 even if born 1 January
        (PartialDate(None), dt.date(2026, 3, 2), [ReasonCode.BIRTH_DATE_UNKNOWN]),
        (PartialDate(None, 5, 1), dt.date(2026, 3, 2), [ReasonCode.BIRTH_DATE_UNKNOWN]),
    ],
)
def test_age_is_decided_conservatively(birth: PartialDate, today: dt.date, expected: list[str]) -> None:
    # An orange card with a month-00 number of that year says nothing the document does not.
    number = (
        national_number("140000", 2, born_2000s=True) if birth.year == 2014 else national_number("000001", 2)
    )
    request = with_identity(
        DocumentKind.ORANGE_CARD,
        birth_date=birth,
        national_number=number,
        document_valid_from=None,
    )
    assert _codes(request, today) == expected


def test_a_partial_date_says_from_when_registration_is_possible() -> None:
    request = with_identity(
        DocumentKind.ORANGE_CARD,
        birth_date=PartialDate(2014),
        national_number=national_number("140000", 2, born_2000s=True),
    )
    (reason,) = assess(request, TODAY)
    assert reason.params == {"birth_date": "2014-??-??", "first_day": "2026-12-31"}
    assert "2014-??-??" in reason.render()
    assert reason.field == "birth_date"


def test_under_12_says_the_twelfth_birthday() -> None:
    request = with_identity(
        DocumentKind.BELGIAN_PASSPORT, birth_date=PartialDate(2017, 7, 30), national_number="17073003384"
    )
    (reason,) = assess(request, TODAY)
    assert reason.params == {"first_day": "2029-07-30"}


def test_born_on_29_february_turns_12_on_1_march_when_that_year_has_none() -> None:
    request = with_identity(
        DocumentKind.ORANGE_CARD,
        birth_date=PartialDate(2088, 2, 29),
        national_number=national_number("880229", 2, born_2000s=True),
        document_valid_from=None,
        document_valid_until=dt.date(2101, 1, 1),
    )
    # stdnum picks the century of a number by the system date: this test checks only the age rule.
    age_reasons = [reason for reason in assess(request, dt.date(2100, 2, 28)) if reason.field == "birth_date"]
    assert [(reason.code, reason.params) for reason in age_reasons] == [
        (ReasonCode.UNDER_MINIMUM_AGE, {"first_day": "2100-03-01"})
    ]


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (dt.date(2000, 6, 15), dt.date(2012, 6, 14), 11),
        (dt.date(2000, 6, 15), dt.date(2012, 6, 15), 12),
        (dt.date(2000, 2, 29), dt.date(2012, 2, 28), 11),
        (dt.date(2000, 2, 29), dt.date(2013, 3, 1), 13),
    ],
)
def test_age_on(born: dt.date, day: dt.date, age: int) -> None:
    assert age_on(born, day) == age


def test_valid_until_today_is_still_valid() -> None:
    request = with_identity(DocumentKind.FOREIGN_PASSPORT, document_valid_until=TODAY)
    assert _codes(request) == []


def test_living_abroad_changes_nothing_with_a_valid_document() -> None:
    assert _codes(valid_request(DocumentKind.BELGIAN_PASSPORT, lives_abroad=True)) == []


def test_the_contact_form_guidance_replaces_all_validity_reasons() -> None:
    request = dataclasses.replace(
        with_identity(
            DocumentKind.ORANGE_CARD,
            document_valid_until=dt.date(2025, 1, 1),
            document_valid_from=dt.date(2027, 1, 1),
        ),
        lives_abroad=True,
    )
    (reason,) = assess(request, TODAY)
    assert reason.code == ReasonCode.ABROAD_WITHOUT_VALID_DOCUMENT
    assert "contact form" in reason.message
    assert reason.field == "document_valid_until"


def test_an_expired_document_without_living_abroad_does_not_mention_the_contact_form() -> None:
    (reason,) = assess(
        with_identity(DocumentKind.ELECTRONIC_CARD, document_valid_until=dt.date(2025, 1, 1)), TODAY
    )
    assert reason.code == ReasonCode.DOCUMENT_EXPIRED
    assert "contact form" not in reason.message
    assert reason.render() == "The document expired on 2025-01-01. Ask for a valid document."


def test_unknown_chip_card_types_are_accepted() -> None:
    """New residence cards appear (egelke/eid #3 broke on type 32): an authentic new type is fine."""
    assert _codes(with_identity(DocumentKind.ELECTRONIC_CARD, card_type_code=37)) == []


def test_an_unspecified_sex_on_a_passport_is_not_a_mismatch() -> None:
    assert _codes(with_identity(DocumentKind.FOREIGN_PASSPORT, sex=Sex.UNSPECIFIED)) == []


def test_a_card_nationality_in_free_text_is_not_judged() -> None:
    """Chip cards write nationality as text in the card's language; only ICAO codes are compared."""
    assert _codes(with_identity(DocumentKind.ELECTRONIC_CARD, nationality="Nederlander")) == []


def test_blocking_codes_leave_notes_out() -> None:
    reasons = assess(valid_request(presence_confirmed=False, email=""), TODAY)
    assert blocking_codes(reasons) == (ReasonCode.PRESENCE_NOT_CONFIRMED, ReasonCode.EMAIL_MISSING)
    note = dataclasses.replace(reasons[0], blocking=False)
    assert blocking_codes((note, reasons[1])) == (ReasonCode.EMAIL_MISSING,)


def test_email_syntax_is_checked_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the e-mail check opened a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert email_reasons("citizen@example.org") == []
    assert email_reasons("citoyen@exämple.be") == []
    assert [reason.code for reason in email_reasons("citizen@example")] == [ReasonCode.EMAIL_INVALID]


def test_reason_params_carry_no_personal_data() -> None:
    request = dataclasses.replace(
        with_identity(
            DocumentKind.ELECTRONIC_CARD,
            national_number="01050399963",
            birth_date=PartialDate(2001, 5, 3),
            sex=Sex.FEMALE,
        ),
        email="x@",
    )
    for reason in assess(request, TODAY):
        text = " ".join([reason.render(), *reason.params.values()])
        assert "01050399963" not in text
        assert "Peeters" not in text
        assert "x@" not in text
