"""Who may be registered: pure rules that return every reason, never just the first.

A registration needs: the person in front of the clerk (no mail, phone or proxy), aged 12 or more on the
registration day, an accepted identity document that is valid that day, a national register or BIS number
that agrees with the document, and an e-mail address that is syntactically valid. Each failed rule is one
:class:`Reason`; the clerk sees all of them at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

from clerk_app.domain.documents import NON_CITIZEN_CARD_CODES, DocumentKind, card_type
from clerk_app.domain.identity import IdentityRecord
from clerk_app.domain.national_number import (
    NationalNumberError,
    NationalNumberProblem,
    mismatches,
    parse_national_number,
)
from clerk_app.domain.registration import RegistrationRequest
from clerk_app.translatable import QT_TRANSLATE_NOOP

MINIMUM_AGE = 12


@dataclass(frozen=True)
class Reason:
    """One reason a registration cannot (or can only conditionally) go ahead.

    ``code`` is stable (tests, logs, the UI's field highlighting); ``message`` is an English source text
    in translation context ``eligibility`` with ``{placeholders}`` filled from ``params``; ``field`` names
    the form field it is about, if any. ``blocking`` False means a note the clerk must see, not a refusal.
    """

    code: str
    message: str
    field: str | None = None
    params: dict[str, str] = dataclasses.field(default_factory=dict)
    blocking: bool = True

    def render(self) -> str:
        return self.message.format(**self.params)


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("eligibility", text)


CONTACT_FORM_GUIDANCE = _t(
    "People who live abroad and cannot come to a counter can ask for digital keys through the contact form "
    "of 'Mijn digitale sleutels' (BOSA)."
)


def age_on(birth_date_earliest: dt.date, day: dt.date) -> int:
    years = day.year - birth_date_earliest.year
    if (day.month, day.day) < (birth_date_earliest.month, birth_date_earliest.day):
        years -= 1
    return years


def assess(request: RegistrationRequest, today: dt.date) -> tuple[Reason, ...]:
    """Every reason ``request`` cannot be registered on ``today`` (empty: it can)."""
    reasons: list[Reason] = []
    if not request.presence_confirmed:
        reasons.append(
            Reason(
                "presence_not_confirmed",
                _t(
                    "Confirm that the person is here in person. "
                    "Requests by mail, phone or proxy are not accepted."
                ),
                field="presence",
            )
        )
    reasons += _age_reasons(request.identity, today)
    reasons += _document_reasons(request.identity, today)
    reasons += _number_reasons(request.identity)
    reasons += _email_reasons(request.email)
    if not request.centre_id:
        reasons.append(Reason("centre_missing", _t("Choose the service centre first."), field="centre"))
    if not request.clerk.name.strip() or not request.clerk.staff_number.strip():
        reasons.append(
            Reason("clerk_missing", _t("Sign in with your name and staff number first."), field="clerk")
        )
    return tuple(reasons)


def _age_reasons(identity: IdentityRecord, today: dt.date) -> list[Reason]:
    birth = identity.birth_date
    latest = birth.latest()
    if latest is None:
        return [
            Reason(
                "birth_date_unknown",
                _t("The birth year is unknown, so the minimum age of 12 cannot be confirmed."),
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
                "age_unconfirmed_partial_date",
                _t(
                    "Only part of the birth date is known ({birth_date}); the person may still be under 12 "
                    "today. Registration is possible from {first_day}."
                ),
                field="birth_date",
                params={"birth_date": birth.iso(), "first_day": _twelfth_birthday(latest).isoformat()},
            )
        ]
    return [
        Reason(
            "under_minimum_age",
            _t("The person is under 12. Digital keys can be requested from the 12th birthday ({first_day})."),
            field="birth_date",
            params={"first_day": _twelfth_birthday(latest).isoformat()},
        )
    ]


def _twelfth_birthday(born: dt.date) -> dt.date:
    try:
        return born.replace(year=born.year + MINIMUM_AGE)
    except ValueError:  # born on 29 February
        return dt.date(born.year + MINIMUM_AGE, 3, 1)


def _document_reasons(identity: IdentityRecord, today: dt.date) -> list[Reason]:
    reasons: list[Reason] = []
    if identity.document_kind is DocumentKind.ELECTRONIC_CARD and identity.card_type_code is not None:
        kind = card_type(identity.card_type_code)
        if kind.kids:
            reasons.append(
                Reason(
                    "kids_card",
                    _t("A Kids-ID is only issued to children under 12; digital keys need an identity card."),
                    field="document",
                )
            )
        elif identity.card_type_code in NON_CITIZEN_CARD_CODES:
            reasons.append(
                Reason(
                    "card_type_not_accepted",
                    _t("This card type ({card_type}) does not identify a citizen. Ask for another document."),
                    field="document",
                    params={"card_type": str(identity.card_type_code)},
                )
            )
    if not identity.document_number.strip():
        reasons.append(
            Reason("document_number_missing", _t("Enter the document number."), field="document_number")
        )
    valid_until = identity.document_valid_until
    if valid_until is None:
        reasons.append(
            Reason(
                "document_expiry_missing",
                _t("Enter the document's expiry date."),
                field="document_valid_until",
            )
        )
    elif valid_until < today:
        reasons.append(
            Reason(
                "document_expired",
                _t("The document expired on {date}. Ask for a valid document.") + " " + CONTACT_FORM_GUIDANCE,
                field="document_valid_until",
                params={"date": valid_until.isoformat()},
            )
        )
    if identity.document_valid_from is not None and identity.document_valid_from > today:
        reasons.append(
            Reason(
                "document_not_yet_valid",
                _t("The document is only valid from {date}."),
                field="document_valid_from",
                params={"date": identity.document_valid_from.isoformat()},
            )
        )
    return reasons


_NUMBER_MESSAGES = {
    NationalNumberProblem.EMPTY: _t(
        "A national register or BIS number is required. A person without one cannot be registered here: "
        "they can ask the municipality (population or foreigners' service) for a BIS number first."
    ),
    NationalNumberProblem.FORMAT: _t("A national register or BIS number has 11 digits."),
    NationalNumberProblem.CHECKSUM: _t("The national register or BIS number is not valid (check digits)."),
    NationalNumberProblem.DATE: _t("The national register or BIS number contains an impossible birth date."),
}

_MISMATCH_MESSAGES = {
    "birth_year": _t("The birth year in the national number does not match the document."),
    "birth_month": _t("The birth month in the national number does not match the document."),
    "birth_day": _t("The birth day in the national number does not match the document."),
    "sex": _t("The sex encoded in the national number does not match the document."),
}


def _number_reasons(identity: IdentityRecord) -> list[Reason]:
    try:
        number = parse_national_number(identity.national_number)
    except NationalNumberError as exc:
        return [Reason(exc.problem.value, _NUMBER_MESSAGES[exc.problem], field="national_number")]
    return [
        Reason(
            f"national_number_{part.value}_mismatch", _MISMATCH_MESSAGES[part.value], field="national_number"
        )
        for part in mismatches(number, identity.birth_date, identity.sex)
    ]


def _email_reasons(email: str) -> list[Reason]:
    if not email.strip():
        return [Reason("email_missing", _t("Enter the citizen's e-mail address."), field="email")]
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError:
        return [
            Reason(
                "email_invalid",
                _t("This is not a valid e-mail address. Check it with the citizen."),
                field="email",
            )
        ]
    return []
