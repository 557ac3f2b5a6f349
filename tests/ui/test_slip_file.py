"""Saving the slip: a default file name no other slip can have and that holds no personal data, offered in
Qt's own save dialog, which speaks the UI's language."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.ui.composition import UiServices
from clerk_app.ui.printing import pdf_dialog, slip_file_name
from clerk_app.ui.shell import Shell
from tests.support.timezone import HONOLULU, computer_time_zone
from tests.support.ui_citizens import make_citizen

PREFIXES = {"nl": "activeringsstrookje", "fr": "fiche-d-activation", "en": "activation-slip"}


@pytest.mark.parametrize("language", list(PREFIXES))
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_offered_name_is_unique_and_anonymous(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    ui: UiServices,
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    asked: list[Path] = []

    def ask(_parent: QWidget, suggested: Path) -> Path | None:
        asked.append(suggested)
        return None

    shell = make_shell(ask_pdf_path=ask)
    shell.view.resize(*size)
    ui.translations.switch(language)
    citizen = make_citizen(shell.session.centre.id)
    same_minute = dataclasses.replace(citizen.registration, id=uuid.uuid4())  # another desk, same minute
    with computer_time_zone(HONOLULU):
        for registration in (citizen.registration, same_minute):
            shell.show_confirmation(registration, citizen.code)
            qtbot.mouseClick(shell.confirmation.view.pdf_button, Qt.MouseButton.LeftButton)
    first, second = (path.name for path in asked)
    assert first != second
    # registered 2 March 2026 at 09:30 UTC: 10:30 in Brussels, whatever the computer's zone
    assert first == f"{PREFIXES[language]}-2026-03-02_1030-{citizen.registration.id}.pdf"
    assert re.fullmatch(r"[a-z-]+-\d{4}-\d{2}-\d{2}_\d{4}-[0-9a-f-]{36}\.pdf", first)
    personal = [citizen.registration.email, "VERHAEGHE", "Lieselotte", "85073003328"]
    assert not any(value.lower() in first.lower() for value in personal)


@pytest.mark.parametrize(("language", "save"), [("nl", "Opslaan"), ("fr", "Enregistrer"), ("en", "Save")])
def test_the_save_dialog_is_qts_own_in_the_ui_language(
    qtbot: QtBot, make_shell: Callable[..., Shell], ui: UiServices, language: str, save: str
) -> None:
    shell = make_shell()
    ui.translations.switch(language)
    citizen = make_citizen(shell.session.centre.id)
    dialog = pdf_dialog(shell.view, Path("/tmp") / slip_file_name(citizen.registration))
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    texts = [button.text().replace("&", "") for button in buttons.buttons()]
    assert save in texts
