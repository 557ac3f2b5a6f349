"""Sign-in: the clerk's name and staff number (for the audit log), the service centre and UI language.

The centre the last clerk signed in at on this workstation is offered first (remembered in the profile's
:class:`~clerk_app.ui.ui_state.UiState`): a counter computer rarely moves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from clerk_app.config import UI_LANGUAGES, Settings
from clerk_app.domain.registration import Clerk
from clerk_app.errors import ClerkError
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.i18n import Translations
from clerk_app.ui.session import CounterSession
from clerk_app.ui.ui_state import UiState
from clerk_app.ui.views.sign_in_view import SignInView


class SignInController(QObject):
    """Owned by its dialog, so it lives exactly as long as the dialog does."""

    def __init__(
        self,
        settings: Settings,
        translations: Translations,
        errors: ErrorPresenter,
        state: UiState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._state = state
        self._translations = translations
        self._errors = errors
        self.view = SignInView(settings.centres, UI_LANGUAGES, training=settings.training, parent=parent)
        self.setParent(self.view)
        current = self.view.language_combo.findData(translations.language)
        if current >= 0:
            self.view.language_combo.setCurrentIndex(current)
        centre = self.view.centre_combo.findData(state.last_centre()) if state is not None else -1
        if centre >= 0:  # the workstation stands where it stood: its centre is offered first
            self.view.centre_combo.setCurrentIndex(centre)
        self.view.name_edit.textChanged.connect(self._validate)
        self.view.staff_edit.textChanged.connect(self._validate)
        self.view.language_combo.currentIndexChanged.connect(self._language_picked)
        self.view.buttons.accepted.connect(self._accept)
        self.view.buttons.rejected.connect(self.view.reject)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.view.name_edit.text().strip()) and bool(self.view.staff_edit.text().strip())
        self.view.sign_in_button.setEnabled(ok)
        self.view.problem_label.setVisible(not ok)

    def _language_picked(self, index: int) -> None:
        code = self.view.language_combo.itemData(index)
        try:
            self._translations.switch(str(code))
        except ClerkError as error:
            self._errors.show(error, self.view)

    def _accept(self) -> None:
        if self.view.sign_in_button.isEnabled():
            self.view.accept()

    def session(self) -> CounterSession | None:
        """The signed-in session once the dialog was accepted, else None."""
        if self.view.result() != QDialog.DialogCode.Accepted:
            return None
        centre_id = self.view.centre_combo.currentData()
        centre = next(c for c in self._settings.centres if c.id == centre_id)
        if self._state is not None:
            self._state.set_last_centre(centre.id)
        clerk = Clerk(
            name=self.view.name_edit.text().strip(), staff_number=self.view.staff_edit.text().strip()
        )
        return CounterSession(clerk=clerk, centre=centre, training=self._settings.training)

    def exec(self) -> CounterSession | None:
        self.view.exec()
        return self.session()
