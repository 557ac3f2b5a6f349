"""The shipped Belgium roots and how a store picks the root a card's RRN certificate names.

The root files are what makes the first card of a session skip its 503B read; these tests check that each
file is the certificate its README says (fingerprints from two public sources), that each matches its pin,
and that the choice of root goes by the RRN certificate's authority key identifier or issuer name only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from clerk_app.cardreader.authenticity import (
    Reason,
    SignedFiles,
    Verdict,
    check_authenticity,
    check_signed_data,
)
from clerk_app.cardreader.trust import (
    BELGIUM_ROOT_FILES,
    BELGIUM_ROOT_PINS,
    TRAINING_ROOT_FILES,
    TrustStore,
    common_name,
    spki_sha256,
)
from clerk_app.resources import resource_path
from tests.support.pki import make_pki, new_key


def readme_table() -> dict[str, tuple[str, str]]:
    """file -> (certificate SHA-256, key SHA-256), as resources/belgium-roots/README.md states them."""
    text = resource_path("belgium-roots", "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\S+\.der)` \|.*\| `([0-9a-f]{64})` \| `([0-9a-f]{64})` \|$", text, re.M)
    return {name: (certificate, key) for name, certificate, key in rows}


def test_each_shipped_root_is_the_certificate_of_its_pin() -> None:
    table = readme_table()
    assert set(table) == set(BELGIUM_ROOT_FILES.values())
    for name, file in BELGIUM_ROOT_FILES.items():
        der = resource_path("belgium-roots", file).read_bytes()
        root = x509.load_der_x509_certificate(der)
        assert common_name(root) == name
        assert root.subject == root.issuer  # self-signed, as on the cards
        assert spki_sha256(root).hex() == BELGIUM_ROOT_PINS[name] == table[file][1]
        assert hashlib.sha256(der).hexdigest() == table[file][0]


def test_production_carries_the_four_roots_and_trusts_only_their_keys() -> None:
    store = TrustStore.production()
    assert sorted(common_name(root) for root in store.roots) == sorted(BELGIUM_ROOT_PINS)
    assert {spki_sha256(root).hex() for root in store.roots} == set(BELGIUM_ROOT_PINS.values())
    assert {pin.hex() for pin in store.pins} == set(BELGIUM_ROOT_PINS.values())
    # Derived stores keep the roots (support's --trust-test-roots, tests' anchors).
    assert store.with_test_roots().roots == store.roots
    assert store.with_anchors(make_pki("ec").root).roots == store.roots


def test_training_carries_its_own_roots_and_none_of_production() -> None:
    training = TrustStore.training()
    assert len(training.roots) == len(TRAINING_ROOT_FILES)
    assert all("TRAINING" in common_name(root) for root in training.roots)
    assert not any(TrustStore.production().trusts(root) for root in training.roots)
    assert not any(training.trusts(root) for root in TrustStore.production().roots)


def test_a_root_that_matches_no_pin_cannot_be_carried() -> None:
    with pytest.raises(ValueError, match="pinned"):
        TrustStore("production", TrustStore.production().pins, [make_pki("ec").root])


def _rrn_certificate(issuer: x509.Name, *, key_id: bytes | None) -> x509.Certificate:
    """An RRN-like certificate that claims ``issuer`` (and, optionally, its key identifier)."""
    key = new_key("ec")
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Claims RRN")]))
        .issuer_name(issuer)
        .public_key(key.public_key())  # type: ignore[arg-type]
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
    )
    if key_id is not None:
        builder = builder.add_extension(x509.AuthorityKeyIdentifier(key_id, None, None), critical=False)
    return builder.sign(key, hashes.SHA384())  # type: ignore[arg-type]


def _ski(certificate: x509.Certificate) -> bytes:
    return certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest


def test_the_root_is_chosen_by_authority_key_identifier_first() -> None:
    store = TrustStore.production()
    ca6 = next(root for root in store.roots if common_name(root) == "Belgium Root CA6")
    ca4 = next(root for root in store.roots if common_name(root) == "Belgium Root CA4")
    assert store.root_for(_rrn_certificate(ca6.subject, key_id=_ski(ca6))) == ca6
    # The key identifier decides over the name, both ways.
    assert store.root_for(_rrn_certificate(ca4.subject, key_id=_ski(ca6))) == ca6
    assert store.root_for(_rrn_certificate(ca6.subject, key_id=b"\x01" * 20)) is None


def test_without_a_key_identifier_the_issuer_name_chooses() -> None:
    store = TrustStore.production()
    ca3 = next(root for root in store.roots if common_name(root) == "Belgium Root CA3")
    assert store.root_for(_rrn_certificate(ca3.subject, key_id=None)) == ca3
    other = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Belgium Root CA7")])
    assert store.root_for(_rrn_certificate(other, key_id=None)) is None


def test_a_claimed_belgian_issuer_is_still_refused_when_it_did_not_sign() -> None:
    """The choice of root only picks a candidate: a forged RRN certificate naming CA6 (its key
    identifier included) needs no 503B read, and fails on the signature."""
    store = TrustStore.production()
    ca6 = next(root for root in store.roots if common_name(root) == "Belgium Root CA6")
    forged = _rrn_certificate(ca6.subject, key_id=_ski(ca6))
    der = forged.public_bytes(serialization.Encoding.DER)
    assert not store.needs_root_file(der)
    identity = b"\x01\x00"
    files = SignedFiles(identity, b"", der)
    result = check_signed_data(files, b"", store)
    assert result.failures == [Reason.RRN_CERTIFICATE_NOT_SIGNED_BY_ROOT]


def test_a_failed_signature_wins_over_a_mismatched_photo_in_both_phases() -> None:
    """The photo is compared after the signed data (the reader overlaps the two): the verdict is the one
    of the one-step check, and the signature's failure is the reason given."""
    pki = make_pki("ec")
    store = TrustStore.production().with_anchors(pki.root)
    photo_hash = hashlib.sha384(b"the signed photo").digest()
    identity = bytes([0x11, len(photo_hash)]) + photo_hash
    files = SignedFiles(identity, pki.sign(identity + b"changed"), pki.rrn_der, pki.root_der, b"other photo")
    findings = check_signed_data(files, photo_hash, store)
    two_steps = findings.with_photo(photo_hash, files.photo)
    assert (two_steps.verdict, two_steps.reason) == (Verdict.NOT_AUTHENTIC, Reason.IDENTITY_SIGNATURE_INVALID)
    assert two_steps == check_authenticity(files, photo_hash, TrustStore.production().with_anchors(pki.root))
    # Completing the verdict does not change the findings: a second photo gives its own verdict.
    assert findings.failures == [Reason.IDENTITY_SIGNATURE_INVALID]
    assert findings.with_photo(photo_hash, b"the signed photo").reason is Reason.IDENTITY_SIGNATURE_INVALID
