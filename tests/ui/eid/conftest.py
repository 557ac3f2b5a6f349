"""Fixtures for the eID path: a real shell wired to real card readers, the real PC/SC stack for some tests.

``app.card_path`` is what ``clerk-app --training`` runs below the window: the composition root's card readers
(the in-process training reader plus every PC/SC reader, so pcscd's virtual reader too), trust store and
real registration store, the reader monitor behind its Qt bridge, the eID path and the training panel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.app import open_counter
from clerk_app.cardreader.simulated.vpcd import VPCD_PORT
from clerk_app.config import Profile
from clerk_app.ui.card_path import attach_card_path
from clerk_app.ui.composition import UiServices
from clerk_app.ui.shell import Shell
from tests.support.eid_flow import TODAY, CounterApp
from tests.support.pcsc_fixtures import pcsc_stack, vpcd_reader
from tests.support.registration_flow import CounterStore
from tests.support.ui_citizens import make_settings

__all__ = ["pcsc_stack", "vpcd_reader"]


@pytest.fixture
def start_counter(
    qtbot: QtBot, ui: UiServices, make_shell: Callable[..., Shell], tmp_path: Path
) -> Iterator[Callable[..., CounterApp]]:
    """Start the counter's window with the card readers attached and the real store behind the register
    step, on the day the training cards are made for; ``vpcd_port`` is the suite's pcscd's."""
    opened: list[CounterApp] = []

    def start(profile: Profile = Profile.TRAINING, *, vpcd_port: int = VPCD_PORT) -> CounterApp:
        settings = make_settings(tmp_path / "home", profile)
        parts = open_counter(settings)
        store = CounterStore(parts.store, today=lambda: TODAY)
        shell = make_shell(settings, registrar=store, today=lambda: TODAY)
        card_path = attach_card_path(
            shell, parts.readers, parts.trust, ui, vpcd_port=vpcd_port, today=lambda: TODAY
        )
        app = CounterApp(settings, shell, parts, card_path, store, ui.workers)
        opened.append(app)
        qtbot.waitUntil(lambda: shell.home.reader_state_label.text() != "", timeout=5_000)
        qtbot.waitUntil(lambda: card_path.bridge.model.service is not None, timeout=5_000)
        return app

    yield start
    for app in opened:
        app.card_path.close()
        ui.workers.wait()
        app.parts.close()
