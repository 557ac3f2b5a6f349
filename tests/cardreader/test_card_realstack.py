"""Every training card, both applet generations, through pyscard -> pcscd -> vpcd -> the simulated card."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from clerk_app.cardreader.authenticity import Reason, SignedFiles, Verdict, check_authenticity, der_length
from clerk_app.cardreader.beid import (
    IDENTITY,
    IDENTITY_SIGNATURE,
    PHOTO,
    RRN_CERTIFICATE,
    BeidSession,
    CardReadResult,
)
from clerk_app.cardreader.pcsc import PcscBackend
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.cardreader.simulated.card import Applet, BelpicCard, SimulatedCard
from clerk_app.cardreader.simulated.training_cards import CATALOGUE, build_card
from clerk_app.cardreader.trust import TrustStore
from clerk_app.domain.identity import CardIdentity
from clerk_app.errors import CardError, CardRemoved, NoCard, NoReader, NotAnEidCard
from tests.support.pcsc_stack import PcscStack, VirtualReader

pytestmark = pytest.mark.realstack

TODAY = dt.date(2026, 11, 29)
EXPECTED: dict[str, tuple[Verdict, Reason] | type[CardError]] = {
    "altered": (Verdict.NOT_AUTHENTIC, Reason.IDENTITY_SIGNATURE_INVALID),
    "photo-mismatch": (Verdict.NOT_AUTHENTIC, Reason.PHOTO_HASH_MISMATCH),
    "not-eid": NotAnEidCard,
    "pulled-after-7": CardRemoved,
}


def read_through_pcscd(reader: str, trust: TrustStore | None = None) -> CardReadResult:
    connection = PcscBackend().connect(reader)
    try:
        return BeidSession(connection, trust or TrustStore.training()).read()
    finally:
        connection.close()


def read_in_process(card: SimulatedCard) -> CardReadResult:
    backend = SimulatedBackend()
    backend.insert(card)
    connection = backend.connect(backend.list_readers()[0])
    return BeidSession(connection, TrustStore.training()).read()


@pytest.mark.parametrize("applet", list(Applet))
@pytest.mark.parametrize("name", [entry.name for entry in CATALOGUE])
def test_every_training_card_reads_through_pcscd(
    vpcd_reader: VirtualReader, name: str, applet: Applet
) -> None:
    vpcd_reader.insert(build_card(name, applet=applet, today=TODAY))
    expected = EXPECTED.get(name, (Verdict.AUTHENTIC, Reason.VERIFIED))
    if isinstance(expected, type):
        with pytest.raises(expected):
            read_through_pcscd(vpcd_reader.name)
        return
    result = read_through_pcscd(vpcd_reader.name)
    assert (result.authenticity.verdict, result.authenticity.reason) == expected
    # The check that overlapped the photo read says what the one-step check of the same files says.
    card = build_card(name, applet=applet, today=TODAY)
    assert isinstance(card, BelpicCard)
    files = SignedFiles(
        identity=card.files[IDENTITY],
        identity_signature=card.files[IDENTITY_SIGNATURE],
        rrn_certificate=card.files[RRN_CERTIFICATE][: der_length(card.files[RRN_CERTIFICATE])],
        photo=card.files[PHOTO],
    )  # the certificate without its padding, as the reader reads it; no root: the store carries it
    assert result.authenticity == check_authenticity(files, result.identity.photo_hash, TrustStore.training())
    assert result.applet_version == applet.value
    assert "SPECIMEN" in result.identity.surname
    # The real stack adds nothing and loses nothing: the same APDUs as in-process.
    assert result.apdu_count == read_in_process(build_card(name, applet=applet, today=TODAY)).apdu_count


def test_a_card_refusing_path_select_is_read_fid_by_fid(vpcd_reader: VirtualReader) -> None:
    card = build_card("adult", today=TODAY)
    assert isinstance(card, BelpicCard)
    card.path_select = False
    vpcd_reader.insert(card)
    assert read_through_pcscd(vpcd_reader.name).authenticity.authentic


def test_empty_and_unknown_readers(pcsc_stack: PcscStack, vpcd_reader: VirtualReader) -> None:
    with pytest.raises(NoCard):
        PcscBackend().connect(vpcd_reader.name)
    with pytest.raises(NoReader):
        PcscBackend().connect("No Such Reader 00 00")
    assert {reader.name for reader in pcsc_stack.readers()} <= set(PcscBackend().list_readers())


def _pull_at(reader: VirtualReader, applet: Applet, position: int, failures: list[str]) -> None:
    reader.insert(build_card(f"pulled-after-{position}", applet=applet, today=TODAY))
    shown: list[CardIdentity] = []
    connection = PcscBackend().connect(reader.name)
    try:
        result = BeidSession(connection, TrustStore.training()).read(shown.append)
    except CardRemoved:
        pass
    except CardError as exc:
        failures.append(f"position {position}: {exc.code} ({exc.detail}) instead of CardRemoved")
    else:
        failures.append(f"position {position}: a result came back ({result.apdu_count} APDUs)")
    finally:
        connection.close()
    reader.wait_for(None)  # the card is out: pcscd must see it before the next insert


@pytest.mark.parametrize("applet", list(Applet))
def test_card_pulled_at_every_apdu_position(pcsc_stack: PcscStack, applet: Applet) -> None:
    """Each position on its own fresh card; the two vpcd readers share the work to halve the wall time."""
    total = read_in_process(build_card("adult", applet=applet, today=TODAY)).apdu_count
    readers = pcsc_stack.readers()
    for reader in readers:
        reader.remove()
    failures: list[str] = []

    def work(reader: VirtualReader, positions: range) -> None:
        for position in positions:
            try:
                _pull_at(reader, applet, position, failures)
            except Exception as exc:  # report, and let the other reader finish
                failures.append(f"position {position}: {exc!r}")

    threads = [
        threading.Thread(target=work, args=(reader, range(index, total, len(readers))))
        for index, reader in enumerate(readers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for reader in readers:
        reader.remove()
    assert failures == []
    assert total >= 20  # the read really has that many steps to pull the card at
