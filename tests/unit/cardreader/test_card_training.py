"""The training cards mean what the catalogue says on any day, and the session reads them (in-process)."""

from __future__ import annotations

import datetime as dt
import struct
from concurrent.futures import Executor, Future
from typing import Any

import pytest
from stdnum.be import nn
from support.pki import card_under, make_pki

from clerk_app.cardreader.authenticity import Reason, Verdict
from clerk_app.cardreader.beid import PHOTO, BeidSession, CardReadResult
from clerk_app.cardreader.connection import CardConnection
from clerk_app.cardreader.identity_file import parse_identity
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.cardreader.simulated.card import Applet, BelpicCard, ForeignCard
from clerk_app.cardreader.simulated.training_cards import (
    CATALOGUE,
    birth_date_text,
    build_card,
    national_number,
)
from clerk_app.cardreader.trust import TrustStore
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import age_on, assess
from clerk_app.domain.identity import CardIdentity, IdentityRecord
from clerk_app.domain.national_number import mismatches, parse_national_number
from clerk_app.domain.registration import Clerk, Language, RegistrationRequest
from clerk_app.errors import CardRemoved, NotAnEidCard

DAYS = [dt.date(2026, 11, 29), dt.date(2028, 2, 29), dt.date(2031, 1, 1)]
EID_CARDS = [
    entry.name for entry in CATALOGUE if entry.name != "not-eid" and not entry.name.startswith("pulled")
]
EXPECTED_VERDICT = {
    "altered": (Verdict.NOT_AUTHENTIC, Reason.IDENTITY_SIGNATURE_INVALID),
    "photo-mismatch": (Verdict.NOT_AUTHENTIC, Reason.PHOTO_HASH_MISMATCH),
}


def read(card: object, trust: TrustStore | None = None) -> CardReadResult:
    backend = SimulatedBackend()
    backend.insert(card)  # type: ignore[arg-type]
    connection = backend.connect(backend.list_readers()[0])
    try:
        return BeidSession(connection, trust or TrustStore.training()).read()
    finally:
        connection.close()


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


@pytest.mark.parametrize("applet", list(Applet))
@pytest.mark.parametrize("name", EID_CARDS)
def test_session_reads_and_checks_every_card(name: str, applet: Applet) -> None:
    result = read(build_card(name, applet=applet, today=DAYS[0]))
    verdict = EXPECTED_VERDICT.get(name, (Verdict.AUTHENTIC, Reason.VERIFIED))
    assert (result.authenticity.verdict, result.authenticity.reason) == verdict
    assert result.applet_version == applet.value
    assert result.photo[:2] == b"\xff\xd8"
    assert "SPECIMEN" in result.identity.surname
    assert "SPECIMEN" not in repr(result)  # the repr may end up in a log


@pytest.mark.parametrize("applet", list(Applet))
def test_training_cards_are_not_authentic_in_production(applet: Applet) -> None:
    result = read(build_card("adult", applet=applet, today=DAYS[0]), TrustStore.production())
    assert (result.authenticity.verdict, result.authenticity.reason) == (
        Verdict.NOT_AUTHENTIC,
        Reason.ROOT_NOT_TRUSTED,
    )


def test_not_an_eid_card() -> None:
    with pytest.raises(NotAnEidCard):
        read(build_card("not-eid"))
    assert isinstance(build_card("not-eid"), ForeignCard)


def selections(card: BelpicCard) -> list[str]:
    """Records the last FID of every SELECT the card answers, as hex (``"503B"``)."""
    selected: list[str] = []
    original = card.process

    def recording(apdu: bytes) -> bytes:
        if apdu[1] == 0xA4:
            selected.append(apdu[-2:].hex().upper())
        return original(apdu)

    card.process = recording  # type: ignore[method-assign]
    return selected


@pytest.mark.parametrize("applet", list(Applet))
def test_a_card_under_a_carried_root_never_sends_its_root(applet: Applet) -> None:
    trust = TrustStore.training()  # a fresh store: no card met before
    card = build_card("adult", applet=applet, today=DAYS[0])
    assert isinstance(card, BelpicCard)
    selected = selections(card)
    result = read(card, trust)
    assert result.authenticity.authentic
    assert "503C" in selected and "503B" not in selected


@pytest.mark.parametrize("applet", list(Applet))
def test_a_root_the_store_does_not_carry_is_read_then_carried(applet: Applet) -> None:
    pki = make_pki("rsa" if applet is Applet.V1_7 else "ec")
    trust = TrustStore.training().with_anchors(pki.root)  # the key is pinned, the certificate not carried
    cards = [build_card("adult", applet=applet, today=DAYS[0]) for _ in range(2)]
    assert all(isinstance(card, BelpicCard) for card in cards)
    first, second = (card_under(pki, card) for card in cards if isinstance(card, BelpicCard))
    first_selected, second_selected = selections(first), selections(second)
    assert read(first, trust).authenticity.authentic
    assert "503B" in first_selected
    assert read(second, trust).authenticity.authentic
    assert "503B" not in second_selected


@pytest.mark.parametrize("applet", list(Applet))
def test_a_card_under_an_unknown_root_sends_its_root_and_is_refused(applet: Applet) -> None:
    pki = make_pki("rsa" if applet is Applet.V1_7 else "ec")
    card = build_card("adult", applet=applet, today=DAYS[0])
    assert isinstance(card, BelpicCard)
    forged = card_under(pki, card)
    selected = selections(forged)
    result = read(forged, TrustStore.training())
    assert (result.authenticity.verdict, result.authenticity.reason) == (
        Verdict.NOT_AUTHENTIC,
        Reason.ROOT_NOT_TRUSTED,
    )
    assert "503B" in selected


def test_the_read_plan_never_touches_the_address_files() -> None:
    card = build_card("adult", today=DAYS[0])
    assert isinstance(card, BelpicCard)
    sent: list[bytes] = []
    original = card.process

    def recording(apdu: bytes) -> bytes:
        sent.append(apdu)
        return original(apdu)

    card.process = recording  # type: ignore[method-assign]
    read(card)
    selected = {apdu[5:].hex().upper() for apdu in sent if apdu[1] == 0xA4}
    assert not any(path.endswith(("4033", "4034")) for path in selected)
    assert "3F00DF014031" in selected


class Recording:
    """A connection that notes in ``events`` when the photo file is selected, and counts APDUs."""

    def __init__(self, inner: CardConnection, events: list[str]) -> None:
        self.inner = inner
        self.events = events
        self.count = 0

    @property
    def atr(self) -> bytes:
        return self.inner.atr

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.count += 1
        if apdu[:2] == b"\x00\xa4" and apdu.endswith(b"\x40\x35"):
            self.events.append("photo selected")
        return self.inner.transmit(apdu)

    def begin_transaction(self) -> None:
        self.inner.begin_transaction()

    def end_transaction(self) -> None:
        self.inner.end_transaction()

    def close(self) -> None:
        self.inner.close()


def read_recorded(card: object, events: list[str]) -> tuple[Recording, CardReadResult]:
    backend = SimulatedBackend()
    backend.insert(card)  # type: ignore[arg-type]
    connection = Recording(backend.connect(backend.list_readers()[0]), events)
    result = BeidSession(connection, TrustStore.training()).read(lambda identity: events.append("identity"))
    return connection, result


def test_identity_is_handed_over_before_the_photo_is_read() -> None:
    events: list[str] = []
    read_recorded(build_card("adult", today=DAYS[0]), events)
    assert events == ["identity", "photo selected"]


@pytest.mark.parametrize("applet", list(Applet))
def test_pulled_at_every_position_raises_and_returns_nothing(applet: Applet) -> None:
    events: list[str] = []
    connection, full = read_recorded(build_card("adult", applet=applet, today=DAYS[0]), events)
    identity_at = _apdus_before_identity(applet)
    for position in range(full.apdu_count):
        shown: list[str] = []
        with pytest.raises(CardRemoved):
            read_recorded(build_card(f"pulled-after-{position}", applet=applet, today=DAYS[0]), shown)
        assert ("identity" in shown) == (position >= identity_at)  # shown early by design, then dropped
    _, whole = read_recorded(build_card(f"pulled-after-{full.apdu_count}", applet=applet, today=DAYS[0]), [])
    assert whole.authenticity.authentic
    assert connection.count == full.apdu_count


def _apdus_before_identity(applet: Applet) -> int:
    """APDUs sent until the identity is handed over: counted, not hard-coded."""
    counts: list[int] = []
    backend = SimulatedBackend()
    backend.insert(build_card("adult", applet=applet, today=DAYS[0]))
    connection = Recording(backend.connect(backend.list_readers()[0]), [])
    BeidSession(connection, TrustStore.training()).read(lambda identity: counts.append(connection.count))
    return counts[0]


def test_a_card_that_refuses_path_select_is_read_fid_by_fid() -> None:
    card = build_card("adult", today=DAYS[0])
    assert isinstance(card, BelpicCard)
    card.path_select = False
    refusing = read(card)
    normal = read(build_card("adult", today=DAYS[0]))
    assert refusing.authenticity.authentic
    assert refusing.apdu_count > normal.apdu_count


class NeverStarts(Executor):
    """A worker pool with no free worker: what a busy machine looks like to the reader."""

    def __init__(self) -> None:
        self.pending: list[Future[Any]] = []

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.pending.append(future)
        return future


@pytest.mark.parametrize("name", ["adult", "altered", "photo-mismatch"])
def test_a_check_no_worker_started_is_run_by_the_reader(name: str) -> None:
    card = build_card(name, today=DAYS[0])
    backend = SimulatedBackend()
    backend.insert(card)
    connection = backend.connect(backend.list_readers()[0])
    pool = NeverStarts()
    result = BeidSession(connection, TrustStore.training(), pool).read()
    expected = EXPECTED_VERDICT.get(name, (Verdict.AUTHENTIC, Reason.VERIFIED))
    assert (result.authenticity.verdict, result.authenticity.reason) == expected
    assert [future.cancelled() for future in pool.pending] == [True]


@pytest.mark.parametrize("applet", list(Applet))
def test_only_an_ecdsa_check_is_handed_to_a_worker(applet: Applet) -> None:
    """bench/card_read.py: an RSA check is shorter than the hand-off to a worker, an ECDSA one is not."""
    backend = SimulatedBackend()
    backend.insert(build_card("adult", applet=applet, today=DAYS[0]))
    pool = NeverStarts()
    result = BeidSession(backend.connect(backend.list_readers()[0]), TrustStore.training(), pool).read()
    assert result.authenticity.authentic
    assert len(pool.pending) == (1 if applet is Applet.V1_8 else 0)


@pytest.mark.parametrize("applet", list(Applet))
def test_pulled_after_7_goes_after_the_identity_and_before_the_photo(applet: Applet) -> None:
    """What the README and the training panel say of it: the identity file was read, the photo not."""
    shown: list[str] = []
    with pytest.raises(CardRemoved):
        read_recorded(build_card("pulled-after-7", applet=applet, today=DAYS[0]), shown)
    assert shown == ["identity"]
