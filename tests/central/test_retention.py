"""Personal data kept at the centre: only fields with a purpose, purged once a registration ended unused,
in files only the service can read, and erased values gone from the WAL too."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from central_service import registrations, retention
from central_service.__main__ import main
from central_service.config import MailSettings, SmtpSettings
from central_service.db import Database
from central_service.intake import Intake
from central_service.mailbox import DevMailbox, read_mailbox
from central_service.models import Registration, StoredStatus
from central_service.outbox import MailRelay
from central_service.wire import RegistrationIn
from central_service.workstations import CallingWorkstation
from tests.support.central import FAST_MAIL, enrol_desk, start_central
from tests.support.registrations import registration_body

DESK = CallingWorkstation(uuid.uuid4(), "stadskantoor", "desk")
PERIOD = dt.timedelta(days=30)


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    enrol_desk(database, DESK)
    yield database
    database.dispose()


def submit(db: Database, index: int) -> uuid.UUID:
    body = registration_body(index)
    answer = Intake(db).submit(DESK, str(uuid.uuid4()), RegistrationIn.model_validate(body))
    assert answer.status == 201
    return uuid.UUID(body["id"])


def age(db: Database, registration_id: uuid.UUID, **values: Any) -> None:
    with db.transaction() as session:
        row = session.get_one(Registration, registration_id)
        for name, value in values.items():
            setattr(row, name, value)


def row(db: Database, registration_id: uuid.UUID) -> Registration:
    with db.reading() as session:
        return session.get_one(Registration, registration_id)


PERSONAL = ("national_number", "surname", "given_names", "birth_date", "document_number", "email")


def test_sex_and_nationality_are_not_stored(db: Database) -> None:
    columns = {column["name"] for column in inspect(db.engine).get_columns("registrations")}
    assert "sex" not in columns and "nationality" not in columns
    assert {"national_number", "document_number", "purged_at"} <= columns


def test_registrations_that_ended_unused_are_purged_after_the_period(db: Database) -> None:
    now = dt.datetime.now(dt.UTC)
    active, revoked, expired, recent, activated = (submit(db, index) for index in range(5))
    for revoke in (revoked, recent):
        registrations.revoke(db, revoke, DESK, False, now)
    age(db, revoked, status_changed_at=now - PERIOD - dt.timedelta(hours=1))
    age(db, expired, expires_at=now - PERIOD - dt.timedelta(hours=1))
    age(db, activated, status=StoredStatus.ACTIVATED, status_changed_at=now - 3 * PERIOD)

    assert retention.purge_ended(db, PERIOD, now) == 2

    for purged in (revoked, expired):
        stored = row(db, purged)
        assert all(getattr(stored, name) == "" for name in PERSONAL), purged
        assert stored.document_valid_until is None and stored.card_type is None and stored.code_hash == ""
        assert stored.purged_at is not None
    assert row(db, revoked).status == StoredStatus.REVOKED
    assert row(db, expired).status == StoredStatus.EXPIRED
    for kept in (active, recent, activated):
        stored = row(db, kept)
        assert stored.purged_at is None and all(getattr(stored, name) for name in PERSONAL), kept
    assert retention.purge_ended(db, PERIOD, now) == 0  # nothing twice
    # The counter still gets an answer about a purged registration.
    status = registrations.get_status(db, expired, DESK, False, now)
    assert status.status == "expired"


def test_the_service_purges_in_its_housekeeping_and_the_admin_on_demand(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with start_central(database_url, tmp_path / "mailbox", retention={"purge_after_days": 2}) as central:
        with central.client(central.enrol()) as http:
            ids = []
            for index in range(2):
                body = registration_body(index)
                response = http.post("/v1/registrations", json=body, headers={"Idempotency-Key": str(index)})
                assert response.status_code == 201
                ids.append(uuid.UUID(body["id"]))
        db = central.service.db
        age(db, ids[0], expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
        central.service.maintain(dt.datetime.now(dt.UTC))
        assert row(db, ids[0]).purged_at is not None and row(db, ids[1]).purged_at is None
        age(db, ids[1], expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    monkeypatch.setenv("CENTRAL_SERVICE_DATABASE_URL", database_url)
    monkeypatch.setenv("CENTRAL_SERVICE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CENTRAL_SERVICE_RETENTION_PURGE_AFTER_DAYS", "2")
    assert main(["admin", "purge"]) == 0
    assert "1 registration(s)" in capsys.readouterr().out
    check = Database(database_url)
    try:
        assert row(check, ids[1]).email == ""
    finally:
        check.dispose()


def test_database_files_are_readable_by_the_service_only(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        folder = tmp_path / "data"
        with start_central(f"sqlite:///{folder / 'central.db'}", tmp_path / "mailbox") as central:
            with central.client(central.enrol()) as http:
                response = http.post(
                    "/v1/registrations", json=registration_body(), headers={"Idempotency-Key": "k"}
                )
                assert response.status_code == 201
            files = {path.name: path.stat().st_mode & 0o777 for path in folder.iterdir()}
            assert files["central.db"] == 0o600
            assert files.get("central.db-wal", 0o600) == 0o600
            assert files.get("central.db-shm", 0o600) == 0o600
            assert folder.stat().st_mode & 0o777 == 0o700
    finally:
        os.umask(previous)


def test_a_world_readable_database_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "central.db"
    path.touch(mode=0o644)
    path.chmod(0o644)
    Database(f"sqlite:///{path}").dispose()
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_sent_link_token_is_nowhere_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    db = Database(f"sqlite:///{folder / 'central.db'}")
    try:
        db.upgrade()
        enrol_desk(db, DESK)
        for index in range(3):
            submit(db, index)
        mailbox = tmp_path / "mailbox"
        with DevMailbox(mailbox) as server:
            relay = MailRelay(db, SmtpSettings(host="127.0.0.1", port=server.port), MailSettings(**FAST_MAIL))
            relay.link_base = "https://activeer.example"
            assert relay.run_once() == 3
        tokens = [item.link.rsplit("/", 1)[1].encode() for item in read_mailbox(mailbox) if item.link]
        assert len(tokens) == 3
        # The service is still running (its connections open): the WAL is not cleaned up by a close.
        with db.reading() as session:
            assert session.scalars(select(Registration.id)).first() is not None
            on_disk = b"".join(
                path.read_bytes() for path in folder.iterdir() if path.name.startswith("central.db")
            )
        assert not [token for token in tokens if token in on_disk]
    finally:
        db.dispose()
