"""POST /v1/registrations:batch: each item judged as if sent alone under its own key."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session

from central_service import registrations
from central_service.models import Registration
from central_service.wire import RegistrationIn
from tests.support.central import LiveCentral
from tests.support.registrations import registration_body


def batch(http: httpx.Client, items: list[tuple[str, dict[str, Any]]]) -> httpx.Response:
    payload = {"items": [{"idempotency_key": key, "registration": body} for key, body in items]}
    return http.post("/v1/registrations:batch", json=payload)


def test_each_item_gets_its_own_result(central: LiveCentral, http: httpx.Client) -> None:
    good, other, broken = registration_body(1), registration_body(2), registration_body(3)
    broken["email"] = "not an address"
    keys = [str(uuid.uuid4()) for _ in range(4)]
    response = batch(
        http,
        [(keys[0], good), (keys[1], broken), (keys[2], other), (keys[0], registration_body(4))],
    )
    assert response.status_code == 200
    results = response.json()["results"]
    assert [result["idempotency_key"] for result in results] == [keys[0], keys[1], keys[2], keys[0]]
    assert [result["status"] for result in results] == [201, 422, 201, 422]
    assert results[0]["body"]["id"] == good["id"]
    assert (results[1]["body"]["error"], results[1]["body"]["field"]) == ("invalid_body", "email")
    assert results[3]["body"]["error"] == "idempotency_conflict"
    with central.service.db.reading() as session:
        assert session.execute(select(func.count(Registration.id))).scalar_one() == 2


def test_a_batch_replayed_gets_the_first_answers_and_stores_nothing_new(
    central: LiveCentral, http: httpx.Client
) -> None:
    items = [(str(uuid.uuid4()), registration_body(index)) for index in range(25)]
    first = batch(http, items).json()["results"]
    again = batch(http, items).json()["results"]
    assert [result["status"] for result in first] == [201] * 25
    assert again == first
    assert len(central.wait_for_mails(25)) == 25


def test_single_and_batch_calls_share_keys(central: LiveCentral, http: httpx.Client) -> None:
    key, body = str(uuid.uuid4()), registration_body()
    single = http.post("/v1/registrations", json=body, headers={"Idempotency-Key": key})
    (result,) = batch(http, [(key, body)]).json()["results"]
    assert (result["status"], result["body"]) == (201, single.json())


def test_the_envelope_itself_is_validated(central: LiveCentral, http: httpx.Client) -> None:
    empty = http.post("/v1/registrations:batch", json={"items": []})
    no_key = http.post("/v1/registrations:batch", json={"items": [{"registration": registration_body()}]})
    too_many = batch(http, [(str(index), registration_body(index)) for index in range(501)])
    assert (empty.status_code, empty.json()["field"]) == (422, "items")
    assert (no_key.status_code, no_key.json()["field"]) == (422, "items[0].idempotency_key")
    assert (too_many.status_code, too_many.json()["field"]) == (422, "items")


def test_batch_needs_a_token(central: LiveCentral) -> None:
    response = httpx.post(f"{central.url}/v1/registrations:batch", json={"items": []})
    assert (response.status_code, response.json()["error"]) == (401, "unauthorised")


def test_one_person_twice_in_a_batch_leaves_the_later_registration_active(
    central: LiveCentral, http: httpx.Client
) -> None:
    """Both items are stored in one transaction: the second sees the first and supersedes it."""
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    first = registration_body(7, registered_at=earlier)
    second = registration_body(8, national=first["person"]["national_number"])
    results = batch(http, [(str(uuid.uuid4()), first), (str(uuid.uuid4()), second)]).json()["results"]
    assert [result["status"] for result in results] == [201, 201]
    now_first = http.get(f"/v1/registrations/{first['id']}").json()
    now_second = http.get(f"/v1/registrations/{second['id']}").json()
    assert (now_first["status"], now_first["superseded_by"]) == ("revoked", second["id"])
    assert now_second["status"] == "accepted"


def test_concurrent_overlapping_batches_store_each_registration_once(
    central: LiveCentral, http: httpx.Client
) -> None:
    """Two workers send overlapping backlogs at once (a retried batch racing its first attempt)."""
    items = [(str(uuid.uuid4()), registration_body(100 + index)) for index in range(40)]
    halves = [items[:30], items[10:]]
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda part: batch(http, part).json()["results"], halves))
    statuses = {result["status"] for part in answers for result in part}
    assert statuses <= {201, 409}
    for key, body in items:  # whatever raced, a retry now gets the stored first answer
        replay = http.post("/v1/registrations", json=body, headers={"Idempotency-Key": key})
        assert replay.status_code == 201
    with central.service.db.reading() as session:
        assert session.execute(select(func.count(Registration.id))).scalar_one() == 40
    assert len(central.wait_for_mails(40)) == 40


def test_a_poisoned_item_never_holds_up_the_others(central: LiveCentral, http: httpx.Client) -> None:
    """A NUL byte (PostgreSQL refuses it in text), a lone surrogate, a bad key: each item on its own."""
    bodies = [registration_body(30 + i) for i in range(6)]
    bodies[1]["person"]["surname"] = "PEE\x00TERS"
    bodies[3]["clerk"]["name"] = "An \ud800Clerk"
    keys = [str(uuid.uuid4()) for _ in bodies]
    keys[4] = "key\x00four"
    payload = {
        "items": [{"idempotency_key": k, "registration": b} for k, b in zip(keys, bodies, strict=True)]
    }
    response = http.post(
        "/v1/registrations:batch",
        content=json.dumps(payload, ensure_ascii=True),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200
    results = response.json()["results"]
    assert [result["status"] for result in results] == [201, 422, 201, 422, 400, 201]
    assert results[1]["body"]["field"] == "person.surname"
    assert results[3]["body"]["field"] == "clerk.name"
    assert (results[4]["body"]["error"], results[4]["body"]["field"]) == (
        "invalid_idempotency_key",
        "items[4].idempotency_key",
    )


def test_an_item_the_database_refuses_fails_alone(
    central: LiveCentral, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever validation misses and the database refuses costs that item only (a 500 for it alone)."""
    poisoned = registration_body(40)
    real_store = registrations.store

    def store(session: Session, registration: RegistrationIn, *args: Any) -> Registration:
        if str(registration.id) == poisoned["id"]:
            # PostgreSQL refuses this itself (and aborts the transaction); SQLite casts it to 0.
            session.execute(text("SELECT CAST('not a number' AS INTEGER)"))
            raise DataError("SELECT", {}, Exception("refused by the database"))
        return real_store(session, registration, *args)

    monkeypatch.setattr(registrations, "store", store)
    items = [(str(uuid.uuid4()), body) for body in (registration_body(41), poisoned, registration_body(42))]
    response = batch(http, items)
    assert response.status_code == 200
    assert [result["status"] for result in response.json()["results"]] == [201, 500, 201]
    assert response.json()["results"][1]["body"]["error"] == "internal_error"
    retried = batch(http, [(items[1][0], poisoned)])  # the claim was released: the key can be sent again
    assert retried.json()["results"][0]["status"] == 500
