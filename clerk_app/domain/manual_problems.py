"""The problems a manual document form can have: one code each, and the sentence the clerk reads.

:func:`clerk_app.domain.manual_form.build_identity` answers with one
:class:`~clerk_app.domain.reasons.Reason` per problem, carrying the code and its sentence (translation
context ``manual``; ``{placeholders}`` filled from the reason's parameters). The national number's problems
are eligibility's (:func:`clerk_app.domain.eligibility.national_number_reasons`).
"""

from __future__ import annotations

from enum import StrEnum

from clerk_app.translatable import QT_TRANSLATE_NOOP


class ManualCode(StrEnum):
    """Every code :func:`build_identity` can return besides the national-number ones of eligibility."""

    SURNAME_MISSING = "surname_missing"
    SURNAME_INVALID = "surname_invalid"
    SURNAME_TOO_LONG = "surname_too_long"
    GIVEN_NAMES_INVALID = "given_names_invalid"
    GIVEN_NAMES_TOO_LONG = "given_names_too_long"
    BIRTH_DATE_MISSING = "birth_date_missing"
    BIRTH_DATE_INVALID = "birth_date_invalid"
    BIRTH_DATE_IMPLAUSIBLE = "birth_date_implausible"
    BIRTH_DATE_IN_FUTURE = "birth_date_in_future"
    SEX_MISSING = "sex_missing"
    SEX_INVALID = "sex_invalid"
    NATIONALITY_MISSING = "nationality_missing"
    NATIONALITY_UNKNOWN = "nationality_unknown"
    ISSUING_STATE_MISSING = "issuing_state_missing"
    ISSUING_STATE_UNKNOWN = "issuing_state_unknown"
    ISSUING_MUNICIPALITY_INVALID = "issuing_municipality_invalid"
    ISSUING_MUNICIPALITY_TOO_LONG = "issuing_municipality_too_long"
    DOCUMENT_NUMBER_MISSING = "document_number_missing"
    DOCUMENT_NUMBER_INVALID = "document_number_invalid"
    DOCUMENT_EXPIRY_MISSING = "document_expiry_missing"
    DOCUMENT_EXPIRY_INVALID = "document_expiry_invalid"
    DOCUMENT_EXPIRY_IMPLAUSIBLE = "document_expiry_implausible"
    DOCUMENT_VALID_FROM_INVALID = "document_valid_from_invalid"
    DOCUMENT_VALID_FROM_IMPLAUSIBLE = "document_valid_from_implausible"
    DOCUMENT_VALIDITY_ORDER = "document_validity_order"
    CARD_TYPE_MISSING = "card_type_choice_missing"
    CARD_TYPE_INVALID = "card_type_choice_invalid"
    CARD_NOT_CHECKED = "card_not_checked"


MESSAGES: dict[ManualCode, str] = {
    ManualCode.SURNAME_MISSING: QT_TRANSLATE_NOOP("manual", "Enter the surname as it is on the document."),
    ManualCode.SURNAME_INVALID: QT_TRANSLATE_NOOP(
        "manual", "A surname holds only letters, spaces, hyphens, apostrophes and dots."
    ),
    ManualCode.SURNAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "manual", "The surname is too long (at most {maximum} characters)."
    ),
    ManualCode.GIVEN_NAMES_INVALID: QT_TRANSLATE_NOOP(
        "manual", "Given names hold only letters, spaces, hyphens, apostrophes and dots."
    ),
    ManualCode.GIVEN_NAMES_TOO_LONG: QT_TRANSLATE_NOOP(
        "manual", "The given names are too long (at most {maximum} characters)."
    ),
    ManualCode.BIRTH_DATE_IMPLAUSIBLE: QT_TRANSLATE_NOOP(
        "manual",
        "The date of birth is not plausible: the year must lie between {earliest} and {latest}. "
        "Check the year.",
    ),
    ManualCode.DOCUMENT_EXPIRY_IMPLAUSIBLE: QT_TRANSLATE_NOOP(
        "manual",
        "The expiry date is not plausible: the year must lie between {earliest} and {latest}. "
        "Check the year.",
    ),
    ManualCode.DOCUMENT_VALID_FROM_IMPLAUSIBLE: QT_TRANSLATE_NOOP(
        "manual",
        "The date of issue is not plausible: the year must lie between {earliest} and {latest}. "
        "Check the year, or leave it empty.",
    ),
    ManualCode.ISSUING_MUNICIPALITY_TOO_LONG: QT_TRANSLATE_NOOP(
        "manual", "The issuing municipality is too long (at most {maximum} characters)."
    ),
    ManualCode.BIRTH_DATE_MISSING: QT_TRANSLATE_NOOP(
        "manual",
        "Enter the date of birth; write 00 for an unknown day or month and 0000 for an unknown year.",
    ),
    ManualCode.BIRTH_DATE_INVALID: QT_TRANSLATE_NOOP(
        "manual",
        "The date of birth is not a date. Write it as DD/MM/YYYY, with 00 for an unknown day or month "
        "(a known day needs a known month).",
    ),
    ManualCode.BIRTH_DATE_IN_FUTURE: QT_TRANSLATE_NOOP("manual", "The date of birth is in the future."),
    ManualCode.SEX_MISSING: QT_TRANSLATE_NOOP(
        "manual", "Choose the sex as it is on the document (X if the document shows none)."
    ),
    ManualCode.SEX_INVALID: QT_TRANSLATE_NOOP("manual", "The sex must be M, F or X."),
    ManualCode.NATIONALITY_MISSING: QT_TRANSLATE_NOOP("manual", "Enter the nationality."),
    ManualCode.NATIONALITY_UNKNOWN: QT_TRANSLATE_NOOP(
        "manual",
        "This is not a known nationality code. Use the three-letter code on the document "
        "(for example NLD, or XXA for a stateless person).",
    ),
    ManualCode.ISSUING_STATE_MISSING: QT_TRANSLATE_NOOP(
        "manual", "Enter the country that issued the document."
    ),
    ManualCode.ISSUING_STATE_UNKNOWN: QT_TRANSLATE_NOOP(
        "manual",
        "This is not a known country code. Use the three-letter code on the document (for example NLD).",
    ),
    ManualCode.ISSUING_MUNICIPALITY_INVALID: QT_TRANSLATE_NOOP(
        "manual", "The issuing municipality holds digits or symbols."
    ),
    ManualCode.DOCUMENT_NUMBER_MISSING: QT_TRANSLATE_NOOP("manual", "Enter the document number."),
    ManualCode.DOCUMENT_EXPIRY_MISSING: QT_TRANSLATE_NOOP(
        "manual", "Enter the date until which the document is valid."
    ),
    ManualCode.DOCUMENT_EXPIRY_INVALID: QT_TRANSLATE_NOOP(
        "manual", "The expiry date is not a date. Write it as DD/MM/YYYY."
    ),
    ManualCode.DOCUMENT_VALID_FROM_INVALID: QT_TRANSLATE_NOOP(
        "manual", "The date of issue is not a date. Write it as DD/MM/YYYY, or leave it empty."
    ),
    ManualCode.DOCUMENT_VALIDITY_ORDER: QT_TRANSLATE_NOOP(
        "manual", "The document cannot expire before it was issued. Check both dates."
    ),
    ManualCode.CARD_TYPE_MISSING: QT_TRANSLATE_NOOP(
        "manual", "Choose the card type printed on the card (identity card, card K, EU card, …)."
    ),
    ManualCode.CARD_TYPE_INVALID: QT_TRANSLATE_NOOP("manual", "Choose a card type from the list."),
    ManualCode.CARD_NOT_CHECKED: QT_TRANSLATE_NOOP(
        "manual",
        "The chip cannot prove this card: compare the face with the card's photo, check the card itself, "
        "then tick the box.",
    ),
}
PASSPORT_NUMBER_MESSAGE = QT_TRANSLATE_NOOP("manual", "A passport number has 5 to 9 letters and digits.")
OTHER_NUMBER_MESSAGE = QT_TRANSLATE_NOOP(
    "manual", "A document number has 3 to 20 letters, digits, dashes or slashes."
)
