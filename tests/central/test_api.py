"""The HTTP API against the real server, on SQLite and PostgreSQL: auth, registration, replay, errors."""

from __future__ import annotations

import uuid
from contextlib import ExitStack
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from central_service import workstations
from central_service.models import Registration
from tests.support.central import LiveCentral, start_central
from tests.support.postgres import fresh_database
from tests.support.registrations import registration_body


def post(http: httpx.Client, body: dict[str, object], key: str | None) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key is not None else {}
    return http.post("/v1/registrations", json=body, headers=headers)


def test_health_needs_no_token(central: LiveCentral) -> None:
    response = httpx.get(f"{central.url}/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_enrolment_code_works_once(central: LiveCentral) -> None:
    import datetime as dt

    code = workstations.create_enrolment_code(
        central.service.db, "gentbrugge", dt.timedelta(hours=1), dt.datetime.now(dt.UTC)
    )
    first = httpx.post(f"{central.url}/v1/enrolments", json={"code": code.lower(), "workstation": "desk-7"})
    assert first.status_code == 201
    assert first.json()["centre"] == "gentbrugge"
    assert len(first.json()["token"]) >= 43  # 256 bits, URL-safe base64
    second = httpx.post(f"{central.url}/v1/enrolments", json={"code": code, "workstation": "desk-8"})
    assert second.status_code == 401
    assert second.json()["error"] == "invalid_enrolment_code"


def test_expired_or_unknown_enrolment_code_is_refused(central: LiveCentral) -> None:
    import datetime as dt

    issued = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    code = workstations.create_enrolment_code(central.service.db, "gentbrugge", dt.timedelta(hours=1), issued)
    for attempt in (code, "0000-0000-0000", "not a code at all"):
        response = httpx.post(f"{central.url}/v1/enrolments", json={"code": attempt, "workstation": "desk"})
        assert response.status_code == 401
        assert response.json()["error"] == "invalid_enrolment_code"


def test_only_a_hash_of_the_token_is_stored(central: LiveCentral, token: str) -> None:
    from central_service import tokens

    rows = workstations.list_workstations(central.service.db)
    assert [row.token_hash for row in rows] == [tokens.digest(token)]
    assert all(token not in (row.token_hash, row.name) for row in rows)


def test_missing_or_bad_token_is_401(central: LiveCentral) -> None:
    body = registration_body()
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dXNlcjpwYXNz"}):
        with httpx.Client(base_url=central.url, headers=headers) as http:
            response = post(http, body, str(uuid.uuid4()))
            assert response.status_code == 401
            assert response.json()["error"] == "unauthorised"
            assert response.headers["WWW-Authenticate"] == "Bearer"
            assert http.get(f"/v1/registrations/{body['id']}").status_code == 401


def test_revoked_workstation_is_403(central: LiveCentral, token: str) -> None:
    import datetime as dt

    (row,) = workstations.list_workstations(central.service.db)
    assert workstations.revoke_workstation(central.service.db, row.id, dt.datetime.now(dt.UTC))
    with central.client(token) as http:
        response = post(http, registration_body(), str(uuid.uuid4()))
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden"


def test_first_receipt_is_201_with_the_status_body(central: LiveCentral, token: str) -> None:
    body = registration_body()
    with central.client(token) as http:
        response = post(http, body, str(uuid.uuid4()))
    assert response.status_code == 201
    assert response.json() == {
        "id": body["id"],
        "status": "accepted",
        "expires_at": body["expires_at"],
        "superseded": None,
        "superseded_by": None,
    }
    assert "Idempotent-Replayed" not in response.headers


def test_replay_with_same_key_and_body_gets_the_first_answer(central: LiveCentral, token: str) -> None:
    body, key = registration_body(), str(uuid.uuid4())
    with central.client(token) as http:
        first = post(http, body, key)
        # Reordered keys and the same instant in another notation are the same body.
        reordered = dict(reversed(list(body.items())))
        reordered["registered_at"] = str(body["registered_at"]).replace("Z", "+00:00")
        again = [post(http, body, key), post(http, reordered, key)]
    for response in again:
        assert (response.status_code, response.json()) == (first.status_code, first.json())
        assert response.headers["Idempotent-Replayed"] == "true"
    with central.service.db.reading() as session:
        assert session.query(Registration).count() == 1


def test_replay_answers_the_first_response_even_after_a_change(central: LiveCentral, token: str) -> None:
    body, key = registration_body(), str(uuid.uuid4())
    with central.client(token) as http:
        first = post(http, body, key)
        assert http.post(f"/v1/registrations/{body['id']}/revoke").json()["status"] == "revoked"
        again = post(http, body, key)
        assert http.get(f"/v1/registrations/{body['id']}").json()["status"] == "revoked"
    assert again.json() == first.json()
    assert again.json()["status"] == "accepted"


def test_same_key_with_a_different_body_is_422_idempotency_conflict(central: LiveCentral, token: str) -> None:
    key = str(uuid.uuid4())
    with central.client(token) as http:
        assert post(http, registration_body(1), key).status_code == 201
        response = post(http, registration_body(2), key)
    assert response.status_code == 422
    assert response.json()["error"] == "idempotency_conflict"


def test_missing_or_overlong_key_is_400(central: LiveCentral, token: str) -> None:
    with central.client(token) as http:
        missing = post(http, registration_body(), None)
        empty = post(http, registration_body(), "")
        overlong = post(http, registration_body(), "k" * 256)
    assert (missing.status_code, missing.json()["error"]) == (400, "idempotency_key_required")
    assert (empty.status_code, empty.json()["error"]) == (400, "invalid_idempotency_key")
    assert (overlong.status_code, overlong.json()["error"]) == (400, "invalid_idempotency_key")


def test_malformed_body_is_422_naming_the_field(central: LiveCentral, token: str) -> None:
    body = registration_body()
    body["person"] = {**body["person"], "national_number": "01050399964"}  # type: ignore[dict-item]
    with central.client(token) as http:
        response = post(http, body, str(uuid.uuid4()))
        unknown = post(http, {**registration_body(), "photo": "..."}, str(uuid.uuid4()))
        not_json = http.post(
            "/v1/registrations",
            content=b"{not json",
            headers={"Idempotency-Key": str(uuid.uuid4()), "Content-Type": "application/json"},
        )
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_body"
    assert response.json()["field"] == "person.national_number"
    echoed = "01050399964" in response.text
    assert not echoed, "the refusal repeats the national number"  # compared, never printed
    assert (unknown.status_code, unknown.json()["field"]) == (422, "photo")
    assert (not_json.status_code, not_json.json()["error"]) == (422, "invalid_body")


def test_a_plain_activation_code_is_refused(central: LiveCentral, token: str) -> None:
    with central.client(token) as http:
        response = post(http, {**registration_body(), "code_hash": "7KQ2-M9XD-4T0B"}, str(uuid.uuid4()))
    assert (response.status_code, response.json()["field"]) == (422, "code_hash")
    echoed = "7KQ2" in response.text
    assert not echoed, "the refusal repeats the activation code"


def test_validation_failures_are_not_stored_under_the_key(central: LiveCentral, token: str) -> None:
    key, body = str(uuid.uuid4()), registration_body()
    with central.client(token) as http:
        assert post(http, {**body, "language": "xx"}, key).status_code == 422
        assert post(http, body, key).status_code == 201


def test_registrations_only_for_the_workstations_centre(central: LiveCentral, token: str) -> None:
    with central.client(token) as http:
        response = post(http, registration_body(centre="gentbrugge"), str(uuid.uuid4()))
    assert (response.status_code, response.json()["error"]) == (422, "centre_mismatch")
    assert response.json()["field"] == "centre"


def test_same_registration_under_a_new_key_is_not_stored_twice(central: LiveCentral, token: str) -> None:
    body = registration_body()
    with central.client(token) as http:
        first = post(http, body, str(uuid.uuid4()))
        second = post(http, body, str(uuid.uuid4()))
        clash = post(http, {**registration_body(5), "id": body["id"]}, str(uuid.uuid4()))
    assert (second.status_code, second.json()) == (201, first.json())
    assert clash.status_code == 422
    assert (clash.json()["error"], clash.json()["field"]) == ("registration_conflict", "id")
    assert len(central.wait_for_mails(1)) == 1


def test_status_and_revoke(central: LiveCentral, token: str) -> None:
    body = registration_body()
    with central.client(token) as http:
        post(http, body, str(uuid.uuid4()))
        assert http.get(f"/v1/registrations/{body['id']}").json()["status"] == "accepted"
        revoked = http.post(f"/v1/registrations/{body['id']}/revoke")
        again = http.post(f"/v1/registrations/{body['id']}/revoke")
        unknown = http.get(f"/v1/registrations/{uuid.uuid4()}")
        unknown_revoke = http.post(f"/v1/registrations/{uuid.uuid4()}/revoke")
        not_an_id = http.get("/v1/registrations/not-a-uuid")
    assert (revoked.status_code, revoked.json()["status"]) == (200, "revoked")
    assert again.json() == revoked.json()
    assert (unknown.status_code, unknown.json()["error"]) == (404, "not_found")
    assert unknown_revoke.status_code == 404
    assert not_an_id.status_code == 404


def test_unknown_route_and_method_answer_in_the_error_format(central: LiveCentral) -> None:
    missing = httpx.get(f"{central.url}/v2/nothing")
    wrong_method = httpx.delete(f"{central.url}/v1/health")
    assert (missing.status_code, missing.json()["error"]) == (404, "not_found")
    assert (wrong_method.status_code, wrong_method.json()["error"]) == (405, "method_not_allowed")


def test_a_lost_database_answers_503_with_retry_after(postgres_server: str, tmp_path: Path) -> None:
    """The relay retries a 503 after Retry-After; the service must say so rather than fail with 500."""
    with ExitStack() as stack:
        url = stack.enter_context(fresh_database(postgres_server))
        central = stack.enter_context(start_central(url, tmp_path / "mailbox"))
        http = stack.enter_context(central.client(central.enrol()))
        admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{make_url(url).database}" WITH (FORCE)'))
        admin.dispose()
        health = http.get("/v1/health")
        registration = post(http, registration_body(), str(uuid.uuid4()))
    for response in (health, registration):
        assert (response.status_code, response.json()["error"]) == (503, "unavailable")
        assert response.headers["Retry-After"] == "5"
