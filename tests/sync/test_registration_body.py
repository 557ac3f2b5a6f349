"""The registration body the relay sends: docs/wire-format.md, built from the registration as stored."""

from __future__ import annotations

import json

from central_service.wire import RegistrationIn
from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import Sex
from clerk_app.storage import Store
from clerk_app.sync.wire import registration_body
from tests.support.store_builders import CLERK, NOW, with_identity


def test_the_body_is_the_wire_format(store: Store) -> None:
    req = with_identity(
        5,
        national_number="85.07.30-033.28",
        birth_date=PartialDate(1985, 7, 30),
        sex=Sex.MALE,
        surname="Ségolène-Test",
    )
    issued = store.registrations.register(req, NOW)
    (item,) = store.outbox.due(NOW)
    body = registration_body(item.registration)
    registration = issued.registration
    expected = {
        "id": str(registration.id),
        "centre": "stadskantoor",
        "clerk": {"name": CLERK.name, "staff_number": CLERK.staff_number},
        "registered_at": "2026-11-24T09:30:00Z",
        "expires_at": "2026-12-08T09:30:00Z",
        "person": {
            "national_number": "85073003328",
            "surname": req.identity.surname,
            "given_names": req.identity.given_names,
            "birth_date": "1985-07-30",
            "sex": "M",
            "nationality": "BELG",
        },
        "document": {
            "kind": "electronic_card",
            "number": req.identity.document_number,
            "valid_until": "2031-06-30",
            "card_type": 1,
        },
        "email": req.email,
        "language": "nl",
        "code_hash": registration.code_hash,
        "replaces": None,
    }
    same_keys = set(body) == set(expected)
    assert same_keys, f"wire keys differ: {sorted(set(body) ^ set(expected))}"
    differing = sorted(key for key in expected if body[key] != expected[key])
    assert differing == [], f"wire fields that differ: {differing}"
    assert json.loads(json.dumps(body)) == body  # plain JSON types only


def test_a_manual_document_has_no_card_type_on_the_wire(store: Store) -> None:
    req = with_identity(7, document_kind=DocumentKind.FOREIGN_PASSPORT, card_type_code=None)
    store.registrations.register(req, NOW)
    (item,) = store.outbox.due(NOW)
    body = registration_body(item.registration)
    assert body["document"]["kind"] == "foreign_passport"
    assert body["document"]["card_type"] is None


def test_a_card_with_an_unreadable_chip_goes_out_as_its_own_evidence_with_its_card_type(store: Store) -> None:
    """The central service learns that the chip was not read (docs/wire-format.md), and which card it was."""
    req = with_identity(6, document_kind=DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE, card_type_code=27)
    store.registrations.register(req, NOW)
    (item,) = store.outbox.due(NOW)
    body = registration_body(item.registration)
    assert body["document"]["kind"] == "belgian_card_chip_unreadable"
    assert body["document"]["card_type"] == 27
    RegistrationIn.model_validate(body)  # the central service takes it as it is


def test_a_reissue_names_the_registration_it_replaces(store: Store) -> None:
    old = store.registrations.register(with_identity(8), NOW)
    store.registrations.reissue(old.registration.id, CLERK, NOW)
    (item,) = store.outbox.due(NOW)  # the old one's row was cancelled
    assert registration_body(item.registration)["replaces"] == str(old.registration.id)
