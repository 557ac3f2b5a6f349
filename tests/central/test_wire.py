"""The registration body's validation, field by field, without a server."""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

import pytest
from argon2 import PasswordHasher, Type
from pydantic import ValidationError

from central_service.wire import DocumentKind, RegistrationIn, describe_validation_error
from clerk_app.domain.documents import DocumentKind as CounterKind
from tests.support.registrations import registration_body


def problem(body: dict[str, Any]) -> tuple[str | None, str]:
    with pytest.raises(ValidationError) as refused:
        RegistrationIn.model_validate(body)
    return describe_validation_error(refused.value)


def changed(path: str, value: object) -> dict[str, Any]:
    body = registration_body()
    *parents, leaf = path.split(".")
    target = body
    for part in parents:
        target = target[part]
    target[leaf] = value
    return body


def test_a_valid_body_passes() -> None:
    registration = RegistrationIn.model_validate(registration_body())
    assert registration.language == "nl"
    assert registration.registered_at.tzinfo is not None


@pytest.mark.parametrize(
    ("path", "value"),
    [
        pytest.param("person.national_number", "01050399964", id="national-number-check-digits"),
        pytest.param("person.national_number", "0105039996", id="national-number-length"),
        pytest.param("person.birth_date", "2001-02-30", id="birth-date-no-such-day"),
        pytest.param("person.birth_date", "2001-13-??", id="birth-date-month"),
        pytest.param("person.birth_date", "2001-??-05", id="birth-date-day-without-month"),
        pytest.param("person.sex", "Q", id="sex"),
        pytest.param("person.surname", "", id="surname-empty"),
        pytest.param("document.kind", "library_card", id="document-kind"),
        pytest.param("document.card_type", 300, id="card-type"),
        pytest.param("email", "no-at-sign.example.org", id="email"),
        pytest.param("language", "es", id="language"),
        pytest.param("centre", "Stadskantoor", id="centre"),
        pytest.param("registered_at", "2026-11-29T09:12:33", id="time-without-zone"),
        pytest.param("expires_at", "2099-01-01T00:00:00Z", id="expiry-beyond-14-days"),
        pytest.param("expires_at", "0001-01-01T00:01:00+01:02", id="time-before-year-one-in-utc"),
        pytest.param("registered_at", "0001-01-01T00:00:00+00:30", id="registered-before-year-one-in-utc"),
        pytest.param("code_hash", "7KQ2-M9XD-4T0B", id="plain-activation-code"),
        pytest.param("id", "not-a-uuid", id="id"),
    ],
)
def test_each_malformed_field_is_named(path: str, value: object) -> None:
    field, detail = problem(changed(path, value))
    assert field == path
    echoed = len(str(value)) >= 3 and str(value) in detail
    assert not echoed, "the message repeats the refused value"


def test_unknown_fields_are_refused() -> None:
    assert problem({**registration_body(), "photo": "base64"})[0] == "photo"
    assert problem(changed("person.address", "Botermarkt 1"))[0] == "person.address"


def test_times_in_the_future_are_refused() -> None:
    future = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    assert problem(registration_body(registered_at=future))[0] == "registered_at"


def test_only_argon2id_hashes_are_accepted() -> None:
    argon2i = PasswordHasher(type=Type.I).hash("7KQ2M9XD4T0B")
    assert problem(changed("code_hash", argon2i))[0] == "code_hash"


def test_a_registration_cannot_replace_itself() -> None:
    body = registration_body()
    assert problem({**body, "replaces": body["id"]})[0] == "replaces"


@pytest.mark.parametrize("value", ["1950-??-??", "????-??-??", "1950-05-??"])
def test_partial_birth_dates_are_accepted(value: str) -> None:
    assert RegistrationIn.model_validate(changed("person.birth_date", value)).person.birth_date == value


def test_bis_numbers_are_accepted() -> None:
    parsed = RegistrationIn.model_validate(changed("person.national_number", "01450399923"))
    assert parsed.person.national_number == "01450399923"


def test_equal_bodies_share_a_fingerprint_whatever_their_spelling() -> None:
    body = registration_body()
    again = dict(reversed(list(body.items())))
    again["registered_at"] = body["registered_at"].replace("Z", "+00:00")
    assert (
        RegistrationIn.model_validate(body).fingerprint()
        == RegistrationIn.model_validate(again).fingerprint()
    )
    assert (
        RegistrationIn.model_validate(body).fingerprint()
        != RegistrationIn.model_validate(changed("language", "fr")).fingerprint()
    )


def test_a_card_typed_because_its_chip_is_unreadable_is_accepted_as_its_own_evidence() -> None:
    body = changed("document.kind", "belgian_card_chip_unreadable")
    body["document"]["card_type"] = 1
    registration = RegistrationIn.model_validate(body)
    assert (registration.document.kind, registration.document.card_type) == (
        "belgian_card_chip_unreadable",
        1,
    )


def test_the_service_takes_every_kind_of_document_the_counter_sends() -> None:
    """One enum on each side (the service never imports the counter); this keeps them the same, while
    every value an older counter sends stays accepted."""
    assert set(get_args(DocumentKind)) == {kind.value for kind in CounterKind}
    for kind in get_args(DocumentKind):
        RegistrationIn.model_validate(changed("document.kind", kind))
