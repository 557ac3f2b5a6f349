"""Layout of the eID path's own screen: waiting for a card, reading it, and what was read.

What the card says appears as soon as the identity file is parsed; the photo and the authenticity verdict
fill in when the read is complete. The verdict line is the loudest thing on the screen when the card is not
authentic.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clerk_app.ui.views.base import Retranslatable, make_heading

PHOTO_SIZE = (140, 180)


class EidStage(Enum):
    WAITING = "waiting"  # no card yet
    READING = "reading"
    READ = "read"


class VerdictTone(Enum):
    CHECKING = "checking"
    AUTHENTIC = "authentic"
    WARNING = "warning"  # not checkable
    FRAUD = "fraud"  # not authentic


_TONE_STYLE = {
    VerdictTone.CHECKING: "background: #e6eef8; color: #123a6b; border: 2px solid #123a6b;",
    VerdictTone.AUTHENTIC: "background: #dff3e3; color: #0b5d1e; border: 2px solid #0b5d1e;",
    VerdictTone.WARNING: "background: #fff1d6; color: #6b4500; border: 2px solid #b77400;",
    VerdictTone.FRAUD: "background: #b00020; color: #ffffff; border: 3px solid #5c0011; font-size: 14pt;",
}

#: The identity rows in display order.
IDENTITY_ROWS = ("document", "name", "birth_date", "national_number", "document_number", "valid_until")


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

        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setVisible(False)

        self.photo = QLabel(self)
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setVisible(False)
        self.identity_captions: dict[str, QLabel] = {}
        self.identity_values: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, name in enumerate(IDENTITY_ROWS):
            caption, value = QLabel(self), QLabel(self)
            value.setObjectName(f"card-{name}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.identity_captions[name] = caption
            self.identity_values[name] = value
        grid.setColumnStretch(1, 1)

        self.eligibility_verdict = QLabel(self)
        self.eligibility_verdict.setObjectName("card-eligibility-verdict")
        self.eligibility_verdict.setWordWrap(True)
        self.eligibility_list = QLabel(self)
        self.eligibility_list.setObjectName("card-eligibility")
        self.eligibility_list.setWordWrap(True)
        self.eligibility_list.setTextFormat(Qt.TextFormat.PlainText)

        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("eid-cancel")

        details = QHBoxLayout()
        details.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        details.addLayout(grid, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.verdict_label)
        layout.addLayout(details)
        layout.addWidget(self.eligibility_verdict)
        layout.addWidget(self.eligibility_list)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    # --- what the controller sets --------------------------------------------------------------------

    def set_stage(self, stage: EidStage) -> None:
        self._stage = stage
        self._set_status_text()

    def show_identity(self, values: dict[str, str]) -> None:
        """The card's identity, already formatted (``IDENTITY_ROWS`` keys)."""
        for name, label in self.identity_values.items():
            label.setText(values.get(name, ""))

    def set_photo(self, image: QImage | None) -> None:
        if image is None or image.isNull():
            self.photo.clear()
            self.photo.setVisible(False)
            return
        self.photo.setPixmap(
            QPixmap.fromImage(image).scaled(
                *PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.photo.setVisible(True)

    def set_verdict(self, text: str, tone: VerdictTone) -> None:
        self.verdict_label.setText(text)
        self.verdict_label.setAccessibleName(text)
        self.verdict_label.setStyleSheet(f"QLabel#verdict {{ {_TONE_STYLE[tone]} padding: 8px; }}")
        self.verdict_label.setVisible(True)

    def show_eligibility(self, verdict: str, lines: Sequence[str], blocked: bool) -> None:
        colour = "#b00020" if blocked else "#0b5d1e"
        self.eligibility_verdict.setText(verdict)
        self.eligibility_verdict.setStyleSheet(f"font-weight: bold; font-size: 12pt; color: {colour};")
        self.eligibility_list.setText("\n".join(f"• {line}" for line in lines))
        self.eligibility_list.setVisible(bool(lines))

    def clear(self) -> None:
        """Forget everything read from the card."""
        for label in self.identity_values.values():
            label.clear()
        self.set_photo(None)
        self.verdict_label.clear()
        self.verdict_label.setAccessibleName("")
        self.verdict_label.setVisible(False)
        self.eligibility_verdict.clear()
        self.eligibility_list.clear()
        self.set_stage(EidStage.WAITING)

    # --- texts ---------------------------------------------------------------------------------------

    def _set_status_text(self) -> None:
        texts = {
            EidStage.WAITING: self.tr(
                "Insert the eID or electronic residence card in the card reader, chip first."
            ),
            EidStage.READING: self.tr("Reading the card… leave it in the reader."),
            EidStage.READ: self.tr("The card was read."),
        }
        self.status_label.setText(texts[self._stage])

    def retranslate(self) -> None:
        self.heading.setText(self.tr("eID or electronic residence card"))
        captions = {
            "document": self.tr("Document"),
            "name": self.tr("Name"),
            "birth_date": self.tr("Date of birth"),
            "national_number": self.tr("National register or BIS number"),
            "document_number": self.tr("Card number"),
            "valid_until": self.tr("Valid until"),
        }
        for name, caption in self.identity_captions.items():
            caption.setText(captions[name])
        self.photo.setAccessibleName(self.tr("Photo on the chip"))
        self.cancel_button.setText(self.tr("Ca&ncel"))
        self._set_status_text()
