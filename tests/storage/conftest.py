"""Fixtures of the store tests: a real encrypted file in a temporary profile, its key in the real keyring.

``scripts/test`` runs the suite inside a private D-Bus session with an unlocked gnome-keyring. Each test
gets its own keyring service name, so tests never share (or delete) each other's database keys.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3

from clerk_app.config import Profile, Settings, paths_for
from clerk_app.errors import SecretStoreError
from clerk_app.secrets import SecretStore
from clerk_app.storage import RegistrationStore
from clerk_app.storage.database import KEY_ENTRY, connect

NO_KEYRING = (
    "no usable OS keyring ({error}): run the tests through scripts/test, which starts a private D-Bus "
    "session with an unlocked gnome-keyring"
)


def real_secret_store(service: str) -> SecretStore:
    try:
        store = SecretStore(service)
        store.get(KEY_ENTRY)
    except SecretStoreError as error:
        pytest.fail(NO_KEYRING.format(error=error.params.get("backend", error.code)))
    return store


@pytest.fixture
def keyring_service() -> str:
    return f"clerk-app-test/{uuid.uuid4()}"


@pytest.fixture
def secret_store(keyring_service: str) -> Iterator[SecretStore]:
    store = real_secret_store(keyring_service)
    yield store
    store.delete(KEY_ENTRY)


def profile_settings(home: Path, **changes: object) -> Settings:
    return Settings(profile=Profile.TRAINING, paths=paths_for(Profile.TRAINING, home=home), **changes)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return profile_settings(tmp_path / "home")


@pytest.fixture
def store(settings: Settings, secret_store: SecretStore) -> Iterator[RegistrationStore]:
    opened = RegistrationStore.open(settings, secret_store)
    yield opened
    opened.close()


@pytest.fixture
def raw(settings: Settings, secret_store: SecretStore) -> Iterator[Callable[[], sqlcipher3.Connection]]:
    """Open extra keyed connections to the store file, to look behind (or tamper with) the API."""
    opened: list[sqlcipher3.Connection] = []

    def open_raw() -> sqlcipher3.Connection:
        key = secret_store.get(KEY_ENTRY)
        assert key is not None, "the store has no key yet"
        connection = connect(settings.paths.database, bytes.fromhex(key))
        opened.append(connection)
        return connection

    yield open_raw
    for connection in opened:
        connection.close()

