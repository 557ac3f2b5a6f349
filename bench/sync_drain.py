"""Benchmark of the outbox relay: a backlog of waiting registrations drained to a loopback central service.

    .venv/bin/python bench/sync_drain.py [--registrations 10000]

One run, three drains of the same backlog, each into a fresh central service (``central-service serve`` in
its own process on loopback, SQLite, its mail relay running as in production):

* floor: the same bodies, built beforehand, POSTed one by one with their idempotency keys by a minimal
  httpx client with keep-alive (no store, no bookkeeping);
* the relay one by one: ``OutboxRelay`` over the real encrypted store, every registration in its own
  request, each answer recorded in the store (target: at most 1.5 × the floor);
* the relay with batching, as it drains a backlog (target: faster than the floor).

The backlog is made once through ``store.registrations.register`` with one precomputed Argon2id hash
(hashing each would take half an hour and is not what is measured here), then the database file is copied
so each relay drain starts from the same backlog. It starts what it needs, including a private D-Bus
session with a throwaway keyring for the database key. Ends with one line per figure:
``figure: NAME value=V unit=U target=T``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchkit import central_service, enrol, figure, in_private_keyring_session  # noqa: E402

from clerk_app.config import CentralServiceSettings, Profile, Settings, paths_for  # noqa: E402
from clerk_app.secrets import SecretStore  # noqa: E402
from clerk_app.storage import Store, registrations  # noqa: E402
from clerk_app.sync.client import CentralClient  # noqa: E402
from clerk_app.sync.relay import OutboxRelay, RelayPolicy  # noqa: E402
from clerk_app.sync.wire import registration_body  # noqa: E402
from tests.support.registrations import code_hash  # noqa: E402
from tests.support.store_builders import request  # noqa: E402

SINGLE_TARGET = 1.5


def service_environment(folder: Path) -> dict[str, str]:
    return {
        **{key: value for key, value in os.environ.items() if not key.startswith("CENTRAL_SERVICE_")},
        "CENTRAL_SERVICE_DATA_DIR": str(folder),
        "CENTRAL_SERVICE_ACCESS_LOG": "false",
    }


def make_backlog(settings: Settings, secrets: SecretStore, total: int) -> list[tuple[str, dict[str, object]]]:
    """``total`` waiting registrations in the store; returns their (idempotency key, body) pairs."""
    hashed = code_hash()
    registrations.hash_code = lambda _code: hashed  # type: ignore[assignment]
    with Store.open(settings, secrets) as store:
        now = dt.datetime.now(dt.UTC)
        for index in range(total):
            store.registrations.register(request(index), now)
        due = store.outbox.due(now + dt.timedelta(seconds=1), total)
    return [(str(item.id), registration_body(item.registration)) for item in due]


def drain_floor(url: str, token: str, payloads: list[tuple[str, dict[str, object]]]) -> float:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http:
        started = time.perf_counter()
        for key, payload in payloads:
            http.post("/v1/registrations", json=payload, headers={"Idempotency-Key": key}).raise_for_status()
        return time.perf_counter() - started


def drain_relay(settings: Settings, secrets: SecretStore, url: str, token: str, policy: RelayPolicy) -> float:
    with Store.open(settings, secrets) as store:
        client = CentralClient(CentralServiceSettings(url=url, timeout_seconds=30), token)
        relay = OutboxRelay(store.outbox, client, policy=policy)
        started = time.perf_counter()
        while store.outbox.pending_count():
            report = relay.run_round()
            if report.stopped_because:
                sys.exit(f"sync_drain: the relay stopped ({report.stopped_because})")
        elapsed = time.perf_counter() - started
        client.close()
    return elapsed


def with_fresh_service(folder: Path, drain: Callable[[str, str], float]) -> float:
    folder.mkdir()
    environment = service_environment(folder)
    with central_service(environment) as url:
        return drain(url, enrol(url, environment))


def run(total: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="clerk-sync-drain-"))
    try:
        settings = Settings(profile=Profile.TRAINING, paths=paths_for(Profile.TRAINING, home=work / "home"))
        secrets = SecretStore(f"clerk-app-bench/{uuid.uuid4()}")
        started = time.perf_counter()
        payloads = make_backlog(settings, secrets, total)
        print(f"sync_drain: {total} waiting registrations made in {time.perf_counter() - started:.0f} s")
        snapshot = work / "backlog.db"
        shutil.copy2(settings.paths.database, snapshot)

        floor = with_fresh_service(work / "floor", lambda url, token: drain_floor(url, token, payloads))
        print(f"floor (httpx one by one): {floor:.1f} s")
        single_policy = RelayPolicy(batch_threshold=total + 1)
        single = with_fresh_service(
            work / "single", lambda url, token: drain_relay(settings, secrets, url, token, single_policy)
        )
        print(f"relay one by one: {single:.1f} s")
        shutil.copy2(snapshot, settings.paths.database)
        batched = with_fresh_service(
            work / "batched", lambda url, token: drain_relay(settings, secrets, url, token, RelayPolicy())
        )
        print(f"relay with batches of {RelayPolicy().batch_size}: {batched:.1f} s")
        secrets.delete("database-key")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(figure("sync_drain_floor_seconds", floor, "s", "-"))
    print(figure("sync_drain_single_seconds", single, "s", "-"))
    print(figure("sync_drain_single_rate", total / single, "registrations/s", "-"))
    print(figure("sync_drain_single_vs_floor", single / floor, "ratio", f"<={SINGLE_TARGET}"))
    print(figure("sync_drain_batched_seconds", batched, "s", "-"))
    print(figure("sync_drain_batched_rate", total / batched, "registrations/s", "-"))
    print(figure("sync_drain_batched_vs_floor", batched / floor, "ratio", "<1"))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=10_000, help="backlog size (default 10,000)")
    args = parser.parse_args()
    in_private_keyring_session()
    return run(args.registrations)


if __name__ == "__main__":
    sys.exit(main())
