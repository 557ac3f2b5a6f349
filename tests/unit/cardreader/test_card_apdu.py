"""The APDU layer against scripted card answers: 61xx, 6Cxx, 6B00, short reads, SELECT fallback, logging."""

from __future__ import annotations

import logging
from collections import deque

import pytest

from clerk_app.cardreader.apdu import (
    SW,
    TRAFFIC,
    ApduChannel,
    describe,
    read_binary,
    select_fid,
    select_path,
)
from clerk_app.cardreader.beid import IDENTITY
from clerk_app.errors import CardCommunicationError, CardDataError


class ScriptedConnection:
    """Answers each APDU with the next scripted (data, sw) and records what was sent."""

    def __init__(self, *answers: tuple[bytes, int]) -> None:
        self.answers = deque(answers)
        self.sent: list[bytes] = []

    @property
    def atr(self) -> bytes:
        return b"\x3b\x00"

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.sent.append(apdu)
        if not self.answers:
            raise AssertionError(f"unexpected APDU {apdu.hex()}")
        return self.answers.popleft()

    def begin_transaction(self) -> None: ...
    def end_transaction(self) -> None: ...
    def close(self) -> None: ...


def hexes(apdus: list[bytes]) -> list[str]:
    return [apdu.hex().upper() for apdu in apdus]


def test_commands_are_built_as_the_manual_says() -> None:
    assert select_path(IDENTITY).hex().upper() == "00A4080C063F00DF014031"
    assert select_fid(0xDF01).hex().upper() == "00A4020C02DF01"
    assert read_binary(0x1FC, 256).hex().upper() == "00B001FC00"
    with pytest.raises(ValueError, match="range"):
        read_binary(0x8000, 1)


def test_61xx_is_fetched_with_get_response() -> None:
    connection = ScriptedConnection((b"", 0x6110), (b"A" * 16, 0x6104), (b"B" * 4, 0x9000))
    data, sw = ApduChannel(connection).transmit(bytes.fromhex("002A9E9A00"))
    assert (data, sw) == (b"A" * 16 + b"B" * 4, 0x9000)
    assert hexes(connection.sent)[1:] == ["00C0000010", "00C0000004"]


def test_6cxx_resends_with_the_exact_length() -> None:
    connection = ScriptedConnection((b"", 0x6CB3), (b"x" * 0xB3, 0x9000))
    channel = ApduChannel(connection)
    assert channel.transmit(read_binary(0, 256)) == (b"x" * 0xB3, 0x9000)
    assert hexes(connection.sent) == ["00B0000000", "00B00000B3"]
    assert channel.apdu_count == 2


def test_6cxx_on_a_command_with_data_is_not_resent() -> None:
    connection = ScriptedConnection((b"", 0x6C10))
    assert ApduChannel(connection).transmit(select_fid(0x4031)) == (b"", 0x6C10)


def test_read_until_6cxx_gives_the_file() -> None:
    connection = ScriptedConnection((b"", 0x9000), (b"a" * 256, 0x9000), (b"", 0x6C4E), (b"b" * 0x4E, 0x9000))
    channel = ApduChannel(connection)
    assert channel.read_file(IDENTITY) == b"a" * 256 + b"b" * 0x4E
    assert hexes(connection.sent)[1:] == ["00B0000000", "00B0010000", "00B001004E"]


def test_6b00_after_a_full_chunk_is_the_end_of_the_file() -> None:
    connection = ScriptedConnection((b"", 0x9000), (b"a" * 256, 0x9000), (b"", 0x6B00))
    assert ApduChannel(connection).read_file(IDENTITY) == b"a" * 256


def test_6b00_at_offset_zero_is_an_error() -> None:
    connection = ScriptedConnection((b"", 0x9000), (b"", 0x6B00))
    with pytest.raises(CardCommunicationError) as caught:
        ApduChannel(connection).read_file(IDENTITY)
    assert "6B00" in str(caught.value)


@pytest.mark.parametrize("sw", [0x9000, 0x6282])
def test_a_short_answer_is_the_end_of_the_file(sw: int) -> None:
    """Readers that handle 6Cxx themselves answer short with 9000; 6282 is accepted defensively."""
    connection = ScriptedConnection((b"", 0x9000), (b"c" * 100, sw))
    assert ApduChannel(connection).read_file(IDENTITY) == b"c" * 100
    assert len(connection.sent) == 2


def test_6282_with_a_full_chunk_also_ends_the_file() -> None:
    connection = ScriptedConnection((b"", 0x9000), (b"c" * 256, 0x6282))
    assert ApduChannel(connection).read_file(IDENTITY) == b"c" * 256


def test_length_from_stops_before_the_padding_and_asks_exact_lengths() -> None:
    connection = ScriptedConnection(
        (b"", 0x9000), (b"\x30\x82\x01\x40" + b"d" * 252, 0x9000), (b"e" * 68, 0x9000)
    )
    data = ApduChannel(connection).read_file(IDENTITY, length_from=lambda prefix: 0x144)
    assert data == b"\x30\x82\x01\x40" + b"d" * 252 + b"e" * 68
    assert hexes(connection.sent)[-1] == "00B0010044"


def test_length_zero_returns_nothing_after_one_chunk() -> None:
    connection = ScriptedConnection((b"", 0x9000), (bytes(256), 0x9000))
    assert ApduChannel(connection).read_file(IDENTITY, length_from=lambda prefix: 0) == b""


def test_a_file_shorter_than_its_announced_length_comes_back_as_is() -> None:
    connection = ScriptedConnection((b"", 0x9000), (b"", 0x6C10), (b"f" * 16, 0x9000))
    assert ApduChannel(connection).read_file(IDENTITY, length_from=lambda prefix: 300) == b"f" * 16


@pytest.mark.parametrize("refusal", [0x6A82, 0x6A86, 0x6A87])
def test_refused_path_select_falls_back_to_fid_by_fid_for_the_rest_of_the_read(refusal: int) -> None:
    connection = ScriptedConnection(
        (b"", refusal),  # 00 A4 08 0C 3F00 DF01 4031
        (b"", 0x9000),  # 3F00
        (b"", 0x9000),  # DF01
        (b"", 0x9000),  # 4031
        (b"i" * 10, 0x9000),
        (b"", 0x9000),  # 4032 directly: DF01 is current
        (b"s" * 10, 0x9000),
        (b"", 0x9000),  # 3F00
        (b"", 0x9000),  # DF00
        (b"", 0x9000),  # 503C
        (b"r" * 10, 0x9000),
    )
    channel = ApduChannel(connection)
    assert channel.read_file(IDENTITY) == b"i" * 10
    assert channel.read_file((0x3F00, 0xDF01, 0x4032)) == b"s" * 10
    assert channel.read_file((0x3F00, 0xDF00, 0x503C)) == b"r" * 10
    assert hexes(connection.sent) == [
        "00A4080C063F00DF014031",
        "00A4020C023F00",
        "00A4020C02DF01",
        "00A4020C024031",
        "00B0000000",
        "00A4020C024032",
        "00B0000000",
        "00A4020C023F00",
        "00A4020C02DF00",
        "00A4020C02503C",
        "00B0000000",
    ]


def test_a_missing_file_is_an_error_only_when_required() -> None:
    not_found = [(b"", 0x6A82), (b"", 0x9000), (b"", 0x9000), (b"", 0x6A82)]  # path; 3F00, DF01, 4031
    with pytest.raises(CardDataError) as caught:
        ApduChannel(ScriptedConnection(*not_found)).read_file(IDENTITY)
    assert "4031" in str(caught.value)
    assert ApduChannel(ScriptedConnection(*not_found)).read_file(IDENTITY, required=False) == b""


def test_unexpected_select_status_is_a_communication_error() -> None:
    with pytest.raises(CardCommunicationError) as caught:
        ApduChannel(ScriptedConnection((b"", 0x6581))).read_file(IDENTITY)
    assert "EEPROM_CORRUPTED" in str(caught.value)


def test_unexpected_read_status_is_a_communication_error() -> None:
    with pytest.raises(CardCommunicationError):
        ApduChannel(ScriptedConnection((b"", 0x9000), (b"", 0x6982))).read_file(IDENTITY)


def test_status_word_names() -> None:
    assert describe(SW.FILE_NOT_FOUND) == "6A82 FILE_NOT_FOUND"
    assert describe(0x6110) == "6110 MORE_DATA"
    assert describe(0x6CB3) == "6CB3 WRONG_LE"
    assert describe(0x6F00) == "6F00"


def test_traffic_log_has_headers_and_status_words_but_never_file_data(
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = b"SECRET-NAME-IN-FILE"
    connection = ScriptedConnection((b"", 0x9000), (b"", 0x6C13), (secret, 0x9000))
    with caplog.at_level(TRAFFIC, logger="clerk_app.cardreader.apdu"):
        ApduChannel(connection).read_file(IDENTITY)
    text = caplog.text
    assert "00 A4 08 0C" in text
    assert "6C13 WRONG_LE" in text
    assert "19 bytes 9000 OK" in text
    for needle in (secret.decode(), secret.hex(), secret.hex(" ").upper(), "3F00DF014031", "3f00df014031"):
        assert needle not in text


def test_traffic_is_not_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="clerk_app.cardreader.apdu"):
        ApduChannel(ScriptedConnection((b"", 0x9000), (b"x", 0x9000))).read_file(IDENTITY)
    assert caplog.text == ""
