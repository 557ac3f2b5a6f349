"""Training walks the whole chain: the citizen's activation page from the confirmation screen, and the
training mailbox and SMS outbox in the training panel.

The real training composition: the app's training central service on loopback, its relay, its mailbox
folder. The system browser is replaced the way Qt allows it: a URL handler for ``http`` receives what
``QDesktopServices.openUrl`` would hand to the desktop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from central_service.sms import OutboxFolder, Sms
from clerk_app.app import CounterParts, open_counter
from clerk_app.config import HOME_ENV, Profile, load_settings
from clerk_app.sync.relay import Connection
from clerk_app.sync.service import TOKEN_ENTRY
from clerk_app.training_central import TrainingInbox
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.sync_status import SyncStatusController
from clerk_app.ui.controllers.training_messages import TrainingMessagesController
from clerk_app.ui.shell import Shell
from tests.support.store_builders import request

WAIT_MS = 20_000
MakeShell = Callable[..., Shell]


class Browser(QObject):
    """Stands in for the system browser: Qt hands it every http URL given to ``openUrl``."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def browser(qapp: QApplication) -> Iterator[Browser]:
    handler = Browser()
    QDesktopServices.setUrlHandler("http", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("http")


@pytest.fixture
def training_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CounterParts]:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    settings = load_settings(Profile.TRAINING)
    settings.paths.ensure()
    parts = open_counter(settings)
    parts.secrets.delete(TOKEN_ENTRY)
    yield parts
    parts.close()


def test_the_trainee_opens_the_activation_page_and_sees_the_messages(
    make_shell: MakeShell,
    ui: UiServices,
    qtbot: QtBot,
    training_parts: CounterParts,
    browser: Browser,
) -> None:
    parts = training_parts
    issued = parts.store.registrations.register(request(7), dt.datetime.now(dt.UTC))
    shell = make_shell(parts.settings)
    inbox = TrainingInbox.for_settings(parts.settings)
    shell.confirmation.offer_activation_page(inbox.activation_link, ui.workers)
    shell.show_confirmation(issued.registration, issued.code)
    view = shell.confirmation.view
    assert view.activation_page_button.isVisibleTo(view) and view.activation_page_button.isEnabled()
    sync = SyncStatusController(
        shell, parts.start_sync, ui.workers, ui.translations, training=parts.settings.training
    )
    try:
        qtbot.waitUntil(
            lambda: sync.state is not None and sync.state.connection is Connection.ONLINE, timeout=WAIT_MS
        )
        qtbot.waitUntil(lambda: inbox.activation_link(issued.registration.id) is not None, timeout=WAIT_MS)
        view.activation_page_button.click()
        qtbot.waitUntil(lambda: browser.opened != [], timeout=WAIT_MS)
        (url,) = browser.opened
        assert url.host() == "127.0.0.1" and url.path().startswith("/activate/")
        assert view.status_label.text() == "De activeringspagina van de burger opent in de browser."
        page = httpx.get(url.toString(), follow_redirects=True)  # the live page of the training service
        assert (page.status_code, page.url.path) == (200, "/activate/code")

        OutboxFolder(inbox.sms_folder).send(Sms("+32470123456", "Stad Gent: uw beveiligingscode is 123456."))
        messages = TrainingMessagesController(shell.view, inbox, ui.workers, ui.translations, parent=shell)
        qtbot.waitUntil(lambda: not messages.busy, timeout=WAIT_MS)
        mails = messages.view.mail_list
        assert mails.topLevelItemCount() == 1
        mail = mails.topLevelItem(0)
        assert mail.text(1) == request(7).email and mail.text(3) == url.toString()
        assert messages.view.sms_list.topLevelItemCount() == 1
        assert messages.view.sms_list.topLevelItem(0).text(1) == "+32470123456"
        OutboxFolder(inbox.sms_folder).send(Sms("+32470123456", "Stad Gent: uw beveiligingscode is 654321."))
        messages.view.refresh_button.click()
        qtbot.waitUntil(lambda: not messages.busy, timeout=WAIT_MS)
        assert messages.view.sms_list.topLevelItemCount() == 2
        assert messages.view.sms_list.topLevelItem(0).text(2).endswith("654321.")  # newest first
        assert messages.view.status_label.text() == "1 e-mail(s) en 2 sms-bericht(en)."
    finally:
        sync.close()


def test_before_the_e_mail_arrives_the_trainee_is_told_to_wait(
    make_shell: MakeShell, ui: UiServices, qtbot: QtBot, training_parts: CounterParts, browser: Browser
) -> None:
    parts = training_parts
    issued = parts.store.registrations.register(request(8), dt.datetime.now(dt.UTC))  # never sent
    shell = make_shell(parts.settings)
    shell.confirmation.offer_activation_page(
        TrainingInbox.for_settings(parts.settings).activation_link, ui.workers
    )
    shell.show_confirmation(issued.registration, issued.code)
    view = shell.confirmation.view
    view.activation_page_button.click()
    qtbot.waitUntil(lambda: "nog niet" in view.status_label.text(), timeout=WAIT_MS)
    assert browser.opened == []
    shell.new_citizen()
    assert not view.activation_page_button.isEnabled()  # nothing to open once the code is gone


def test_production_never_offers_the_activation_page(make_shell: MakeShell, ui: UiServices) -> None:
    shell = make_shell()
    assert not shell.session.training
    assert not shell.confirmation.view.activation_page_button.isVisibleTo(shell.confirmation.view)
    with pytest.raises(ValueError, match="only training"):
        shell.confirmation.offer_activation_page(lambda _id: "http://127.0.0.1/activate/x", ui.workers)
