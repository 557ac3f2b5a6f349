"""On the confirmation screen the keys that would leave it (and lose the code) say why they do nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.shell import Shell
from tests.support.registration_flow import press
from tests.support.ui_citizens import make_citizen

EXPLANATIONS = {
    "nl": "Niet beschikbaar op dit scherm",
    "fr": "Non disponible sur cet écran",
    "en": "Not available on this screen",
}
KEYS = {
    "Ctrl+F": (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
    "Ctrl+D": (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),
    "Esc": (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
}


@pytest.mark.parametrize("key", list(KEYS))
@pytest.mark.parametrize("language", list(EXPLANATIONS))
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_key_that_would_lose_the_code_says_why_it_does_nothing(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    ui: UiServices,
    real_store: Store,
    key: str,
    language: str,
    size: tuple[int, int],
) -> None:
    shell = make_shell(
        registrar=real_store.registrations, registrations=real_store.registrations, reports=real_store.reports
    )
    shell.view.resize(*size)
    ui.translations.switch(language)
    citizen = make_citizen(shell.session.centre.id)
    shell.show_confirmation(citizen.registration, citizen.code)
    note = shell.confirmation.view.status_label
    assert note.text() == ""
    press(qtbot, *KEYS[key])
    assert shell.current_screen() is shell.confirmation.view
    assert shell.confirmation.has_code
    assert note.text().startswith(EXPLANATIONS[language])
    assert note.isVisible() and note.wordWrap()  # all of it readable, whatever the width


def test_the_same_keys_work_on_other_screens(
    qtbot: QtBot, make_shell: Callable[..., Shell], real_store: Store
) -> None:
    shell = make_shell(
        registrar=real_store.registrations, registrations=real_store.registrations, reports=real_store.reports
    )
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shell.registrations is not None
    assert shell.current_screen() is shell.registrations.view
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert shell.counts is not None
    assert shell.current_screen() is shell.counts.view
