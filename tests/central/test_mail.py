"""The activation e-mail: its content in four languages, and the outbox that never loses or doubles it."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central_service import code_mail, mail, tokens
from central_service.config import MailSettings, SmtpSettings
from central_service.db import Database
from central_service.intake import Intake
from central_service.mailbox import DevMailbox, MaildirHandler, read_mailbox
from central_service.models import MailOutbox, Registration
from central_service.outbox import MailRelay
from central_service.wire import RegistrationIn
from central_service.workstations import CallingWorkstation
from tests.support.central import FAST_MAIL, LiveCentral, enrol_desk, start_central
from tests.support.registrations import registration_body
from tests.support.timezone import HONOLULU, computer_time_zone
from tests.support.waiting import wait_until

EXPIRY = dt.datetime(2026, 12, 13, 9, 12, 33, tzinfo=dt.UTC)  # 10:12 in Brussels (CET)
SUMMER_EXPIRY = dt.datetime(2026, 7, 1, 9, 0, tzinfo=dt.UTC)  # 11:00 in Brussels (CEST)


@pytest.mark.parametrize(
    ("language", "subject", "expiry"),
    [
        ("nl", "Activeer uw digitale sleutels", "13 december 2026 om 10:12"),
        ("fr", "Activez vos clés numériques", "13 décembre 2026 à 10:12"),
        ("de", "Aktivieren Sie Ihre digitalen Schlüssel", "13. Dezember 2026 um 10:12 Uhr"),
        ("en", "Activate your digital keys", "13 December 2026 at 10:12"),
    ],
)
def test_the_email_speaks_the_citizens_language(language: str, subject: str, expiry: str) -> None:
    registration_id = uuid.uuid4()
    message = mail.compose(
        sender="Stad Gent <no-reply@stad.gent>",
        to="citizen@example.org",
        language=language,
        link="https://activeer.stad.gent/activate/TOKEN123",
        expires_at=EXPIRY,
        registration_id=registration_id,
        now=EXPIRY - dt.timedelta(days=14),
    )
    body = message.get_content()
    assert message["Subject"] == subject
    assert message["Content-Language"] == language
    assert message["Message-ID"] == f"<{registration_id}.activation@central-service.invalid>"
    assert "https://activeer.stad.gent/activate/TOKEN123" in body
    assert expiry in body


def test_expiry_follows_brussels_summer_time() -> None:
    assert mail.expiry_text(SUMMER_EXPIRY, "en") == "1 July 2026 at 11:00"


def registration_row(central: LiveCentral, registration_id: str) -> Registration:
    with central.service.db.reading() as session:
        return session.get_one(Registration, uuid.UUID(registration_id))


def outbox_rows(db: Database) -> list[MailOutbox]:
    with db.reading() as session:
        return list(session.scalars(select(MailOutbox).order_by(MailOutbox.id)))


def post(http: httpx.Client, body: dict[str, Any]) -> httpx.Response:
    return http.post("/v1/registrations", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})


def test_each_accepted_registration_gets_one_link_email(central: LiveCentral, http: httpx.Client) -> None:
    bodies = [registration_body(index, language=lang) for index, lang in enumerate(("nl", "fr", "de", "en"))]
    for body in bodies:
        assert post(http, body).status_code == 201
    mails = central.wait_for_mails(4)
    assert len(central.settled_mails()) == 4
    by_id = {str(item.registration_id): item for item in mails}
    assert set(by_id) == {body["id"] for body in bodies}
    for body in bodies:
        item = by_id[body["id"]]
        addressed = item.recipients == (body["email"],)
        assert addressed, "the e-mail went to another address"  # compared, never printed
        assert item.language == body["language"]
        assert item.link is not None
        token = re.fullmatch(rf"{re.escape(central.url)}/activate/([A-Za-z0-9_-]{{43}})", item.link)
        assert token is not None, "the link is not base URL + /activate/ + a 256-bit token"
        assert registration_row(central, body["id"]).link_token_hash == tokens.digest(token.group(1))
        leaked = body["person"]["national_number"] in item.body or body["person"]["surname"] in item.body
        assert not leaked, "the e-mail holds the national number or the surname"
    assert all(row.sent_at is not None and row.link_token is None for row in outbox_rows(central.service.db))


def test_links_use_the_configured_base_url(database_url: str, tmp_path: Path) -> None:
    with start_central(
        database_url, tmp_path / "mailbox", link_base_url="https://activeer.stad.gent/"
    ) as live:
        with live.client(live.enrol()) as http:
            post(http, registration_body())
        (item,) = live.wait_for_mails(1)
    assert item.link is not None and item.link.startswith("https://activeer.stad.gent/activate/")


class Refusing(MaildirHandler):
    """An SMTP server that answers every recipient with ``reply``, or accepts it when that is None."""

    def __init__(self, folder: Path, reply: str | None) -> None:
        super().__init__(folder)
        self.reply = reply
        self.attempts = 0

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        self.attempts += 1
        if self.reply is not None:
            return self.reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"


def test_an_smtp_outage_loses_nothing_and_sends_once(database_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    down = DevMailbox(folder).start()
    port = down.port
    down.stop()  # the SMTP server is down from the start
    with start_central(database_url, folder, smtp=SmtpSettings(host="127.0.0.1", port=port)) as live:
        with live.client(live.enrol()) as http:
            bodies = [registration_body(index) for index in range(3)]
            assert [post(http, body).status_code for body in bodies] == [201] * 3
        wait_until(lambda: all(row.attempts >= 2 for row in outbox_rows(live.service.db)))
        rows = outbox_rows(live.service.db)
        assert all(row.sent_at is None and row.failed_at is None for row in rows)
        assert all(row.last_error and "connect" in row.last_error for row in rows)
        assert read_mailbox(folder) == []
        with DevMailbox(folder, port=port):
            mails = live.wait_for_mails(3)
            assert len(live.settled_mails()) == 3  # nothing is sent twice
    assert sorted(str(item.registration_id) for item in mails) == sorted(body["id"] for body in bodies)


@contextlib.contextmanager
def refusing_smtp(database_url: str, tmp_path: Path, reply: str) -> Iterator[tuple[Refusing, LiveCentral]]:
    """The service with an SMTP server that answers ``reply`` to each recipient; one registration posted."""
    folder = tmp_path / "mailbox"
    handler = Refusing(folder, reply)
    with DevMailbox(folder, handler=handler) as smtp_server:
        smtp = SmtpSettings(host="127.0.0.1", port=smtp_server.port)
        with start_central(database_url, folder, smtp=smtp) as live:
            with live.client(live.enrol()) as http:
                post(http, registration_body())
            yield handler, live


def test_a_temporary_refusal_is_retried(database_url: str, tmp_path: Path) -> None:
    with refusing_smtp(database_url, tmp_path, "451 4.3.0 try again later") as (handler, live):
        wait_until(lambda: handler.attempts >= 3)
        (row,) = outbox_rows(live.service.db)
        assert row.failed_at is None and row.sent_at is None and row.link_token is not None
        handler.reply = None
        live.wait_for_mails(1)


def test_a_permanent_refusal_stops_retrying(database_url: str, tmp_path: Path) -> None:
    with refusing_smtp(database_url, tmp_path, "550 5.1.1 no such mailbox") as (handler, live):
        wait_until(lambda: bool(outbox_rows(live.service.db)[0].failed_at))
        live.settled_mails()  # and a relay round after it: a refused message is not tried again
        (row,) = outbox_rows(live.service.db)
    assert handler.attempts == 1
    assert row.sent_at is None and row.link_token is None
    assert row.last_error == "recipient refused (550)"


def test_a_link_that_expired_while_smtp_was_down_is_not_sent(database_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    down = DevMailbox(folder).start()
    port = down.port
    down.stop()
    with start_central(database_url, folder, smtp=SmtpSettings(host="127.0.0.1", port=port)) as live:
        with live.client(live.enrol()) as http:
            body = registration_body()
            post(http, body)
        wait_until(lambda: outbox_rows(live.service.db)[0].attempts >= 1)
        with live.service.db.transaction() as session:
            session.get_one(Registration, uuid.UUID(body["id"])).expires_at = dt.datetime.now(dt.UTC)
        with DevMailbox(folder, port=port):
            wait_until(lambda: bool(outbox_rows(live.service.db)[0].failed_at))
        (row,) = outbox_rows(live.service.db)
    assert row.last_error == "link expired before sending" and row.link_token is None
    assert read_mailbox(folder) == []


def test_two_relays_on_one_database_never_send_a_message_twice(database_url: str, tmp_path: Path) -> None:
    db = Database(database_url)
    db.upgrade()
    workstation = CallingWorkstation(uuid.uuid4(), "stadskantoor", "desk")
    enrol_desk(db, workstation)
    intake = Intake(db)
    for index in range(60):
        answer = intake.submit(
            workstation, str(index), RegistrationIn.model_validate(registration_body(index))
        )
        assert answer.status == 201
    folder = tmp_path / "mailbox"
    with DevMailbox(folder) as smtp_server:
        smtp = SmtpSettings(host="127.0.0.1", port=smtp_server.port)
        settings = MailSettings(**FAST_MAIL, batch_size=7)
        relays = [MailRelay(db, smtp, settings) for _ in range(3)]
        start = threading.Barrier(len(relays))

        def drain(relay: MailRelay) -> None:
            start.wait()
            while relay.run_once():
                pass

        threads = [threading.Thread(target=drain, args=(relay,)) for relay in relays]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    db.dispose()
    mails = read_mailbox(folder)
    assert len(mails) == 60
    assert len({item.registration_id for item in mails}) == 60


def test_the_dev_mailbox_creates_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data" / "mailbox"
    with DevMailbox(folder) as running:
        message = mail.compose(
            sender="Stad Gent <no-reply@localhost>",
            to="citizen@example.org",
            language="en",
            link="http://127.0.0.1/activate/TOKEN",
            expires_at=EXPIRY,
            registration_id=uuid.uuid4(),
            now=EXPIRY,
        )
        with mail.SmtpConnection(SmtpSettings(host=running.host, port=running.port)) as smtp:
            smtp.send(message)
    (stored,) = read_mailbox(folder)
    assert stored.link == "http://127.0.0.1/activate/TOKEN"
    addressed = stored.recipients == ("citizen@example.org",)
    assert addressed, "the stored message lost its envelope recipient"


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_both_emails_use_brussels_time_whatever_the_computers_zone(language: str) -> None:
    """The counter's slip prints the same hour (tests/ui/test_same_clock.py)."""
    late = dt.datetime(2026, 3, 16, 9, 30, tzinfo=dt.UTC)  # 10:30 in Brussels, 23:30 on the 15th in Honolulu
    with computer_time_zone(HONOLULU):
        assert dt.datetime.fromtimestamp(late.timestamp()).hour == 23  # the zone took effect
        link = mail.compose(
            sender="a@example.org",
            to="b@example.org",
            language=language,
            link="https://example.org/activate/T",
            expires_at=late,
            registration_id=uuid.uuid4(),
            now=late,
        ).get_content()
        code = code_mail.compose(
            sender="a@example.org",
            to="b@example.org",
            language=language,
            code="123456",
            expires_at=late,
            outbox_id=1,
            now=late,
        ).get_content()
    assert "10:30" in link and "16" in mail.expiry_text(late, language)
    assert mail.expiry_text(late, language) in link
    assert "10:30" in code and "23:30" not in code
