"""The training cards: a catalogue for the training panel, and a builder that makes each card for a given day.

Every card is built for "today" so that it keeps meaning the same thing: the child is 11 on that day, the
expired card expired the day before, the others are valid. Each card exists as applet 1.7 (RSA, SHA-256
photo hash) and 1.8 (ECDSA P-384, SHA-384 photo hash), signed by the training PKI in
``resources/training-pki``. Every surname says SPECIMEN; every national number is valid (mod 97, with the
"2" prefix for births from 2000) and agrees with the card's birth date and sex.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from clerk_app.cardreader.apdu import FilePath
from clerk_app.cardreader.beid import (
    ADDRESS,
    ADDRESS_SIGNATURE,
    BASIC_KEY,
    IDENTITY,
    IDENTITY_SIGNATURE,
    PHOTO,
    ROOT_CERTIFICATE,
    RRN_CERTIFICATE,
)
from clerk_app.cardreader.identity_file import MONTHS_BY_LANGUAGE
from clerk_app.cardreader.simulated.card import Applet, BelpicCard, ForeignCard, SimulatedCard
from clerk_app.cardreader.tlv import encode_tlv
from clerk_app.domain.identity import Sex
from clerk_app.domain.text import ascii_digits
from clerk_app.resources import resource_path
from clerk_app.translatable import QT_TRANSLATE_NOOP

PULLED_PREFIX = "pulled-after-"
ISSUING_MUNICIPALITY = "Gent"

#: Zero padding behind a certificate in its card file (eid-card.md §1).
CERTIFICATE_PADDING = {Applet.V1_7: 50, Applet.V1_8: 1100}
#: ECDSA signature files have a fixed size: DER signature plus zero padding (as in the EC specimen).
EC_SIGNATURE_FILE_SIZE = 256
ADDRESS_FILE_SIZE = 121


@dataclass(frozen=True)
class TrainingCard:
    """One entry of the training panel: a stable name (the command line's), a short title for the panel
    and what the card teaches; title and description are English source texts, context "training_cards"."""

    name: str
    title: str
    description: str


def _card(name: str, title: str, description: str) -> TrainingCard:
    return TrainingCard(name, title, description)


CATALOGUE: tuple[TrainingCard, ...] = (
    _card(
        "adult",
        QT_TRANSLATE_NOOP("training_cards", "Adult, valid eID"),
        QT_TRANSLATE_NOOP("training_cards", "Belgian adult, valid eID: registers normally."),
    ),
    _card(
        "child-11",
        QT_TRANSLATE_NOOP("training_cards", "Child of 11 (Kids-ID)"),
        QT_TRANSLATE_NOOP("training_cards", "Child of 11 with a Kids-ID: refused, too young."),
    ),
    _card(
        "expired",
        QT_TRANSLATE_NOOP("training_cards", "Expired eID"),
        QT_TRANSLATE_NOOP("training_cards", "Belgian eID that expired yesterday: refused, expired document."),
    ),
    _card(
        "residence-eu-plus",
        QT_TRANSLATE_NOOP("training_cards", "Residence card EU+"),
        QT_TRANSLATE_NOOP("training_cards", "EU+ residence card (permanent residence), in German."),
    ),
    _card(
        "residence-f",
        QT_TRANSLATE_NOOP("training_cards", "Residence card F"),
        QT_TRANSLATE_NOOP("training_cards", "Residence card F for a family member of an EU citizen."),
    ),
    _card(
        "residence-k",
        QT_TRANSLATE_NOOP("training_cards", "Residence card K"),
        QT_TRANSLATE_NOOP("training_cards", "Residence card K (establishment), in French."),
    ),
    _card(
        "altered",
        QT_TRANSLATE_NOOP("training_cards", "Forged: validity changed"),
        QT_TRANSLATE_NOOP(
            "training_cards",
            "Forged card: the validity date was changed after signing. Not authentic: refuse.",
        ),
    ),
    _card(
        "photo-mismatch",
        QT_TRANSLATE_NOOP("training_cards", "Forged: another photo"),
        QT_TRANSLATE_NOOP(
            "training_cards", "Forged card: the photo is not the signed one. Not authentic: refuse."
        ),
    ),
    _card(
        "not-eid",
        QT_TRANSLATE_NOOP("training_cards", "Bank card (not an eID)"),
        QT_TRANSLATE_NOOP("training_cards", "A bank or loyalty card, not an identity card."),
    ),
    _card(
        f"{PULLED_PREFIX}7",
        QT_TRANSLATE_NOOP("training_cards", "Pulled out while reading"),
        QT_TRANSLATE_NOOP(
            "training_cards",
            "Adult eID pulled out while it is read, after its identity file and before its photo: the "
            "counter says the card was removed and keeps nothing of it.",
        ),
    ),
)


@dataclass(frozen=True)
class _Persona:
    first_names: str
    third_initial: str
    sex: Sex
    born: dt.date
    serial: int  # the national number's serial of the birth day: odd for men, even for women
    nationality: str
    birth_place: str
    card_type: int
    language: str  # nl, fr, de: the card's language for the birth date and the sex letter
    photo: str
    card_number: str
    extra: dict[int, bytes] = field(default_factory=dict)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _personas(today: dt.date) -> dict[str, _Persona]:
    child_born = _years_before(today, 11) - dt.timedelta(days=45)
    return {
        "adult": _Persona(
            "Anna Oefenkaart",
            "M",
            Sex.FEMALE,
            dt.date(1984, 4, 12),
            124,
            "Belg",
            "Gent",
            1,
            "nl",
            "adult",
            "591123456789",
        ),
        "child-11": _Persona(
            "Lotte Kinderkaart",
            "",
            Sex.FEMALE,
            child_born,
            86,
            "Belg",
            "Gent",
            6,
            "nl",
            "child",
            "601234567890",
        ),
        "expired": _Persona(
            "Marc Périmée",
            "J",
            Sex.MALE,
            dt.date(1958, 9, 7),
            213,
            "Belge",
            "Namur",
            1,
            "fr",
            "expired",
            "590987654321",
        ),
        "residence-eu-plus": _Persona(
            "Giulia Europa",
            "",
            Sex.FEMALE,
            dt.date(1990, 3, 3),
            58,
            "Italien",
            "Rom",
            32,
            "de",
            "eu-plus",
            "B012345678",
            {0x1F: b"14.06.2019"},
        ),
        "residence-f": _Persona(
            "Amira Familie",
            "S",
            Sex.FEMALE,
            dt.date(1993, 2, 27),
            142,
            "Marokko",
            "Rabat",
            35,
            "nl",
            "family",
            "B023456789",
            {0x14: b"", 0x16: b"7"},
        ),
        "residence-k": _Persona(
            "Kemal Etablissement",
            "",
            Sex.MALE,
            dt.date(1979, 11, 30),
            31,
            "Turquie",
            "Ankara",
            27,
            "fr",
            "establishment",
            "B034567891",
            {0x12: b"01", 0x16: b"7"},
        ),
        "altered": _Persona(
            "Eva Vervalst",
            "",
            Sex.FEMALE,
            dt.date(1971, 8, 21),
            62,
            "Belg",
            "Brugge",
            1,
            "nl",
            "altered",
            "591234509876",
        ),
        "photo-mismatch": _Persona(
            "Pieter Fotowissel",
            "L",
            Sex.MALE,
            dt.date(2001, 5, 3),
            17,
            "Belg",
            "Leuven",
            1,
            "nl",
            "mismatch-card",
            "592345678901",
        ),
    }


def national_number(born: dt.date, serial: int) -> str:
    """YYMMDD, a 3-digit serial and the mod-97 check digits ("2" prepended for births from 2000)."""
    body = f"{born:%y%m%d}{serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    return f"{body}{97 - base % 97:02d}"


def birth_date_text(born: dt.date, language: str) -> str:
    """The birth date as a card of that language prints it: ``12 APR  1984``, ``07.SEP. 1958``."""
    month = MONTHS_BY_LANGUAGE[language][born.month - 1]
    if language == "de":
        return f"{born.day:02d}.{month}. {born.year}"
    return f"{born.day:02d} {month:<4} {born.year}"


_SEX_LETTER = {("nl", Sex.FEMALE): "V", ("fr", Sex.FEMALE): "F", ("de", Sex.FEMALE): "W"}


def _validity(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    if name in ("expired", "altered"):
        end = today - dt.timedelta(days=1)
        return end - dt.timedelta(days=3652), end
    if name == "child-11":
        begin = today - dt.timedelta(days=400)
        return begin, begin + dt.timedelta(days=3 * 365)
    begin = today - dt.timedelta(days=800)
    return begin, begin + dt.timedelta(days=3652)


def build_card(name: str, *, applet: Applet = Applet.V1_8, today: dt.date | None = None) -> SimulatedCard:
    """The training card called ``name`` (see :data:`CATALOGUE`), as it is on ``today``.

    ``pulled-after-N`` is the adult card pulled out instead of answering command N+1; an unknown name
    raises ``KeyError``.
    """
    day = today or dt.date.today()
    if name == "not-eid":
        return ForeignCard(name)
    pull_after: int | None = None
    base = name
    if name.startswith(PULLED_PREFIX):
        count = name.removeprefix(PULLED_PREFIX)
        if not ascii_digits(count):
            raise KeyError(name)
        pull_after, base = int(count), "adult"
    personas = _personas(day)
    if base not in personas:
        raise KeyError(name)
    persona = personas[base]
    begin, end = _validity(base, day)
    photo = _photo(persona.photo)
    pki = _pki(applet)
    identity = signed_identity = _identity_file(base, persona, applet, begin, end, photo)
    if base == "altered":
        # Signed as it was issued (expired yesterday), then the end of validity pushed ten years on.
        expired = day - dt.timedelta(days=1)
        signed_identity = _identity_file(base, persona, applet, begin, expired, photo)
        identity = _identity_file(base, persona, applet, begin, expired + dt.timedelta(days=3652), photo)
    if base == "photo-mismatch":
        photo = _photo("mismatch-other")
    identity_signature = _sign_file(pki, signed_identity, applet)
    address = _address_file()
    address_signature = _sign_file(pki, address.rstrip(b"\x00") + identity_signature, applet)
    padding_bytes = bytes(CERTIFICATE_PADDING[applet])
    files: dict[FilePath, bytes] = {
        IDENTITY: identity,
        IDENTITY_SIGNATURE: identity_signature,
        ADDRESS: address,
        ADDRESS_SIGNATURE: address_signature,
        PHOTO: photo,
        RRN_CERTIFICATE: pki.rrn_certificate + padding_bytes,
        ROOT_CERTIFICATE: pki.root_certificate + padding_bytes,
    }
    if applet is Applet.V1_8:
        files[BASIC_KEY] = _basic_key(base)
    return BelpicCard(name, applet, files, chip_serial=_chip_serial(base), pull_after=pull_after)


def _identity_file(
    seed: str, persona: _Persona, applet: Applet, begin: dt.date, end: dt.date, photo: bytes
) -> bytes:
    nn = national_number(persona.born, persona.serial)
    sex = _SEX_LETTER.get((persona.language, persona.sex), "M")
    photo_digest = hashlib.sha256 if applet is Applet.V1_7 else hashlib.sha384
    fields: list[tuple[int, bytes]] = [
        (0x01, persona.card_number.encode()),
        (0x02, _chip_serial(seed)),
        (0x03, f"{begin:%d.%m.%Y}".encode()),
        (0x04, f"{end:%d.%m.%Y}".encode()),
        (0x05, ISSUING_MUNICIPALITY.encode()),
        (0x06, nn.encode()),
        (0x07, b"SPECIMEN"),
        (0x08, persona.first_names.encode()),
        (0x09, persona.third_initial.encode()),
        (0x0A, persona.nationality.encode()),
        (0x0B, persona.birth_place.encode()),
        (0x0C, birth_date_text(persona.born, persona.language).encode()),
        (0x0D, sex.encode()),
        (0x0E, b""),
        (0x0F, f"{persona.card_type:02d}".encode()),
        (0x10, b"0"),
        (0x11, photo_digest(photo).digest()),
    ]
    fields += sorted(persona.extra.items())
    if applet is Applet.V1_8:
        fields.append((0x1A, hashlib.sha384(_basic_key(seed)).digest()))
    return encode_tlv(sorted(fields))


def _address_file() -> bytes:
    data = encode_tlv([(0x01, b"Specimenstraat 1"), (0x02, b"9000"), (0x03, b"Gent")])
    return data + bytes(ADDRESS_FILE_SIZE - len(data))


def _chip_serial(seed: str) -> bytes:
    return hashlib.sha256(f"chip:{seed}".encode()).digest()[:16]


@cache
def _basic_key(seed: str) -> bytes:
    """EF 4040 of a 1.8 card: the SubjectPublicKeyInfo of its P-384 "basic" key (eid-card.md §1)."""
    secret = int.from_bytes(hashlib.sha384(f"basic:{seed}".encode()).digest(), "big")
    key = ec.derive_private_key(secret % 2**383 + 1, ec.SECP384R1())  # below the curve order
    return key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@dataclass(frozen=True)
class _Pki:
    root_certificate: bytes
    rrn_certificate: bytes
    rrn_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@cache
def _pki(applet: Applet) -> _Pki:
    prefix = "rsa" if applet is Applet.V1_7 else "ec"
    folder = resource_path("training-pki")
    key = serialization.load_pem_private_key((folder / f"{prefix}-rrn-key.pem").read_bytes(), password=None)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise TypeError("the training RRN key must be RSA or EC")
    rrn = (folder / f"{prefix}-rrn.der").read_bytes()
    x509.load_der_x509_certificate(rrn)  # fail here, not on a card read, if the file is damaged
    return _Pki((folder / f"{prefix}-root.der").read_bytes(), rrn, key)


def _sign_file(pki: _Pki, data: bytes, applet: Applet) -> bytes:
    """As the National Register signs: RSA PKCS#1 v1.5 SHA-256 (1.7), ECDSA SHA-384 zero-padded (1.8)."""
    key = pki.rrn_key
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    signature = key.sign(data, ec.ECDSA(hashes.SHA384()))
    return signature + bytes(EC_SIGNATURE_FILE_SIZE - len(signature))


@cache
def _photo(name: str) -> bytes:
    return resource_path("training-photos", f"{name}.jpg").read_bytes()
