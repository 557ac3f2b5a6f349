"""Who may be registered: pure rules that return every reason, never just the first.

A registration needs: the person in front of the clerk (no mail, phone or proxy), aged 12 or more on the
registration day, an accepted identity document that is valid that day, a national register or BIS number
that agrees with the document, and an e-mail address that is syntactically valid. Each failed rule is one
:class:`Reason`; the clerk sees all of them at once. For a person who lives abroad
(``RegistrationRequest.lives_abroad``) and has no document valid that day, one reason with the contact-form
guidance replaces the validity reasons.

Messages are English source texts in translation context ``eligibility``, written out as literal
``QT_TRANSLATE_NOOP`` calls so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from clerk_app.domain.documents import CARD_KINDS, NON_CITIZEN_CARD_CODES, DocumentKind, card_type
from clerk_app.domain.identity import IdentityRecord
from clerk_app.domain.national_number import (
    Mismatch,
    NationalNumberError,
    NationalNumberProblem,
    mismatches,
    parse_national_number,
)
from clerk_app.domain.reasons import Reason
from clerk_app.domain.registration import RegistrationRequest
from clerk_app.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "MINIMUM_AGE",
    "Reason",
    "ReasonCode",
    "age_on",
    "assess",
    "email_reasons",
    "national_number_reasons",
]

MINIMUM_AGE = 12
#: ICAO code of Belgium, as manual documents record nationality and issuing state.
BELGIUM = "BEL"


class ReasonCode(StrEnum):
    """Every code :func:`assess` can return."""

    PRESENCE_NOT_CONFIRMED = "presence_not_confirmed"
    SURNAME_MISSING = "surname_missing"
    BIRTH_DATE_UNKNOWN = "birth_date_unknown"
    AGE_UNCONFIRMED_PARTIAL_DATE = "age_unconfirmed_partial_date"
    UNDER_MINIMUM_AGE = "under_minimum_age"
    KIDS_CARD = "kids_card"
    CARD_TYPE_NOT_ACCEPTED = "card_type_not_accepted"
    CARD_TYPE_MISSING = "card_type_missing"
    BELGIAN_PASSPORT_NOT_BELGIAN = "belgian_passport_not_belgian"
    FOREIGN_DOCUMENT_FOR_BELGIAN = "foreign_document_for_belgian"
    DOCUMENT_NUMBER_MISSING = "document_number_missing"
    DOCUMENT_EXPIRY_MISSING = "document_expiry_missing"
    DOCUMENT_EXPIRED = "document_expired"
    DOCUMENT_NOT_YET_VALID = "document_not_yet_valid"
    ABROAD_WITHOUT_VALID_DOCUMENT = "abroad_without_valid_document"
    NATIONAL_NUMBER_MISSING = NationalNumberProblem.EMPTY.value
    NATIONAL_NUMBER_FORMAT = NationalNumberProblem.FORMAT.value
    NATIONAL_NUMBER_CHECKSUM = NationalNumberProblem.CHECKSUM.value
    NATIONAL_NUMBER_DATE = NationalNumberProblem.DATE.value
    NATIONAL_NUMBER_BIRTH_YEAR_MISMATCH = "national_number_birth_year_mismatch"
    NATIONAL_NUMBER_BIRTH_MONTH_MISMATCH = "national_number_birth_month_mismatch"
    NATIONAL_NUMBER_BIRTH_DAY_MISMATCH = "national_number_birth_day_mismatch"
    NATIONAL_NUMBER_SEX_MISMATCH = "national_number_sex_mismatch"
    EMAIL_MISSING = "email_missing"
    EMAIL_INVALID = "email_invalid"
    CENTRE_MISSING = "centre_missing"
    CLERK_MISSING = "clerk_missing"


CONTACT_FORM_GUIDANCE = QT_TRANSLATE_NOOP(
    "eligibility",
    "This person lives abroad and has no identity document that is valid today, so they cannot be "
    "registered at the counter. They can ask for digital keys through the contact form of "
    "'Mijn digitale sleutels' (FPS BOSA).",
)


def age_on(born: dt.date, day: dt.date) -> int:
    """Completed years on ``day`` for someone born on ``born``."""
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def assess(request: RegistrationRequest, today: dt.date) -> tuple[Reason, ...]:
    """Every reason ``request`` cannot be registered on ``today`` (empty: it can)."""
    reasons: list[Reason] = []
    if not request.presence_confirmed:
        reasons.append(
            Reason(
                ReasonCode.PRESENCE_NOT_CONFIRMED,
                QT_TRANSLATE_NOOP(
                    "eligibility",
                    "Confirm that the person is here in person. "
                    "Requests by mail, phone or proxy are not accepted.",
                ),
                field="presence",
            )
        )
    identity = request.identity
    if not identity.surname.strip():
        reasons.append(
            Reason(
                ReasonCode.SURNAME_MISSING,
                QT_TRANSLATE_NOOP("eligibility", "Enter the surname as it is on the document."),
                field="surname",
            )
        )
    reasons += _age_reasons(identity, today)
    reasons += _document_type_reasons(identity)
    reasons += _document_reasons(identity, today, lives_abroad=request.lives_abroad)
    reasons += national_number_reasons(identity.national_number)
    reasons += _mismatch_reasons(identity)
    reasons += email_reasons(request.email)
    if not request.centre_id.strip():
        reasons.append(
            Reason(
                ReasonCode.CENTRE_MISSING,
                QT_TRANSLATE_NOOP("eligibility", "Choose the service centre first."),
                field="centre",
            )
        )
    if not request.clerk.name.strip() or not request.clerk.staff_number.strip():
        reasons.append(
            Reason(
                ReasonCode.CLERK_MISSING,
                QT_TRANSLATE_NOOP("eligibility", "Sign in with your name and staff number first."),
                field="clerk",
            )
        )
    return tuple(reasons)


def _age_reasons(identity: IdentityRecord, today: dt.date) -> list[Reason]:
    birth = identity.birth_date
    latest = birth.latest()
    if latest is None:
        return [
            Reason(
                ReasonCode.BIRTH_DATE_UNKNOWN,
                QT_TRANSLATE_NOOP(
                    "eligibility",
                    "The birth year is unknown, so the minimum age of 12 cannot be confirmed. "
                    "If another valid document shows the birth date, register with that document.",
                ),
                field="birth_date",
            )
        ]
    # Conservative: the person must be 12 even if born on the last possible day of a partial date.
    if age_on(latest, today) >= MINIMUM_AGE:
        return []
    earliest = birth.earliest()
    if not birth.is_complete and earliest is not None and age_on(earliest, today) >= MINIMUM_AGE:
        return [
            Reason(
                ReasonCode.AGE_UNCONFIRMED_PARTIAL_DATE,
                QT_TRANSLATE_NOOP(
                    "eligibility",
                    "Only part of the birth date is known ({birth_date}); the person may still be under 12 "
                    "today. Registration is possible from {first_day}.",
                ),
                field="birth_date",
                params={"birth_date": birth.iso(), "first_day": _twelfth_birthday(latest).isoformat()},
            )
        ]
    return [
        Reason(
            ReasonCode.UNDER_MINIMUM_AGE,
            QT_TRANSLATE_NOOP(
                "eligibility",
                "The person is under 12. Digital keys can be requested from the 12th birthday ({first_day}).",
            ),
            field="birth_date",
            params={"first_day": _twelfth_birthday(latest).isoformat()},
        )
    ]


def _twelfth_birthday(born: dt.date) -> dt.date:
    try:
        return born.replace(year=born.year + MINIMUM_AGE)
    except ValueError:  # born on 29 February
        return dt.date(born.year + MINIMUM_AGE, 3, 1)


def _document_type_reasons(identity: IdentityRecord) -> list[Reason]:
    """Is this kind of document accepted for this person?

    Belgian cards (read by chip, or typed when the chip is unreadable): not a kids card (issued only
    under 12), not a staff or roll-out card; they are for Belgians and foreigners alike. Other documents
    record nationality and issuing state as ICAO codes: a Belgian passport is for Belgians, and a Belgian
    registers with their eID or Belgian passport, not with a foreign or a foreigners' document.
    """
    kind = identity.document_kind
    if kind in CARD_KINDS:
        if identity.card_type_code is None:
            return [
                Reason(
                    ReasonCode.CARD_TYPE_MISSING,
                    QT_TRANSLATE_NOOP(
                        "eligibility", "The card type is unknown. Read the card again in the card reader."
                    ),
                    field="document",
                )
            ]
        card = card_type(identity.card_type_code)
        if card.kids:
            return [
                Reason(
                    ReasonCode.KIDS_CARD,
                    QT_TRANSLATE_NOOP(
                        "eligibility",
                        "A kids card is only issued to children under 12 and cannot be used for digital "
                        "keys. Ask for an identity card, residence card or passport.",
                    ),
                    field="document",
                )
            ]
        if card.code in NON_CITIZEN_CARD_CODES:
            return [
                Reason(
                    ReasonCode.CARD_TYPE_NOT_ACCEPTED,
                    QT_TRANSLATE_NOOP(
                        "eligibility",
                        "This card type ({card_type}) does not identify a citizen. Ask for another document.",
                    ),
                    field="document",
                    params={"card_type": str(card.code)},
                )
            ]
        return []
    nationality = identity.nationality.strip().upper()
    if kind is DocumentKind.BELGIAN_PASSPORT and nationality != BELGIUM:
        return [
            Reason(
                ReasonCode.BELGIAN_PASSPORT_NOT_BELGIAN,
                QT_TRANSLATE_NOOP(
                    "eligibility",
                    "A Belgian passport is only issued to Belgians, but the nationality is not Belgian. "
                    "Check the nationality or the document type.",
                ),
                field="nationality",
            )
        ]
    foreign_issuer = kind in (DocumentKind.FOREIGN_PASSPORT, DocumentKind.OTHER_FOREIGN_ID)
    if kind is not DocumentKind.BELGIAN_PASSPORT and (
        nationality == BELGIUM or (foreign_issuer and identity.issuing_authority.strip().upper() == BELGIUM)
    ):
        return [
            Reason(
                ReasonCode.FOREIGN_DOCUMENT_FOR_BELGIAN,
                QT_TRANSLATE_NOOP(
                    "eligibility",
                    "Belgians register with their eID or their Belgian passport, not with this document "
                    "type. Read the eID or choose 'Belgian passport'.",
                ),
                field="nationality" if nationality == BELGIUM else "issuing_authority",
            )
        ]
    return []


def _document_reasons(identity: IdentityRecord, today: dt.date, *, lives_abroad: bool) -> list[Reason]:
    reasons: list[Reason] = []
    if not identity.document_number.strip():
        reasons.append(
            Reason(
                ReasonCode.DOCUMENT_NUMBER_MISSING,
                QT_TRANSLATE_NOOP("eligibility", "Enter the document number."),
                field="document_number",
            )
        )
    validity: list[Reason] = []
    valid_until = identity.document_valid_until
    if valid_until is None:
        validity.append(
            Reason(
                ReasonCode.DOCUMENT_EXPIRY_MISSING,
                QT_TRANSLATE_NOOP("eligibility", "Enter the document's expiry date."),
                field="document_valid_until",
            )
        )
    elif valid_until < today:
        validity.append(
            Reason(
                ReasonCode.DOCUMENT_EXPIRED,
                QT_TRANSLATE_NOOP("eligibility", "The document expired on {date}. Ask for a valid document."),
                field="document_valid_until",
                params={"date": valid_until.isoformat()},
            )
        )
    if identity.document_valid_from is not None and identity.document_valid_from > today:
        validity.append(
            Reason(
                ReasonCode.DOCUMENT_NOT_YET_VALID,
                QT_TRANSLATE_NOOP(
                    "eligibility", "The document is only valid from {date}. Ask for a document valid today."
                ),
                field="document_valid_from",
                params={"date": identity.document_valid_from.isoformat()},
            )
        )
    if validity and lives_abroad:
        # One reason instead of the validity ones: what matters to this person is the other route.
        validity = [
            Reason(
                ReasonCode.ABROAD_WITHOUT_VALID_DOCUMENT,
                CONTACT_FORM_GUIDANCE,
                field=validity[0].field,
            )
        ]
    return reasons + validity


_NUMBER_MESSAGES = {
    # Two lines under the field at 1024 px: why it is needed, and what a person without one does.
    NationalNumberProblem.EMPTY: QT_TRANSLATE_NOOP(
        "eligibility",
        "Required: the digital keys are linked to it. Without one, the person cannot register until a "
        "Belgian institution (e.g. the employer) requests a BIS number.",
    ),
    NationalNumberProblem.FORMAT: QT_TRANSLATE_NOOP(
        "eligibility",
        "A national register or BIS number has 11 digits (dots, dashes and spaces are allowed).",
    ),
    NationalNumberProblem.CHECKSUM: QT_TRANSLATE_NOOP(
        "eligibility", "The national register or BIS number is not valid (its check digits do not match)."
    ),
    NationalNumberProblem.DATE: QT_TRANSLATE_NOOP(
        "eligibility", "The national register or BIS number contains an impossible birth month."
    ),
}

_MISMATCH_REASONS = {
    Mismatch.BIRTH_YEAR: (
        ReasonCode.NATIONAL_NUMBER_BIRTH_YEAR_MISMATCH,
        QT_TRANSLATE_NOOP(
            "eligibility", "The birth year in the national number does not match the document."
        ),
    ),
    Mismatch.BIRTH_MONTH: (
        ReasonCode.NATIONAL_NUMBER_BIRTH_MONTH_MISMATCH,
        QT_TRANSLATE_NOOP(
            "eligibility", "The birth month in the national number does not match the document."
        ),
    ),
    Mismatch.BIRTH_DAY: (
        ReasonCode.NATIONAL_NUMBER_BIRTH_DAY_MISMATCH,
        QT_TRANSLATE_NOOP("eligibility", "The birth day in the national number does not match the document."),
    ),
    Mismatch.SEX: (
        ReasonCode.NATIONAL_NUMBER_SEX_MISMATCH,
        QT_TRANSLATE_NOOP(
            "eligibility", "The sex encoded in the national number does not match the document."
        ),
    ),
}


def national_number_reasons(text: str) -> list[Reason]:
    """What is wrong with ``text`` as a national register or BIS number (empty: nothing)."""
    try:
        parse_national_number(text)
    except NationalNumberError as exc:
        return [Reason(exc.problem.value, _NUMBER_MESSAGES[exc.problem], field="national_number")]
    return []


def _mismatch_reasons(identity: IdentityRecord) -> list[Reason]:
    try:
        number = parse_national_number(identity.national_number)
    except NationalNumberError:
        return []  # already reported by national_number_reasons
    return [
        Reason(_MISMATCH_REASONS[part][0], _MISMATCH_REASONS[part][1], field="national_number")
        for part in mismatches(number, identity.birth_date, identity.sex)
    ]


def email_reasons(email: str) -> list[Reason]:
    """What is wrong with ``email`` as the citizen's address: syntax only, no network look-up."""
    if not email.strip():
        return [
            Reason(
                ReasonCode.EMAIL_MISSING,
                QT_TRANSLATE_NOOP("eligibility", "Enter the citizen's e-mail address."),
                field="email",
            )
        ]
    from email_validator import EmailNotValidError, validate_email  # compiles its grammar: off the start

    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError:
        return [
            Reason(
                ReasonCode.EMAIL_INVALID,
                QT_TRANSLATE_NOOP(
                    "eligibility", "This is not a valid e-mail address. Check it with the citizen."
                ),
                field="email",
            )
        ]
    return []
