"""The confirmation screen: show the new code once, print it or save it, then forget it.

In training it also offers to open the citizen's activation page (the link of the e-mail in the
training mailbox) in the system browser, so a trainee walks on through the citizen's side with the code
just shown. Production never offers it: the link is only ever in the citizen's own mailbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont

from clerk_app.config import Centre
from clerk_app.domain.registration import Registration
from clerk_app.errors import ClerkError
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.printing import SlipOutput, slip_file_name
from clerk_app.ui.session import CounterSession
from clerk_app.ui.slip import SlipContent
from clerk_app.ui.views.confirmation_view import ConfirmationView
from clerk_app.ui.workers import Workers

#: Finds a registration's activation link (None: its e-mail has not arrived yet); runs off the GUI thread.
FindLink = Callable[[uuid.UUID], str | None]


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
        self._registration_id: uuid.UUID | None = None
        self._find_link: FindLink | None = None
        self._workers: Workers | None = None
        self.view = ConfirmationView(code_font)
        self.view.print_button.clicked.connect(self.print_slip)
        self.view.activation_page_button.clicked.connect(self.open_activation_page)
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
        self._registration_id = registration.id
        self.view.show_registration(
            person, code, registration.expires_at, registration.language, reissued=reissued
        )
        self._set_enabled(True)
        self.view.print_button.setFocus()

    def offer_activation_page(self, find_link: FindLink, workers: Workers) -> None:
        """Training only: offer to open the citizen's activation page of the registration on screen."""
        if not self._session.training:
            raise ValueError("only training opens the citizen's activation page at the counter")
        self._find_link, self._workers = find_link, workers
        self.view.activation_page_button.setVisible(True)
        self._set_enabled(self._slip is not None)

    def open_activation_page(self) -> None:
        """Look up the link in the training mailbox (off the GUI thread) and open it in the browser."""
        registration_id, find, workers = self._registration_id, self._find_link, self._workers
        if registration_id is None or find is None or workers is None:
            return
        self.view.status_label.setText(self.tr("Looking for the activation e-mail in the training mailbox…"))
        workers.start(
            lambda: find(registration_id),
            lambda link: self._link_found(registration_id, link),
            self._link_failed,
            expected=(ClerkError, OSError, ValueError),  # the training mailbox's files and answers
        )

    def _link_found(self, registration_id: uuid.UUID, link: str | None) -> None:
        if registration_id != self._registration_id:  # the clerk went on to the next citizen meanwhile
            return
        if link is None:
            self.view.status_label.setText(
                self.tr(
                    "The activation e-mail is not in the training mailbox yet: the registration is still "
                    "on its way to the training central service. Try again in a moment."
                )
            )
        elif QDesktopServices.openUrl(QUrl(link)):
            self.view.status_label.setText(self.tr("The citizen's activation page opens in the browser."))
        else:
            self.view.status_label.setText(
                self.tr("No browser could be started. The link is in the training panel's mailbox.")
            )

    def _link_failed(self, _error: Exception) -> None:
        if self._slip is not None:
            self.view.status_label.setText(self.tr("The training mailbox could not be read."))

    def clear_personal_data(self) -> None:
        self._slip = None
        self._registration_id = None
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
        self.view.activation_page_button.setEnabled(enabled and self._find_link is not None)

    def _output_done(self, message: str) -> None:
        if self._slip is not None:
            self.view.status_label.setText(message)

    def _output_failed(self, error: ClerkError) -> None:
        if self._slip is not None:
            ErrorPresenter.show_inline(error, self.view.status_label)
        self._errors.show(error, self.view)
