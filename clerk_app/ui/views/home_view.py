"""Layout of the home screen: the card reader's state in words and the two ways to register."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from clerk_app.ui.reader_state import ReaderState, reader_state_text
from clerk_app.ui.views.base import Retranslatable, make_heading


class HomeView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self._state = ReaderState.NO_SERVICE

        self.heading = make_heading(self)
        self.reader_caption = QLabel(self)
        self.reader_state_label = QLabel(self)
        self.reader_state_label.setObjectName("reader-state")
        self.reader_state_label.setWordWrap(True)
        self.reader_state_label.setStyleSheet("QLabel#reader-state { font-size: 16pt; font-weight: bold; }")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        self.eid_button = QPushButton(self)
        self.eid_button.setObjectName("eid-path")
        self.other_button = QPushButton(self)
        self.other_button.setObjectName("other-document-path")
        for button in (self.eid_button, self.other_button):
            button.setMinimumHeight(72)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("font-size: 13pt;")

        paths = QHBoxLayout()
        paths.addWidget(self.eid_button)
        paths.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addWidget(self.reader_caption)
        layout.addWidget(self.reader_state_label)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addLayout(paths)
        layout.addStretch(1)
        QWidget.setTabOrder(self.eid_button, self.other_button)
        self.retranslate()

    def set_reader_state(self, state: ReaderState) -> None:
        self._state = state
        self.reader_state_label.setText(reader_state_text(state))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("New citizen"))
        self.reader_caption.setText(self.tr("Card reader"))
        self.reader_state_label.setText(reader_state_text(self._state))
        self.hint.setText(
            self.tr(
                "Check that the citizen is here in person. Insert their eID or electronic residence card in "
                "the reader, or choose Other document for a passport, orange card or annex 35."
            )
        )
        self.eid_button.setText(self.tr("&eID or electronic residence card"))
        self.other_button.setText(self.tr("&Other document"))
