"""SMS: mobile numbers, the HTTP gateway with its outbox retries, and ``central-service sms list``."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import select

from central_service.__main__ import main
from central_service.config import SmsSettings
from central_service.db import Database
from central_service.models import SmsOutbox
from central_service.sms import HttpGateway, Sms, mobile_number
from central_service.sms_relay import SmsRelay


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0470 12 34 56", "+32470123456"),
        ("+32 (0)470/12.34.56", "+32470123456"),  # the (0) people write after the country code
        ("0032470123456", "+32470123456"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("+44 7911 123456", "+447911123456"),
        ("09 210 10 10", None),  # a Ghent landline
        ("12345", None),
        ("", None),
    ],
)
def test_mobile_numbers_in_e164(typed: str, e164: str | None) -> None:
    assert mobile_number(typed) == e164


class Gateway(BaseHTTPRequestHandler):
    """A provider's API on loopback: answers with the status the test sets, records what it got."""

    status = 200
    received: ClassVar[list[tuple[str, dict[str, str]]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).received.append((self.headers["Authorization"], body))
        self.send_response(type(self).status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:  # the codes stay out of the test output
        pass


@pytest.fixture
def gateway() -> Iterator[str]:
    Gateway.status, Gateway.received = 503, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/send"
    server.shutdown()
    server.server_close()


def queue_code(db: Database, now: dt.datetime, code: str = "123456") -> None:
    with db.transaction() as session:
        session.add(
            SmsOutbox(
                phone="+32470123456",
                language="fr",
                code=code,
                created_at=now,
                expires_at=now + dt.timedelta(minutes=10),
                next_attempt_at=now,
                attempts=0,
            )
        )


def test_a_gateway_outage_loses_no_code_and_a_refusal_ends_it(database_url: str, gateway: str) -> None:
    settings = SmsSettings(gateway="http", url=gateway, token="s3cret", retry_initial_seconds=0.01)  # type: ignore[arg-type]
    db = Database(database_url)
    now = dt.datetime.now(dt.UTC)
    clock = [now]
    relay = SmsRelay(db, HttpGateway(settings), settings, clock=lambda: clock[0])
    try:
        queue_code(db, now)
        assert relay.run_once() == 1  # 503: kept for later
        with db.reading() as session:
            row = session.execute(select(SmsOutbox)).scalar_one()
        assert (row.sent_at, row.code, row.attempts, row.last_error) == (
            None,
            "123456",
            1,
            "gateway answered 503",
        )
        Gateway.status = 200
        clock[0] = now + dt.timedelta(seconds=1)
        assert relay.run_once() == 1
        with db.reading() as session:
            row = session.execute(select(SmsOutbox)).scalar_one()
        assert row.sent_at is not None and row.code is None  # sent: the code is erased
        authorisation, body = Gateway.received[-1]
        assert authorisation == "Bearer s3cret"
        assert (
            body["to"] == "+32470123456"
            and "123456" in body["text"]
            and body["text"].startswith("Ville de Gand")
        )
        Gateway.status = 400
        queue_code(db, clock[0], "654321")
        assert relay.run_once() == 1
        with db.reading() as session:
            refused = session.scalars(select(SmsOutbox).order_by(SmsOutbox.id)).all()[-1]
        assert (refused.failed_at is not None, refused.code) == (True, None)
        queue_code(db, clock[0], "111111")
        clock[0] += dt.timedelta(minutes=11)  # the gateway was down until the code expired
        assert relay.run_once() == 1
        assert len(Gateway.received) == 3  # 503, 200, 400: the expired one was never sent
    finally:
        db.dispose()


def test_an_http_gateway_needs_tls_off_this_computer() -> None:
    with pytest.raises(ValueError, match="without TLS"):
        SmsSettings(gateway="http", url="http://sms.example.com/send")
    with pytest.raises(ValueError, match="needs url"):
        SmsSettings(gateway="http")


def test_sms_list_shows_the_development_outbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from central_service.sms import OutboxFolder

    folder = tmp_path / "sms-outbox"
    OutboxFolder(folder).send(Sms("+32470123456", "Stad Gent: uw beveiligingscode is 246810."))
    monkeypatch.setenv("CENTRAL_SERVICE_DATA_DIR", str(tmp_path))
    assert main(["sms", "list"]) == 0
    out, err = capsys.readouterr()
    assert "+32470123456  Stad Gent: uw beveiligingscode is 246810." in out
    assert f"1 message(s) in {folder}" in err
