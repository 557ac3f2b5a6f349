"""The failure paths of the citizen's side, each in Chromium against the real service."""

from __future__ import annotations

from central_service.web import totp
from tests.support.chromium import Tab
from tests.support.citizen import CODE, PASSWORD, Site

WRONG = "0000-0000-0000"


def start_account(tab: Tab, site: Site, username: str) -> str:
    """Enter the code, choose credentials and set up the app; the TOTP secret (the current step used)."""
    _, link = site.register()
    tab.open(link)
    tab.press(code=CODE)
    tab.press(username=username, password=PASSWORD, password_again=PASSWORD)
    tab.choose("totp")
    tab.press()
    secret = "".join(tab.find("#totp-secret").text.split())
    tab.press(code=totp.code_at(secret, totp.step_at(site.clock())))
    assert tab.heading == "Mijn digitale sleutels"
    return secret


def sign_in(tab: Tab, username: str, password: str) -> None:
    tab.open("/login")
    tab.press(username=username, password=password)


def test_an_expired_link(tab: Tab, site: Site) -> None:
    _, link = site.register()
    site.clock.advance(days=14, minutes=1)
    tab.open(link)
    assert tab.heading == "Deze link is verlopen"
    assert "Stadskantoor (Afhaalbalie Burgerzaken)" in tab.text


def test_a_link_replaced_by_a_reissue(tab: Tab, site: Site) -> None:
    old, link = site.register()
    site.reissue(old)
    tab.open(link)
    assert tab.heading == "Een nieuwere e-mail verving deze link"


def test_the_sixth_code_is_refused_even_when_right(tab: Tab, site: Site) -> None:
    registration_id, link = site.register()
    tab.open(link)
    for _ in range(4):
        tab.press(code=WRONG)
    assert tab.errors == ["Deze code klopt niet. U kunt het nog 1 keer proberen."]
    tab.press(code=WRONG)
    assert tab.heading == "Deze link is geblokkeerd"
    tab.open(link)
    assert tab.heading == "Deze link is geblokkeerd"  # the right code cannot even be typed any more
    assert site.status(registration_id) == "locked"


def test_a_weak_password_with_its_reason(tab: Tab, site: Site) -> None:
    _, link = site.register()
    tab.open(link)
    tab.press(code=CODE)
    tab.press(username="weak.password", password="abcdefghijklmn", password_again="abcdefghijklmn")
    assert tab.errors == [
        "Dit wachtwoord is makkelijk te raden (bijvoorbeeld herhalingen, reeksen of toetsenbordpatronen). "
        "Maak het langer of minder voorspelbaar."
    ]
    assert tab.focused_name() == "password"  # the first field in error has the focus


def test_a_reused_totp_code_is_refused(tab: Tab, site: Site) -> None:
    secret = start_account(tab, site, "reuses.code")
    tab.press(tab.find("form.secondary button").text)  # sign out
    tab.press(username="reuses.code", password=PASSWORD)
    tab.press()
    tab.press(code=totp.code_at(secret, totp.step_at(site.clock())))  # the code that set the key up
    assert tab.errors == ["Deze code werd al gebruikt. Wacht op de volgende code in de app."]


def test_a_form_posted_without_its_csrf_token(tab: Tab, site: Site) -> None:
    _, link = site.register()
    tab.open(link)
    tab.driver.execute_script("document.querySelector('input[name=csrf_token]').remove()")
    tab.press(code=CODE)
    assert tab.heading == "Dit formulier is verlopen"


def test_the_lockout_at_sign_in(tab: Tab, site: Site) -> None:
    start_account(tab, site, "gets.locked")
    tab.press(tab.find("form.secondary button").text)
    for wait in (0, 0, 0, 31, 61):  # the fourth and fifth wait out the growing delay; the fifth locks
        site.clock.advance(seconds=wait)
        tab.press(username="gets.locked", password="a wrong password here")
        assert tab.errors[0].startswith("Aanmelden lukte niet.")
    site.clock.advance(days=1)
    sign_in(tab, "gets.locked", PASSWORD)
    assert tab.path == "/login" and tab.errors[0].startswith("Aanmelden lukte niet.")


def test_unknown_usernames_look_like_wrong_passwords(tab: Tab, site: Site) -> None:
    start_account(tab, site, "known.name")
    tab.press(tab.find("form.secondary button").text)
    sign_in(tab, "known.name", "not the right password")
    wrong = (tab.path, tab.heading, tab.errors, tab.text.replace("known.name", "X"))
    sign_in(tab, "never.registered", "not the right password")
    unknown = (tab.path, tab.heading, tab.errors, tab.text.replace("never.registered", "X"))
    assert wrong == unknown
