"""The identity record from a chip card, and records that keep personal data out of their repr."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import Sex, identity_from_card
from clerk_app.domain.registration import Registration, RegistrationStatus
from tests.support.valid_registrations import card, valid_request

PERSONAL = ("Peeters", "Jan", "85073003328", "591191706458", "1985", "citizen@example.org", "Gent")


def test_identity_from_card_maps_the_chip_fields() -> None:
    identity = identity_from_card(card(35, national_number=" 85073003328 "))
    assert identity.document_kind is DocumentKind.ELECTRONIC_CARD
    assert (identity.surname, identity.given_names) == ("Peeters", "Jan Karel M")
    assert identity.birth_date == PartialDate(1985, 7, 30)
    assert identity.sex is Sex.MALE
    assert identity.nationality == "Belg"
    assert identity.national_number == "85073003328"
    assert identity.document_number == "591191706458"
    assert (identity.document_valid_from, identity.document_valid_until) == (
        dt.date(2022, 5, 10),
        dt.date(2032, 5, 10),
    )
    assert identity.card_type_code == 35
    assert identity.issuing_authority == "Gent"


def test_given_names_without_a_third_initial() -> None:
    assert identity_from_card(card(third_initial="")).given_names == "Jan Karel"
    assert identity_from_card(card(first_names="", third_initial="")).given_names == ""


def test_a_partial_birth_date_and_unknown_sex_pass_through() -> None:
    identity = identity_from_card(card(birth_date=PartialDate(1985), sex=None))
    assert (identity.birth_date, identity.sex) == (PartialDate(1985), None)


def test_records_keep_personal_data_out_of_their_repr() -> None:
    request = valid_request()
    now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    registration = Registration(
        id=uuid.UUID(int=1),
        identity=request.identity,
        email=request.email,
        language=request.language,
        centre_id=request.centre_id,
        clerk=request.clerk,
        created_at=now,
        expires_at=now + dt.timedelta(days=14),
        code_hash="$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
        status=RegistrationStatus.ISSUED,
        status_changed_at=now,
    )
    for record in (card(), request.identity, request, registration):
        text = repr(record)
        leaks = [part for part in PERSONAL if part in text]
        assert leaks == [], f"{type(record).__name__} repr leaks {len(leaks)} personal value(s)"
    assert "card_type=1" in repr(card())
    assert "electronic_card" in repr(request.identity)
    assert str(registration.id) in repr(registration)


def test_records_still_compare_by_value() -> None:
    """The safe repr must not change equality, which the store and tests rely on."""
    assert card() == card()
    assert card() != dataclasses.replace(card(), surname="Janssens")
    assert valid_request() == valid_request()
