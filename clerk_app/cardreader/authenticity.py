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

Production trusts only the four Belgium Root CAs; training only the project's training roots; the public
test cards of the shared test data only where a test or ``--trust-test-roots`` says so.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from clerk_app.resources import resource_path
from clerk_app.translatable import QT_TRANSLATE_NOOP

#: SHA-256 of the SubjectPublicKeyInfo (DER) of each Belgium Root CA (architecture §2).
BELGIUM_ROOT_PINS: dict[str, str] = {
    "Belgium Root CA2": "f8e5f905bc939911267b83d50814a90323b51e183629db52d4fc2d5468a5a578",
    "Belgium Root CA3": "c7bc5e493726bbf531f62fc5f5513ac03ead813af4dcd445b3305ba3d3d53374",
    "Belgium Root CA4": "b1538a9071705a92d938e506b738da0cafd1ae66aec2eeddc75479d433bd8776",
    "Belgium Root CA6": "894ad2232fe69bb09e8370ef387ec1c66ab6a4ce53c811fd3c8ced5b5158d8c1",
}

#: Keys of the public test cards in tests/data/real-card-dumps (commons-eid specimens). "eID test Root CA"
#: is the root of the Alice specimen. The root of the Nora EC specimen is not published, so its RRN key
#: "eID TEST EC RRN" is the anchor itself. Trusted only with ``--trust-test-roots`` or in tests.
PUBLIC_TEST_PINS: dict[str, str] = {
    "eID test Root CA": "d1bdaa6d7fdc826bb8f273d038eee5fc8c9bfe8c30cdcabd3a99393e54a37200",
    "eID TEST EC RRN": "34f8900d254520cc5a95d8180fc2612e8940a5e3f8fa55f7f504a661dfc8b70b",
}

#: The training roots, in ``resources/training-pki``.
TRAINING_ROOT_FILES = ("rsa-root.der", "ec-root.der")


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


#: The Belgium Root CA certificates the app ships (``resources/belgium-roots``, origin and fingerprints in
#: its README), one per pin: a card under one of them needs no 503B read. CA4's file is its 2032 re-issue,
#: with the same key and name as the 2013 certificate.
BELGIUM_ROOT_FILES: dict[str, str] = {
    "Belgium Root CA2": "belgiumrca2.der",
    "Belgium Root CA3": "belgiumrca3.der",
    "Belgium Root CA4": "belgiumrca4.der",
    "Belgium Root CA6": "belgiumrca6.der",
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


def spki_sha256(certificate: x509.Certificate) -> bytes:
    """SHA-256 of the certificate's SubjectPublicKeyInfo, the value roots are pinned by."""
    spki = certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(spki).digest()


def authority_key_id(certificate: x509.Certificate) -> bytes | None:
    """The key identifier of the certificate's issuer as the certificate states it, if it does."""
    try:
        extension = certificate.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    except (x509.ExtensionNotFound, ValueError):
        return None
    return extension.value.key_identifier


def subject_key_id(certificate: x509.Certificate) -> bytes:
    """The certificate's own key identifier: its extension, else the RFC 5280 SHA-1 of its key."""
    try:
        return certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except (x509.ExtensionNotFound, ValueError):
        return x509.SubjectKeyIdentifier.from_public_key(certificate.public_key()).digest


def common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    value = names[0].value if names else certificate.subject.rfc4514_string()
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


class TrustStore:
    """The keys a chain may end in, the root certificates at hand, and the chains already verified.

    ``pins`` decide what is trusted; nothing else does. ``roots`` are certificates of pinned keys that the
    app carries (the Belgium Root CAs in production, the training roots in training), so a card issued
    under one of them need not send its own root (503B). Which carried root a card's RRN certificate
    belongs to is chosen by the certificate's authority key identifier (or, without one, its issuer
    name), never by anything the card's root says; the signature check then decides. A root fetched from
    a card that passed the pin check is carried from then on, and an RRN certificate verified once is
    known by its exact bytes, so the next card carrying the same one (nearly every card of a generation)
    costs no second chain verification. Both only record results of checks against the pins, so they
    never widen what is trusted. Thread-safe.
    """

    def __init__(self, name: str, pins: Iterable[bytes], roots: Iterable[x509.Certificate] = ()) -> None:
        self.name = name
        self.pins = frozenset(pins)
        self._by_key_id: dict[bytes, x509.Certificate] = {}
        self._by_name: dict[bytes, x509.Certificate] = {}
        self._verified_chains: dict[bytes, str] = {}  # SHA-256 of an RRN certificate -> its anchor's name
        self._lock = threading.Lock()
        self.roots: tuple[x509.Certificate, ...] = ()
        for root in roots:
            self.remember_root(root)

    @classmethod
    def production(cls) -> TrustStore:
        return cls(
            "production",
            (bytes.fromhex(pin) for pin in BELGIUM_ROOT_PINS.values()),
            _load_roots("belgium-roots", tuple(BELGIUM_ROOT_FILES.values())),
        )

    @classmethod
    def training(cls) -> TrustStore:
        roots = _load_roots("training-pki", TRAINING_ROOT_FILES)
        return cls("training", (spki_sha256(root) for root in roots), roots)

    def with_test_roots(self) -> TrustStore:
        """This store plus the public test cards' keys (``--trust-test-roots``)."""
        extra = (bytes.fromhex(pin) for pin in PUBLIC_TEST_PINS.values())
        return TrustStore(f"{self.name}+test-roots", self.pins | frozenset(extra), self.roots)

    def with_anchors(self, *certificates: x509.Certificate) -> TrustStore:
        """This store plus the keys of ``certificates`` (test PKIs made in a test); only their keys, so a
        card under them still sends its root until that root has passed the pin check once."""
        pins = self.pins | {spki_sha256(c) for c in certificates}
        return TrustStore(f"{self.name}+anchors", pins, self.roots)

    def trusts(self, certificate: x509.Certificate) -> bool:
        return spki_sha256(certificate) in self.pins

    def root_for(self, certificate: x509.Certificate) -> x509.Certificate | None:
        """The carried root that ``certificate`` names as its issuer: by authority key identifier when
        the certificate has one (then nothing else), else by issuer name. A candidate, not a verdict."""
        key_id = authority_key_id(certificate)
        with self._lock:
            if key_id is not None:
                return self._by_key_id.get(key_id)
            return self._by_name.get(certificate.issuer.public_bytes())

    def needs_root_file(self, rrn_certificate: bytes) -> bool:
        """Whether a reader must fetch the card's root (503B) to check a card with this RRN certificate."""
        if self.verified_chain(rrn_certificate) is not None:
            return False
        try:
            rrn = x509.load_der_x509_certificate(rrn_certificate)
        except ValueError:
            return True
        return not self.trusts(rrn) and self.root_for(rrn) is None

    def verified_chain(self, rrn_certificate: bytes) -> str | None:
        """The anchor this exact RRN certificate was already verified against, if any."""
        with self._lock:
            return self._verified_chains.get(hashlib.sha256(rrn_certificate).digest())

    def _remember_chain(self, rrn_certificate: bytes, anchor: str) -> None:
        """Only the checks below call this, and only for a chain that passed."""
        with self._lock:
            self._verified_chains[hashlib.sha256(rrn_certificate).digest()] = anchor

    def remember_root(self, root: x509.Certificate) -> None:
        """Carry a root that passed the pin check (any other root is refused)."""
        if not self.trusts(root):
            raise ValueError("only pinned roots can be remembered")
        with self._lock:
            if root in self.roots:
                return
            self.roots += (root,)
            self._by_key_id.setdefault(subject_key_id(root), root)
            self._by_name.setdefault(root.subject.public_bytes(), root)


@cache
def _load_roots(folder: str, names: tuple[str, ...]) -> tuple[x509.Certificate, ...]:
    """The root certificates shipped under ``resources/<folder>`` (parsed once per process)."""
    return tuple(x509.load_der_x509_certificate(resource_path(folder, name).read_bytes()) for name in names)


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
        trust._remember_chain(files.rrn_certificate, findings.anchor)
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
