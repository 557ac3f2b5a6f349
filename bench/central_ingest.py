"""Benchmark: 20 concurrent workstations sending registrations to the central service on PostgreSQL.

Starts everything it needs: a throwaway PostgreSQL cluster (scripts/test-postgres, durable settings),
``central-service serve`` in its own process with its development mailbox, and an enrolled
workstation. Then, with the same 20 keep-alive clients:

1. the floor: ``GET /v1/health`` (HTTP, auth-free routing, one database round trip);
2. the figure: ``POST /v1/registrations``, each a new registration under a new Idempotency-Key;
3. the same again while an enrolment-guessing flood runs (``--flooders`` clients posting wrong
   enrolment codes as fast as they are answered): the rate limit must keep the flood from slowing
   real ingest (target: at most 10 % slower).

Prints registrations per second and latency percentiles, the floor's, and their ratio, ending with
``figure:`` lines. Usage: ``.venv/bin/python bench/central_ingest.py [--clients 20] [--per-client 150]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchkit import central_service, enrol  # noqa: E402

from tests.support.registrations import registration_body  # noqa: E402

# Targets from need, not from measurement: ~30 counters register a citizen every few minutes at most,
# and a day's backlog after an outage (a few thousand) should drain within a minute or two. Latency is
# not seen by clerks (the relay sends in the background, with a 10 s timeout): p99 within 1 s.
RATE_TARGET = 50.0  # registrations per second, 20 clients
P99_TARGET_MS = 1000.0
#: Ingest during an enrolment-guessing flood, as a share of ingest without one (issue 9).
FLOOD_RATIO_TARGET = 0.90


@contextmanager
def postgres(workdir: Path) -> Iterator[str]:
    started = subprocess.run(
        [str(ROOT / "scripts" / "test-postgres"), "start", str(workdir), "--durable"],
        capture_output=True,
        text=True,
        check=False,
    )
    if started.returncode != 0:
        sys.exit(f"central_ingest: PostgreSQL did not start: {started.stderr.strip()}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(ROOT / "scripts" / "test-postgres"), "stop", str(workdir)], check=False)


async def run_clients(
    url: str,
    token: str,
    clients: int,
    per_client: int,
    request: Callable[[httpx.AsyncClient, int], Awaitable[int]],
) -> tuple[float, list[float]]:
    """Each client sends ``per_client`` requests one after another; returns (seconds, latencies)."""
    latencies: list[float] = []
    headers = {"Authorization": f"Bearer {token}"}

    async def client(number: int, http: httpx.AsyncClient) -> None:
        for index in range(per_client):
            started = time.perf_counter()
            status = await request(http, number * per_client + index)
            latencies.append(time.perf_counter() - started)
            if status >= 300:
                raise RuntimeError(f"unexpected HTTP {status}")

    sessions = [
        httpx.AsyncClient(base_url=url, headers=headers, limits=httpx.Limits(max_connections=1), timeout=30)
        for _ in range(clients)
    ]
    try:
        started = time.perf_counter()
        await asyncio.gather(*(client(number, http) for number, http in enumerate(sessions)))
        elapsed = time.perf_counter() - started
    finally:
        for http in sessions:
            await http.aclose()
    return elapsed, latencies


async def flooded(
    url: str,
    flooders: int,
    statuses: dict[int, int],
    ingest: Awaitable[tuple[float, list[float]]],
) -> tuple[float, list[float], int]:
    """Run ``ingest`` while ``flooders`` clients guess enrolment codes; (seconds, latencies, guesses)."""
    stop = asyncio.Event()
    guesses = 0

    async def flood() -> None:
        nonlocal guesses
        async with httpx.AsyncClient(base_url=url, timeout=30) as http:
            while not stop.is_set():
                response = await http.post(
                    "/v1/enrolments", json={"code": "AAAA-BBBB-CCCC", "workstation": "guess"}
                )
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                guesses += 1

    tasks = [asyncio.create_task(flood()) for _ in range(flooders)]
    try:
        elapsed, latencies = await ingest
    finally:
        stop.set()
        await asyncio.gather(*tasks)
    return elapsed, latencies, guesses


def percentile(values: list[float], fraction: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[int(fraction * 1000) - 1]


def report(name: str, count: int, elapsed: float, latencies: list[float]) -> dict[str, float]:
    result = {
        "rate": count / elapsed,
        "p50": percentile(latencies, 0.5) * 1000,
        "p99": percentile(latencies, 0.99) * 1000,
    }
    print(
        f"{name}: {count} requests in {elapsed:.2f} s = {result['rate']:.0f}/s, "
        f"p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms"
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-client", type=int, default=150)
    parser.add_argument("--flooders", type=int, default=4)
    args = parser.parse_args()
    clients, per_client = args.clients, args.per_client
    total = clients * per_client

    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="central-ingest-")))
        database_url = stack.enter_context(postgres(workdir))
        environment = {
            **{key: value for key, value in os.environ.items() if not key.startswith("CENTRAL_SERVICE_")},
            "CENTRAL_SERVICE_DATABASE_URL": database_url,
            "CENTRAL_SERVICE_DATA_DIR": str(workdir / "service"),
            "CENTRAL_SERVICE_ACCESS_LOG": "false",
        }
        url = stack.enter_context(central_service(environment))
        token = enrol(url, environment)
        bodies = [registration_body(index) for index in range(2 * total + clients * 5)]
        keys = [str(uuid.uuid4()) for _ in bodies]

        async def health(http: httpx.AsyncClient, _: int) -> int:
            return (await http.get("/v1/health")).status_code

        def registrations(offset: int) -> Callable[[httpx.AsyncClient, int], Awaitable[int]]:
            async def post(http: httpx.AsyncClient, index: int) -> int:
                body: dict[str, Any] = bodies[offset + index]
                response = await http.post(
                    "/v1/registrations", json=body, headers={"Idempotency-Key": keys[offset + index]}
                )
                return response.status_code

            return post

        print(f"central_ingest: {clients} clients, PostgreSQL {database_url.rsplit('@', 1)[-1]}, {url}")
        asyncio.run(run_clients(url, token, clients, 5, registrations(total)))  # warm-up
        asyncio.run(run_clients(url, token, clients, 20, health))
        floor = report(
            "floor (GET /v1/health)",
            total,
            *asyncio.run(run_clients(url, token, clients, per_client, health)),
        )
        ingest = report(
            "registrations (POST /v1/registrations)",
            total,
            *asyncio.run(run_clients(url, token, clients, per_client, registrations(0))),
        )
        flood_statuses: dict[int, int] = {}
        flooded_elapsed, flooded_latencies, flood_count = asyncio.run(
            flooded(
                url,
                args.flooders,
                flood_statuses,
                run_clients(url, token, clients, per_client, registrations(total + clients * 5)),
            )
        )
        flooded_ingest = report(
            "registrations during an enrolment flood", total, flooded_elapsed, flooded_latencies
        )
        print(
            f"enrolment flood: {flood_count} guesses in {flooded_elapsed:.2f} s = "
            f"{flood_count / flooded_elapsed:.0f}/s, answers {dict(sorted(flood_statuses.items()))}"
        )

    rate = ingest["rate"]
    print(f"figure: central_ingest_rate value={rate:.0f} unit=registrations/s target=>={RATE_TARGET:.0f}")
    print(f"figure: central_ingest_p99 value={ingest['p99']:.1f} unit=ms target=<={P99_TARGET_MS:.0f}")
    print(f"figure: central_ingest_floor_rate value={floor['rate']:.0f} unit=requests/s target=-")
    print(f"figure: central_ingest_floor_p99 value={floor['p99']:.1f} unit=ms target=-")
    print(f"figure: central_ingest_vs_floor value={ingest['rate'] / floor['rate']:.2f} unit=ratio target=-")
    ratio = flooded_ingest["rate"] / rate
    print(
        f"figure: central_ingest_under_enrolment_flood value={ratio:.2f} unit=ratio "
        f"target=>={FLOOD_RATIO_TARGET:.2f}"
    )
    flood_rate = flood_count / flooded_elapsed
    print(f"figure: central_enrolment_flood_rate value={flood_rate:.0f} unit=requests/s target=-")
    return 0


if __name__ == "__main__":
    sys.exit(main())
