"""Fixtures of the citizen's-side tests: the real service on loopback with a clock the test can move.

Argon2id for passwords runs with small parameters here (the service takes them from its settings);
the activation code's hash is the counter's real one (64 MiB), shared by every registration.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from central_service.sms import read_outbox_folder
from tests.support.central import FAST_MAIL, LiveCentral, start_central
from tests.support.citizen import CitizenClient, Page
from tests.support.registrations import registration_body

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

    @property
    def url(self) -> str:
        return self.central.url

    def register(self, **changes: Any) -> tuple[uuid.UUID, str]:
        """A registration sent as the counter sends it; its id and the link from its e-mail."""
        self._count += 1
        body = registration_body(changes.pop("index", self._count), **changes)
        answer = self.api.post("/v1/registrations", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
        assert answer.status_code == 201, answer.text
        registration_id = uuid.UUID(body["id"])
        return registration_id, self.link_of(registration_id)

    def link_of(self, registration_id: uuid.UUID) -> str:
        deadline = time.monotonic() + 15
        while True:
            for mail in self.central.mails():
                if mail.registration_id == registration_id and mail.link:
                    return mail.link
            assert time.monotonic() < deadline, "no link e-mail for that registration"
            time.sleep(0.05)

    def status(self, registration_id: uuid.UUID) -> str:
        answer = self.api.post("/v1/registrations:status", json={"ids": [str(registration_id)]})
        return str(answer.json()["registrations"][0]["status"])

    def email_code(self, after: int) -> str:
        """The code of the newest security-code e-mail once more than ``after`` of them arrived."""
        deadline = time.monotonic() + 15
        while len(codes := self.email_codes()) <= after:
            assert time.monotonic() < deadline, "no security-code e-mail arrived"
            time.sleep(0.05)
        return codes[-1]

    def email_codes(self) -> list[str]:
        found = (re.search(r"^ +(\d{6})\r?$", mail.body, re.MULTILINE) for mail in self.central.mails())
        return [match.group(1) for match in found if match]

    def sms_code(self, after: int) -> str:
        """The code of the newest SMS once the development outbox holds more than ``after`` messages."""
        deadline = time.monotonic() + 15
        while len(messages := read_outbox_folder(self.sms_folder)) <= after:
            assert time.monotonic() < deadline, "no SMS arrived"
            time.sleep(0.05)
        match = re.search(r"\b(\d{6})\b", messages[-1].text)
        assert match
        return match.group(1)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def site_settings(tmp_path: Path, **overrides: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "passwords": FAST_PASSWORDS,
        "sms": {"outbox_folder": str(tmp_path / "sms"), **FAST_MAIL},
    }
    settings.update(overrides)
    return settings


@pytest.fixture
def site_overrides() -> dict[str, Any]:
    """Settings a test module changes (override this fixture)."""
    return {}


@pytest.fixture
def site(database_url: str, tmp_path: Path, clock: Clock, site_overrides: dict[str, Any]) -> Iterator[Site]:
    settings = site_settings(tmp_path, **site_overrides)
    with start_central(database_url, tmp_path / "mailbox", clock=clock, **settings) as central:
        token = central.enrol("stadskantoor")
        with central.client(token) as api:
            yield Site(central, api, clock, tmp_path / "sms")


@pytest.fixture
def browser(site: Site) -> Iterator[CitizenClient]:
    with CitizenClient(site.url) as client:
        yield client


def enter_code(client: CitizenClient, link: str, code: str = CODE) -> Page:
    page = client.open(link)
    return client.submit(page, "/activate/code", code=code)


def choose_credentials(client: CitizenClient, page: Page, username: str, password: str = PASSWORD) -> Page:
    return client.submit(
        page, "/activate/account", username=username, password=password, password_again=password
    )
