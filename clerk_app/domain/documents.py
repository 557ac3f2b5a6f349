"""Identity documents a citizen can show at the counter, and the chip's document-type codes.

The chip codes come from the ID-file specification v5.0 (tag 0x0F, "document type").
The 2004 specification used 2 and 3 for EC and non-EC citizens; those are kept so old cards still name
their type. Any other code is kept as "unknown type N" instead of failing: new card types appear
(egelke/eid #3 broke on code 32).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clerk_app.translatable import QT_TRANSLATE_NOOP


class DocumentKind(StrEnum):
    """How the person's identity was established at the counter."""

    ELECTRONIC_CARD = "electronic_card"  # Belgian eID, kids card or electronic residence card, read by chip
    BELGIAN_PASSPORT = "belgian_passport"
    FOREIGN_PASSPORT = "foreign_passport"
    ORANGE_CARD = "orange_card"  # attest van immatriculatie
    ANNEX_35 = "annex_35"  # bijlage 35
    OTHER_FOREIGN_ID = "other_foreign_id"
    # A Belgian eID or electronic residence card whose chip does not answer: typed from its zone, the face
    # and the card checked by eye; the registration says the chip was not read.
    BELGIAN_CARD_CHIP_UNREADABLE = "belgian_card_chip_unreadable"


DOCUMENT_KIND_NAMES: dict[DocumentKind, str] = {
    DocumentKind.ELECTRONIC_CARD: QT_TRANSLATE_NOOP("documents", "eID or electronic residence card"),
    DocumentKind.BELGIAN_PASSPORT: QT_TRANSLATE_NOOP("documents", "Belgian passport"),
    DocumentKind.FOREIGN_PASSPORT: QT_TRANSLATE_NOOP("documents", "Foreign passport"),
    DocumentKind.ORANGE_CARD: QT_TRANSLATE_NOOP("documents", "Orange card (attest van immatriculatie)"),
    DocumentKind.ANNEX_35: QT_TRANSLATE_NOOP("documents", "Annex 35 (bijlage 35)"),
    DocumentKind.OTHER_FOREIGN_ID: QT_TRANSLATE_NOOP("documents", "Other foreign identity document"),
    DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE: QT_TRANSLATE_NOOP(
        "documents", "Belgian card, chip unreadable"
    ),
}


@dataclass(frozen=True)
class CardType:
    """A chip document type (tag 0x0F of the identity file)."""

    code: int
    name: str  # English source text, translated by the UI in context "documents"
    belgian: bool = False  # a card for Belgian nationals
    kids: bool = False  # issued only to children under 12
    known: bool = True

    @property
    def label(self) -> str:
        return self.name if self.known else f"unknown type {self.code}"


CARD_TYPES: dict[int, CardType] = {
    card.code: card
    for card in (
        CardType(1, QT_TRANSLATE_NOOP("documents", "Belgian identity card (eID)"), belgian=True),
        CardType(2, QT_TRANSLATE_NOOP("documents", "EC citizen card (2004 specification)")),
        CardType(3, QT_TRANSLATE_NOOP("documents", "Non-EC citizen card (2004 specification)")),
        CardType(6, QT_TRANSLATE_NOOP("documents", "Kids-ID"), belgian=True, kids=True),
        CardType(7, QT_TRANSLATE_NOOP("documents", "Bootstrap card")),
        CardType(8, QT_TRANSLATE_NOOP("documents", "Habilitation card")),
        CardType(11, QT_TRANSLATE_NOOP("documents", "Card A (temporary residence)")),
        CardType(12, QT_TRANSLATE_NOOP("documents", "Card B (registration in the aliens register)")),
        CardType(13, QT_TRANSLATE_NOOP("documents", "Card C (identity card for aliens)")),
        CardType(14, QT_TRANSLATE_NOOP("documents", "Card D (long-term resident EC)")),
        CardType(15, QT_TRANSLATE_NOOP("documents", "Card E (registration certificate)")),
        CardType(16, QT_TRANSLATE_NOOP("documents", "Card E+ (permanent residence)")),
        CardType(17, QT_TRANSLATE_NOOP("documents", "Card F (family member of an EU citizen)")),
        CardType(18, QT_TRANSLATE_NOOP("documents", "Card F+ (permanent residence, family member)")),
        CardType(19, QT_TRANSLATE_NOOP("documents", "Card H (EU Blue Card)")),
        CardType(20, QT_TRANSLATE_NOOP("documents", "Card I (intra-corporate transferee)")),
        CardType(21, QT_TRANSLATE_NOOP("documents", "Card J (mobile intra-corporate transferee)")),
        CardType(22, QT_TRANSLATE_NOOP("documents", "Card M (Withdrawal Agreement)")),
        CardType(23, QT_TRANSLATE_NOOP("documents", "Card N (Withdrawal Agreement, frontier worker)")),
        CardType(27, QT_TRANSLATE_NOOP("documents", "Card K (establishment)")),
        CardType(28, QT_TRANSLATE_NOOP("documents", "Card L (EU long-term resident)")),
        CardType(31, QT_TRANSLATE_NOOP("documents", "EU card (registration)")),
        CardType(32, QT_TRANSLATE_NOOP("documents", "EU+ card (permanent residence)")),
        CardType(33, QT_TRANSLATE_NOOP("documents", "Card A (temporary residence, 2021 layout)")),
        CardType(34, QT_TRANSLATE_NOOP("documents", "Card B (unlimited residence, 2021 layout)")),
        CardType(35, QT_TRANSLATE_NOOP("documents", "Card F (family member, 2021 layout)")),
        CardType(36, QT_TRANSLATE_NOOP("documents", "Card F+ (permanent, family member, 2021 layout)")),
        CardType(61, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: EU"), kids=True),
        CardType(62, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: EU+"), kids=True),
        CardType(63, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: A"), kids=True),
        CardType(64, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: B"), kids=True),
        CardType(65, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: K"), kids=True),
        CardType(66, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: L"), kids=True),
        CardType(67, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: F"), kids=True),
        CardType(68, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: F+"), kids=True),
        CardType(69, QT_TRANSLATE_NOOP("documents", "Kids card for foreigners: M"), kids=True),
    )
}

#: Chip types that no longer identify a citizen (staff and roll-out cards).
NON_CITIZEN_CARD_CODES = frozenset({7, 8})
#: The kinds whose identity is a Belgian card, and so has a chip document type.
CARD_KINDS = frozenset({DocumentKind.ELECTRONIC_CARD, DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE})


def card_type(code: int) -> CardType:
    """The named card type, or an "unknown type N" placeholder that keeps the code."""
    known = CARD_TYPES.get(code)
    if known is not None:
        return known
    return CardType(code, QT_TRANSLATE_NOOP("documents", "Unknown card type"), known=False)
