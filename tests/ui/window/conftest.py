"""Fixtures for the whole main window as a clerk meets it: training profile, the training panel docked
(its in-process reader only), the central-service menu and status, the real store behind every screen, in a
chosen language and size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from clerk_app.app import CardReaders, open_counter
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.config import Profile
from clerk_app.ui.card_path import attach_card_path
from clerk_app.ui.composition import UiServices
from clerk_app.ui.shell import Shell
from clerk_app.ui.views.sync_status_view import SyncStatusView
from tests.support.records_on_clock import NOW, TODAY, RecordsOnClock
from tests.support.registration_flow import CounterStore
from tests.support.ui_citizens import make_settings
from tests.support.window_walks import Window


@pytest.fixture
def open_window(
    qtbot: QtBot, ui: UiServices, make_shell: Callable[..., Shell], tmp_path: Path
) -> Iterator[Callable[..., Window]]:
    """``open_window(language, size, **settings)``: the training window, resized to ``size`` (width,
    height); ``settings`` are settings.toml values (e.g. ``idle_clear_seconds``)."""
    opened: list[Window] = []

    def open_(language: str = "nl", size: tuple[int, int] = (1366, 768), **settings_raw: object) -> Window:
        settings = make_settings(tmp_path / f"home-{len(opened)}", Profile.TRAINING, **settings_raw)
        parts = open_counter(settings)
        records = RecordsOnClock(parts.store)
        shell = make_shell(
            settings,
            registrar=CounterStore(parts.store, today=lambda: TODAY),
            registrations=records,
            reports=records,
            today=lambda: TODAY,
            now=lambda: NOW,
        )
        # Only the training reader: a pcscd on this machine (another test's virtual reader) must not put
        # its cards into these windows.
        simulated = SimulatedBackend()
        readers = CardReaders(simulated, simulated)
        card_path = attach_card_path(shell, readers, parts.trust, ui, today=lambda: TODAY)
        sync = SyncStatusView(shell.view)
        shell.view.add_status_part(sync, sync.menu)
        window = Window(shell, card_path, sync, parts)
        opened.append(window)
        qtbot.waitUntil(lambda: card_path.bridge.model.service is not None, timeout=5_000)
        ui.translations.switch(language)
        menu = QCoreApplication.translate("MainWindowView", "&Citizen")
        qtbot.waitUntil(lambda: shell.view.citizen_menu.title() == menu)  # every window retranslated
        shell.view.resize(*size)
        QCoreApplication.processEvents()
        return window

    yield open_
    for window in opened:
        window.card_path.close()
        ui.workers.wait()
        window.parts.close()
