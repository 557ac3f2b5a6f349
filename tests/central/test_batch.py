"""POST /v1/registrations:batch: each item judged as if sent alone under its own key."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import func, select

from central_service.models import Registration
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
