"""The banner above an identity, in its tone: from a reassuring green to a red fraud warning.

A widget of its own so that what a banner says and whether it blocks (``ui/register_rules.py``) stays
apart from how it looks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from clerk_app.ui.reason_text import reason_text
from clerk_app.ui.register_rules import Banner, Tone

_TONE_STYLE = {
    Tone.OK: "background: #dff3e3; color: #0b5d1e; border: 2px solid #0b5d1e;",
    Tone.INFO: "background: #e6eef8; color: #123a6b; border: 2px solid #123a6b;",
    Tone.WARNING: "background: #fff1d6; color: #6b4500; border: 2px solid #b77400;",
    Tone.DANGER: "background: #b00020; color: #ffffff; border: 3px solid #5c0011; font-size: 14pt;",
}


class BannerLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)

    def show_banner(self, banner: Banner | None) -> None:
        """Show ``banner`` in the current language (called again on a language switch); None hides it."""
        if banner is None:
            self.clear()
            self.setVisible(False)
            return
        self.setText(reason_text(banner.reason))
        self.setStyleSheet(f"QLabel#banner {{ {_TONE_STYLE[banner.tone]} padding: 8px; }}")
        self.setVisible(True)
