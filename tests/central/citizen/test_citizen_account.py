"""Username and password, and the three digital keys, over HTTP against the real service."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from central_service.__main__ import main
from central_service.models import Account, DigitalKey, Registration
from central_service.web import totp
from tests.support.citizen import PASSWORD, CitizenClient, Page, Site, choose_credentials, enter_code
from tests.support.registrations import national_number


def at_account_form(site: Site, browser: CitizenClient, **changes: object) -> Page:
    _, link = site.register(**changes)
    page = enter_code(browser, link)
    assert page.path == "/activate/account"
    return page


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("ab", "Kies een gebruikersnaam van 3 tot 64 tekens."),
        ("a" * 65, "Kies een gebruikersnaam van 3 tot 64 tekens."),
        ("jan janssens", "Gebruik alleen letters zonder accent"),
        ("josé", "Gebruik alleen letters zonder accent"),
        (national_number(3), "Uw gebruikersnaam mag geen rijksregister- of bisnummer zijn."),
        (f"{national_number(3)[:6]}-{national_number(3)[6:9]}.{national_number(3)[9:]}", "rijksregister"),
    ],
)
def test_usernames_are_checked_with_the_reason(
    site: Site, browser: CitizenClient, username: str, message: str
) -> None:
    page = choose_credentials(browser, at_account_form(site, browser), username)
    assert page.status == 422
    assert page.errors[0].startswith(message) or message in page.errors[0]


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("kort genoeg", "minstens 12 tekens"),
        ("x" * 129, "hoogstens 128 tekens"),
        ("password1234", "wordt veel gebruikt"),
        ("specimen1950", "lijkt op uw naam, geboortedatum"),  # the person's surname and birth year
        ("01011950jan.peeters", "lijkt op uw naam"),  # contains the username
        ("aaaaaaaaaaaaaaaa", "makkelijk te raden"),
    ],
)
def test_weak_passwords_are_refused_with_their_reason(
    site: Site, browser: CitizenClient, password: str, reason: str
) -> None:
    page = choose_credentials(browser, at_account_form(site, browser), "jan.peeters", password)
    assert page.status == 422
    assert reason in page.errors[0], page.errors


def test_a_long_passphrase_with_spaces_and_any_characters_is_fine(site: Site, browser: CitizenClient) -> None:
    passphrase = "Één zebra 🦓 leest 64 tekens of meer: " + "kwartel fjord meander " * 3
    page = choose_credentials(browser, at_account_form(site, browser), "lang.wachtwoord", passphrase[:128])
    assert page.path == "/keys/new"


def test_usernames_are_unique_without_regard_to_case(site: Site, browser: CitizenClient) -> None:
    assert choose_credentials(browser, at_account_form(site, browser), "An.Peeters").path == "/keys/new"
    with CitizenClient(site.url) as other:
        page = choose_credentials(other, at_account_form(site, other), "an.PEETERS")
    assert (page.status, page.errors) == (422, ["Deze gebruikersnaam is al in gebruik. Kies een andere."])


def test_the_password_is_stored_as_argon2id_with_the_configured_parameters(
    site: Site, browser: CitizenClient
) -> None:
    choose_credentials(browser, at_account_form(site, browser), "argon.check")
    with site.central.service.db.reading() as session:
        stored = session.execute(select(Account.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=8192,t=1,p=1$")
    assert PASSWORD not in stored


def test_the_mobile_app_key_counts_only_after_one_right_code(site: Site, browser: CitizenClient) -> None:
    registration_id, link = site.register()
    page = choose_credentials(browser, enter_code(browser, link), "app.user")
    page = browser.submit(page, "/keys/new", kind="totp")
    secret = page.totp_secret
    assert len(secret) == 32
    qr = browser.http.get("/keys/qr.svg")
    assert (qr.status_code, qr.headers["content-type"]) == (200, "image/svg+xml")
    wrong = browser.submit(
        page, "/keys/confirm", code="000000" if totp.code_at(secret, 0) != "000000" else "111111"
    )
    assert wrong.status == 422 and wrong.errors == ["Deze code klopt niet."]
    assert site.status(registration_id) == "accepted"
    now = totp.step_at(dt.datetime.now(dt.UTC))
    far = browser.submit(wrong, "/keys/confirm", code=totp.code_at(secret, now + 3))  # more than one step off
    assert far.status == 422
    done = browser.submit(far, "/keys/confirm", code=totp.code_at(secret, now + 1))  # one step of drift
    assert (done.path, done.heading) == ("/keys", "Mijn digitale sleutels")
    assert site.status(registration_id) == "activated"
    with site.central.service.db.reading() as session:
        key = session.execute(select(DigitalKey)).scalar_one()
    assert key.secret is not None and secret not in key.secret  # sealed at rest
    assert key.last_step == now + 1


def test_the_sms_key_normalises_the_number_and_follows_the_code_rules(
    site: Site, browser: CitizenClient
) -> None:
    _, link = site.register()
    page = choose_credentials(browser, enter_code(browser, link), "sms.user")
    page = browser.submit(page, "/keys/new", kind="sms")
    bad = browser.submit(page, "/keys/phone", phone="02 123 45 67")  # a Brussels landline: no SMS
    assert bad.status == 422 and "geen geldig gsm-nummer" in bad.errors[0]
    page = browser.submit(bad, "/keys/phone", phone="0470 12 34 56")
    assert "+32 … 56" in page.text
    first = site.sms_code(after=0)
    too_soon = browser.submit(page, "/keys/resend")
    assert "Wacht een minuut" in too_soon.text
    site.clock.advance(seconds=61)
    page = browser.submit(too_soon, "/keys/resend")
    second = site.sms_code(after=1)
    wrong = "999999" if second != "999999" else "888888"
    with site.central.service.db.reading() as session:
        key = session.execute(select(DigitalKey)).scalar_one()
    assert key.phone == "+32470123456"
    if first != second:  # one in a million they are equal; the old code no longer works
        page = browser.submit(page, "/keys/confirm", code=first)
        assert page.errors == ["Deze code klopt niet."]
    else:
        page = browser.submit(page, "/keys/confirm", code=wrong)
    for _ in range(4):
        site.clock.advance(seconds=20)  # past the account's growing delay: only the code's own limit counts
        page = browser.submit(page, "/keys/confirm", code=wrong)
        assert page.errors == ["Deze code klopt niet."]
    site.clock.advance(seconds=20)
    page = browser.submit(page, "/keys/confirm", code=second)  # the sixth try, right: the code is used up
    assert page.errors == ["Er werd te vaak een verkeerde code ingevuld. Vraag een nieuwe code."]
    site.clock.advance(seconds=61)
    page = browser.submit(page, "/keys/resend")
    third = site.sms_code(after=2)
    site.clock.advance(minutes=10, seconds=1)
    assert browser.submit(page, "/keys/confirm", code=third).errors == [
        "Deze code is verlopen. Vraag een nieuwe code."
    ]
    site.clock.advance(seconds=61)
    page = browser.submit(page, "/keys/resend")
    page = browser.submit(page, "/keys/confirm", code=site.sms_code(after=3))
    assert page.path == "/keys"


def test_the_email_key_sends_its_code_through_the_mail_outbox(
    site: Site,
    browser: CitizenClient,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, link = site.register(language="de")
    page = choose_credentials(browser, enter_code(browser, link), "mail.user")
    page = browser.submit(page, "/keys/new", kind="email")
    assert "c…@example.org" in page.text
    code = site.email_code(after=0)
    mail = next(mail for mail in site.central.mails() if code in mail.body)
    assert (mail.subject, mail.language) == ("Ihr Sicherheitscode", "de")
    monkeypatch.setenv("CENTRAL_SERVICE_DATA_DIR", str(site.central.mailbox_folder.parent))
    assert main(["mail", "list"]) == 0
    assert f"security code {code}" in capsys.readouterr().out  # the development mailbox's listing
    page = browser.submit(page, "/keys/confirm", code=code)
    assert page.path == "/keys"
    assert browser.submit(page, "/logout").path == "/login"


def test_a_daily_cap_per_number_holds_across_accounts(site: Site) -> None:
    for index in range(11):
        with CitizenClient(site.url) as client:
            _, link = site.register()
            page = choose_credentials(client, enter_code(client, link), f"cap.user{index}")
            page = client.submit(
                client.submit(page, "/keys/new", kind="sms"), "/keys/phone", phone="+32 470 99 88 77"
            )
            capped = "Vandaag werden al te veel codes" in page.text
            assert capped == (index == 10), index


def test_a_new_registration_of_the_same_person_resets_the_account(site: Site, browser: CitizenClient) -> None:
    first_id, link = site.register(index=40)
    page = choose_credentials(browser, enter_code(browser, link), "first.name")
    page = browser.submit(page, "/keys/new", kind="totp")
    browser.submit(
        page, "/keys/confirm", code=totp.code_at(page.totp_secret, totp.step_at(dt.datetime.now(dt.UTC)))
    )
    _, second_link = site.register(index=40)  # the same national number: the first one is superseded
    with CitizenClient(site.url) as again:
        page = choose_credentials(again, enter_code(again, second_link), "second.name")
        assert page.path == "/keys/new"
    with site.central.service.db.reading() as session:
        accounts = session.scalars(select(Account)).all()
        keys = session.scalars(select(DigitalKey)).all()
        first = session.get(Registration, first_id)
    assert [(a.username, a.activated_at) for a in accounts] == [("second.name", None)]
    assert keys == []
    assert first is not None and first.status == "activated"
