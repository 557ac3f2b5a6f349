"""The registrations list at the counter's screen sizes: at 1366 px every column (centre and clerk too)
fits without scrolling sideways, beside the training panel (training mode) as without it (production), and
at 1024 px as at 1366 a long name never pushes the national number and the status out of view (issue 13
item 12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from clerk_app.domain.identity import Sex
from clerk_app.ui.models.registration_tables import RegistrationColumn
from tests.support.records_on_clock import EMRE, SEGOLENE, TODAY, Person, at, register
from tests.support.window_walks import LONG_GIVEN_NAMES, LONG_SURNAME, Window, settle

LONG = Person(LONG_SURNAME, LONG_GIVEN_NAMES, dt.date(1984, 5, 6), Sex.MALE, 511)


@pytest.mark.parametrize("size", ((1024, 768), (1366, 768)), ids=("1024x768", "1366x768"))
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_number_and_status_stay_in_view_and_every_column_fits_at_1366(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    for minutes, person in enumerate((SEGOLENE, LONG, EMRE)):
        register(window.parts.store, person, at(TODAY, 9, minutes))
    listing = window.shell.registrations
    assert listing is not None
    window.shell.view.registrations_action.trigger()
    qtbot.waitUntil(lambda: not listing.busy and listing.model.rowCount() == 3, timeout=10_000)
    table = listing.view.table
    viewport = table.viewport().width()
    for column in (RegistrationColumn.NATIONAL_NUMBER, RegistrationColumn.STATUS):
        left = table.columnViewportPosition(column.value)
        assert left >= 0 and left + table.columnWidth(column.value) <= viewport, column.name
    number = RegistrationColumn.NATIONAL_NUMBER.value
    assert table.columnWidth(number) >= table.sizeHintForColumn(number)  # on one line, whole
    _assert_words_fit(table, listing.model, RegistrationColumn.STATUS)  # wrapped if need be, never cut
    assert window.shell.view.width() == size[0]
    if size[0] >= 1366:
        # Beside the training panel (training mode) and without it (production): every column in view,
        # centre and clerk whole, their words wrapped over more lines when the list is narrow.
        panel = window.card_path.training_panel
        assert panel is not None and panel.view.isVisible() and not panel.view.isFloating()
        for beside in (True, False):
            if not beside:
                panel.view.hide()
            settle()
            assert table.horizontalScrollBar().maximum() == 0, beside
            for column in (RegistrationColumn.CENTRE, RegistrationColumn.CLERK, RegistrationColumn.DOCUMENT):
                _assert_words_fit(table, listing.model, column)
            for row in range(listing.model.rowCount()):  # each row as tall as its wrapped cells
                assert table.rowHeight(row) >= table.sizeHintForRow(row), (row, beside)
    person = listing.model.index(1, RegistrationColumn.PERSON.value)
    elided = table.columnWidth(person.column()) < table.sizeHintForColumn(person.column())
    assert elided  # the 80-character name does not fit: it is the column that gives way
    assert listing.model.data(person, 3) == listing.model.data(person, 0)  # its tooltip holds it whole


def _assert_words_fit(table: QTableView, model: QAbstractItemModel, column: RegistrationColumn) -> None:
    """Every word of the column's cells fits its width (so wrapping shows each cell whole)."""
    width = table.columnWidth(column.value)
    for row in range(model.rowCount()):
        text = str(model.data(model.index(row, column.value), 0))
        longest = max(table.fontMetrics().horizontalAdvance(word) for word in text.split())
        assert longest < width, column.name
