"""Fixtures for the central-service tests: every service test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import make_url

from central_service.db import Database
from tests.support.central import LiveCentral, Templates, sqlite_url, start_central
from tests.support.postgres import PostgresUnavailable, fresh_database, server_url


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The PostgreSQL server URL (scripts/test's, or one started here); fails, never skips."""
    # Not under pytest's private basetemp: the postgres user must be able to reach the cluster folder.
    workdir = Path(tempfile.mkdtemp(prefix="clerk-central-pg-"))
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        try:
            url = stack.enter_context(server_url(workdir))
        except PostgresUnavailable as exc:
            pytest.fail(str(exc), pytrace=False)
        yield url


@pytest.fixture(scope="session")
def migrated_templates(postgres_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    """Databases already at the newest schema, copied for each test instead of migrating each time."""
    sqlite_file = tmp_path_factory.mktemp("template") / "central.db"
    template = Database(sqlite_url(sqlite_file.parent))
    template.upgrade()
    template.dispose()
    with fresh_database(postgres_server) as url:
        template = Database(url)
        template.upgrade()
        template.dispose()
        yield Templates(sqlite_file, make_url(url).database or "")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_templates: Templates
) -> Iterator[str]:
    """A fresh database at the newest schema: a SQLite file, or a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        shutil.copyfile(migrated_templates.sqlite_file, tmp_path / "central.db")
        yield sqlite_url(tmp_path)
        return
    server = request.getfixturevalue("postgres_server")
    with fresh_database(server, template=migrated_templates.postgres_database) as url:
        yield url


@pytest.fixture
def central(database_url: str, tmp_path: Path) -> Iterator[LiveCentral]:
    """The real service on loopback over that database, with its own development mailbox."""
    with start_central(database_url, tmp_path / "mailbox") as live:
        yield live


@pytest.fixture
def token(central: LiveCentral) -> str:
    """A workstation of centre "stadskantoor", enrolled through the API."""
    return central.enrol("stadskantoor")


@pytest.fixture
def http(central: LiveCentral, token: str) -> Iterator[httpx.Client]:
    """One keep-alive client with that workstation's token, safe to share between threads."""
    with central.client(token, limits=httpx.Limits(max_connections=50)) as client:
        yield client


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A SQLAlchemy warning in the service (even in the server thread) fails the test that caused it."""
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning"))
