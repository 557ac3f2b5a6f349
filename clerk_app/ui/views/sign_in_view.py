"""Layout of the sign-in dialog: who is at the counter, where, and in which language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clerk_app.config import Centre
from clerk_app.ui.views.base import Retranslatable, make_heading
from clerk_app.ui.views.form_parts import make_problem_label
from clerk_app.ui.views.training_banner import TrainingBanner

#: Each UI language named in itself, so a clerk finds their own language whatever is showing.
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


class SignInView(Retranslatable, QDialog):
    def __init__(
        self,
        centres: Sequence[Centre],
        languages: Sequence[str],
        *,
        training: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign-in")
        self.setModal(True)
        self.banner = TrainingBanner(self)
        self.banner.setVisible(training)
        self.heading = make_heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(80)
        self.name_label.setBuddy(self.name_edit)
        self.staff_label = QLabel(self)
        self.staff_edit = QLineEdit(self)
        self.staff_edit.setMaxLength(20)
        self.staff_label.setBuddy(self.staff_edit)
        self.centre_label = QLabel(self)
        self.centre_combo = QComboBox(self)
        for centre in centres:
            self.centre_combo.addItem(centre.name, centre.id)
        self.centre_label.setBuddy(self.centre_combo)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        for code in languages:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_label.setBuddy(self.language_combo)

        self.problem_label = make_problem_label(self, "problem")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert sign_in_button is not None
        self.sign_in_button = sign_in_button
        self.sign_in_button.setObjectName("sign-in-button")

        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.staff_label, self.staff_edit)
        form.addRow(self.centre_label, self.centre_combo)
        form.addRow(self.language_label, self.language_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.name_edit, self.staff_edit)
        QWidget.setTabOrder(self.staff_edit, self.centre_combo)
        QWidget.setTabOrder(self.centre_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.sign_in_button)
        self.name_edit.setFocus()
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in – digital keys counter"))
        self.heading.setText(self.tr("Sign in"))
        self.intro.setText(
            self.tr("Sign in before you register citizens. Your name and staff number go into the audit log.")
        )
        self.name_label.setText(self.tr("&Name"))
        self.staff_label.setText(self.tr("&Staff number"))
        self.centre_label.setText(self.tr("Service &centre"))
        self.language_label.setText(self.tr("&Language"))
        self.sign_in_button.setText(self.tr("S&ign in"))
        self.problem_label.setText(self.tr("Enter your name and staff number to sign in."))
