"""The one place that turns errors into what the clerk reads.

* A :class:`~clerk_app.errors.ClerkError` becomes one translated title and message
  (:func:`describe`): both are looked up in translation context ``errors`` and the message's
  ``{placeholders}`` are filled from the error's ``params`` afterwards. :class:`ErrorPresenter` shows it in a
  window-modal box or in an inline label.
* Anything else is a bug. :class:`CrashHandler` (``sys.excepthook``, which PySide6 also calls for exceptions
  raised in slots, and ``threading.excepthook``) writes a report under the log folder and opens a crash
  dialog. The report names exception types and code locations only: no exception messages of foreign
  exceptions, no local variables, no home folder, so no personal data can slip in.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from clerk_app.errors import ClerkError
from clerk_app.ui.i18n import translate
from clerk_app.version import app_version

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErrorText:
    title: str
    message: str


def describe(error: ClerkError) -> ErrorText:
    """The error's title and message in the current UI language, parameters filled in."""
    # Parameters that are fixed phrases (marked QT_TRANSLATE_NOOP("errors", ...) where they are raised) are
    # translated too; any other value has no catalogue entry and stays as it is.
    params = {name: translate("errors", value) for name, value in error.params.items()}
    return ErrorText(
        title=translate("errors", error.title),
        message=error.render(translate("errors", error.message), params),
    )


class ErrorPresenter:
    """Shows a :class:`ClerkError` to the clerk, in a dialog or next to the form it is about."""

    def __init__(self) -> None:
        self._open: list[QMessageBox] = []

    def show(self, error: ClerkError, parent: QWidget) -> QMessageBox:
        """A window-modal warning; returns at once (``open()``), so no nested event loop runs."""
        text = describe(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning, text.title, text.message, QMessageBox.StandardButton.Ok, parent
        )
        box.setObjectName(f"error-{error.code}")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self._open.append(box)
        box.open()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if box in self._open:
            self._open.remove(box)

    @staticmethod
    def show_inline(error: ClerkError, label: QLabel) -> None:
        text = describe(error)
        label.setText(f"<b>{_escape(text.title)}</b><br>{_escape(text.message)}")
        label.setVisible(True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- crash reports -------------------------------------------------------------------------------------

#: Patterns of personal data that could still reach a report through a ClerkError ``detail``.
_REDACTIONS = (
    (re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+"), "<e-mail>"),
    # any Unicode digit on purpose: masking more than a number could be is the safe side.
    (re.compile(r"\b\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2}\b"), "<number>"),
    (re.compile(r"\b[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}\b"), "<code>"),
)


def redact(text: str) -> str:
    """Mask e-mail addresses, national/BIS numbers and activation codes."""
    for pattern, mask in _REDACTIONS:
        text = pattern.sub(mask, text)
    return text


def _short_path(filename: str) -> str:
    """Keep package-relative paths; hide the user's home folder."""
    path = filename.replace("\\", "/")
    for marker in ("/site-packages/", "/clerk_app/"):
        if marker in path:
            tail = path.split(marker, 1)[1]
            return ("clerk_app/" if marker == "/clerk_app/" else "") + tail
    home = str(Path.home()).replace("\\", "/")
    return path.replace(home, "~") if home and home != "/" else path


def _describe_exception(exc: BaseException) -> str:
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    if isinstance(exc, ClerkError):
        # ``detail`` is a technical note that must not hold personal data; redact in case one slipped in.
        return f"{name} [{exc.code}] {redact(exc.detail)}".rstrip()
    return name  # the message of a foreign exception may quote any value, so it is left out


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """A support report without personal data: versions, exception types and code locations."""
    lines = [
        "clerk_app crash report",
        f"time: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        f"clerk_app {app_version()}, Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.system()} {platform.release()}",
        "",
    ]
    seen: set[int] = set()
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    current: BaseException | None = exc
    current_tb = tb
    relation = "exception"
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, current_tb, relation))
        if current.__cause__ is not None:
            relation, current = "caused by", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            relation, current = "while handling", current.__context__
        else:
            current = None
        current_tb = current.__traceback__ if current is not None else None
    for item, item_tb, how in chain:
        lines.append(f"{how}: {_describe_exception(item)}")
        for frame in traceback.extract_tb(item_tb):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines) + "\n"


class _CrashSignals(QObject):
    """Carries a report from any thread to the GUI thread."""

    crashed = Signal(str, str)  # report text, report path


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook`` until :meth:`uninstall`."""

    def __init__(
        self,
        log_dir: Path,
        parent_window: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log_dir = log_dir
        self._parent_window = parent_window
        self._signals = _CrashSignals()
        self._signals.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous_hook: Callable[..., object] | None = None
        self._previous_thread_hook: Callable[..., object] | None = None
        self.last_report_path: Path | None = None
        self.dialog: QMessageBox | None = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Write the report and ask the GUI thread to show it. Never raises."""
        if issubclass(exc_type, KeyboardInterrupt):
            return
        report = crash_report(exc_type, exc, tb)
        path = self._write(report)
        log.error("unexpected %s; crash report at %s", exc_type.__qualname__, path)
        self._signals.crashed.emit(report, str(path) if path else "")

    def _write(self, report: str) -> Path | None:
        try:
            self._log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
            path = self._log_dir / f"crash-{stamp}.txt"
            path.write_text(report, encoding="utf-8")
        except OSError:
            log.exception("could not write the crash report")
            return None
        self.last_report_path = path
        return path

    @Slot(str, str)
    def _show(self, report: str, path: str) -> None:
        title = translate("crash", "Unexpected error")
        if path:
            message = translate(
                "crash",
                "Something unexpected went wrong in the application. A report without personal data was "
                "saved as {path}. Finish or cancel the current citizen, restart the application, and give "
                "the report to the IT helpdesk.",
            ).format(path=path)
        else:
            message = translate(
                "crash",
                "Something unexpected went wrong in the application, and the report could not be saved. "
                "Restart the application and tell the IT helpdesk.",
            )
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, self._parent_window()
        )
        box.setObjectName("crash-dialog")
        box.setDetailedText(report)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog = box
        box.open()
