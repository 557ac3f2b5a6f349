"""The e-mailed link and the activation code, over HTTP against the real service (SQLite and PostgreSQL)."""

from __future__ import annotations

import concurrent.futures
import logging
import uuid
from pathlib import Path

import pytest

from central_service.models import AuditEvent, Registration
from tests.support.central import start_central
from tests.support.citizen import CODE, FAST_PASSWORDS, CitizenClient, Site, enter_code
from tests.support.registrations import registration_body


def test_a_valid_link_leads_to_the_code_form_without_the_token_in_any_later_url(
    site: Site, browser: CitizenClient
) -> None:
    _, link = site.register(language="fr")
    page = browser.open(link)
    assert (page.status, page.path) == (200, "/activate/code")
    assert page.heading == "Saisissez votre code d'activation"  # the registration's language
    assert page.response.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in page.response.headers["content-security-policy"]
    assert "script-src" not in page.response.headers["content-security-policy"]  # none at all: default 'none'
    token = link.rsplit("/", 1)[1]
    assert token not in page.text


@pytest.mark.parametrize("typed", ["7kq2m9xd4t0b", " 7KQ2 M9XD 4TOB ", "7kq2-m9xd-4t0b"])
def test_the_code_is_forgiven_as_the_slip_promises(site: Site, browser: CitizenClient, typed: str) -> None:
    _, link = site.register()
    page = enter_code(browser, link, typed)
    assert (page.status, page.path) == (200, "/activate/account")


def test_expired_link_says_so_and_lists_the_centres(site: Site, browser: CitizenClient) -> None:
    _, link = site.register()
    site.clock.advance(days=14, seconds=1)
    page = browser.open(link)
    assert page.status == 410
    assert page.heading == "Deze link is verlopen"
    assert "Dienstencentrum Gentbrugge" in page.text and "zonder afspraak" in page.text


def test_a_reissued_registration_replaces_the_old_link(site: Site, browser: CitizenClient) -> None:
    old_id, old_link = site.register()
    _, new_link = site.reissue(old_id)
    page = browser.open(old_link)
    assert (page.status, page.heading) == (410, "Een nieuwere e-mail verving deze link")
    assert browser.open(new_link).path == "/activate/code"


def test_unknown_and_malformed_tokens_get_one_generic_page(site: Site, browser: CitizenClient) -> None:
    unknown = browser.open(f"{site.url}/activate/{'A' * 43}")
    malformed = browser.open(f"{site.url}/activate/not-a-token")
    elsewhere = browser.open(f"{site.url}/keys/nothing-here")
    assert unknown.status == malformed.status == elsewhere.status == 404
    assert unknown.text == malformed.text


def test_five_wrong_codes_lock_the_link_for_good_and_the_counter_sees_locked(
    site: Site, browser: CitizenClient
) -> None:
    registration_id, link = site.register()
    page = browser.open(link)
    for left in (4, 3, 2, 1):
        page = browser.submit(page, "/activate/code", code="0000-0000-0000")
        assert page.status == 422
        assert page.errors == [f"Deze code klopt niet. U kunt het nog {left} keer proberen."]
    page = browser.submit(page, "/activate/code", code="0000-0000-0000")
    assert (page.status, page.heading) == (403, "Deze link is geblokkeerd")
    assert site.status(registration_id) == "locked"
    with CitizenClient(site.url) as again:  # the sixth, right code: refused all the same
        page = again.open(link)
        assert (page.status, page.heading) == (403, "Deze link is geblokkeerd")
    revoke = site.api.post(f"/v1/registrations/{registration_id}/revoke")
    assert (revoke.status_code, revoke.json()["error"]) == (422, "not_revocable")


def test_a_malformed_code_is_explained_and_not_counted(site: Site, browser: CitizenClient) -> None:
    registration_id, link = site.register()
    page = browser.submit(browser.open(link), "/activate/code", code="12")
    assert page.status == 422 and "12 tekens" in page.errors[0]
    with site.central.service.db.reading() as session:
        registration = session.get(Registration, registration_id)
        assert registration is not None and registration.code_attempts == 0


def test_parallel_wrong_codes_never_get_more_than_five_tries(site: Site) -> None:
    """Twelve browsers at once, each with its own session: the database hands out five attempts, no more."""
    registration_id, link = site.register()
    clients = [CitizenClient(site.url) for _ in range(12)]
    try:
        pages = [client.open(link) for client in clients]
        with concurrent.futures.ThreadPoolExecutor(12) as pool:
            results = list(
                pool.map(
                    lambda pair: pair[0].submit(pair[1], "/activate/code", code="0000-0000-0000"),
                    zip(clients, pages, strict=True),
                )
            )
    finally:
        for client in clients:
            client.close()
    assert sorted(page.status for page in results) == [403] * 8 + [422] * 4  # 4 wrong; 1 locking, 7 refused
    assert site.status(registration_id) == "locked"
    with site.central.service.db.reading() as session:
        locks = (
            session.query(AuditEvent).filter_by(registration_id=registration_id, event="link_locked").count()
        )
    assert locks == 1


def test_wrong_codes_survive_a_restart(database_url: str, tmp_path: Path, site: Site) -> None:
    _, link = site.register()
    with CitizenClient(site.url) as client:
        page = client.open(link)
        for _ in range(3):
            page = client.submit(page, "/activate/code", code="0000-0000-0000")
    with (
        start_central(database_url, tmp_path / "mailbox-2", passwords=FAST_PASSWORDS) as second,
        CitizenClient(second.url) as client,
    ):
        page = client.submit(
            client.open(link.replace(site.url, second.url)), "/activate/code", code="0000-0000-0000"
        )
        assert page.errors == ["Deze code klopt niet. U kunt het nog 1 keer proberen."]
        page = client.submit(page, "/activate/code", code=CODE)
        assert page.path == "/activate/account"


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_the_token_never_reaches_the_access_log(database_url: str, tmp_path: Path) -> None:
    with start_central(database_url, tmp_path / "mailbox", access_log=True) as central:
        access = logging.getLogger("uvicorn.access")  # the embedded service logs at WARNING: listen closer
        records, level = _Records(), access.level
        access.addHandler(records)
        access.setLevel(logging.INFO)
        try:
            token = "B" * 43
            with CitizenClient(central.url) as client:
                client.open(f"/activate/{token}")
        finally:
            access.removeHandler(records)
            access.setLevel(level)
    assert any("/activate/…" in line for line in records.lines), records.lines
    assert not any(token in line for line in records.lines)


def test_statuses_in_bulk_only_for_the_callers_centre(site: Site) -> None:
    ours, _ = site.register()
    other_token = site.central.enrol("gentbrugge", "other-desk")
    with site.central.client(other_token) as other:
        theirs_body = registration_body(99, centre="gentbrugge")
        assert (
            other.post("/v1/registrations", json=theirs_body, headers={"Idempotency-Key": "k-99"}).status_code
            == 201
        )
    stranger = uuid.uuid4()
    answer = site.api.post(
        "/v1/registrations:status", json={"ids": [str(ours), theirs_body["id"], str(stranger)]}
    )
    assert answer.status_code == 200
    body = answer.json()
    assert [item["id"] for item in body["registrations"]] == [str(ours)]
    assert body["registrations"][0]["status"] == "accepted"
    assert sorted(body["unknown"]) == sorted([theirs_body["id"], str(stranger)])
    assert site.api.get(f"/v1/registrations/{theirs_body['id']}").status_code == 404
    site.clock.advance(days=15)
    expired = site.api.post("/v1/registrations:status", json={"ids": [str(ours)]}).json()["registrations"][0]
    assert (expired["status"], expired["status_changed_at"]) == ("expired", expired["expires_at"])
    too_many = site.api.post(
        "/v1/registrations:status", json={"ids": [str(uuid.uuid4()) for _ in range(501)]}
    )
    assert (too_many.status_code, too_many.json()["field"]) == (422, "ids")
    assert (
        site.api.post(
            "/v1/registrations:status", json={"ids": [str(ours)]}, headers={"Authorization": ""}
        ).status_code
        == 401
    )
