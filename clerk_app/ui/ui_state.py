"""Small things the UI remembers between runs, one file per profile (``ui-state.ini`` in its config folder).

Not settings: nothing here changes what the application does, only what it offers first (the last printer
and PDF folder, the window as it was left, the service centre this workstation signs in at).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from clerk_app.config import Settings


class UiState:
    """The remembered things of one profile."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def of(cls, settings: Settings) -> UiState:
        return cls(settings.paths.config_dir / "ui-state.ini")

    def last_printer(self) -> str:
        return str(self._settings.value("printing/last_printer", "") or "")

    def set_last_printer(self, name: str) -> None:
        self._settings.setValue("printing/last_printer", name)
        self._settings.sync()

    def last_pdf_folder(self) -> Path:
        saved = str(self._settings.value("printing/last_pdf_folder", "") or "")
        if saved and Path(saved).is_dir():
            return Path(saved)
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )

    def set_last_pdf_folder(self, folder: Path) -> None:
        self._settings.setValue("printing/last_pdf_folder", str(folder))
        self._settings.sync()

    def window_geometry(self) -> QByteArray | None:
        """The main window as it was left (size, place, maximised or not), if it was ever closed."""
        saved = self._settings.value("window/geometry")
        return saved if isinstance(saved, QByteArray) and not saved.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.sync()

    def last_centre(self) -> str:
        """The id of the service centre the last clerk signed in at on this workstation."""
        return str(self._settings.value("sign_in/centre", "") or "")

    def set_last_centre(self, centre_id: str) -> None:
        self._settings.setValue("sign_in/centre", centre_id)
        self._settings.sync()


def show_main_window(window: QWidget, state: UiState) -> None:
    """Show the window as it was left; the first time, maximised (the screens are laid out for it)."""
    geometry = state.window_geometry()
    if geometry is not None and window.restoreGeometry(geometry):
        window.show()
    else:
        window.showMaximized()


def remember_main_window(window: QWidget, state: UiState) -> None:
    state.set_window_geometry(window.saveGeometry())
