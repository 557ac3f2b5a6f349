"""What the app trusts: the pinned root keys, the root certificates it carries, the chains it verified.

A card's chain must end in a pinned key (the SHA-256 of a root's SubjectPublicKeyInfo, architecture §2):
production pins the four Belgium Root CAs, training the project's own two roots, and the public test
cards' keys are added only where a test or ``--trust-test-roots`` says so. The carried root certificates
(``resources/belgium-roots``, ``resources/training-pki``) only spare a card's 503B read; the checks of
:mod:`clerk_app.cardreader.authenticity` decide.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from functools import cache

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from clerk_app.resources import resource_path

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


#: The Belgium Root CA certificates the app ships (``resources/belgium-roots``, origin and fingerprints in
#: its README), one per pin: a card under one of them needs no 503B read. CA4's file is its 2032 re-issue,
#: with the same key and name as the 2013 certificate.
BELGIUM_ROOT_FILES: dict[str, str] = {
    "Belgium Root CA2": "belgiumrca2.der",
    "Belgium Root CA3": "belgiumrca3.der",
    "Belgium Root CA4": "belgiumrca4.der",
    "Belgium Root CA6": "belgiumrca6.der",
}


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

    def remember_chain(self, rrn_certificate: bytes, anchor: str) -> None:
        """Record a chain that passed; only the authenticity checks call this."""
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
