"""The confirmation screen: show the new code once, print it or save it, then forget it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont

from clerk_app.config import Centre
from clerk_app.domain.registration import Registration
from clerk_app.errors import ClerkError
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.printing import SlipOutput, slip_file_name
from clerk_app.ui.session import CounterSession
from clerk_app.ui.slip import SlipContent
from clerk_app.ui.views.confirmation_view import ConfirmationView


class ConfirmationController(QObject):
    """Holds the plain code only while its screen is open; :meth:`clear_personal_data` drops it."""

    next_citizen_requested = Signal()

    def __init__(
        self,
        session: CounterSession,
        centres: Sequence[Centre],
        output: SlipOutput,
        errors: ErrorPresenter,
        code_font: QFont,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._centre_names = {centre.id: centre.name for centre in centres}
        self._output = output
        self._errors = errors
        self._slip: SlipContent | None = None
        self._file_name = ""
        self.view = ConfirmationView(code_font)
        self.view.print_button.clicked.connect(self.print_slip)
        self.view.pdf_button.clicked.connect(self.save_pdf)
        self.view.next_button.clicked.connect(self.next_citizen_requested)
        output.done.connect(self._output_done)
        output.failed.connect(self._output_failed)
        self._set_enabled(False)

    @property
    def has_code(self) -> bool:
        return self._slip is not None

    def show_registration(self, registration: Registration, code: str, *, reissued: bool = False) -> None:
        """Show a registration that was just issued, with its plain code (``reissued``: the title says
        it replaced an earlier one)."""
        identity = registration.identity
        person = f"{identity.given_names} {identity.surname}".strip() if identity is not None else ""
        centre = self._centre_names.get(registration.centre_id, self._session.centre.name)
        self._slip = SlipContent.for_registration(registration, code, centre, training=self._session.training)
        self._file_name = slip_file_name(registration)
        self.view.show_registration(
            person, code, registration.expires_at, registration.language, reissued=reissued
        )
        self._set_enabled(True)
        self.view.print_button.setFocus()

    def clear_personal_data(self) -> None:
        self._slip = None
        self.view.clear()
        self._set_enabled(False)

    def explain(self, text: str) -> None:
        """A note for the clerk on this screen (why a key does nothing here), where it is always seen."""
        self.view.status_label.setText(text)

    def print_slip(self) -> None:
        if self._slip is not None:
            self._output.print_slip(self._slip, self.view)

    def save_pdf(self) -> None:
        if self._slip is not None:
            self._output.save_pdf(self._slip, self.view, self._file_name)

    def _set_enabled(self, enabled: bool) -> None:
        self.view.print_button.setEnabled(enabled)
        self.view.pdf_button.setEnabled(enabled)

    def _output_done(self, message: str) -> None:
        if self._slip is not None:
            self.view.status_label.setText(message)

    def _output_failed(self, error: ClerkError) -> None:
        if self._slip is not None:
            ErrorPresenter.show_inline(error, self.view.status_label)
        self._errors.show(error, self.view)
