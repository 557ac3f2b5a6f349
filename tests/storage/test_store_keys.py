"""The database key: random, in the OS keyring, and an existing file is never touched without it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import keyring.errors
import pytest

from clerk_app.config import Settings
from clerk_app.errors import DatabaseKeyError, SecretStoreError
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from clerk_app.storage.database import KEY_ENTRY
from tests.support.keyrings import HandedOutBackend
from tests.support.store_builders import NOW, request
from tests.support.store_checks import snapshot


def _make_store(settings: Settings, secret_store: SecretStore) -> None:
    with Store.open(settings, secret_store) as store:
        store.registrations.register(request(1), NOW)


def test_a_new_store_gets_a_random_32_byte_key_in_the_keyring(
    settings: Settings, secret_store: SecretStore
) -> None:
    assert secret_store.get(KEY_ENTRY) is None
    _make_store(settings, secret_store)
    stored = secret_store.get(KEY_ENTRY)
    assert stored is not None
    assert len(bytes.fromhex(stored)) == 32


def test_the_file_is_encrypted(settings: Settings, secret_store: SecretStore) -> None:
    _make_store(settings, secret_store)
    database = settings.paths.database
    assert not database.read_bytes().startswith(b"SQLite format 3\x00")
    plain = sqlite3.connect(database)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_connections_use_wal_full_sync_foreign_keys_and_secure_delete(
    settings: Settings, secret_store: SecretStore
) -> None:
    with Store.open(settings, secret_store) as store, store._engine.connect() as connection:
        values = {
            pragma: connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
            for pragma in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")
        }
    assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}


def test_missing_key_for_an_existing_store_is_refused_and_the_file_left_alone(
    settings: Settings, secret_store: SecretStore
) -> None:
    _make_store(settings, secret_store)
    secret_store.delete(KEY_ENTRY)
    before = snapshot(settings.paths.data_dir)
    with pytest.raises(DatabaseKeyError) as raised:
        Store.open(settings, secret_store)
    assert "missing" in raised.value.render()
    assert snapshot(settings.paths.data_dir) == before
    assert secret_store.get(KEY_ENTRY) is None, "no new key may be made for an existing store"


def test_wrong_key_is_refused_and_the_file_left_alone(settings: Settings, secret_store: SecretStore) -> None:
    _make_store(settings, secret_store)
    secret_store.set(KEY_ENTRY, "11" * 32)
    before = snapshot(settings.paths.data_dir)
    with pytest.raises(DatabaseKeyError) as raised:
        Store.open(settings, secret_store)
    assert "not the key" in raised.value.render()
    assert snapshot(settings.paths.data_dir) == before


def test_a_damaged_key_entry_is_refused(settings: Settings, secret_store: SecretStore) -> None:
    _make_store(settings, secret_store)
    secret_store.set(KEY_ENTRY, "not-hex")
    before = snapshot(settings.paths.data_dir)
    with pytest.raises(DatabaseKeyError) as raised:
        Store.open(settings, secret_store)
    assert "damaged" in raised.value.render()
    assert snapshot(settings.paths.data_dir) == before


def test_a_key_without_a_store_is_reused_so_backups_stay_readable(
    settings: Settings, secret_store: SecretStore
) -> None:
    _make_store(settings, secret_store)
    key = secret_store.get(KEY_ENTRY)
    for path in settings.paths.data_dir.glob("registrations.db*"):
        path.unlink()
    _make_store(settings, secret_store)
    assert secret_store.get(KEY_ENTRY) == key


class _LockedKeyring(HandedOutBackend):
    """Looks like a real key store, but refuses to keep anything (a locked collection)."""

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("nothing stored")


def test_a_keyring_that_refuses_the_key_stores_nothing(settings: Settings, keyring_service: str) -> None:
    secret_store = SecretStore(keyring_service, backend=_LockedKeyring())
    with pytest.raises(SecretStoreError):
        Store.open(settings, secret_store)
    assert not settings.paths.database.exists()
    assert not any(Path(settings.paths.data_dir).parent.rglob("*.db*"))
