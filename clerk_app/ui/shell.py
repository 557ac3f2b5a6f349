"""The main window's behaviour: which screen shows, shortcuts, language, and clearing personal data.

Registration flows (card reading, the manual document form) are not part of this module. They plug in
with :meth:`Shell.add_screen` / :meth:`Shell.show_screen`, listen to ``shell.home.eid_button`` and
``shell.home.other_button``, and hand an issued registration to :meth:`Shell.show_confirmation`; they
see the shell as ``ShellPort`` (``controllers/base.py``) and never import this module. A path button
stays disabled until its flow is connected (:meth:`Shell.set_paths_available`).
:func:`clerk_app.ui.composition.create_shell` provides the shared register step and the manual path when
it is given a registrar; the eID path (:mod:`clerk_app.ui.card_path`) ends in that same register step.
Given the store, it provides the registrations view and the counts. The shell knows those flows by name
(:meth:`Shell.flow`); the shell ``create_shell`` returns (``CounterShell``) has them by type.

Those flows are built when first used, not with the window (:meth:`Shell.provide`): the first click on
"Other document" or the first opening of the history builds its screens (and imports their modules),
so the home screen shows sooner. The shell holds what opens them (the home button, the two menu actions)
and enables those while a flow is provided and the confirmation screen is not showing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from clerk_app.config import UI_LANGUAGES, Centre, Settings
from clerk_app.domain.registration import Registration
from clerk_app.errors import ClerkError
from clerk_app.ui.controllers.base import PersonalDataScreen
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.fonts import Fonts
from clerk_app.ui.i18n import Translations, translate
from clerk_app.ui.idle import IdleClear
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.session import CounterSession
from clerk_app.ui.views.home_view import HomeView
from clerk_app.ui.views.main_window_view import MainWindowView
from clerk_app.version import app_version

if TYPE_CHECKING:
    from clerk_app.ui.controllers.confirmation import ConfirmationController
    from clerk_app.ui.printing import SlipOutput


class _Opens(Protocol):
    """A flow the history menu opens (the registrations, the counts)."""

    def open(self) -> None: ...


class _ChoosesDocument(Protocol):
    """The flow "Other document" opens (the manual path)."""

    def choose_document(self) -> None: ...


class Shell(QObject):
    def __init__(
        self,
        session: CounterSession,
        settings: Settings,
        translations: Translations,
        fonts: Fonts,
        errors: ErrorPresenter,
        output: Callable[[], SlipOutput],
        idle: IdleClear,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._translations = translations
        self._errors = errors
        self._idle = idle
        self._personal_data_screens: list[PersonalDataScreen] = []
        self._builders: dict[str, Callable[[Shell], QObject]] = {}  # flows not built yet
        self._flows: dict[str, QObject] = {}  # flows built
        # The confirmation screen is built for the first code it shows (with the slip's printing).
        self._confirmation: ConfirmationController | None = None
        self._centres: tuple[Centre, ...] = settings.centres
        self._fonts = fonts
        self._make_output = output

        self.view = MainWindowView(session, UI_LANGUAGES)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.clear_notice)
        self.home = HomeView()
        self.view.stack.addWidget(self.home)

        self.view.new_citizen_action.triggered.connect(self.new_citizen)
        self.view.cancel_action.triggered.connect(self.cancel)
        self.view.print_action.triggered.connect(self._print_slip)
        self.home.other_button.clicked.connect(self._choose_document)
        self.view.registrations_action.triggered.connect(self._open_registrations)
        self.view.counts_action.triggered.connect(self._open_counts)
        self.view.quit_action.triggered.connect(self.view.close)
        self.view.about_action.triggered.connect(self.show_about)
        for code, action in self.view.language_actions.items():
            action.triggered.connect(lambda _checked=False, language=code: self.switch_language(language))
        translations.language_changed.connect(self._language_changed)
        self._language_changed(translations.language)
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

    def tr(self, source_text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """Qt's ``tr`` looks up the object's class name, which for ``CounterShell`` (``ui/composition.py``)
        is not the context lupdate files this class's strings under: keep it ``Shell``."""
        return QCoreApplication.translate("Shell", source_text, disambiguation, n)

    # --- flows, built when first used ---------------------------------------------------------------

    @property
    def confirmation(self) -> ConfirmationController:
        """The screen with a new code and its slip; built the first time it is needed."""
        if self._confirmation is None:
            from clerk_app.ui.controllers.confirmation import ConfirmationController

            confirmation = ConfirmationController(
                self.session,
                self._centres,
                self._make_output(),
                self._errors,
                self._fonts.code_font(30),
                parent=self,
            )
            self._confirmation = confirmation
            self.add_screen(confirmation.view, confirmation)
            confirmation.next_citizen_requested.connect(self.new_citizen)
        return self._confirmation

    def showing_confirmation(self) -> bool:
        """Whether the confirmation screen shows (without building it)."""
        return self._confirmation is not None and self.current_screen() is self._confirmation.view

    def _print_slip(self) -> None:
        if self.showing_confirmation():
            self.confirmation.print_slip()

    def provide(self, flow: str, build: Callable[[Shell], QObject]) -> None:
        """Make ``flow`` (``register_step``, ``manual_path``, ``registrations`` or ``counts``) available;
        ``build(shell)`` makes it the first time it is used. It gets the shell as an argument so that the
        shell, which keeps it, is not referred to by it (see controllers/base.py on cycles)."""
        self._builders[flow] = build
        if flow == "registrations":
            self.view.registrations_menu.menuAction().setVisible(True)
        self._screen_changed()

    def provides(self, flow: str) -> bool:
        return flow in self._flows or flow in self._builders

    def flow(self, flow: str) -> Any:
        """The flow provided as ``flow``, built now if it was not yet (None when it is not provided).
        Typed by the composition that provides it (``CounterShell`` in ``ui/composition.py``): the shell
        knows its flows by name only, so it imports none of their controllers."""
        built = self._flows.get(flow)
        if built is None and flow in self._builders:
            built = self._flows[flow] = self._builders.pop(flow)(self)
        return built

    def _choose_document(self) -> None:
        manual: _ChoosesDocument | None = self.flow("manual_path")
        if manual is not None:
            manual.choose_document()

    def _open_registrations(self) -> None:
        listing: _Opens | None = self.flow("registrations")
        if listing is not None:
            listing.open()

    def _open_counts(self) -> None:
        counts: _Opens | None = self.flow("counts")
        if counts is not None:
            counts.open()

    # --- screens ------------------------------------------------------------------------------------

    def add_screen(self, screen: QWidget, personal_data: PersonalDataScreen | None = None) -> None:
        """Add a screen to the window; ``personal_data`` is cleared by New citizen, Cancel and idle time."""
        self.view.stack.addWidget(screen)
        if personal_data is not None:
            self._personal_data_screens.append(personal_data)

    def show_screen(self, screen: QWidget, *, personal_data: bool) -> None:
        """Bring ``screen`` to the front; idle clearing runs while a screen with personal data shows.
        A notice about the screen that was cleared goes once the clerk moves on to another screen."""
        if screen is not self.home:
            self.clear_notice()
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

    def show_notice(self, text: str, *, seconds: int | None = None) -> None:
        """A warning above the screen, always shown whole; it stays until the clerk moves to another screen
        (or for ``seconds``)."""
        self.view.notice.show_text(text)
        if seconds is None:
            self._notice_timer.stop()
        else:
            self._notice_timer.start(seconds * 1000)

    def clear_notice(self) -> None:
        self._notice_timer.stop()
        self.view.notice.clear()

    def current_screen(self) -> QWidget | None:
        return self.view.stack.currentWidget()

    # --- actions ------------------------------------------------------------------------------------

    def new_citizen(self) -> None:
        """Forget everything about the current citizen and go back to the home screen."""
        for screen in self._personal_data_screens:
            screen.clear_personal_data()
        self.clear_notice()
        self.show_home()

    def cancel(self) -> None:
        """Abandon the current step. The confirmation screen is left only with Next citizen, so a code
        that was issued is not lost by a stray Escape before the slip is printed."""
        if not self.showing_confirmation():
            self.new_citizen()

    def switch_language(self, language: str) -> None:
        try:
            self._translations.switch(language)
        except ClerkError as error:
            self.show_error(error)

    def show_error(self, error: ClerkError) -> None:
        self._errors.show(error, self.view)

    def show_about(self) -> QMessageBox:
        """The program's name, version and mode (what a support call asks first); returns at once."""
        text = "\n".join(
            (
                translate("shell", "Digital keys counter (clerk_app)"),
                translate("shell", "Version {version}").format(version=app_version()),
                translate("shell", "Mode: {mode}").format(mode=self.view.mode_text()),
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("shell", "About this program"),
            text,
            QMessageBox.StandardButton.Ok,
            self.view,
        )
        box.setObjectName("about-box")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- reactions ----------------------------------------------------------------------------------

    def _language_changed(self, language: str) -> None:
        action = self.view.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    def _screen_changed(self) -> None:
        on_confirmation = self.showing_confirmation()
        self.view.print_action.setEnabled(on_confirmation and self.confirmation.has_code)
        self.view.cancel_action.setEnabled(not on_confirmation)
        # The history is not opened from the confirmation screen: its code would be lost.
        self.view.registrations_action.setEnabled(self.provides("registrations") and not on_confirmation)
        self.view.counts_action.setEnabled(self.provides("counts") and not on_confirmation)
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
        self.show_notice(
            translate("shell", "The screen was cleared because nobody used it for a while."), seconds=30
        )

    def _idle_countdown(self, seconds: int) -> None:
        if seconds < 0:
            self.clear_notice()
            return
        # self.tr, not translate(): pyside6-lupdate 6.11 extracts a plural form only from self.tr(..., n).
        self.show_notice(
            self.tr(
                "No activity: the citizen's data is cleared from the screen in %n second(s).", None, seconds
            )
        )
