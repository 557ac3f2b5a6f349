"""The central-service client against the real reference service on loopback, and behind faults."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app.config import CentralServiceSettings
from clerk_app.errors import CentralUnreachable, NotAuthorised
from clerk_app.sync.client import CentralClient, Outcome, classify, parse_retry_after
from tests.support.central import LiveCentral, sqlite_url, start_central
from tests.support.faults import Fault, FaultPlan, FaultProxy
from tests.support.registrations import registration_body


@pytest.fixture
def central(tmp_path: Path) -> Iterator[LiveCentral]:
    with start_central(sqlite_url(tmp_path), tmp_path / "mailbox") as live:
        yield live


def client_for(url: str, token: str | None, timeout: float = 5.0) -> CentralClient:
    return CentralClient(CentralServiceSettings(url=url, timeout_seconds=timeout), token)


def test_enrolment_gives_a_token_once(central: LiveCentral) -> None:
    from central_service import workstations

    code = workstations.create_enrolment_code(
        central.service.db, "stadskantoor", dt.timedelta(hours=1), dt.datetime.now(dt.UTC)
    )
    with client_for(central.url, None) as client:
        enrolment = client.enrol(code, "desk-1")
        assert enrolment.centre == "stadskantoor" and len(enrolment.token) >= 32
        with pytest.raises(NotAuthorised):
            client.enrol(code, "desk-2")


def test_submit_replay_and_conflict(central: LiveCentral) -> None:
    token = central.enrol()
    body = registration_body(1)
    key = str(uuid.uuid4())
    with client_for(central.url, token) as client:
        first = client.submit(key, body)
        again = client.submit(key, body)
        changed = client.submit(key, {**body, "language": "fr"})
    assert (first.outcome, first.central_status, first.http_status) == (Outcome.ACCEPTED, "accepted", 201)
    assert (again.outcome, again.central_status) == (Outcome.ACCEPTED, "accepted")
    assert (changed.outcome, changed.reason) == (Outcome.REJECTED, "idempotency_conflict")


def test_bad_token_pauses_and_bad_body_is_rejected_for_good(central: LiveCentral) -> None:
    token = central.enrol()
    with client_for(central.url, "not-a-token") as client:
        assert client.submit(str(uuid.uuid4()), registration_body(2)).outcome is Outcome.UNAUTHORISED
    with client_for(central.url, token) as client:
        broken = registration_body(3)
        broken["person"]["national_number"] = "12345678901"
        result = client.submit(str(uuid.uuid4()), broken)
    assert result.outcome is Outcome.REJECTED
    assert result.reason == "invalid_body"


def test_batch_judges_each_item(central: LiveCentral) -> None:
    token = central.enrol()
    good = [(str(uuid.uuid4()), registration_body(10 + i)) for i in range(3)]
    bad = registration_body(20)
    bad["email"] = "not an address"
    items = [*good, (str(uuid.uuid4()), bad)]
    with client_for(central.url, token) as client:
        results = client.submit_batch(items)
        replayed = client.submit_batch(items)
    assert [r.outcome for r in results] == [Outcome.ACCEPTED] * 3 + [Outcome.REJECTED]
    assert [r.outcome for r in replayed] == [r.outcome for r in results]
    assert client_status(central, token, good[0][1]["id"]) == "accepted"


def client_status(central: LiveCentral, token: str, registration_id: str) -> str | None:
    with client_for(central.url, token) as client:
        return client.registration_status(registration_id).central_status


def test_no_server_is_a_retry_not_an_exception() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with client_for(f"http://127.0.0.1:{port}", "token") as client:
        result = client.submit(str(uuid.uuid4()), registration_body(4))
        assert not client.health()
    assert result.outcome is Outcome.RETRY and result.http_status is None


@pytest.mark.parametrize(
    ("fault", "http_status", "retry_after"),
    [
        (Fault.ERROR_500, 500, None),
        (Fault.UNAVAILABLE_503, 503, 1.0),
        (Fault.RATE_LIMITED_429, 429, 1.0),
        (Fault.DROP, None, None),
        (Fault.DROP_AFTER_COMMIT, None, None),
        (Fault.TIMEOUT, None, None),
    ],
)
def test_faults_mean_retry(
    central: LiveCentral, fault: Fault, http_status: int | None, retry_after: float | None
) -> None:
    token = central.enrol()
    plan = FaultPlan(script=[fault], hold_seconds=3.0)
    with FaultProxy(central.url, plan) as proxy, client_for(proxy.url, token, timeout=0.5) as client:
        result = client.submit(str(uuid.uuid4()), registration_body(5))
    assert result.outcome is Outcome.RETRY
    assert result.http_status == http_status
    assert result.retry_after == retry_after


def test_retry_after_as_seconds_or_http_date() -> None:
    assert parse_retry_after("7") == 7.0
    now = 1_800_000_000.0
    assert parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30.0)
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


PROXY_ANSWERS = [
    Fault.PROXY_400,
    Fault.PROXY_401,
    Fault.PROXY_403,
    Fault.PROXY_404,
    Fault.PROXY_413,
    Fault.PROXY_421,
    Fault.PROXY_422,
    Fault.PROXY_200,
]


@pytest.mark.parametrize("fault", PROXY_ANSWERS, ids=str)
def test_a_proxys_own_answer_is_never_final(central: LiveCentral, fault: Fault) -> None:
    """A proxy's HTML page is neither a refusal, nor an acceptance, nor a refused token: retry."""
    token = central.enrol()
    with FaultProxy(central.url, FaultPlan(script=[fault])) as proxy, client_for(proxy.url, token) as client:
        result = client.submit(str(uuid.uuid4()), registration_body(6))
    assert result.outcome is Outcome.RETRY
    assert result.connection_problem and not result.from_service


@pytest.mark.parametrize("fault", [f for f in PROXY_ANSWERS if f is not Fault.PROXY_413], ids=str)
def test_a_proxys_own_answer_to_a_batch_is_never_final(central: LiveCentral, fault: Fault) -> None:
    """(A 413 splits the batch instead: see the next test.)"""
    token = central.enrol()
    items = [(str(uuid.uuid4()), registration_body(60 + i)) for i in range(3)]
    with FaultProxy(central.url, FaultPlan(script=[fault])) as proxy, client_for(proxy.url, token) as client:
        results = client.submit_batch(items)
    assert [r.outcome for r in results] == [Outcome.RETRY] * 3
    assert all(r.connection_problem for r in results)


def test_a_batch_too_large_for_a_proxy_is_split_until_it_passes(central: LiveCentral) -> None:
    token = central.enrol()
    items = [(str(uuid.uuid4()), registration_body(70 + i)) for i in range(8)]
    one_item = len(json.dumps({"items": [{"idempotency_key": items[0][0], "registration": items[0][1]}]}))
    plan = FaultPlan(max_body_bytes=int(one_item * 2.5))
    with FaultProxy(central.url, plan) as proxy, client_for(proxy.url, token) as client:
        results = client.submit_batch(items)
        sizes = [exchange.fault for exchange in proxy.exchanges]
    assert [r.outcome for r in results] == [Outcome.ACCEPTED] * 8
    assert sizes.count(Fault.PROXY_413) == 3  # 8 → 4 + 4 → 2 + 2 + 2 + 2
    assert sizes.count(Fault.PASS) == 4


def test_only_the_services_documented_refusals_are_final() -> None:
    error = {"detail": "", "field": None}
    for status, code in [(422, "invalid_body"), (422, "centre_mismatch"), (400, "invalid_idempotency_key")]:
        assert classify(status, {"error": code, **error}, {}).outcome is Outcome.REJECTED
    for status, body in [
        (404, {"error": "not_found", **error}),  # a 404 to a POST is a wrong address, not a refusal
        (422, {"error": "something_new", **error}),
        (422, {"error": "invalid_body"}),  # not the service's error body
        (422, "<html>422</html>"),
        (413, {"error": "body_too_large", **error}),
        (421, None),
    ]:
        result = classify(status, body, {})
        assert result.outcome is Outcome.RETRY, (status, body)
    assert classify(200, {"welcome": "to the hotel wifi"}, {}).outcome is Outcome.RETRY
    assert classify(401, None, {}).outcome is Outcome.RETRY
    assert classify(401, {"error": "unauthorised", **error}, {}).outcome is Outcome.UNAUTHORISED


@pytest.mark.parametrize("fault", [Fault.PROXY_404, Fault.PROXY_401, Fault.PROXY_200], ids=str)
def test_a_proxys_answer_to_enrolment_is_a_connection_problem_not_a_verdict(
    central: LiveCentral, fault: Fault
) -> None:
    plan = FaultPlan(script=[fault], applies_to=lambda method, path: path == "/v1/enrolments")
    with (
        FaultProxy(central.url, plan) as proxy,
        client_for(proxy.url, None) as client,
        pytest.raises(CentralUnreachable),
    ):
        client.enrol("7KQ2-M9XD-4T0B", "desk-1")
