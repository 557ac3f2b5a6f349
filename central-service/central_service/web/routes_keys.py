"""Digital keys: choosing one, setting it up with one correct code, and the signed-in page.

During activation (stage ``new_account``) the first confirmed key makes the account usable and the
registration ``activated``. Signed in, another key may be added within a few minutes of a second factor;
later, the citizen proves one of their keys again first (``/login/key``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response
from sqlalchemy.orm import Session

from central_service.models import Account, DigitalKey, KeyKind, Registration, StoredStatus
from central_service.sms import mobile_number
from central_service.web import audit, keys, presenting, totp
from central_service.web.activation import link_state
from central_service.web.citizen import FRESH_FOR
from central_service.web.keys import KeyCheck
from central_service.web.pages import Visit, visit
from central_service.web.routes_activation import forbidden, guarded, link_page, session_gone
from central_service.web.sessions import Stage

router = APIRouter(include_in_schema=False)
VisitDep = Annotated[Visit, Depends(visit)]
Field = Annotated[str, Form()]
_CODE_FORM = presenting.CodeForm(action="/keys/confirm", resend="/keys/resend", other_key="/keys/new")


def _may_add(visit: Visit) -> bool:
    """Activating, or signed in with a fresh second factor."""
    session = visit.session
    if session is None or session.account_id is None:
        return False
    if session.stage == Stage.NEW_ACCOUNT:
        return True
    fresh = session.fresh_until is not None and session.fresh_until > visit.citizen.clock()
    return session.stage == Stage.SIGNED_IN and fresh


def _refuse(visit: Visit) -> Response:
    if visit.at(Stage.SIGNED_IN) is not None:
        return visit.redirect("/login/key", then="add")  # prove a key again first
    return session_gone(visit)


def _choose_page(visit: Visit, status: int = 200, errors: dict[str, str] | None = None) -> Response:
    t = visit.t
    activating = visit.at(Stage.NEW_ACCOUNT) is not None
    return visit.page(
        "key_choose.html",
        status,
        title=t("keys.choose_title"),
        intro=t("keys.choose_intro_first" if activating else "keys.choose_intro_more"),
        kinds=[kind.value for kind in KeyKind],
        cancel_url=None if activating else "/keys",
        errors=errors or {},
    )


@router.get("/keys/new")
def choose(visit: VisitDep) -> Response:
    return _choose_page(visit) if _may_add(visit) else _refuse(visit)


@router.post("/keys/new")
def chosen(visit: VisitDep, kind: Field = "", csrf_token: Field = "") -> Response:
    if not visit.csrf_ok(csrf_token):
        return forbidden(visit)
    if not _may_add(visit):
        return _refuse(visit)
    if kind not in {k.value for k in KeyKind}:
        return _choose_page(visit, 422, errors={"kind": visit.t("keys.choose_missing")})
    session = visit.session
    assert session is not None and session.account_id is not None
    citizen = visit.citizen
    with citizen.db.transaction() as db:
        key = keys.start(db, citizen.box, session.account_id, KeyKind(kind), citizen.clock())
    visit.citizen.sessions.update(session, key_id=key.id)
    if key.kind == KeyKind.EMAIL:
        return _send(visit, key.id, "/keys/confirm")
    return visit.redirect("/keys/confirm")


def _pending(visit: Visit) -> tuple[DigitalKey, Account, Registration] | None:
    session = visit.session
    if not _may_add(visit) or session is None or session.key_id is None:
        return None
    with visit.citizen.db.reading() as db:
        key = db.get(DigitalKey, session.key_id)
        account = db.get(Account, session.account_id)
        if key is None or account is None or key.account_id != account.id or key.confirmed_at is not None:
            return None
        registration = db.get(Registration, account.registration_id)
        assert registration is not None
        return key, account, registration


def _confirm_page(visit: Visit, status: int = 200, errors: dict[str, str] | None = None) -> Response:
    pending = _pending(visit)
    if pending is None:
        return _refuse(visit)
    key, _, registration = pending
    t = visit.t
    presenting.sent_notice(visit)
    if key.kind == KeyKind.TOTP:
        secret = totp.grouped(keys.totp_secret(visit.citizen.box, key))
        return visit.page("key_totp.html", status, title=t("totp.title"), secret=secret, errors=errors or {})
    if key.kind == KeyKind.SMS and key.phone is None:
        return visit.page("key_phone.html", status, title=t("sms.title"), errors=errors or {})
    return presenting.code_page(
        visit, status, key, registration, _CODE_FORM, title=t(f"otp.confirm_title_{key.kind}"), errors=errors
    )


@router.get("/keys/confirm")
def confirm_form(visit: VisitDep) -> Response:
    return _confirm_page(visit)


@router.get("/keys/qr.svg")
def qr_code(visit: VisitDep) -> Response:
    pending = _pending(visit)
    if pending is None or pending[0].kind != KeyKind.TOTP:
        return Response(status_code=404)
    key, account, _ = pending
    uri = totp.provisioning_uri(keys.totp_secret(visit.citizen.box, key), account.username)
    return Response(totp.qr_svg(uri), media_type="image/svg+xml", headers={"Cache-Control": "no-store"})


@router.post("/keys/phone")
def phone_submit(visit: VisitDep, phone: Field = "", csrf_token: Field = "") -> Response:
    if not visit.csrf_ok(csrf_token):
        return forbidden(visit)
    pending = _pending(visit)
    if pending is None or pending[0].kind != KeyKind.SMS:
        return _refuse(visit)
    number = mobile_number(phone)
    if number is None:
        t = visit.t
        return visit.page(
            "key_phone.html",
            422,
            title=t("sms.title"),
            errors={"phone": t("sms.phone_invalid")},
            values={"phone": phone},
        )
    with visit.citizen.db.transaction() as db:
        row = db.get(DigitalKey, pending[0].id)
        assert row is not None
        row.phone = number
    return _send(visit, pending[0].id, "/keys/confirm")


@router.post("/keys/resend")
def resend(visit: VisitDep, csrf_token: Field = "") -> Response:
    if not visit.csrf_ok(csrf_token):
        return forbidden(visit)
    pending = _pending(visit)
    if pending is None:
        return _refuse(visit)
    return _send(visit, pending[0].id, "/keys/confirm")


def _send(visit: Visit, key_id: uuid.UUID, then: str) -> Response:
    """Send a code for the key and go to ``then``, which says whether it went out."""
    return visit.redirect(then, sent=presenting.send_code(visit, key_id))


@router.post("/keys/confirm")
def confirm_submit(visit: VisitDep, code: Field = "", csrf_token: Field = "") -> Response:
    if (refusal := guarded(visit, csrf_token)) is not None:
        return refusal
    pending = _pending(visit)
    if pending is None:
        return _refuse(visit)
    key, account, registration = pending
    citizen, t = visit.citizen, visit.t
    now = citizen.clock()
    with citizen.db.transaction() as db:
        row = db.get(Account, account.id, with_for_update=True)
        key_row = db.get(DigitalKey, key.id)
        first = (
            db.get(Registration, registration.id, with_for_update=True)
            if account.activated_at is None
            else None
        )
        assert row is not None and key_row is not None
        if first is not None and first.status != StoredStatus.ACCEPTED:
            result: KeyCheck | None = KeyCheck.NONE  # re-issued or locked meanwhile: it may not finish
        elif citizen.signin.throttle.waiting(row, now):
            result = None
        else:
            result = keys.check_code(db, citizen.box, key_row, code, now)
            if result is KeyCheck.OK:
                key_row.confirmed_at = now
                audit.record(
                    db, audit.Event.KEY_ADDED, now, client=visit.client, account_id=row.id, detail=key.kind
                )
                if first is not None:
                    _activate(db, row, first, now, visit.client)
            else:
                row.failures += 1
                row.last_failure_at = now
                citizen.signin.throttle.count_failure(db, row, now, visit.client)
    if result is KeyCheck.NONE and first is not None:
        visit.end()
        return link_page(visit, link_state(first, now))
    if result is KeyCheck.OK:
        if not visit.advance(
            Stage.SIGNED_IN,
            account_id=account.id,
            registration_id=account.registration_id,
            key_id=None,
            fresh_until=now + FRESH_FOR,
        ):
            return session_gone(visit)
        return visit.redirect("/keys", added=key.kind)
    message = presenting.check_message(t, result)
    return _confirm_page(visit, 422, errors={"code": message})


def _activate(
    db: Session, account: Account, registration: Registration, now: dt.datetime, client: str | None
) -> None:
    """The first key is confirmed: the account can be used, and the counter will see ``activated``."""
    account.activated_at = now
    registration.status = StoredStatus.ACTIVATED
    registration.status_changed_at = now
    audit.record(
        db, audit.Event.ACTIVATED, now, client=client, registration_id=registration.id, account_id=account.id
    )


@router.get("/keys")
def my_keys(visit: VisitDep) -> Response:
    session = visit.at(Stage.SIGNED_IN)
    if session is None or session.account_id is None:
        return visit.redirect("/login")
    t = visit.t
    with visit.citizen.db.reading() as db:
        account = db.get(Account, session.account_id)
        registration = db.get(Registration, account.registration_id) if account else None
        listed = keys.confirmed(db, session.account_id)
    if account is None or registration is None:
        visit.end()
        return visit.redirect("/login")
    added = visit.request.query_params.get("added")
    if added in {kind.value for kind in KeyKind}:
        visit.notices.append(t("mykeys.added_notice", kind=t(f"keys.kind_{added}")))
    return visit.page(
        "keys.html",
        title=t("mykeys.title"),
        username=account.username,
        keys=[presenting.key_row(t, key, registration) for key in listed],
    )
