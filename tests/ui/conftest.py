"""Fixtures for the PySide6 UI tests: real fonts, real compiled catalogues, a real shell.

Personal data in these tests is made up. Assertions about it compare into a boolean first, so a failure
never prints a name, number, e-mail address or activation code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.config import Profile, Settings
from clerk_app.domain.registration import Clerk
from clerk_app.secrets import KEY_ENTRY
from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices, create_shell, prepare_ui
from clerk_app.ui.counts_report import ReportFormat
from clerk_app.ui.registrar import Registrar, Registrations, Reports
from clerk_app.ui.resources import CATALOGUE_LANGUAGES, catalogue_name, translations_dir
from clerk_app.ui.session import CounterSession
from clerk_app.ui.shell import Shell
from clerk_app.ui.workers import Workers
from tests.support.inline_pool import InlinePool
from tests.support.registration_flow import open_real_store, store_settings
from tests.support.ui_citizens import Citizen, make_citizen, make_settings, pdf_chooser


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """The UI needs the .qm files that scripts/setup builds; say so instead of testing English."""
    missing = [
        name
        for language in CATALOGUE_LANGUAGES
        if not (translations_dir() / (name := f"{catalogue_name(language)}.qm")).is_file()
    ]
    if missing:
        pytest.fail(f"compiled translations missing in {translations_dir()}: {missing}; run scripts/setup")


@pytest.fixture
def ui(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[UiServices]:
    """Fonts and a Dutch UI, as the application starts by default. Under ``@pytest.mark.inline_workers``
    the background jobs run at once on the GUI thread (tests/support/inline_pool.py)."""
    services = prepare_ui(qapp, "nl")
    if request.node.get_closest_marker("inline_workers") is not None:
        services = dataclasses.replace(services, workers=Workers(InlinePool()))
    yield services
    services.workers.wait()
    services.translations.uninstall()
    services.collector.stop()
    services.collector.deleteLater()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def real_store(tmp_path: Path) -> Iterator[Store]:
    """A real encrypted registration store in a temporary profile, its key in the test keyring."""
    store, secrets = open_real_store(store_settings(tmp_path / "store"))
    yield store
    store.close()
    secrets.delete(KEY_ENTRY)


@pytest.fixture
def citizen(settings: Settings) -> Citizen:
    return make_citizen(settings.centres[0].id)


@pytest.fixture
def make_shell(qapp: QApplication, qtbot: QtBot, ui: UiServices, tmp_path: Path) -> Callable[..., Shell]:
    """A real shell (main window, screens, idle clearing, slip output) with dialogs replaced by choices."""

    def build(
        settings: Settings | None = None,
        *,
        training: bool = False,
        choose_printer: Callable[[QPrinter, QWidget], bool] | None = None,
        ask_pdf_path: Callable[[QWidget, Path], Path | None] | None = None,
        registrar: Registrar | None = None,
        registrations: Registrations | None = None,
        reports: Reports | None = None,
        ask_report_path: Callable[[QWidget, Path, ReportFormat], Path | None] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] | None = None,
    ) -> Shell:
        profile = Profile.TRAINING if training else Profile.PRODUCTION
        chosen = settings if settings is not None else make_settings(tmp_path / "home", profile)
        session = CounterSession(Clerk("Jan Peeters", "G54321"), chosen.centres[0], training=chosen.training)
        shell = create_shell(
            qapp,
            chosen,
            session,
            ui,
            choose_printer=choose_printer or pdf_chooser(tmp_path / "printed.pdf"),
            ask_pdf_path=ask_pdf_path or (lambda _parent, suggested: tmp_path / suggested.name),
            registrar=registrar,
            registrations=registrations,
            reports=reports,
            ask_report_path=ask_report_path,
            today=today,
            now=now,
        )
        qtbot.addWidget(shell.view)
        shell.view.show()
        shell.view.activateWindow()
        qtbot.waitUntil(shell.view.isActiveWindow)
        return shell

    return build
