"""Alembic migrations: they build exactly the tables the code expects, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from central_service.db import Database, _alembic_config
from central_service.models import Base
from tests.support.central import sqlite_url
from tests.support.postgres import fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with ExitStack() as stack:
        if request.param == "sqlite":
            yield sqlite_url(tmp_path)
        else:
            yield stack.enter_context(fresh_database(request.getfixturevalue("postgres_server")))


def schema_differences(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def test_migrations_build_what_the_models_describe(empty_database: str) -> None:
    db = Database(empty_database)
    try:
        assert not db.is_current()
        db.upgrade()
        assert db.is_current()
        assert schema_differences(db) == []
        db.upgrade()  # nothing left to do
        assert db.is_current()
    finally:
        db.dispose()


def test_downgrade_to_nothing_and_back(empty_database: str) -> None:
    db = Database(empty_database)
    try:
        db.upgrade()
        config = _alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert not db.is_current()
        db.upgrade()
        assert schema_differences(db) == []
    finally:
        db.dispose()


def test_services_starting_together_migrate_once(empty_database: str, tmp_path: Path) -> None:
    """Three service processes upgrading one empty database at the same moment all succeed."""
    environment = {**os.environ, "CENTRAL_SERVICE_DATABASE_URL": empty_database}
    environment["CENTRAL_SERVICE_DATA_DIR"] = str(tmp_path)
    upgrades = [
        subprocess.Popen(
            [sys.executable, "-m", "central_service", "db", "upgrade"],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outcomes = [
        (process.wait(timeout=60), process.stderr.read() if process.stderr else "") for process in upgrades
    ]
    for process in upgrades:
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
    assert [status for status, _ in outcomes] == [0, 0, 0], [error[-500:] for _, error in outcomes]
    db = Database(empty_database)
    try:
        assert db.is_current()
        assert schema_differences(db) == []
    finally:
        db.dispose()
