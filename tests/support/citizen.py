"""A citizen walking through the service's pages over HTTP (httpx), as a browser without JavaScript would.

``CitizenClient`` keeps the cookies, follows redirects, and fills in forms the way a browser posts them:
the hidden CSRF field comes from the page itself. ``Page`` exposes what tests look at: status, path,
title, the error messages, hidden fields. The browser tests (tests/web/browser/) do the same in Chromium.

    with CitizenClient(central.url) as citizen:
        page = citizen.open(link)                # /activate/<token> → the code form
        page = citizen.submit(page, "/activate/code", code="7KQ2-M9XD-4T0B")
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx

from central_service.sms import read_outbox_folder
from tests.support.central import FAST_MAIL, LiveCentral
from tests.support.registrations import registration_body
from tests.support.waiting import wait_until


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


CODE = "7KQ2-M9XD-4T0B"  # the code behind tests.support.registrations.code_hash()
PASSWORD = "violet kangaroo ferry lamp"
FAST_PASSWORDS = {"time_cost": 1, "memory_kib": 8192, "parallelism": 1}


class Clock:
    """The service's clock: real time plus however far the test moved it."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset

    def advance(self, **delta: float) -> None:
        self.offset += dt.timedelta(**delta)


@dataclass
class Site:
    """The running service, a workstation's API client, and helpers to register and read messages."""

    central: LiveCentral
    api: httpx.Client
    clock: Clock
    sms_folder: Path
    _count: int = 0
    _people: dict[uuid.UUID, int] = field(default_factory=dict)

    def reissue(self, registration_id: uuid.UUID) -> tuple[uuid.UUID, str]:
        """A new registration of the same person replacing ``registration_id``, as the counter's re-issue."""
        return self.register(index=self._people[registration_id], replaces=registration_id)

    def sms_count(self) -> int:
        return len(read_outbox_folder(self.sms_folder))

    @property
    def url(self) -> str:
        return self.central.url

    def register(self, **changes: Any) -> tuple[uuid.UUID, str]:
        """A registration sent as the counter sends it; its id and the link from its e-mail."""
        self._count += 1
        index = changes.pop("index", self._count)
        body = registration_body(index, **changes)
        self._people[uuid.UUID(body["id"])] = index
        answer = self.api.post("/v1/registrations", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
        assert answer.status_code == 201, answer.text
        registration_id = uuid.UUID(body["id"])
        return registration_id, self.link_of(registration_id)

    def link_of(self, registration_id: uuid.UUID) -> str:
        return self.central.link_for(registration_id)

    def status(self, registration_id: uuid.UUID) -> str:
        answer = self.api.post("/v1/registrations:status", json={"ids": [str(registration_id)]})
        return str(answer.json()["registrations"][0]["status"])

    def email_code(self, after: int) -> str:
        """The code of the newest security-code e-mail once more than ``after`` of them arrived."""
        codes = wait_until(
            lambda: codes if len(codes := self.email_codes()) > after else [], what="a security-code e-mail"
        )
        return codes[-1]

    def email_codes(self) -> list[str]:
        return [mail.security_code for mail in self.central.mails() if mail.security_code]

    def sms_code(self, after: int) -> str:
        """The code of the newest SMS once the development outbox holds more than ``after`` messages."""
        messages = wait_until(
            lambda: messages if len(messages := read_outbox_folder(self.sms_folder)) > after else [],
            what="an SMS",
        )
        match = re.search(r"\b(\d{6})\b", messages[-1].text)
        assert match
        return match.group(1)


def site_settings(tmp_path: Path, **overrides: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "passwords": FAST_PASSWORDS,
        "sms": {"outbox_folder": str(tmp_path / "sms"), **FAST_MAIL},
    }
    settings.update(overrides)
    return settings


def enter_code(client: CitizenClient, link: str, code: str = CODE) -> Page:
    page = client.open(link)
    return client.submit(page, "/activate/code", code=code)


def choose_credentials(client: CitizenClient, page: Page, username: str, password: str = PASSWORD) -> Page:
    return client.submit(
        page, "/activate/account", username=username, password=password, password_again=password
    )
