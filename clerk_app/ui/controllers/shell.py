"""The main window's behaviour: which screen shows, shortcuts, language, and clearing personal data.

Registration flows (card reading, the manual document form) are not part of this module. They plug in
with :meth:`Shell.add_screen` / :meth:`Shell.show_screen`, listen to ``shell.home.eid_button`` and
``shell.home.other_button``, and hand an issued registration to :meth:`Shell.show_confirmation`. A path
button stays disabled until its flow is connected (:meth:`Shell.set_paths_available`).
:func:`clerk_app.ui.main.create_shell` connects the shared register step and the manual path when it is
given a registrar, and keeps them in :attr:`Shell.register_step` and :attr:`Shell.manual_path`; the eID
path (:mod:`clerk_app.ui.counter`) ends in that same register step. Given the store for the registrations
view, it keeps that in :attr:`Shell.registrations` and :attr:`Shell.counts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget

from clerk_app.config import UI_LANGUAGES, Settings
from clerk_app.domain.registration import Registration
from clerk_app.errors import ClerkError
from clerk_app.ui.controllers.confirmation import ConfirmationController
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.fonts import Fonts
from clerk_app.ui.i18n import Translations, translate
from clerk_app.ui.idle import IdleClear
from clerk_app.ui.printing import SlipOutput
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.session import CounterSession
from clerk_app.ui.views.home_view import HomeView
from clerk_app.ui.views.main_window_view import MainWindowView

if TYPE_CHECKING:
    from clerk_app.ui.controllers.counts import CountsController
    from clerk_app.ui.controllers.manual_path import ManualPathController
    from clerk_app.ui.controllers.register_step import RegisterStepController
    from clerk_app.ui.controllers.registrations import RegistrationsController


class PersonalDataScreen(Protocol):
    """A screen that can show personal data and must be able to forget it at once."""

    def clear_personal_data(self) -> None: ...


class Shell(QObject):
    def __init__(
        self,
        session: CounterSession,
        settings: Settings,
        translations: Translations,
        fonts: Fonts,
        errors: ErrorPresenter,
        output: SlipOutput,
        idle: IdleClear,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._translations = translations
        self._errors = errors
        self._idle = idle
        self._personal_data_screens: list[PersonalDataScreen] = []
        self.register_step: RegisterStepController | None = None  # set once a registrar is connected
        self.manual_path: ManualPathController | None = None
        self.registrations: RegistrationsController | None = None  # set once the store is connected
        self.counts: CountsController | None = None

        self.view = MainWindowView(session, UI_LANGUAGES)
        self.home = HomeView()
        self.view.stack.addWidget(self.home)
        self.confirmation = ConfirmationController(
            session, settings.centres, output, errors, fonts.code_font(30), parent=self
        )
        self.add_screen(self.confirmation.view, self.confirmation)

        self.view.new_citizen_action.triggered.connect(self.new_citizen)
        self.view.cancel_action.triggered.connect(self.cancel)
        self.view.print_action.triggered.connect(self.confirmation.print_slip)
        self.view.quit_action.triggered.connect(self.view.close)
        for code, action in self.view.language_actions.items():
            action.triggered.connect(lambda _checked=False, language=code: self.switch_language(language))
        translations.language_changed.connect(self._language_changed)
        self._language_changed(translations.language)
        self.confirmation.next_citizen_requested.connect(self.new_citizen)
        idle.expired.connect(self._idle_expired)
        idle.countdown.connect(self._idle_countdown)
        self.view.stack.currentChanged.connect(self._screen_changed)
        # On the confirmation screen the actions that would leave it are off (the code would be lost);
        # their keys say so there instead of doing nothing.
        self._kept_code_keys: list[QShortcut] = []
        for action in (self.view.registrations_action, self.view.counts_action, self.view.cancel_action):
            key = QShortcut(action.shortcut(), self.view)
            key.setEnabled(False)
            key.activated.connect(self._explain_kept_code)
            self._kept_code_keys.append(key)

        self.set_reader_state(ReaderState.NO_SERVICE)
        self.set_paths_available(eid=False, other_document=False)
        self.show_home()
        self._screen_changed()

    # --- screens ------------------------------------------------------------------------------------

    def add_screen(self, screen: QWidget, personal_data: PersonalDataScreen | None = None) -> None:
        """Add a screen to the window; ``personal_data`` is cleared by New citizen, Cancel and idle time."""
        self.view.stack.addWidget(screen)
        if personal_data is not None:
            self._personal_data_screens.append(personal_data)

    def show_screen(self, screen: QWidget, *, personal_data: bool) -> None:
        """Bring ``screen`` to the front; idle clearing runs while a screen with personal data shows."""
        self.view.stack.setCurrentWidget(screen)
        if personal_data:
            self._idle.arm()
        else:
            self._idle.disarm()

    def show_home(self) -> None:
        self.show_screen(self.home, personal_data=False)
        paths = (self.home.eid_button, self.home.other_button)
        next((button for button in paths if button.isEnabled()), self.home.eid_button).setFocus()

    def show_confirmation(self, registration: Registration, code: str, *, reissued: bool = False) -> None:
        """Show a registration that was just issued (``reissued``: replacing an earlier one) and its plain
        activation code."""
        self.confirmation.show_registration(registration, code, reissued=reissued)
        self.show_screen(self.confirmation.view, personal_data=True)

    def set_reader_state(self, state: ReaderState) -> None:
        self.home.set_reader_state(state)

    def set_paths_available(self, *, eid: bool, other_document: bool) -> None:
        self.home.eid_button.setEnabled(eid)
        self.home.other_button.setEnabled(other_document)

    def current_screen(self) -> QWidget | None:
        return self.view.stack.currentWidget()

    # --- actions ------------------------------------------------------------------------------------

    def new_citizen(self) -> None:
        """Forget everything about the current citizen and go back to the home screen."""
        for screen in self._personal_data_screens:
            screen.clear_personal_data()
        self.view.statusBar().clearMessage()
        self.show_home()

    def cancel(self) -> None:
        """Abandon the current step. The confirmation screen is left only with Next citizen, so a code
        that was issued is not lost by a stray Escape before the slip is printed."""
        if self.current_screen() is not self.confirmation.view:
            self.new_citizen()

    def switch_language(self, language: str) -> None:
        try:
            self._translations.switch(language)
        except ClerkError as error:
            self.show_error(error)

    def show_error(self, error: ClerkError) -> None:
        self._errors.show(error, self.view)

    # --- reactions ----------------------------------------------------------------------------------

    def _language_changed(self, language: str) -> None:
        action = self.view.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    def _screen_changed(self) -> None:
        on_confirmation = self.current_screen() is self.confirmation.view
        self.view.print_action.setEnabled(on_confirmation and self.confirmation.has_code)
        self.view.cancel_action.setEnabled(not on_confirmation)
        for key in self._kept_code_keys:
            key.setEnabled(on_confirmation)

    def _explain_kept_code(self) -> None:
        self.confirmation.explain(
            translate(
                "shell",
                "Not available on this screen: the activation code cannot be shown again once you leave it. "
                "Print or save the slip, then press Next citizen (Ctrl+N).",
            )
        )

    def _idle_expired(self) -> None:
        self.new_citizen()
        self.view.statusBar().showMessage(
            translate("shell", "The screen was cleared because nobody used it for a while."), 30_000
        )

    def _idle_countdown(self, seconds: int) -> None:
        if seconds < 0:
            self.view.statusBar().clearMessage()
            return
        # self.tr, not translate(): pyside6-lupdate 6.11 extracts a plural form only from self.tr(..., n).
        self.view.statusBar().showMessage(
            self.tr(
                "No activity: the citizen's data is cleared from the screen in %n second(s).", None, seconds
            )
        )
