"""A citizen walking through the service's pages over HTTP (httpx), as a browser without JavaScript would.

``CitizenClient`` keeps the cookies, follows redirects, and fills in forms the way a browser posts them:
the hidden CSRF field comes from the page itself. ``Page`` exposes what tests look at: status, path,
title, the error messages, hidden fields. The browser tests (tests/web/browser/) do the same in Chromium.

    with CitizenClient(central.url) as citizen:
        page = citizen.open(link)                # /activate/<token> → the code form
        page = citizen.submit(page, "/activate/code", code="7KQ2-M9XD-4T0B")
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import httpx

from central_service.web import totp


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: dict[str, dict[str, str]] = {}
        self.errors: list[str] = []
        self.title = ""
        self.h1 = ""
        self.secret = ""
        self._form: str | None = None
        self._capture: str | None = None
        self._error_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._form = values.get("action", "")
            self.forms.setdefault(self._form, {})
        elif tag == "input" and self._form is not None and values.get("type") in ("hidden", "radio"):
            if values.get("type") == "hidden" or "checked" in values:
                self.forms[self._form][values["name"]] = values.get("value", "")
        elif tag in ("title", "h1") or (tag == "p" and values.get("class") == "error"):
            self._capture = tag if tag != "p" else "error"
        elif tag == "code" and values.get("id") == "totp-secret":
            self._capture = "secret"

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        if tag in ("title", "h1", "p", "code"):
            self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture == "title":
            self.title += data
        elif self._capture == "h1":
            self.h1 += data
        elif self._capture == "error":
            self.errors.append(data.strip())
        elif self._capture == "secret":
            self.secret += data


@dataclass
class Page:
    response: httpx.Response
    forms: dict[str, dict[str, str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    heading: str = ""
    totp_secret: str = ""

    @classmethod
    def of(cls, response: httpx.Response) -> Page:
        parser = _Parser()
        if response.headers.get("content-type", "").startswith("text/html"):
            parser.feed(response.text)
        secret = "".join(parser.secret.split())
        return cls(response, parser.forms, parser.errors, parser.h1.strip(), secret)

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def path(self) -> str:
        return self.response.url.path

    @property
    def text(self) -> str:
        return self.response.text


class CitizenClient:
    def __init__(self, base_url: str, **options: Any) -> None:
        self.http = httpx.Client(base_url=base_url, follow_redirects=True, **options)

    def open(self, path_or_url: str, **params: str) -> Page:
        return Page.of(self.http.get(path_or_url, params=params))

    def submit(self, page: Page, action: str, **fields: str) -> Page:
        """Post the form ``action`` of ``page`` with its hidden fields and ``fields``."""
        body = {**page.forms[action], **fields}
        return Page.of(self.http.post(action, data=body))

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> CitizenClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def totp_code(secret: str, step_offset: int = 0) -> str:
    """The code an authenticator app shows now (``step_offset`` steps later for a second, unused code)."""
    import datetime as dt

    return totp.code_at(secret, totp.step_at(dt.datetime.now(dt.UTC)) + step_offset)


SIX_DIGITS = re.compile(r"\b(\d{6})\b")
