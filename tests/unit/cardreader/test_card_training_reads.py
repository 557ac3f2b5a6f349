"""The session reads the training cards in-process: every card, the roots, the read plan, a pulled card, the
workers that check."""

from __future__ import annotations

from concurrent.futures import Executor, Future
from typing import Any

import pytest

from clerk_app.cardreader.authenticity import Reason, Verdict
from clerk_app.cardreader.beid import BeidSession, CardReadResult
from clerk_app.cardreader.connection import CardConnection
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.cardreader.simulated.card import Applet, BelpicCard, ForeignCard
from clerk_app.cardreader.simulated.training_cards import (
    build_card,
)
from clerk_app.cardreader.trust import TrustStore
from clerk_app.errors import CardRemoved, NotAnEidCard
from tests.support.card_connections import PassThrough
from tests.support.pki import card_under, make_pki
from tests.support.training_cards import CARD_DAY, EID_CARDS

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


@pytest.mark.parametrize("applet", list(Applet))
@pytest.mark.parametrize("name", EID_CARDS)
def test_session_reads_and_checks_every_card(name: str, applet: Applet) -> None:
    result = read(build_card(name, applet=applet, today=CARD_DAY))
    verdict = EXPECTED_VERDICT.get(name, (Verdict.AUTHENTIC, Reason.VERIFIED))
    assert (result.authenticity.verdict, result.authenticity.reason) == verdict
    assert result.applet_version == applet.value
    assert result.photo[:2] == b"\xff\xd8"
    assert "SPECIMEN" in result.identity.surname
    assert "SPECIMEN" not in repr(result)  # the repr may end up in a log


@pytest.mark.parametrize("applet", list(Applet))
def test_training_cards_are_not_authentic_in_production(applet: Applet) -> None:
    result = read(build_card("adult", applet=applet, today=CARD_DAY), TrustStore.production())
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
    card = build_card("adult", applet=applet, today=CARD_DAY)
    assert isinstance(card, BelpicCard)
    selected = selections(card)
    result = read(card, trust)
    assert result.authenticity.authentic
    assert "503C" in selected and "503B" not in selected


@pytest.mark.parametrize("applet", list(Applet))
def test_a_root_the_store_does_not_carry_is_read_then_carried(applet: Applet) -> None:
    pki = make_pki("rsa" if applet is Applet.V1_7 else "ec")
    trust = TrustStore.training().with_anchors(pki.root)  # the key is pinned, the certificate not carried
    cards = [build_card("adult", applet=applet, today=CARD_DAY) for _ in range(2)]
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
    card = build_card("adult", applet=applet, today=CARD_DAY)
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
    card = build_card("adult", today=CARD_DAY)
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


def recording(inner: CardConnection, events: list[str]) -> PassThrough:
    """A connection that notes in ``events`` when the photo file is selected (and counts APDUs)."""

    def note(apdu: bytes) -> None:
        if apdu[:2] == b"\x00\xa4" and apdu.endswith(b"\x40\x35"):
            events.append("photo selected")

    return PassThrough(inner, before=note)


def read_recorded(card: object, events: list[str]) -> tuple[PassThrough, CardReadResult]:
    backend = SimulatedBackend()
    backend.insert(card)  # type: ignore[arg-type]
    connection = recording(backend.connect(backend.list_readers()[0]), events)
    result = BeidSession(connection, TrustStore.training()).read(lambda identity: events.append("identity"))
    return connection, result


def test_identity_is_handed_over_before_the_photo_is_read() -> None:
    events: list[str] = []
    read_recorded(build_card("adult", today=CARD_DAY), events)
    assert events == ["identity", "photo selected"]


@pytest.mark.parametrize("applet", list(Applet))
def test_pulled_at_every_position_raises_and_returns_nothing(applet: Applet) -> None:
    events: list[str] = []
    connection, full = read_recorded(build_card("adult", applet=applet, today=CARD_DAY), events)
    identity_at = _apdus_before_identity(applet)
    for position in range(full.apdu_count):
        shown: list[str] = []
        with pytest.raises(CardRemoved):
            read_recorded(build_card(f"pulled-after-{position}", applet=applet, today=CARD_DAY), shown)
        assert ("identity" in shown) == (position >= identity_at)  # shown early by design, then dropped
    _, whole = read_recorded(build_card(f"pulled-after-{full.apdu_count}", applet=applet, today=CARD_DAY), [])
    assert whole.authenticity.authentic
    assert len(connection.sent) == full.apdu_count


def _apdus_before_identity(applet: Applet) -> int:
    """APDUs sent until the identity is handed over: counted, not hard-coded."""
    counts: list[int] = []
    backend = SimulatedBackend()
    backend.insert(build_card("adult", applet=applet, today=CARD_DAY))
    connection = recording(backend.connect(backend.list_readers()[0]), [])
    BeidSession(connection, TrustStore.training()).read(lambda identity: counts.append(len(connection.sent)))
    return counts[0]


def test_a_card_that_refuses_path_select_is_read_fid_by_fid() -> None:
    card = build_card("adult", today=CARD_DAY)
    assert isinstance(card, BelpicCard)
    card.path_select = False
    refusing = read(card)
    normal = read(build_card("adult", today=CARD_DAY))
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
    card = build_card(name, today=CARD_DAY)
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
    backend.insert(build_card("adult", applet=applet, today=CARD_DAY))
    pool = NeverStarts()
    result = BeidSession(backend.connect(backend.list_readers()[0]), TrustStore.training(), pool).read()
    assert result.authenticity.authentic
    assert len(pool.pending) == (1 if applet is Applet.V1_8 else 0)


@pytest.mark.parametrize("applet", list(Applet))
def test_pulled_after_7_goes_after_the_identity_and_before_the_photo(applet: Applet) -> None:
    """What the README and the training panel say of it: the identity file was read, the photo not."""
    shown: list[str] = []
    with pytest.raises(CardRemoved):
        read_recorded(build_card("pulled-after-7", applet=applet, today=CARD_DAY), shown)
    assert shown == ["identity"]
