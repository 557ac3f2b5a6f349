"""The "check and register" step, shared by every path that establishes an identity.

A path hands over an identity record with :meth:`RegisterStepController.start` (and, from the card path, a
photo and an authenticity banner, now or later). The step shows the identity and every eligibility reason,
re-assessed on each change of the clerk's inputs; blocking reasons about the person or the document (or a
blocking banner) keep Register disabled. The store's ``register`` runs on a worker
thread; its plain code goes straight to the confirmation screen and is kept nowhere else.
"""

from __future__ import annotations

import datetime as dt
import inspect
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from clerk_app.domain.eligibility import assess
from clerk_app.domain.identity import IdentityRecord
from clerk_app.domain.registration import RegistrationRequest
from clerk_app.errors import ClerkError, InputError
from clerk_app.ui.controllers.base import ScreenController, ShellPort
from clerk_app.ui.controllers.citizen_inputs import INPUT_FIELDS, CitizenInputsCheck
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.register_rules import Banner
from clerk_app.ui.registrar import Issued, Registrar
from clerk_app.ui.views.check_register_view import CheckRegisterView
from clerk_app.ui.workers import Workers


class RegisterStepController(ScreenController):
    """Owns the check-and-register screen; :meth:`clear_personal_data` forgets the citizen."""

    #: A registration was stored and handed to the confirmation screen.
    registered = Signal()

    def __init__(
        self,
        shell: ShellPort,
        registrar: Registrar,
        workers: Workers,
        errors: ErrorPresenter,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(shell, parent)
        self._registrar = registrar
        self._workers = workers
        self._errors = errors
        self._today = today
        self._identity: IdentityRecord | None = None
        self._banner: Banner | None = None
        self._back: Callable[[], Callable[[], None] | None] | None = None  # weak if it is a bound method
        self._refusal: InputError | None = None

        self.view = CheckRegisterView()
        shell.add_screen(self.view, self)
        view = self.view
        self._check = CitizenInputsCheck(view.inputs)
        self._check.wire(self._inputs_changed, self._second_email_left)
        view.abroad_check.toggled.connect(self._inputs_changed)
        view.register_button.clicked.connect(self.register)
        view.back_button.clicked.connect(self._go_back)

    # --- what a path calls ---------------------------------------------------------------------------

    def start(
        self,
        identity: IdentityRecord,
        *,
        back: Callable[[], None] | None = None,
        photo: QImage | None = None,
        banner: Banner | None = None,
    ) -> None:
        """Show ``identity`` for checking, with fresh inputs. ``back`` (a Back button) returns to where the
        identity came from, e.g. the manual form to correct a field."""
        self._reset()
        self._identity = identity
        self._back = _weakly(back) if back is not None else None
        self._banner = banner
        self.view.show_identity(identity)
        self.view.set_photo(photo)
        self.view.set_banner(banner)
        self.view.back_button.setVisible(back is not None)
        self._refresh()
        self._shell.show_screen(self.view, personal_data=True)
        self.view.inputs.presence_check.setFocus()

    def set_photo(self, photo: QImage | None) -> None:
        """The photo can follow the identity (the card path reads it after the identity file)."""
        if self._identity is not None:
            self.view.set_photo(photo)

    def set_banner(self, banner: Banner | None) -> None:
        """E.g. the authenticity verdict once the checks finish; a blocking one refuses registration."""
        if self._identity is not None:
            self._banner = banner
            self.view.set_banner(banner)
            self._refresh()

    def clear_personal_data(self) -> None:
        self._reset()

    def register(self) -> None:
        """Register when nothing blocks; otherwise show what is missing. Ignored while one is running."""
        if self._busy or self._identity is None:
            return
        self._check.attempt()
        self._refusal = None
        if not self._refresh():
            first = self._check.first_problem(assess(self._request(), self._today()))
            if first is not None:
                first.setFocus()
            return
        request = self._request()
        registrar = self._registrar
        generation = self._generation
        self._set_busy(True)
        self._workers.start(
            lambda: registrar.register(request),
            lambda issued: self._registered(issued),
            lambda exc: self._failed(exc, request, generation),
            settle=lambda: self._set_busy(False),  # even for another citizen: this job is the one running
        )

    # --- state ---------------------------------------------------------------------------------------

    def _reset(self) -> None:
        self._next_generation()
        self._identity = None
        self._banner = None
        self._back = None
        self._check.reset()
        self._refusal = None
        self.view.clear()
        self._refresh()

    def _request(self) -> RegistrationRequest:
        assert self._identity is not None
        abroad = self.view.abroad_check.isChecked()
        return self._check.request(self._identity, self._shell.session, lives_abroad=abroad)

    def _refresh(self) -> bool:
        """Re-assess and re-show everything; True when Register may go ahead now."""
        if self._identity is None:
            self.view.show_eligibility(())
            self.view.inputs.show_problems({}, None)
            self.view.show_store_refusal(None)
            self.view.register_button.setEnabled(False)
            return False
        reasons = list(assess(self._request(), self._today()))
        listed = self._banner.listed if self._banner is not None else None
        if listed is not None:
            reasons.insert(0, listed)
        about_person = [r for r in reasons if r.field not in INPUT_FIELDS]
        self.view.show_eligibility(about_person)
        inputs_pass = self._check.show(reasons)
        self.view.show_store_refusal(self._refusal)
        person_blocked = any(r.blocking for r in about_person)
        self.view.register_button.setEnabled(not person_blocked and not self._busy)
        return not person_blocked and inputs_pass

    def _show_busy(self, busy: bool) -> None:
        self.view.set_busy(busy)
        self._refresh()

    # --- reactions -----------------------------------------------------------------------------------

    def _inputs_changed(self) -> None:
        self._refusal = None
        self._refresh()

    def _second_email_left(self) -> None:
        if self._check.second_email_left():
            self._refresh()

    def _go_back(self) -> None:
        back = self._back() if self._back is not None else None
        if back is None or self._busy:
            return
        self._reset()
        back()

    def _registered(self, issued: Issued) -> None:
        # Shown even if the clerk cancelled during the fraction of a second it took: the registration is
        # stored, and a code nobody saw could only be replaced by a re-issue.
        registration, code = issued.registration, issued.code
        self._reset()
        self.registered.emit()
        self._shell.show_confirmation(registration, code)

    def _failed(self, exc: ClerkError, request: RegistrationRequest, generation: int) -> None:
        if isinstance(exc, InputError) and self._is_current(generation) and request == self._request():
            # The store judged on its own clock (e.g. just after midnight): show its refusal inline; the
            # re-assessment below shows the reasons the day now gives.
            self._refusal = exc
            self._refresh()
            self.view.register_button.setFocus()
            return
        self._errors.show(exc, self.view)


def _weakly(callback: Callable[[], None]) -> Callable[[], Callable[[], None] | None]:
    """A way back to ``callback`` that does not keep its object (e.g. the manual path) alive."""
    if inspect.ismethod(callback):
        return weakref.WeakMethod(callback)
    return lambda: callback
