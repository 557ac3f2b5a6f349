"""The central-service command: serve, admin enrol, mail list, openapi, and configuration errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from central_service.__main__ import main
from central_service.api import create_app
from central_service.db import Database
from central_service.workstations import enrol, list_workstations
from tests.support.registrations import registration_body
from tests.support.waiting import wait_until

CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


@pytest.fixture
def service_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for variable in [name for name in os.environ if name.startswith("CENTRAL_SERVICE_")]:
        monkeypatch.delenv(variable)
    monkeypatch.setenv("CENTRAL_SERVICE_DATA_DIR", str(tmp_path))
    return tmp_path


def test_admin_enrol_prints_a_one_time_code(service_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["admin", "enrol", "--centre", "sint-amandsberg"]) == 0
    out, err = capsys.readouterr()
    code = out.strip()
    assert CODE.fullmatch(code)
    assert "sint-amandsberg" in err and "valid until" in err

    db = Database(f"sqlite:///{service_home / 'central.db'}")
    try:
        token, centre = enrol(db, code, "desk-1", dt.datetime.now(dt.UTC))
        assert centre == "sint-amandsberg" and token
        (workstation,) = list_workstations(db)
    finally:
        db.dispose()
    assert main(["admin", "workstations"]) == 0
    listing = capsys.readouterr().out
    assert str(workstation.id) in listing and "active" in listing
    assert main(["admin", "revoke-workstation", str(workstation.id)]) == 0
    assert "revoked" in (main(["admin", "workstations"]), capsys.readouterr().out)[1]
    assert main(["admin", "revoke-workstation", str(uuid.uuid4())]) == 1


def test_bad_centre_names_are_refused(service_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["admin", "enrol", "--centre", "Sint Amandsberg"])
    assert refused.value.code == 2
    assert "centre id" in capsys.readouterr().err


def test_configuration_errors_exit_2_with_the_reason(
    service_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CENTRAL_SERVICE_LISTEN", "everywhere")
    assert main(["db", "upgrade"]) == 2
    assert "listen" in capsys.readouterr().err


def test_openapi_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["openapi"]) == 0
    assert json.loads(capsys.readouterr().out) == create_app().openapi()
    assert main(["openapi", "--output", str(tmp_path / "openapi.json")]) == 0
    assert json.loads((tmp_path / "openapi.json").read_text(encoding="utf-8")) == create_app().openapi()


@pytest.fixture
def served(
    service_home: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, subprocess.Popen[str], queue.Queue[str]]]:
    """``central-service serve`` as its own process, as an administrator starts it."""
    monkeypatch.setenv("CENTRAL_SERVICE_DATABASE_URL", database_url)
    process = subprocess.Popen(
        [sys.executable, "-m", "central_service", "serve", "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    announced: queue.Queue[str] = queue.Queue()

    def read_output() -> None:  # keep the pipe drained for as long as the server talks
        assert process.stdout is not None
        for line in process.stdout:
            found = re.search(r"central-service: (listening on http://\S+|stopped)", line)
            if found:
                announced.put(found.group(1).removeprefix("listening on "))

    reader = threading.Thread(target=read_output, daemon=True)
    reader.start()
    try:
        yield announced.get(timeout=30), process, announced
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        reader.join(timeout=10)
        process.stdout.close()


def test_serve_enrol_register_and_read_the_mailbox(
    served: tuple[str, subprocess.Popen[str], queue.Queue[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, process, announced = served
    assert main(["admin", "enrol", "--centre", "stadskantoor"]) == 0
    code = capsys.readouterr().out.strip()
    token = httpx.post(f"{url}/v1/enrolments", json={"code": code, "workstation": "desk"}).json()["token"]
    body = registration_body(language="fr")
    response = httpx.post(
        f"{url}/v1/registrations",
        json=body,
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())},
    )
    assert response.status_code == 201

    def listed() -> str:
        assert main(["mail", "list"]) == 0
        out = capsys.readouterr().out
        return out if "/activate/" in out else ""

    listing = wait_until(listed, what="the link e-mail in the mailbox listing")
    listed = body["email"] in listing
    assert listed, "the mailbox listing does not show the recipient"
    assert "Activez vos clés numériques" in listing
    assert f"{url}/activate/" in listing
    process.send_signal(signal.SIGTERM)
    # uvicorn shuts down gracefully, the service stops its relay and mailbox, then the signal ends it.
    assert process.wait(timeout=15) == -signal.SIGTERM
    assert announced.get(timeout=5) == "stopped"
