"""Getting the slip out: to the printer the clerk picks (remembered), or to a PDF file.

The print and file dialogs are passed in as plain functions so the flow can be driven without modal
dialogs (tests, the self-test). Painting and spooling run on a worker thread; the outcome comes back as
signals on the GUI thread. Qt's print module (and the CUPS plugin it loads) is imported on first use:
it is a noticeable part of the start-up time and not needed until the first slip is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from clerk_app.domain.registration import Registration
from clerk_app.errors import ClerkError, SlipOutputError
from clerk_app.ui.dates import counter_time
from clerk_app.ui.i18n import translate
from clerk_app.ui.slip import (
    SlipContent,
    SlipFormat,
    format_for_paper_width,
    prepare_page,
    render_to_paged_device,
    write_pdf,
)
from clerk_app.ui.ui_state import UiState
from clerk_app.ui.workers import Workers

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

ChoosePrinter = Callable[["QPrinter", QWidget], bool]
AskPdfPath = Callable[[QWidget, Path], Path | None]


def choose_printer_with_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """Qt's print dialog (translated by Qt's own catalogue)."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def pdf_dialog(parent: QWidget, suggested: Path) -> QFileDialog:
    """Qt's own save dialog, not the desktop's: it speaks the UI's language (Qt's qtbase catalogue, which
    :class:`~clerk_app.ui.i18n.Translations` installs with the UI's) and looks the same on every counter."""
    dialog = QFileDialog(parent, translate("output", "Save the slip as PDF"), str(suggested.parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(translate("output", "PDF files (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested.name)
    return dialog


def ask_pdf_path_with_dialog(parent: QWidget, suggested: Path) -> Path | None:
    dialog = pdf_dialog(parent, suggested)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def slip_file_name(registration: Registration) -> str:
    """A name no other slip has: the moment of registering (Brussels time) and the registration's id.

    No name, number or e-mail address: the file may end up in a shared folder. The id makes it unique
    even for two registrations in the same minute, at any counter.
    """
    when = counter_time(registration.created_at)
    return translate("output", "activation-slip-{when}-{registration}.pdf").format(
        when=f"{when:%Y-%m-%d_%H%M}", registration=registration.id
    )


class SlipOutput(QObject):
    """Prints or saves a slip; reports :attr:`done` (a message for the clerk) or :attr:`failed`."""

    done = Signal(str)
    failed = Signal(object)  # ClerkError

    def __init__(
        self,
        state: UiState,
        workers: Workers,
        *,
        choose_printer: ChoosePrinter = choose_printer_with_dialog,
        ask_pdf_path: AskPdfPath = ask_pdf_path_with_dialog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._workers = workers
        self._choose_printer = choose_printer
        self._ask_pdf_path = ask_pdf_path
        self._busy = False

    def print_slip(self, content: SlipContent, parent: QWidget) -> bool:
        """Ask for a printer (the last one preselected) and print; False when the clerk cancelled."""
        if self._busy:
            return False
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        last = self._state.last_printer()
        if last and last in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(last)
        if not self._choose_printer(printer, parent):
            return False
        if printer.printerName():
            self._state.set_last_printer(printer.printerName())
        paper_width = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter).width()
        fmt = format_for_paper_width(paper_width)
        dpi = printer.resolution()
        prepare_page(printer, content, fmt, dpi)
        message = translate("output", "The slip was sent to the printer.")

        def work() -> str:
            render_to_paged_device(printer, content, fmt, dpi)
            return message

        self._start(work)
        return True

    def save_pdf(self, content: SlipContent, parent: QWidget, file_name: str) -> bool:
        """Ask where to save (offering ``file_name``) and write an A4 PDF; False when the clerk cancelled."""
        if self._busy:
            return False
        path = self._ask_pdf_path(parent, self._state.last_pdf_folder() / file_name)
        if path is None:
            return False
        self._state.set_last_pdf_folder(path.parent)
        message = translate("output", "The slip was saved as {path}.").format(path=path)

        def work() -> str:
            write_pdf(path, content, SlipFormat.A4)
            if not path.is_file() or path.stat().st_size == 0:
                raise OSError("no PDF was written")
            return message

        self._start(work)
        return True

    def _start(self, work: Callable[[], str]) -> None:
        self._busy = True
        # Every failure of a printer or a file is the clerk's to see, named by its kind: none is a bug.
        self._workers.start(work, self._succeeded, self._failed, settle=self._settled, expected=(Exception,))

    def _settled(self) -> None:
        self._busy = False

    def _succeeded(self, message: object) -> None:
        self.done.emit(str(message))

    def _failed(self, exc: Exception) -> None:
        error = (
            exc
            if isinstance(exc, ClerkError)
            else SlipOutputError(type(exc).__name__, problem=type(exc).__name__)
        )
        self.failed.emit(error)
