"""The simplified TLV of the identity file: table tests and fuzzing (only CardDataError may come out)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_app.cardreader.tlv import encode_tlv, parse_tlv
from clerk_app.errors import CardDataError


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", {}),
        (bytes.fromhex("0103414243"), {1: b"ABC"}),
        (bytes.fromhex("0100"), {1: b""}),  # present with length 0
        (bytes.fromhex("01014102014200000000"), {1: b"A", 2: b"B"}),  # trailing zero padding
        (bytes.fromhex("00020001010141"), {0: b"\x00\x01", 1: b"A"}),  # leading file-version tag
        (bytes.fromhex("0101410001420201"), {1: b"A"}),  # a tag 00 after the first field ends the file
        (bytes.fromhex("14001602") + b"7A", {0x14: b"", 0x16: b"7A"}),  # a flag tag without a value
        (bytes.fromhex("0B80") + bytes(128), {0x0B: bytes(128)}),  # 0x80-0xFE are plain one-byte lengths
        (bytes.fromhex("07FE") + b"x" * 254, {7: b"x" * 254}),
    ],
)
def test_parses_fields(data: bytes, expected: dict[int, bytes]) -> None:
    assert parse_tlv(data) == expected


@pytest.mark.parametrize(
    ("length_bytes", "length"), [("FF00", 255), ("FF05", 260), ("FFFF00", 510), ("FFFF03", 513)]
)
def test_ff_bytes_add_255_each(length_bytes: str, length: int) -> None:
    data = bytes.fromhex("08" + length_bytes) + b"y" * length + bytes.fromhex("090141")
    assert parse_tlv(data) == {8: b"y" * length, 9: b"A"}


@pytest.mark.parametrize(
    "data",
    [
        bytes.fromhex("01"),  # no length
        bytes.fromhex("01FF"),  # length cut short
        bytes.fromhex("010541"),  # value cut short
        bytes.fromhex("010141010142"),  # tag repeated
        bytes.fromhex("02FF05") + b"z" * 259,  # one byte short of 260
    ],
)
def test_malformed_input_is_a_card_data_error(data: bytes) -> None:
    with pytest.raises(CardDataError):
        parse_tlv(data)


def test_encode_writes_additive_ff_lengths() -> None:
    assert encode_tlv([(1, b"a" * 260)])[:3] == bytes.fromhex("01FF05")
    assert encode_tlv([(1, b"a" * 255)])[:3] == bytes.fromhex("01FF00")
    assert encode_tlv([(2, b"")]) == bytes.fromhex("0200")


_fields = st.dictionaries(st.integers(1, 255), st.binary(max_size=300), max_size=8)


@settings(max_examples=1_000, deadline=None)
@given(_fields)
def test_encode_then_parse_gives_the_fields_back(fields: dict[int, bytes]) -> None:
    assert parse_tlv(encode_tlv(sorted(fields.items()))) == fields


@settings(max_examples=10_000, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_random_bytes_parse_or_raise_card_data_error(data: bytes) -> None:
    try:
        fields = parse_tlv(data)
    except CardDataError:
        return
    assert all(isinstance(tag, int) and isinstance(value, bytes) for tag, value in fields.items())


@settings(max_examples=2_000, deadline=None)
@given(_fields, st.integers(0, 50), st.binary(max_size=8))
def test_fuzz_damaged_files_parse_or_raise_card_data_error(
    fields: dict[int, bytes], cut: int, noise: bytes
) -> None:
    """Real-looking files, cut short and with garbage appended: still only the typed error."""
    data = encode_tlv(sorted(fields.items()))
    damaged = data[: max(0, len(data) - cut)] + noise
    try:
        fields_back = parse_tlv(damaged)
    except CardDataError:
        return
    assert all(0 <= tag <= 0xFF for tag in fields_back)
