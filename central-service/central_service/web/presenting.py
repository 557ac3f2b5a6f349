"""How keys and codes are shown and sent from the pages: masked destinations, dates, messages, the code page.

Shared by the key pages (``routes_keys``) and sign-in (``routes_signin``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from central_service.mail import BRUSSELS
from central_service.models import Account, DigitalKey, KeyKind, Registration
from central_service.sms import masked
from central_service.web import keys, onetime
from central_service.web.i18n import Translator
from central_service.web.keys import KeyCheck

if TYPE_CHECKING:
    from fastapi.responses import Response

    from central_service.web.pages import Visit


def masked_email(email: str) -> str:
    """``n…@example.org``: the citizen recognises the address, a bystander does not read it."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}…@{domain}"


def detail(key: DigitalKey, registration: Registration) -> str:
    if key.kind == KeyKind.SMS and key.phone:
        return masked(key.phone)
    if key.kind == KeyKind.EMAIL:
        return masked_email(registration.email)
    return ""


def key_row(t: Translator, key: DigitalKey, registration: Registration) -> dict[str, str]:
    assert key.confirmed_at is not None
    local = key.confirmed_at.astimezone(BRUSSELS)
    added = t("format.date", day=local.day, month=local.month, year=local.year)
    return {"id": str(key.id), "kind": key.kind, "detail": detail(key, registration), "added": added}


def sent_to(t: Translator, key: DigitalKey, registration: Registration) -> str:
    if key.kind == KeyKind.TOTP:
        return t("otp.totp_intro")
    return t(f"otp.sent_{key.kind}", to=detail(key, registration))


@dataclass(frozen=True)
class CodeForm:
    """Where a code page's buttons go: the code typed, a new code asked for, another key chosen."""

    action: str
    resend: str
    other_key: str


def code_page(
    visit: Visit,
    status: int,
    key: DigitalKey,
    registration: Registration,
    form: CodeForm,
    *,
    title: str,
    errors: dict[str, str] | None,
) -> Response:
    """The page where the citizen types the code ``key`` sent (or, for an app, shows); an app's code
    cannot be sent again, so it gets no resend button."""
    t = visit.t
    totp_key = key.kind == KeyKind.TOTP
    return visit.page(
        "enter_code.html",
        status,
        title=title,
        intro=sent_to(t, key, registration),
        hint=t("otp.totp_hint" if totp_key else "otp.code_hint"),
        action=form.action,
        resend_action=None if totp_key else form.resend,
        other_url=form.other_key,
        errors=errors or {},
    )


def send_code(visit: Visit, key_id: uuid.UUID) -> str:
    """Issue and queue a code for an SMS or e-mail key: ``ok``, ``cooldown`` or ``daily_cap``."""
    citizen = visit.citizen
    with citizen.db.transaction() as db:
        key = db.get(DigitalKey, key_id)
        account = db.get(Account, key.account_id) if key else None
        registration = db.get(Registration, account.registration_id) if account else None
        if key is None or registration is None or key.kind == KeyKind.TOTP:
            return "ok"
        issued = keys.send_code(db, citizen.box, key, registration, visit.language, citizen.clock())
    if isinstance(issued, onetime.NotIssued):
        return issued.reason
    if key.kind == KeyKind.SMS:
        citizen.sms.wake()
    else:
        citizen.wake_mail()
    return "ok"


def sent_notice(visit: Visit) -> None:
    """Say on the page whether the code just asked for went out (``?sent=`` after a redirect)."""
    sent = visit.request.query_params.get("sent")
    if sent in {"ok", "cooldown", "daily_cap"}:
        visit.notices.append(visit.t(f"otp.sent_notice_{sent}"))


def check_message(t: Translator, result: KeyCheck | None) -> str:
    """What to tell the citizen about a code that did not work (None: the account must wait)."""
    return t(f"otp.result_{result.value}" if result is not None else "otp.result_waiting")
