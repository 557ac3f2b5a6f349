"""The link to the central service as the clerk sees it: online or offline, what waits, the last sync.

The relay runs in its own thread and reports :class:`~clerk_app.sync.relay.SyncState` there; a bridge made
on the GUI thread carries each report over a queued signal, so the status bar is only touched on the GUI
thread. The clerk can send now (F5). A registration the central service refused is shown once, with the
service's reason, through the one error presenter. When the workstation is not (or no longer) enrolled,
sending pauses and the status says so; "Enrol this workstation…" takes a one-time code from IT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from clerk_app.errors import CentralRejected, ClerkError, NotAuthorised
from clerk_app.sync.relay import Connection, SyncState
from clerk_app.ui.controllers.base import ShellPort
from clerk_app.ui.dates import counter_time, moment_text, time_text
from clerk_app.ui.i18n import Translations, translate
from clerk_app.ui.parts import RunningSync, StartSync
from clerk_app.ui.views.sync_status_view import SyncStatusView
from clerk_app.ui.workers import Workers

#: Asks for a one-time enrolment code (None: cancelled); replaced in tests.
AskEnrolmentCode = Callable[[QWidget], str | None]


def ask_enrolment_code(parent: QWidget) -> str | None:
    code, accepted = QInputDialog.getText(
        parent,
        translate("SyncStatusController", "Enrol this workstation"),
        translate("SyncStatusController", "One-time enrolment code from the IT helpdesk:"),
        QLineEdit.EchoMode.Normal,
    )
    return (code.strip() or None) if accepted else None


class SyncBridge(QObject):
    """Made on the GUI thread; the relay thread only emits."""

    state = Signal(object)


class SyncStatusController(QObject):
    def __init__(
        self,
        shell: ShellPort,
        start: StartSync,
        workers: Workers,
        translations: Translations,
        *,
        training: bool,
        ask_code: AskEnrolmentCode = ask_enrolment_code,
    ) -> None:
        """``start`` is the parts' ``start_sync`` (handed in by the entry point); ``training`` hides
        "Enrol this workstation…", as training enrols by itself."""
        super().__init__(cast(QObject, shell))  # owned by the shell, a QObject (ShellPort cannot say so)
        self._shell = shell
        self._workers = workers
        self._translations = translations
        self._ask_code = ask_code
        self._sync: RunningSync | None = None
        self._closed = False
        self._state: SyncState | None = None
        self._shown_rejection: str | None = None

        self.view = SyncStatusView(shell.view)
        shell.view.add_status_part(self.view, self.view.menu)
        self.bridge = SyncBridge(self)
        self.bridge.state.connect(self._show_state, Qt.ConnectionType.QueuedConnection)
        self.view.sync_now_action.triggered.connect(self.sync_now)
        self.view.enrol_action.triggered.connect(self.enrol)
        self.view.enrol_action.setVisible(not training)
        self._set_actions_enabled(False)  # until sending has started, there is nothing to act on
        translations.language_changed.connect(lambda _language: self._render())
        self.view.setText(self.tr("Central service: starting…"))

        centre = shell.session.centre.id
        self._workers.start(lambda: start(centre, self.bridge.state.emit), self._started, self._failed)

    @property
    def state(self) -> SyncState | None:
        return self._state

    def sync_now(self) -> None:
        if self._sync is not None:
            self._sync.service.sync_now()

    def enrol(self) -> None:
        if self._sync is None:
            return
        code = self._ask_code(self._shell.view)
        if code is None:
            return
        service = self._sync.service

        def work() -> None:
            service.enrol(code)
            service.start()

        self._workers.start(work, lambda _none: self.sync_now(), self._failed)

    def close(self) -> None:
        """Stop sending (and training's own service); call before the store closes."""
        self._closed = True
        self._workers.wait()  # a start still running ends, and its result is handed over just below
        QCoreApplication.sendPostedEvents()
        if self._sync is not None:
            self._sync.close()
            self._sync = None

    # --- reactions ----------------------------------------------------------------------------------

    def _started(self, sync: RunningSync) -> None:
        if self._closed:  # the window closed while sync was starting
            sync.close()
            return
        self._sync = sync
        self._set_actions_enabled(True)
        self._show_state(sync.service.state())

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.view.sync_now_action.setEnabled(enabled)
        self.view.enrol_action.setEnabled(enabled)

    def _failed(self, error: ClerkError) -> None:
        self._shell.show_error(error)
        self.view.setText(self.tr("Central service: not available"))

    @Slot(object)
    def _show_state(self, state: SyncState) -> None:
        previous, self._state = self._state, state
        self._render()
        paused = state.connection is Connection.UNAUTHORISED
        if paused and (previous is None or previous.connection is not Connection.UNAUTHORISED):
            self._shell.show_error(NotAuthorised())  # once per pause: ask for a new enrolment code
        if state.last_rejection and state.last_rejection != self._shown_rejection:
            self._shown_rejection = state.last_rejection
            self._shell.show_error(CentralRejected(reason=state.last_rejection))

    def _render(self) -> None:
        state = self._state
        if state is None:
            return
        last = self._time(state.last_success) if state.last_success else self.tr("never")
        texts = {
            Connection.DISABLED: self.tr("Central service: off (not configured) · {waiting} waiting"),
            Connection.UNKNOWN: self.tr("Central service: connecting · {waiting} waiting · last sync {last}"),
            Connection.ONLINE: self.tr("Online · {waiting} waiting · last sync {last}"),
            Connection.OFFLINE: self.tr("Offline · {waiting} waiting · last sync {last}"),
            Connection.UNAUTHORISED: self.tr("Not enrolled: sending paused · {waiting} waiting"),
        }
        self.view.setText(texts[state.connection].format(waiting=state.waiting, last=last))

    def _time(self, moment: dt.datetime) -> str:
        """Today's time alone; an earlier day with its date, as every date on the screens."""
        if counter_time(moment).date() == counter_time(dt.datetime.now(dt.UTC)).date():
            return time_text(moment)
        return moment_text(moment)
