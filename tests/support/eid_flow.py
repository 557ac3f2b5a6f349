"""Helpers for the eID path tests: the day the training cards are made for, what a card must not leave,
and the clerk's part of the register step.

Assertions about personal data compare into booleans or lists of widget names, so a failure never prints a
name or a number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from clerk_app.app import CounterParts
from clerk_app.cardreader.beid import BeidSession
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.cardreader.simulated.card import Applet
from clerk_app.cardreader.simulated.training_cards import PULLED_PREFIX, build_card
from clerk_app.cardreader.trust import TrustStore
from clerk_app.config import Settings
from clerk_app.ui.card_path import CardPath
from clerk_app.ui.controllers.register_step import RegisterStepController
from clerk_app.ui.shell import Shell
from clerk_app.ui.workers import Workers
from tests.support.registration_flow import CounterStore

TODAY = dt.date(2026, 11, 29)


def card_secrets(name: str) -> tuple[str, ...]:
    """The personal data on training card ``name`` that must never stay on screen (or be printed)."""
    base = "adult" if name.startswith(PULLED_PREFIX) else name
    backend = SimulatedBackend()
    backend.insert(build_card(base, today=TODAY))
    connection = backend.connect(backend.list_readers()[0])
    try:
        identity = BeidSession(connection, TrustStore.training()).read().identity
    finally:
        connection.close()
    return (identity.first_names, identity.national_number, identity.card_number)


#: A made-up address for the citizens of these tests.
EMAIL = "anna.specimen@example.org"
#: The day a registration made on TODAY expires, as the slip writes it in Dutch.
EXPIRY_NL = "13/12/2026"  # DD/MM/YYYY, as every date the clerk reads
SLIP_EXPIRY_NL = "13 december 2026"  # the citizen's slip writes the month out


def fill_inputs(qtbot: QtBot, step: RegisterStepController, email: str = EMAIL) -> None:
    """What the clerk adds on the register step: presence in person and the e-mail address twice."""
    step.view.inputs.presence_check.setChecked(True)
    qtbot.keyClicks(step.view.inputs.email_edit, email)
    qtbot.keyClicks(step.view.inputs.email_again_edit, email)


def register_and_wait(qtbot: QtBot, shell: Shell, step: RegisterStepController) -> str:
    """Press Register and wait for the confirmation screen; returns the code it shows (never print it)."""
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    return shown_code(shell)


def shown_code(shell: Shell) -> str:
    """The activation code on the confirmation screen, in its display form ``XXXX-XXXX-XXXX``."""
    return shell.confirmation.view.code_label.text().replace(" – ", "-")


@dataclass
class CounterApp:
    settings: Settings
    shell: Shell
    parts: CounterParts
    card_path: CardPath
    store: CounterStore  # the real store of ``parts``, as the register step calls it, on the cards' day
    workers: Workers  # the UI's background jobs, to drain before asserting that nothing more happened

    @property
    def step(self) -> RegisterStepController:
        step = self.shell.register_step
        assert step is not None
        return step


def read_card(qtbot: QtBot, app: CounterApp, name: str, applet: Applet = Applet.V1_8) -> None:
    """Insert training card ``name`` from the panel and wait until its read finished."""
    panel = app.card_path.training_panel
    assert panel is not None
    with qtbot.waitSignal(app.card_path.eid.read_finished, timeout=10_000):
        panel.insert(name, applet=applet)


def error_boxes(app: CounterApp) -> list[str]:
    return [box.objectName() for box in app.shell.view.findChildren(QMessageBox) if box.isVisible()]
