"""Sign-in, sessions, CSRF and the security headers, over HTTP against the real service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from central_service.models import Account, AuditEvent
from central_service.web import totp
from tests.support.central import start_central
from tests.support.citizen import (
    PASSWORD,
    CitizenClient,
    Page,
    Site,
    choose_credentials,
    enter_code,
    site_settings,
)

FAILED = "Aanmelden lukte niet."


@pytest.fixture
def site_overrides() -> dict[str, Any]:
    # A small hard limit and quick delays so a test can reach them; the rules are the same as by default.
    return {
        "signin": {"max_failures": 6, "delay_after": 3, "delay_initial_seconds": 30, "delay_max_seconds": 120}
    }


def activated(site: Site, username: str) -> str:
    """A citizen with a confirmed mobile-app key; its secret (the current step is used up)."""
    with CitizenClient(site.url) as client:
        _, link = site.register()
        page = client.submit(
            choose_credentials(client, enter_code(client, link), username), "/keys/new", kind="totp"
        )
        now = totp.step_at(site.clock())
        assert client.submit(page, "/keys/confirm", code=totp.code_at(page.totp_secret, now)).path == "/keys"
        return page.totp_secret


def sign_in(client: CitizenClient, username: str, password: str = PASSWORD) -> Page:
    return client.submit(client.open("/login"), "/login", username=username, password=password)


def test_sign_in_with_password_and_the_app_rotates_the_session_at_each_step(
    site: Site, browser: CitizenClient
) -> None:
    secret = activated(site, "rotating.user")
    start = browser.open("/login")
    first_id = browser.http.cookies["session"]
    page = browser.submit(start, "/login", username="ROTATING.user", password=PASSWORD)  # any case
    assert page.path == "/login/key"
    second_id = browser.http.cookies["session"]
    page = browser.submit(page, "/login/key")  # the one key, preselected
    page = browser.submit(page, "/login/code", code=totp.code_at(secret, totp.step_at(site.clock())))
    assert page.errors == ["Deze code werd al gebruikt. Wacht op de volgende code in de app."]
    page = browser.submit(page, "/login/code", code=totp.code_at(secret, totp.step_at(site.clock()) + 1))
    assert (page.path, page.heading) == ("/keys", "Mijn digitale sleutels")
    third_id = browser.http.cookies["session"]
    assert len({first_id, second_id, third_id}) == 3
    with CitizenClient(site.url, cookies={"session": first_id}) as thief:  # an old id opens nothing
        assert thief.open("/keys").path == "/login"
    with site.central.service.db.reading() as session:
        events = [event.event for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert events[-1] == "signed_in" and "sign_in_failed" in events


def test_unknown_usernames_and_wrong_passwords_look_the_same(site: Site) -> None:
    activated(site, "existing.user")
    with CitizenClient(site.url) as one, CitizenClient(site.url) as two:
        unknown = sign_in(one, "nobody.here")
        wrong = sign_in(two, "existing.user", "not the password at all")
    assert unknown.status == wrong.status == 401
    assert unknown.errors == wrong.errors and unknown.errors[0].startswith(FAILED)
    strip = lambda page: page.text.replace(page.forms["/login"]["csrf_token"], "")  # noqa: E731
    assert strip(unknown).replace("nobody.here", "X") == strip(wrong).replace("existing.user", "X")


def test_failures_bring_growing_delays_then_a_hard_lock(site: Site, browser: CitizenClient) -> None:
    activated(site, "locked.user")
    for _ in range(3):
        assert sign_in(browser, "locked.user", "wrong wrong wrong").status == 401
    assert sign_in(browser, "locked.user").status == 401  # the right password during the delay: refused
    site.clock.advance(seconds=31)
    assert sign_in(browser, "locked.user").path == "/login/key"  # after it, it works
    with CitizenClient(site.url) as other:
        for wait in (0, 31, 61, 121):  # failures 3, 4, 5 and 6: 30 s, 60 s, 120 s, then the lock
            site.clock.advance(seconds=wait)
            assert sign_in(other, "locked.user", "wrong wrong wrong").errors[0].startswith(FAILED)
        site.clock.advance(days=30)
        assert sign_in(other, "locked.user").status == 401  # locked for good
    with site.central.service.db.reading() as session:
        account = session.execute(select(Account)).scalar_one()
        assert account.locked_at is not None
        assert session.query(AuditEvent).filter_by(event="account_locked").count() == 1


def test_wrong_second_factors_count_against_the_account_too(site: Site, browser: CitizenClient) -> None:
    activated(site, "code.guesser")
    page = browser.submit(sign_in(browser, "code.guesser"), "/login/key")
    for _ in range(3):
        page = browser.submit(page, "/login/code", code="123456")
    page = browser.submit(page, "/login/code", code="123456")
    assert page.errors == ["Te veel mislukte pogingen. Wacht even voor u het opnieuw probeert."]


def test_a_form_without_its_csrf_token_is_refused(site: Site, browser: CitizenClient) -> None:
    _, link = site.register()
    page = browser.open(link)
    missing = browser.http.post("/activate/code", data={"code": "7KQ2-M9XD-4T0B"})
    forged = browser.http.post("/activate/code", data={"code": "7KQ2-M9XD-4T0B", "csrf_token": "x" * 43})
    assert missing.status_code == forged.status_code == 403
    assert "Dit formulier is verlopen" in missing.text
    assert browser.submit(page, "/activate/code", code="7KQ2-M9XD-4T0B").path == "/activate/account"


def test_an_idle_session_ends(site: Site, browser: CitizenClient) -> None:
    _, link = site.register()
    page = browser.open(link)
    site.clock.advance(minutes=16)
    page = browser.submit(page, "/activate/code", code="7KQ2-M9XD-4T0B")
    assert (page.status, page.heading) == (
        403,
        "Dit formulier is verlopen",
    )  # its session (and token) is gone
    assert browser.open("/activate/code").heading == "Uw sessie is afgelopen"


def test_adding_a_key_later_needs_a_fresh_second_factor(site: Site, browser: CitizenClient) -> None:
    secret = activated(site, "adds.later")
    page = browser.submit(sign_in(browser, "adds.later"), "/login/key")
    page = browser.submit(page, "/login/code", code=totp.code_at(secret, totp.step_at(site.clock()) + 1))
    assert browser.open("/keys/new").path == "/keys/new"
    site.clock.advance(minutes=6)
    page = browser.open("/keys/new")
    assert page.path == "/login/key" and "Bevestig eerst" in page.text
    page = browser.submit(
        browser.submit(page, "/login/key"),
        "/login/code",
        code=totp.code_at(secret, totp.step_at(site.clock())),
    )
    assert page.path == "/keys/new"


def test_the_secrets_key_from_the_configuration_is_needed_to_read_totp_secrets(
    database_url: str, tmp_path: Path
) -> None:
    key = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8w="
    settings = site_settings(tmp_path, secrets_key=key)
    with start_central(database_url, tmp_path / "mailbox", **settings) as central:
        assert (
            central.service.citizen.box.open(central.service.citizen.box.seal("JBSWY3DP", "k"), "k")
            == "JBSWY3DP"
        )
    other = site_settings(tmp_path, secrets_key="A" * 43 + "=")
    with start_central(database_url, tmp_path / "mailbox", **other) as central:
        sealed = central.service.citizen.box.seal("JBSWY3DP", "k")
    with start_central(database_url, tmp_path / "mailbox", **settings) as central, pytest.raises(ValueError):
        central.service.citizen.box.open(sealed, "k")


def test_passwords_are_rehashed_when_the_parameters_change(
    site: Site, database_url: str, tmp_path: Path
) -> None:
    activated(site, "rehash.me")
    stronger = site_settings(tmp_path, passwords={"time_cost": 2, "memory_kib": 9216, "parallelism": 1})
    with (
        start_central(database_url, tmp_path / "mailbox-2", **stronger) as second,
        CitizenClient(second.url) as client,
    ):
        assert sign_in(client, "rehash.me").path == "/login/key"
    with site.central.service.db.reading() as session:
        stored = session.execute(select(Account.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=9216,t=2,p=1$")


def test_behind_https_cookies_are_secure_and_hsts_is_sent(database_url: str, tmp_path: Path) -> None:
    settings = site_settings(tmp_path, link_base_url="https://sleutels.example.gent")
    with (
        start_central(database_url, tmp_path / "mailbox", **settings) as central,
        CitizenClient(central.url) as client,
    ):
        page = client.open("/login")
    cookie = page.response.headers["set-cookie"]
    assert cookie.startswith("__Host-session=")
    assert all(flag in cookie.lower() for flag in ("httponly", "secure", "samesite=lax", "path=/"))
    assert page.response.headers["strict-transport-security"].startswith("max-age=")


def test_a_plain_http_service_sends_no_hsts(site: Site, browser: CitizenClient) -> None:
    page = browser.open("/login")
    assert "strict-transport-security" not in page.response.headers
    assert "secure" not in page.response.headers["set-cookie"].lower()
