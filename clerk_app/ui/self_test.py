"""``clerk-app --self-test``: start offscreen in training mode with a throwaway data folder and check that
each part works, ending with exit status 0 only if every step passed.

The parts are the real ones the counter runs on (:func:`clerk_app.app.open_counter`, the OS keyring
included): a training card is put into the in-process training reader through the training panel and read
by the eID path exactly as at the counter. A step that needs a part not wired into the UI yet reports "not
connected yet" and fails the run; the self-test never pretends a step worked.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clerk_app.config import Profile, load_settings
from clerk_app.domain.activation import generate_code
from clerk_app.domain.registration import Clerk, Language, expiry_for
from clerk_app.errors import ClerkError

PDF_MAGIC = b"%PDF-"
#: How long the card read may take before the step fails.
READ_TIMEOUT_MS = 15_000


class NotConnectedYet(Exception):
    """The step needs a part of the application that is not wired into the UI yet."""


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    note: str


def run_self_test(language: str | None, out: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from clerk_app.app import CounterParts, open_counter
    from clerk_app.ui.controllers.eid_path import Phase
    from clerk_app.ui.controllers.shell import Shell
    from clerk_app.ui.counter import Counter, attach_counter
    from clerk_app.ui.main import application, create_shell, prepare_ui
    from clerk_app.ui.session import CounterSession
    from clerk_app.ui.slip import SlipContent, SlipFormat, write_pdf

    app = application()
    with tempfile.TemporaryDirectory(prefix="clerk-self-test-") as scratch:
        home = Path(scratch)
        settings = load_settings(Profile.TRAINING, home)
        settings.paths.ensure()
        services = prepare_ui(app, language or settings.ui_language)
        session = CounterSession(Clerk("Self-test", "SELFTEST"), settings.centres[0], training=True)

        running: dict[str, Shell | CounterParts | Counter] = {}

        def start_window() -> str:
            shell = create_shell(app, settings, session, services)
            shell.view.show()
            app.processEvents()
            if not shell.view.isVisible() or not shell.view.banner.isVisible():
                raise RuntimeError("the main window or its training banner is not showing")
            running["shell"] = shell
            return "main window shown with the training banner"

        def switch_languages() -> str:
            headings = {}
            for code in ("fr", "en", "nl"):
                services.translations.switch(code)
                headings[code] = app.translate("HomeView", "New citizen")
            if len(set(headings.values())) != 3:
                raise RuntimeError("the UI languages do not differ")
            services.translations.switch(language or settings.ui_language)
            return "nl, fr and en catalogues load"

        def read_card() -> str:
            shell = running.get("shell")
            if not isinstance(shell, Shell):
                raise RuntimeError("no main window to read into")
            parts = running["parts"] = open_counter(settings)
            counter = running["counter"] = attach_counter(shell, parts.readers, parts.trust, services)
            if counter.training_panel is None:
                raise RuntimeError("training mode has no training panel")
            eid = counter.eid
            loop = QEventLoop()
            eid.read_finished.connect(loop.quit)
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            timer.start(READ_TIMEOUT_MS)
            counter.training_panel.insert("adult")
            if eid.phase is not Phase.READ:
                loop.exec()
            result = eid.result
            if eid.phase is not Phase.READ or result is None:
                raise RuntimeError("the training card was not read in time")
            if not result.authenticity.authentic:
                raise RuntimeError(f"the training card is {result.authenticity.verdict.value}")
            if any(reason.blocking for reason in eid.eligibility()):
                raise RuntimeError("the adult training card is not eligible")
            return (
                f"adult training card read through the eID path (applet {result.applet_version}, "
                f"{result.apdu_count} commands, authentic)"
            )

        def register() -> str:
            raise NotConnectedYet("the registration store is not connected to the UI yet")

        def slip_to_pdf() -> str:
            now = dt.datetime.now().astimezone()
            content = SlipContent(
                code=generate_code(),
                expires_at=expiry_for(now),
                issued_on=now.date(),
                centre_name=session.centre.name,
                language=Language.NL,
                training=True,
            )
            path = home / "slip.pdf"
            write_pdf(path, content, SlipFormat.RECEIPT_80MM)
            with path.open("rb") as pdf:
                if pdf.read(len(PDF_MAGIC)) != PDF_MAGIC:
                    raise RuntimeError("the slip file is not a PDF")
            return f"training slip written ({path.stat().st_size} bytes)"

        steps = [
            ("start the main window", start_window),
            ("switch languages", switch_languages),
            ("read a training card", read_card),
            ("register", register),
            ("render the slip to PDF", slip_to_pdf),
        ]
        results = []
        for name, step in steps:
            try:
                results.append(StepResult(name, True, step()))
            except NotConnectedYet as missing:
                results.append(StepResult(name, False, f"not connected yet: {missing}"))
            except ClerkError as error:
                results.append(StepResult(name, False, f"failed: {error.code}: {error.render()}"))
            except Exception as exc:  # a failed step is reported, the next one still runs
                results.append(StepResult(name, False, f"failed: {type(exc).__name__}"))
        app.processEvents()
        counter = running.get("counter")
        if isinstance(counter, Counter):
            counter.close()
        services.workers.wait()
        parts = running.get("parts")
        if isinstance(parts, CounterParts):
            parts.close()
        shell = running.get("shell")
        if isinstance(shell, Shell):
            shell.view.close()
        services.translations.uninstall()
    for result in results:
        out(f"self-test: {result.name}: {'ok' if result.ok else 'NOT OK'} ({result.note})")
    passed = all(result.ok for result in results)
    out(f"self-test: {'passed' if passed else 'not passed'}")
    return 0 if passed else 1
