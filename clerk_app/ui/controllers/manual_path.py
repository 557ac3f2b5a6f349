"""The manual path ("Other document"): document type, then its form, then the shared register step.

The form is checked by :func:`clerk_app.domain.manual_form.build_identity`, which reports every problem at
once; each is shown under its field. The machine-readable zone fills the form through
:func:`clerk_app.domain.mrz_form.values_from_mrz` as soon as a complete zone is in the field (a scanner types
it line by line), or when the clerk asks; a zone with a failed check digit fills nothing, and the fields
whose check failed are named and marked so the clerk types them from the document. A zone that stops
checking (a digit changed after it filled the form) empties what it had filled, and *Next* reads a zone
still waiting to be read first: what goes on to the check screen came from the current zone or was typed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox

from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.manual_fields import fields_for
from clerk_app.domain.manual_form import build_identity
from clerk_app.domain.mrz import MESSAGES, CheckedField, MrzProblem, MrzResult, parse_mrz
from clerk_app.domain.mrz_form import values_from_mrz
from clerk_app.domain.reasons import Reason
from clerk_app.errors import InputError
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.controllers.base import ScreenController, ShellPort
from clerk_app.ui.controllers.register_step import RegisterStepController
from clerk_app.ui.views.document_choice_view import DocumentChoiceView
from clerk_app.ui.views.manual_form_view import ManualFormView

log = logging.getLogger(__name__)

#: How long the zone field waits after the last keystroke before reading (a scanner types much faster).
ZONE_SETTLE_MS = 300

#: The form field each checked zone field is typed into (no form field for the overall check).
_CHECKED_FORM_FIELD = {
    CheckedField.DOCUMENT_NUMBER: "document_number",
    CheckedField.BIRTH_DATE: "birth_date",
    CheckedField.EXPIRY_DATE: "document_valid_until",
    CheckedField.PERSONAL_NUMBER: "national_number",  # a Belgian passport's personal number is the RRN
}
_CHECK_NAMES = {
    CheckedField.PERSONAL_NUMBER: QT_TRANSLATE_NOOP("manual_path", "Personal number (optional data)"),
    CheckedField.COMPOSITE: QT_TRANSLATE_NOOP("manual_path", "Overall check digit (the whole zone)"),
}
_FAILED_CHECK = QT_TRANSLATE_NOOP(
    "manual_path",
    "The zone's check digit for this field does not match. Compare it with the document and type it here.",
)


class ManualPathController(ScreenController):
    """Wires "Other document" on the home screen to the document choice, the form and the register step."""

    def __init__(
        self,
        shell: ShellPort,
        step: RegisterStepController,
        zone_font: QFont,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(shell, parent)
        self._step = step
        self._today = today
        self.choice = DocumentChoiceView()
        self.form = ManualFormView(zone_font)
        shell.add_screen(self.choice)
        shell.add_screen(self.form, self)
        self._zone_timer = QTimer(self.form)  # dies with the form, never fires on a deleted one
        self._zone_timer.setSingleShot(True)
        self._zone_timer.setInterval(ZONE_SETTLE_MS)
        self._zone_timer.timeout.connect(lambda: self.read_zone(explicit=False))

        for kind, button in self.choice.buttons.items():
            button.clicked.connect(lambda _checked=False, chosen=kind: self.open_form(chosen))
        self.choice.back_button.clicked.connect(shell.new_citizen)
        self.form.zone_edit.textChanged.connect(self._zone_timer.start)
        self.form.zone_button.clicked.connect(lambda: self.read_zone(explicit=True))
        self.form.next_button.clicked.connect(self.submit)
        self.form.back_button.clicked.connect(self.choose_document)
        step.registered.connect(self.clear_personal_data)

    # --- steps ---------------------------------------------------------------------------------------

    def choose_document(self) -> None:
        self.clear_personal_data()
        self._shell.show_screen(self.choice, personal_data=False)
        next(iter(self.choice.buttons.values())).setFocus()

    def open_form(self, kind: DocumentKind) -> None:
        self.form.show_form(kind)
        for name in self.form.rows:
            self._watch(name)
        self._shell.show_screen(self.form, personal_data=True)
        if self.form.zone_box.isVisibleTo(self.form):
            self.form.zone_edit.setFocus()  # a scanner can type straight away
        else:
            next(iter(self.form.rows.values())).input.setFocus()

    def submit(self) -> None:
        """Check every field; on success hand the identity to the register step."""
        kind = self.form.kind
        if kind is None:
            return
        if self._zone_timer.isActive():  # the zone changed and was not read yet: read it first
            self.read_zone(explicit=False)
        result = build_identity(kind, self.form.values(), self._today())
        if result.identity is None:
            self.form.show_problems(result.reasons)
            first = self.form.first_problem_input()
            if first is not None:
                first.setFocus()
            return
        self.form.show_problems(())
        self._step.start(result.identity, back=self._back_to_form)

    def read_zone(self, *, explicit: bool) -> None:
        """Fill the form from the zone. While the zone is still incomplete (typing, scanning) nothing is
        said unless the clerk asked (``explicit``)."""
        self._zone_timer.stop()
        kind = self.form.kind
        if kind is None or not self.form.zone_box.isVisibleTo(self.form):
            return
        try:
            result = parse_mrz(self.form.zone_edit.toPlainText(), self._today())
        except InputError as error:
            self.form.forget_zone_values()
            problem = MrzProblem(error.reasons[0])
            if not explicit and problem in (MrzProblem.EMPTY, MrzProblem.SHAPE):
                self.form.show_zone_silent()
            else:
                self.form.show_zone_problem(_zone_reason(problem, error))
            return
        try:
            values = values_from_mrz(result, kind)
        except InputError as error:
            self.form.forget_zone_values()
            problem = MrzProblem(error.reasons[0])
            if problem is MrzProblem.CHECK_FAILED:
                self._show_failed_checks(kind, result, error)
            else:
                self.form.show_zone_problem(_zone_reason(problem, error))
            return
        # For support: which check-digit rule the number matched (older Belgian cards' own); no data.
        log.info("zone filled the form: %s, number rule %s", result.format.value, result.number_rule)
        self.form.fill_from_zone(values)
        self.form.show_problems(())
        self.form.show_zone_filled()

    def clear_personal_data(self) -> None:
        self.form.clear()
        self._zone_timer.stop()  # clearing the zone field started it

    # --- helpers -------------------------------------------------------------------------------------

    def _show_failed_checks(self, kind: DocumentKind, result: MrzResult, error: InputError) -> None:
        labels = {spec.name: spec.label for spec in fields_for(kind)}
        names: list[tuple[str, str]] = []
        marks: list[Reason] = []
        for checked in result.failed:
            form_field = _CHECKED_FORM_FIELD.get(checked)
            if checked is CheckedField.PERSONAL_NUMBER and kind is not DocumentKind.BELGIAN_PASSPORT:
                form_field = None  # only a Belgian passport keeps the national number there
            if form_field is not None and form_field in labels:
                names.append(("manual", labels[form_field]))
                marks.append(
                    Reason(f"{checked.value}_check_failed", _FAILED_CHECK, form_field, context="manual_path")
                )
            else:
                names.append(("manual_path", _CHECK_NAMES[checked]))
        self.form.show_problems(marks)
        self.form.show_zone_problem(_zone_reason(MrzProblem.CHECK_FAILED, error), names)

    def _watch(self, name: str) -> None:
        """A field's problem goes away as soon as the clerk changes it."""
        field = self.form.rows[name].input

        def forget(*_args: object) -> None:
            self.form.clear_problem(name)

        if isinstance(field, QComboBox):
            field.activated.connect(forget)
        elif isinstance(field, QCheckBox):
            field.toggled.connect(forget)
        else:
            field.textEdited.connect(forget)

    def _back_to_form(self) -> None:
        self._shell.show_screen(self.form, personal_data=True)
        self.form.next_button.setFocus()


def _zone_reason(problem: MrzProblem, error: InputError) -> Reason:
    return Reason(problem.value, MESSAGES[problem], field="zone", params=dict(error.params), context="mrz")
