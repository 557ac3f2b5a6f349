"""Sign-in (``/login``): username and password, then one of the citizen's keys; and signing out.

Every failure of the first step shows one and the same message: an unknown username, a wrong password,
an account waiting after failures or locked. A signed-in citizen who wants to add a key after the
fresh window comes here too (``?then=add``) to prove a key again.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response

from central_service.models import Account, DigitalKey, KeyKind, Registration
from central_service.web import audit, keys, presenting
from central_service.web.citizen import FRESH_FOR
from central_service.web.keys import KeyCheck
from central_service.web.pages import Visit, visit
from central_service.web.routes_activation import forbidden, guarded, session_gone
from central_service.web.sessions import Stage

router = APIRouter(include_in_schema=False)
VisitDep = Annotated[Visit, Depends(visit)]
Field = Annotated[str, Form()]
_CODE_FORM = presenting.CodeForm(action="/login/code", resend="/login/resend", other_key="/login/key")


def _login_page(visit: Visit, status: int = 200, **context: object) -> Response:
    return visit.page("login.html", status, title=visit.t("login.title"), **context)


@router.get("/login")
def login_form(visit: VisitDep) -> Response:
    if visit.at(Stage.SIGNED_IN) is not None:
        return visit.redirect("/keys")
    if visit.request.query_params.get("signed_out"):
        visit.notices.append(visit.t("login.signed_out"))
    return _login_page(visit)


@router.post("/login")
def login_submit(
    visit: VisitDep, username: Field = "", password: Field = "", csrf_token: Field = ""
) -> Response:
    if (refusal := guarded(visit, csrf_token)) is not None:
        return refusal
    account = visit.citizen.signin.password(username.strip(), password, visit.client)
    if account is None:
        error = visit.t("login.failed")
        return _login_page(visit, 401, errors={"username": error}, values={"username": username.strip()})
    with visit.citizen.db.reading() as db:
        registration = db.get(Registration, account.registration_id)
        language = registration.language if registration else None
    if not visit.advance(
        Stage.PASSWORD_OK,
        account_id=account.id,
        registration_id=account.registration_id,
        key_id=None,
        language=language,
    ):
        return session_gone(visit)
    return visit.redirect("/login/key")


def _signing_in(visit: Visit) -> tuple[Account, Registration, list[DigitalKey]] | None:
    """The account being signed in to (or stepping up), its registration and its keys."""
    session = visit.at(Stage.PASSWORD_OK, Stage.SIGNED_IN)
    if session is None or session.account_id is None:
        return None
    with visit.citizen.db.reading() as db:
        account = db.get(Account, session.account_id)
        registration = db.get(Registration, account.registration_id) if account else None
        if account is None or registration is None:
            return None
        return account, registration, keys.confirmed(db, account.id)


@router.get("/login/key")
def key_choice(visit: VisitDep) -> Response:
    signing_in = _signing_in(visit)
    if signing_in is None:
        return session_gone(visit)
    _, registration, listed = signing_in
    t = visit.t
    if visit.request.query_params.get("then") == "add":
        visit.notices.append(t("login.step_up"))
    rows = [presenting.key_row(t, key, registration) for key in listed]
    return visit.page("login_key.html", title=t("login.key_title"), keys=rows)


@router.post("/login/key")
def key_chosen(visit: VisitDep, key: Field = "", csrf_token: Field = "") -> Response:
    if not visit.csrf_ok(csrf_token):
        return forbidden(visit)
    signing_in = _signing_in(visit)
    if signing_in is None or visit.session is None:
        return session_gone(visit)
    chosen = next((k for k in signing_in[2] if str(k.id) == key), None)
    if chosen is None:
        return visit.redirect("/login/key")
    visit.citizen.sessions.update(visit.session, key_id=chosen.id)
    if chosen.kind == KeyKind.TOTP:
        return visit.redirect("/login/code")
    return visit.redirect("/login/code", sent=presenting.send_code(visit, chosen.id))


def _chosen_key(visit: Visit) -> tuple[DigitalKey, Registration] | None:
    signing_in = _signing_in(visit)
    if signing_in is None or visit.session is None or visit.session.key_id is None:
        return None
    chosen = next((k for k in signing_in[2] if k.id == visit.session.key_id), None)
    return (chosen, signing_in[1]) if chosen is not None else None


def _code_page(visit: Visit, status: int = 200, errors: dict[str, str] | None = None) -> Response:
    chosen = _chosen_key(visit)
    if chosen is None:
        return session_gone(visit)
    key, registration = chosen
    presenting.sent_notice(visit)
    return presenting.code_page(
        visit, status, key, registration, _CODE_FORM, title=visit.t("login.code_title"), errors=errors
    )


@router.get("/login/code")
def code_form(visit: VisitDep) -> Response:
    return _code_page(visit)


@router.post("/login/code")
def code_submit(visit: VisitDep, code: Field = "", csrf_token: Field = "") -> Response:
    if (refusal := guarded(visit, csrf_token)) is not None:
        return refusal
    chosen = _chosen_key(visit)
    session = visit.session
    if chosen is None or session is None or session.account_id is None:
        return session_gone(visit)
    key = chosen[0]
    result = visit.citizen.signin.second_factor(session.account_id, key.id, code, visit.client)
    if result is not KeyCheck.OK:
        return _code_page(visit, 422, errors={"code": presenting.check_message(visit.t, result)})
    stepping_up = session.stage == Stage.SIGNED_IN
    fresh = visit.citizen.clock() + FRESH_FOR
    if not visit.advance(Stage.SIGNED_IN, key_id=None, fresh_until=fresh):
        return session_gone(visit)
    return visit.redirect("/keys/new" if stepping_up else "/keys")


@router.post("/login/resend")
def resend(visit: VisitDep, csrf_token: Field = "") -> Response:
    if not visit.csrf_ok(csrf_token):
        return forbidden(visit)
    chosen = _chosen_key(visit)
    if chosen is None:
        return session_gone(visit)
    return visit.redirect("/login/code", sent=presenting.send_code(visit, chosen[0].id))


@router.post("/logout")
def logout(visit: VisitDep, csrf_token: Field = "") -> Response:
    if not visit.csrf_ok(csrf_token):
        return forbidden(visit)
    session = visit.session
    if session is not None and session.account_id is not None:
        with visit.citizen.db.transaction() as db:
            audit.record(
                db,
                audit.Event.SIGNED_OUT,
                visit.citizen.clock(),
                client=visit.client,
                account_id=session.account_id,
            )
    visit.end()
    return visit.redirect("/login", signed_out="1")
