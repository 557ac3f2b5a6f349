"""SyncService: enrolment with the token in the OS keyring, the relay thread, and the training service."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from central_service import workstations
from clerk_app.config import CentralServiceSettings, Profile, Settings, paths_for
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.errors import NotAuthorised
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from clerk_app.sync.relay import Connection, SyncState
from clerk_app.sync.service import TOKEN_ENTRY, SyncService
from clerk_app.training_central import enrol_for_training, start_training_central
from tests.support.central import LiveCentral
from tests.support.sync_relay import FAST, Register
from tests.support.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_without_a_url_sync_is_off(store: Store, secret_store: SecretStore, register: Register) -> None:
    register(1)
    service = SyncService(store.outbox, secret_store, CentralServiceSettings())
    service.start()
    state = service.state()
    assert (state.connection, state.waiting) == (Connection.DISABLED, 1)


def test_enrolment_keeps_the_token_in_the_keyring_only_and_starts_sending(
    store: Store,
    settings: Settings,
    secret_store: SecretStore,
    central: LiveCentral,
    register: Register,
    tmp_path: Path,
) -> None:
    ids = register(2)
    seen: list[SyncState] = []
    service = SyncService(
        store.outbox, secret_store, CentralServiceSettings(url=central.url), policy=FAST, on_state=seen.append
    )
    service.start()
    assert service.state().connection is Connection.UNAUTHORISED  # not enrolled: waiting, asks to enrol
    assert seen[-1].connection is Connection.UNAUTHORISED
    code = workstations.create_enrolment_code(
        central.service.db, "stadskantoor", dt.timedelta(hours=1), dt.datetime.now(dt.UTC)
    )
    try:
        enrolled = service.enrol(code, "desk-7")
        service.start()
        wait_until(lambda: store.outbox.pending_count() == 0, what="the outbox to empty")
    finally:
        service.stop()
    assert enrolled.centre == "stadskantoor"
    stored = json.loads(secret_store.get(TOKEN_ENTRY) or "{}")
    assert stored["token"] == enrolled.token
    assert [store.registrations.get(i).status for i in ids] == [RegistrationStatus.ACCEPTED] * 2
    token = enrolled.token.encode()
    leaked = [
        path for path in files_under(settings.paths.config_dir.parents[1]) if token in path.read_bytes()
    ]
    assert not leaked, "the token was written to a file"
    with pytest.raises(NotAuthorised):  # a code works once
        service.enrol(code, "desk-8")


def test_training_runs_its_own_service_and_mails_the_link(
    store: Store, settings: Settings, secret_store: SecretStore, register: Register
) -> None:
    ids = register(2)
    service = SyncService(store.outbox, secret_store, settings.central, policy=FAST)
    with start_training_central(settings) as central:
        assert central.url.startswith("http://127.0.0.1:")
        enrol_for_training(service, central, "gentbrugge")  # any centre: trainees move between centres
        service.start()
        try:
            wait_until(lambda: store.outbox.pending_count() == 0, what="the outbox to empty")
        finally:
            service.stop()
        assert central.mailbox_folder.is_relative_to(settings.paths.data_dir)
        wait_until(lambda: len(list((central.mailbox_folder / "new").iterdir())) == 2)
    assert [store.registrations.get(i).status for i in ids] == [RegistrationStatus.ACCEPTED] * 2


def test_only_the_training_profile_runs_a_central_service(settings: Settings) -> None:

    production = dataclasses.replace(
        settings,
        profile=Profile.PRODUCTION,
        paths=paths_for(Profile.PRODUCTION, settings.paths.data_dir.parents[1]),
    )
    with pytest.raises(ValueError, match="training"):
        start_training_central(production)


def test_the_command_line_reports_and_sends(tmp_path: Path) -> None:
    """``clerk-app --training sync status|now`` on a profile with one waiting registration."""
    home = tmp_path / "clerk-home"
    env = {**os.environ, "CLERK_APP_HOME": str(home)}
    make = (
        "import datetime as dt\n"
        "from clerk_app.config import Profile, load_settings\n"
        "from clerk_app.secrets import SecretStore\n"
        "from clerk_app.storage import Store\n"
        "from tests.support.store_builders import request\n"
        "s = load_settings(Profile.TRAINING); s.paths.ensure()\n"
        "with Store.open(s, SecretStore(s.keyring_service)) as store:\n"
        "    store.registrations.register(request(3), dt.datetime.now(dt.UTC))\n"
    )
    subprocess.run([sys.executable, "-c", make], cwd=ROOT, env=env, check=True, timeout=120)
    cli = [sys.executable, "-m", "clerk_app", "--training", "sync"]
    status = subprocess.run([*cli, "status"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert status.returncode == 1 and "waiting: 1" in status.stdout
    assert "state: online" in status.stdout  # what the window says: training's own service answers
    now = subprocess.run([*cli, "now"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert now.returncode == 0, now.stdout + now.stderr
    assert "waiting: 0" in now.stdout and "state: online" in now.stdout
    after = subprocess.run([*cli, "status"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert after.returncode == 0 and "last successful sync: 20" in after.stdout
