"""The confirmation screen: the code shown once, printed or saved, and then gone from the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.config import Profile
from clerk_app.domain.registration import Language
from clerk_app.ui.composition import UiServices
from clerk_app.ui.shell import Shell
from clerk_app.ui.ui_state import UiState
from tests.support.ui_citizens import Citizen, leaking_widgets, make_citizen, make_settings

MakeShell = Callable[..., Shell]


def _squashed(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).upper()


def _pdf_has_code(path: Path, code: str) -> bool:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return code.replace("-", "") in _squashed(text)


def _wait_for_status(qtbot: QtBot, shell: Shell) -> str:
    qtbot.waitUntil(lambda: shell.confirmation.view.status_label.text() != "", timeout=10_000)
    return shell.confirmation.view.status_label.text()


def test_code_is_shown_large_grouped_in_the_legible_font(make_shell: MakeShell, citizen: Citizen) -> None:
    shell = make_shell()
    shell.show_confirmation(citizen.registration, citizen.code)
    view = shell.confirmation.view
    shown = view.code_label.text()
    groups = shown.split(" – ")
    assert [len(group) for group in groups] == [4, 4, 4]
    matches = _squashed(shown) == citizen.code.replace("-", "")
    assert matches, "the confirmation does not show the issued code"
    assert view.code_label.font().family() == "B612 Mono"
    assert view.code_label.font().pointSizeF() >= 24
    local = citizen.registration.expires_at.astimezone(ZoneInfo("Europe/Brussels"))  # the counters' clock
    assert view.expiry_label.text() == f"16/03/2026 om {local:%H:%M}"
    assert view.language_label.text() == "Nederlands"
    assert QApplication.focusWidget() is view.print_button


def test_slip_language_is_the_citizens(make_shell: MakeShell) -> None:
    shell = make_shell()
    french = make_citizen(shell.session.centre.id, Language.FR)
    shell.show_confirmation(french.registration, french.code)
    assert shell.confirmation.view.language_label.text() == "Frans"


def test_save_as_pdf_writes_the_slip(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "slip.pdf"
    target.parent.mkdir()
    asked: list[Path] = []

    def ask(_parent: QWidget, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    shell = make_shell(ask_pdf_path=ask)
    shell.show_confirmation(citizen.registration, citizen.code)
    qtbot.mouseClick(shell.confirmation.view.pdf_button, Qt.MouseButton.LeftButton)
    status = _wait_for_status(qtbot, shell)
    assert status == f"Het strookje werd opgeslagen als {target}."
    assert _pdf_has_code(target, citizen.code)
    assert asked[0].name.startswith("activeringsstrookje-")
    assert asked[0].suffix == ".pdf"
    remembered = UiState(tmp_path / "home" / "production" / "config" / "ui-state.ini").last_pdf_folder()
    assert remembered == target.parent


@pytest.mark.inline_workers  # a job started would have run by the next line: no drain needed
def test_cancelled_save_writes_nothing(
    make_shell: MakeShell, citizen: Citizen, tmp_path: Path, ui: UiServices
) -> None:
    shell = make_shell(ask_pdf_path=lambda _parent, _suggested: None)
    shell.show_confirmation(citizen.registration, citizen.code)
    shell.confirmation.save_pdf()
    assert list(tmp_path.rglob("*.pdf")) == []
    assert shell.confirmation.view.status_label.text() == ""


def test_a_failed_save_says_so_and_keeps_the_code(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen, tmp_path: Path
) -> None:
    shell = make_shell(ask_pdf_path=lambda _parent, _suggested: tmp_path / "missing-folder" / "slip.pdf")
    shell.show_confirmation(citizen.registration, citizen.code)
    shell.confirmation.save_pdf()
    qtbot.waitUntil(
        lambda: shell.view.findChild(QMessageBox, "error-SlipOutputError") is not None, timeout=10_000
    )
    box = shell.view.findChild(QMessageBox, "error-SlipOutputError")
    assert box is not None
    assert box.windowTitle() == "Strookje niet afgedrukt"
    assert "Strookje niet afgedrukt" in shell.confirmation.view.status_label.text()
    assert shell.confirmation.has_code
    still_shown = _squashed(shell.confirmation.view.code_label.text()) == citizen.code.replace("-", "")
    assert still_shown, "the code must stay on screen after a failed save"


def _receipt_printer(path: Path) -> Callable[[QPrinter, QWidget], bool]:
    def choose(printer: QPrinter, _parent: QWidget) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageSize(QPageSize(QSizeF(80, 297), QPageSize.Unit.Millimeter, "Roll 80"))
        return True

    return choose


def test_receipt_printer_gets_the_80_mm_layout(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen, tmp_path: Path
) -> None:
    path = tmp_path / "receipt.pdf"
    shell = make_shell(choose_printer=_receipt_printer(path))
    shell.show_confirmation(citizen.registration, citizen.code)
    qtbot.mouseClick(shell.confirmation.view.print_button, Qt.MouseButton.LeftButton)
    assert _wait_for_status(qtbot, shell) == "Het strookje is naar de printer gestuurd."
    page = PdfReader(path).pages[0]
    assert abs(float(page.mediabox.width) / 72 * 25.4 - 80) < 0.5
    assert float(page.mediabox.height) / 72 * 25.4 < 250
    assert _pdf_has_code(path, citizen.code)


def test_office_printer_gets_the_a4_layout(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen, tmp_path: Path
) -> None:
    shell = make_shell()
    shell.show_confirmation(citizen.registration, citizen.code)
    shell.confirmation.print_slip()
    _wait_for_status(qtbot, shell)
    page = PdfReader(tmp_path / "printed.pdf").pages[0]
    assert abs(float(page.mediabox.width) / 72 * 25.4 - 210) < 0.5
    assert abs(float(page.mediabox.height) / 72 * 25.4 - 297) < 0.5


def test_cancelled_print_dialog_prints_nothing(
    make_shell: MakeShell, citizen: Citizen, tmp_path: Path
) -> None:
    shell = make_shell(choose_printer=lambda _printer, _parent: False)
    shell.show_confirmation(citizen.registration, citizen.code)
    shell.confirmation.print_slip()
    assert not (tmp_path / "printed.pdf").exists()
    assert shell.confirmation.view.status_label.text() == ""


def test_a_nameless_print_target_does_not_replace_the_remembered_printer(
    make_shell: MakeShell, citizen: Citizen, tmp_path: Path
) -> None:
    """Without CUPS no named printer exists here, so only the keeping side of the memory is checked."""
    state_file = tmp_path / "home" / "production" / "config" / "ui-state.ini"
    state_file.parent.mkdir(parents=True)
    UiState(state_file).set_last_printer("Balie-3 bonprinter")
    offered: list[str] = []

    def choose(printer: QPrinter, _parent: QWidget) -> bool:
        offered.append(printer.printerName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    shell = make_shell(choose_printer=choose)
    shell.show_confirmation(citizen.registration, citizen.code)
    shell.confirmation.print_slip()
    assert len(offered) == 1
    assert UiState(state_file).last_printer() == "Balie-3 bonprinter"


def test_next_citizen_clears_every_piece_of_personal_data(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen
) -> None:
    shell = make_shell()
    shell.show_confirmation(citizen.registration, citizen.code)
    assert leaking_widgets(shell.view, citizen.secrets) != []
    qtbot.mouseClick(shell.confirmation.view.next_button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is shell.home
    assert leaking_widgets(shell.view, citizen.secrets) == []
    assert not shell.confirmation.has_code
    assert not shell.view.print_action.isEnabled()
    assert QApplication.focusWidget() is not shell.confirmation.view.next_button


def test_idle_personal_data_is_cleared_after_the_configured_time(
    qtbot: QtBot, make_shell: MakeShell, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path / "idle", Profile.PRODUCTION, idle_clear_seconds=2)
    shell = make_shell(settings)
    citizen = make_citizen(settings.centres[0].id)
    shell.show_confirmation(citizen.registration, citizen.code)
    qtbot.waitUntil(lambda: "seconde" in shell.view.notice.text(), timeout=3000)
    assert shell.view.notice.isVisible()
    assert shell.current_screen() is shell.confirmation.view
    qtbot.waitUntil(lambda: shell.current_screen() is shell.home, timeout=5000)
    assert leaking_widgets(shell.view, citizen.secrets) == []
    assert shell.view.notice.text() == "Het scherm werd leeggemaakt omdat het een tijd niet gebruikt werd."


def test_idle_clearing_is_off_while_no_personal_data_shows(make_shell: MakeShell, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "idle", Profile.PRODUCTION, idle_clear_seconds=1)
    shell = make_shell(settings)
    assert not shell._idle.armed  # no idle tick runs, so nothing can clear or warn
    assert shell.view.notice.text() == ""
    assert not shell.view.notice.isVisible()
