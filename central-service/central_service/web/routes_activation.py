"""The e-mailed link, the activation code, then username and password (the first pages a citizen sees).

``GET /activate/{token}`` looks the token up and, for a valid link, starts a session bound to that
registration and redirects to ``/activate/code``, so the token is in no later URL, form or page.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response

from central_service.models import Registration
from central_service.web import accounts, activation, audit
from central_service.web.activation import LinkState, Verdict
from central_service.web.pages import Visit, visit
from central_service.web.passwords import weakness
from central_service.web.sessions import Stage

router = APIRouter(include_in_schema=False)
VisitDep = Annotated[Visit, Depends(visit)]
Field = Annotated[str, Form()]


def not_found(visit: Visit) -> Response:
    t = visit.t
    return visit.page(
        "message.html", 404, form=False, title=t("notfound.title"), paragraphs=[t("notfound.text")]
    )


def link_page(visit: Visit, state: LinkState) -> Response:
    """Why a link no longer works, and where to go instead."""
    t = visit.t
    paragraphs = [t(f"link.{state.value}_text"), t(f"link.{state.value}_next")]
    centres = () if state is LinkState.REPLACED else visit.citizen.settings.centres
    status = 403 if state is LinkState.LOCKED else 410
    return visit.page(
        "message.html",
        status,
        form=False,
        title=t(f"link.{state.value}_title"),
        paragraphs=paragraphs,
        centres=centres,
    )


def session_gone(visit: Visit) -> Response:
    """The session this page needs ended (idle too long, another tab went on, or never started)."""
    t = visit.t
    return visit.page(
        "message.html",
        401,
        form=False,
        title=t("gone.title"),
        paragraphs=[t("gone.text")],
        action_url="/login",
        action_label=t("gone.sign_in"),
    )


def guarded(visit: Visit, csrf_token: str) -> Response | None:
    """The answer instead of handling a POST that guesses a secret: without its CSRF token (403), or
    over the client address's budget of guesses (429); None to go on."""
    if not visit.csrf_ok(csrf_token):
        return forbidden(visit)
    decision = visit.citizen.guess_allowed(visit.client)
    if decision.allowed:
        return None
    t = visit.t
    minutes = max(1, -(-decision.retry_after_seconds // 60))
    response = visit.page(
        "message.html", 429, form=False, title=t("limit.title"), paragraphs=[t("limit.text", minutes=minutes)]
    )
    response.headers["Retry-After"] = str(decision.retry_after_seconds)
    return response


def forbidden(visit: Visit) -> Response:
    """A form posted without its CSRF token (or with another session's)."""
    t = visit.t
    return visit.page("message.html", 403, form=False, title=t("csrf.title"), paragraphs=[t("csrf.text")])


def _registration(visit: Visit) -> Registration | None:
    session = visit.session
    if session is None or session.registration_id is None:
        return None
    with visit.citizen.db.reading() as db:
        return db.get(Registration, session.registration_id)


def _step_page(visit: Visit, step: str, status: int = 200, **context: object) -> Response:
    """A step of the activation: the template ``{step}.html``, titled by the text ``{step}.title``."""
    return visit.page(f"{step}.html", status, title=visit.t(f"{step}.title"), **context)


def _step_form(visit: Visit, step: str, reached: Stage) -> Response:
    """A step's empty form, for a session that has ``reached`` the stage it needs."""
    if visit.at(reached) is None:
        return session_gone(visit)
    return _step_page(visit, step)


@router.get("/activate/code")
def code_form(visit: VisitDep) -> Response:
    return _step_form(visit, "code", Stage.LINK)


@router.post("/activate/code")
def code_submit(visit: VisitDep, code: Field = "", csrf_token: Field = "") -> Response:
    if (refusal := guarded(visit, csrf_token)) is not None:
        return refusal
    session = visit.at(Stage.LINK)
    if session is None or session.registration_id is None:
        return session_gone(visit)
    t = visit.t
    result = visit.citizen.codes.check(session.registration_id, code, visit.client)
    if result.verdict is Verdict.RIGHT:
        if not visit.advance(Stage.CODE_OK):
            return session_gone(visit)
        return visit.redirect("/activate/account")
    if result.verdict in (Verdict.WRONG, Verdict.MALFORMED):
        key = "code.wrong" if result.verdict is Verdict.WRONG else "code.malformed"
        message = t(key, left=result.attempts_left)
        return _step_page(visit, "code", 422, errors={"code": message}, values={"code": code})
    registration = _registration(visit)
    visit.end()
    if registration is None:
        return not_found(visit)
    return link_page(visit, activation.link_state(registration, visit.citizen.clock()))


@router.get("/activate/account")
def account_form(visit: VisitDep) -> Response:
    return _step_form(visit, "account", Stage.CODE_OK)


@router.post("/activate/account")
def account_submit(
    visit: VisitDep,
    username: Field = "",
    password: Field = "",
    password_again: Field = "",
    csrf_token: Field = "",
) -> Response:
    if not visit.csrf_ok(csrf_token):
        return forbidden(visit)
    session = visit.at(Stage.CODE_OK)
    registration = _registration(visit)
    if session is None or registration is None:
        return session_gone(visit)
    t = visit.t
    username = username.strip()
    errors: dict[str, str] = {}
    problem = accounts.username_problem(username)
    if problem is not None:
        errors["username"] = t(f"account.username_{problem.value}")
    weak = weakness(password, username, accounts.personal_words(registration))
    if weak is not None:
        errors["password"] = t(f"account.password_{weak.value}")
    elif password != password_again:
        errors["password_again"] = t("account.password_mismatch")
    if not errors:
        password_hash = visit.citizen.hashing.hash(password)
        now = visit.citizen.clock()
        with visit.citizen.db.transaction() as db:
            account = accounts.set_credentials(db, registration, username, password_hash, now)
            if account is not None:
                audit.record(
                    db,
                    audit.Event.CREDENTIALS_SET,
                    now,
                    client=visit.client,
                    registration_id=registration.id,
                    account_id=account.id,
                )
        if account is None:
            errors["username"] = t("account.username_taken")
        else:
            if not visit.advance(Stage.NEW_ACCOUNT, account_id=account.id):
                return session_gone(visit)
            return visit.redirect("/keys/new")
    return _step_page(visit, "account", 422, errors=errors, values={"username": username})


# Last: /activate/code and /activate/account must win over this pattern.
@router.get("/activate/{token}")
def open_link(token: str, visit: VisitDep) -> Response:
    registration = activation.find_by_token(visit.citizen.db, token)
    if registration is None:
        return not_found(visit)
    visit.prefer(registration.language)
    state = activation.link_state(registration, visit.citizen.clock())
    if state is LinkState.VALID:
        visit.restart(Stage.LINK, registration_id=registration.id, language=registration.language)
        return visit.redirect("/activate/code")
    if state is LinkState.ACTIVATED:
        return visit.redirect("/login")
    return link_page(visit, state)
