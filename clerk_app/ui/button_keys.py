"""Enter presses the focused push button everywhere, as Space does.

Qt lets Enter press a focused ``QPushButton`` only inside a dialog (or when the button is "auto default"),
so on the main window's screens Enter on a focused button did nothing unless each view remembered to ask
for it. One application-wide filter makes it the rule for every button, on every screen built now or later
and in the training panel: a clerk who tabs to a button presses it with Enter or Space.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class EnterPressesButtons(QObject):
    """Installed once on the application by :func:`install`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPushButton):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in _ENTER_KEYS or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if watched.autoDefault() or watched.isDefault() or not watched.isEnabled():
            return False  # Qt presses it itself (a dialog's buttons, an auto-default button)
        watched.click()
        return True


def install(app: QApplication) -> EnterPressesButtons:
    """Install the rule on ``app`` (once, however often the UI is prepared in one process)."""
    existing = app.findChild(EnterPressesButtons)
    if isinstance(existing, EnterPressesButtons):
        return existing
    rule = EnterPressesButtons(app)
    app.installEventFilter(rule)
    return rule
