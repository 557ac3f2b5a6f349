"""What every view shares: re-setting its texts when the UI language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class Retranslatable:
    """Mixin for QWidget subclasses (list it first): calls ``retranslate()`` on ``LanguageChange``.

    Installing a translator makes Qt send ``LanguageChange`` to every widget, so switching the language
    at run time re-sets every visible text without the views knowing about each other.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def make_heading(parent: QWidget) -> QLabel:
    """A screen's title line."""
    label = QLabel(parent)
    label.setObjectName("heading")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#heading { font-size: 18pt; font-weight: bold; }")
    return label
