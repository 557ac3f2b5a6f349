"""When the citizen inputs (present in person, the e-mail address twice, the language) count as a problem.

Shared by the register step and the re-issue screen, which ask the same three things. A problem is shown
only once it would help: an input's reasons after the clerk first tried to go ahead, the second typing
of the address once that field was left. Re-issue starts from the stored address, which needs no second
typing unless the clerk changes it (:attr:`CitizenInputsCheck.stored_email`).

The check keeps no callback of its controller (that would be a reference cycle through a QObject, see
``controllers/base.py``): :meth:`CitizenInputsCheck.wire` connects the controller's own methods.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from clerk_app.domain.identity import IdentityRecord
from clerk_app.domain.reasons import Reason
from clerk_app.domain.registration import RegistrationRequest
from clerk_app.ui.register_rules import EmailMismatch, email_mismatch
from clerk_app.ui.session import CounterSession
from clerk_app.ui.views.citizen_inputs import CitizenInputs

#: Reasons about what the clerk enters in the group; shown under those inputs, not in the verdict.
INPUT_FIELDS = frozenset({"presence", "email"})


class CitizenInputsCheck:
    def __init__(self, inputs: CitizenInputs) -> None:
        self.inputs = inputs
        #: The address on record (re-issue): kept as it is, it is not typed a second time.
        self.stored_email: str | None = None
        self._attempted = False  # show input problems only once the clerk tried to go ahead
        self._email_checked = False  # compare the two addresses once the second one was left

    def wire(self, changed: Callable[[], None], second_left: Callable[[], None]) -> None:
        """``changed`` on every edit of the inputs, ``second_left`` when the second address is left."""
        inputs = self.inputs
        inputs.presence_check.toggled.connect(changed)
        inputs.email_edit.textChanged.connect(changed)
        inputs.email_again_edit.textChanged.connect(changed)
        inputs.email_again_edit.editingFinished.connect(second_left)

    def reset(self) -> None:
        """A new citizen or registration: no problem is shown until the clerk tries again."""
        self._attempted = False
        self._email_checked = False

    def attempt(self) -> None:
        """The clerk tried to go ahead: every problem shows from now on."""
        self._attempted = True
        self._email_checked = True

    def second_email_left(self) -> bool:
        """The second address was left; True when it was typed (the two are compared from now on)."""
        if not self.inputs.email_again():
            return False
        self._email_checked = True
        return True

    def request(
        self, identity: IdentityRecord, session: CounterSession, *, lives_abroad: bool = False
    ) -> RegistrationRequest:
        """The request the inputs make for ``identity`` at this counter, as the eligibility rules take it."""
        inputs = self.inputs
        return RegistrationRequest(
            identity=identity,
            email=inputs.email(),
            language=inputs.language(),
            presence_confirmed=inputs.presence_check.isChecked(),
            centre_id=session.centre.id,
            clerk=session.clerk,
            lives_abroad=lives_abroad,
        )

    def mismatch(self) -> EmailMismatch | None:
        first, second = self.inputs.email(), self.inputs.email_again()
        if self.stored_email is not None and first == self.stored_email and not second:
            return None
        return email_mismatch(first, second)

    def show(self, reasons: Iterable[Reason]) -> bool:
        """Show the inputs' problems among ``reasons`` (as far as they are due); True when none blocks."""
        problems: dict[str, list[Reason]] = {}
        for reason in reasons:
            if reason.field in INPUT_FIELDS:
                problems.setdefault(reason.field or "", []).append(reason)
        mismatch = self.mismatch()
        self.inputs.show_problems(
            problems if self._attempted else {}, mismatch if self._email_checked else None
        )
        blocked = any(reason.blocking for found in problems.values() for reason in found)
        return not blocked and mismatch is None

    def first_problem(self, reasons: Iterable[Reason]) -> QWidget | None:
        """The input to put the focus on, the first in Tab order with a problem."""
        inputs = self.inputs
        if not inputs.presence_check.isChecked():
            return inputs.presence_check
        if not inputs.email() or any(reason.field == "email" for reason in reasons):
            return inputs.email_edit
        if self.mismatch() is not None:
            return inputs.email_again_edit
        return None
