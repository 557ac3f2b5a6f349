"""Helpers of the store tests that look at files and tables directly."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from clerk_app.config import Profile, Settings, paths_for
from clerk_app.errors import SecretStoreError
from clerk_app.secrets import SecretStore
from clerk_app.storage.database import KEY_ENTRY


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes: to prove a refused open changed nothing."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def table_counts(connection: sqlcipher3.Connection) -> dict[str, int]:
    return {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("registrations", "name_tokens", "outbox", "audit_log")
    }


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


def profile_settings(home: Path, **changes: object) -> Settings:
    return Settings(profile=Profile.TRAINING, paths=paths_for(Profile.TRAINING, home=home), **changes)  # type: ignore[arg-type]
