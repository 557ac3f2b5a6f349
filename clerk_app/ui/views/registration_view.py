"""Layout of one registration and its re-issue: what was registered, its status, and a new code.

Left: the registration as stored (a purged one says its personal data was erased). Right: re-issue for a
citizen who is at the counter again: presence, the e-mail address (correctable; a changed address is
typed once more), the language, and Re-issue. When the registration cannot be re-issued, the inputs are
disabled and the reason says what to do instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.reasons import Reason
from clerk_app.domain.registration import Registration, RegistrationStatus
from clerk_app.errors import InputError
from clerk_app.ui.dates import moment_text, partial_date_text
from clerk_app.ui.i18n import translate
from clerk_app.ui.models.registration_tables import (
    clerk_text,
    document_text,
    number_text,
    person_text,
)
from clerk_app.ui.reason_text import reason_text
from clerk_app.ui.status_text import refusal_texts, status_meaning, status_text
from clerk_app.ui.views.base import Retranslatable, make_heading
from clerk_app.ui.views.citizen_inputs import CitizenInputs, Purpose
from clerk_app.ui.views.confirmation_view import LANGUAGE_LABELS
from clerk_app.ui.views.fitting import WrappingLabel
from clerk_app.ui.views.form_parts import (
    PROBLEM_COLOUR,
    make_hint_label,
    make_problem_label,
    make_value_grid,
    release_problem_rooms,
    set_tab_chain,
    show_problems,
)

# The rows about the registration, in display order.
DETAIL_ROWS = (
    "registered",
    "valid_until",
    "person",
    "national_number",
    "birth_date",
    "document",
    "email",
    "language",
    "centre",
    "clerk",
)


@dataclass
class _Shown:
    """What the screen shows, so a language switch can re-set every text."""

    registration: Registration | None = None
    status: RegistrationStatus | None = None  # as the clerk should see it (``status_at``)
    centre: str = ""
    refusal: tuple[Reason, ...] = ()  # why this registration cannot be re-issued
    store_refusal: InputError | None = None  # the store's refusal, with the reasons assessed for it
    assessed: tuple[Reason, ...] = ()
    busy: bool = False


class RegistrationView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registration")
        self._shown = _Shown()

        self.heading = make_heading(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("registration-status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meaning_label = make_hint_label(self)
        self.meaning_label.setObjectName("status-meaning")
        self.erased_label = make_hint_label(self)
        self.erased_label.setObjectName("erased")
        details, self.captions, self.values = make_value_grid(self, DETAIL_ROWS, "registration")

        self.reissue_box = QGroupBox(self)
        self.reissue_box.setObjectName("reissue")
        # The box's title is a wrapping label of its own: a group box title never wraps, and a long one
        # would set the width of the whole window.
        self.reissue_title = WrappingLabel(self.reissue_box)
        self.reissue_title.setObjectName("reissue-title")
        self.reissue_title.setStyleSheet("QLabel#reissue-title { font-weight: bold; }")
        self.reissue_hint = make_hint_label(self.reissue_box)
        self.refusal_label = make_problem_label(self.reissue_box, "reissue-refused")
        self.inputs = CitizenInputs(Purpose.REISSUE, self.reissue_box)
        self.reissue_status = QLabel(self.reissue_box)
        self.reissue_status.setObjectName("reissue-status")
        self.reissue_button = QPushButton(self.reissue_box)
        self.reissue_button.setObjectName("reissue-button")
        self.reissue_button.setAutoDefault(True)  # Enter on the focused button re-issues
        self.reissue_button.setMinimumHeight(40)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("registration-back")
        self.back_button.setAutoDefault(True)

        box = QVBoxLayout(self.reissue_box)
        box.addWidget(self.reissue_title)
        box.addWidget(self.reissue_hint)
        box.addWidget(self.refusal_label)
        box.addLayout(self.inputs.box)
        box.addStretch(1)
        box.addWidget(self.reissue_status)
        box.addWidget(self.reissue_button, 0, Qt.AlignmentFlag.AlignRight)

        left = QVBoxLayout()
        left.addWidget(self.status_label)
        left.addWidget(self.meaning_label)
        left.addSpacing(8)
        left.addWidget(self.erased_label)
        left.addLayout(details)
        left.addStretch(1)
        # The registration and the re-issue scroll together when the window is small (the training panel
        # beside it, problems under the inputs); the heading and Back stay in view.
        self.content = QWidget(self)
        columns = QHBoxLayout(self.content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addWidget(self.reissue_box, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the inputs, not their frame
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

        set_tab_chain([*self.inputs.inputs, self.reissue_button, self.back_button])
        self.clear()

    # --- what the controller sets --------------------------------------------------------------------

    def show_registration(
        self,
        registration: Registration,
        status: RegistrationStatus,
        centre: str,
        *,
        keep_inputs: bool = False,
    ) -> None:
        """Show a registration; unless ``keep_inputs``, fill the re-issue inputs from it afresh (always for a
        purged one: its address must not stay on screen)."""
        if not keep_inputs or registration.identity is None:
            self.clear()
            self.inputs.fill(registration.email or "", registration.language)
        self._shown.registration = registration
        self._shown.status = status
        self._shown.centre = centre
        self._set_registration_texts()
        self._set_inputs_enabled()

    def show_refusal(
        self,
        reasons: tuple[Reason, ...],
        store_refusal: InputError | None = None,
        assessed: tuple[Reason, ...] = (),
    ) -> None:
        """Why re-issue is not possible (the inputs are disabled while there is a reason), and the
        store's refusal (``assessed``: the eligibility reasons computed for the refused request)."""
        self._shown.refusal = reasons
        self._shown.store_refusal = store_refusal
        self._shown.assessed = assessed
        self._set_problem_texts()
        self._set_inputs_enabled()

    def set_busy(self, busy: bool) -> None:
        self._shown.busy = busy
        self.reissue_status.setText(self.tr("Re-issuing…") if busy else "")
        self._set_inputs_enabled()

    def clear(self) -> None:
        """Forget the registration, the inputs (and their undo history) and every problem."""
        busy = self._shown.busy
        self._shown = _Shown(busy=busy)
        self.inputs.clear()
        self.retranslate()
        self._set_inputs_enabled()
        release_problem_rooms(self)

    # --- texts ---------------------------------------------------------------------------------------

    def _set_inputs_enabled(self) -> None:
        shown = self._shown
        usable = shown.registration is not None and not shown.refusal and not shown.busy
        for widget in (*self.inputs.inputs, self.reissue_button):
            widget.setEnabled(usable)
        self.back_button.setEnabled(not shown.busy)

    def _caption(self, name: str) -> str:
        captions = {
            "registered": self.tr("Registered"),
            "valid_until": self.tr("Code valid until"),
            "person": self.tr("Citizen"),
            "national_number": self.tr("National register or BIS number"),
            "birth_date": self.tr("Date of birth"),
            "document": self.tr("Document"),
            "email": self.tr("E-mail address"),
            "language": self.tr("Citizen's language"),
            "centre": self.tr("Service centre"),
            "clerk": self.tr("Clerk"),
        }
        return captions[name]

    def _values(self, registration: Registration) -> dict[str, str]:
        values = {
            "registered": moment_text(registration.created_at),
            "valid_until": moment_text(registration.expires_at),
            "person": person_text(registration),
            "language": translate("languages", LANGUAGE_LABELS[registration.language]),
            "centre": self._shown.centre,
            "clerk": clerk_text(registration.clerk.name, registration.clerk.staff_number),
        }
        identity = registration.identity
        if identity is not None:
            values["national_number"] = number_text(identity.national_number)
            values["birth_date"] = partial_date_text(identity.birth_date)
            values["document"] = f"{document_text(registration)} {identity.document_number}".strip()
            values["email"] = registration.email or ""
        return values

    def _set_registration_texts(self) -> None:
        registration, status = self._shown.registration, self._shown.status
        values = self._values(registration) if registration is not None else {}
        for name, label in self.values.items():
            label.setText(values.get(name, ""))
        shown = status_text(registration, status) if registration is not None and status is not None else ""
        self.status_label.setText(shown)
        rejected = status is RegistrationStatus.REJECTED
        colour = PROBLEM_COLOUR if rejected else "#000000"
        self.status_label.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {colour};")
        self.meaning_label.setText(status_meaning(status) if status is not None else "")
        erased = registration is not None and registration.identity is None
        self.erased_label.setText(
            self.tr("The citizen's personal data was erased after the retention period.") if erased else ""
        )
        self.erased_label.setVisible(erased)

    def _set_problem_texts(self) -> None:
        shown = self._shown
        refusal = [reason_text(reason) for reason in shown.refusal]
        if shown.store_refusal is not None:
            refusal += refusal_texts(shown.store_refusal, shown.assessed)
        show_problems(self.refusal_label, refusal)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Registration"))
        for name, caption in self.captions.items():
            caption.setText(self._caption(name))
        title = self.tr("Re-issue: a new code for a citizen who lost theirs")
        self.reissue_title.setText(title)
        self.reissue_box.setAccessibleName(title)
        self.reissue_hint.setText(
            self.tr(
                "Only with the citizen at the counter. The old code stops working; the new code is shown "
                "once and printed on a new slip. Correct the e-mail address or the language if needed."
            )
        )
        self.inputs.retranslate()
        self.reissue_button.setText(self.tr("Re-&issue"))
        self.back_button.setText(self.tr("&Back to the list"))
        self.set_busy(self._shown.busy)
        self._set_registration_texts()
        self._set_problem_texts()
