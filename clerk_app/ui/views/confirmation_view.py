"""Layout of the confirmation screen: the activation code, large and grouped, and what to do with it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clerk_app.domain.registration import Language
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.dates import counter_time, date_text, time_text
from clerk_app.ui.i18n import translate
from clerk_app.ui.views.base import Retranslatable, make_heading
from clerk_app.ui.views.fitting import WrappingLabel

LANGUAGE_LABELS = {
    Language.NL: QT_TRANSLATE_NOOP("languages", "Dutch"),
    Language.FR: QT_TRANSLATE_NOOP("languages", "French"),
    Language.DE: QT_TRANSLATE_NOOP("languages", "German"),
    Language.EN: QT_TRANSLATE_NOOP("languages", "English"),
}


def grouped_code(code: str) -> str:
    """Spaces around the dashes make the groups easy to read aloud: ``7KQ2 – M9XD – 4T0B``."""
    return code.replace("-", " – ")


class ConfirmationView(Retranslatable, QWidget):
    def __init__(self, code_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmation")
        self._expires: dt.datetime | None = None
        self._reissued = False
        self._language: Language | None = None

        self.heading = make_heading(self)
        self.person_caption = QLabel(self)
        self.person_label = WrappingLabel(self)
        self.person_label.setObjectName("person")
        self.code_caption = QLabel(self)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("code")
        self.code_label.setFont(code_font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet(
            "QLabel#code { border: 2px solid #000000; padding: 12px; background: #ffffff; }"
        )
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.expiry_caption = QLabel(self)
        self.expiry_label = WrappingLabel(self)
        self.expiry_label.setObjectName("expiry")
        self.language_caption = QLabel(self)
        self.language_label = WrappingLabel(self)
        self.language_label.setObjectName("slip-language")
        self.instructions = QLabel(self)
        self.instructions.setWordWrap(True)

        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("save-pdf")
        self.activation_page_button = QPushButton(self)  # training only: the citizen's side, in a browser
        self.activation_page_button.setObjectName("open-activation-page")
        self.activation_page_button.setVisible(False)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next-citizen")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("output-status")
        self.status_label.setWordWrap(True)

        details = QGridLayout()
        details.addWidget(self.person_caption, 0, 0)
        details.addWidget(self.person_label, 0, 1)
        details.addWidget(self.expiry_caption, 1, 0)
        details.addWidget(self.expiry_label, 1, 1)
        details.addWidget(self.language_caption, 2, 0)
        details.addWidget(self.language_label, 2, 1)
        details.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.activation_page_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.code_caption)
        layout.addWidget(self.code_label)
        layout.addLayout(details)
        layout.addWidget(self.instructions)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.activation_page_button)
        QWidget.setTabOrder(self.activation_page_button, self.next_button)
        self.retranslate()

    def show_registration(
        self, person: str, code: str, expires: dt.datetime, language: Language, *, reissued: bool = False
    ) -> None:
        self._reissued = reissued
        self._expires = expires
        self._language = language
        self.person_label.setText(person)
        self.code_label.setText(grouped_code(code))
        self.status_label.clear()
        self.retranslate()

    def clear(self) -> None:
        """Remove every piece of personal data from this screen."""
        self._expires = None
        self._language = None
        self._reissued = False
        self.heading.setText(self.tr("Registered"))
        for label in (self.person_label, self.code_label, self.expiry_label, self.language_label):
            label.clear()
        self.status_label.clear()

    def _set_dependent_texts(self) -> None:
        if self._expires is not None:
            when = counter_time(self._expires)
            self.expiry_label.setText(
                self.tr("{date} at {time}").format(date=date_text(when.date()), time=time_text(when))
            )
        if self._language is not None:
            self.language_label.setText(translate("languages", LANGUAGE_LABELS[self._language]))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Re-issued") if self._reissued else self.tr("Registered"))
        self.person_caption.setText(self.tr("Citizen"))
        self.code_caption.setText(self.tr("Activation code"))
        self.code_label.setAccessibleName(self.tr("Activation code"))
        self.expiry_caption.setText(self.tr("Valid until"))
        self.language_caption.setText(self.tr("Slip language"))
        self.instructions.setText(
            self.tr(
                "Print the slip and give it to the citizen. An e-mail with the activation link is on its way "
                "to them. The code cannot be shown again once you go to the next citizen."
            )
        )
        self.print_button.setText(self.tr("&Print slip"))
        self.pdf_button.setText(self.tr("Save as P&DF"))
        self.activation_page_button.setText(self.tr("&Open the citizen's activation page"))
        self.next_button.setText(self.tr("&Next citizen"))
        self._set_dependent_texts()
