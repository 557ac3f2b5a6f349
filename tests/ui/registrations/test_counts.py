"""Counts per day, service centre and clerk over a chosen period, from the real store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from clerk_app.ui.controllers.counts import CountsController
from clerk_app.ui.controllers.shell import Shell
from clerk_app.ui.models.registration_tables import CountColumn
from ui.registration_support import focused, press
from ui.registrations.support import TODAY, Counter, RecordsOnClock

STADSKANTOOR = "Stadskantoor (Afhaalbalie Burgerzaken)"
GENTBRUGGE = "Dienstencentrum Gentbrugge"
JAN = "Jan Peeters (G54321)"
ELS = "Els Claeys (G77777)"


def rows(counts: CountsController) -> list[tuple[str, ...]]:
    model = counts.model
    return [
        tuple(model.data(model.index(row, column.value)) for column in CountColumn)
        for row in range(model.rowCount())
    ]


def opened(qtbot: QtBot, shell: Shell) -> CountsController:
    counts = shell.counts
    assert counts is not None
    shell.home.other_button.setFocus()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_screen() is counts.view
    qtbot.waitUntil(lambda: not counts.busy and counts.view.total_label.text() != "", timeout=10_000)
    return counts


def test_counts_this_month_per_day_centre_and_clerk(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock
) -> None:
    counts = opened(qtbot, shell)
    assert counts.view.days() == (TODAY.replace(day=1), TODAY)
    assert focused() is counts.view.from_edit
    # Today: six at the Stadskantoor by the signed-in clerk (the re-issue counts as one), one at Gentbrugge.
    assert rows(counts) == [("02/03/2026", GENTBRUGGE, ELS, "1"), ("02/03/2026", STADSKANTOOR, JAN, "6")]
    assert counts.view.total_label.text() == "Totaal voor de periode: 7"
    assert [counts.model.headerData(c.value, Qt.Orientation.Horizontal) for c in CountColumn] == [
        "Dag",
        "Dienstencentrum",
        "Medewerker",
        "Registraties",
    ]
    assert records.on_gui_thread == [False]
    assert not shell._idle.armed  # no citizen data on this screen


def test_a_longer_period_counts_every_day_and_erased_registrations_too(
    qtbot: QtBot, shell: Shell, counter: Counter
) -> None:
    counts = opened(qtbot, shell)
    start = TODAY - dt.timedelta(days=45)
    counts.view.from_edit.setDate(QDate(start.year, start.month, start.day))
    qtbot.mouseClick(counts.view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not counts.busy, timeout=10_000)
    assert rows(counts) == [
        ("16/01/2026", STADSKANTOOR, JAN, "1"),  # erased after retention, still counted
        ("10/02/2026", STADSKANTOOR, JAN, "1"),
        ("27/02/2026", STADSKANTOOR, JAN, "1"),
        ("02/03/2026", GENTBRUGGE, ELS, "1"),
        ("02/03/2026", STADSKANTOOR, JAN, "6"),
    ]
    assert counts.view.total_label.text() == "Totaal voor de periode: 10"


def test_a_period_without_registrations_counts_zero(qtbot: QtBot, shell: Shell, counter: Counter) -> None:
    counts = opened(qtbot, shell)
    counts.view.set_days(dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    qtbot.mouseClick(counts.view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not counts.busy, timeout=10_000)
    assert rows(counts) == []
    assert counts.view.total_label.text() == "Totaal voor de periode: 0"


def test_a_first_day_after_the_last_is_pointed_out(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock
) -> None:
    counts = opened(qtbot, shell)
    counts.view.set_days(TODAY, TODAY - dt.timedelta(days=1))
    qtbot.mouseClick(counts.view.show_button, Qt.MouseButton.LeftButton)
    assert counts.view.period_problem.text() == "De eerste dag valt na de laatste dag."
    assert records.calls.count("counts") == 1  # only the one made on opening


def test_from_the_list_to_the_counts_and_back(qtbot: QtBot, shell: Shell, counter: Counter) -> None:
    listing, counts = shell.registrations, shell.counts
    assert listing is not None and counts is not None
    shell.view.registrations_action.trigger()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 7, timeout=10_000)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Aantallen per &dag" (an animated click)
    qtbot.waitUntil(lambda: shell.current_screen() is counts.view)
    assert listing.model.rowCount() == 0  # the list's citizens are not kept behind the counts
    qtbot.waitUntil(lambda: not counts.busy, timeout=10_000)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "Te&rug naar de registraties"
    qtbot.waitUntil(lambda: shell.current_screen() is listing.view)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 7, timeout=10_000)
