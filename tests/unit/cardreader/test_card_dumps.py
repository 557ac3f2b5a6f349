"""Every file of the shared real-card dumps is understood: a new, unknown dump file fails this test."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509

from clerk_app.cardreader.authenticity import der_length
from clerk_app.cardreader.beid import certificate_length
from clerk_app.cardreader.identity_file import parse_identity
from clerk_app.cardreader.simulated.card import ATRS, Applet
from clerk_app.cardreader.tlv import parse_tlv
from tests.support.private import assert_private_equal

ADDRESSES = {
    "alice/Address.tlv": ("Meirplaats 1 bus 1", "2000"),
    "nora-ec/address.tlv": ("Specimenstraat 12", "1000"),
}


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name == "readme.md":
        return "readme"
    if name == "atr.bin":
        return "atr"
    if "address" in name and "signature" not in name:
        return "address"
    if "signature" in name:
        return "signature"
    if "cert" in name:
        return "certificate"
    if "photo" in name:
        return "photo"
    if name.endswith(".tlv"):
        return "identity"
    return "unknown"


def test_every_dump_file_parses(card_dumps: Path) -> None:
    files = sorted(path for path in card_dumps.rglob("*") if path.is_file())
    assert len(files) >= 20
    for path in files:
        relative = str(path.relative_to(card_dumps))
        data = path.read_bytes()
        kind = _kind(path)
        if kind == "identity":
            assert parse_identity(data).card_type.code == 1, relative
        elif kind == "address":
            fields = parse_tlv(data)
            assert_private_equal((fields[1].decode(), fields[2].decode()), ADDRESSES[relative], relative)
            assert data.rstrip(b"\x00") != data  # zero padding behind the fields
        elif kind == "certificate":
            length = certificate_length(data)
            assert length is not None, relative
            certificate = x509.load_der_x509_certificate(data[:length])
            assert "C=BE" in certificate.subject.rfc4514_string(), relative
        elif kind == "signature":
            length = der_length(data)
            # RSA signatures are raw (128 bytes for the 1024-bit test key); EC ones are DER plus padding.
            assert len(data) == 128 or (length is not None and length <= len(data)), relative
        elif kind == "photo":
            assert data[:3] == b"\xff\xd8\xff" and data.rstrip(b"\x00")[-2:] == b"\xff\xd9", relative
        elif kind == "atr":
            assert data == ATRS[Applet.V1_7], relative
        else:
            assert kind == "readme", f"a dump file this test does not know: {relative}"
