"""The training panel's messages: the training mailbox and SMS outbox, so a trainee walks the whole chain.

A registration made in training goes to the training central service, which e-mails the activation link
and, once the trainee plays the citizen, security codes by e-mail and SMS. None of it leaves the computer:
the messages land in the training profile's folders, and this dock lists them (read-only, newest first).
Reading runs off the GUI thread; the list refreshes when the dock is made and with its button. The dock
exists only in training mode: the composition root hands over the training inbox only there.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from clerk_app.ui.i18n import Translations
from clerk_app.ui.views.training_messages_view import TrainingMessagesView
from clerk_app.ui.workers import Workers

if TYPE_CHECKING:  # the training service's modules load only in training (clerk_app.ui.main)
    from clerk_app.training_central import TrainingMail, TrainingSms

Messages = tuple[list["TrainingMail"], list["TrainingSms"]]


class Inbox(Protocol):
    """What the training panel and the confirmation screen read (``clerk_app.training_central``)."""

    def mails(self) -> list[TrainingMail]: ...
    def sms(self) -> list[TrainingSms]: ...
    def activation_link(self, registration_id: uuid.UUID) -> str | None: ...


def _time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d/%m %H:%M:%S")


class TrainingMessagesController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        inbox: Inbox,
        workers: Workers,
        translations: Translations,
        *,
        beside: QDockWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._inbox = inbox
        self._workers = workers
        self._messages: Messages | None = None
        self.busy = False
        self.view = TrainingMessagesView(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.view)
        if beside is not None:  # a tab next to the training cards, which stay in front
            width = beside.sizeHint().width()  # the two tab titles side by side would widen the dock
            window.tabifyDockWidget(beside, self.view)
            window.resizeDocks([beside], [width], Qt.Orientation.Horizontal)
            beside.raise_()
        self.view.refresh_button.clicked.connect(self.refresh)
        translations.language_changed.connect(self._language_changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the mailbox and the SMS outbox again (off the GUI thread)."""
        if self.busy:
            return
        self.busy = True
        self.view.refresh_button.setEnabled(False)
        inbox = self._inbox
        self._workers.start(
            lambda: (inbox.mails(), inbox.sms()),
            self._read,
            self._failed,
            settle=self._done,
            expected=(OSError, ValueError, KeyError),  # the training service's files and answers
        )

    def _language_changed(self, _language: str) -> None:
        self._show()

    def _read(self, messages: Messages) -> None:
        self._messages = messages
        self._show()

    def _failed(self, _error: Exception) -> None:
        self.view.status_label.setText(self.tr("The training mailbox could not be read."))

    def _done(self) -> None:
        self.busy = False
        self.view.refresh_button.setEnabled(True)

    def _show(self) -> None:
        if self._messages is None:
            return
        mails, texts = self._messages
        self.view.set_mails(
            [
                (_time(mail.delivered_at), ", ".join(mail.recipients), mail.subject, _link_or_code(mail))
                for mail in mails
            ]
        )
        self.view.set_sms([(_time(sms.sent_at), sms.to, sms.text) for sms in texts])
        self.view.status_label.setText(
            self.tr("{mails} e-mail(s) and {texts} text message(s).").format(
                mails=len(mails), texts=len(texts)
            )
        )


def _link_or_code(mail: TrainingMail) -> str:
    return mail.link or mail.security_code or ""
