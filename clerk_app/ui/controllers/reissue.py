"""One registration, and its re-issue for a citizen who is at the counter again (lost code, wrong address).

The registration is read fresh from the store when it is opened. Re-issue is offered only while the
registration could still be activated (issued or accepted, not past its expiry) and its personal data
was not purged; otherwise the reason says what to do instead. The clerk confirms presence, may correct the
e-mail address (a changed one is typed twice) and the language, and re-issues at this counter: the store
revokes the old registration and issues a new one, whose plain code goes straight to the confirmation
screen (Print makes the new slip) and is kept nowhere else. The store runs the eligibility rules again
and may refuse on its own (the registration changed meanwhile, say): its reason codes are shown in words.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal

from clerk_app.domain.eligibility import assess
from clerk_app.domain.reasons import Reason
from clerk_app.domain.registration import (
    Registration,
    RegistrationRequest,
    can_reissue,
    status_at,
)
from clerk_app.errors import ClerkError, InputError
from clerk_app.ui.controllers.base import ScreenController, ShellPort
from clerk_app.ui.controllers.citizen_inputs import INPUT_FIELDS, CitizenInputsCheck
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.registrar import Issued, Registrations
from clerk_app.ui.status_text import REISSUE_NOT_ALLOWED, REISSUE_PURGED, REISSUE_REASONS
from clerk_app.ui.views.registration_view import RegistrationView
from clerk_app.ui.workers import Workers


class ReissueController(ScreenController):
    """Owns the registration screen; :meth:`clear_personal_data` forgets the registration and the inputs."""

    # Back to the list (the Back button).
    back_requested = Signal()
    # A new registration was issued and handed to the confirmation screen.
    reissued = Signal()

    def __init__(
        self,
        shell: ShellPort,
        records: Registrations,
        workers: Workers,
        errors: ErrorPresenter,
        centre_names: Mapping[str, str],
        today: Callable[[], dt.date],
        now: Callable[[], dt.datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(shell, parent)
        self._records = records
        self._workers = workers
        self._errors = errors
        self._centre_names = dict(centre_names)
        self._today = today
        self._now = now
        self._registration: Registration | None = None
        self._blocked = False  # a reason refuses re-issue of the registration shown

        self.view = RegistrationView()
        shell.add_screen(self.view, self)
        view = self.view
        self._check = CitizenInputsCheck(view.inputs)
        self._check.wire(self._inputs_changed, self._second_email_left)
        view.inputs.email_edit.returnPressed.connect(self.reissue)
        view.inputs.email_again_edit.returnPressed.connect(self.reissue)
        view.reissue_button.clicked.connect(self.reissue)
        view.back_button.clicked.connect(self._go_back)

    @property
    def registration(self) -> Registration | None:
        return self._registration

    # --- what the list calls -------------------------------------------------------------------------

    def open(self, registration_id: uuid.UUID) -> None:
        """Read the registration afresh and show it (the list may be minutes old)."""
        if self._busy:
            return
        generation = self._next_generation()
        records = self._records
        self._workers.start(
            lambda: records.get(registration_id),
            lambda registration: self._loaded(registration, generation),
            lambda exc: self._load_failed(exc, generation),
        )

    def clear_personal_data(self) -> None:
        self._next_generation()
        self._registration = None
        self._blocked = False
        self._check.reset()
        self._check.stored_email = None
        self.view.clear()

    def reissue(self) -> None:
        """Re-issue when nothing blocks; otherwise show what is missing. Ignored while one is running."""
        registration = self._registration
        if self._busy or registration is None or self._blocked:
            return
        self._check.attempt()
        self.view.show_refusal(())
        if not self._refresh_problems():
            first = self._check.first_problem(assess(self._request(registration), self._today()))
            if first is not None:
                first.setFocus()
            return
        request = self._request(registration)
        session = self._shell.session
        records = self._records
        generation = self._generation
        self._set_busy(True)
        self._workers.start(
            lambda: records.reissue(
                registration.id,
                session.clerk,
                email=request.email,
                language=request.language,
                centre_id=session.centre.id,
                presence_confirmed=request.presence_confirmed,
            ),
            lambda issued: self._reissued(issued),
            lambda exc: self._failed(exc, request, generation),
            settle=lambda: self._set_busy(False),  # whoever shows now: it was this job that ran
        )

    # --- state ---------------------------------------------------------------------------------------

    def _loaded(self, registration: Registration, generation: int) -> None:
        if not self._is_current(generation):
            return  # cleared or another one opened meanwhile
        self._show(registration, keep_inputs=False)
        self._shell.show_screen(self.view, personal_data=True)
        view = self.view
        presence = view.inputs.presence_check
        (presence if presence.isEnabled() else view.back_button).setFocus()

    def _show(self, registration: Registration, *, keep_inputs: bool) -> None:
        status = status_at(registration, self._now())
        centre = self._centre_names.get(registration.centre_id, registration.centre_id)
        self._registration = registration
        self._check.stored_email = registration.email
        if not keep_inputs:
            self._check.reset()
        self.view.show_registration(registration, status, centre, keep_inputs=keep_inputs)
        refusal = self._refusal(registration)
        self._blocked = bool(refusal)
        self.view.show_refusal(refusal)
        self._refresh_problems()

    def _refusal(self, registration: Registration) -> tuple[Reason, ...]:
        """Why this registration cannot be re-issued at all (nothing the clerk can change here)."""
        if registration.identity is None:
            return (REISSUE_REASONS[REISSUE_PURGED],)
        if not can_reissue(status_at(registration, self._now())):
            return (REISSUE_REASONS[REISSUE_NOT_ALLOWED],)
        reasons = assess(self._request(registration), self._today())
        return tuple(r for r in reasons if r.blocking and r.field not in INPUT_FIELDS)

    def _request(self, registration: Registration) -> RegistrationRequest:
        assert registration.identity is not None
        return self._check.request(registration.identity, self._shell.session)

    def _refresh_problems(self) -> bool:
        """Re-assess the inputs and show their problems (once attempted); True when re-issue may go."""
        registration = self._registration
        if registration is None or registration.identity is None or self._blocked:
            self.view.inputs.show_problems({}, None)
            return False
        reasons = assess(self._request(registration), self._today())
        inputs_pass = self._check.show(reasons)
        return inputs_pass and not any(r.blocking for r in reasons if r.field not in INPUT_FIELDS)

    def _show_busy(self, busy: bool) -> None:
        self.view.set_busy(busy)

    # --- reactions -----------------------------------------------------------------------------------

    def _inputs_changed(self) -> None:
        if self._registration is not None and not self._blocked:
            self.view.show_refusal(())  # an earlier refusal of the store was about other inputs
            self._refresh_problems()

    def _second_email_left(self) -> None:
        if self._check.second_email_left():
            self._refresh_problems()

    def _go_back(self) -> None:
        if self._busy:
            return
        self.clear_personal_data()
        self.back_requested.emit()

    def _load_failed(self, exc: ClerkError, generation: int) -> None:
        if not self._is_current(generation):
            return
        self._errors.show(exc, self._shell.current_screen() or self.view)

    def _reissued(self, issued: Issued) -> None:
        # Shown even if the clerk cancelled during the fraction of a second it took: the new registration
        # is stored and the old code revoked, so this code is the only one that works.
        registration, code = issued.registration, issued.code
        self.clear_personal_data()
        self.reissued.emit()
        self._shell.show_confirmation(registration, code, reissued=True)

    def _failed(self, exc: ClerkError, request: RegistrationRequest, generation: int) -> None:
        if not isinstance(exc, InputError) or not self._is_current(generation):
            self._errors.show(exc, self.view)
            return
        final = tuple(REISSUE_REASONS[code] for code in exc.reasons if code in REISSUE_REASONS)
        if final:
            # The registration changed since it was read (revoked by the central service, purged): show
            # the store's reason and read it again so its status on screen is the current one.
            self._blocked = True
            self.view.show_refusal(final)
            self.view.inputs.show_problems({}, None)
            self._reload(generation, final)
        else:
            # The store judged on its own clock (e.g. just after midnight): its reasons, in words.
            self.view.show_refusal((), exc, assess(request, self._today()))
        self.view.back_button.setFocus()

    def _reload(self, generation: int, refusal: tuple[Reason, ...]) -> None:
        registration = self._registration
        if registration is None:
            return
        records = self._records

        def reloaded(fresh: Registration) -> None:
            if not self._is_current(generation):
                return
            self._show(fresh, keep_inputs=True)
            if not self._blocked:  # the store knows better than a status read a moment earlier
                self._blocked = True
                self.view.show_refusal(refusal)

        self._workers.start(
            lambda: records.get(registration.id),
            reloaded,
            lambda exc: self._load_failed(exc, generation),
        )
