"""Through pyscard -> pcscd -> vpcd: the carried roots spare the card's root read, an unknown root is still
read and refused, and the identity signature is checked while the photo's APDUs are in flight."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest

from clerk_app.cardreader import beid
from clerk_app.cardreader.authenticity import (
    Reason,
    SignedDataFindings,
    SignedFiles,
    Verdict,
    check_authenticity,
    der_length,
)
from clerk_app.cardreader.beid import PHOTO, BeidSession, CardReadResult
from clerk_app.cardreader.identity_file import parse_identity
from clerk_app.cardreader.pcsc import PcscBackend
from clerk_app.cardreader.simulated.card import Applet, BelpicCard
from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.cardreader.trust import TrustStore
from clerk_app.resources import resource_path
from tests.support.pcsc_stack import VirtualReader
from tests.support.pki import card_under, make_pki

pytestmark = pytest.mark.realstack

TODAY = dt.date(2026, 11, 29)
#: Long enough for any check on a loaded machine; only a read that does not overlap ever waits this long.
CHECK_TIMEOUT = 30.0


def adult(applet: Applet) -> BelpicCard:
    card = build_card("adult", applet=applet, today=TODAY)
    assert isinstance(card, BelpicCard)
    return card


def watch(card: BelpicCard, before_answer: Callable[[bytes], None] | None = None) -> list[str]:
    """The last FID of every SELECT the card answers (``"503B"``); ``before_answer`` sees every APDU first
    (in the vpcd bridge's thread, before the card answers it)."""
    selected: list[str] = []
    original = card.process

    def process(apdu: bytes) -> bytes:
        if before_answer is not None:
            before_answer(apdu)
        if apdu[1] == 0xA4:
            selected.append(apdu[-2:].hex().upper())
        return original(apdu)

    card.process = process  # type: ignore[method-assign]
    return selected


def read(reader: VirtualReader, trust: TrustStore) -> CardReadResult:
    connection = PcscBackend().connect(reader.name)
    try:
        return BeidSession(connection, trust).read()
    finally:
        connection.close()


@pytest.mark.parametrize("applet", list(Applet))
def test_a_card_under_a_carried_root_sends_no_root(vpcd_reader: VirtualReader, applet: Applet) -> None:
    card = adult(applet)
    selected = watch(card)
    vpcd_reader.insert(card)
    result = read(vpcd_reader, TrustStore.training())  # a fresh store: the first card of a session
    assert result.authenticity.authentic
    assert "503C" in selected and "503B" not in selected


@pytest.mark.parametrize("applet", list(Applet))
def test_a_card_under_an_unknown_root_sends_its_root_and_is_refused(
    vpcd_reader: VirtualReader, applet: Applet
) -> None:
    forged = card_under(make_pki("rsa" if applet is Applet.V1_7 else "ec"), adult(applet))
    selected = watch(forged)
    vpcd_reader.insert(forged)
    result = read(vpcd_reader, TrustStore.training())
    assert (result.authenticity.verdict, result.authenticity.reason) == (
        Verdict.NOT_AUTHENTIC,
        Reason.ROOT_NOT_TRUSTED,
    )
    assert "503B" in selected


def test_an_ecdsa_identity_signature_is_checked_while_the_photo_is_read(
    vpcd_reader: VirtualReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check waits until the photo is selected, and the card holds back its first photo chunk until
    the check has finished: only a check that runs while the photo's APDUs are in flight satisfies both (a
    check before the photo read, or after its last APDU, would wait in vain)."""
    photo_selected = threading.Event()
    checked = threading.Event()
    check_saw_the_photo_read: list[bool] = []
    photo_read_saw_the_check: list[bool] = []
    original = beid.check_signed_data

    def check_during_the_photo(
        files: SignedFiles, photo_hash: bytes, trust: TrustStore
    ) -> SignedDataFindings:
        check_saw_the_photo_read.append(photo_selected.wait(CHECK_TIMEOUT))
        try:
            return original(files, photo_hash, trust)
        finally:
            checked.set()

    def hold_back_the_photo(apdu: bytes) -> None:
        if apdu[1] == 0xA4 and apdu[-2:] == PHOTO[-1].to_bytes(2, "big"):
            photo_selected.set()
        elif apdu[1] == 0xB0 and photo_selected.is_set() and not photo_read_saw_the_check:
            photo_read_saw_the_check.append(checked.wait(CHECK_TIMEOUT))

    monkeypatch.setattr(beid, "check_signed_data", check_during_the_photo)
    card = adult(Applet.V1_8)  # an RSA check (1.7) runs after the last APDU: tests/unit/cardreader
    watch(card, hold_back_the_photo)
    vpcd_reader.insert(card)
    result = read(vpcd_reader, TrustStore.training())
    assert check_saw_the_photo_read == [True], "the check ran before the photo read began"
    assert photo_read_saw_the_check == [True], "the check did not finish while the photo was being read"
    assert result.authenticity.authentic


@pytest.mark.parametrize("applet", list(Applet))
def test_a_failed_signature_still_wins_over_a_mismatched_photo(
    vpcd_reader: VirtualReader, applet: Applet
) -> None:
    """The altered card (identity changed after signing) with another photo too: two failures, and the
    signature's is the verdict's reason, as in the one-step check of the same files."""
    altered = build_card("altered", applet=applet, today=TODAY)
    assert isinstance(altered, BelpicCard)
    other_photo = resource_path("training-photos", "mismatch-other.jpg").read_bytes()
    both = BelpicCard("altered-and-photo", applet, {**altered.files, PHOTO: other_photo})
    vpcd_reader.insert(both)
    result = read(vpcd_reader, TrustStore.training())
    assert (result.authenticity.verdict, result.authenticity.reason) == (
        Verdict.NOT_AUTHENTIC,
        Reason.IDENTITY_SIGNATURE_INVALID,
    )
    identity = both.files[beid.IDENTITY]
    files = SignedFiles(
        identity,
        both.files[beid.IDENTITY_SIGNATURE],
        both.files[beid.RRN_CERTIFICATE][: der_length(both.files[beid.RRN_CERTIFICATE])],
        b"",
        other_photo,
    )
    one_step = check_authenticity(files, parse_identity(identity).photo_hash, TrustStore.training())
    assert one_step == result.authenticity
