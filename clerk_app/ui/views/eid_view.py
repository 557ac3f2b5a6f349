"""Layout of the eID path's own screen: waiting for a card, and reading it until its identity is parsed.

The identity, the photo and the authenticity verdict are shown on the shared "check and register" screen,
which takes over as soon as the identity file is parsed; this screen never shows personal data.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clerk_app.ui.views.base import Retranslatable, make_heading


class EidStage(Enum):
    WAITING = "waiting"  # no card yet
    READING = "reading"


class EidView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eid")
        self._stage = EidStage.WAITING

        self.heading = make_heading(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("eid-status")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("QLabel#eid-status { font-size: 13pt; }")

        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("eid-cancel")

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def set_stage(self, stage: EidStage) -> None:
        self._stage = stage
        self._set_status_text()

    # --- texts ---------------------------------------------------------------------------------------

    def _set_status_text(self) -> None:
        texts = {
            EidStage.WAITING: self.tr(
                "Insert the eID or electronic residence card in the card reader, chip first."
            ),
            EidStage.READING: self.tr("Reading the card… leave it in the reader."),
        }
        self.status_label.setText(texts[self._stage])

    def retranslate(self) -> None:
        self.heading.setText(self.tr("eID or electronic residence card"))
        self.cancel_button.setText(self.tr("Ca&ncel"))
        self._set_status_text()
