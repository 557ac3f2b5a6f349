"""Is the chip data authentic? The checks of architecture §2, against pinned roots.

The National Register (RRN) signs the identity file (SGN#ID, EF 4032); the identity file holds the photo's
hash; the RRN certificate (503C) is signed by a root whose public key must be one of the pinned roots of the
trust store. That root is one of the root certificates the app ships (``resources/belgium-roots``, or the
training roots), chosen by the RRN certificate's authority key identifier or issuer name; only when none
fits does the reader fetch the card's own root (503B), which must then match a pin itself. The verdict is
one of three:

- ``authentic``: every check ran and passed;
- ``not_authentic``: a check failed, or the chain does not end in a trusted key (the reason says which);
- ``not_checkable``: something needed for a check is absent (no signature, no RRN certificate, no photo)
  or uses an algorithm this app does not know, and nothing failed.

What is trusted (the pins, the carried roots, the chains already verified) is
:mod:`clerk_app.cardreader.trust`'s; this module only asks it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from clerk_app.cardreader.trust import TrustStore, common_name
from clerk_app.translatable import QT_TRANSLATE_NOOP


class Verdict(StrEnum):
    AUTHENTIC = "authentic"
    NOT_AUTHENTIC = "not_authentic"
    NOT_CHECKABLE = "not_checkable"


class Reason(StrEnum):
    """Why the verdict is what it is; stable codes for the UI, the JSON output and tests."""

    VERIFIED = "verified"
    # not authentic
    IDENTITY_SIGNATURE_INVALID = "identity_signature_invalid"
    PHOTO_HASH_MISMATCH = "photo_hash_mismatch"
    RRN_CERTIFICATE_INVALID = "rrn_certificate_invalid"
    ROOT_CERTIFICATE_INVALID = "root_certificate_invalid"
    ROOT_NOT_TRUSTED = "root_not_trusted"
    RRN_CERTIFICATE_NOT_SIGNED_BY_ROOT = "rrn_certificate_not_signed_by_root"
    # not checkable
    IDENTITY_SIGNATURE_MISSING = "identity_signature_missing"
    RRN_CERTIFICATE_MISSING = "rrn_certificate_missing"
    PHOTO_MISSING = "photo_missing"
    PHOTO_HASH_MISSING = "photo_hash_missing"
    UNSUPPORTED_ALGORITHM = "unsupported_algorithm"


#: One sentence per reason for the clerk (translation context "authenticity").
REASON_TEXTS: dict[Reason, str] = {
    Reason.VERIFIED: QT_TRANSLATE_NOOP(
        "authenticity", "The chip data is signed by the National Register and the photo matches."
    ),
    Reason.IDENTITY_SIGNATURE_INVALID: QT_TRANSLATE_NOOP(
        "authenticity",
        "The identity data on the chip does not match the National Register's signature: it was changed.",
    ),
    Reason.PHOTO_HASH_MISMATCH: QT_TRANSLATE_NOOP(
        "authenticity", "The photo on the chip is not the photo the National Register signed."
    ),
    Reason.RRN_CERTIFICATE_INVALID: QT_TRANSLATE_NOOP(
        "authenticity", "The National Register certificate on the chip is damaged."
    ),
    Reason.ROOT_CERTIFICATE_INVALID: QT_TRANSLATE_NOOP(
        "authenticity", "The root certificate on the chip is damaged."
    ),
    Reason.ROOT_NOT_TRUSTED: QT_TRANSLATE_NOOP(
        "authenticity", "The card was not issued under a trusted Belgian root certificate."
    ),
    Reason.RRN_CERTIFICATE_NOT_SIGNED_BY_ROOT: QT_TRANSLATE_NOOP(
        "authenticity",
        "The National Register certificate on the chip was not issued by the card's root certificate.",
    ),
    Reason.IDENTITY_SIGNATURE_MISSING: QT_TRANSLATE_NOOP(
        "authenticity", "The chip holds no signature of the identity data."
    ),
    Reason.RRN_CERTIFICATE_MISSING: QT_TRANSLATE_NOOP(
        "authenticity", "The chip holds no National Register certificate."
    ),
    Reason.PHOTO_MISSING: QT_TRANSLATE_NOOP(
        "authenticity", "There is no photo to compare with the signed photo hash."
    ),
    Reason.PHOTO_HASH_MISSING: QT_TRANSLATE_NOOP("authenticity", "The identity data holds no photo hash."),
    Reason.UNSUPPORTED_ALGORITHM: QT_TRANSLATE_NOOP(
        "authenticity", "The card uses a signature or hash algorithm this app does not know."
    ),
}


@dataclass(frozen=True)
class AuthenticityResult:
    verdict: Verdict
    reason: Reason
    root: str = ""  # common name of the trusted key the chain ended in (authentic only)

    @property
    def authentic(self) -> bool:
        return self.verdict is Verdict.AUTHENTIC

    @property
    def message(self) -> str:
        """English source text; the UI translates it in context "authenticity"."""
        return REASON_TEXTS[self.reason]


@dataclass(frozen=True)
class SignedFiles:
    """The raw files the checks need, as read from a card or dumped to disk (``b""``: absent)."""

    identity: bytes
    identity_signature: bytes
    rrn_certificate: bytes
    root_certificate: bytes = b""
    photo: bytes = b""


def check_authenticity(files: SignedFiles, photo_hash: bytes, trust: TrustStore) -> AuthenticityResult:
    """Run every check that the files allow; the first failure wins over anything not checkable.

    ``photo_hash`` is tag 0x11 of the parsed identity file (which the signature covers).
    """
    return check_signed_data(files, photo_hash, trust).with_photo(photo_hash, files.photo)


def check_signed_data(files: SignedFiles, photo_hash: bytes, trust: TrustStore) -> SignedDataFindings:
    """The checks that need no photo: the identity signature, then the chain (free when the store already
    verified this RRN certificate). ``files.photo`` is not looked at, so a reader can run this while the
    photo is still on its way; :meth:`SignedDataFindings.with_photo` then completes the verdict."""
    findings = SignedDataFindings()
    if not files.rrn_certificate:
        findings.add(Reason.RRN_CERTIFICATE_MISSING)
        return findings
    try:
        rrn = x509.load_der_x509_certificate(files.rrn_certificate)
    except ValueError:
        findings.add(Reason.RRN_CERTIFICATE_INVALID)
        return findings
    if not files.identity_signature:
        findings.add(Reason.IDENTITY_SIGNATURE_MISSING)
    else:
        findings.add(_check_identity_signature(rrn, files, photo_hash))
    known = trust.verified_chain(files.rrn_certificate)
    if known is not None:
        findings.anchor = known
        return findings
    chain, findings.anchor = _check_chain(rrn, files.root_certificate, trust)
    findings.add(chain)
    if chain is None:
        trust.remember_chain(files.rrn_certificate, findings.anchor)
    return findings


@dataclass
class SignedDataFindings:
    """What the checks of the signed data found, in the order they ran (the first failure wins)."""

    failures: list[Reason] = field(default_factory=list)
    unchecked: list[Reason] = field(default_factory=list)
    anchor: str = ""

    def add(self, reason: Reason | None) -> None:
        if reason is not None:
            (self.unchecked if reason in _NOT_CHECKABLE else self.failures).append(reason)

    def with_photo(self, photo_hash: bytes, photo: bytes) -> AuthenticityResult:
        """The verdict once the photo is compared too; a failure of the signed data comes first."""
        complete = SignedDataFindings(list(self.failures), list(self.unchecked), self.anchor)
        complete.add(_check_photo(photo_hash, photo))
        return complete._result()

    def _result(self) -> AuthenticityResult:
        if self.failures:
            return AuthenticityResult(Verdict.NOT_AUTHENTIC, self.failures[0])
        if self.unchecked:
            return AuthenticityResult(Verdict.NOT_CHECKABLE, self.unchecked[0])
        return AuthenticityResult(Verdict.AUTHENTIC, Reason.VERIFIED, self.anchor)


_NOT_CHECKABLE = frozenset(
    {
        Reason.IDENTITY_SIGNATURE_MISSING,
        Reason.RRN_CERTIFICATE_MISSING,
        Reason.PHOTO_MISSING,
        Reason.PHOTO_HASH_MISSING,
        Reason.UNSUPPORTED_ALGORITHM,
    }
)


_PHOTO_DIGESTS = {20: hashlib.sha1, 32: hashlib.sha256, 48: hashlib.sha384}


def _check_photo(photo_hash: bytes, photo: bytes) -> Reason | None:
    """Tag 0x11's length names the digest: 20 SHA-1, 32 SHA-256, 48 SHA-384."""
    if not photo_hash:
        return Reason.PHOTO_HASH_MISSING
    digest = _PHOTO_DIGESTS.get(len(photo_hash))
    if digest is None:
        return Reason.UNSUPPORTED_ALGORITHM
    if not photo:
        return Reason.PHOTO_MISSING
    if digest(photo).digest() != photo_hash:
        return Reason.PHOTO_HASH_MISMATCH
    return None


def _check_identity_signature(rrn: x509.Certificate, files: SignedFiles, photo_hash: bytes) -> Reason | None:
    """RSA PKCS#1 v1.5 with SHA-1 or SHA-256; ECDSA with SHA-384 on the DER-trimmed signature.

    For RSA both digests are accepted (cards re-signed under CA4 keep a SHA-1 photo hash but sign with
    SHA-256); the one the photo hash uses is tried first, as eid-viewer does, so most cards need one try.
    """
    try:
        key = rrn.public_key()
    except (ValueError, UnsupportedAlgorithm):
        return Reason.UNSUPPORTED_ALGORITHM
    signature = files.identity_signature
    if isinstance(key, rsa.RSAPublicKey):
        signature = signature[: (key.key_size + 7) // 8]  # the file may be longer than the signature
        digests: list[hashes.HashAlgorithm] = [hashes.SHA1(), hashes.SHA256()]  # noqa: S303 - older cards
        if len(photo_hash) != 20:
            digests.reverse()
        for digest in digests:
            try:
                key.verify(signature, files.identity, padding.PKCS1v15(), digest)
            except InvalidSignature:
                continue
            return None
        return Reason.IDENTITY_SIGNATURE_INVALID
    if isinstance(key, ec.EllipticCurvePublicKey):
        length = der_length(signature)
        if length is None or length > len(signature):
            return Reason.IDENTITY_SIGNATURE_INVALID
        try:
            key.verify(signature[:length], files.identity, ec.ECDSA(hashes.SHA384()))
        except InvalidSignature:
            return Reason.IDENTITY_SIGNATURE_INVALID
        return None
    return Reason.UNSUPPORTED_ALGORITHM


def _check_chain(rrn: x509.Certificate, root_file: bytes, trust: TrustStore) -> tuple[Reason | None, str]:
    """The RRN certificate must be trusted directly (test anchors) or issued by a trusted root."""
    if trust.trusts(rrn):
        return None, common_name(rrn)
    root: x509.Certificate | None
    if root_file:
        try:
            root = x509.load_der_x509_certificate(root_file)
        except ValueError:
            return Reason.ROOT_CERTIFICATE_INVALID, ""
        if not trust.trusts(root):
            return Reason.ROOT_NOT_TRUSTED, ""
    else:
        root = trust.root_for(rrn)
        if root is None:
            return Reason.ROOT_NOT_TRUSTED, ""
    verdict = _issued_by(rrn, root)
    if verdict is None:
        trust.remember_root(root)
        return None, common_name(root)
    return verdict, ""


def _issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> Reason | None:
    """Checked by hand: cryptography's ``verify_directly_issued_by`` refuses SHA-1, used by older roots."""
    if certificate.issuer != issuer.subject:
        return Reason.RRN_CERTIFICATE_NOT_SIGNED_BY_ROOT
    try:
        key = issuer.public_key()
        parameters = certificate.signature_algorithm_parameters
        digest = certificate.signature_hash_algorithm
        if isinstance(key, rsa.RSAPublicKey) and isinstance(parameters, padding.PKCS1v15 | padding.PSS):
            if digest is None:
                return Reason.UNSUPPORTED_ALGORITHM
            key.verify(certificate.signature, certificate.tbs_certificate_bytes, parameters, digest)
        elif isinstance(key, ec.EllipticCurvePublicKey) and isinstance(parameters, ec.ECDSA):
            key.verify(certificate.signature, certificate.tbs_certificate_bytes, parameters)
        else:
            return Reason.UNSUPPORTED_ALGORITHM
    except InvalidSignature:
        return Reason.RRN_CERTIFICATE_NOT_SIGNED_BY_ROOT
    except (ValueError, UnsupportedAlgorithm):
        return Reason.UNSUPPORTED_ALGORITHM
    return None


def der_length(data: bytes) -> int | None:
    """Total length of the DER SEQUENCE that starts ``data`` (header included), None if it is not one.

    Used to cut certificates and EC signatures out of their zero-padded card files.
    """
    if len(data) < 2 or data[0] != 0x30:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 3 or len(data) < 2 + count:
        return None
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")
