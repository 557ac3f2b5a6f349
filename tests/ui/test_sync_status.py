"""The sync status in the main window, with the real store and a real central service on loopback."""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from central_service import workstations
from clerk_app.app import CounterParts, SyncParts, open_counter
from clerk_app.commands.sync import OK, run_status
from clerk_app.config import HOME_ENV, Profile, load_settings
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.errors import CentralRejected, ClerkError, NotAuthorised
from clerk_app.sync.client import Enrolment
from clerk_app.sync.relay import Connection
from clerk_app.sync.service import TOKEN_ENTRY, save_enrolment
from clerk_app.training_central import central_folder
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.sync_status import SyncStatusController
from clerk_app.ui.parts import StartSync
from clerk_app.ui.shell import Shell
from tests.support.central import LiveCentral, sqlite_url, start_central
from tests.support.store_builders import request

WAIT_MS = 20_000


@pytest.fixture
def open_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., CounterParts]]:
    """The app's own composition for a profile in a throwaway home; ``central`` sets [central] url."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    opened: list[CounterParts] = []

    def make(profile: Profile, central: str | None = None) -> CounterParts:
        settings = load_settings(profile)
        settings.paths.ensure()
        if central is not None:
            settings.paths.settings_file.write_text(f'[central]\nurl = "{central}"\n', encoding="utf-8")
            settings = load_settings(profile)
        parts = open_counter(settings)
        parts.secrets.delete(TOKEN_ENTRY)  # each test enrols (or not) for itself
        opened.append(parts)
        return parts

    yield make
    for parts in opened:
        parts.close()


def registered(parts: CounterParts, count: int = 1, **changes: object) -> list:
    now = dt.datetime.now(dt.UTC)
    return [
        parts.store.registrations.register(request(i, **changes), now).registration.id for i in range(count)
    ]


def started(sync: SyncStatusController) -> bool:
    """The relay has reported and the controller holds it (its actions do something now)."""
    return sync.state is not None and sync.view.enrol_action.isEnabled()


def drained(sync: SyncStatusController) -> bool:
    state = sync.state
    return state is not None and state.connection is Connection.ONLINE and state.waiting == 0


def controller(
    shell: Shell, parts: CounterParts, ui: UiServices, *, start: StartSync | None = None, **kw: Any
) -> SyncStatusController:
    """The controller as ``run_gui`` makes it: sending started by the parts (or ``start``)."""
    start = start if start is not None else parts.start_sync
    return SyncStatusController(
        shell, start, ui.workers, ui.translations, training=parts.settings.training, **kw
    )


def test_training_sends_to_its_own_service_and_says_so(
    make_shell: Callable[..., Shell], ui: UiServices, open_parts: Callable[..., CounterParts], qtbot: QtBot
) -> None:
    parts = open_parts(Profile.TRAINING)
    ids = registered(parts, 2)
    shell = make_shell(parts.settings, registrar=parts.store)
    sync = controller(shell, parts, ui)
    try:
        qtbot.waitUntil(lambda: drained(sync), timeout=WAIT_MS)
        assert sync.view.text().startswith("Online · 0 wachtend · laatste synchronisatie ")
        assert not sync.view.enrol_action.isVisible()  # training enrols by itself
        mailbox = central_folder(parts.settings) / "mailbox" / "new"
        qtbot.waitUntil(lambda: mailbox.is_dir() and len(list(mailbox.iterdir())) == 2, timeout=WAIT_MS)
    finally:
        sync.close()
    assert [parts.store.registrations.get(i).status for i in ids] == [RegistrationStatus.ACCEPTED] * 2


def test_without_a_central_service_sync_is_off(
    make_shell: Callable[..., Shell], ui: UiServices, open_parts: Callable[..., CounterParts], qtbot: QtBot
) -> None:
    parts = open_parts(Profile.PRODUCTION)
    registered(parts)
    shell = make_shell(parts.settings, registrar=parts.store)
    sync = controller(shell, parts, ui)
    try:
        qtbot.waitUntil(lambda: started(sync), timeout=WAIT_MS)
        assert sync.state is not None and sync.state.connection is Connection.DISABLED
        assert sync.view.text() == "Centrale dienst: uit (niet ingesteld) · 1 wachtend"
        ui.translations.switch("fr")
        assert sync.view.text() == "Service central\u00a0: désactivé (non configuré) · 1 en attente"
    finally:
        sync.close()


@pytest.fixture
def central(tmp_path: Path) -> Iterator[LiveCentral]:
    with start_central(sqlite_url(tmp_path), tmp_path / "mailbox") as live:
        yield live


def enrolment_code(central: LiveCentral, centre: str) -> str:
    now = dt.datetime.now(dt.UTC)
    return workstations.create_enrolment_code(central.service.db, centre, dt.timedelta(hours=1), now)


def test_an_unenrolled_workstation_waits_until_it_is_enrolled(
    make_shell: Callable[..., Shell],
    ui: UiServices,
    open_parts: Callable[..., CounterParts],
    central: LiveCentral,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parts = open_parts(Profile.PRODUCTION, central=central.url)
    ids = registered(parts, 2)
    shell = make_shell(parts.settings, registrar=parts.store)
    asked: list[QWidget] = []

    def ask(parent: QWidget) -> str:
        asked.append(parent)
        return enrolment_code(central, "stadskantoor")

    shown: list[ClerkError] = []
    monkeypatch.setattr(shell, "show_error", shown.append)
    sync = controller(shell, parts, ui, ask_code=ask)
    try:
        qtbot.waitUntil(lambda: started(sync), timeout=WAIT_MS)
        assert sync.view.text() == "Niet aangemeld: verzenden gepauzeerd · 2 wachtend"
        assert [type(error) for error in shown] == [NotAuthorised]  # the clerk is asked once
        assert parts.store.outbox.pending_count() == 2
        sync.view.enrol_action.trigger()
        qtbot.waitUntil(lambda: drained(sync), timeout=WAIT_MS)
    finally:
        sync.close()
    assert asked == [shell.view]
    assert len(shown) == 1
    assert [parts.store.registrations.get(i).status for i in ids] == [RegistrationStatus.ACCEPTED] * 2


def test_a_refusal_is_shown_once_with_the_services_reason(
    make_shell: Callable[..., Shell],
    ui: UiServices,
    open_parts: Callable[..., CounterParts],
    central: LiveCentral,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parts = open_parts(Profile.PRODUCTION, central=central.url)
    registered(parts, 1)  # made at the Stadskantoor, but the workstation is enrolled for Gentbrugge
    shell = make_shell(parts.settings, registrar=parts.store)
    shown: list[ClerkError] = []
    monkeypatch.setattr(shell, "show_error", shown.append)
    sync = controller(shell, parts, ui, ask_code=lambda _parent: enrolment_code(central, "gentbrugge"))
    try:
        qtbot.waitUntil(lambda: started(sync), timeout=WAIT_MS)
        sync.view.enrol_action.trigger()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_MS)
        with qtbot.waitSignal(sync.bridge.state, timeout=WAIT_MS):  # the round it asked for has reported
            sync.view.sync_now_action.trigger()  # nothing new: no second message
    finally:
        sync.close()
    rejected = [error for error in shown if isinstance(error, CentralRejected)]
    assert [type(error) for error in shown] == [
        NotAuthorised,
        CentralRejected,
    ]  # not enrolled yet, then refused
    assert rejected[0].params["reason"] == "centre_mismatch"
    assert parts.store.outbox.pending_count() == 0


def test_send_now_and_enrol_wait_until_sending_has_started(
    make_shell: Callable[..., Shell], ui: UiServices, open_parts: Callable[..., CounterParts], qtbot: QtBot
) -> None:
    """Pressed while the relay is still starting, they would do nothing at all; so they are greyed out."""
    parts = open_parts(Profile.PRODUCTION)
    shell = make_shell(parts.settings, registrar=parts.store)
    release = threading.Event()

    def slow_start(*args: Any) -> SyncParts:
        release.wait(WAIT_MS / 1000)
        return parts.start_sync(*args)

    sync = controller(shell, parts, ui, start=slow_start)
    try:
        actions = [sync.view.sync_now_action, sync.view.enrol_action]
        assert [action.isEnabled() for action in actions] == [False, False]
        release.set()
        qtbot.waitUntil(lambda: all(action.isEnabled() for action in actions), timeout=WAIT_MS)
    finally:
        release.set()
        sync.close()


def dead_url() -> str:
    """An address on loopback where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


#: What the window says (nl) and the command line says for each state, from the first report on.
AGREEING = {
    "off": (None, False, Connection.DISABLED, "Centrale dienst: uit (niet ingesteld)", "sync is off"),
    "not-enrolled": ("live", False, Connection.UNAUTHORISED, "Niet aangemeld", "not enrolled"),
    "reachable": ("live", True, Connection.ONLINE, "Online", "online"),
    "unreachable": ("dead", True, Connection.OFFLINE, "Offline", "cannot be reached"),
}


@pytest.mark.parametrize("case", list(AGREEING))
def test_the_window_and_the_command_line_say_the_same_from_the_start(
    case: str,
    make_shell: Callable[..., Shell],
    ui: UiServices,
    open_parts: Callable[..., CounterParts],
    central: LiveCentral,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Nothing waits, so nothing is sent: only the health check at start can tell reachable from not."""
    where, enrolled, expected, window_text, cli_text = AGREEING[case]
    url = {None: None, "live": central.url, "dead": dead_url()}[where]
    parts = open_parts(Profile.PRODUCTION, central=url)
    if enrolled:
        token = central.enrol("stadskantoor") if where == "live" else "a-token-for-a-service-that-is-down"
        save_enrolment(parts.secrets, Enrolment(token=token, centre="stadskantoor"))
    shell = make_shell(parts.settings, registrar=parts.store)
    monkeypatch.setattr(shell, "show_error", lambda _error: None)
    sync = controller(shell, parts, ui)
    try:
        qtbot.waitUntil(
            lambda: (
                started(sync) and sync.state is not None and sync.state.connection is not Connection.UNKNOWN
            ),
            timeout=WAIT_MS,
        )
        assert sync.state is not None and sync.state.connection is expected
        assert sync.view.text().startswith(window_text)
        capsys.readouterr()
        assert run_status(argparse.Namespace(training=False, sync_command="status")) == OK
        (state_line,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("state: ")]
        assert cli_text in state_line
    finally:
        sync.close()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Online · 0 wachtend · laatste synchronisatie nooit"),
        ("fr", "En ligne · 0 en attente · dernière synchronisation jamais"),
        ("en", "Online · 0 waiting · last sync never"),
    ],
)
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_reachable_service_reads_online_at_once_in_every_language(
    language: str,
    text: str,
    size: tuple[int, int],
    make_shell: Callable[..., Shell],
    ui: UiServices,
    open_parts: Callable[..., CounterParts],
    central: LiveCentral,
    qtbot: QtBot,
) -> None:
    parts = open_parts(Profile.PRODUCTION, central=central.url)
    save_enrolment(parts.secrets, Enrolment(token=central.enrol("stadskantoor"), centre="stadskantoor"))
    shell = make_shell(parts.settings, registrar=parts.store)
    shell.view.resize(*size)
    ui.translations.switch(language)
    sync = controller(shell, parts, ui)
    try:
        qtbot.waitUntil(lambda: started(sync) and sync.view.text() == text, timeout=WAIT_MS)
        assert sync.view.isVisible()
    finally:
        sync.close()
