"""Fixtures of the sync tests: the real store (SQLCipher, OS keyring) and the real central service.

Registrations are made through the store's ``registrations.register`` as the counter does. Only the
Argon2id hash is shared (one precomputed hash instead of ~0.2 s of hashing per registration) so that
thousands of registrations fit in the suite's time budget; the service only checks the hash's form.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app.config import Profile, Settings, paths_for
from clerk_app.errors import SecretStoreError
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store, registrations
from clerk_app.storage.database import KEY_ENTRY
from tests.support.central import LiveCentral, sqlite_url, start_central
from tests.support.registrations import code_hash
from tests.support.store_builders import request
from tests.support.sync_relay import Register


@pytest.fixture
def fast_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    hashed = code_hash()
    monkeypatch.setattr(registrations, "hash_code", lambda _code: hashed)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(profile=Profile.TRAINING, paths=paths_for(Profile.TRAINING, home=tmp_path / "home"))


@pytest.fixture
def secret_store() -> Iterator[SecretStore]:
    try:
        secrets = SecretStore(f"clerk-app-test/{uuid.uuid4()}")
        secrets.get(KEY_ENTRY)
    except SecretStoreError as error:
        pytest.fail(f"the sync tests need the OS keyring scripts/test starts: {error.code}", pytrace=False)
    yield secrets
    secrets.delete(KEY_ENTRY)


@pytest.fixture
def store(settings: Settings, secret_store: SecretStore, fast_hash: None) -> Iterator[Store]:
    opened = Store.open(settings, secret_store)
    yield opened
    opened.close()


@pytest.fixture
def central(tmp_path: Path) -> Iterator[LiveCentral]:
    with start_central(sqlite_url(tmp_path), tmp_path / "mailbox") as live:
        yield live


@pytest.fixture
def register(store: Store) -> Register:
    """``register(count, first=0, **changes)``: that many new registrations (distinct people) now."""

    def make(count: int, first: int = 0, **changes: object) -> list[uuid.UUID]:
        now = dt.datetime.now(dt.UTC)
        return [
            store.registrations.register(request(first + i, **changes), now).registration.id
            for i in range(count)
        ]

    return make
