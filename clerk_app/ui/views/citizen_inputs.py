"""What the clerk adds about the citizen at the counter: present in person, the e-mail address twice, the
language. One group, so registering and re-issuing ask it the same way.

The group lays out its inputs, their labels and the problem shown under each; what counts as a problem is
decided by :class:`clerk_app.ui.controllers.citizen_inputs.CitizenInputsCheck`. Re-issue differs in
three words: the request that cannot be made by mail is a re-issue, and the address is typed a second
time only when the clerk changed the stored one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from clerk_app.domain.reasons import Reason
from clerk_app.domain.registration import Language
from clerk_app.ui.i18n import translate
from clerk_app.ui.reason_text import reason_text
from clerk_app.ui.register_rules import EmailMismatch
from clerk_app.ui.views.confirmation_view import LANGUAGE_LABELS
from clerk_app.ui.views.form_parts import make_hint_label, make_problem_label, show_problems, with_problem

EMAIL_MAX = 254  # RFC 5321 path limit


class Purpose(Enum):
    """What the inputs are for; it names the objects (``reissue-email``) and words two texts."""

    REGISTER = ""
    REISSUE = "reissue-"


@dataclass
class _Shown:
    problems: dict[str, list[Reason]] = field(default_factory=dict)  # under ``presence`` and ``email``
    mismatch: EmailMismatch | None = None


class CitizenInputs(QObject):
    """The group's widgets, children of ``parent``, in :attr:`box` for the view to lay out where it wants.

    A layout and not a widget of its own: a nested widget would answer the window's height-for-width
    questions for its wrapped hints differently, and the check screen must still fit 1024×768.
    """

    def __init__(self, purpose: Purpose, parent: QWidget) -> None:
        super().__init__(parent)
        self._purpose = purpose
        self._shown = _Shown()
        prefix = purpose.value

        self.presence_check = QCheckBox(parent)
        self.presence_check.setObjectName(f"{prefix}presence")
        self.presence_hint = make_hint_label(parent)
        self.presence_problem = make_problem_label(parent, f"problem-{prefix}presence")
        self.email_label = QLabel(parent)
        self.email_edit = QLineEdit(parent)
        self.email_edit.setObjectName(f"{prefix}email")
        self.email_label.setBuddy(self.email_edit)
        self.email_problem = make_problem_label(parent, f"problem-{prefix}email")
        self.email_again_label = QLabel(parent)
        self.email_again_edit = QLineEdit(parent)
        self.email_again_edit.setObjectName(f"{prefix}email-again")
        self.email_again_label.setBuddy(self.email_again_edit)
        self.email_again_problem = make_problem_label(parent, f"problem-{prefix}email-again", lines=2)
        for edit in (self.email_edit, self.email_again_edit):
            edit.setMaxLength(EMAIL_MAX)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.language_label = QLabel(parent)
        self.language_combo = QComboBox(parent)
        self.language_combo.setObjectName(
            "citizen-language" if purpose is Purpose.REGISTER else "reissue-language"
        )
        for language in Language:
            self.language_combo.addItem("", language.value)
        self.language_label.setBuddy(self.language_combo)

        form = QFormLayout()
        # Each label above its field: the field gets the column's whole width in every language, beside the
        # training panel too, and a problem line under it never changes how the rows are laid out.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.email_label, with_problem(self.email_edit, self.email_problem))
        form.addRow(self.email_again_label, with_problem(self.email_again_edit, self.email_again_problem))
        form.addRow(self.language_label, self.language_combo)
        self.box = QVBoxLayout()
        self.box.addWidget(self.presence_check)
        self.box.addWidget(self.presence_hint)
        self.box.addWidget(self.presence_problem)
        self.box.addLayout(form)
        # The texts come with the view's retranslate(), once it has laid the group out: the language box
        # then keeps the small minimum width it had while empty, as the form's other fields do.

    @property
    def inputs(self) -> tuple[QWidget, ...]:
        """In Tab order; what is disabled while the request is on its way."""
        return (self.presence_check, self.email_edit, self.email_again_edit, self.language_combo)

    def email(self) -> str:
        return self.email_edit.text().strip()

    def email_again(self) -> str:
        return self.email_again_edit.text().strip()

    def language(self) -> Language:
        return Language(str(self.language_combo.currentData()))

    def fill(self, email: str, language: Language) -> None:
        """Start from what is stored (re-issue): the address once, the language chosen then."""
        self.email_edit.setText(email)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language.value))

    def clear(self) -> None:
        """Forget the inputs (and their undo history) and their problems."""
        self._shown = _Shown()
        self.presence_check.setChecked(False)
        self.email_edit.setText("")
        self.email_again_edit.setText("")
        self.language_combo.setCurrentIndex(0)
        self._set_problem_texts()

    def show_problems(self, problems: dict[str, list[Reason]], mismatch: EmailMismatch | None) -> None:
        """Reasons under the inputs they are about (``presence``, ``email``) and the second typing's."""
        self._shown = _Shown(problems, mismatch)
        self._set_problem_texts()

    def _set_problem_texts(self) -> None:
        problems = self._shown.problems
        show_problems(self.presence_problem, [reason_text(r) for r in problems.get("presence", [])])
        email = [reason_text(r) for r in problems.get("email", [])]
        show_problems(self.email_problem, email, self.email_edit)
        texts = []
        if self._shown.mismatch is EmailMismatch.MISSING and self._purpose is Purpose.REGISTER:
            texts.append(self.tr("Type the e-mail address a second time, to be sure it is right."))
        elif self._shown.mismatch is EmailMismatch.MISSING:
            texts.append(self.tr("You changed the address: type it a second time, to be sure it is right."))
        elif self._shown.mismatch is EmailMismatch.DIFFERENT:
            texts.append(self.tr("The two e-mail addresses are not the same. Check both with the citizen."))
        show_problems(self.email_again_problem, texts, self.email_again_edit)

    def retranslate(self) -> None:
        """Called by the view that holds the group, which retranslates on a language switch."""
        self.presence_check.setText(self.tr("The citizen is &present in person"))
        self.presence_hint.setText(
            self.tr("Not by mail, by phone or through a proxy: such requests cannot be registered.")
            if self._purpose is Purpose.REGISTER
            else self.tr("Not by mail, by phone or through a proxy: such requests cannot be re-issued.")
        )
        self.email_label.setText(self.tr("&E-mail address"))
        self.email_again_label.setText(self.tr("E-mail address &once more"))
        if self._purpose is Purpose.REISSUE:
            self.email_again_edit.setPlaceholderText(self.tr("only when you changed the address"))
        self.language_label.setText(self.tr("Citizen's lan&guage"))
        for index in range(self.language_combo.count()):
            language = Language(str(self.language_combo.itemData(index)))
            self.language_combo.setItemText(index, translate("languages", LANGUAGE_LABELS[language]))
        self._set_problem_texts()
