"""What an operator sees and sets: safe admin listings, production settings, /docs, the link base warning."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from central_service import workstations
from central_service.__main__ import main
from central_service.config import SmtpSettings, settings_from_mapping
from central_service.db import Database
from central_service.errors import ServiceConfigError
from central_service.mailbox import DevMailbox
from central_service.terminal import printable
from tests.support.central import LiveCentral, start_central

FORGED = "desk-1\x1b[2K\r\n00000000-0000-0000-0000-000000000000  stadskantoor  trusted\u202e"


def test_printable_escapes_what_acts_on_a_terminal_and_keeps_letters() -> None:
    assert printable("Gentbrugge Ünal 東京") == "Gentbrugge Ünal 東京"
    assert printable("a\x1b[31mb\rc\nd\te\x7f\x9bf") == "a\\x1b[31mb\\rc\\nd\\te\\x7f\\x9bf"
    assert printable("x\u202ey\u200bz\u2028") == "x\\u202ey\\u200bz\\u2028"


def test_workstation_names_cannot_forge_lines_of_the_listing(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(database_url)
    try:
        now = dt.datetime.now(dt.UTC)
        for name in (FORGED, "desk-2"):
            code = workstations.create_enrolment_code(db, "stadskantoor", dt.timedelta(hours=1), now)
            workstations.enrol(db, code, name, now)  # the store itself, past any check at the API
    finally:
        db.dispose()
    monkeypatch.setenv("CENTRAL_SERVICE_DATABASE_URL", database_url)
    monkeypatch.setenv("CENTRAL_SERVICE_DATA_DIR", str(tmp_path))
    assert main(["admin", "workstations"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 2
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert any("desk-1\\x1b[2K\\r\\n00000000" in line for line in lines)


def test_production_settings_refuse_links_without_https_and_the_dev_mailbox() -> None:
    with pytest.raises(ServiceConfigError, match="link_base_url"):
        settings_from_mapping({"production": True, "smtp": {"host": "smtp.stad.gent"}})
    with pytest.raises(ServiceConfigError, match="link_base_url"):
        settings_from_mapping(
            {
                "production": True,
                "link_base_url": "http://activeer.stad.gent",
                "smtp": {"host": "smtp.stad.gent"},
            }
        )
    with pytest.raises(ServiceConfigError, match=r"smtp\.host"):
        settings_from_mapping({"production": True, "link_base_url": "https://activeer.stad.gent"})
    settings = settings_from_mapping(
        {
            "production": True,
            "link_base_url": "https://activeer.stad.gent",
            "smtp": {"host": "smtp.stad.gent"},
        }
    )
    assert settings.production


def test_docs_are_served_in_development_only(database_url: str, tmp_path: Path) -> None:
    with start_central(database_url, tmp_path / "dev" / "mailbox") as central:
        assert httpx.get(f"{central.url}/docs").status_code == 200
    folder = tmp_path / "prod" / "mailbox"
    with (
        DevMailbox(folder) as smtp_server,
        start_central(
            database_url,
            folder,
            production=True,
            link_base_url="https://activeer.example",
            smtp=SmtpSettings(host="127.0.0.1", port=smtp_server.port),
        ) as central,
    ):
        assert httpx.get(f"{central.url}/docs").status_code == 404
        assert httpx.get(f"{central.url}/openapi.json").status_code == 200  # the contract stays public


def test_a_missing_link_base_is_warned_about_at_start(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bare = start_central(database_url, tmp_path / "mailbox")
    with caplog.at_level(logging.WARNING, logger="central_service.service"), bare as central:
        warnings = [
            record.getMessage() for record in caplog.records if "link_base_url" in record.getMessage()
        ]
        assert len(warnings) == 1 and central.url in warnings[0]
    caplog.clear()
    configured = start_central(database_url, tmp_path / "mailbox2", link_base_url="https://activeer.example")
    with caplog.at_level(logging.WARNING, logger="central_service.service"), configured:
        assert not [record for record in caplog.records if "link_base_url" in record.getMessage()]


def test_readiness_needs_the_database_schema_at_head(central: LiveCentral) -> None:
    assert httpx.get(f"{central.url}/v1/health/ready").status_code == 200
    with central.service.db.transaction() as session:
        (head,) = session.execute(text("SELECT version_num FROM alembic_version")).scalars()
        session.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    try:
        behind = httpx.get(f"{central.url}/v1/health/ready")
        assert behind.status_code == 503 and behind.json()["error"] == "unavailable"
        assert httpx.get(f"{central.url}/v1/health/live").status_code == 200
    finally:
        with central.service.db.transaction() as session:
            session.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head})


def test_metrics_name_route_templates_never_tokens(central: LiveCentral) -> None:
    secret = "S3cr3tL1nkT0kenNeverInMetrics"
    httpx.get(f"{central.url}/activate/{secret}")
    httpx.get(f"{central.url}/v1/registrations/{secret}")  # 401 from the guard, still counted
    scraped = httpx.get(f"{central.url}/metrics")
    assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
    assert secret not in scraped.text
    assert 'route="/activate/{token}"' in scraped.text
    assert 'route="/v1/registrations/{registration_id}",status="401"' in scraped.text
    assert 'central_outbox_oldest_age_seconds{outbox="sms"} 0.0' in scraped.text
