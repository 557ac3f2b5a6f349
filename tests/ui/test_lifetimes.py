"""Screens and their controllers are freed by reference counting, on the GUI thread, when the window goes.

A reference cycle through Qt objects is freed only by Python's cyclic garbage collector, which runs on
whichever thread happens to allocate, e.g. the worker committing a registration. Qt objects deleted there
leave their timers registered on the GUI thread, and the next tick crashes the process.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from clerk_app.app import card_readers, trust_store
from clerk_app.config import Profile
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.registration import Clerk
from clerk_app.storage import Store
from clerk_app.ui.card_path import attach_card_path
from clerk_app.ui.composition import UiServices, create_shell
from clerk_app.ui.session import CounterSession
from tests.support.records_on_clock import RecordsOnClock
from tests.support.registration_flow import TODAY, CounterStore
from tests.support.ui_citizens import make_settings
from tests.support.valid_registrations import valid_values


@pytest.fixture
def no_cycle_collector(ui: UiServices) -> Iterator[None]:
    ui.collector.stop()  # not even on the GUI thread's timer
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.usefixtures("no_cycle_collector")
def test_a_connected_shell_is_freed_without_the_cycle_collector(
    qapp: QApplication, ui: UiServices, real_store: Store, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path / "home")
    session = CounterSession(Clerk("Jan Peeters", "G54321"), settings.centres[0], training=False)
    shell = create_shell(
        qapp,
        settings,
        session,
        ui,
        registrar=CounterStore(real_store),
        registrations=RecordsOnClock(real_store),
        reports=RecordsOnClock(real_store),
        today=lambda: TODAY,
    )
    manual, step, listing, counts = shell.manual_path, shell.register_step, shell.registrations, shell.counts
    assert manual is not None and step is not None and listing is not None and counts is not None
    shell.view.registrations_action.trigger()  # a search on a worker, results back through signals
    ui.workers.wait()
    QCoreApplication.processEvents()
    manual.open_form(DocumentKind.ORANGE_CARD)
    manual.form.fill(valid_values(DocumentKind.ORANGE_CARD))
    manual.submit()  # hands the identity to the step, with a way back to the form
    assert shell.current_screen() is step.view
    refs = [weakref.ref(shell), weakref.ref(manual), weakref.ref(step)]
    refs += [weakref.ref(listing), weakref.ref(listing.registration), weakref.ref(counts)]
    window = shell.view
    del shell, manual, step, listing, counts
    window.deleteLater()
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    alive = [ref() is not None for ref in refs]
    assert alive == [False] * 6, "shell, manual path, register step, registrations, registration, counts"


@pytest.mark.usefixtures("no_cycle_collector")
def test_a_shell_with_its_card_path_is_freed_without_the_cycle_collector(
    qapp: QApplication, ui: UiServices, real_store: Store, tmp_path: Path
) -> None:
    """The eID path is one of the shell's personal-data screens and ends in its register step."""
    settings = make_settings(tmp_path / "home", Profile.TRAINING)
    session = CounterSession(Clerk("Jan Peeters", "G54321"), settings.centres[0], training=True)
    shell = create_shell(qapp, settings, session, ui, registrar=CounterStore(real_store), today=lambda: TODAY)
    card_path = attach_card_path(shell, card_readers(settings), trust_store(settings), ui)
    card_path.close()
    refs = [weakref.ref(shell), weakref.ref(card_path.eid), weakref.ref(shell.register_step)]
    window = shell.view
    del shell, card_path
    window.deleteLater()
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    alive = [ref() is not None for ref in refs]
    assert alive == [False, False, False], "shell, eID path, register step"
