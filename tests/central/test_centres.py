"""Authorisation across centres: a workstation sees and changes only its own centre's registrations.

Registration ids are not secret (they appear in e-mail headers), so every endpoint that names one by id
must check the centre, and answer for another centre's id exactly as for an id that does not exist.
"""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.support.central import LiveCentral
from tests.support.registrations import registration_body


def _register(http: httpx.Client, body: dict[str, object]) -> None:
    response = http.post("/v1/registrations", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
    assert response.status_code == 201, response.text


@pytest.fixture
def elsewhere(central: LiveCentral) -> str:
    """The id of an active registration of centre "gentbrugge", made by its own workstation."""
    body = registration_body(7, centre="gentbrugge")
    with central.client(central.enrol("gentbrugge", "gentbrugge-desk")) as other:
        _register(other, body)
    return str(body["id"])


def _comparable(response: httpx.Response) -> tuple[int, dict[str, object]]:
    return response.status_code, response.json()


def test_another_centres_status_reads_as_an_unknown_id(http: httpx.Client, elsewhere: str) -> None:
    foreign = http.get(f"/v1/registrations/{elsewhere}")
    unknown = http.get(f"/v1/registrations/{uuid.uuid4()}")
    assert _comparable(foreign) == _comparable(unknown)
    assert foreign.status_code == 404


def test_another_centres_registration_cannot_be_revoked(
    central: LiveCentral, http: httpx.Client, elsewhere: str
) -> None:
    foreign = http.post(f"/v1/registrations/{elsewhere}/revoke")
    unknown = http.post(f"/v1/registrations/{uuid.uuid4()}/revoke")
    assert _comparable(foreign) == _comparable(unknown)
    assert foreign.status_code == 404
    assert _status_at_its_own_centre(central, elsewhere) == "accepted"


def test_the_bulk_status_lists_another_centres_id_as_unknown(http: httpx.Client, elsewhere: str) -> None:
    own = registration_body(8)
    _register(http, own)
    missing = str(uuid.uuid4())
    answer = http.post("/v1/registrations:status", json={"ids": [elsewhere, own["id"], missing]})
    assert answer.status_code == 200
    assert [state["id"] for state in answer.json()["registrations"]] == [own["id"]]
    assert answer.json()["unknown"] == [elsewhere, missing]


def test_replaces_cannot_revoke_another_centres_registration(
    central: LiveCentral, http: httpx.Client, elsewhere: str
) -> None:
    """A re-issue names the registration it replaces; naming another centre's must not revoke it."""
    reissue = registration_body(9, replaces=uuid.UUID(elsewhere))
    _register(http, reissue)
    assert _status_at_its_own_centre(central, elsewhere) == "accepted"
    assert http.get(f"/v1/registrations/{reissue['id']}").json()["superseded"] is None


def test_a_reissue_sent_first_cannot_revoke_another_centres_registration_on_arrival(
    central: LiveCentral, http: httpx.Client
) -> None:
    """The other order: the forged re-issue arrives before the registration it names."""
    target = registration_body(10, centre="gentbrugge")
    _register(http, registration_body(11, replaces=uuid.UUID(str(target["id"]))))
    with central.client(central.enrol("gentbrugge", "gentbrugge-desk")) as other:
        _register(other, target)
    assert _status_at_its_own_centre(central, str(target["id"])) == "accepted"


def test_replaces_within_the_centre_still_revokes(central: LiveCentral, http: httpx.Client) -> None:
    original = registration_body(12)
    _register(http, original)
    _register(http, registration_body(13, replaces=uuid.UUID(str(original["id"]))))
    assert http.get(f"/v1/registrations/{original['id']}").json()["status"] == "revoked"


def test_posting_another_centres_id_is_refused_without_its_status(http: httpx.Client, elsewhere: str) -> None:
    """Accepted on purpose: ids are unique, so the id is taken, and the answer says only that.

    It carries no status, no person and nothing else of the other centre's registration; the id was
    known to the caller already.
    """
    clash = http.post(
        "/v1/registrations",
        json=registration_body(14, registration_id=uuid.UUID(elsewhere)),
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert clash.status_code == 422
    assert set(clash.json()) == {"error", "detail", "field"}
    assert (clash.json()["error"], clash.json()["field"]) == ("registration_conflict", "id")


def _status_at_its_own_centre(central: LiveCentral, registration_id: str) -> str:
    with central.client(central.enrol("gentbrugge", "gentbrugge-check")) as own:
        status: str = own.get(f"/v1/registrations/{registration_id}").json()["status"]
    return status
