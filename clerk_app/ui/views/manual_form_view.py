"""Layout of the manual document form: the machine-readable zone, then one row per field of the document type.

The rows come from :func:`clerk_app.domain.manual_fields.fields_for`, so a field added to a document type in
the domain appears here without a change. Each row has its label (the input's buddy), the hint, and a problem
line under the input that shows every reason about that field at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.documents import DOCUMENT_KIND_NAMES, DocumentKind
from clerk_app.domain.manual_fields import CONFIRMATION_YES, FieldKind, FieldSpec, fields_for
from clerk_app.domain.reasons import Reason
from clerk_app.ui.i18n import translate
from clerk_app.ui.reason_text import reason_text
from clerk_app.ui.views.base import Retranslatable, make_heading
from clerk_app.ui.views.fitting import ProblemLabel
from clerk_app.ui.views.form_parts import (
    enter_presses,
    make_hint_label,
    make_problem_label,
    release_problem_rooms,
    set_tab_chain,
    show_problems,
)

#: Documents that carry a machine-readable zone the form can be filled from (the orange card and annex 35
#: have none; see clerk_app.domain.mrz_form.values_from_mrz).
ZONE_KINDS = frozenset(
    {
        DocumentKind.BELGIAN_PASSPORT,
        DocumentKind.FOREIGN_PASSPORT,
        DocumentKind.OTHER_FOREIGN_ID,
        DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE,
    }
)
#: Long enough for any name or number the domain accepts, short enough that a stuck key is noticed.
_MAX_INPUT = 200


class ZoneEdit(QPlainTextEdit):
    """The MRZ as typed or as a document scanner types it: Enter is a line break here (a scanner ends each
    line with one), so it never submits the form; Tab leaves the field."""

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zone")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(font)
        metrics = QFontMetrics(font)
        frame = 2 * (self.frameWidth() + int(self.document().documentMargin()))
        self.setFixedHeight(metrics.lineSpacing() * 3 + frame + 6)
        self.setMinimumWidth(metrics.horizontalAdvance("<" * 46) + frame)


@dataclass(frozen=True)
class FieldRow:
    spec: FieldSpec
    label: QLabel
    input: QLineEdit | QComboBox | QCheckBox
    hint: QLabel
    problem: QLabel


class ManualFormView(Retranslatable, QWidget):
    def __init__(self, zone_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manual-form")
        self._kind: DocumentKind | None = None
        self._problems: dict[str, list[Reason]] = {}
        self._general: list[Reason] = []
        self._zone_problem: Reason | None = None
        self._zone_failed: tuple[tuple[str, str], ...] = ()  # (context, source text) of each failed field
        self._zone_filled = False
        self._zone_cleared = False  # what the zone had filled was emptied: the zone no longer checks
        self._from_zone: dict[str, str] = {}  # what the current zone put in each field it filled
        self.rows: dict[str, FieldRow] = {}

        self.heading = make_heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.content = QWidget()
        self.content.setObjectName("form-content")
        self.zone_box = QFrame(self.content)
        self.zone_box.setObjectName("zone-box")
        self.zone_label = QLabel(self.zone_box)
        self.zone_edit = ZoneEdit(zone_font, self.zone_box)
        self.zone_label.setBuddy(self.zone_edit)
        self.zone_hint = make_hint_label(self.zone_box)
        self.zone_button = QPushButton(self.zone_box)
        self.zone_button.setObjectName("read-zone")
        self.zone_button.setAutoDefault(True)
        # What the zone did and what is wrong with it keep their room too: the fields below never move.
        self.zone_status = ProblemLabel(self.zone_box)
        self.zone_status.setObjectName("zone-status")
        self.zone_problem = make_problem_label(self.zone_box, "problem-zone")
        zone_layout = QGridLayout(self.zone_box)
        zone_layout.setContentsMargins(0, 0, 0, 0)
        zone_layout.addWidget(self.zone_label, 0, 0, 1, 2)
        zone_layout.addWidget(self.zone_edit, 1, 0)
        zone_layout.addWidget(self.zone_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        zone_layout.addWidget(self.zone_hint, 2, 0, 1, 2)
        zone_layout.addWidget(self.zone_status, 3, 0, 1, 2)
        zone_layout.addWidget(self.zone_problem, 4, 0, 1, 2)
        zone_layout.setColumnStretch(0, 1)
        self.no_zone_label = QLabel(self.content)
        self.no_zone_label.setObjectName("no-zone")
        self.no_zone_label.setWordWrap(True)

        self.fields_box = QWidget(self.content)
        self.fields_box.setObjectName("fields")
        self.fields_layout = QGridLayout(self.fields_box)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_layout.setVerticalSpacing(3)  # each field's problem line, kept empty, spaces the rows
        self.fields_layout.setColumnMinimumWidth(0, 190)
        self.fields_layout.setColumnStretch(0, 1)
        self.fields_layout.setColumnStretch(1, 3)
        self.fields_layout.setColumnStretch(2, 2)
        content_layout = QVBoxLayout(self.content)
        content_layout.addWidget(self.zone_box)
        content_layout.addWidget(self.no_zone_label)
        content_layout.addSpacing(8)
        content_layout.addWidget(self.fields_box)
        content_layout.addStretch(1)
        # Zone and fields scroll together; the heading and the buttons stay in view.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)

        self.general_problem = make_problem_label(self, "problem-form")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("form-back")
        self.back_button.setAutoDefault(True)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("form-next")
        self.next_button.setAutoDefault(True)
        self.next_button.setDefault(True)  # Enter in any field (not the zone) means Next
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.general_problem)
        layout.addLayout(buttons)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------

    @property
    def kind(self) -> DocumentKind | None:
        return self._kind

    def show_form(self, kind: DocumentKind) -> None:
        """Replace the rows by an empty form for ``kind``."""
        self.clear()
        for row in self.rows.values():
            for widget in (row.label, row.input, row.hint, row.problem):
                self.fields_layout.removeWidget(widget)
                widget.setParent(None)
                widget.deleteLater()
        self.rows = {}
        self._kind = kind
        for index, spec in enumerate(fields_for(kind)):
            self.rows[spec.name] = self._make_row(spec, 2 * index)
        has_zone = kind in ZONE_KINDS
        self.zone_box.setVisible(has_zone)
        self.no_zone_label.setVisible(not has_zone)
        chain: list[QWidget] = [self.zone_edit, self.zone_button] if has_zone else []
        chain += [row.input for row in self.rows.values()]
        chain += [self.next_button, self.back_button]
        set_tab_chain(chain)
        enter_presses([row.input for row in self.rows.values()], self.next_button)  # not the zone
        self.retranslate()

    def _make_row(self, spec: FieldSpec, grid_row: int) -> FieldRow:
        box = self.fields_box
        label = QLabel(box)
        label.setWordWrap(True)
        field: QLineEdit | QComboBox | QCheckBox
        if spec.choices:
            field = QComboBox(box)
            # As wide as its column, not as its longest choice: the form never scrolls sideways.
            field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            field.setMinimumContentsLength(12)
            field.addItem("", "")
            for value, _label in spec.choices:
                field.addItem("", value)
        elif spec.kind is FieldKind.CONFIRMATION:
            field = QCheckBox(box)  # the label names it; the statement is the hint beside it, wrapped
        else:
            field = QLineEdit(box)
            field.setMaxLength(_MAX_INPUT)
        field.setObjectName(f"field-{spec.name}")
        label.setBuddy(field)
        hint = make_hint_label(box)
        problem = make_problem_label(box, f"problem-{spec.name}")
        self.fields_layout.addWidget(label, grid_row, 0, Qt.AlignmentFlag.AlignTop)
        self.fields_layout.addWidget(field, grid_row, 1)
        self.fields_layout.addWidget(hint, grid_row, 2)
        self.fields_layout.addWidget(problem, grid_row + 1, 1, 1, 2)
        return FieldRow(spec, label, field, hint, problem)

    # --- values --------------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """What the clerk typed, by field name (the chosen value of a list, not its label)."""
        found = {}
        for name, row in self.rows.items():
            if isinstance(row.input, QComboBox):
                found[name] = str(row.input.currentData() or "")
            elif isinstance(row.input, QCheckBox):
                found[name] = CONFIRMATION_YES if row.input.isChecked() else ""
            else:
                found[name] = row.input.text()
        return found

    def fill_from_zone(self, values: Mapping[str, str]) -> None:
        """Set the fields a zone that checks gives, and remember them as the zone's (see
        :meth:`forget_zone_values`); the others keep what was typed."""
        self.fill(values)
        self._from_zone = {name: value for name, value in self.values().items() if name in values}

    def forget_zone_values(self) -> bool:
        """The zone no longer checks: empty each field that still holds what it filled (a field the clerk
        changed since is theirs and stays). True when something was emptied."""
        current = self.values()
        stale = {name: "" for name, value in self._from_zone.items() if value and current.get(name) == value}
        self._from_zone = {}
        self.fill(stale)
        if stale:
            self._zone_cleared = True
            self._render_problems()
        return bool(stale)

    def fill(self, values: Mapping[str, str]) -> None:
        """Set the given fields; the others keep what was typed."""
        for name, value in values.items():
            row = self.rows.get(name)
            if row is None:
                continue
            if isinstance(row.input, QComboBox):
                row.input.setCurrentIndex(max(row.input.findData(value), 0))
            elif isinstance(row.input, QCheckBox):
                row.input.setChecked(value == CONFIRMATION_YES)
            else:
                row.input.setText(value)

    def clear(self) -> None:
        """Forget everything typed or scanned. ``setText`` (unlike ``clear``) also drops the undo history,
        so Ctrl+Z cannot bring the previous citizen back."""
        self.zone_edit.clear()
        for row in self.rows.values():
            if isinstance(row.input, QComboBox):
                row.input.setCurrentIndex(0)
            elif isinstance(row.input, QCheckBox):
                row.input.setChecked(False)
            else:
                row.input.setText("")
        self._problems = {}
        self._general = []
        self._zone_problem = None
        self._zone_failed = ()
        self._zone_filled = False
        self._zone_cleared = False
        self._from_zone = {}
        self._render_problems()
        release_problem_rooms(self)

    # --- problems ------------------------------------------------------------------------------------

    def show_problems(self, reasons: Sequence[Reason]) -> None:
        """Every reason under the field it is about; reasons about no field of this form below the form."""
        self._problems = {}
        self._general = []
        for reason in reasons:
            if reason.field in self.rows:
                self._problems.setdefault(reason.field, []).append(reason)
            else:
                self._general.append(reason)
        self._render_problems()

    def clear_problem(self, name: str) -> None:
        if self._problems.pop(name, None) is not None:
            self._render_problems()

    def show_zone_problem(self, reason: Reason | None, failed: Sequence[tuple[str, str]] = ()) -> None:
        """A zone that cannot fill the form; ``failed`` names each field whose check digit failed."""
        self._zone_problem = reason
        self._zone_failed = tuple(failed)
        self._zone_filled = False
        self._render_problems()

    def show_zone_filled(self) -> None:
        self._zone_problem = None
        self._zone_failed = ()
        self._zone_filled = True
        self._zone_cleared = False
        self._render_problems()

    def show_zone_silent(self) -> None:
        """A zone still being typed or scanned: nothing to say about it (yet)."""
        self.show_zone_problem(None)

    def first_problem_input(self) -> QWidget | None:
        for name, row in self.rows.items():
            if name in self._problems:
                return row.input
        return None

    def _render_problems(self) -> None:
        for name, row in self.rows.items():
            show_problems(row.problem, [reason_text(r) for r in self._problems.get(name, [])], row.input)
        show_problems(self.general_problem, [reason_text(r) for r in self._general])
        zone_texts = []
        if self._zone_problem is not None:
            zone_texts.append(reason_text(self._zone_problem))
        if self._zone_failed:
            names = ", ".join(translate(context, text) for context, text in self._zone_failed)
            zone_texts.append(self.tr("Check digits that do not match: {fields}").format(fields=names))
        show_problems(self.zone_problem, zone_texts, self.zone_edit)
        if self._zone_filled:
            status = self.tr("Filled from the zone. Check every field against the document.")
        elif self._zone_cleared:
            status = self.tr(
                "The zone no longer checks, so the fields it had filled were emptied. Correct the zone, "
                "or type the fields from the document."
            )
        else:
            status = ""
        self.zone_status.setText(status)
        self.zone_status.setVisible(bool(status))

    # --- texts ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        kind = self._kind
        self.heading.setText(translate("documents", DOCUMENT_KIND_NAMES[kind]) if kind else "")
        self.intro.setText(
            self.tr(
                "Type the fields as they are on the document. Every problem is shown under its field when "
                "you continue."
            )
        )
        self.zone_label.setText(self.tr("&Machine-readable zone (the lines with < at the bottom)"))
        self.zone_hint.setText(
            self.tr(
                "Scan the zone with the document scanner or type it line by line; the form is filled as soon "
                "as the zone is complete."
            )
        )
        self.zone_button.setText(self.tr("Read the &zone"))
        self.no_zone_label.setText(
            self.tr("This document has no machine-readable zone: type the fields from the document.")
        )
        for row in self.rows.values():
            spec = row.spec
            suffix = "" if spec.required else " " + self.tr("(optional)")
            row.label.setText(translate("manual", spec.label) + suffix)
            if isinstance(row.input, QCheckBox):  # it has no text of its own: say what it is
                row.input.setAccessibleName(translate("manual", spec.label))
            row.hint.setText(translate("manual", spec.hint) if spec.hint else "")
            row.hint.setVisible(bool(spec.hint))
            if isinstance(row.input, QComboBox):
                row.input.setItemText(0, self.tr("Choose…"))
                for index, (_value, label) in enumerate(spec.choices, start=1):
                    row.input.setItemText(index, translate(spec.choice_context, label))
        self.back_button.setText(self.tr("&Back"))
        self.next_button.setText(self.tr("&Next"))
        self._render_problems()
