"""One active registration per person: the later counter registration wins, whatever the arrival order."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from sqlalchemy import select

from central_service.models import MailOutbox, Registration
from tests.support.central import LiveCentral
from tests.support.registrations import national_number, registration_body

HOUR = dt.timedelta(hours=1)


def post(http: httpx.Client, body: dict[str, Any]) -> httpx.Response:
    return http.post("/v1/registrations", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})


def status(http: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = http.get(f"/v1/registrations/{body['id']}").json()
    return answer


def outbox(central: LiveCentral) -> list[MailOutbox]:
    with central.service.db.reading() as session:
        return list(session.scalars(select(MailOutbox)))


def rows(central: LiveCentral) -> dict[str, Registration]:
    with central.service.db.reading() as session:
        return {str(row.id): row for row in session.scalars(select(Registration))}


def test_a_second_registration_supersedes_the_first(central: LiveCentral, http: httpx.Client) -> None:
    now = dt.datetime.now(dt.UTC)
    first = registration_body(1, registered_at=now - HOUR)
    second = registration_body(2, registered_at=now, national=national_number(1))
    assert post(http, first).json()["superseded"] is None
    answer = post(http, second).json()
    assert (answer["status"], answer["superseded"]) == ("accepted", first["id"])
    assert status(http, first) | {"expires_at": None} == {
        "id": first["id"],
        "status": "revoked",
        "expires_at": None,
        "superseded": None,
        "superseded_by": second["id"],
    }
    stored = rows(central)
    assert stored[first["id"]].revoke_reason == "superseded"
    assert stored[second["id"]].supersedes == uuid.UUID(first["id"])


def test_an_older_registration_arriving_late_does_not_revoke_the_newer(
    central: LiveCentral, http: httpx.Client
) -> None:
    now = dt.datetime.now(dt.UTC)
    older = registration_body(1, registered_at=now - HOUR)
    newer = registration_body(2, registered_at=now, national=national_number(1))
    assert post(http, newer).json()["status"] == "accepted"
    late = post(http, older)
    assert late.status_code == 201
    assert (late.json()["status"], late.json()["superseded_by"]) == ("revoked", newer["id"])
    assert status(http, newer)["status"] == "accepted"
    assert status(http, newer)["superseded"] == older["id"]


def test_other_people_are_not_affected(central: LiveCentral, http: httpx.Client) -> None:
    bodies = [registration_body(index) for index in range(3)]
    assert [post(http, body).json()["status"] for body in bodies] == ["accepted"] * 3
    assert [status(http, body)["status"] for body in bodies] == ["accepted"] * 3


def test_replaces_revokes_the_named_registration_even_for_a_corrected_number(
    central: LiveCentral, http: httpx.Client
) -> None:
    now = dt.datetime.now(dt.UTC)
    typo = registration_body(1, registered_at=now - HOUR)
    corrected = registration_body(2, registered_at=now, replaces=uuid.UUID(typo["id"]))
    post(http, typo)
    assert post(http, corrected).json()["superseded"] == typo["id"]
    assert (status(http, typo)["status"], status(http, typo)["superseded_by"]) == ("revoked", corrected["id"])
    assert rows(central)[typo["id"]].revoke_reason == "replaced"


def test_a_reissue_arriving_before_the_original_revokes_it_on_arrival(
    central: LiveCentral, http: httpx.Client
) -> None:
    now = dt.datetime.now(dt.UTC)
    original = registration_body(1, registered_at=now - HOUR)
    reissue = registration_body(2, registered_at=now, replaces=uuid.UUID(original["id"]))
    assert post(http, reissue).json()["status"] == "accepted"
    late = post(http, original).json()
    assert (late["status"], late["superseded_by"]) == ("revoked", reissue["id"])
    assert status(http, reissue)["status"] == "accepted"


def test_an_expired_active_registration_is_marked_expired_not_revoked(
    central: LiveCentral, http: httpx.Client
) -> None:
    old = registration_body(1, registered_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=13))
    post(http, old)
    with central.service.db.transaction() as session:
        session.get_one(Registration, uuid.UUID(old["id"])).expires_at = dt.datetime.now(dt.UTC) - HOUR
    assert status(http, old)["status"] == "expired"
    new = post(http, registration_body(2, national=national_number(1))).json()
    assert (new["status"], new["superseded"]) == ("accepted", None)
    assert rows(central)[old["id"]].status == "expired"
    revoke = http.post(f"/v1/registrations/{old['id']}/revoke")
    assert (revoke.status_code, revoke.json()["error"]) == (422, "not_revocable")


def test_concurrent_registrations_for_one_person_leave_exactly_the_latest_active(
    central: LiveCentral, http: httpx.Client
) -> None:
    now = dt.datetime.now(dt.UTC)
    person = national_number(42)
    bodies = [
        registration_body(index, registered_at=now - index * dt.timedelta(minutes=1), national=person)
        for index in range(10)
    ]
    start = threading.Barrier(len(bodies))

    def send(body: dict[str, Any]) -> httpx.Response:
        start.wait()
        return post(http, body)

    # The relay waits until all are stored: a registration still active when its e-mail is due gets it.
    central.service.relay.stop()
    with ThreadPoolExecutor(len(bodies)) as pool:
        responses = list(pool.map(send, bodies))
    assert [response.status_code for response in responses] == [201] * len(bodies)
    stored = rows(central)
    active = [row for row in stored.values() if row.status == "accepted"]
    assert [str(row.id) for row in active] == [bodies[0]["id"]]  # registered last at the counter
    for body in bodies[1:]:
        row = stored[body["id"]]
        assert row.status == "revoked" and row.superseded_by is not None
        assert str(row.superseded_by) in stored
    # Only the one still active gets its link e-mail; the others' are given up unsent.
    assert central.service.relay.run_once() == len(bodies)
    assert all(row.sent_at or row.failed_at for row in outbox(central))
    assert [str(item.registration_id) for item in central.mails()] == [bodies[0]["id"]]
    assert {row.last_error for row in outbox(central) if row.failed_at} == {"not sent: registration revoked"}
