"""Generate the training PKI that signs the simulated eID cards (run again to replace it).

Writes ``resources/training-pki/``: for applet 1.7 an RSA-2048 root and RRN (National Register) key, for
applet 1.8 an EC P-384 root and RRN key, each RRN certificate signed by its root, like the real
Belgium Root CA -> RRN chain (no intermediate CA). Every subject says TRAINING; the app trusts these roots
only in the training profile. The root private keys are thrown away: only the RRN keys are needed to sign
training cards, so nothing else is kept.

    .venv/bin/python tools/make_training_pki.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

OUT = Path(__file__).resolve().parents[1] / "resources" / "training-pki"
NOT_BEFORE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
ROOT_NOT_AFTER = dt.datetime(2064, 1, 1, tzinfo=dt.UTC)
RRN_NOT_AFTER = dt.datetime(2059, 1, 1, tzinfo=dt.UTC)

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
Digest = hashes.SHA256 | hashes.SHA384


def _name(common_name: str, organisation: str | None = None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "BE")]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(attributes)


def _root(key: PrivateKey, common_name: str, digest: Digest) -> x509.Certificate:
    name = _name(common_name)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(ROOT_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, digest)
    )


def _rrn(
    key: PrivateKey,
    common_name: str,
    root: x509.Certificate,
    root_key: PrivateKey,
    digest: Digest,
) -> x509.Certificate:
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, "TRAINING RRN"))
        .issuer_name(root.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(RRN_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False
        )
        .sign(root_key, digest)
    )


def _write(prefix: str, root: x509.Certificate, rrn: x509.Certificate, rrn_key: PrivateKey) -> None:
    (OUT / f"{prefix}-root.der").write_bytes(root.public_bytes(serialization.Encoding.DER))
    (OUT / f"{prefix}-rrn.der").write_bytes(rrn.public_bytes(serialization.Encoding.DER))
    (OUT / f"{prefix}-rrn-key.pem").write_bytes(
        rrn_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)

    rsa_root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    rsa_root = _root(
        rsa_root_key, "TRAINING Root CA RSA (clerk_app, not valid for real cards)", hashes.SHA256()
    )
    rsa_rrn_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    rsa_rrn = _rrn(rsa_rrn_key, "TRAINING RRN RSA", rsa_root, rsa_root_key, hashes.SHA256())
    _write("rsa", rsa_root, rsa_rrn, rsa_rrn_key)

    ec_root_key = ec.generate_private_key(ec.SECP384R1())
    ec_root = _root(ec_root_key, "TRAINING Root CA EC (clerk_app, not valid for real cards)", hashes.SHA384())
    ec_rrn_key = ec.generate_private_key(ec.SECP384R1())
    ec_rrn = _rrn(ec_rrn_key, "TRAINING RRN EC", ec_root, ec_root_key, hashes.SHA384())
    _write("ec", ec_root, ec_rrn, ec_rrn_key)

    sys.stdout.write(f"training PKI written to {OUT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
