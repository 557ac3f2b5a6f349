"""Layout of the sync status: a permanent part of the status bar and the "Central service" menu."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from clerk_app.ui.views.base import Retranslatable
from clerk_app.ui.views.fitting import ElidedLabel


class SyncStatusView(Retranslatable, ElidedLabel):
    """The status-bar label (elided, the whole text in its tooltip); it also owns the menu and its actions
    so one object retranslates them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-sync")
        self.setStyleSheet("QLabel { padding: 0 10px; border-left: 1px solid #888888; }")
        self.menu = QMenu(parent)
        self.sync_now_action = QAction(self)
        self.sync_now_action.setObjectName("sync-now")
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.enrol_action = QAction(self)
        self.enrol_action.setObjectName("enrol-workstation")
        self.menu.addAction(self.sync_now_action)
        self.menu.addAction(self.enrol_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Cen&tral service"))
        self.sync_now_action.setText(self.tr("&Send now"))
        self.enrol_action.setText(self.tr("&Enrol this workstation…"))
