"""The banner that tells everyone at the counter this is the training profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from clerk_app.ui.training_mark import TRAINING_MARK
from clerk_app.ui.views.base import Retranslatable


class TrainingBanner(Retranslatable, QLabel):
    """Shown on every screen (main window and sign-in) in training mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training-banner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#training-banner { background: #ffd400; color: #000000; font-weight: bold; padding: 6px; "
            "border: 2px solid #000000; }"
        )
        self.retranslate()

    def retranslate(self) -> None:
        explanation = self.tr("Practice mode: simulated cards, nothing reaches real citizens' data.")
        self.setText(f"{TRAINING_MARK} – {explanation}")
        self.setAccessibleName(f"{TRAINING_MARK}. {explanation}")
