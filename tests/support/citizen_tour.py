"""A walk through every page of the citizen's side in a real browser, for axe-core and the screenshots.

``tour`` drives one Chromium tab over a running service and stops (yields the page's name) on each page
in turn: the link's dead ends, the code, username and password, each of the three keys, the signed-in
page, sign-out, sign-in and its failures, an expired form. The accessibility test checks each stop; the
screenshot script (``scripts/citizen-screenshots``) photographs it.
"""

from __future__ import annotations

from collections.abc import Iterator

from central_service.web import totp
from tests.support.chromium import Tab
from tests.support.citizen import CODE, PASSWORD, Site

WRONG_CODE = "0000-0000-0000"


def tour(site: Site, tab: Tab, tag: str) -> Iterator[str]:
    """Stop on every page; ``tag`` keeps this walk's usernames and people apart from another's."""
    yield from _dead_ends(site, tab)
    username = f"tour.{tag}"
    _, link = site.register()
    tab.open(link)
    yield "code"
    tab.press(code=WRONG_CODE)
    yield "code-wrong"
    tab.press(code=CODE)
    yield "account"
    tab.press(username=username, password="password1234", password_again="password1234")
    yield "account-weak-password"
    tab.press(username=username, password=PASSWORD, password_again=PASSWORD)
    yield "key-choice"
    tab.choose("totp")
    tab.press()
    yield "key-app"
    secret = "".join(tab.find("#totp-secret").text.split())
    tab.press(code=totp.code_at(secret, totp.step_at(site.clock())))
    yield "my-keys"
    sms_before = site.sms_count()
    tab.follow("main a.button")
    tab.choose("sms")
    tab.press()
    yield "key-sms-number"
    tab.press(phone="0470 12 34 56")
    yield "key-sms-code"
    tab.press(code=site.sms_code(after=sms_before))
    tab.follow("main a.button")
    mails_before = len(site.email_codes())
    tab.choose("email")
    tab.press()
    yield "key-email-code"
    tab.press(code=site.email_code(after=mails_before))
    yield "my-keys-three"
    tab.press(tab.find("form.secondary button").text)
    yield "signed-out"
    tab.press(username=username, password="not my password at all")
    yield "login-failed"
    tab.press(username=username, password=PASSWORD)
    yield "login-key-choice"
    tab.press()
    yield "login-code"
    tab.press(code=totp.code_at(secret, totp.step_at(site.clock()) + 1))
    _, link = site.register()  # opening a link ends the signed-in session
    tab.open(link)
    tab.driver.execute_script("document.querySelector('input[name=csrf_token]').remove()")
    tab.press(code=CODE)
    yield "form-expired"


def _dead_ends(site: Site, tab: Tab) -> Iterator[str]:
    tab.open(f"/activate/{'A' * 43}")
    yield "not-found"
    _, link = site.register()
    site.clock.advance(days=15)
    tab.open(link)
    yield "link-expired"
    site.clock.advance(days=-15)
    old, link = site.register()
    site.reissue(old)
    tab.open(link)
    yield "link-replaced"
    _, link = site.register()
    tab.open(link)
    for _ in range(5):
        tab.press(code=WRONG_CODE)
    yield "link-locked"
    tab.open("/activate/code")
    yield "session-ended"
