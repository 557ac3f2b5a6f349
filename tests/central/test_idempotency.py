"""Exactly-once intake under replays, in-flight duplicates and concurrency, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select, text

from central_service import intake
from central_service.models import IdempotencyKey, MailOutbox, Registration
from central_service.wire import RegistrationIn
from tests.support.central import LiveCentral, start_central
from tests.support.postgres import fresh_database
from tests.support.registrations import registration_body
from tests.support.waiting import wait_until


def post(http: httpx.Client, body: dict[str, object], key: str) -> httpx.Response:
    return http.post("/v1/registrations", json=body, headers={"Idempotency-Key": key})


def count(central: LiveCentral, column: object) -> int:
    with central.service.db.reading() as session:
        return int(session.execute(select(func.count(column))).scalar_one())  # type: ignore[arg-type]


def claim_in_flight(
    central: LiveCentral, key: str, body: dict[str, object], lease_until: dt.datetime
) -> None:
    """Leave a claim as a request still running (or one that died) in another process would."""
    with central.service.db.transaction() as session:
        (workstation_id,) = session.execute(text("SELECT id FROM workstations")).one()
        session.add(
            IdempotencyKey(
                key=key,
                request_hash=RegistrationIn.model_validate(body).fingerprint(),
                workstation_id=uuid.UUID(str(workstation_id)),
                created_at=dt.datetime.now(dt.UTC),
                lease_until=lease_until,
            )
        )


def test_a_request_still_in_flight_gets_409(central: LiveCentral, http: httpx.Client) -> None:
    body, key = registration_body(), str(uuid.uuid4())
    claim_in_flight(central, key, body, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30))
    response = post(http, body, key)
    assert (response.status_code, response.json()["error"]) == (409, "request_in_progress")
    different = post(http, registration_body(7), key)
    assert (different.status_code, different.json()["error"]) == (422, "idempotency_conflict")
    assert count(central, Registration.id) == 0


def test_a_claim_whose_request_died_is_taken_over_after_its_lease(
    central: LiveCentral, http: httpx.Client
) -> None:
    body, key = registration_body(), str(uuid.uuid4())
    claim_in_flight(central, key, body, dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    first = post(http, body, key)
    assert first.status_code == 201
    again = post(http, body, key)
    assert (again.status_code, again.json()) == (201, first.json())
    assert count(central, Registration.id) == 1


def _burst(workers: int, call: Callable[[int], httpx.Response]) -> list[httpx.Response]:
    start = threading.Barrier(workers)

    def run(index: int) -> httpx.Response:
        start.wait()
        return call(index)

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(run, range(workers)))


def test_concurrent_duplicates_store_once_and_answer_alike(central: LiveCentral, http: httpx.Client) -> None:
    body, key = registration_body(), str(uuid.uuid4())
    responses = _burst(12, lambda _: post(http, body, key))
    statuses = sorted({response.status_code for response in responses})
    assert set(statuses) <= {201, 409}, statuses
    accepted = [response.json() for response in responses if response.status_code == 201]
    assert accepted and all(answer == accepted[0] for answer in accepted)
    assert count(central, Registration.id) == 1
    assert count(central, MailOutbox.id) == 1
    assert len(central.wait_for_mails(1)) == 1


def test_concurrent_copies_under_different_keys_store_once(central: LiveCentral, http: httpx.Client) -> None:
    body = registration_body()
    responses = _burst(12, lambda _: post(http, body, str(uuid.uuid4())))
    assert [response.status_code for response in responses] == [201] * 12
    assert all(response.json() == responses[0].json() for response in responses)
    assert count(central, Registration.id) == 1
    assert count(central, MailOutbox.id) == 1


def test_many_concurrent_registrations_all_land_once(central: LiveCentral, http: httpx.Client) -> None:
    bodies = [registration_body(index) for index in range(40)]
    keys = [str(uuid.uuid4()) for _ in bodies]
    first = _burst(20, lambda i: post(http, bodies[i], keys[i]))
    with ThreadPoolExecutor(20) as pool:
        rest = list(pool.map(lambda i: post(http, bodies[i], keys[i]), range(20, 40)))
        replays = list(pool.map(lambda i: post(http, bodies[i], keys[i]), range(40)))
    assert [response.status_code for response in first + rest] == [201] * 40
    assert [response.json() for response in replays] == [response.json() for response in first + rest]
    assert count(central, Registration.id) == 40
    assert len(central.wait_for_mails(40)) == 40


def test_keys_are_kept_30_days_then_forgotten_without_duplicating(
    central: LiveCentral, http: httpx.Client
) -> None:
    old_body, young_body = registration_body(1), registration_body(2)
    old_key, young_key = str(uuid.uuid4()), str(uuid.uuid4())
    assert post(http, old_body, old_key).status_code == 201
    assert post(http, young_body, young_key).status_code == 201
    now = dt.datetime.now(dt.UTC)
    with central.service.db.transaction() as session:
        session.get_one(IdempotencyKey, old_key).created_at = now - dt.timedelta(days=31)
        session.get_one(IdempotencyKey, young_key).created_at = now - dt.timedelta(days=29, hours=23)
    assert intake.purge_keys(central.service.db, dt.timedelta(days=30), now) == 1
    with central.service.db.reading() as session:
        assert session.get(IdempotencyKey, old_key) is None
        assert session.get(IdempotencyKey, young_key) is not None
    # A very late replay of the forgotten key still finds the registration and does not store it twice.
    late = post(http, old_body, old_key)
    assert late.status_code == 201
    assert late.json()["id"] == old_body["id"]
    assert count(central, Registration.id) == 2
    assert len(central.wait_for_mails(2)) == 2
    assert len(central.settled_mails()) == 2


def test_a_registration_expired_on_arrival_is_refused_and_the_refusal_replayed(
    central: LiveCentral, http: httpx.Client
) -> None:
    registered = dt.datetime.now(dt.UTC) - dt.timedelta(days=14, minutes=1)
    body, key = registration_body(registered_at=registered), str(uuid.uuid4())
    first = post(http, body, key)
    assert (first.status_code, first.json()["error"], first.json()["field"]) == (
        422,
        "registration_expired",
        "expires_at",
    )
    again = post(http, body, key)
    assert (again.status_code, again.json()) == (422, first.json())
    assert again.headers["Idempotent-Replayed"] == "true"
    with central.service.db.reading() as session:
        stored = session.get_one(IdempotencyKey, key)
        assert stored.response_status == 422
        assert json.loads(stored.response_body or "{}")["error"] == "registration_expired"
    assert count(central, Registration.id) == 0


def test_postgres_request_blocked_mid_transaction_is_in_flight(postgres_server: str, tmp_path: Path) -> None:
    """A real request held inside its processing transaction by a row lock: duplicates get 409."""
    with ExitStack() as stack:
        url = stack.enter_context(fresh_database(postgres_server))
        central = stack.enter_context(start_central(url, tmp_path / "mailbox"))
        http = stack.enter_context(central.client(central.enrol()))
        older = registration_body(1, registered_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
        assert post(http, older, str(uuid.uuid4())).status_code == 201
        newer = registration_body(2, national=older["person"]["national_number"])  # type: ignore[index]
        key = str(uuid.uuid4())
        locker = create_engine(url)
        with locker.connect() as connection, ThreadPoolExecutor(1) as pool:
            transaction = connection.begin()
            connection.execute(text("SELECT id FROM registrations FOR UPDATE"))
            blocked = pool.submit(post, http, newer, key)
            wait_until(
                lambda: count(central, IdempotencyKey.key) >= 2, what="the first request to claim its key"
            )
            duplicate = post(http, newer, key)
            assert (duplicate.status_code, duplicate.json()["error"]) == (409, "request_in_progress")
            assert not blocked.done()
            transaction.rollback()
            first = blocked.result(timeout=10)
        locker.dispose()
        assert first.status_code == 201
        assert first.json()["superseded"] == older["id"]
        retry = post(http, newer, key)
        assert (retry.status_code, retry.json()) == (201, first.json())


def test_replays_survive_a_restart_of_the_service(database_url: str, tmp_path: Path) -> None:
    body, key = registration_body(), str(uuid.uuid4())
    with start_central(database_url, tmp_path / "mailbox") as first_run:
        token = first_run.enrol()
        with first_run.client(token) as http:
            first = post(http, body, key)
        url, port = first_run.url, int(first_run.url.rsplit(":", 1)[1])
    with start_central(database_url, tmp_path / "mailbox", port=port) as second_run:
        assert second_run.url == url
        with second_run.client(token) as http:
            again = post(http, body, key)
        assert (again.status_code, again.json()) == (201, first.json())
        assert again.headers["Idempotent-Replayed"] == "true"
        assert len(second_run.wait_for_mails(1)) == 1
        assert len(second_run.settled_mails()) == 1
