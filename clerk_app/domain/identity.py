"""The identity data of a person, as read from a card chip or typed from another document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import CardType, DocumentKind
from clerk_app.domain.text import clean_text


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNSPECIFIED = "X"  # passports may leave it open (MRZ '<' or 'X')


class SpecialStatus(StrEnum):
    """Tag 0x10 of the identity file (eid-card.md §5.2)."""

    NONE = "0"
    WHITE_CANE = "1"
    EXTENDED_MINORITY = "2"
    WHITE_CANE_AND_EXTENDED_MINORITY = "3"
    YELLOW_CANE = "4"
    YELLOW_CANE_AND_EXTENDED_MINORITY = "5"


@dataclass(frozen=True)
class CardIdentity:
    """Every field of the identity file EF(ID#RN) 4031 of a Belgian eID or residence card.

    Text fields are trimmed; an absent or empty field is ``""`` (text), ``None`` (dates, codes) or
    ``False`` (member of family). Never holds the address or the photo.
    """

    card_number: str
    chip_number: bytes
    validity_begin: dt.date | None
    validity_end: dt.date | None
    issuing_municipality: str
    national_number: str
    surname: str
    first_names: str
    third_initial: str
    nationality: str
    birth_place: str
    birth_date: PartialDate
    birth_date_text: str  # as printed on the chip, for the clerk to compare
    sex: Sex | None
    card_type: CardType
    noble_condition: str = ""
    special_status: SpecialStatus | None = None
    special_status_raw: str = ""
    photo_hash: bytes = b""
    duplicate: str = ""
    special_organisation: str = ""
    member_of_family: bool = False
    protection_date: dt.date | None = None
    protection_country: str = ""
    work_permit: str = ""
    employer_vat_1: str = ""
    employer_vat_2: str = ""
    regional_file_number: str = ""
    basic_key_hash: bytes = b""
    brexit_mention_1: str = ""
    brexit_mention_2: str = ""
    card_a_mention_1: str = ""
    card_a_mention_2: str = ""
    eu_card_start_date: dt.date | None = None
    file_version: bytes = b""
    unknown_tags: tuple[int, ...] = field(default=())

    @property
    def given_names(self) -> str:
        """First names plus the initial of a third given name, as a clerk reads them."""
        return " ".join(part for part in (self.first_names, self.third_initial) if part)

    def __repr__(self) -> str:
        # Everything else on the card is personal data: keep it out of logs and test output.
        return f"CardIdentity(card_type={self.card_type.code})"


@dataclass(frozen=True)
class IdentityRecord:
    """The identity a registration is made for, from any accepted document.

    ``national_number`` is the compact 11-digit national register or BIS number; a person without one
    cannot be registered (the central service identifies people by it).
    """

    document_kind: DocumentKind
    surname: str
    given_names: str
    birth_date: PartialDate
    sex: Sex | None
    nationality: str
    national_number: str
    document_number: str
    document_valid_until: dt.date | None
    document_valid_from: dt.date | None = None
    card_type_code: int | None = None  # chip document type, for electronic cards
    issuing_authority: str = ""  # issuing municipality (cards, paper residence documents) or state

    def __post_init__(self) -> None:
        # Whatever the source (a chip, a form, a stored row), only clean text is kept: the central
        # service refuses control and invisible formatting characters (clerk_app.domain.text).
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            cleaned = clean_text(value)
            if cleaned != value:
                object.__setattr__(self, name, cleaned)

    def __repr__(self) -> str:
        # Names, numbers and dates are personal data: keep them out of logs and test output.
        return (
            f"IdentityRecord(document_kind={self.document_kind.value}, card_type_code={self.card_type_code})"
        )


_TEXT_FIELDS = (
    "surname",
    "given_names",
    "nationality",
    "national_number",
    "document_number",
    "issuing_authority",
)


def identity_from_card(card: CardIdentity) -> IdentityRecord:
    """The identity a registration needs from a chip's identity file (architecture §3: no address, no
    photo, none of the card's other mentions)."""
    return IdentityRecord(
        document_kind=DocumentKind.ELECTRONIC_CARD,
        surname=card.surname,
        given_names=card.given_names,
        birth_date=card.birth_date,
        sex=card.sex,
        nationality=card.nationality,
        national_number=card.national_number.strip(),
        document_number=card.card_number,
        document_valid_until=card.validity_end,
        document_valid_from=card.validity_begin,
        card_type_code=card.card_type.code,
        issuing_authority=card.issuing_municipality,
    )
