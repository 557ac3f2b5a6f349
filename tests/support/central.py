"""Run the real reference central service inside a test: uvicorn on loopback, a real database, real SMTP.

``start_central`` is a context manager. It brings the database schema up to date (Alembic), starts a
development mailbox (aiosmtpd on loopback, writing a Maildir) unless you pass your own ``smtp``
settings, serves the API with uvicorn on 127.0.0.1 on a free port in a background thread, and starts
the mail relay. Leaving the block stops all of it. Mail retries are fast (tens of milliseconds) so an
SMTP outage in a test heals quickly.

    from tests.support.central import start_central, sqlite_url

    def test_something(tmp_path):
        with start_central(sqlite_url(tmp_path), tmp_path / "mailbox") as central:
            token = central.enrol("stadskantoor")
            with central.client(token) as http:
                response = http.post("/v1/registrations", json=body, headers={"Idempotency-Key": key})
            mails = central.wait_for_mails(1)

For PostgreSQL, pass a URL from :func:`tests.support.postgres.fresh_database`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from central_service import workstations
from central_service.config import ServiceSettings, SmtpSettings
from central_service.embedded import EmbeddedCentral
from central_service.mailbox import StoredMail, read_mailbox
from central_service.server import AnnouncingServer
from central_service.service import CentralService

#: Mail retry settings for tests: an outage heals within a fraction of a second.
FAST_MAIL = {"retry_initial_seconds": 0.05, "retry_max_seconds": 0.5, "poll_seconds": 0.2}


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'central.db'}"


@dataclass
class LiveCentral:
    """A running service: its base URL, the service object (database, relay) and the mailbox folder."""

    url: str
    service: CentralService
    mailbox_folder: Path
    server: AnnouncingServer

    @property
    def database_url(self) -> str:
        return self.service.db.url

    def enrol(self, centre: str = "stadskantoor", workstation: str = "test-desk") -> str:
        """Enrol a workstation through the API (as the app does); returns its bearer token."""
        code = workstations.create_enrolment_code(
            self.service.db, centre, dt.timedelta(hours=1), dt.datetime.now(dt.UTC)
        )
        response = httpx.post(f"{self.url}/v1/enrolments", json={"code": code, "workstation": workstation})
        response.raise_for_status()
        token: str = response.json()["token"]
        return token

    def client(self, token: str | None = None, **options: Any) -> httpx.Client:
        """An httpx client on the service's base URL, with the bearer token when given."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, **options)

    def mails(self) -> list[StoredMail]:
        return read_mailbox(self.mailbox_folder)

    def wait_for_mails(self, count: int, timeout: float = 15.0) -> list[StoredMail]:
        """The mailbox once it holds at least ``count`` messages; fails after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            mails = self.mails()
            if len(mails) >= count or time.monotonic() > deadline:
                if len(mails) < count:
                    raise AssertionError(f"expected {count} mails, the mailbox has {len(mails)}")
                return mails
            time.sleep(0.05)


@contextmanager
def start_central(
    database_url: str,
    mailbox_folder: Path,
    *,
    smtp: SmtpSettings | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    port: int = 0,
    **settings: Any,
) -> Iterator[LiveCentral]:
    """Run the service until the block ends. ``settings`` are top-level service settings to override.

    ``port`` 0 picks a free port; pass the port of an earlier run to restart the service at the same URL.
    """
    values: dict[str, Any] = {
        "data_dir": mailbox_folder.parent,
        "database_url": database_url,
        "listen": "127.0.0.1:0",
        "access_log": False,
        "mailbox": {"folder": mailbox_folder},
        "mail": FAST_MAIL,
    }
    if smtp is not None:  # the service's own settings name the server too (production requires one)
        values["smtp"] = smtp
    values.update(settings)
    config = ServiceSettings.model_validate(values)
    with EmbeddedCentral.start(config, smtp=smtp, clock=clock, port=port) as running:
        yield LiveCentral(
            url=running.url, service=running.service, mailbox_folder=mailbox_folder, server=running.server
        )
