"""Throwaway PKIs for tests: a root and an RRN certificate signed by it, RSA or EC, made in memory."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.x509.oid import NameOID

from clerk_app.cardreader.beid import IDENTITY, IDENTITY_SIGNATURE, ROOT_CERTIFICATE, RRN_CERTIFICATE
from clerk_app.cardreader.simulated.card import Applet, BelpicCard
from clerk_app.cardreader.simulated.training_cards import CERTIFICATE_PADDING, EC_SIGNATURE_FILE_SIZE

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"), x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    )


def common_name_of(certificate: x509.Certificate) -> str:
    return str(certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


def new_key(kind: str) -> PrivateKey:
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    if kind == "ec":
        return ec.generate_private_key(ec.SECP384R1())
    if kind == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    raise ValueError(kind)


def _digest(key: PrivateKey) -> hashes.HashAlgorithm | None:
    return None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()


def certificate(
    subject: str, key: PrivateKey, issuer: str | None = None, issuer_key: PrivateKey | None = None
) -> x509.Certificate:
    signer = issuer_key or key
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer or subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=3650))
        .sign(signer, _digest(signer))
    )


@dataclass(frozen=True)
class TestPki:
    root: x509.Certificate
    root_key: PrivateKey
    rrn: x509.Certificate
    rrn_key: PrivateKey

    @property
    def root_name(self) -> str:
        return common_name_of(self.root)

    @property
    def root_der(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.DER)

    @property
    def rrn_der(self) -> bytes:
        return self.rrn.public_bytes(serialization.Encoding.DER)

    def sign(self, data: bytes, digest: hashes.HashAlgorithm | None = None) -> bytes:
        """As the National Register signs an identity file (RSA PKCS#1 v1.5, or ECDSA SHA-384)."""
        key = self.rrn_key
        if isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), digest or hashes.SHA256())
        if isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(digest or hashes.SHA384()))
        return key.sign(data)


def make_pki(kind: str = "rsa", rrn_kind: str | None = None, root_name: str = "Test Root CA") -> TestPki:
    root_key = new_key(kind)
    root = certificate(root_name, root_key)
    rrn_key = new_key(rrn_kind or kind)
    rrn = certificate("Test RRN", rrn_key, issuer=root_name, issuer_key=root_key)
    return TestPki(root, root_key, rrn, rrn_key)


def card_under(pki: TestPki, card: BelpicCard) -> BelpicCard:
    """The same card issued under ``pki``: its RRN certificate, root and identity signature replaced (with
    the zero padding of the card's generation), everything else as it was."""
    applet = card.applet
    padding_bytes = bytes(CERTIFICATE_PADDING[applet])
    signature = pki.sign(card.files[IDENTITY])
    if applet is Applet.V1_8:
        signature += bytes(EC_SIGNATURE_FILE_SIZE - len(signature))
    files = {
        **card.files,
        RRN_CERTIFICATE: pki.rrn_der + padding_bytes,
        ROOT_CERTIFICATE: pki.root_der + padding_bytes,
        IDENTITY_SIGNATURE: signature,
    }
    return dataclasses.replace(card, name=f"{card.name}-under-{pki.root_name}", files=files)
