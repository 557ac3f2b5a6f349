"""PC/SC return codes become the clerk's errors (pcsc.py), checked with scripted PC/SC answers."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from smartcard import scard

from clerk_app.cardreader import pcsc
from clerk_app.errors import (
    CardBusy,
    CardCommunicationError,
    CardError,
    CardRemoved,
    NoCard,
    NoReader,
    NotAnEidCard,
    ReaderServiceUnavailable,
)


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (scard.SCARD_E_NO_SERVICE, ReaderServiceUnavailable),
        (scard.SCARD_E_SERVICE_STOPPED, ReaderServiceUnavailable),
        (scard.SCARD_F_COMM_ERROR, ReaderServiceUnavailable),
        (scard.SCARD_E_NO_READERS_AVAILABLE, NoReader),
        (scard.SCARD_E_UNKNOWN_READER, NoReader),
        (scard.SCARD_E_READER_UNAVAILABLE, NoReader),
        (scard.SCARD_E_NO_SMARTCARD, NoCard),
        (scard.SCARD_W_REMOVED_CARD, NoCard),
        (scard.SCARD_E_SHARING_VIOLATION, CardBusy),
        (scard.SCARD_E_PROTO_MISMATCH, NotAnEidCard),
        (scard.SCARD_W_RESET_CARD, CardCommunicationError),
        (scard.SCARD_W_UNRESPONSIVE_CARD, CardCommunicationError),
        (scard.SCARD_E_TIMEOUT, CardCommunicationError),
    ],
)
def test_codes_outside_a_read(code: int, error: type[CardError]) -> None:
    converted = pcsc._error(code, "connecting")
    assert type(converted) is error
    assert f"{code & 0xFFFFFFFF:08X}" in converted.detail


class FakeScard(SimpleNamespace):
    """pyscard's scard module with scripted answers for one card handle."""

    def __init__(
        self, transmit: int, status: list[int], waits: list[int], response: list[int] | None = None
    ) -> None:
        super().__init__(**{name: getattr(scard, name) for name in dir(scard) if name.isupper()})
        self.transmit_code, self.statuses, self.waits = transmit, list(status), list(waits)
        self.response = response if response is not None else []

    def SCardEstablishContext(self, scope: int) -> tuple[int, int]:  # noqa: N802 - pyscard's names
        return 0, 1

    def SCardReleaseContext(self, context: int) -> int:  # noqa: N802
        return 0

    def SCardConnect(self, *args: Any) -> tuple[int, int, int]:  # noqa: N802
        return 0, 2, scard.SCARD_PROTOCOL_T0

    def SCardDisconnect(self, *args: Any) -> int:  # noqa: N802
        return 0

    def SCardTransmit(self, *args: Any) -> tuple[int, list[int]]:  # noqa: N802
        return self.transmit_code, self.response

    def SCardStatus(self, card: int) -> tuple[int, str, int, int, list[int]]:  # noqa: N802
        code = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return code, "Reader", 0x34, 1, [0x3B, 0x00]

    def SCardGetStatusChange(self, context: int, timeout: int, states: list[Any]) -> tuple[int, list[Any]]:  # noqa: N802
        code = self.waits.pop(0) if self.waits else scard.SCARD_E_TIMEOUT
        return code, [("Reader", scard.SCARD_STATE_PRESENT, [0x3B, 0x00])]


def _transmit_with(monkeypatch: pytest.MonkeyPatch, fake: FakeScard) -> None:
    monkeypatch.setattr(pcsc, "scard", fake)
    monkeypatch.setattr(pcsc, "REMOVAL_GRACE_SECONDS", 0.05)
    pcsc.PcscConnection("Reader").transmit(b"\x00\xa4\x02\x0c\x02\x3f\x00")


def test_a_card_that_pcsc_reports_removed_is_card_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CardRemoved):
        _transmit_with(monkeypatch, FakeScard(scard.SCARD_W_REMOVED_CARD, [0], []))


def test_not_transacted_then_gone_is_card_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pulled card first shows as a failed transaction; PC/SC notices the removal a moment later."""
    fake = FakeScard(scard.SCARD_E_NOT_TRANSACTED, [0, scard.SCARD_W_REMOVED_CARD], [0, 0])
    with pytest.raises(CardRemoved):
        _transmit_with(monkeypatch, fake)


def test_not_transacted_with_the_card_still_there_is_a_communication_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(CardCommunicationError) as caught:
        _transmit_with(monkeypatch, FakeScard(scard.SCARD_E_NOT_TRANSACTED, [0], [0]))
    assert "stopped answering" in str(caught.value)


def test_an_empty_answer_from_a_card_still_there_is_a_communication_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(CardCommunicationError) as caught:
        _transmit_with(monkeypatch, FakeScard(0, [0], [0], response=[]))
    assert "incomplete" in str(caught.value)


def test_the_service_going_away_mid_read(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ReaderServiceUnavailable):
        _transmit_with(monkeypatch, FakeScard(scard.SCARD_E_NO_SERVICE, [0], []))


def test_answers_are_split_into_data_and_status_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pcsc, "scard", FakeScard(0, [0], [], response=[0x41, 0x42, 0x90, 0x00]))
    connection = pcsc.PcscConnection("Reader")
    assert connection.transmit(b"\x00\xb0\x00\x00\x02") == (b"AB", 0x9000)
    assert connection.atr == b"\x3b\x00"
    connection.close()
    connection.close()  # closing twice is harmless
