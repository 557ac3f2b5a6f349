"""Start the counter application: QApplication, fonts, translations, crash handler, sign-in, main window.

The services and the main window are composed in :mod:`clerk_app.ui.composition`. :func:`run_gui` opens the
parts below the UI with the ``open_counter`` the entry point hands it (``clerk_app.app.open_counter``:
keyring, store, card readers; the UI never imports the composition root) while the sign-in dialog shows: a
missing keyring or a database key problem stops the start with one message before anything is half-created,
and the slow imports those parts need stay off the way to the first window. The card reader and the eID path
are attached right after the main window shows (:mod:`clerk_app.ui.card_path`); everything is closed when
the window closes.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clerk_app.config import Profile, load_settings
from clerk_app.errors import ClerkError
from clerk_app.ui.composition import application, create_shell, prepare_ui
from clerk_app.ui.errors import CrashHandler, describe
from clerk_app.ui.ui_state import UiState, remember_main_window, show_main_window

if TYPE_CHECKING:
    from clerk_app.ui.card_path import CardPath
    from clerk_app.ui.controllers.sync_status import SyncStatusController
    from clerk_app.ui.parts import CounterParts, OpenCounter


def _fatal(app: QApplication, error: ClerkError) -> int:
    """Tell the clerk why the application cannot start (stderr when there is no screen to show it on)."""
    text = describe(error)
    if app.platformName() in {"offscreen", "minimal"}:
        print(f"clerk-app: {text.title}: {text.message}", file=sys.stderr)  # noqa: T201 - no window to show it in
    else:
        QMessageBox.critical(None, text.title, text.message)
    return 1


def run_gui(training: bool, self_test: bool, language: str | None, *, open_counter: OpenCounter) -> int:
    """The ``clerk-app`` GUI: returns the process exit status. ``open_counter`` opens the parts below the UI
    (``clerk_app.app.open_counter``, from the entry point)."""
    if self_test:
        from clerk_app.ui.self_test import run_self_test

        return run_self_test(language, open_counter)
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
    card_path: CardPath | None = None
    sync: SyncStatusController | None = None
    try:
        from clerk_app.ui.controllers.sign_in import SignInController

        state = UiState.of(settings)
        sign_in = SignInController(settings, services.translations, services.errors, state)
        opened: list[CounterParts | ClerkError] = []

        def open_parts() -> None:
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
            from clerk_app.ui.card_path import attach_card_path
            from clerk_app.ui.controllers.sync_status import SyncStatusController

            nonlocal card_path, sync
            assert parts is not None
            inbox = None
            if parts.settings.training:
                from clerk_app.training_central import TrainingInbox

                inbox = TrainingInbox.for_settings(parts.settings)
            card_path = attach_card_path(shell, parts.readers, parts.trust, services, inbox=inbox)
            sync = SyncStatusController(
                shell,
                parts.start_sync,
                services.workers,
                services.translations,
                training=parts.settings.training,
            )
            # Retention runs at every start, off the GUI thread: personal data past its period goes.
            services.workers.start(parts.store.retention.purge, lambda _report: None, shell.show_error)

        QTimer.singleShot(0, attach)
        status = app.exec()
        remember_main_window(shell.view, state)
        if card_path is not None:  # stop the card events before the window they update goes
            card_path.close()
            card_path = None
        if sync is not None:  # stop sending before the store closes
            sync.close()
            sync = None
        shell.view.deleteLater()  # nothing of the window outlives the run
        return status
    finally:
        if card_path is not None:
            card_path.close()
        if sync is not None:
            sync.close()
        services.workers.wait()  # a registration still running finishes before the store closes
        if parts is not None:
            parts.close()
        services.translations.uninstall()
        crash.uninstall()
