"""Two ``central-service serve`` processes on one database, as deployed behind a load balancer.

Shows: each registration stored and answered exactly once whichever process gets it (even both at the
same moment), one e-mail per registration, rate limits shared, ``/metrics`` and the health checks, and
logs that are JSON lines holding no personal data, token or code.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from central_service import workstations
from central_service.db import Database
from central_service.mailbox import DevMailbox, read_mailbox
from central_service.models import MailOutbox, Registration
from tests.support.registrations import registration_body
from tests.support.waiting import wait_until

COUNT = 24


@contextmanager
def serve(environment: dict[str, str], log: Path) -> Iterator[str]:
    """One ``central-service serve`` process; yields its URL; its stderr (the logs) goes to ``log``."""
    with log.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "central_service", "serve", "--listen", "127.0.0.1:0"],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        try:
            assert process.stdout is not None
            url = ""
            for line in process.stdout:
                found = re.search(r"listening on (http://\S+)", line)
                if found:
                    url = found.group(1)
                    break
            assert url, f"the service did not start: {log.read_text()}"
            yield url
        finally:
            process.terminate()
            process.wait(30)


def post_until_answered(url: str, token: str, key: str, body: dict[str, Any]) -> httpx.Response:
    """Post; a 409 (the same key in flight at the other process) is retried, as the relay does."""
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": key}
    while True:
        response = httpx.post(f"{url}/v1/registrations", json=body, headers=headers, timeout=30)
        if response.status_code != 409:
            return response


def test_two_processes_on_one_database(database_url: str, tmp_path: Path) -> None:
    mailbox = tmp_path / "mailbox"
    with ExitStack() as stack:
        smtp = stack.enter_context(DevMailbox(mailbox))
        environment = {
            **{key: value for key, value in os.environ.items() if not key.startswith("CENTRAL_SERVICE_")},
            "CENTRAL_SERVICE_DATABASE_URL": database_url,
            "CENTRAL_SERVICE_SECRETS_KEY": base64.b64encode(os.urandom(32)).decode(),
            "CENTRAL_SERVICE_SMTP_HOST": "127.0.0.1",
            "CENTRAL_SERVICE_SMTP_PORT": str(smtp.port),
            "CENTRAL_SERVICE_LINK_BASE_URL": "https://activeer.example",
            "CENTRAL_SERVICE_LOG_FORMAT": "json",
            "CENTRAL_SERVICE_LIMITS_ENROLMENTS_PER_ADDRESS": "4",
            "CENTRAL_SERVICE_MAIL_POLL_SECONDS": "0.2",
            "CENTRAL_SERVICE_MAIL_RETRY_INITIAL_SECONDS": "0.05",
        }
        logs = [tmp_path / "one.log", tmp_path / "two.log"]
        urls = [
            stack.enter_context(serve({**environment, "CENTRAL_SERVICE_DATA_DIR": str(tmp_path / name)}, log))
            for name, log in zip(("one", "two"), logs, strict=True)
        ]
        db = Database(database_url)
        stack.callback(db.dispose)
        code = workstations.create_enrolment_code(
            db, "stadskantoor", dt.timedelta(hours=1), dt.datetime.now(dt.UTC)
        )
        enrolled = httpx.post(f"{urls[0]}/v1/enrolments", json={"code": code, "workstation": "desk"})
        assert enrolled.status_code == 201
        token = enrolled.json()["token"]

        # Exactly once: every registration goes to both processes at the same moment, under one key.
        bodies = [registration_body(index) for index in range(COUNT)]
        keys = [str(uuid.uuid4()) for _ in bodies]
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(
                pool.map(
                    lambda job: post_until_answered(urls[job % 2], token, keys[job // 2], bodies[job // 2]),
                    range(2 * COUNT),
                )
            )
        assert {answer.status_code for answer in answers} == {201}
        for index in range(COUNT):
            first, second = answers[2 * index], answers[2 * index + 1]
            assert first.json() == second.json()
            assert {first.headers.get("Idempotent-Replayed"), second.headers.get("Idempotent-Replayed")} == {
                None,
                "true",
            }
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(Registration)) == COUNT

        # One e-mail each: once every row is marked sent, no process can send it again.
        def sent() -> int:
            with db.reading() as session:
                return int(
                    session.scalar(
                        select(func.count()).select_from(MailOutbox).where(MailOutbox.sent_at.is_not(None))
                    )
                    or 0
                )

        wait_until(lambda: sent() == COUNT, timeout=30, what="the relays of both processes to send")
        assert sent() == COUNT
        mails = read_mailbox(mailbox)
        assert sorted(str(item.registration_id) for item in mails) == sorted(body["id"] for body in bodies)

        # Shared rate limits: 4 enrolment attempts per address over both processes (one was spent above).
        guesses = [
            httpx.post(f"{urls[n % 2]}/v1/enrolments", json={"code": "AAAA-BBBB-CCCC", "workstation": "x"})
            for n in range(4)
        ]
        assert [guess.status_code for guess in guesses] == [401, 401, 401, 429]
        assert (
            httpx.post(
                f"{urls[0]}/v1/enrolments", json={"code": "AAAA-BBBB-CCCC", "workstation": "x"}
            ).status_code
            == 429
        )

        # Health and metrics.
        for url in urls:
            assert httpx.get(f"{url}/v1/health/live").status_code == 200
            assert httpx.get(f"{url}/v1/health/ready").status_code == 200
        scraped = [httpx.get(f"{url}/metrics").text for url in urls]
        received = sum(
            _sample(text, "central_registrations_received_total", 'status="201"') for text in scraped
        )
        assert received == 2 * COUNT
        assert _sample(scraped[0], "central_outbox_depth", 'outbox="mail"') == 0
        refusals = sum(
            _sample(text, "central_rate_limit_refusals_total", 'limit="enrolment"') for text in scraped
        )
        assert refusals == 2
        assert 'route="/v1/registrations"' in scraped[0]

    # The logs: JSON lines only, with no personal data, token or code in any of them.
    lines = [line for log in logs for line in log.read_text().splitlines() if line.strip()]
    assert lines, "the services logged nothing"
    entries = [json.loads(line) for line in lines]
    assert all({"time", "level", "logger"} <= entry.keys() for entry in entries)
    text = "\n".join(lines)
    secrets = [token, code, *(item.link.rsplit("/", 1)[1] for item in mails if item.link)]
    personal = [value for body in bodies for value in (body["person"]["national_number"], body["email"])]
    assert [secret for secret in secrets if secret in text] == []
    assert [value for value in personal if value in text] == []
    access = [entry for entry in entries if entry["logger"] == "uvicorn.access"]
    assert access and all(
        set(entry) == {"time", "level", "logger", "method", "path", "status"} for entry in access
    )


def _sample(text: str, name: str, label: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name) and label in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


def test_serve_workers_share_one_port_and_stop_together(database_url: str, tmp_path: Path) -> None:
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith("CENTRAL_SERVICE_")},
        "CENTRAL_SERVICE_DATABASE_URL": database_url,
        "CENTRAL_SERVICE_DATA_DIR": str(tmp_path),
        "CENTRAL_SERVICE_SECRETS_KEY": base64.b64encode(os.urandom(32)).decode(),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "central_service", "serve", "--workers", "2", "--listen", "127.0.0.1:0"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        urls = []
        for line in process.stdout:
            found = re.search(r"listening on (http://\S+)", line)
            if found:
                urls.append(found.group(1))
            if len(urls) == 2:
                break
        assert len(urls) == 2 and urls[0] == urls[1]  # two workers, one address
        assert all(httpx.get(f"{urls[0]}/v1/health/ready").status_code == 200 for _ in range(10))
    finally:
        process.terminate()
        assert process.wait(30) == 0
    rest = process.stdout.read() if process.stdout else ""
    assert rest.count("central-service: stopped") == 2
