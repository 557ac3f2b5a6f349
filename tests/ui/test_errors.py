"""Errors in one place: typed errors become one translated message; crashes leave a PII-free report."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from clerk_app.errors import CardCommunicationError, CentralRejected, ClerkError, DatabaseKeyError, NoCard
from clerk_app.ui.composition import UiServices
from clerk_app.ui.errors import CrashHandler, ErrorPresenter, crash_report, describe, redact
from clerk_app.version import app_version

SURNAME = "VANDENBROUCKE"
NATIONAL_NUMBER = "85073003328"
EMAIL = "griet.vandenbroucke@example.org"
CODE = "7KQ2-M9XD-4T0B"
PLANTED = (SURNAME, NATIONAL_NUMBER, EMAIL, CODE, "85.07.30-033.28")


def _leaked(text: str) -> int:
    """How many planted values ``text`` contains (the values themselves are never printed)."""
    return sum(1 for value in PLANTED if value in text)


def _explode_with_personal_data() -> None:
    surname = SURNAME  # locals a traceback with locals would show
    national_number = NATIONAL_NUMBER
    email = EMAIL
    raise ValueError(f"bad record {surname} {national_number} {email} {CODE}")


def test_message_is_translated_then_filled(ui: UiServices) -> None:
    ui.translations.switch("nl")
    text = describe(CentralRejected("409 from central", reason="duplicate_registration"))
    assert text.title == "Registratie geweigerd"
    assert text.message.startswith(
        "De centrale dienst heeft een registratie geweigerd (duplicate_registration)."
    )


def test_fixed_phrases_in_parameters_are_translated_too(ui: UiServices) -> None:
    """A store key problem names what is wrong with the key: in Dutch, not an English fragment."""
    from clerk_app.storage import database

    text = describe(DatabaseKeyError(problem=database._KEY_MISSING)).message
    assert "niet te vinden in de sleutelopslag" in text
    assert "missing from the keyring" not in text


def test_a_template_without_its_parameter_is_shown_unfilled_rather_than_crashing(ui: UiServices) -> None:
    text = describe(CardCommunicationError("no params given"))
    assert "{problem}" in text.message


def test_presenter_opens_a_window_modal_box_without_blocking(qtbot: QtBot, ui: UiServices) -> None:
    parent = QLabel()
    qtbot.addWidget(parent)
    parent.show()
    box = ErrorPresenter().show(NoCard(), parent)
    assert box.isVisible()
    assert box.windowTitle() == "Geen kaart"
    assert box.text() == describe(NoCard()).message
    assert box.objectName() == "error-NoCard"
    box.accept()


def test_presenter_shows_inline(qtbot: QtBot, ui: UiServices) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    ErrorPresenter.show_inline(NoCard(), label)
    assert "Geen kaart" in label.text()
    assert describe(NoCard()).message in label.text()


def test_redaction_masks_what_looks_like_personal_data() -> None:
    text = redact(f"card of {EMAIL} with {NATIONAL_NUMBER} / 85.07.30-033.28 and code {CODE}")
    assert _leaked(text) == 0
    assert text.count("<e-mail>") == 1
    assert text.count("<number>") == 2
    assert text.count("<code>") == 1


def test_report_names_types_and_places_but_no_personal_data() -> None:
    try:
        try:
            _explode_with_personal_data()
        except ValueError as inner:
            raise ClerkError(f"wrapping for {EMAIL}") from inner
    except ClerkError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    assert _leaked(report) == 0
    assert f"clerk_app {app_version()}, Python" in report.splitlines()[2]
    assert "builtins.ValueError" in report
    assert "clerk_app.errors.ClerkError [ClerkError]" in report
    assert "caused by:" in report
    assert "_explode_with_personal_data" in report
    assert "tests/ui/test_errors.py" in report


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_opens_the_crash_dialog_and_saves_a_clean_report(
    qtbot: QtBot, ui: UiServices, tmp_path: Path
) -> None:
    handler = CrashHandler(tmp_path / "logs")
    handler.install()
    try:
        button = QPushButton("go")
        qtbot.addWidget(button)
        button.clicked.connect(_explode_with_personal_data)
        button.click()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=5000)
    finally:
        handler.uninstall()
    assert handler.last_report_path is not None
    report = handler.last_report_path.read_text(encoding="utf-8")
    assert handler.last_report_path.parent == tmp_path / "logs"
    assert "builtins.ValueError" in report
    assert _leaked(report) == 0
    dialog = handler.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Onverwachte fout"
    assert str(handler.last_report_path) in dialog.text()
    assert _leaked(dialog.text() + dialog.detailedText()) == 0
    assert dialog.icon() == QMessageBox.Icon.Critical
    dialog.accept()


def test_exception_in_a_worker_thread_reaches_the_gui_thread(
    qtbot: QtBot, ui: UiServices, tmp_path: Path
) -> None:
    handler = CrashHandler(tmp_path / "logs")
    handler.install()
    try:
        worker = threading.Thread(target=_explode_with_personal_data)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=5000)
    finally:
        handler.uninstall()
    assert handler.last_report_path is not None
    assert _leaked(handler.last_report_path.read_text(encoding="utf-8")) == 0
    assert handler.dialog is not None
    handler.dialog.accept()


def test_uninstall_restores_the_previous_hooks(qapp: QApplication, tmp_path: Path) -> None:
    import sys

    before, before_thread = sys.excepthook, threading.excepthook
    handler = CrashHandler(tmp_path)
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is before
    assert threading.excepthook is before_thread
