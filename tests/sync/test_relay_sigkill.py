"""The app killed with SIGKILL in the middle of sync, 50 times: still exactly once everywhere.

A child process drains the outbox (one registration per request, through a proxy that slows some answers
and cuts some connections after the server committed) and is killed at a random moment after it started
sending, 50 times. A last child drains the rest. Then the central service holds every registration
exactly once, the store shows every one accepted, and one activation e-mail went out per registration.
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from central_service.models import Registration as CentralRegistration
from clerk_app.config import Settings
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from tests.support.central import LiveCentral
from tests.support.faults import Fault, FaultPlan, FaultProxy
from tests.support.sync_relay import Register

KILLS = 50
TOTAL = 1500
ROOT = Path(__file__).resolve().parents[2]


def start_child(settings: Settings, service: str, url: str, token: str) -> subprocess.Popen[str]:
    home = settings.paths.data_dir.parents[1]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sync.relay_child", str(home), service, url],
        cwd=ROOT,
        env={**os.environ, "CLERK_TEST_TOKEN": token},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


@pytest.mark.slow
def test_sync_survives_sigkill_at_random_moments(
    store: Store,
    settings: Settings,
    secret_store: SecretStore,
    central: LiveCentral,
    register: Register,
) -> None:
    ids = register(TOTAL)
    store.close()
    service = secret_store._service  # the same keyring entry the child must use
    token = central.enrol()
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    plan = FaultPlan(
        probabilities={Fault.SLOW: 0.1, Fault.DROP_AFTER_COMMIT: 0.1}, seed=seed, slow_seconds=0.05
    )
    with FaultProxy(central.url, plan) as proxy:
        mid_sync = 0
        for _ in range(KILLS):
            child = start_child(settings, service, proxy.url, token)
            assert child.stdout is not None
            line = child.stdout.readline()
            if line == "sending\n":
                time.sleep(chance.uniform(0.0, 0.3))  # a random kill moment, not a wait for something
                mid_sync += child.poll() is None
            child.send_signal(signal.SIGKILL)
            child.wait()
        last = start_child(settings, service, proxy.url, token)
        out, _ = last.communicate(timeout=300)
    assert out.splitlines()[-1:] == ["drained"], f"the last child did not drain (seed {seed})"
    assert mid_sync >= KILLS * 0.8, f"only {mid_sync} of {KILLS} kills hit a running sync (seed {seed})"

    reopened = Store.open(settings, secret_store)
    try:
        assert reopened.integrity.verify().ok
        local = collections.Counter(reopened.registrations.get(i).status for i in ids)
    finally:
        reopened.close()
    assert local == {RegistrationStatus.ACCEPTED: TOTAL}, f"{local} (seed {seed})"
    with central.service.db.reading() as session:
        held = session.execute(
            select(CentralRegistration.id, func.count()).group_by(CentralRegistration.id)
        ).all()
    assert {uuid.UUID(str(row_id)) for row_id, _ in held} == set(ids)
    assert all(count == 1 for _, count in held)
    mails = central.wait_for_mails(TOTAL, timeout=120)
    per_registration = collections.Counter(m.registration_id for m in central.settled_mails(timeout=120))
    assert set(per_registration) == set(ids) and set(per_registration.values()) == {1}, f"seed {seed}"
    assert len(mails) >= TOTAL
