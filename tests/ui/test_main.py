"""Starting the application: the GUI entry end to end, a broken configuration, the self-test."""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from keyring.backends.null import Keyring as NullKeyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from activation_code import ACTIVATION_PERIOD
from clerk_app.app import open_counter
from clerk_app.config import HOME_ENV, Profile, Settings, load_settings
from clerk_app.domain.delivery import Accepted
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.secrets import KEY_ENTRY, SecretStore
from clerk_app.storage import Store
from clerk_app.storage.retention import PurgeReport, Retention
from clerk_app.ui.main import run_gui
from clerk_app.ui.self_test import run_self_test
from clerk_app.ui.views.main_window_view import MainWindowView
from clerk_app.ui.views.sign_in_view import SignInView
from tests.support.store_builders import request

W = TypeVar("W")


def _top_level(kind: type) -> object | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def _when_shown(kind: type[W], then: Callable[[W], None]) -> None:
    """Call ``then`` with the top-level ``kind`` once it shows. run_gui runs its own event loops and returns
    only when the app ends, so the test acts from inside them: a timer looks again every 50 ms."""
    window = _top_level(kind)
    if window is None:
        QTimer.singleShot(50, lambda: _when_shown(kind, then))
        return
    assert isinstance(window, kind)
    then(window)


def _sign_in(dialog: SignInView, then: Callable[[MainWindowView], None]) -> None:
    """Sign in as An Janssens, then ``then`` the main window once it shows."""
    dialog.name_edit.setText("An Janssens")
    dialog.staff_edit.setText("G12345")
    dialog.sign_in_button.click()
    _when_shown(MainWindowView, then)


def _start_signed_in(then: Callable[[MainWindowView], None]) -> None:
    """Once run_gui starts: sign in, then ``then`` the main window (which must close it)."""
    QTimer.singleShot(0, lambda: _when_shown(SignInView, lambda dialog: _sign_in(dialog, then)))


def test_run_gui_signs_in_and_shows_the_main_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    seen: dict[str, object] = {}

    def sign_in(dialog: SignInView) -> None:
        seen["banner"] = dialog.banner.isVisible()
        seen["sign-in title"] = dialog.windowTitle()
        _sign_in(dialog, close_main)

    def close_main(window: MainWindowView) -> None:
        seen["title"] = window.windowTitle()
        seen["banner in window"] = window.banner.isVisible()
        window.close()

    QTimer.singleShot(0, lambda: _when_shown(SignInView, sign_in))
    status = run_gui(training=True, self_test=False, language="fr", open_counter=open_counter)
    assert status == 0
    assert seen["sign-in title"] == "Connexion – guichet clés numériques"
    assert seen["banner"] is True
    assert seen["banner in window"] is True
    assert "An Janssens (G12345)" in str(seen["title"])
    assert "Formation" in str(seen["title"])
    assert (tmp_path / "training" / "logs").is_dir()


def test_a_broken_settings_file_stops_the_start_with_a_clear_message(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    settings_file = tmp_path / "production" / "config" / "settings.toml"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("idle_clear_seconds = [oops", encoding="utf-8")
    assert run_gui(training=False, self_test=False, language="nl", open_counter=open_counter) == 1
    message = capsys.readouterr().err
    assert "Configuration problem" in message
    assert "settings.toml is not valid TOML" in message


def test_self_test_registers_a_training_card_and_leaves_nothing_behind(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    services_seen: list[str] = []
    original = SecretStore.__init__

    def recording_init(store: SecretStore, service: str, *args: object, **kwargs: object) -> None:
        services_seen.append(service)
        original(store, service, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SecretStore, "__init__", recording_init)
    homes: list[str] = []
    monkeypatch.setattr("clerk_app.ui.self_test.load_settings", _recording_load_settings(homes))
    lines: list[str] = []
    status = run_self_test("nl", open_counter, out=lines.append)
    assert [line.split(":")[1].strip() for line in lines[:-1]] == [
        "find the bundled resources and plugins",
        "open the store and the card readers",
        "start the main window",
        "switch languages",
        "read a training card",
        "register",
        "render the slip to PDF",
        "start the training central service",
    ]
    assert all(": ok (" in line for line in lines[:-1]), [line.split(" (")[0] for line in lines]
    assert "4 Belgium root certificates match their pins" in lines[0]
    assert "Qt's own catalogues nl, fr, de; a JPEG card photo decodes (140×200)" in lines[0]
    assert "adult training card read through the eID path" in lines[4]
    assert "the code on screen matches the stored hash" in lines[5]
    assert "with the code and the expiry date" in lines[6]
    assert "its database migrated, it answered on loopback" in lines[7]
    assert lines[-1] == "self-test: passed"
    assert status == 0
    assert not any(re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", line) for line in lines), "a code"
    # Its own keyring service, emptied afterwards; its own data folder, deleted afterwards.
    assert len(services_seen) == 1 and services_seen[0].startswith("clerk-app-self-test/")
    assert SecretStore(services_seen[0]).get(KEY_ENTRY) is None
    assert len(homes) == 1 and not Path(homes[0]).exists()
    assert os.environ.get(HOME_ENV) != homes[0]


def _recording_load_settings(homes: list[str]) -> Callable[..., Settings]:
    def load(profile: Profile, home: Path | None = None) -> Settings:
        homes.append(os.environ[HOME_ENV])
        return load_settings(profile, home)

    return load


def test_self_test_fails_when_a_step_fails_and_still_runs_the_others(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No keyring: the store cannot open, so registering cannot happen, and the run does not pass."""
    monkeypatch.setattr("keyring.get_keyring", NullKeyring)
    lines: list[str] = []
    assert run_self_test("nl", open_counter, out=lines.append) == 1
    assert lines[1].startswith("self-test: open the store and the card readers: NOT OK (failed: SecretStore")
    assert lines[3].startswith("self-test: switch languages: ok")
    assert lines[5].startswith("self-test: register: NOT OK (failed: needs the main window")
    assert lines[-1] == "self-test: not passed"


def test_self_test_names_a_catalogue_the_app_would_silently_do_without(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without Qt's own catalogue the app still runs, its dialogs in English: the self-test must say so."""
    monkeypatch.setattr("clerk_app.ui.self_test_resources.load_qt_catalogue", lambda language: None)
    lines: list[str] = []
    assert run_self_test("nl", open_counter, out=lines.append) == 1
    assert lines[0].startswith("self-test: find the bundled resources and plugins: NOT OK (failed: Qt")
    assert "own nl catalogue" in lines[0]
    assert "(qtbase_nl.qm) is not in " in lines[0]
    assert lines[1].startswith("self-test: open the store and the card readers: ok")


def test_run_gui_opens_the_store_and_closes_it_at_the_end(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The composition root opens the profile's real store (its key in the session's keyring)."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    seen: dict[str, object] = {}
    closed: list[str] = []
    original_close = Store.close

    def recording_close(store: Store) -> None:
        closed.append("store")
        original_close(store)

    monkeypatch.setattr(Store, "close", recording_close)

    def close_main(window: MainWindowView) -> None:
        other = window.findChild(QPushButton, "other-document-path")
        seen["other document"] = other is not None and other.isEnabled()
        seen["still open"] = closed == []
        window.close()

    _start_signed_in(close_main)
    assert run_gui(training=True, self_test=False, language="nl", open_counter=open_counter) == 0
    assert seen == {"other document": True, "still open": True}
    assert closed == ["store"]
    assert (tmp_path / "training" / "data" / "registrations.db").is_file()


def test_a_refused_keyring_stops_the_start_with_its_message(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    monkeypatch.setattr("keyring.get_keyring", NullKeyring)
    assert run_gui(training=False, self_test=False, language="nl", open_counter=open_counter) == 1
    assert "Geen beveiligde sleutelopslag" in capsys.readouterr().err
    assert _top_level(SignInView) is None
    assert not (tmp_path / "production" / "data" / "registrations.db").exists()


def test_the_start_erases_personal_data_past_its_retention_period(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    settings = load_settings(Profile.TRAINING)
    settings.paths.ensure()
    # Retention counts from the final status: an accepted code that was never used is final when it expires.
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=settings.retention_days + 10) - ACTIVATION_PERIOD
    with Store.open(settings, SecretStore(settings.keyring_service)) as store:
        old = store.registrations.register(request(1), long_ago).registration.id
        recent = store.registrations.register(request(2)).registration.id
        for item in store.outbox.due(dt.datetime.now(dt.UTC), 10):
            accepted_at = long_ago if item.registration.id == old else dt.datetime.now(dt.UTC)
            store.outbox.record([Accepted(item.id, RegistrationStatus.ACCEPTED)], accepted_at)

    purged = threading.Event()
    purge = Retention.purge

    def recording_purge(retention: Retention, *args: Any, **kwargs: Any) -> PurgeReport:
        try:
            return purge(retention, *args, **kwargs)
        finally:
            purged.set()

    monkeypatch.setattr(Retention, "purge", recording_purge)

    def close_once_purged(window: MainWindowView) -> None:
        if not purged.is_set():  # the start's purge runs on a worker thread
            QTimer.singleShot(50, lambda: close_once_purged(window))
            return
        window.close()

    _start_signed_in(close_once_purged)
    assert run_gui(training=True, self_test=False, language="nl", open_counter=open_counter) == 0
    with Store.open(settings, SecretStore(settings.keyring_service)) as store:
        assert store.registrations.get(old).identity is None
        assert store.registrations.get(recent).identity is not None
