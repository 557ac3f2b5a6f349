"""A registration's status, the central service's reasons and re-issue refusals, in the clerk's language.

The status shown is the one at the moment of looking (:func:`clerk_app.domain.registration.status_at`): an
issued or accepted registration past its expiry is expired even before the store recorded it. A rejected
registration carries the central service's reason code (docs/wire-format.md); known codes get words, any
other is shown as the code itself (the store keeps only code-shaped reasons, never free text).
"""

from __future__ import annotations

from clerk_app.domain.reasons import Reason
from clerk_app.domain.registration import Registration, RegistrationStatus
from clerk_app.errors import InputError
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.i18n import translate
from clerk_app.ui.reason_text import reason_text

CONTEXT = "registrations"

_STATUS_WORDS = {
    RegistrationStatus.ISSUED: QT_TRANSLATE_NOOP("registrations", "Issued"),
    RegistrationStatus.ACCEPTED: QT_TRANSLATE_NOOP("registrations", "Accepted"),
    RegistrationStatus.ACTIVATED: QT_TRANSLATE_NOOP("registrations", "Activated"),
    RegistrationStatus.EXPIRED: QT_TRANSLATE_NOOP("registrations", "Expired"),
    RegistrationStatus.LOCKED: QT_TRANSLATE_NOOP(
        "registrations", "Locked (too many wrong codes: register again)"
    ),
    RegistrationStatus.REVOKED: QT_TRANSLATE_NOOP("registrations", "Revoked"),
    RegistrationStatus.REJECTED: QT_TRANSLATE_NOOP("registrations", "Rejected"),
}
_REJECTED_BECAUSE = QT_TRANSLATE_NOOP("registrations", "Rejected: {reason}")

_STATUS_MEANINGS = {
    RegistrationStatus.ISSUED: QT_TRANSLATE_NOOP(
        "registrations",
        "The code works. The registration waits on this computer and is sent to the central service "
        "automatically.",
    ),
    RegistrationStatus.ACCEPTED: QT_TRANSLATE_NOOP(
        "registrations", "The central service has it and e-mailed the activation link to the citizen."
    ),
    RegistrationStatus.ACTIVATED: QT_TRANSLATE_NOOP(
        "registrations", "The citizen activated their digital keys. Nothing more to do."
    ),
    RegistrationStatus.EXPIRED: QT_TRANSLATE_NOOP(
        "registrations",
        "The code was not used within 14 days and no longer works. Register the citizen anew.",
    ),
    RegistrationStatus.LOCKED: QT_TRANSLATE_NOOP(
        "registrations",
        "A wrong activation code was entered five times, so the link no longer works. Register the "
        "citizen anew with their document.",
    ),
    RegistrationStatus.REVOKED: QT_TRANSLATE_NOOP(
        "registrations", "This code no longer works: a newer registration replaced it."
    ),
    RegistrationStatus.REJECTED: QT_TRANSLATE_NOOP(
        "registrations", "The central service refused it; its code does not work. Register the citizen anew."
    ),
}

# The definitive refusals of ``POST /v1/registrations`` (docs/wire-format.md) and the store's own code
# for a reason that did not look like a code.
_CENTRAL_REASONS = {
    "invalid_body": QT_TRANSLATE_NOOP("registrations", "the data was incomplete or not valid"),
    "idempotency_conflict": QT_TRANSLATE_NOOP("registrations", "it was sent twice with different data"),
    "centre_mismatch": QT_TRANSLATE_NOOP(
        "registrations", "the service centre does not belong to this workstation"
    ),
    "registration_conflict": QT_TRANSLATE_NOOP(
        "registrations", "another registration already has the same identifier"
    ),
    "registration_expired": QT_TRANSLATE_NOOP(
        "registrations", "it reached the central service after its code had expired"
    ),
    "unreadable_code": QT_TRANSLATE_NOOP("registrations", "an answer that could not be read"),
}
_OTHER_REASON = QT_TRANSLATE_NOOP("registrations", "code {code}")

# Reason codes of the store's ``reissue`` besides eligibility's (``clerk_app.storage.registrations``).
REISSUE_NOT_ALLOWED = "reissue_not_allowed"
REISSUE_PURGED = "reissue_personal_data_purged"

REISSUE_REASONS = {
    REISSUE_NOT_ALLOWED: Reason(
        REISSUE_NOT_ALLOWED,
        QT_TRANSLATE_NOOP(
            "registrations",
            "This registration can no longer be re-issued: its code was already replaced, refused, used or "
            "has expired. Register the citizen anew with their document.",
        ),
        context=CONTEXT,
    ),
    REISSUE_PURGED: Reason(
        REISSUE_PURGED,
        QT_TRANSLATE_NOOP(
            "registrations",
            "The citizen's data of this registration was erased after the retention period, so it cannot "
            "be re-issued. Register the citizen anew with their document.",
        ),
        context=CONTEXT,
    ),
}


def status_word(status: RegistrationStatus) -> str:
    return translate(CONTEXT, _STATUS_WORDS[status])


def central_reason(code: str | None) -> str:
    """The central service's refusal in words (a code without words is shown as it is)."""
    if code is None:
        return translate(CONTEXT, _OTHER_REASON).format(code="?")
    known = _CENTRAL_REASONS.get(code)
    if known is not None:
        return translate(CONTEXT, known)
    return translate(CONTEXT, _OTHER_REASON).format(code=code)


def status_text(registration: Registration, status: RegistrationStatus) -> str:
    """``status`` (as :func:`status_at` gives it) in words; a rejection with the service's reason."""
    if status is RegistrationStatus.REJECTED:
        return translate(CONTEXT, _REJECTED_BECAUSE).format(
            reason=central_reason(registration.rejection_reason)
        )
    return status_word(status)


def status_meaning(status: RegistrationStatus) -> str:
    """What the status means for the citizen and what the clerk can do."""
    return translate(CONTEXT, _STATUS_MEANINGS[status])


def refusal_texts(error: InputError, assessed: tuple[Reason, ...] = ()) -> list[str]:
    """The store's refusal, one translated line per reason code.

    ``assessed`` are the eligibility reasons the UI computed for the same request: the store refuses with
    their codes only. A code found in neither (the store judged on a later day, say) gives the generic
    message of :class:`InputError` once.
    """
    by_code = {reason.code: reason for reason in assessed}
    texts: list[str] = []
    unknown = False
    for code in error.reasons:
        reason = REISSUE_REASONS.get(code) or by_code.get(code)
        if reason is None:
            unknown = True
        else:
            texts.append(reason_text(reason))
    if unknown or not texts:
        texts.append(error.render(translate("errors", error.message)))
    return texts
