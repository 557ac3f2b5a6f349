"""One visit of the citizen's browser: its session and language, rendering a page, redirecting.

Every page is rendered from a Jinja2 template with the translator ``t``, the language switch and the
session's CSRF token. The session cookie is ``HttpOnly`` and ``SameSite=Lax``, ``Secure`` (and named
``__Host-session``) behind https. A language picked with the switch is remembered in a cookie.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from central_service.models import WebSession
from central_service.web import csrf, i18n
from central_service.web.citizen import Citizen
from central_service.web.sessions import Stage

LANGUAGE_COOKIE = "lang"
LANGUAGE_COOKIE_DAYS = 365

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("central_service.web", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def citizen_of(request: Request) -> Citizen:
    citizen = request.app.state.service.citizen
    assert isinstance(citizen, Citizen)
    return citizen


@dataclass
class Visit:
    request: Request
    citizen: Citizen
    session: WebSession | None
    language: str
    picked_language: str | None = None
    chosen_language: str | None = None
    _cookie: str | None = None
    _end_cookie: bool = False
    notices: list[str] = field(default_factory=list)

    @property
    def t(self) -> i18n.Translator:
        return i18n.Translator(self.language)

    @property
    def client(self) -> str | None:
        return self.request.client.host if self.request.client else None

    @property
    def secure(self) -> bool:
        return self.citizen.settings.behind_https or self.request.url.scheme == "https"

    @property
    def cookie_name(self) -> str:
        return "__Host-session" if self.secure else "session"

    def prefer(self, registration_language: str) -> None:
        """Speak the registration's language unless the citizen picked one."""
        if self.chosen_language is None:
            self.language = i18n.supported(registration_language) or self.language

    def at(self, *stages: Stage) -> WebSession | None:
        """The session when it is at one of ``stages``."""
        return self.session if self.session is not None and self.session.stage in stages else None

    def csrf_ok(self, submitted: str) -> bool:
        return csrf.valid(self.session, submitted)

    def ensure_session(self) -> WebSession:
        """The session, started now (anonymous) if there is none, so the page's form has a CSRF token."""
        if self.session is None:
            self._cookie, self.session = self.citizen.sessions.start()
        return self.session

    def restart(self, stage: Stage, **fields: Any) -> WebSession:
        """A new session at ``stage``, ending the one this browser had."""
        if self.session is not None:
            self.citizen.sessions.end(self.session)
        self._cookie, self.session = self.citizen.sessions.start(stage, **fields)
        return self.session

    def advance(self, stage: Stage, **fields: Any) -> bool:
        """Move the session on under a new id; False when another request moved or ended it first."""
        assert self.session is not None
        cookie = self.citizen.sessions.advance(self.session, stage, **fields)
        if cookie is None:
            return False
        self._cookie = cookie
        return True

    def end(self) -> None:
        if self.session is not None:
            self.citizen.sessions.end(self.session)
        self.session = None
        self._end_cookie = True

    def page(self, template: str, status: int = 200, **context: Any) -> Response:
        session = self.ensure_session() if context.pop("form", True) else self.session
        html = _templates.get_template(template).render(
            t=self.t,
            lang=self.language,
            languages=[(code, i18n.NAMES[code], self._switch_url(code)) for code in i18n.LANGUAGES],
            csrf_field=csrf.FIELD,
            csrf_token=session.csrf_token if session else "",
            notices=self.notices,
            errors=context.pop("errors", {}),
            values=context.pop("values", {}),
            **context,
        )
        return self._finish(HTMLResponse(html, status_code=status))

    def redirect(self, path: str, **query: str) -> Response:
        url = f"{path}?{urlencode(query)}" if query else path
        return self._finish(RedirectResponse(url, status_code=303))

    def _switch_url(self, code: str) -> str:
        query = [(key, value) for key, value in self.request.query_params.multi_items() if key != "lang"]
        # A query-only URL keeps the page's path without repeating it: no link token in the page.
        return "?" + urlencode([*query, ("lang", code)])

    def _finish(self, response: Response) -> Response:
        response.headers["Cache-Control"] = "no-store"
        if self._cookie is not None:
            response.set_cookie(
                self.cookie_name, self._cookie, httponly=True, secure=self.secure, samesite="lax", path="/"
            )
        elif self._end_cookie:
            response.delete_cookie(
                self.cookie_name, httponly=True, secure=self.secure, samesite="lax", path="/"
            )
        if self.picked_language is not None:
            response.set_cookie(
                LANGUAGE_COOKIE,
                self.picked_language,
                max_age=LANGUAGE_COOKIE_DAYS * 86400,
                httponly=True,
                secure=self.secure,
                samesite="lax",
                path="/",
            )
        return response


def visit(request: Request) -> Visit:
    """FastAPI dependency: the visit of this request."""
    citizen = citizen_of(request)
    cookie_name = (
        "__Host-session" if citizen.settings.behind_https or request.url.scheme == "https" else "session"
    )
    session = citizen.sessions.load(request.cookies.get(cookie_name))
    picked = i18n.supported(request.query_params.get("lang"))
    registration_language = session.language if session else None
    chosen = picked or i18n.supported(request.cookies.get(LANGUAGE_COOKIE))
    language = i18n.choose(chosen, registration_language, request.headers.get("accept-language"))
    return Visit(request, citizen, session, language, picked_language=picked, chosen_language=chosen)
