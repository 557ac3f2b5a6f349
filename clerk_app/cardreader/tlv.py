"""The "simplified TLV" of the eID identity and address files (eid-card.md §3.1).

One tag byte; a length of one byte below 255, or ``FF`` bytes each adding 255 followed by a final byte below
255 (``FF 05`` = 260); then the value. An optional tag 00 (file structure version) may open the file; a tag 00
anywhere else is the zero padding that fills the file and ends it. Malformed input raises
:class:`~clerk_app.errors.CardDataError` and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable

from clerk_app.errors import CardDataError
from clerk_app.translatable import QT_TRANSLATE_NOOP

VERSION_TAG = 0x00


def parse_tlv(data: bytes) -> dict[int, bytes]:
    """Tag -> value of every field in ``data``; the version tag (if any) is kept under 0."""
    fields: dict[int, bytes] = {}
    position = 0
    size = len(data)
    while position < size:
        tag = data[position]
        if tag == VERSION_TAG and position > 0:
            break  # padding
        position += 1
        length = 0
        while True:
            if position >= size:
                raise CardDataError(
                    "TLV length cut short", problem=QT_TRANSLATE_NOOP("errors", "a field length is cut short")
                )
            byte = data[position]
            position += 1
            length += byte
            if byte != 0xFF:
                break
        if position + length > size:
            raise CardDataError(
                "TLV value cut short",
                problem=QT_TRANSLATE_NOOP("errors", "field {tag} is cut short"),
                tag=f"{tag:02X}",
            )
        if tag in fields:
            raise CardDataError(
                "TLV tag repeated",
                problem=QT_TRANSLATE_NOOP("errors", "field {tag} appears twice"),
                tag=f"{tag:02X}",
            )
        fields[tag] = data[position : position + length]
        position += length
    return fields


def encode_tlv(fields: Iterable[tuple[int, bytes]]) -> bytes:
    """The inverse of :func:`parse_tlv`, used to build simulated card files."""
    out = bytearray()
    for tag, value in fields:
        if not 0 <= tag <= 0xFF:
            raise ValueError("tag out of range")
        out.append(tag)
        length = len(value)
        while length >= 0xFF:
            out.append(0xFF)
            length -= 0xFF
        out.append(length)
        out += value
    return bytes(out)
