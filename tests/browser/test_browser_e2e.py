"""The whole chain in one test: registered at the counter, activated in Chromium, signed in with each key.

The registration goes through the counter's real store (SQLCipher, its key in the OS keyring) and its
real outbox relay into the central service on loopback. The link comes from the development mailbox, the
code is the one the counter showed, and every key is set up and then used to sign in: the mobile app
(the code computed from the secret on the page), SMS (the code from the development SMS outbox) and
e-mail (the code from the mailbox). The counter then reads the registration's status back.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from central_service import workstations
from central_service.web import totp
from clerk_app.config import CentralServiceSettings, Profile, Settings, paths_for
from clerk_app.errors import SecretStoreError
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from clerk_app.storage.database import KEY_ENTRY
from clerk_app.sync.client import CentralClient
from clerk_app.sync.service import SyncService, load_enrolment
from tests.storage.store_builders import request
from tests.support.chromium import Tab
from tests.support.citizen import PASSWORD, Site
from tests.sync.conftest import FAST


@pytest.fixture
def counter_store(tmp_path: Path) -> Iterator[tuple[Store, SecretStore, Settings]]:
    settings = Settings(profile=Profile.TRAINING, paths=paths_for(Profile.TRAINING, home=tmp_path / "home"))
    try:
        secrets = SecretStore(f"clerk-app-test/{uuid.uuid4()}")
        secrets.get(KEY_ENTRY)
    except SecretStoreError as error:
        pytest.fail(f"this test needs the OS keyring scripts/test starts: {error.code}", pytrace=False)
    store = Store.open(settings, secrets)
    yield store, secrets, settings
    store.close()
    secrets.delete(KEY_ENTRY)


def wait_until(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_registered_at_the_counter_activated_and_signed_in_with_each_key(
    tab: Tab, site: Site, counter_store: tuple[Store, SecretStore, Settings]
) -> None:
    store, secrets, _ = counter_store
    issued = store.registrations.register(request(500), dt.datetime.now(dt.UTC))  # the code the counter shows
    central = CentralServiceSettings(url=site.url)
    sync = SyncService(store.outbox, secrets, central, policy=FAST)
    code = workstations.create_enrolment_code(
        site.central.service.db, "stadskantoor", dt.timedelta(hours=1), dt.datetime.now(dt.UTC)
    )
    sync.enrol(code, "desk-1")
    sync.start()
    try:
        wait_until(lambda: store.outbox.pending_count() == 0)
    finally:
        sync.stop()

    tab.open(site.link_of(issued.registration.id))
    assert tab.heading == "Vul uw activeringscode in"
    tab.press(code=issued.code.lower().replace("-", " "))
    tab.press(username="nora.specimen", password=PASSWORD, password_again=PASSWORD)
    tab.choose("totp")
    tab.press()
    secret = "".join(tab.find("#totp-secret").text.split())
    tab.press(code=totp.code_at(secret, totp.step_at(site.clock())))
    assert tab.heading == "Mijn digitale sleutels"

    tab.follow("main a.button")  # add the SMS key (the second factor is still fresh)
    tab.choose("sms")
    tab.press()
    sms_before = site.sms_count()
    tab.press(phone="+32 470 12 34 56")
    tab.press(code=site.sms_code(after=sms_before))
    tab.follow("main a.button")  # and the e-mail key
    mails_before = len(site.email_codes())
    tab.choose("email")
    tab.press()
    tab.press(code=site.email_code(after=mails_before))
    assert [line for line in tab.text.splitlines() if "toegevoegd op" in line] and all(
        kind in tab.text for kind in ("Mobiele app", "Sms", "Beveiligingscode per e-mail")
    )
    tab.press("Afmelden")
    assert tab.path == "/login"

    site.clock.advance(seconds=61)  # past the resend pause of the codes sent while setting up
    for kind, code_of in (
        ("Mobiele app", lambda: totp.code_at(secret, totp.step_at(site.clock()) + 1)),
        ("Sms", lambda: site.sms_code(after=sms_before + 1)),
        ("Beveiligingscode per e-mail", lambda: site.email_code(after=mails_before + 1)),
    ):
        tab.open("/login")
        tab.press(username="nora.specimen", password=PASSWORD)
        tab.choose_label(kind)
        tab.press()
        tab.press(code=code_of())
        assert tab.heading == "Mijn digitale sleutels", kind
        tab.press("Afmelden")

    enrolment = load_enrolment(secrets)
    assert enrolment is not None
    seen = CentralClient(central, enrolment.token).registration_status(str(issued.registration.id))
    assert seen.central_status == "activated"
    # The counter's history showing "Activated" comes with the relay's status refresh (issue 8, counter side).
