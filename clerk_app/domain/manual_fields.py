"""The manual path's forms: which fields each document type without a chip has, in display order.

Each :class:`~clerk_app.domain.documents.DocumentKind` except the chip card has a declarative list of
fields (:func:`fields_for`) that the UI renders as a form; :mod:`clerk_app.domain.manual_form` checks what
was typed into them. Labels, hints and choice labels are English source texts in translation context
``manual`` (a field's ``choice_context`` may name another).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clerk_app.domain.documents import CARD_TYPES, NON_CITIZEN_CARD_CODES, DocumentKind
from clerk_app.translatable import QT_TRANSLATE_NOOP


class FieldKind(StrEnum):
    """What kind of input widget and check a field needs."""

    NAME = "name"
    PARTIAL_DATE = "partial_date"  # a birth date: unknown parts allowed
    DATE = "date"
    SEX = "sex"
    COUNTRY = "country"
    NATIONAL_NUMBER = "national_number"
    DOCUMENT_NUMBER = "document_number"
    TEXT = "text"
    CARD_TYPE = "card_type"  # a Belgian card's chip document type, chosen from a list
    CONFIRMATION = "confirmation"  # a statement the clerk ticks; the value is "yes" when ticked


@dataclass(frozen=True)
class FieldSpec:
    """One form field. ``label``, ``hint`` and choice labels are English in translation context ``manual``;
    ``name`` is the key in the values mapping and the ``field`` of the reasons about it."""

    name: str
    label: str
    kind: FieldKind
    required: bool
    hint: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for a closed list
    choice_context: str = "manual"  # the translation context of the choice labels


SEX_CHOICES = (
    ("M", QT_TRANSLATE_NOOP("manual", "Male (M)")),
    ("F", QT_TRANSLATE_NOOP("manual", "Female (F)")),
    ("X", QT_TRANSLATE_NOOP("manual", "Unspecified (X)")),
)
_DATE_HINT = QT_TRANSLATE_NOOP("manual", "DD/MM/YYYY")
_COUNTRY_HINT = QT_TRANSLATE_NOOP(
    "manual", "Three-letter code as on the document, e.g. NLD; XXA for stateless"
)
#: Only a person is stateless: the issuing country's hint names the state that issued the document.
_ISSUING_COUNTRY_HINT = QT_TRANSLATE_NOOP(
    "manual", "Three-letter code of the state that issued the document, as on it, e.g. SWE"
)

SURNAME = FieldSpec("surname", QT_TRANSLATE_NOOP("manual", "Surname"), FieldKind.NAME, required=True)
GIVEN_NAMES = FieldSpec(
    "given_names",
    QT_TRANSLATE_NOOP("manual", "Given names"),
    FieldKind.NAME,
    required=False,
    hint=QT_TRANSLATE_NOOP("manual", "Leave empty if the document shows none"),
)
BIRTH_DATE = FieldSpec(
    "birth_date",
    QT_TRANSLATE_NOOP("manual", "Date of birth"),
    FieldKind.PARTIAL_DATE,
    required=True,
    hint=QT_TRANSLATE_NOOP("manual", "DD/MM/YYYY; 00 for an unknown day or month"),
)
SEX = FieldSpec("sex", QT_TRANSLATE_NOOP("manual", "Sex"), FieldKind.SEX, required=True, choices=SEX_CHOICES)
NATIONALITY = FieldSpec(
    "nationality",
    QT_TRANSLATE_NOOP("manual", "Nationality"),
    FieldKind.COUNTRY,
    required=True,
    hint=_COUNTRY_HINT,
)
ISSUING_STATE = FieldSpec(
    "issuing_authority",
    QT_TRANSLATE_NOOP("manual", "Issuing country"),
    FieldKind.COUNTRY,
    required=True,
    hint=_ISSUING_COUNTRY_HINT,
)
ISSUING_MUNICIPALITY = FieldSpec(
    "issuing_authority",
    QT_TRANSLATE_NOOP("manual", "Issuing municipality"),
    FieldKind.TEXT,
    required=False,
)
NATIONAL_NUMBER = FieldSpec(
    "national_number",
    QT_TRANSLATE_NOOP("manual", "National register or BIS number"),
    FieldKind.NATIONAL_NUMBER,
    required=True,
    hint=QT_TRANSLATE_NOOP("manual", "11 digits, e.g. 85.07.30-033.28"),
)
DOCUMENT_NUMBER = FieldSpec(
    "document_number",
    QT_TRANSLATE_NOOP("manual", "Document number"),
    FieldKind.DOCUMENT_NUMBER,
    required=True,
)
VALID_UNTIL = FieldSpec(
    "document_valid_until",
    QT_TRANSLATE_NOOP("manual", "Valid until"),
    FieldKind.DATE,
    required=True,
    hint=_DATE_HINT,
)
VALID_FROM = FieldSpec(
    "document_valid_from",
    QT_TRANSLATE_NOOP("manual", "Valid from (date of issue)"),
    FieldKind.DATE,
    required=False,
    hint=_DATE_HINT,
)

CARD_TYPE = FieldSpec(
    "card_type",
    QT_TRANSLATE_NOOP("manual", "Card type"),
    FieldKind.CARD_TYPE,
    required=True,
    hint=QT_TRANSLATE_NOOP("manual", "As printed on the card, e.g. identity card or card K"),
    choices=tuple(
        (str(code), card.name) for code, card in CARD_TYPES.items() if code not in NON_CITIZEN_CARD_CODES
    ),
    choice_context="documents",
)
CONFIRMATION_YES = "yes"
CARD_CHECKED = FieldSpec(
    "card_checked",
    QT_TRANSLATE_NOOP("manual", "Checked by eye"),
    FieldKind.CONFIRMATION,
    required=True,
    hint=QT_TRANSLATE_NOOP(
        "manual", "The face matches the card's photo, and the card itself looks genuine (print, hologram)"
    ),
)

_PERSON = (SURNAME, GIVEN_NAMES, BIRTH_DATE, SEX)
_DOCUMENT = (DOCUMENT_NUMBER, VALID_UNTIL, VALID_FROM)

#: The form of every manual document type, in display order.
FIELDS: dict[DocumentKind, tuple[FieldSpec, ...]] = {
    # Nationality and issuing state of a Belgian passport are Belgium: no field for them.
    DocumentKind.BELGIAN_PASSPORT: (*_PERSON, NATIONAL_NUMBER, *_DOCUMENT),
    DocumentKind.FOREIGN_PASSPORT: (*_PERSON, NATIONALITY, NATIONAL_NUMBER, *_DOCUMENT, ISSUING_STATE),
    DocumentKind.ORANGE_CARD: (*_PERSON, NATIONALITY, NATIONAL_NUMBER, *_DOCUMENT, ISSUING_MUNICIPALITY),
    DocumentKind.ANNEX_35: (*_PERSON, NATIONALITY, NATIONAL_NUMBER, *_DOCUMENT, ISSUING_MUNICIPALITY),
    DocumentKind.OTHER_FOREIGN_ID: (*_PERSON, NATIONALITY, NATIONAL_NUMBER, *_DOCUMENT, ISSUING_STATE),
    # The chip would have said all this and proved it; without it, the clerk types it from the zone and
    # the card, and vouches for the face and the card.
    DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE: (
        *_PERSON,
        NATIONALITY,
        NATIONAL_NUMBER,
        CARD_TYPE,
        *_DOCUMENT,
        ISSUING_MUNICIPALITY,
        CARD_CHECKED,
    ),
}

PASSPORTS = frozenset({DocumentKind.BELGIAN_PASSPORT, DocumentKind.FOREIGN_PASSPORT})


def fields_for(kind: DocumentKind) -> tuple[FieldSpec, ...]:
    """The form for ``kind``; a chip card has none (it is read, not typed)."""
    try:
        return FIELDS[kind]
    except KeyError:
        raise ValueError(f"{kind.value} is read from its chip, not typed") from None
