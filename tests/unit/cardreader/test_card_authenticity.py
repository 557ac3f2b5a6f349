"""Authenticity: the public specimen cards, altered copies, and chains built in the test."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from clerk_app.cardreader.authenticity import (
    AuthenticityResult,
    Reason,
    SignedFiles,
    Verdict,
    check_authenticity,
    der_length,
)
from clerk_app.cardreader.identity_file import parse_identity
from clerk_app.cardreader.tlv import encode_tlv
from clerk_app.cardreader.trust import BELGIUM_ROOT_PINS, PUBLIC_TEST_PINS, TrustStore, spki_sha256
from clerk_app.resources import resource_path
from tests.support.pki import make_pki


def fresh_test_roots() -> TrustStore:
    """A fresh store each time: a store remembers the roots it met, which would couple the tests."""
    return TrustStore.production().with_test_roots()


def alice(dumps: Path) -> SignedFiles:
    folder = dumps / "alice"
    return SignedFiles(
        identity=(folder / "Identity.tlv").read_bytes(),
        identity_signature=(folder / "IdentitySignature.tlv").read_bytes(),
        rrn_certificate=(folder / "RRNCertificate.tlv").read_bytes(),
        root_certificate=(folder / "RootCertificate.tlv").read_bytes(),
        photo=(folder / "Photo.tlv").read_bytes(),
    )


def nora(dumps: Path) -> SignedFiles:
    folder = dumps / "nora-ec"
    return SignedFiles(
        identity=(folder / "identity.tlv").read_bytes(),
        identity_signature=(folder / "identity-signature.der").read_bytes(),
        rrn_certificate=(folder / "rrn-cert.der").read_bytes(),
        photo=(folder / "photo.jpg").read_bytes(),
    )


def check(files: SignedFiles, trust: TrustStore) -> AuthenticityResult:
    return check_authenticity(files, parse_identity(files.identity).photo_hash, trust)


def flip(data: bytes, index: int) -> bytes:
    index %= len(data)
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


SPECIMENS = {"alice": alice, "nora": nora}


@pytest.mark.parametrize("card", sorted(SPECIMENS))
def test_specimens_verify_when_test_roots_are_trusted(card_dumps: Path, card: str) -> None:
    result = check(SPECIMENS[card](card_dumps), TrustStore.production().with_test_roots())
    assert (result.verdict, result.reason) == (Verdict.AUTHENTIC, Reason.VERIFIED)
    assert result.root == {"alice": "eID test Root CA", "nora": "eID TEST EC RRN"}[card]


@pytest.mark.parametrize("card", sorted(SPECIMENS))
@pytest.mark.parametrize("store", [TrustStore.production, TrustStore.training])
def test_specimens_are_not_authentic_without_test_roots(
    card_dumps: Path, card: str, store: Callable[[], TrustStore]
) -> None:
    result = check(SPECIMENS[card](card_dumps), store())
    assert (result.verdict, result.reason) == (Verdict.NOT_AUTHENTIC, Reason.ROOT_NOT_TRUSTED)
    assert result.root == ""


def test_public_test_pins_are_the_keys_of_the_shared_specimens(card_dumps: Path) -> None:
    alice_root = x509.load_der_x509_certificate((card_dumps / "alice/RootCertificate.tlv").read_bytes())
    nora_rrn = x509.load_der_x509_certificate((card_dumps / "nora-ec/rrn-cert.der").read_bytes())
    assert spki_sha256(alice_root).hex() == PUBLIC_TEST_PINS["eID test Root CA"]
    assert spki_sha256(nora_rrn).hex() == PUBLIC_TEST_PINS["eID TEST EC RRN"]


@pytest.mark.parametrize("card", sorted(SPECIMENS))
@pytest.mark.parametrize(
    ("field", "index", "reason"),
    [
        ("identity", 30, Reason.IDENTITY_SIGNATURE_INVALID),  # inside a text field
        ("identity", -1, Reason.IDENTITY_SIGNATURE_INVALID),  # the last byte of the photo hash
        ("identity_signature", 40, Reason.IDENTITY_SIGNATURE_INVALID),
        ("photo", 500, Reason.PHOTO_HASH_MISMATCH),
    ],
)
def test_altered_copies_are_not_authentic(
    card_dumps: Path, card: str, field: str, index: int, reason: Reason
) -> None:
    files = SPECIMENS[card](card_dumps)
    altered = dataclasses.replace(files, **{field: flip(getattr(files, field), index)})
    result = check(altered, fresh_test_roots())
    assert (result.verdict, result.reason) == (Verdict.NOT_AUTHENTIC, reason)


def test_a_changed_rrn_certificate_breaks_the_chain(card_dumps: Path) -> None:
    files = alice(card_dumps)
    rrn = x509.load_der_x509_certificate(files.rrn_certificate)
    index = files.rrn_certificate.index(rrn.tbs_certificate_bytes) + 20  # inside the signed part
    result = check(
        dataclasses.replace(files, rrn_certificate=flip(files.rrn_certificate, index)), fresh_test_roots()
    )
    assert result.verdict is Verdict.NOT_AUTHENTIC
    assert result.reason in (Reason.RRN_CERTIFICATE_NOT_SIGNED_BY_ROOT, Reason.RRN_CERTIFICATE_INVALID)


def test_another_root_with_the_same_name_is_caught() -> None:
    real = make_pki("rsa", root_name="Same Name Root")
    impostor = make_pki("rsa", root_name="Same Name Root")
    identity = _identity(real)
    files = SignedFiles(identity, real.sign(identity), real.rrn_der, impostor.root_der, PHOTO)
    result = check(files, TrustStore.production().with_anchors(impostor.root))
    assert (result.verdict, result.reason) == (
        Verdict.NOT_AUTHENTIC,
        Reason.RRN_CERTIFICATE_NOT_SIGNED_BY_ROOT,
    )


def test_garbage_certificates_are_not_authentic(card_dumps: Path) -> None:
    files = alice(card_dumps)
    assert check(dataclasses.replace(files, rrn_certificate=b"\x30\x03abc"), fresh_test_roots()).reason is (
        Reason.RRN_CERTIFICATE_INVALID
    )
    assert check(dataclasses.replace(files, root_certificate=b"\x30\x03abc"), fresh_test_roots()).reason is (
        Reason.ROOT_CERTIFICATE_INVALID
    )


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ("identity_signature", Reason.IDENTITY_SIGNATURE_MISSING),
        ("rrn_certificate", Reason.RRN_CERTIFICATE_MISSING),
        ("photo", Reason.PHOTO_MISSING),
    ],
)
def test_missing_pieces_make_it_not_checkable(card_dumps: Path, field: str, reason: Reason) -> None:
    result = check(dataclasses.replace(alice(card_dumps), **{field: b""}), fresh_test_roots())
    assert (result.verdict, result.reason) == (Verdict.NOT_CHECKABLE, reason)


def test_a_failure_wins_over_a_missing_piece(card_dumps: Path) -> None:
    files = dataclasses.replace(alice(card_dumps), photo=b"")
    files = dataclasses.replace(files, identity=flip(files.identity, 30))
    assert check(files, fresh_test_roots()).verdict is Verdict.NOT_AUTHENTIC


PHOTO = b"\xff\xd8\xff\xe0 a small picture"


def _identity(pki: object, photo_hash: bytes | None = None) -> bytes:
    digest = hashlib.sha256(PHOTO).digest() if photo_hash is None else photo_hash
    return encode_tlv([(0x06, b"84041212485"), (0x07, b"SPECIMEN"), (0x0F, b"1"), (0x11, digest)])


@pytest.mark.parametrize(
    ("kind", "digest"),
    [("rsa", hashes.SHA256()), ("rsa", hashes.SHA1()), ("ec", hashes.SHA384())],
)
def test_generated_chains_verify_with_the_generation_algorithms(
    kind: str, digest: hashes.HashAlgorithm
) -> None:
    pki = make_pki(kind)
    identity = _identity(pki)
    signature = pki.sign(identity, digest)
    if kind == "ec":
        signature += bytes(256 - len(signature))  # EC signature files are zero-padded
    files = SignedFiles(identity, signature, pki.rrn_der, pki.root_der, PHOTO)
    trusted = TrustStore.production().with_anchors(pki.root)
    result = check(files, trusted)
    assert (result.verdict, result.root) == (Verdict.AUTHENTIC, "Test Root CA")
    assert check(files, TrustStore.production()).reason is Reason.ROOT_NOT_TRUSTED


def test_rsa_signatures_with_other_digests_are_refused() -> None:
    pki = make_pki("rsa")
    identity = _identity(pki)
    files = SignedFiles(identity, pki.sign(identity, hashes.SHA512()), pki.rrn_der, pki.root_der, PHOTO)
    assert (
        check(files, TrustStore.production().with_anchors(pki.root)).reason
        is Reason.IDENTITY_SIGNATURE_INVALID
    )


def test_an_ec_signature_that_is_not_der_is_invalid() -> None:
    pki = make_pki("ec")
    identity = _identity(pki)
    files = SignedFiles(identity, bytes(256), pki.rrn_der, pki.root_der, PHOTO)
    assert (
        check(files, TrustStore.production().with_anchors(pki.root)).reason
        is Reason.IDENTITY_SIGNATURE_INVALID
    )


def test_an_unknown_key_type_is_not_checkable() -> None:
    pki = make_pki("rsa", rrn_kind="ed25519")
    identity = _identity(pki)
    files = SignedFiles(identity, pki.sign(identity), pki.rrn_der, pki.root_der, PHOTO)
    result = check(files, TrustStore.production().with_anchors(pki.root))
    assert (result.verdict, result.reason) == (Verdict.NOT_CHECKABLE, Reason.UNSUPPORTED_ALGORITHM)


@pytest.mark.parametrize(
    ("hash_length", "reason"), [(0, Reason.PHOTO_HASH_MISSING), (24, Reason.UNSUPPORTED_ALGORITHM)]
)
def test_photo_hash_missing_or_of_unknown_length(hash_length: int, reason: Reason) -> None:
    pki = make_pki("ec")
    identity = _identity(pki, photo_hash=bytes(hash_length))
    files = SignedFiles(identity, pki.sign(identity), pki.rrn_der, pki.root_der, PHOTO)
    result = check(files, TrustStore.production().with_anchors(pki.root))
    assert (result.verdict, result.reason) == (Verdict.NOT_CHECKABLE, reason)


@pytest.mark.parametrize(
    ("digest", "length"), [(hashlib.sha1, 20), (hashlib.sha256, 32), (hashlib.sha384, 48)]
)
def test_photo_digest_follows_the_hash_length(digest: Callable[[bytes], Any], length: int) -> None:
    pki = make_pki("ec")
    identity = _identity(pki, photo_hash=digest(PHOTO).digest())
    files = SignedFiles(identity, pki.sign(identity), pki.rrn_der, pki.root_der, PHOTO)
    assert len(parse_identity(identity).photo_hash) == length
    assert check(files, TrustStore.production().with_anchors(pki.root)).authentic


def test_trusted_roots_are_remembered_so_the_root_file_can_be_skipped() -> None:
    pki = make_pki("ec")
    identity = _identity(pki)
    files = SignedFiles(identity, pki.sign(identity), pki.rrn_der, pki.root_der, PHOTO)
    store = TrustStore.production().with_anchors(pki.root)
    assert store.needs_root_file(pki.rrn_der)
    without_root = dataclasses.replace(files, root_certificate=b"")
    assert check(without_root, store).reason is Reason.ROOT_NOT_TRUSTED  # nothing known yet
    assert check(files, store).authentic
    assert not store.needs_root_file(pki.rrn_der)
    assert check(without_root, store).authentic
    assert TrustStore.production().with_anchors(pki.root).needs_root_file(pki.rrn_der)  # per store
    assert store.needs_root_file(b"not a certificate")


def test_only_pinned_roots_can_be_remembered() -> None:
    pki = make_pki("ec")
    with pytest.raises(ValueError, match="pinned"):
        TrustStore.production().remember_root(pki.root)


def test_an_rrn_certificate_trusted_directly_needs_no_root(card_dumps: Path) -> None:
    assert not fresh_test_roots().needs_root_file((card_dumps / "nora-ec/rrn-cert.der").read_bytes())
    assert fresh_test_roots().needs_root_file((card_dumps / "alice/RRNCertificate.tlv").read_bytes())


def test_stores_trust_what_the_architecture_says() -> None:
    assert {pin.hex() for pin in TrustStore.production().pins} == set(BELGIUM_ROOT_PINS.values())
    assert BELGIUM_ROOT_PINS["Belgium Root CA6"] == (
        "894ad2232fe69bb09e8370ef387ec1c66ab6a4ce53c811fd3c8ced5b5158d8c1"
    )
    training_roots = [
        x509.load_der_x509_certificate(resource_path("training-pki", name).read_bytes())
        for name in ("rsa-root.der", "ec-root.der")
    ]
    training = TrustStore.training()
    assert all(training.trusts(root) for root in training_roots)
    assert not any(TrustStore.production().trusts(root) for root in training_roots)
    assert all("TRAINING" in root.subject.rfc4514_string() for root in training_roots)
    assert training.pins.isdisjoint(TrustStore.production().pins)


@pytest.mark.parametrize(
    ("data", "length"),
    [
        (bytes.fromhex("3003010203"), 5),
        (bytes.fromhex("308180") + bytes(128), 131),
        (bytes.fromhex("30820344"), 0x344 + 4),
        (bytes.fromhex("3083010000"), 0x10000 + 5),
        (bytes.fromhex("0000"), None),
        (bytes.fromhex("3080"), None),  # indefinite length is not DER
        (bytes.fromhex("3082"), None),  # cut short
        (b"\x30", None),
    ],
)
def test_der_length(data: bytes, length: int | None) -> None:
    assert der_length(data) == length


def test_reasons_have_clerk_texts() -> None:
    assert all(AuthenticityResult(Verdict.NOT_AUTHENTIC, reason).message for reason in Reason)


def test_a_verified_rrn_certificate_is_known_by_its_bytes(card_dumps: Path) -> None:
    store = fresh_test_roots()
    files = alice(card_dumps)
    assert store.verified_chain(files.rrn_certificate) is None
    assert check(files, store).authentic
    assert store.verified_chain(files.rrn_certificate) == "eID test Root CA"
    assert not store.needs_root_file(files.rrn_certificate)
    assert store.verified_chain(flip(files.rrn_certificate, 100)) is None  # only the very same bytes
    # The identity signature is still checked on every card.
    altered = dataclasses.replace(files, identity=flip(files.identity, 30), root_certificate=b"")
    assert check(altered, store).reason is Reason.IDENTITY_SIGNATURE_INVALID


def test_a_failed_chain_is_not_remembered(card_dumps: Path) -> None:
    store = TrustStore.production()
    files = alice(card_dumps)
    assert check(files, store).reason is Reason.ROOT_NOT_TRUSTED
    assert store.verified_chain(files.rrn_certificate) is None


def test_a_resigned_card_with_a_sha1_photo_hash_and_a_sha256_signature_verifies() -> None:
    """Cards re-signed from CA3 to CA4 keep the SHA-1 photo hash but carry a SHA-256 signature."""
    pki = make_pki("rsa")
    identity = _identity(pki, photo_hash=hashlib.sha1(PHOTO).digest())
    files = SignedFiles(identity, pki.sign(identity, hashes.SHA256()), pki.rrn_der, pki.root_der, PHOTO)
    assert check(files, TrustStore.production().with_anchors(pki.root)).authentic
