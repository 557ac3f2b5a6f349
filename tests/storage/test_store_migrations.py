"""Schema upgrades at start-up: backup first, foreign keys off, all-or-nothing, and the backup is named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from clerk_app.config import Settings
from clerk_app.domain.delivery import Accepted
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.errors import MigrationError, StorageError
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store, database, migrate
from clerk_app.storage.database import KEY_ENTRY, connect, make_engine
from clerk_app.storage.schema import Base
from tests.support.store_builders import NOW, request
from tests.support.store_checks import table_counts
from tests.support.store_migrations import CURRENT, ShipRevision


def _config(location: str) -> Config:
    config = Config()
    config.set_main_option("script_location", location)
    return config


def test_head_revision_constant_is_alembics_head() -> None:
    heads = ScriptDirectory.from_config(_config(migrate.SCRIPT_LOCATION)).get_heads()
    assert heads == [migrate.HEAD_REVISION]


def test_models_match_the_migrated_schema(store: Store) -> None:
    with store._engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_downgrade_to_nothing_and_upgrade_again(store: Store) -> None:
    with store._engine.begin() as connection:
        config = _config(migrate.SCRIPT_LOCATION)
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        assert migrate.revision_of(connection) is None
        command.upgrade(config, "head")
        assert migrate.revision_of(connection) == migrate.HEAD_REVISION


def test_the_first_revisions_store_keeps_everything_but_the_outbox_copy_of_the_body(
    settings: Settings, secret_store: SecretStore, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    """Revision 0002 drops the body the outbox kept (sync builds it now); all else stays, and stays due."""
    with Store.open(settings, secret_store) as store:
        for index in range(3):
            store.registrations.register(request(index), NOW)
        first = store.outbox.due(NOW)[0]
        store.outbox.record([Accepted(first.id, RegistrationStatus.ACCEPTED)], NOW)
        waiting = store.outbox.due(NOW)
        with store._engine.begin() as connection:
            config = _config(migrate.SCRIPT_LOCATION)
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
    before = table_counts(raw())
    assert "payload" in _columns(raw(), "outbox")

    with Store.open(settings, secret_store) as store:
        assert store.outbox.due(NOW) == waiting
        assert store.outbox.pending_count() == 2
        assert store.integrity.verify().ok
    assert table_counts(raw()) == before
    assert "payload" not in _columns(raw(), "outbox")
    assert len(list(settings.paths.backup_dir.glob("registrations-*-rev0001.db"))) == 1


def _columns(connection: sqlcipher3.Connection, table: str) -> set[str]:
    return {str(column[1]) for column in connection.execute(f"PRAGMA table_info({table})")}


def _fill(settings: Settings, secret_store: SecretStore, count: int = 3) -> None:
    with Store.open(settings, secret_store) as store:
        for index in range(count):
            store.registrations.register(request(index), NOW)


@pytest.fixture
def before(
    settings: Settings, secret_store: SecretStore, raw: Callable[[], sqlcipher3.Connection]
) -> dict[str, int]:
    """Three registrations stored; the rows of each table before the upgrade under test."""
    _fill(settings, secret_store)
    return table_counts(raw())


def test_a_failing_migration_rolls_back_and_names_the_backup(
    settings: Settings,
    secret_store: SecretStore,
    raw: Callable[[], sqlcipher3.Connection],
    before: dict[str, int],
    ship_revision: ShipRevision,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ship_revision(
        """
        op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
        op.execute("UPDATE registrations SET centre_id = 'changed'")
        raise RuntimeError("this revision fails half-way")
        """,
    )
    with pytest.raises(MigrationError) as raised:
        Store.open(settings, secret_store)
    backup = Path(raised.value.params["backup"])
    assert backup.parent == settings.paths.backup_dir and backup.is_file()
    assert str(backup) in raised.value.render()

    key = bytes.fromhex(secret_store.get(KEY_ENTRY) or "")
    kept = connect(backup, key)
    try:
        assert table_counts(kept) == before
    finally:
        kept.close()

    monkeypatch.undo()
    connection = raw()
    assert table_counts(connection) == before
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables
    assert connection.execute(
        "SELECT count(*) FROM registrations WHERE centre_id = 'changed'"
    ).fetchone() == (0,)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (CURRENT,)
    with Store.open(settings, secret_store) as store:
        assert store.integrity.verify().ok


def test_a_migration_that_breaks_foreign_keys_is_rolled_back(
    settings: Settings,
    secret_store: SecretStore,
    raw: Callable[[], sqlcipher3.Connection],
    before: dict[str, int],
    ship_revision: ShipRevision,
) -> None:
    ship_revision(
        """
        op.execute(
            "INSERT INTO outbox (id, registration_id, created_at, state, attempts) "
            "VALUES ('orphan', 'no-such-registration', '2026-01-01T00:00:00.000000Z', 'pending', 0)"
        )
        """,
    )
    with pytest.raises(MigrationError) as raised:
        Store.open(settings, secret_store)
    assert isinstance(raised.value.__cause__, migrate.ForeignKeyViolations)
    assert table_counts(raw()) == before


def test_foreign_keys_are_off_while_a_table_is_rebuilt(
    settings: Settings,
    secret_store: SecretStore,
    raw: Callable[[], sqlcipher3.Connection],
    before: dict[str, int],
    ship_revision: ShipRevision,
) -> None:
    """Rebuilding ``registrations`` drops it; with foreign keys on, its name words would cascade away."""
    assert before["name_tokens"] > 0
    ship_revision(
        """
        with op.batch_alter_table("registrations", recreate="always") as batch:
            batch.add_column(sa.Column("note", sa.String(20), nullable=True))
        """,
    )
    with Store.open(settings, secret_store) as store:
        assert store.integrity.verify().ok
        assert len(store.registrations.search(text=request(0).identity.surname)) >= 1
    assert table_counts(raw()) == before
    assert len(list(settings.paths.backup_dir.glob(f"registrations-*-rev{CURRENT}.db"))) == 1


def test_a_current_store_is_not_backed_up_again(settings: Settings, secret_store: SecretStore) -> None:
    _fill(settings, secret_store, count=1)
    _fill(settings, secret_store, count=1)
    assert not list(settings.paths.backup_dir.glob("*"))


def test_a_store_newer_than_the_app_is_refused_with_its_backup(
    settings: Settings, secret_store: SecretStore, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    _fill(settings, secret_store, count=1)
    connection = raw()
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(MigrationError) as raised:
        Store.open(settings, secret_store)
    assert Path(raised.value.params["backup"]).is_file()
    key = bytes.fromhex(secret_store.get(KEY_ENTRY) or "")
    engine = make_engine(settings.paths.database, key)
    try:
        with engine.connect() as check:
            assert migrate.revision_of(check) == "9999"
    finally:
        engine.dispose()


def test_a_backup_that_cannot_be_finished_is_removed_and_nothing_is_upgraded(
    settings: Settings,
    secret_store: SecretStore,
    raw: Callable[[], sqlcipher3.Connection],
    ship_revision: ShipRevision,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(settings, secret_store, count=1)
    ship_revision('op.add_column("registrations", sa.Column("note", sa.String(20)))')

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database.os, "fsync", disk_full)
    with pytest.raises(StorageError) as raised:
        Store.open(settings, secret_store)
    assert not isinstance(raised.value, MigrationError)
    assert list(settings.paths.backup_dir.iterdir()) == []
    assert raw().execute("SELECT version_num FROM alembic_version").fetchone() == (CURRENT,)
