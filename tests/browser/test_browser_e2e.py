"""The whole chain in one test: registered at the counter, activated in Chromium, signed in with each key.

The registration goes through the counter's real store (SQLCipher, its key in the OS keyring) and its
real outbox relay into the central service on loopback. The link comes from the development mailbox, the
code is the one the counter showed, and every key is set up and then used to sign in: the mobile app
(the code computed from the secret on the page), SMS (the code from the development SMS outbox) and
e-mail (the code from the mailbox). Then the clerk presses Send now: the relay asks the central statuses,
and the counter's registration history (the real screen, in Dutch) shows the registration activated.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from central_service import workstations
from central_service.web import totp
from clerk_app.config import CentralServiceSettings, Profile, Settings, paths_for
from clerk_app.domain.registration import Clerk
from clerk_app.errors import SecretStoreError
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from clerk_app.storage.database import KEY_ENTRY
from clerk_app.sync.relay import SyncState
from clerk_app.sync.service import SyncService
from clerk_app.ui.composition import create_shell, prepare_ui
from clerk_app.ui.models.registration_tables import RegistrationColumn
from clerk_app.ui.session import CounterSession
from tests.support.chromium import Tab
from tests.support.citizen import PASSWORD, Site
from tests.support.store_builders import request
from tests.support.sync_relay import FAST
from tests.support.waiting import wait_until


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


class StatusChecks:
    """The relay's reports (on its own thread): set when it has asked the central statuses anew."""

    def __init__(self) -> None:
        self.seen: set[dt.datetime] = set()
        self.new = threading.Event()

    def __call__(self, state: SyncState) -> None:
        if state.statuses_checked_at is not None and state.statuses_checked_at not in self.seen:
            self.seen.add(state.statuses_checked_at)
            self.new.set()


def test_registered_at_the_counter_activated_and_signed_in_with_each_key(
    qapp: QApplication,
    qtbot: QtBot,
    tab: Tab,
    site: Site,
    counter_store: tuple[Store, SecretStore, Settings],
) -> None:
    store, secrets, settings = counter_store
    issued = store.registrations.register(request(500), dt.datetime.now(dt.UTC))  # the code the counter shows
    central = CentralServiceSettings(url=site.url)
    checks = StatusChecks()
    sync = SyncService(store.outbox, secrets, central, policy=FAST, on_state=checks)
    code = workstations.create_enrolment_code(
        site.central.service.db, "stadskantoor", dt.timedelta(hours=1), dt.datetime.now(dt.UTC)
    )
    sync.enrol(code, "desk-1")
    sync.start()
    try:
        wait_until(lambda: store.outbox.pending_count() == 0, timeout=20, what="the outbox to empty")
        _citizen_activates_and_signs_in_with_each_key(tab, site, issued.registration.id, issued.code)
        checks.new.clear()
        sync.sync_now()  # Send now: the relay asks the central statuses at once
        assert checks.new.wait(20), "Send now did not check the central statuses"
    finally:
        sync.stop()

    services = prepare_ui(qapp, "nl")
    try:
        session = CounterSession(Clerk("Jan Peeters", "G54321"), settings.centres[0], training=True)
        shell = create_shell(qapp, settings, session, services, registrations=store.registrations)
        qtbot.addWidget(shell.view)
        history = shell.registrations
        assert history is not None
        shell.view.registrations_action.trigger()  # Registration history: today's registrations
        qtbot.waitUntil(lambda: not history.busy and history.model.rowCount() == 1, timeout=10_000)
        assert history.model.registration(0).id == issued.registration.id
        status = history.model.data(history.model.index(0, RegistrationColumn.STATUS.value))
        assert status == "Geactiveerd"
    finally:
        services.workers.wait()
        services.translations.uninstall()
        services.collector.stop()


def _citizen_activates_and_signs_in_with_each_key(
    tab: Tab, site: Site, registration_id: uuid.UUID, code: str
) -> None:
    """In Chromium: the link, the counter's code, username and password, three keys, a sign-in with each."""

    tab.open(site.link_of(registration_id))
    assert tab.heading == "Vul uw activeringscode in"
    tab.press(code=code.lower().replace("-", " "))
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
