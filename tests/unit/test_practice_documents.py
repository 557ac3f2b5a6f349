"""Training's practice documents without a chip (issue 13 item 19): real country codes, zones that check,
and each one registers through its manual form on the training day and years later."""

from __future__ import annotations

import datetime as dt

import pytest

from clerk_app.cardreader.simulated.practice_documents import VALID_YEARS, practice_documents
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import assess
from clerk_app.domain.manual_form import build_identity, is_country_code
from clerk_app.domain.mrz import parse_mrz
from clerk_app.domain.mrz_form import values_from_mrz
from clerk_app.domain.registration import Clerk, Language, RegistrationRequest


@pytest.mark.parametrize("today", [dt.date(2026, 3, 2), dt.date(2031, 2, 28), dt.date(2028, 2, 29)])
def test_every_practice_document_registers_through_its_form(today: dt.date) -> None:
    documents = practice_documents(today)
    assert {document.name for document in documents} == {"passport-nld", "belgian-card-dead-chip"}
    for document in documents:
        zone = parse_mrz(document.zone, today)
        assert zone.valid, document.name
        assert is_country_code(zone.nationality) and is_country_code(zone.issuing_state)
        assert zone.nationality != "UTO"
        assert zone.expiry_date is not None and zone.expiry_date.year == today.year + VALID_YEARS
        values = values_from_mrz(zone, document.kind)
        if document.number_to_type:
            assert values.get("national_number", "") == ""  # the zone does not hold it: typed
            values["national_number"] = document.number_to_type
        if document.kind is DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE:
            values["card_checked"] = "yes"  # the trainee's check by eye
        result = build_identity(document.kind, values, today)
        assert result.reasons == (), document.name
        assert result.identity is not None
        request = RegistrationRequest(
            identity=result.identity,
            email="trainee@example.org",
            language=Language.NL,
            presence_confirmed=True,
            centre_id="stadskantoor",
            clerk=Clerk("An Clerk", "G1"),
        )
        assert assess(request, today) == (), document.name


def test_the_passport_is_a_real_countrys_and_the_card_an_older_one() -> None:
    passport, card = practice_documents(dt.date(2026, 3, 2))
    assert parse_mrz(passport.zone).nationality == "NLD"
    assert parse_mrz(card.zone).number_rule is not None
    assert parse_mrz(card.zone).number_rule.value == "belgian_with_filler"  # type: ignore[union-attr]
    assert "OEFEN" not in repr(passport)
