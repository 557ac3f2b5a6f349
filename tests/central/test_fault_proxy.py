"""The fault-injecting proxy the sync tests put in front of the service: each fault, as a client sees it."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select

from central_service.models import Registration
from tests.support.central import LiveCentral
from tests.support.faults import Fault, FaultPlan, FaultProxy
from tests.support.registrations import registration_body


@pytest.fixture
def proxy(central: LiveCentral) -> Iterator[FaultProxy]:
    with FaultProxy(central.url, FaultPlan(slow_seconds=0.3, hold_seconds=5)) as running:
        yield running


def stored(central: LiveCentral) -> int:
    with central.service.db.reading() as session:
        return int(session.execute(select(func.count(Registration.id))).scalar_one())


def send(proxy: FaultProxy, token: str, body: dict[str, object], key: str) -> httpx.Response:
    with httpx.Client(base_url=proxy.url, headers={"Authorization": f"Bearer {token}"}, timeout=1.0) as http:
        return http.post("/v1/registrations", json=body, headers={"Idempotency-Key": key})


@pytest.mark.parametrize(
    ("fault", "seen", "committed"),
    [
        (Fault.ERROR_500, 500, False),
        (Fault.ERROR_500_AFTER_COMMIT, 500, True),
        (Fault.UNAVAILABLE_503, 503, False),
        (Fault.RATE_LIMITED_429, 429, False),
        (Fault.TIMEOUT, httpx.ReadTimeout, False),
        (Fault.TIMEOUT_AFTER_COMMIT, httpx.ReadTimeout, True),
        (Fault.DROP, httpx.RemoteProtocolError, False),
        (Fault.DROP_AFTER_COMMIT, httpx.RemoteProtocolError, True),
    ],
)
def test_each_fault_then_a_retry_lands_exactly_once(
    central: LiveCentral,
    token: str,
    proxy: FaultProxy,
    fault: Fault,
    seen: int | type[Exception],
    committed: bool,
) -> None:
    body, key = registration_body(), str(uuid.uuid4())
    proxy.plan.script.append(fault)
    if isinstance(seen, int):
        response = send(proxy, token, body, key)
        assert response.status_code == seen
        assert response.json()["error"].startswith("injected_")
        if seen in (429, 503):
            assert response.headers["Retry-After"] == "1"
    else:
        with pytest.raises(seen):
            send(proxy, token, body, key)
    # The proxy records an exchange once the server has answered it, before the client sees the fault.
    assert proxy.exchanges[-1].upstream_status == (201 if committed else None)
    assert stored(central) == int(committed)
    retry = send(proxy, token, body, key)
    assert retry.status_code == 201
    assert retry.headers.get("Idempotent-Replayed") == ("true" if committed else None)
    assert stored(central) == 1
    assert len(central.wait_for_mails(1)) == 1
    assert [(exchange.fault, exchange.upstream_status) for exchange in proxy.exchanges] == [
        (fault, 201 if committed else None),
        (Fault.PASS, 201),
    ]


def test_slow_answers_arrive_late_but_whole(central: LiveCentral, token: str, proxy: FaultProxy) -> None:
    proxy.plan.script.append(Fault.SLOW)
    started = time.monotonic()
    response = send(proxy, token, registration_body(), str(uuid.uuid4()))
    assert time.monotonic() - started >= 0.3
    assert response.status_code == 201
    assert response.json()["status"] == "accepted"


def test_keep_alive_connections_survive_answered_faults(
    central: LiveCentral, token: str, proxy: FaultProxy
) -> None:
    proxy.plan.script.extend([Fault.ERROR_500, Fault.UNAVAILABLE_503, Fault.PASS])
    with httpx.Client(base_url=proxy.url, headers={"Authorization": f"Bearer {token}"}) as http:
        statuses = [
            http.post(
                "/v1/registrations", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
            ).status_code
            for body in (registration_body(1), registration_body(2), registration_body(3))
        ]
        health = http.get("/v1/health")
    assert statuses == [500, 503, 201]
    assert health.json() == {"status": "ok"}
    assert [exchange.fault for exchange in proxy.exchanges] == [
        Fault.ERROR_500,
        Fault.UNAVAILABLE_503,
        Fault.PASS,
        Fault.PASS,
    ]


def test_only_selected_requests_are_faulted(central: LiveCentral, proxy: FaultProxy) -> None:
    proxy.plan = FaultPlan(probabilities={Fault.ERROR_500: 1.0})
    assert httpx.get(f"{proxy.url}/v1/health").status_code == 200
    assert proxy.faulted_share() == 0.0


def test_probabilities_are_reproducible_and_respected() -> None:
    odds = {Fault.ERROR_500: 0.1, Fault.DROP_AFTER_COMMIT: 0.15, Fault.TIMEOUT: 0.05}
    first = FaultPlan(script=[Fault.SLOW, Fault.DROP], probabilities=odds, seed=7)
    second = FaultPlan(script=[Fault.SLOW, Fault.DROP], probabilities=odds, seed=7)
    drawn = [first.next("POST", "/v1/registrations") for _ in range(4000)]
    assert drawn == [second.next("POST", "/v1/registrations") for _ in range(4000)]
    assert drawn[:2] == [Fault.SLOW, Fault.DROP]
    counts = Counter(drawn[2:])
    for fault, probability in odds.items():
        assert abs(counts[fault] / 3998 - probability) < 0.025, fault
    assert abs(counts[Fault.PASS] / 3998 - 0.7) < 0.03
    assert first.next("GET", "/v1/health") is Fault.PASS


def test_impossible_odds_are_refused() -> None:
    with pytest.raises(ValueError, match="sum to at most 1"):
        FaultPlan(probabilities={Fault.ERROR_500: 0.6, Fault.DROP: 0.6})
