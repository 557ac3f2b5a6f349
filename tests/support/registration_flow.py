"""Helpers for the registration-flow UI tests: the real store as the screens use it, machine-readable
zones, made-up people.

:class:`CounterStore` is the real :class:`~clerk_app.storage.Store` (an encrypted file, its key
in the OS keyring that ``scripts/test`` starts) called the way the screens call it, on the test's clock,
with two seams a test may use: ``before`` runs first in each call (to hold the worker or move the clock)
and ``fail_with`` makes the call raise instead of reaching the store.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.cardreader.simulated.practice_documents import passport_zone as td3_zone
from clerk_app.config import Profile, Settings, paths_for, settings_from_mapping
from clerk_app.domain.registration import Registration, RegistrationRequest
from clerk_app.errors import SecretStoreError
from clerk_app.secrets import SecretStore
from clerk_app.storage import IssuedRegistration, Store
from clerk_app.storage.database import KEY_ENTRY
from clerk_app.ui.shell import Shell
from clerk_app.ui.views.manual_form_view import ManualFormView
from tests.support.valid_registrations import national_number

#: The registration day of these tests (the shared invalid-registration cases use the same one).
TODAY = dt.date(2026, 3, 2)
#: The time of day the counter registers at on the test's clock.
COUNTER_TIME = dt.time(10, 30)


def store_settings(home: Path) -> Settings:
    return settings_from_mapping(Profile.TRAINING, paths_for(Profile.TRAINING, home), {})


def open_real_store(settings: Settings) -> tuple[Store, SecretStore]:
    """The profile's store (made on first use), its key under a keyring service of its own."""
    try:
        secrets = SecretStore(f"clerk-app-ui-test/{uuid.uuid4()}")
        secrets.get(KEY_ENTRY)
    except SecretStoreError as error:
        pytest.fail(
            f"no usable OS keyring ({error.params.get('backend', error.code)}): run the UI tests with "
            "scripts/test, which starts a private D-Bus session with an unlocked gnome-keyring"
        )
    return Store.open(settings, secrets), secrets


@dataclass
class CounterStore:
    """The real store as the register step calls it, on the test's clock."""

    store: Store
    today: Callable[[], dt.date] = lambda: TODAY
    fail_with: Exception | None = None
    before: Callable[[], None] | None = None  # runs first in each call, on the worker thread
    codes: list[str] = field(default_factory=list)  # the plain codes handed out, to compare with the screen
    calls: int = 0
    on_gui_thread: list[bool] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def register(self, request: RegistrationRequest) -> IssuedRegistration:
        with self._lock:
            self.calls += 1
            self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        if self.before is not None:
            self.before()
        if self.fail_with is not None:
            raise self.fail_with
        now = dt.datetime.combine(self.today(), COUNTER_TIME).astimezone()
        issued = self.store.registrations.register(request, now=now)
        with self._lock:
            self.codes.append(issued.code)
        return issued

    def persisted(self) -> list[Registration]:
        """What the store file holds now, read back through the store."""
        return self.store.registrations.search(limit=1000)

    def __repr__(self) -> str:
        return f"CounterStore(calls={self.calls})"


@dataclass(frozen=True)
class Person:
    """A made-up citizen with a Belgian passport."""

    surname: str
    given_names: str
    birth: dt.date
    sex: str
    national_number: str  # compact
    passport: str
    expiry: dt.date
    email: str

    def zone(self) -> str:
        return td3_zone(
            issuing="BEL",
            surname=self.surname,
            given_names=self.given_names,
            number=self.passport,
            nationality="BEL",
            birth=self.birth,
            sex=self.sex,
            expiry=self.expiry,
            personal=self.national_number,
        )

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.surname, self.given_names.split()[0], self.national_number, self.email, self.passport)


# National numbers follow the published mod-97 check-digit rule; not the worked
# example 85.07.30-033.28, which the form shows as its hint.
ADULT = Person(
    "VERSTRAETE", "WARD KAREL", dt.date(1985, 7, 30), "M", national_number("850730", 45), "EH123456",
    dt.date(2030, 1, 31), "ward.verstraete@example.org",
)  # fmt: skip
CHILD = Person(
    "VERSTRAETE", "LOWIE", dt.date(2017, 7, 30), "M", "17073003384", "EH998877", dt.date(2030, 1, 31),
    "ouder.verstraete@example.org",
)  # fmt: skip
EXPIRED = Person(
    "JANSSENS", "GREET", dt.date(1975, 6, 8), "F", "75060898009", "EH445566", dt.date(2026, 2, 28),
    "greet.janssens@example.org",
)  # fmt: skip


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key event to whatever has the focus, as a clerk's keyboard sends it."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def scan(qtbot: QtBot, form: ManualFormView, zone: str) -> None:
    """What a document scanner does: type each line of the zone, each followed by Enter."""
    for line in zone.splitlines():
        qtbot.keyClicks(form.zone_edit, line)
        qtbot.keyClick(form.zone_edit, Qt.Key.Key_Return)


def open_form(qtbot: QtBot, shell: Shell, button_name: str) -> ManualFormView:
    """Home → Other document → the document type whose button is ``document-<button_name>``."""
    manual = shell.manual_path
    assert manual is not None
    qtbot.mouseClick(shell.home.other_button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is manual.choice
    button = manual.choice.findChild(QWidget, f"document-{button_name}")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is manual.form
    return manual.form


def type_values(qtbot: QtBot, form: ManualFormView, values: dict[str, str]) -> None:
    """Type each value into its field (a list field gets the matching choice)."""
    for name, value in values.items():
        widget = form.rows[name].input
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        else:
            qtbot.keyClicks(widget, value)


def problem_text(root: QWidget, name: str) -> str:
    label = root.findChild(QWidget, f"problem-{name}")
    assert label is not None, f"no problem line for {name}"
    return label.text() if label.isVisibleTo(root) else ""  # type: ignore[attr-defined]
