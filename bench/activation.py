"""Benchmark: whole activations of the citizen's side on loopback, one by one and 20 citizens at once.

An activation is what a citizen does after the counter: open the e-mailed link, type the code, choose a
username and password, set up the mobile-app key with one code, sign out, and sign in the first time
(password, then the app's next code). The service runs in its own process (``central-service serve``,
SQLite, the development mailbox, the default Argon2id parameters: 64 MiB, 3 passes, 4 lanes).

Figures:
- ``activation_time_vs_argon2``: server time per activation (the sum of its requests' times, one
  citizen at a time, median) ÷ the Argon2id work it must do, measured alone in this run: verifying the
  counter's code hash, hashing the new password, verifying it at sign-in. Target ≤ 1.3 ×.
- ``activation_page_p95_20_citizens``: the 95th percentile of a page's time while 20 citizens activate
  at once (a page = one request and its redirect).

    .venv/bin/python bench/activation.py [--count 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from argon2 import PasswordHasher

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchkit import central_service, enrol, figure, percentile

from central_service.config import PasswordSettings
from central_service.mailbox import read_mailbox
from central_service.web import totp
from central_service.web.passwords import PasswordHashing
from tests.support.citizen import CODE, PASSWORD, CitizenClient, Page
from tests.support.registrations import code_hash, registration_body


class TimedCitizen(CitizenClient):
    """A citizen whose every page (request plus redirect) is timed."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url, timeout=120)
        self.times: list[float] = []

    def open(self, path_or_url: str, **params: str) -> Page:
        started = time.perf_counter()
        page = super().open(path_or_url, **params)
        self.times.append(time.perf_counter() - started)
        return page

    def submit(self, page: Page, action: str, **fields: str) -> Page:
        started = time.perf_counter()
        answer = super().submit(page, action, **fields)
        self.times.append(time.perf_counter() - started)
        return answer


def activate(base_url: str, link: str, username: str) -> list[float]:
    """One whole activation; the time of each page."""
    with TimedCitizen(base_url) as citizen:
        page = citizen.submit(citizen.open(link), "/activate/code", code=CODE)
        page = citizen.submit(
            page, "/activate/account", username=username, password=PASSWORD, password_again=PASSWORD
        )
        page = citizen.submit(page, "/keys/new", kind="totp")
        secret = page.totp_secret
        page = citizen.submit(
            page, "/keys/confirm", code=totp.code_at(secret, totp.step_at(dt.datetime.now(dt.UTC)))
        )
        assert page.path == "/keys", page.errors
        page = citizen.submit(page, "/logout")
        page = citizen.submit(page, "/login", username=username, password=PASSWORD)
        page = citizen.submit(page, "/login/key")
        later = totp.step_at(dt.datetime.now(dt.UTC)) + 1
        page = citizen.submit(page, "/login/code", code=totp.code_at(secret, later))
        assert page.path == "/keys", page.errors
        return citizen.times


def register(url: str, token: str, count: int, first: int) -> list[uuid.UUID]:
    ids = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as api:
        for start in range(first, first + count, 100):
            items = []
            for index in range(start, min(first + count, start + 100)):
                body = registration_body(index)
                ids.append(uuid.UUID(body["id"]))
                items.append({"idempotency_key": str(uuid.uuid4()), "registration": body})
            api.post("/v1/registrations:batch", json={"items": items}).raise_for_status()
    return ids


def links(mailbox: Path, ids: list[uuid.UUID]) -> list[str]:
    wanted = set(ids)
    deadline = time.monotonic() + 300
    while True:
        found = {
            m.registration_id: m.link for m in read_mailbox(mailbox) if m.registration_id in wanted and m.link
        }
        if len(found) == len(wanted):
            return [found[i] for i in ids]
        if time.monotonic() > deadline:
            sys.exit("the activation e-mails did not all arrive")
        time.sleep(0.2)


def argon2_floor() -> float:
    """Seconds of Argon2id an activation needs: the code's hash checked, the password hashed and checked."""
    hashing = PasswordHashing(PasswordSettings())
    started = time.perf_counter()
    PasswordHasher().verify(code_hash(), CODE.replace("-", ""))
    hashing.verify(hashing.hash(PASSWORD), PASSWORD)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="activations in each phase (200)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clerk-bench-activation-") as work:
        environment = {
            **os.environ,
            "CENTRAL_SERVICE_DATA_DIR": work,
            "CENTRAL_SERVICE_ACCESS_LOG": "false",
            # Every simulated citizen comes from 127.0.0.1: lift the per-address limit on guesses.
            "CENTRAL_SERVICE_SIGNIN_ADDRESS_GUESSES": "1000000",
        }
        with central_service(environment) as url:
            token = enrol(url, environment)
            mailbox = Path(work) / "mailbox"
            sequential = links(mailbox, register(url, token, args.count, 0))
            concurrent = links(mailbox, register(url, token, args.count, args.count))

            # Each activation next to its own floor, so load from elsewhere on the machine hits both alike.
            pairs = []
            for index, link in enumerate(sequential):
                floor = argon2_floor()
                pairs.append((sum(activate(url, link, f"one.{index}")), floor))
            with ThreadPoolExecutor(20) as pool:
                runs = pool.map(lambda job: activate(url, job[1], f"many.{job[0]}"), enumerate(concurrent))
                pages = [seconds for times in runs for seconds in times]
    ratio = statistics.median(activation / floor for activation, floor in pairs)
    argon2 = statistics.median(floor for _, floor in pairs)
    server = statistics.median(activation for activation, _ in pairs)
    print(f"argon2id work per activation, alone: {argon2 * 1000:.0f} ms (median)")
    print(f"server time per activation, one citizen at a time: {server * 1000:.0f} ms (median)")
    print(f"pages with 20 citizens at once: {len(pages)}, p50 {percentile(pages, 0.5) * 1000:.0f} ms")
    print(figure("activation_time_vs_argon2", ratio, "ratio", "<=1.3"))
    print(figure("activation_page_p95_20_citizens", percentile(pages, 0.95) * 1000, "ms", "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
