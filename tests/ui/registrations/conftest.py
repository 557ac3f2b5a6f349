"""Fixtures for the registrations view: a real shell on the real encrypted store, on the tests' clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.storage import Store
from clerk_app.ui.controllers.registrations import RegistrationsController
from clerk_app.ui.shell import Shell
from tests.support.records_on_clock import NOW, TODAY, Counter, RecordsOnClock, populate
from tests.support.registration_flow import CounterStore


@pytest.fixture
def counter(real_store: Store) -> Counter:
    return populate(real_store)


@pytest.fixture
def records(real_store: Store) -> RecordsOnClock:
    return RecordsOnClock(real_store)


@pytest.fixture
def make_counter_shell(
    make_shell: Callable[..., Shell], real_store: Store, records: RecordsOnClock
) -> Callable[..., Shell]:
    """Shells with every flow connected to the real store, as ``clerk-app`` builds them."""

    def build(**options: object) -> Shell:
        return make_shell(
            registrar=CounterStore(real_store, today=lambda: TODAY),
            registrations=records,
            reports=records,
            today=lambda: TODAY,
            now=lambda: NOW,
            **options,
        )

    return build


@pytest.fixture
def shell(make_counter_shell: Callable[..., Shell]) -> Shell:
    return make_counter_shell()


@pytest.fixture
def listing(qtbot: QtBot, shell: Shell, counter: Counter) -> RegistrationsController:
    """The registrations list opened from the menu, today's registrations on it."""
    controller = shell.registrations
    assert controller is not None
    shell.view.registrations_action.trigger()
    qtbot.waitUntil(lambda: not controller.busy and controller.view.count_label.text() != "", timeout=10_000)
    return controller
