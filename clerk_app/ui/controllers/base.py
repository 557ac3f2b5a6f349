"""What every screen's controller shares, written once: the way back to the shell, busy, late results.

* The shell holds each controller; a strong reference back would make a cycle that only Python's cyclic
  garbage collector frees, on whatever thread it happens to run, and Qt objects must not be deleted off
  the GUI thread (a timer of theirs then fires on freed memory). So a controller keeps a weak reference.
* A controller is *busy* while a job it started runs; its screen shows that (``_show_busy``).
* The *generation* counts the citizens (or registrations, or searches) a screen has shown: a job
  remembers the one it started for, and its result is dropped when the screen has moved on since.

What a failed job means (an error to show or a bug to report) is :class:`~clerk_app.ui.workers.Workers`'
decision, not a controller's.

A controller sees the shell as :class:`ShellPort`, what it may ask of the main window. The shell
(``ui/shell.py``) sits above the controllers and builds them; they never import it back.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from clerk_app.domain.registration import Registration
from clerk_app.errors import ClerkError
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.session import CounterSession
from clerk_app.ui.views.home_view import HomeView
from clerk_app.ui.views.main_window_view import MainWindowView


class PersonalDataScreen(Protocol):
    """A screen that can show personal data and must be able to forget it at once."""

    def clear_personal_data(self) -> None: ...


class ShellPort(Protocol):
    """The main window as its controllers use it (implemented by :class:`clerk_app.ui.shell.Shell`)."""

    session: CounterSession
    view: MainWindowView
    home: HomeView

    def add_screen(self, screen: QWidget, personal_data: PersonalDataScreen | None = None) -> None: ...
    def show_screen(self, screen: QWidget, *, personal_data: bool) -> None: ...
    def current_screen(self) -> QWidget | None: ...
    def showing_confirmation(self) -> bool: ...
    def show_confirmation(self, registration: Registration, code: str, *, reissued: bool = False) -> None: ...
    def new_citizen(self) -> None: ...
    def show_error(self, error: ClerkError) -> None: ...
    def show_notice(self, text: str, *, seconds: int | None = None) -> None: ...
    def set_reader_state(self, state: ReaderState) -> None: ...
    def set_paths_available(self, *, eid: bool, other_document: bool) -> None: ...


class ScreenController(QObject):
    """Base of the controllers the shell holds (see the module's docstring)."""

    def __init__(self, shell: ShellPort, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell_ref: weakref.ref[ShellPort] = weakref.ref(shell)
        self._busy = False
        self._generation = 0

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def _shell(self) -> ShellPort:
        shell = self._shell_ref()
        assert shell is not None, "the shell outlives the controllers it holds"
        return shell

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._show_busy(busy)

    def _show_busy(self, busy: bool) -> None:
        """How the screen shows that a job runs; a controller with a screen to update overrides it."""

    def _next_generation(self) -> int:
        """The screen moves on: results of the jobs started so far are late from now on."""
        self._generation += 1
        return self._generation

    def _is_current(self, generation: int) -> bool:
        return generation == self._generation

    def _settle(self, generation: int) -> Callable[[], None]:
        """A job's ``settle`` for :meth:`Workers.start`: not busy any more, unless a later job runs."""

        def settle() -> None:
            if self._is_current(generation):
                self._set_busy(False)

        return settle

    def _confirmation_showing(self) -> bool:
        """A new code is on screen: it is left only with Next citizen, so other screens do not open."""
        return self._shell.showing_confirmation()
