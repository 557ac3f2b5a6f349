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
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from central_service import workstations
from central_service.config import ServiceSettings, SmtpSettings
from central_service.db import Database
from central_service.embedded import EmbeddedCentral
from central_service.mailbox import StoredMail, read_mailbox
from central_service.models import MailOutbox, Workstation
from central_service.server import AnnouncingServer
from central_service.service import CentralService
from central_service.workstations import CallingWorkstation
from tests.support.waiting import wait_until

#: Mail retry settings for tests: an outage heals within a fraction of a second.
FAST_MAIL = {"retry_initial_seconds": 0.05, "retry_max_seconds": 0.5, "poll_seconds": 0.2}


def enrol_desk(db: Database, desk: CallingWorkstation) -> None:
    """Enrol ``desk`` straight in the database, so the intake can take registrations from it."""
    with db.transaction() as session:
        session.add(
            Workstation(
                id=desk.id,
                centre=desk.centre,
                name=desk.name,
                token_hash="0" * 64,
                enrolled_at=dt.datetime.now(dt.UTC),
            )
        )


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
        return wait_until(
            lambda: mails if len(mails := self.mails()) >= count else [],
            timeout=timeout,
            what=f"{count} mails in the mailbox",
        )

    def link_for(self, registration_id: uuid.UUID) -> str:
        """The activation link e-mailed for ``registration_id``, once it is in the mailbox."""
        return wait_until(
            lambda: next(
                (m.link for m in self.mails() if m.registration_id == registration_id and m.link), ""
            ),
            what="the link e-mail for that registration",
        )

    def settled_mails(self, timeout: float = 15.0) -> list[StoredMail]:
        """The mailbox once every queued e-mail was sent or given up and one more relay round, run here,
        found nothing left to send: a message sent twice would be in it now."""
        wait_until(lambda: self._unsettled_mail() == 0, timeout=timeout, what="the mail outbox to settle")
        self.service.relay.run_once()
        return self.mails()

    def _unsettled_mail(self) -> int:
        with self.service.db.reading() as session:
            unsettled = session.scalar(
                select(func.count())
                .select_from(MailOutbox)
                .where(MailOutbox.sent_at.is_(None), MailOutbox.failed_at.is_(None))
            )
        return int(unsettled or 0)


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


@dataclass(frozen=True)
class Templates:
    sqlite_file: Path
    postgres_database: str
