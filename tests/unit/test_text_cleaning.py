"""The counter never produces a value the central service refuses: text is cleaned, digits are ASCII.

Card fields and typed fields pass through ``clerk_app.domain.text`` before they are stored; the check
here is the central service's own (``central_service.wire.text_problem``), so the two cannot drift.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from activation_code import hash_code
from central_service.wire import RegistrationIn, text_problem
from clerk_app.cardreader.identity_file import parse_identity
from clerk_app.cardreader.tlv import encode_tlv
from clerk_app.domain.date_input import parse_date_input
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import identity_from_card
from clerk_app.domain.manual_form import build_identity
from clerk_app.domain.mrz import check_digit
from clerk_app.domain.national_number import NationalNumberError, NationalNumberProblem, parse_national_number
from clerk_app.domain.registration import Clerk, Language, Registration, RegistrationStatus
from clerk_app.domain.text import ascii_digits, clean_text
from clerk_app.sync.wire import registration_body
from tests.support.valid_registrations import TODAY, card, valid_values

POISON = "\x00\x1b\x85\u202e\u2066\u200b\ufeff\u2028\U000e0041"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Pee\x00ters", "Peeters"),
        ("Peeters\x00\x00", "Peeters"),
        ("\u202eSRETEEP", "SRETEEP"),
        ("Jan\u200b Karel", "Jan Karel"),
        ("Jan\tKarel\n", "Jan Karel"),
        ("Jan  \u00a0Karel", "Jan Karel"),
        ("\u200d", ""),
        ("  \u200c \u0301", ""),
        ("نی\u200cلوفر", "نی\u200cلوفر"),  # the joiner inside a Persian word stays
        ("Zoe\u0308", "Zoe\u0308"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaned_text_is_never_refused_by_the_central_service(raw: str) -> None:
    assert text_problem(clean_text(raw)) is None


def test_ascii_digits_only() -> None:
    assert ascii_digits("0123456789")
    assert not ascii_digits("")
    assert not ascii_digits("12".translate(FULL_WIDTH))
    assert not ascii_digits("12".translate(ARABIC_INDIC))
    assert not ascii_digits("²")


def test_a_poisoned_chip_gives_clean_fields() -> None:
    """The chip's text fields: control and invisible characters go, wherever they are."""
    fields = {
        0x01: b"591191706458",
        0x06: b"85073003328",
        0x07: f"Pee{POISON}ters".encode(),
        0x08: f"Jan{POISON} Karel".encode(),
        0x0A: f"{POISON}Belg".encode(),
        0x0C: b"30 JUL 1985",
        0x0D: b"M",
        0x0F: b"1",
    }
    parsed = parse_identity(encode_tlv(fields.items()))
    identity = identity_from_card(parsed)
    assert (identity.surname, identity.given_names, identity.nationality) == ("Peeters", "Jan Karel", "Belg")


def test_an_identity_is_clean_whatever_its_source() -> None:
    """Every IdentityRecord is cleaned when it is made: from a chip, a form or a stored row."""
    dirty = identity_from_card(card(surname=f"Pee{POISON}ters", first_names="\u200d", card_number="5911\x00"))
    assert (dirty.surname, dirty.given_names, dirty.document_number) == ("Peeters", "M", "5911")


def test_typed_fields_are_cleaned_before_they_are_checked() -> None:
    values = valid_values(
        DocumentKind.FOREIGN_PASSPORT, surname=f"van den{POISON} Berg", given_names="\u202ePieter"
    )
    identity = build_identity(DocumentKind.FOREIGN_PASSPORT, values, TODAY).identity
    assert identity is not None
    assert (identity.surname, identity.given_names) == ("van den Berg", "Pieter")


def test_the_body_the_counter_sends_from_a_poisoned_card_is_valid_at_the_centre() -> None:
    identity = identity_from_card(
        card(surname=f"Pee{POISON}ters", first_names=f"Jan{POISON}", nationality=f"Belg{POISON}")
    )
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    registration = Registration(
        id=uuid.uuid4(),
        identity=identity,
        email="citizen@example.org",
        language=Language.NL,
        centre_id="stadskantoor",
        clerk=Clerk(name=f"An{POISON} Clerk", staff_number=f"G1{POISON}"),
        created_at=now,
        expires_at=now + dt.timedelta(days=14),
        code_hash=hash_code("7KQ2-M9XD-4T0B"),
        status=RegistrationStatus.ISSUED,
        status_changed_at=now,
    )
    parsed = RegistrationIn.model_validate(registration_body(registration))
    person = parsed.person
    # The control and direction characters are gone; "M" is the card's third initial.
    assert (person.surname, person.given_names, person.nationality) == ("Peeters", "Jan M", "Belg")
    assert parsed.clerk.name == "An Clerk"


def test_a_national_number_in_other_digits_is_refused() -> None:
    with pytest.raises(NationalNumberError) as refused:
        parse_national_number("85073003328".translate(ARABIC_INDIC))
    assert refused.value.problem is NationalNumberProblem.FORMAT


def test_full_width_digits_typed_by_an_input_method_become_the_same_ascii_number() -> None:
    """python-stdnum folds full-width digits (as some input methods type them) to ASCII: the same person."""
    assert parse_national_number("85073003328".translate(FULL_WIDTH)).compact == "85073003328"


@pytest.mark.parametrize("table", [FULL_WIDTH, ARABIC_INDIC], ids=["full-width", "arabic-indic"])
def test_a_typed_date_in_other_digits_is_refused(table: dict[int, str]) -> None:
    assert parse_date_input("30/07/1985".translate(table), partial=True) is None
    assert parse_date_input("1985-07-30".translate(table), partial=False) is None


def test_an_mrz_check_digit_in_other_digits_is_refused() -> None:
    with pytest.raises(ValueError, match="not an MRZ character"):
        check_digit("EH12345".translate(FULL_WIDTH))
