"""Start the counter application: QApplication, fonts, translations, crash handler, sign-in, main window.

:func:`create_shell` is the UI's composition step: it builds the services the main window needs and passes
them in through constructors; given a registrar (the registration store) it also provides the shared
"check and register" step and the manual document path, given the store's ``registrations`` the
registrations view, and given its ``reports`` the counts per day, each built (and its modules imported)
when it is first used (:meth:`Shell.provide`). :func:`run_gui` opens the parts below the UI
(``clerk_app.app.open_counter``: keyring, store, card readers) while the sign-in dialog shows: a missing
keyring or a database key problem stops the start with one message before anything is half-created, and
the slow imports those parts need stay off the way to the first window. The card reader and the eID path
are attached right after the main window shows (:mod:`clerk_app.ui.counter`); everything is closed when
the window closes.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clerk_app.config import APP_NAME, Profile, Settings, load_settings
from clerk_app.errors import ClerkError
from clerk_app.ui import button_keys
from clerk_app.ui.controllers.shell import Shell
from clerk_app.ui.cycle_collector import CycleCollector
from clerk_app.ui.errors import CrashHandler, ErrorPresenter, describe
from clerk_app.ui.fonts import Fonts, load_fonts
from clerk_app.ui.i18n import Translations
from clerk_app.ui.idle import IdleClear
from clerk_app.ui.registrar import Registrar, Registrations, Reports
from clerk_app.ui.session import CounterSession
from clerk_app.ui.ui_state import UiState, remember_main_window, show_main_window
from clerk_app.ui.workers import Workers

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from clerk_app.app import CounterParts
    from clerk_app.ui.controllers.counts import AskReportPath
    from clerk_app.ui.controllers.sync_status import SyncStatusController
    from clerk_app.ui.counter import Counter
    from clerk_app.ui.printing import AskPdfPath, ChoosePrinter, SlipOutput

#: Point size of the application's text; the activation code is larger (see the shell).
TEXT_POINT_SIZE = 10.5
#: Point size of the machine-readable zone field (B612 Mono keeps 0/O and 1/I apart).
ZONE_POINT_SIZE = 11.0


def application() -> QApplication:
    """The process's QApplication, created on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Stad Gent")
    return app


@dataclass(frozen=True)
class UiServices:
    """What every screen shares for the whole run."""

    translations: Translations
    fonts: Fonts
    errors: ErrorPresenter
    workers: Workers
    collector: CycleCollector


def prepare_ui(app: QApplication, language: str) -> UiServices:
    """Bundled fonts and the UI language (raises ConfigError when a catalogue is missing)."""
    fonts = load_fonts()
    app.setFont(fonts.text_font(TEXT_POINT_SIZE))
    button_keys.install(app)
    translations = Translations(parent=app)
    translations.switch(language)
    collector = CycleCollector(app)
    collector.start()
    return UiServices(
        translations=translations,
        fonts=fonts,
        errors=ErrorPresenter(),
        workers=Workers(),
        collector=collector,
    )


def create_shell(
    app: QApplication,
    settings: Settings,
    session: CounterSession,
    services: UiServices,
    *,
    choose_printer: ChoosePrinter | None = None,
    ask_pdf_path: AskPdfPath | None = None,
    registrar: Registrar | None = None,
    registrations: Registrations | None = None,
    reports: Reports | None = None,
    ask_report_path: AskReportPath | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    now: Callable[[], dt.datetime] | None = None,
) -> Shell:
    """The main window's controller with its services; dialogs can be replaced for unattended runs.

    With a ``registrar`` the "Other document" path is enabled and ``shell.register_step`` is the step the
    card path hands its identity to. With ``registrations`` the Registration history menu opens
    ``shell.registrations`` (list, search, re-issue), and with ``reports`` as well ``shell.counts``.
    ``today`` is the registration day the eligibility rules use; ``now`` (timezone-aware) the moment
    statuses are shown at.
    """

    def output() -> SlipOutput:  # made with the confirmation screen, for its first code
        from clerk_app.ui.printing import SlipOutput, ask_pdf_path_with_dialog, choose_printer_with_dialog

        return SlipOutput(
            UiState.of(settings),
            services.workers,
            choose_printer=choose_printer or choose_printer_with_dialog,
            ask_pdf_path=ask_pdf_path or ask_pdf_path_with_dialog,
        )

    idle = IdleClear(app, settings.idle_clear_seconds)
    shell = Shell(session, settings, services.translations, services.fonts, services.errors, output, idle)
    # Each flow is built, and its modules imported, when it is first used (Shell.provide). The builders
    # get the shell as an argument and keep no reference to it: the shell keeps them, and a cycle through
    # Qt's parent-child links or connections is invisible to Python's garbage collector.
    if registrar is not None:

        def register_step(shell: Shell) -> QObject:
            from clerk_app.ui.controllers.register_step import RegisterStepController

            return RegisterStepController(shell, registrar, services.workers, services.errors, today)

        def manual_path(shell: Shell) -> QObject:
            from clerk_app.ui.controllers.manual_path import ManualPathController

            step = shell.register_step
            assert step is not None  # provided just above
            zone_font = services.fonts.code_font(ZONE_POINT_SIZE)
            zone_font.setBold(False)
            return ManualPathController(shell, step, zone_font, today)

        shell.provide("register_step", register_step)
        shell.provide("manual_path", manual_path)
        shell.set_paths_available(eid=False, other_document=True)
        shell.show_home()
    centre_names = {centre.id: centre.name for centre in settings.centres}
    if registrations is not None:
        clock = now if now is not None else _utc_now
        history = registrations

        def listing(shell: Shell) -> QObject:
            from clerk_app.ui.controllers.registrations import RegistrationsController

            return RegistrationsController(
                shell, history, services.workers, services.errors, centre_names, today, clock
            )

        shell.provide("registrations", listing)
    if registrations is not None and reports is not None:
        counted = reports
        report_dialog = {} if ask_report_path is None else {"ask_report_path": ask_report_path}
        training = settings.training

        def counts(shell: Shell) -> QObject:
            from clerk_app.ui.controllers.counts import CountsController

            return CountsController(
                shell,
                counted,
                services.workers,
                services.errors,
                centre_names,
                today,
                language=lambda: services.translations.language,
                training=training,
                **report_dialog,  # type: ignore[arg-type]
            )

        shell.provide("counts", counts)
    return shell


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _fatal(app: QApplication, error: ClerkError) -> int:
    """Tell the clerk why the application cannot start (stderr when there is no screen to show it on)."""
    text = describe(error)
    if app.platformName() in {"offscreen", "minimal"}:
        print(f"clerk-app: {text.title}: {text.message}", file=sys.stderr)  # noqa: T201 - no window to show it in
    else:
        QMessageBox.critical(None, text.title, text.message)
    return 1


def run_gui(training: bool, self_test: bool, language: str | None) -> int:
    """The ``clerk-app`` GUI: returns the process exit status."""
    if self_test:
        from clerk_app.ui.self_test import run_self_test

        return run_self_test(language)
    app = application()
    try:
        settings = load_settings(Profile.TRAINING if training else Profile.PRODUCTION)
        settings.paths.ensure()
        services = prepare_ui(app, language or settings.ui_language)
    except ClerkError as error:
        return _fatal(app, error)
    crash = CrashHandler(settings.paths.log_dir, parent_window=app.activeWindow)
    crash.install()
    parts: CounterParts | None = None
    counter: Counter | None = None
    sync: SyncStatusController | None = None
    try:
        from clerk_app.ui.controllers.sign_in import SignInController

        state = UiState.of(settings)
        sign_in = SignInController(settings, services.translations, services.errors, state)
        opened: list[CounterParts | ClerkError] = []

        def open_parts() -> None:
            from clerk_app.app import open_counter

            if opened:
                return
            try:
                opened.append(open_counter(settings))
            except ClerkError as error:
                opened.append(error)
                sign_in.view.reject()

        QTimer.singleShot(0, open_parts)
        session = sign_in.exec()
        if not opened:
            open_parts()  # the dialog closed before its event loop ran the timer
        if isinstance(opened[0], ClerkError):
            return _fatal(app, opened[0])
        parts = opened[0]
        if session is None:
            return 0
        shell = create_shell(
            app,
            settings,
            session,
            services,
            registrar=parts.store.registrations,
            registrations=parts.store.registrations,
            reports=parts.store.reports,
        )
        show_main_window(shell.view, state)

        def attach() -> None:
            from clerk_app.ui.controllers.sync_status import SyncStatusController
            from clerk_app.ui.counter import attach_counter

            nonlocal counter, sync
            assert parts is not None
            inbox = None
            if parts.settings.training:
                from clerk_app.training_central import TrainingInbox

                inbox = TrainingInbox.for_settings(parts.settings)
            counter = attach_counter(shell, parts.readers, parts.trust, services, inbox=inbox)
            sync = SyncStatusController(shell, parts, services.workers, services.translations)
            # Retention runs at every start, off the GUI thread: personal data past its period goes.
            services.workers.start(parts.store.retention.purge, lambda _report: None, shell.show_error)

        QTimer.singleShot(0, attach)
        status = app.exec()
        remember_main_window(shell.view, state)
        if counter is not None:  # stop the card events before the window they update goes
            counter.close()
            counter = None
        if sync is not None:  # stop sending before the store closes
            sync.close()
            sync = None
        shell.view.deleteLater()  # nothing of the window outlives the run
        return status
    finally:
        if counter is not None:
            counter.close()
        if sync is not None:
            sync.close()
        services.workers.wait()  # a registration still running finishes before the store closes
        if parts is not None:
            parts.close()
        services.translations.uninstall()
        crash.uninstall()
