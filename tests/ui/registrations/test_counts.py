"""Counts per day, service centre and clerk over a chosen period, from the real store."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from clerk_app.storage import Store
from clerk_app.ui.controllers.counts import CountsController
from clerk_app.ui.counts_report import STATUS_COLUMNS, ReportFormat
from clerk_app.ui.models.registration_tables import CountColumn
from clerk_app.ui.shell import Shell
from tests.support.records_on_clock import NOW, PEOPLE, TODAY, Counter, RecordsOnClock
from tests.support.registration_flow import focused, press

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


def _saving_to(folder: Path, asked: list[tuple[str, ReportFormat]]) -> Callable[..., Path | None]:
    def ask(_parent: object, suggested: Path, fmt: ReportFormat) -> Path | None:
        asked.append((suggested.name, fmt))
        return folder / suggested.name

    return ask


def _saved(qtbot: QtBot, counts: CountsController, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not counts.busy and counts.view.saved_label.text() != "", timeout=20_000)


def test_save_as_csv_writes_the_counts_shown_with_their_statuses(
    qtbot: QtBot,
    make_counter_shell: Callable[..., Shell],
    counter: Counter,
    real_store: Store,
    tmp_path: Path,
) -> None:
    asked: list[tuple[str, ReportFormat]] = []
    shell = make_counter_shell(ask_report_path=_saving_to(tmp_path, asked))
    counts = opened(qtbot, shell)
    start = TODAY - dt.timedelta(days=45)
    counts.view.set_days(start, TODAY)
    qtbot.mouseClick(counts.view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not counts.busy, timeout=10_000)
    assert counts.view.save_csv_button.isEnabled()

    _saved(qtbot, counts, counts.view.save_csv_button)

    name = f"aantallen-{start.isoformat()}-{TODAY.isoformat()}.csv"
    assert asked == [(name, ReportFormat.CSV)]
    path = tmp_path / name
    assert counts.view.saved_label.text() == f"De aantallen zijn opgeslagen als {path}."
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert header[:6] == [
        "Dag",
        "Dienstencentrum",
        "Medewerker",
        "Personeelsnummer",
        "Nieuwe registraties",
        "Opnieuw uitgereikt",
    ]
    assert header[6:] == [
        "Nog niet verstuurd",
        "Aanvaard",
        "Geactiveerd",
        "Verlopen",
        "Geweigerd",
        "Ingetrokken",
    ]
    expected = real_store.reports.counts(start, TODAY, now=NOW)
    assert [(row[0], row[3], [int(n) for n in row[4:]]) for row in rows] == [
        (
            count.day.isoformat(),
            count.clerk.staff_number,
            [count.new_registrations, count.reissues, *(count.status(status) for status in STATUS_COLUMNS)],
        )
        for count in expected
    ]
    # The morning at the counter (ui/registrations/support.py), so the comparison is not of empty tables.
    today = [int(n) for n in rows[-1][4:]]
    assert rows[-1][:4] == [TODAY.isoformat(), STADSKANTOOR, "Jan Peeters", "G54321"]
    # New, re-issues; then issued (one of them the re-issue), accepted, activated, expired, rejected, revoked.
    assert today == [5, 1, 2, 1, 1, 1, 0, 1]
    assert [int(n) for n in rows[-2][4:]] == [1, 0, 0, 0, 0, 0, 1, 0]  # Gentbrugge: the rejected one
    assert [int(n) for n in rows[0][4:]] == [1, 0, 0, 0, 0, 1, 0, 0]  # erased long ago, counted as expired
    text = raw.decode("utf-8-sig")
    assert not [secret for person in PEOPLE for secret in person.secrets if secret in text]


def test_save_as_pdf_in_the_clerks_language(
    qtbot: QtBot, make_counter_shell: Callable[..., Shell], counter: Counter, tmp_path: Path
) -> None:
    shell = make_counter_shell(ask_report_path=_saving_to(tmp_path, []))
    counts = opened(qtbot, shell)
    shell.switch_language("fr")
    _saved(qtbot, counts, counts.view.save_pdf_button)
    path = tmp_path / f"nombres-{TODAY.replace(day=1).isoformat()}-{TODAY.isoformat()}.pdf"
    assert counts.view.saved_label.text() == f"Les nombres ont été enregistrés sous {path}."
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Enregistrements par jour, centre de services et agent" in text
    assert "TRAINING" not in text  # a production shell
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert f"{TODAY.isoformat()} {STADSKANTOOR} Jan Peeters G54321 5 1 2 1 1 1 0 1" in lines
    assert "Total 6 1 2 1 1 1 1 1" in lines
    assert not [secret for person in PEOPLE for secret in person.secrets if secret in text]


def test_nothing_is_saved_before_counting_or_when_the_clerk_cancels(
    qtbot: QtBot, make_counter_shell: Callable[..., Shell], counter: Counter, tmp_path: Path
) -> None:
    shell = make_counter_shell(ask_report_path=lambda _parent, _suggested, _fmt: None)
    counts = shell.counts
    assert counts is not None
    assert not counts.view.save_csv_button.isEnabled()
    assert counts.save(ReportFormat.CSV) is False  # nothing counted yet
    counts = opened(qtbot, shell)
    assert counts.save(ReportFormat.PDF) is False  # cancelled
    assert counts.view.saved_label.text() == ""
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_file_that_cannot_be_written_is_reported(
    qtbot: QtBot, make_counter_shell: Callable[..., Shell], counter: Counter, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "counts.csv"
    shell = make_counter_shell(ask_report_path=lambda _parent, _suggested, _fmt: missing)
    counts = opened(qtbot, shell)
    qtbot.mouseClick(counts.view.save_csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counts.view.findChild(QMessageBox, "error-ReportOutputError") is not None)
    box = counts.view.findChild(QMessageBox, "error-ReportOutputError")
    assert box.windowTitle() == "Rapport niet opgeslagen"
    assert not counts.busy and counts.view.save_csv_button.isEnabled()
    assert counts.view.saved_label.text() == ""
