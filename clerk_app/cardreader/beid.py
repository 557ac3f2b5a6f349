"""Read a Belgian eID or electronic residence card: the read plan of architecture §2.

Recognise the card (applet SELECT, then GET CARD DATA for the applet version), then read only what a
registration needs, in this order: identity 4031 (handed to ``on_identity`` at once), RRN certificate 503C up
to its DER length, the card's root 503B only when the trust store carries no root the RRN certificate names
as its issuer (nor verified that certificate before), the identity signature 4032 up to the signature's
size (known from the RRN certificate, so 503C comes before 4032), and the photo 4035. The address files are
never read. Everything happens in one card transaction; a read that fails midway raises and returns nothing.

The photo is the longest file (a dozen APDUs), and the identity signature's check (an ECDSA P-384
verification on applet 1.8 cards, about half a millisecond) needs everything but the photo. So on those
cards that check runs on a worker thread while the photo's APDUs are in flight (cryptography releases the
GIL while OpenSSL verifies, and pyscard while it waits for pcscd); if the worker has not started by the
last APDU (a busy machine gave it no core), the reading thread runs the check itself instead of waiting
for it. An RSA check (applet 1.7) is too short to gain from a worker and runs after the last APDU. The
photo hash is compared last, and the verdict is the one :func:`check_authenticity` gives for the same
files.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from clerk_app.cardreader.apdu import SW, ApduChannel, describe, select_aid
from clerk_app.cardreader.authenticity import (
    AuthenticityResult,
    SignedDataFindings,
    SignedFiles,
    check_signed_data,
    der_length,
)
from clerk_app.cardreader.connection import CardConnection
from clerk_app.cardreader.identity_file import parse_identity
from clerk_app.cardreader.trust import TrustStore
from clerk_app.domain.identity import CardIdentity
from clerk_app.errors import CardError, NotAnEidCard

log = logging.getLogger(__name__)

#: The Belpic applet (eid-card.md §1); selectable on logical channel 0 only.
APPLET_AID = bytes.fromhex("A000000030290570 00AD13100101FF".replace(" ", ""))
#: GET CARD DATA with P2=00 and the 28 bytes every applet version answers (eid-card.md §2.2).
GET_CARD_DATA = bytes.fromhex("80E400001C")
CARD_DATA_APPLET_VERSION = 21

IDENTITY = (0x3F00, 0xDF01, 0x4031)
IDENTITY_SIGNATURE = (0x3F00, 0xDF01, 0x4032)
ADDRESS = (0x3F00, 0xDF01, 0x4033)
ADDRESS_SIGNATURE = (0x3F00, 0xDF01, 0x4034)
PHOTO = (0x3F00, 0xDF01, 0x4035)
BASIC_KEY = (0x3F00, 0xDF01, 0x4040)
ROOT_CERTIFICATE = (0x3F00, 0xDF00, 0x503B)
RRN_CERTIFICATE = (0x3F00, 0xDF00, 0x503C)

#: Runs the signed-data checks while the photo is read; two threads, for two readers read at once. The
#: threads start on first use and idle between cards.
_CHECKS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="card-checks")


@dataclass(frozen=True)
class CardReadResult:
    """Everything read from one card; the repr hides the personal data."""

    identity: CardIdentity = field(repr=False)
    photo: bytes = field(repr=False)  # JPEG, to show; never stored
    authenticity: AuthenticityResult
    applet_version: str  # "1.7", "1.8"
    apdu_count: int


class BeidSession:
    """Reads one card over ``connection``, checking it against ``trust``.

    ``checks`` runs the signed-data checks of ECDSA cards while the photo is read (the benchmark also
    measures them run in line, to show what the overlap buys).
    """

    def __init__(self, connection: CardConnection, trust: TrustStore, checks: Executor = _CHECKS) -> None:
        self._connection = connection
        self._trust = trust
        self._checks = checks

    def read(self, on_identity: Callable[[CardIdentity], None] | None = None) -> CardReadResult:
        """Read and check the card.

        ``on_identity`` runs as soon as the identity file is parsed, before the photo and the checks; if
        the read then fails, the caller must drop what it showed (the error says what happened).
        """
        channel = ApduChannel(self._connection)
        self._connection.begin_transaction()
        try:
            applet_version = recognise(channel)
            identity_file = channel.read_file(IDENTITY)
            identity = parse_identity(identity_file)
            if on_identity is not None:
                on_identity(identity)
            rrn = channel.read_file(RRN_CERTIFICATE, length_from=certificate_length, required=False)
            root = b""
            if self._trust.needs_root_file(rrn):
                root = channel.read_file(ROOT_CERTIFICATE, length_from=certificate_length, required=False)
            signature = channel.read_file(
                IDENTITY_SIGNATURE, length_from=signature_length(rrn), required=False
            )
            signed = SignedFiles(identity_file, signature, rrn, root)
            pending: Future[SignedDataFindings] | None = None
            if signed_with_ecdsa(rrn):
                pending = self._checks.submit(check_signed_data, signed, identity.photo_hash, self._trust)
            photo = channel.read_file(PHOTO, required=False)
        finally:
            self._end_transaction()
        if pending is not None and not pending.cancel():
            findings = pending.result()
        else:
            # An RSA check, or the worker never got a core while the photo was read: check here.
            findings = check_signed_data(signed, identity.photo_hash, self._trust)
        return CardReadResult(
            identity=identity,
            photo=photo,
            authenticity=findings.with_photo(identity.photo_hash, photo),
            applet_version=applet_version,
            apdu_count=channel.apdu_count,
        )

    def _end_transaction(self) -> None:
        try:
            self._connection.end_transaction()
        except CardError as exc:
            # Card pulled or reset: the transaction is over anyway, and any read error is already raised.
            log.debug("ending the card transaction failed: %s", exc.code)


def recognise(channel: ApduChannel) -> str:
    """Select the Belpic applet and return its version ("1.7"); :class:`NotAnEidCard` otherwise."""
    _, sw = channel.transmit(select_aid(APPLET_AID))
    if sw != SW.OK:
        raise NotAnEidCard(f"applet SELECT answered {describe(sw)}")
    data, sw = channel.transmit(GET_CARD_DATA)
    if sw != SW.OK or len(data) <= CARD_DATA_APPLET_VERSION:
        raise NotAnEidCard(f"GET CARD DATA answered {describe(sw)} with {len(data)} bytes")
    version = data[CARD_DATA_APPLET_VERSION]
    return f"{version >> 4}.{version & 0x0F}"


def signed_with_ecdsa(rrn_certificate: bytes) -> bool:
    """Whether the identity signature is ECDSA (applet 1.8): the one check worth a worker thread. An ECDSA
    P-384 verification (~0.5 ms) outlasts handing it over; an RSA one (~0.05 ms) does not, and
    bench/card_read.py measured 1.7 cards no faster, often slower, with it on a worker."""
    try:
        return isinstance(
            x509.load_der_x509_certificate(rrn_certificate).public_key(), ec.EllipticCurvePublicKey
        )
    except (ValueError, UnsupportedAlgorithm):
        return False


def certificate_length(prefix: bytes) -> int | None:
    """A certificate file's useful length: its DER length, 0 for an empty (all-zero) slot."""
    if prefix[:2] == b"\x00\x00":
        return 0
    return der_length(prefix)


def signature_length(rrn_certificate: bytes) -> Callable[[bytes], int | None]:
    """The identity signature's length: the RSA modulus size, or the DER length of an ECDSA signature."""
    modulus_bytes: int | None = None
    try:
        certificate = x509.load_der_x509_certificate(rrn_certificate)
        if certificate.public_key_algorithm_oid == x509.oid.PublicKeyAlgorithmOID.RSAES_PKCS1_v1_5:
            key = certificate.public_key()
            if isinstance(key, rsa.RSAPublicKey):
                modulus_bytes = (key.key_size + 7) // 8
    except (ValueError, UnsupportedAlgorithm):
        pass  # no usable certificate: read the whole file and let the checks judge

    def length(prefix: bytes) -> int | None:
        return modulus_bytes if modulus_bytes is not None else der_length(prefix)

    return length
