"""``clerk-app --self-test``: start offscreen in training mode with a throwaway data folder and check that
each part works, ending with exit status 0 only if every step passed.

The parts are the real ones the counter runs on (``clerk_app.app.open_counter``, handed in by the entry
point; the OS keyring included), with the database key under a keyring service of its own that is deleted at
the end. A training card is put into the in-process training reader through the training panel, read by the
eID path and registered through the same flow the clerk uses: the eID path hands the citizen to the register
step, the step's inputs are filled and Register is pressed, the real store commits on a worker thread, and
the confirmation screen saves the slip as a PDF through its own output. Going through the screens rather
than calling the store directly is the point: it checks the wiring a clerk depends on, not only the store.
The first step uses every file and Qt plugin the app opens by name (fonts, catalogues, image and print
plugins) and the last one starts training's embedded central service (its own migrations, the web server,
the mailbox), so the self-test of an installed bundle also proves that nothing was left out of it.

Nothing personal is printed: the activation code is compared, never shown.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from activation_code import is_well_formed, verify_code
from clerk_app.config import APP_NAME, HOME_ENV, Profile, Settings, load_settings
from clerk_app.domain.registration import Clerk, Registration, RegistrationStatus
from clerk_app.errors import ClerkError
from clerk_app.secrets import KEY_ENTRY, SecretStore
from clerk_app.ui.card_path import CardPath, attach_card_path
from clerk_app.ui.composition import CounterShell, UiServices, application, create_shell, prepare_ui
from clerk_app.ui.controllers.eid_path import Phase
from clerk_app.ui.dates import counter_time
from clerk_app.ui.i18n import locale_for
from clerk_app.ui.parts import CounterParts, OpenCounter
from clerk_app.ui.self_test_resources import MissingResource, check_resources
from clerk_app.ui.session import CounterSession

PDF_MAGIC = b"%PDF-"
#: How long the card read, the registration or the PDF may take before its step fails.
STEP_TIMEOUT_MS = 15_000
#: A made-up address: sync stays off in the self-test, so nothing is ever sent to it.
SELF_TEST_EMAIL = "self-test@example.org"

T = TypeVar("T")


class StepFailed(Exception):
    """A step's check did not hold; the message says which, never with personal data."""


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    note: str


def wait_for(condition: Callable[[], bool], what: str, timeout_ms: int = STEP_TIMEOUT_MS) -> None:
    """Run the event loop until ``condition`` holds; :class:`StepFailed` naming ``what`` after the timeout."""
    if condition():
        return
    loop = QEventLoop()
    poll, deadline = QTimer(), QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(timeout_ms)
    loop.exec()
    poll.stop()
    deadline.stop()
    if not condition():
        raise StepFailed(f"{what} did not happen within {timeout_ms // 1000} s")


def pdf_text(path: Path) -> str:
    """The text of a PDF, whitespace squashed to single spaces."""
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


@contextmanager
def throwaway_home() -> Iterator[Path]:
    """``CLERK_APP_HOME`` in a temporary folder for the duration, so every profile path lands there."""
    previous = os.environ.get(HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="clerk-self-test-") as scratch:
        os.environ[HOME_ENV] = scratch
        try:
            yield Path(scratch)
        finally:
            if previous is None:
                os.environ.pop(HOME_ENV, None)
            else:
                os.environ[HOME_ENV] = previous


class SelfTest:
    """The steps, in order; each one needs what the ones before it made."""

    def __init__(
        self,
        app: QApplication,
        services: UiServices,
        settings: Settings,
        scratch: Path,
        open_counter: OpenCounter,
    ) -> None:
        self._app = app
        self._open_counter = open_counter
        self._services = services
        self._settings = settings
        self._pdf_path = scratch / "slip.pdf"
        self._session = CounterSession(Clerk("Self-test", "SELFTEST"), settings.centres[0], training=True)
        self._secrets: SecretStore | None = None
        self._parts: CounterParts | None = None
        self._shell: CounterShell | None = None
        self._card_path: CardPath | None = None
        self._code: str | None = None
        self._registration: Registration | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("find the bundled resources and plugins", self.find_resources),
            ("open the store and the card readers", self.open_parts),
            ("start the main window", self.start_window),
            ("switch languages", self.switch_languages),
            ("read a training card", self.read_card),
            ("register", self.register),
            ("render the slip to PDF", self.slip_to_pdf),
            ("start the training central service", self.start_training_central),
        ]

    def find_resources(self) -> str:
        return check_resources(self._app, self._services.fonts)

    def open_parts(self) -> str:
        self._secrets = SecretStore(f"{APP_NAME}-self-test/{uuid.uuid4()}")
        self._parts = self._open_counter(self._settings, self._secrets)
        backend = self._secrets.backend_name
        return f"training store created in a throwaway folder, its key in the OS keyring ({backend})"

    def start_window(self) -> str:
        parts = _needs(self._parts, "the store")
        shell = create_shell(
            self._app,
            self._settings,
            self._session,
            self._services,
            ask_pdf_path=lambda _parent, _suggested: self._pdf_path,
            registrar=parts.store.registrations,
        )
        self._shell = shell
        shell.view.show()
        self._card_path = attach_card_path(shell, parts.readers, parts.trust, self._services)
        self._app.processEvents()
        if not shell.view.isVisible() or not shell.view.banner.isVisible():
            raise StepFailed("the main window or its training banner is not showing")
        if self._card_path.training_panel is None:
            raise StepFailed("training mode has no training panel")
        return "main window shown with the training banner and the training panel"

    def switch_languages(self) -> str:
        translations = self._services.translations
        start = translations.language
        headings = {}
        for code in ("fr", "en", "nl"):
            translations.switch(code)
            headings[code] = self._app.translate("HomeView", "New citizen")
        translations.switch(start)
        if len(set(headings.values())) != 3:
            raise StepFailed("the UI languages do not differ")
        return "nl, fr and en catalogues load"

    def read_card(self) -> str:
        shell, card_path = _needs(self._shell, "the main window"), _needs(self._card_path, "the card readers")
        panel, eid, step = card_path.training_panel, card_path.eid, shell.register_step
        assert panel is not None and step is not None  # start_window checked both
        panel.insert("adult")
        wait_for(lambda: eid.phase is Phase.READ, "reading the training card")
        result = eid.result
        assert result is not None
        if not result.authenticity.authentic:
            raise StepFailed(f"the training card is {result.authenticity.verdict.value}")
        if shell.current_screen() is not step.view:
            raise StepFailed("the eID path did not hand the card to the register step")
        if not step.view.register_button.isEnabled():
            raise StepFailed("the register step refuses the adult training card")
        return (
            f"adult training card read through the eID path (applet {result.applet_version}, "
            f"{result.apdu_count} commands, authentic) and handed to the register step"
        )

    def register(self) -> str:
        shell, parts = _needs(self._shell, "the main window"), _needs(self._parts, "the store")
        step = shell.register_step
        assert step is not None
        if shell.current_screen() is not step.view:
            raise StepFailed("needs the card on the register step")
        view = step.view
        view.inputs.presence_check.setChecked(True)
        view.inputs.email_edit.setText(SELF_TEST_EMAIL)
        view.inputs.email_again_edit.setText(SELF_TEST_EMAIL)
        view.register_button.click()
        if not step.busy and shell.current_screen() is step.view:
            raise StepFailed("the register step did not accept the inputs")
        wait_for(lambda: shell.current_screen() is shell.confirmation.view, "the confirmation screen")
        shown = shell.confirmation.view.code_label.text().replace(" – ", "-")
        if not is_well_formed(shown):
            raise StepFailed("the confirmation screen shows no activation code")
        stored = parts.store.registrations.search(limit=10)
        if len(stored) != 1 or stored[0].status is not RegistrationStatus.ISSUED:
            raise StepFailed(f"the store holds {len(stored)} registrations instead of one issued")
        if not verify_code(stored[0].code_hash, shown):
            raise StepFailed("the code on screen is not the one whose hash the store keeps")
        report = parts.store.integrity.verify()
        if not report.ok:
            raise StepFailed(f"the store's own check failed: {'; '.join(report.problems)}")
        self._code, self._registration = shown, stored[0]
        return (
            "registered through the register step into the real store: the code on screen matches the "
            "stored hash, and the store and its audit chain verify"
        )

    def slip_to_pdf(self) -> str:
        shell = _needs(self._shell, "the main window")
        code = _needs(self._code, "a registration")
        registration = _needs(self._registration, "a registration")
        confirmation = shell.confirmation
        confirmation.save_pdf()
        wait_for(lambda: confirmation.view.status_label.text() != "", "saving the slip as PDF")
        if not self._pdf_path.is_file():
            raise StepFailed("the slip was not saved")
        with self._pdf_path.open("rb") as pdf:
            if pdf.read(len(PDF_MAGIC)) != PDF_MAGIC:
                raise StepFailed("the slip file is not a PDF")
        expires = counter_time(registration.expires_at).date()
        locale = locale_for(registration.language.value)
        day = QDate(expires.year, expires.month, expires.day)
        expiry = locale.toString(day, locale.FormatType.LongFormat)  # as the slip writes it
        text = pdf_text(self._pdf_path)
        if code not in text:
            raise StepFailed("the slip's PDF does not hold the activation code")
        if expiry not in text:
            raise StepFailed("the slip's PDF does not hold the expiry date")
        size = self._pdf_path.stat().st_size
        return (
            f"slip saved from the confirmation screen as PDF ({size} bytes), "
            "with the code and the expiry date"
        )

    def start_training_central(self) -> str:
        """Migrate, serve and stop the service that training mode syncs with, in the throwaway folder."""
        import httpx

        from clerk_app.training_central import start_training_central

        with start_training_central(self._settings) as central:
            answer = httpx.get(f"{central.url}/v1/health", timeout=STEP_TIMEOUT_MS / 1000)
            if answer.status_code != 200:
                raise StepFailed(f"the training central service answers {answer.status_code} to /v1/health")
        return "its database migrated, it answered on loopback and stopped"

    def close(self) -> None:
        """Stop the card events, let running jobs finish, close the store, drop the throwaway key."""
        self._app.processEvents()
        if self._card_path is not None:
            self._card_path.close()
        self._services.workers.wait()
        if self._parts is not None:
            self._parts.close()
        if self._secrets is not None:
            self._secrets.delete(KEY_ENTRY)
        if self._shell is not None:
            self._shell.view.close()
            self._shell.view.deleteLater()


def _needs(value: T | None, what: str) -> T:
    if value is None:
        raise StepFailed(f"needs {what} from an earlier step")
    return value


def run_self_test(language: str | None, open_counter: OpenCounter, out: Callable[[str], None] = print) -> int:
    """Run every step and print one line each; ``open_counter`` is ``clerk_app.app.open_counter`` (from the
    entry point). Returns the exit status: 0 only if every step passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    results: list[StepResult] = []
    with throwaway_home() as scratch:
        settings = load_settings(Profile.TRAINING)
        settings.paths.ensure()
        services = prepare_ui(app, language or settings.ui_language)
        test = SelfTest(app, services, settings, scratch, open_counter)
        try:
            for name, step in test.steps():
                try:
                    results.append(StepResult(name, True, step()))
                except (StepFailed, MissingResource) as failed:
                    results.append(StepResult(name, False, f"failed: {failed}"))
                except ClerkError as error:
                    results.append(StepResult(name, False, f"failed: {error.code}: {error.render()}"))
                except Exception as exc:  # a failed step is reported, the next one still runs
                    results.append(StepResult(name, False, f"failed: {type(exc).__name__}"))
        finally:
            test.close()
            services.translations.uninstall()
    for result in results:
        out(f"self-test: {result.name}: {'ok' if result.ok else 'NOT OK'} ({result.note})")
    passed = all(result.ok for result in results)
    out(f"self-test: {'passed' if passed else 'not passed'}")
    return 0 if passed else 1
