"""Each e-mail succeeds or fails on its own, and only registrations still active get theirs.

The relay runs one round at a time here (``run_once``), so "in the same round" is exact: a message the
SMTP server refuses must not keep the others of its round from going out.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from central_service import registrations
from central_service.__main__ import main
from central_service.config import MailSettings, SmtpSettings
from central_service.db import Database
from central_service.intake import Intake
from central_service.mailbox import DevMailbox, MaildirHandler, read_mailbox
from central_service.models import MailOutbox, Registration
from central_service.outbox import MailRelay
from central_service.wire import RegistrationIn
from central_service.workstations import CallingWorkstation
from tests.support.central import FAST_MAIL, enrol_desk
from tests.support.registrations import registration_body

DESK = CallingWorkstation(uuid.uuid4(), "stadskantoor", "desk")


class Picky(MaildirHandler):
    """An SMTP server that refuses chosen recipients at RCPT or at DATA, and accepts the others."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.at_rcpt: dict[str, str] = {}
        self.at_data: dict[str, str] = {}

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.at_rcpt:
            return self.at_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        for address in envelope.rcpt_tos:
            if address in self.at_data:
                return self.at_data[address]
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    enrol_desk(database, DESK)
    yield database
    database.dispose()


def submit(db: Database, body: dict[str, Any]) -> None:
    answer = Intake(db).submit(DESK, str(uuid.uuid4()), RegistrationIn.model_validate(body))
    assert answer.status == 201, answer.body


def with_email(index: int, email: str) -> dict[str, Any]:
    return {**registration_body(index), "email": email}


def relay(db: Database, port: int) -> MailRelay:
    mail = MailRelay(db, SmtpSettings(host="127.0.0.1", port=port), MailSettings(**FAST_MAIL, batch_size=50))
    mail.link_base = "https://activeer.example"
    return mail


def rows_by_address(db: Database) -> dict[str, MailOutbox]:
    with db.reading() as session:
        found = session.execute(
            select(Registration.email, MailOutbox).join(
                Registration, Registration.id == MailOutbox.registration_id
            )
        )
        return {email: row for email, row in found}


def test_refused_messages_do_not_hold_up_the_others_in_their_round(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    handler = Picky(folder)
    handler.at_rcpt["gone@example.org"] = "550 5.1.1 no such mailbox"
    handler.at_rcpt["grey@example.org"] = "450 4.7.1 greylisted, try again later"
    handler.at_data["spam@example.org"] = "554 5.7.1 message refused"
    handler.at_data["full@example.org"] = "452 4.2.2 mailbox full"
    addresses = [
        "first@example.org",
        "gone@example.org",
        "grey@example.org",
        "spam@example.org",
        "full@example.org",
        "jöran@example.org",  # needs SMTPUTF8, which this server does not offer
        "last@example.org",
    ]
    for index, address in enumerate(addresses):
        submit(db, with_email(index, address))
    with DevMailbox(folder, handler=handler, smtputf8=False) as server:
        assert relay(db, server.port).run_once() == len(addresses)
    delivered = sorted(recipient for item in read_mailbox(folder) for recipient in item.recipients)
    assert delivered == ["first@example.org", "last@example.org"]
    rows = rows_by_address(db)
    for permanent, reason in (
        ("gone@example.org", "recipient refused (550)"),
        ("spam@example.org", "message refused (554)"),
        ("jöran@example.org", "address needs SMTPUTF8, which the server does not offer"),
    ):
        assert rows[permanent].failed_at is not None, permanent
        assert rows[permanent].last_error == reason
        assert rows[permanent].link_token is None  # given up: the secret is erased
    now = dt.datetime.now(dt.UTC)
    for temporary, reason in (
        ("grey@example.org", "recipient refused (450)"),
        ("full@example.org", "message refused (452)"),
    ):
        row = rows[temporary]
        assert row.failed_at is None and row.sent_at is None, temporary
        assert row.attempts == 1 and row.last_error == reason
        assert row.next_attempt_at > now - dt.timedelta(seconds=1)  # backed off on its own
    for sent in ("first@example.org", "last@example.org"):
        assert rows[sent].attempts == 1 and rows[sent].sent_at is not None


def test_a_greylisted_message_goes_out_on_a_later_round(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    handler = Picky(folder)
    handler.at_rcpt["grey@example.org"] = "451 4.7.1 greylisted"
    submit(db, with_email(0, "grey@example.org"))
    with DevMailbox(folder, handler=handler) as server:
        mail = relay(db, server.port)
        mail.run_once()
        assert read_mailbox(folder) == []
        handler.at_rcpt.clear()
        with db.transaction() as session:  # its backoff has run out
            for row in session.scalars(select(MailOutbox)):
                row.next_attempt_at = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
        mail.run_once()
    assert [item.recipients for item in read_mailbox(folder)] == [("grey@example.org",)]


def test_internationalised_addresses_go_out_with_smtputf8_when_offered(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    submit(db, with_email(0, "jöran@example.org"))
    with DevMailbox(folder, smtputf8=True) as server:
        relay(db, server.port).run_once()
    (item,) = read_mailbox(folder)
    assert item.recipients == ("jöran@example.org",)
    assert item.link is not None


def test_a_non_ascii_domain_needs_no_smtputf8(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    submit(db, with_email(0, "citizen@bücher.example.org"))
    with DevMailbox(folder, smtputf8=False) as server:
        relay(db, server.port).run_once()
    (item,) = read_mailbox(folder)
    assert item.recipients == ("citizen@xn--bcher-kva.example.org",)


def test_twenty_registrations_of_one_person_send_one_email(db: Database, tmp_path: Path) -> None:
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    bodies = [
        registration_body(index, national="85073003328", registered_at=start + dt.timedelta(minutes=index))
        for index in range(20)
    ]
    for body in bodies:
        submit(db, body)
    folder = tmp_path / "mailbox"
    with DevMailbox(folder) as server:
        relay(db, server.port).run_once()
    mails = read_mailbox(folder)
    assert [str(item.registration_id) for item in mails] == [bodies[-1]["id"]]
    with db.reading() as session:
        skipped = session.scalars(select(MailOutbox).where(MailOutbox.failed_at.is_not(None))).all()
    assert len(skipped) == 19
    assert {row.last_error for row in skipped} == {"not sent: registration revoked"}
    assert all(row.link_token is None for row in skipped)


def test_a_registration_revoked_before_its_email_left_gets_none(db: Database, tmp_path: Path) -> None:
    kept, revoked = registration_body(0), registration_body(1)
    submit(db, kept)
    submit(db, revoked)
    registrations.revoke(db, uuid.UUID(revoked["id"]), DESK, False, dt.datetime.now(dt.UTC))
    folder = tmp_path / "mailbox"
    with DevMailbox(folder) as server:
        relay(db, server.port).run_once()
    assert [str(item.registration_id) for item in read_mailbox(folder)] == [kept["id"]]


def test_the_administrator_sees_the_emails_given_up_on(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mailbox"
    handler = Picky(folder)
    handler.at_rcpt["gone@example.org"] = "550 5.1.1 no such mailbox"
    gone, fine = with_email(0, "gone@example.org"), with_email(1, "fine@example.org")
    submit(db, gone)
    submit(db, fine)
    with DevMailbox(folder, handler=handler) as server:
        relay(db, server.port).run_once()
    monkeypatch.setenv("CENTRAL_SERVICE_DATABASE_URL", db.url)
    monkeypatch.setenv("CENTRAL_SERVICE_DATA_DIR", str(tmp_path))
    assert main(["mail", "list", "--failed"]) == 0
    out, err = capsys.readouterr()
    (line,) = out.splitlines()
    assert f"registration {gone['id']}" in line and "recipient refused (550)" in line
    assert "gone@example.org" not in out  # the listing names registrations, not people
    assert "1 e-mail(s) not sent" in err
