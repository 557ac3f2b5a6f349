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

from clerk_app.config import Settings
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from clerk_app.storage.database import KEY_ENTRY, connect
from tests.support import store_migrations
from tests.support.store_checks import profile_settings, real_secret_store
from tests.support.store_migrations import ShipRevision


@pytest.fixture
def keyring_service() -> str:
    return f"clerk-app-test/{uuid.uuid4()}"


@pytest.fixture
def secret_store(keyring_service: str) -> Iterator[SecretStore]:
    store = real_secret_store(keyring_service)
    yield store
    store.delete(KEY_ENTRY)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return profile_settings(tmp_path / "home")


@pytest.fixture
def store(settings: Settings, secret_store: SecretStore) -> Iterator[Store]:
    opened = Store.open(settings, secret_store)
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


@pytest.fixture
def ship_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ShipRevision:
    """``ship_revision(body)``: the next start-up upgrades through one more revision, doing ``body``."""
    return lambda body: store_migrations.ship_revision(tmp_path, monkeypatch, body)
