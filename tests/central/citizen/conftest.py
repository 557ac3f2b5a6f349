"""Fixtures of the citizen's-side tests: the real service on loopback with a clock the test can move.

Argon2id for passwords runs with small parameters here (the service takes them from its settings);
the activation code's hash is the counter's real one (64 MiB), shared by every registration.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.central import start_central
from tests.support.citizen import CitizenClient, Clock, Site, site_settings


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def site_overrides() -> dict[str, Any]:
    """Settings a test module changes (override this fixture)."""
    return {}


@pytest.fixture
def site(database_url: str, tmp_path: Path, clock: Clock, site_overrides: dict[str, Any]) -> Iterator[Site]:
    settings = site_settings(tmp_path, **site_overrides)
    with start_central(database_url, tmp_path / "mailbox", clock=clock, **settings) as central:
        token = central.enrol("stadskantoor")
        with central.client(token) as api:
            yield Site(central, api, clock, tmp_path / "sms")


@pytest.fixture
def browser(site: Site) -> Iterator[CitizenClient]:
    with CitizenClient(site.url) as client:
        yield client
