"""The UI's composition step: the services every screen shares and the main window with its flows.

:func:`create_shell` builds the services the main window needs and passes them in through constructors;
given a registrar (the registration store) it also provides the shared "check and register" step and the
manual document path, given the store's ``registrations`` the registrations view, and given its
``reports`` the counts per day, each built (and its modules imported) when it is first used
(:meth:`Shell.provide`). It returns a :class:`CounterShell`, which has those flows by type: the shell
itself knows them by name only, so neither it nor the controllers import each other back.

Apart from ``ui/main.py`` (which starts the application) so that the card path (``ui/card_path.py``) and
the self-test (``ui/self_test.py``), which both need these services, import this module and not the
entry point that imports them.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from clerk_app.config import APP_NAME, Settings
from clerk_app.ui import button_keys
from clerk_app.ui.cycle_collector import CycleCollector
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.fonts import Fonts, load_fonts
from clerk_app.ui.i18n import Translations
from clerk_app.ui.idle import IdleClear
from clerk_app.ui.registrar import Registrar, Registrations, Reports
from clerk_app.ui.session import CounterSession
from clerk_app.ui.shell import Shell
from clerk_app.ui.ui_state import UiState
from clerk_app.ui.workers import Workers

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from clerk_app.ui.controllers.counts import AskReportPath, CountsController
    from clerk_app.ui.controllers.manual_path import ManualPathController
    from clerk_app.ui.controllers.register_step import RegisterStepController
    from clerk_app.ui.controllers.registrations import RegistrationsController
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


class CounterShell(Shell):
    """The shell with the flows :func:`create_shell` provides, by their types (None when not provided);
    each is built the first time it is asked for."""

    @property
    def register_step(self) -> RegisterStepController | None:
        """The shared "check and register" step (None without a registrar)."""
        step: RegisterStepController | None = self.flow("register_step")
        return step

    @property
    def manual_path(self) -> ManualPathController | None:
        manual: ManualPathController | None = self.flow("manual_path")
        return manual

    @property
    def registrations(self) -> RegistrationsController | None:
        """The registrations list and re-issue (None without the store)."""
        listing: RegistrationsController | None = self.flow("registrations")
        return listing

    @property
    def counts(self) -> CountsController | None:
        counts: CountsController | None = self.flow("counts")
        return counts


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
) -> CounterShell:
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
    shell = CounterShell(
        session, settings, services.translations, services.fonts, services.errors, output, idle
    )
    # Each flow is built, and its modules imported, when it is first used (Shell.provide). The builders
    # get the shell as an argument and keep no reference to it: the shell keeps them, and a cycle through
    # Qt's parent-child links or connections is invisible to Python's garbage collector.
    if registrar is not None:

        def register_step(shell: Shell) -> QObject:
            from clerk_app.ui.controllers.register_step import RegisterStepController

            return RegisterStepController(shell, registrar, services.workers, services.errors, today)

        def manual_path(shell: Shell) -> QObject:
            from clerk_app.ui.controllers.manual_path import ManualPathController

            assert isinstance(shell, CounterShell)  # the shell made just above
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
