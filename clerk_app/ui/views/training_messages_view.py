"""Layout of the training panel's messages: what the training central service e-mailed and texted.

A dock in a tab beside the training cards, with two read-only lists (the mailbox: time, recipient,
subject, link or security code; the SMS outbox: time, number, text) and a refresh button.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.training_mark import TRAINING_MARK
from clerk_app.ui.views.base import Retranslatable


def _message_list(parent: QWidget, name: str, columns: int) -> QTreeWidget:
    messages = QTreeWidget(parent)
    messages.setObjectName(name)
    messages.setColumnCount(columns)
    messages.setRootIsDecorated(False)
    messages.setUniformRowHeights(True)
    messages.setAlternatingRowColors(True)
    messages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    messages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return messages


class TrainingMessagesView(Retranslatable, QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training-messages")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)

        body = QWidget(self)
        body.setObjectName("training-messages-body")
        body.setStyleSheet(
            "QWidget#training-messages-body { background: #fff8cc; border: 2px solid #ffd400; }"
        )
        self.explanation = QLabel(body)
        self.explanation.setWordWrap(True)
        self.mail_label = QLabel(body)
        self.mail_list = _message_list(body, "training-mailbox", 4)
        self.mail_label.setBuddy(self.mail_list)
        self.sms_label = QLabel(body)
        self.sms_list = _message_list(body, "training-sms", 3)
        self.sms_label.setBuddy(self.sms_list)
        self.refresh_button = QPushButton(body)
        self.refresh_button.setObjectName("training-messages-refresh")
        self.status_label = QLabel(body)
        self.status_label.setObjectName("training-messages-status")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(body)
        layout.addWidget(self.explanation)
        layout.addWidget(self.mail_label)
        layout.addWidget(self.mail_list, 2)
        layout.addWidget(self.sms_label)
        layout.addWidget(self.sms_list, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_label)
        self.setWidget(body)
        QWidget.setTabOrder(self.mail_list, self.sms_list)
        QWidget.setTabOrder(self.sms_list, self.refresh_button)
        self.retranslate()

    def set_mails(self, rows: Sequence[tuple[str, str, str, str]]) -> None:
        """``(time, recipient, subject, link or code)`` per message, newest first."""
        self._fill(self.mail_list, rows)

    def set_sms(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """``(time, number, text)`` per message, newest first."""
        self._fill(self.sms_list, rows)

    @staticmethod
    def _fill(messages: QTreeWidget, rows: Sequence[Sequence[str]]) -> None:
        messages.clear()
        for row in rows:
            item = QTreeWidgetItem(messages, list(row))
            for column, text in enumerate(row):
                item.setToolTip(column, text)
        for column in range(messages.columnCount() - 1):
            messages.resizeColumnToContents(column)

    def retranslate(self) -> None:
        title = self.tr("Mailbox and SMS")
        self.setWindowTitle(f"{TRAINING_MARK} – {title}")
        self.explanation.setText(
            self.tr(
                "What the training central service sent: open the link and use the code as the citizen "
                "would. Nothing leaves this computer."
            )
        )
        self.mail_label.setText(self.tr("Training mail&box"))
        self.mail_list.setHeaderLabels(
            [self.tr("Received"), self.tr("To"), self.tr("Subject"), self.tr("Link or code")]
        )
        self.sms_label.setText(self.tr("SMS o&utbox"))
        self.sms_list.setHeaderLabels([self.tr("Sent"), self.tr("Number"), self.tr("Text")])
        self.refresh_button.setText(self.tr("Re&fresh"))
