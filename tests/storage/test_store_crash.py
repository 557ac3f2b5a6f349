"""Crash test: a registering process is killed with SIGKILL at random moments, 200 times.

After every kill the store is opened again as the application would and must be whole: integrity and
audit chain ok, every registration the child reported (it reports only after ``register`` returned)
present with its outbox row and its audit entry, and no row without its partners. The kill moments are
drawn from a seeded generator; the seed is in the failure message to replay a run.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from activation_code import verify_code
from clerk_app.config import Settings
from clerk_app.errors import RecordNotFound
from clerk_app.secrets import SecretStore
from clerk_app.storage import AuditAction, Store
from clerk_app.storage.database import KEY_ENTRY, connect
from tests.support.store_builders import NOW
from tests.support.store_checks import table_counts

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 200
#: One kill in seven lands while the child starts (opening the store, the very first migration, making
#: the key). The others land in the registering loop: after the child has reported 0 to 3 committed
#: registrations, at a random moment within the next one (hashing, inserts or the commit). Waiting for the
#: reports rather than for a fixed time keeps that true however loaded the machine is.
STARTUP_SHARE = 1 / 7
STARTUP_WINDOW = 0.8
MAX_REPORTS_BEFORE_KILL = 3
#: How long one registration takes when the child has not reported two yet to measure it.
TYPICAL_REGISTRATION = 0.15


def _run_child(home: Path, service: str, first_index: int, rng: random.Random) -> dict[uuid.UUID, str]:
    """Start the child, SIGKILL it at a random moment, return what it reported (id → code)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", str(home), service, str(first_index)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    lines: list[str] = []
    if rng.random() < STARTUP_SHARE:
        time.sleep(rng.uniform(0.0, STARTUP_WINDOW))  # a random kill moment, not a wait for something
    else:
        if child.stdout.readline() != "ready\n":
            _, err = child.communicate(timeout=30)
            pytest.fail(f"the crash child did not start (exit {child.returncode}):\n{err[-3000:]}")
        moments = [time.monotonic()]
        for _ in range(rng.randint(0, MAX_REPORTS_BEFORE_KILL)):
            lines.append(child.stdout.readline())
            moments.append(time.monotonic())
        one = moments[-1] - moments[-2] if len(moments) > 2 else TYPICAL_REGISTRATION
        time.sleep(rng.uniform(0.0, one))  # a random kill moment within the next registration
    if child.poll() is not None:
        _, err = child.communicate(timeout=30)
        pytest.fail(f"the crash child stopped by itself (exit {child.returncode}):\n{err[-3000:]}")
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    reports = {}
    for line in [*lines, *out.split("\n")[:-1]]:  # the last piece is empty or a line cut off by the kill
        if line.strip() not in ("", "ready"):
            registration_id, code = line.split()
            reports[uuid.UUID(registration_id)] = code
    return reports


@pytest.mark.slow
def test_registrations_survive_sigkill_at_random_moments(
    settings: Settings, secret_store: SecretStore, keyring_service: str
) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    home = settings.paths.data_dir.parents[1]
    reported: dict[uuid.UUID, str] = {}
    rounds_with_reports = 0
    for round_number in range(ROUNDS):
        where = f"round {round_number} (seed {seed})"
        new = _run_child(home, keyring_service, round_number * 50, rng)
        reported.update(new)
        rounds_with_reports += bool(new)

        with Store.open(settings, secret_store) as store:
            report = store.integrity.verify()
            assert report.ok, f"{where}: {report.problems}"
            missing = 0
            for registration_id in new:
                try:
                    history = store.audit.history(registration_id)
                    store.registrations.get(registration_id)
                except RecordNotFound:
                    missing += 1
                    continue
                missing += not history or history[0].action is not AuditAction.ISSUED
            assert missing == 0, f"{where}: {missing} reported registration(s) missing or without audit entry"
            waiting = {item.registration.id for item in store.outbox.due(NOW, limit=10**6)}
            unsent = sum(1 for registration_id in reported if registration_id not in waiting)
            assert unsent == 0, f"{where}: {unsent} reported registration(s) without their outbox row"
            if new:
                last_id, last_code = list(new.items())[-1]
                matches = verify_code(store.registrations.get(last_id).code_hash, last_code)
                assert matches, f"{where}: the reported code does not match the stored hash"

        connection = connect(settings.paths.database, bytes.fromhex(secret_store.get(KEY_ENTRY) or ""))
        try:
            counts = table_counts(connection)
        finally:
            connection.close()
        assert counts["registrations"] == counts["outbox"] == counts["audit_log"], f"{where}: {counts}"
        # At most one registration per kill can be committed but not yet reported.
        assert len(reported) <= counts["registrations"] <= len(reported) + round_number + 1, where

    assert rounds_with_reports >= ROUNDS // 2, (
        f"only {rounds_with_reports} of {ROUNDS} kills hit the registering loop (seed {seed})"
    )
