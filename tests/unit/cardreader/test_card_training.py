"""The training cards mean what the catalogue says on any day (their reading: test_card_training_reads)."""

from __future__ import annotations

import datetime as dt
import struct

import pytest
from stdnum.be import nn

from clerk_app.cardreader.beid import PHOTO
from clerk_app.cardreader.identity_file import parse_identity
from clerk_app.cardreader.simulated.card import Applet, BelpicCard
from clerk_app.cardreader.simulated.training_cards import (
    CATALOGUE,
    birth_date_text,
    build_card,
    national_number,
)
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import age_on, assess
from clerk_app.domain.identity import CardIdentity, IdentityRecord
from clerk_app.domain.national_number import mismatches, parse_national_number
from clerk_app.domain.registration import Clerk, Language, RegistrationRequest
from tests.support.training_cards import CARD_DAY, EID_CARDS

DAYS = [CARD_DAY, dt.date(2028, 2, 29), dt.date(2031, 1, 1)]


def identity_of(name: str, applet: Applet, today: dt.date) -> CardIdentity:
    card = build_card(name, applet=applet, today=today)
    assert isinstance(card, BelpicCard)
    return parse_identity(card.files[(0x3F00, 0xDF01, 0x4031)])


def test_catalogue_names_are_the_agreed_ones() -> None:
    names = [entry.name for entry in CATALOGUE]
    for name in (
        "adult",
        "child-11",
        "expired",
        "residence-eu-plus",
        "residence-f",
        "residence-k",
        "altered",
        "photo-mismatch",
        "not-eid",
    ):
        assert name in names
    assert any(name.startswith("pulled-after-") for name in names)
    assert len(set(names)) == len(names)
    assert all(entry.description.endswith(".") for entry in CATALOGUE)


@pytest.mark.parametrize("today", DAYS)
@pytest.mark.parametrize("applet", list(Applet))
@pytest.mark.parametrize("name", EID_CARDS)
def test_every_card_is_specimen_with_a_valid_matching_national_number(
    name: str, applet: Applet, today: dt.date
) -> None:
    identity = identity_of(name, applet, today)
    assert "SPECIMEN" in identity.surname
    assert nn.is_valid(identity.national_number)
    number = parse_national_number(identity.national_number)
    assert mismatches(number, identity.birth_date, identity.sex) == ()
    assert identity.birth_date.is_complete
    assert identity.card_type.known
    assert len(identity.photo_hash) == (32 if applet is Applet.V1_7 else 48)
    assert len(identity.basic_key_hash) == (0 if applet is Applet.V1_7 else 48)


@pytest.mark.parametrize("today", DAYS)
def test_cards_mean_the_same_on_every_day(today: dt.date) -> None:
    for applet in Applet:
        child = identity_of("child-11", applet, today)
        born = child.birth_date.as_date()
        assert born is not None
        assert age_on(born, today) == 11
        assert child.card_type.kids
        expired = identity_of("expired", applet, today)
        assert expired.validity_end == today - dt.timedelta(days=1)
        for name in ("adult", "residence-eu-plus", "residence-f", "residence-k", "altered", "photo-mismatch"):
            identity = identity_of(name, applet, today)
            assert identity.validity_begin is not None and identity.validity_end is not None
            assert identity.validity_begin <= today <= identity.validity_end
        adult = identity_of("adult", applet, today)
        assert adult.birth_date.as_date() is not None
        assert age_on(adult.birth_date.as_date(), today) >= 18  # type: ignore[arg-type]


def test_residence_cards_carry_their_type_and_mentions() -> None:
    eu_plus = identity_of("residence-eu-plus", Applet.V1_8, DAYS[0])
    assert eu_plus.card_type.code == 32
    assert eu_plus.eu_card_start_date == dt.date(2019, 6, 14)
    family = identity_of("residence-f", Applet.V1_8, DAYS[0])
    assert family.card_type.code == 35
    assert family.member_of_family
    establishment = identity_of("residence-k", Applet.V1_7, DAYS[0])
    assert establishment.card_type.code == 27
    assert establishment.work_permit == "7"


def _record(identity: CardIdentity) -> IdentityRecord:
    return IdentityRecord(
        document_kind=DocumentKind.ELECTRONIC_CARD,
        surname=identity.surname,
        given_names=identity.given_names,
        birth_date=identity.birth_date,
        sex=identity.sex,
        nationality=identity.nationality,
        national_number=identity.national_number,
        document_number=identity.card_number,
        document_valid_until=identity.validity_end,
        document_valid_from=identity.validity_begin,
        card_type_code=identity.card_type.code,
    )


@pytest.mark.parametrize(
    ("name", "reasons"),
    [
        ("adult", set()),
        ("residence-eu-plus", set()),
        ("residence-f", set()),
        ("residence-k", set()),
        ("child-11", {"under_minimum_age", "kids_card"}),
        ("expired", {"document_expired"}),
    ],
)
def test_eligibility_rules_see_what_each_card_teaches(name: str, reasons: set[str]) -> None:
    today = DAYS[0]
    request = RegistrationRequest(
        identity=_record(identity_of(name, Applet.V1_8, today)),
        email="citizen@example.org",
        language=Language.NL,
        presence_confirmed=True,
        centre_id="stadskantoor",
        clerk=Clerk("Clerk", "G1"),
    )
    assert {reason.code for reason in assess(request, today)} == reasons


def _jpeg_size_and_components(photo: bytes) -> tuple[int, int, int]:
    position = 2
    while position < len(photo):
        marker, length = photo[position + 1], struct.unpack(">H", photo[position + 2 : position + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", photo[position + 5 : position + 9])
            return width, height, photo[position + 9]
        position += 2 + length
    raise AssertionError("no SOF marker")


@pytest.mark.parametrize("name", EID_CARDS)
def test_photos_are_small_greyscale_jpegs(name: str) -> None:
    card = build_card(name, today=DAYS[0])
    assert isinstance(card, BelpicCard)
    photo = card.files[PHOTO]
    assert photo[:2] == b"\xff\xd8"
    assert _jpeg_size_and_components(photo) == (140, 200, 1)
    assert 2_000 <= len(photo) <= 3_500


def test_birth_date_text_is_written_as_cards_write_it() -> None:
    assert birth_date_text(dt.date(1984, 4, 12), "nl") == "12 APR  1984"
    assert birth_date_text(dt.date(1958, 9, 7), "fr") == "07 SEPT 1958"
    assert birth_date_text(dt.date(1990, 3, 3), "de") == "03.MÄR. 1990"


def test_national_numbers_use_the_2000_rule() -> None:
    assert national_number(dt.date(2001, 5, 3), 999) == "01050399963"  # the Nora specimen's number
    assert nn.is_valid(national_number(dt.date(1999, 12, 31), 2))


def test_unknown_names_are_refused() -> None:
    for name in ("nobody", "pulled-after-", "pulled-after-x"):
        with pytest.raises(KeyError):
            build_card(name)


# Reading the training cards in-process -----------------------------------------------------------
