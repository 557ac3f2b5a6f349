"""``clerk-app --training db verify|purge|history`` as support staff run it: a real process, real keyring."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from clerk_app.config import APP_NAME, HOME_ENV, Settings
from clerk_app.domain.delivery import Accepted
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.storage import Store
from clerk_app.storage.database import connect
from tests.support.store_builders import CLERK, request
from tests.support.store_checks import profile_settings, real_secret_store, snapshot

#: The CLI uses the training profile's own keyring entry; tests never delete it (other tests may use it).
TRAINING_SERVICE = f"{APP_NAME}/training"


def _cli(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, HOME_ENV: str(home), **env}
    return subprocess.run(
        [sys.executable, "-m", "clerk_app", "--training", "db", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def training(home: Path) -> Settings:
    """A training store with one registration accepted 50 days ago (expired 36 days ago) and a fresh one."""
    settings = profile_settings(home)
    now = dt.datetime.now(dt.UTC)
    with Store.open(settings, real_secret_store(TRAINING_SERVICE)) as store:
        old = store.registrations.register(request(1), now - dt.timedelta(days=50))
        (item,) = store.outbox.due(now)
        store.outbox.record([Accepted(item.id, RegistrationStatus.ACCEPTED)], now - dt.timedelta(days=49))
        store.registrations.register(request(2), now)
        assert old.registration.id == item.registration.id
    return settings


def _no_personal_data(output: str) -> bool:
    values = []
    for index in (1, 2):
        identity = request(index).identity
        values += [identity.surname, identity.given_names, identity.national_number, request(index).email]
    return not any(value in output for value in values)


def test_verify_passes_on_a_healthy_store(home: Path, training: Settings) -> None:
    result = _cli(home, "verify")
    assert result.returncode == 0, "db verify failed; run it by hand to see why"
    assert result.stdout.startswith("OK: 2 registration(s), 4 audit entries checked.")
    clean = _no_personal_data(result.stdout + result.stderr)
    assert clean, "personal data in the command's output"


def test_verify_fails_on_a_broken_chain(home: Path, training: Settings) -> None:
    key = real_secret_store(TRAINING_SERVICE).get("database-key")
    connection = connect(training.paths.database, bytes.fromhex(key or ""))
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("UPDATE audit_log SET actor = 'G00000' WHERE seq = 1")
    connection.close()
    result = _cli(home, "verify")
    assert result.returncode == 1
    assert "BROKEN: audit entry 1 was altered" in result.stdout
    clean = _no_personal_data(result.stdout + result.stderr)
    assert clean, "personal data in the command's output"


def test_verify_without_a_store_says_so_and_creates_nothing(home: Path) -> None:
    result = _cli(home, "verify")
    assert result.returncode == 1
    assert "No local store" in result.stdout
    assert not (home / "training" / "data" / "registrations.db").exists()


def test_purge_dry_run_then_purge(home: Path, training: Settings) -> None:
    dry = _cli(home, "purge", "--dry-run")
    assert dry.returncode == 0, "db purge --dry-run failed; run it by hand to see why"
    assert dry.stdout.startswith("Would erase the personal data of 1 registration(s)")
    done = _cli(home, "purge")
    assert done.returncode == 0
    assert done.stdout.startswith("Erased the personal data of 1 registration(s)")
    again = _cli(home, "purge")
    assert again.stdout.startswith("Erased the personal data of 0 registration(s)")
    assert _cli(home, "verify").returncode == 0
    clean = _no_personal_data(dry.stdout + done.stdout + done.stderr)
    assert clean, "personal data in the command's output"


def test_history_shows_who_did_what_and_nothing_personal(home: Path, training: Settings) -> None:
    with Store.open(training, real_secret_store(TRAINING_SERVICE)) as store:
        (old,) = [r for r in store.registrations.search() if r.status is RegistrationStatus.ACCEPTED]
    result = _cli(home, "history", str(old.id))
    assert result.returncode == 0, "db history failed; run it by hand to see why"
    lines = result.stdout.splitlines()
    actions = [line.split()[2:4] for line in lines]
    assert actions == [
        ["registration.issued", CLERK.staff_number],
        ["outbox.accepted", "sync"],
        ["registration.status_changed", "sync"],
    ]
    assert lines[0].startswith("1  ") and '"centre":"stadskantoor"' in lines[0]
    assert '"from":"issued","to":"accepted"' in lines[2]
    clean = _no_personal_data(result.stdout + result.stderr)
    assert clean, "personal data in the command's output"


def test_history_of_an_unknown_registration_says_so(home: Path, training: Settings) -> None:
    unknown = uuid.uuid4()
    result = _cli(home, "history", str(unknown))
    assert result.returncode == 1
    assert result.stdout.strip() == f"No audit entries for registration {unknown}."
    not_an_id = _cli(home, "history", "not-an-id")
    assert not_an_id.returncode == 2 and "invalid UUID value" in not_an_id.stderr


def test_no_usable_keyring_is_a_clear_error_and_the_store_is_left_alone(
    home: Path, training: Settings
) -> None:
    before = snapshot(home)
    result = _cli(home, "purge", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 2
    assert "No secure key store" in result.stdout and "keyring.backends.fail.Keyring" in result.stdout
    assert snapshot(home) == before
