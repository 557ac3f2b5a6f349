"""Browser tests: Debian's headless Chromium, one per test session, against the real service on loopback.

One service (SQLite, a clock the tests move) serves each test module; every test starts with no cookies
and the service's clock back at real time. A missing browser or axe-core fails the tests with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from selenium import webdriver

from tests.support.central import sqlite_url, start_central
from tests.support.chromium import BrowserUnavailable, Tab, start_chromium
from tests.support.citizen import Clock, Site, site_settings

#: Sign-in limits small enough for a test to reach (the rules are the same as by default).
SIGNIN = {"max_failures": 5, "delay_after": 3, "delay_initial_seconds": 30, "delay_max_seconds": 60}


@pytest.fixture(scope="session")
def chromium() -> Iterator[webdriver.Chrome]:
    with ExitStack() as stack:
        try:
            driver = stack.enter_context(start_chromium())
        except BrowserUnavailable as exc:
            pytest.fail(str(exc), pytrace=False)
        yield driver


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    folder = tmp_path_factory.mktemp("browser-site")
    clock = Clock()
    settings = site_settings(folder, signin=SIGNIN)
    with (
        start_central(sqlite_url(folder), folder / "mailbox", clock=clock, **settings) as central,
        central.client(central.enrol("stadskantoor")) as api,
    ):
        yield Site(central, api, clock, folder / "sms")


@pytest.fixture
def tab(chromium: webdriver.Chrome, site: Site) -> Iterator[Tab]:
    tab = Tab(chromium, site.url)
    tab.open("/static/site.css")  # on the service's origin, so its cookies can be cleared
    chromium.delete_all_cookies()
    tab.set_width(1280)
    yield tab
    site.clock.offset = type(site.clock.offset)()
