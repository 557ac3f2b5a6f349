"""PostgreSQL for tests: the suite's server (scripts/test-postgres) and a fresh database per test.

``scripts/test`` starts a throwaway cluster and exports ``CLERK_TEST_POSTGRES_URL``. Run outside it
(``.venv/bin/python -m pytest tests/central``), :func:`server_url` starts one itself for the session.
Nothing here skips: when PostgreSQL cannot start, the caller fails with the reason.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parents[2]
URL_ENV = "CLERK_TEST_POSTGRES_URL"
SCRIPT = ROOT / "scripts" / "test-postgres"


class PostgresUnavailable(RuntimeError):
    """PostgreSQL could not be started or reached; the message says why."""


@contextmanager
def server_url(workdir: Path) -> Iterator[str]:
    """The suite's PostgreSQL URL, or a cluster started under ``workdir`` for as long as the block runs."""
    url = os.environ.get(URL_ENV, "").strip()
    if url:
        yield url
        return
    workdir.mkdir(parents=True, exist_ok=True)
    started = subprocess.run(
        [str(SCRIPT), "start", str(workdir)], capture_output=True, text=True, timeout=120, check=False
    )
    if started.returncode != 0:
        raise PostgresUnavailable(
            f"{URL_ENV} is not set and scripts/test-postgres could not start a server: "
            f"{started.stderr.strip() or started.stdout.strip()}"
        )
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(SCRIPT), "stop", str(workdir)], capture_output=True, timeout=120, check=False)


@contextmanager
def fresh_database(server: str, template: str | None = None) -> Iterator[str]:
    """An empty database on ``server`` (a copy of ``template`` when given), dropped afterwards."""
    name = f"central_{uuid.uuid4().hex[:16]}"
    admin = _admin_engine(server)
    clone = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{clone}'))
    except Exception as exc:
        raise PostgresUnavailable(f"cannot create a test database on {server}: {type(exc).__name__}") from exc
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@cache
def _admin_engine(server: str) -> Engine:
    """One AUTOCOMMIT engine on the server's maintenance database, for CREATE/DROP DATABASE."""
    return create_engine(
        make_url(server).set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
    )
