"""The line above every screen for warnings the clerk must not miss (the idle countdown, a card taken out).

A status-bar message shares the bar with the fixed fields, which cut it off; this banner wraps and takes
the whole width of the window, so what it says is always read in full.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from clerk_app.ui.views.fitting import WrappingLabel


class NoticeBanner(WrappingLabel):
    """Hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "QLabel#notice { background: #fff1d6; color: #4a3000; border: 2px solid #b77400; "
            "font-size: 12pt; font-weight: bold; padding: 6px; }"
        )
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_text("")
