"""Layout of the main window: menus with the shortcuts, training and notice banners, screens, status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from clerk_app.ui.session import CounterSession
from clerk_app.ui.views.base import Retranslatable
from clerk_app.ui.views.fitting import ElidedLabel
from clerk_app.ui.views.notice_banner import NoticeBanner
from clerk_app.ui.views.sign_in_view import LANGUAGE_NAMES
from clerk_app.ui.views.training_banner import TrainingBanner


class MainWindowView(Retranslatable, QMainWindow):
    def __init__(
        self, session: CounterSession, languages: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self._session = session

        self.new_citizen_action = QAction(self)
        self.new_citizen_action.setObjectName("new-citizen")
        self.new_citizen_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.print_action = QAction(self)
        self.print_action.setObjectName("print-slip")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.cancel_action = QAction(self)
        self.cancel_action.setObjectName("cancel")
        self.cancel_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Cancel))
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quit")
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        # Enabled, and their menu shown, once the registrations view is connected to a store.
        self.registrations_action = QAction(self)
        self.registrations_action.setObjectName("registrations")
        self.registrations_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.registrations_action.setEnabled(False)
        self.counts_action = QAction(self)
        self.counts_action.setObjectName("counts")
        self.counts_action.setShortcut(QKeySequence("Ctrl+D"))
        self.counts_action.setEnabled(False)
        # F1, and a Help menu without a mnemonic: every letter of "Help" is taken on some screen already.
        self.about_action = QAction(self)
        self.about_action.setObjectName("about")
        self.about_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))

        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for code in languages:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            self.language_actions[code] = action

        menu_bar = self.menuBar()
        self.citizen_menu = menu_bar.addMenu("")
        self.citizen_menu.addAction(self.new_citizen_action)
        self.citizen_menu.addAction(self.print_action)
        self.citizen_menu.addAction(self.cancel_action)
        self.citizen_menu.addSeparator()
        self.citizen_menu.addAction(self.quit_action)
        self.registrations_menu = menu_bar.addMenu("")
        self.registrations_menu.addAction(self.registrations_action)
        self.registrations_menu.addAction(self.counts_action)
        self.registrations_menu.menuAction().setVisible(False)
        self.language_menu = menu_bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = menu_bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        self.banner = TrainingBanner(self)
        self.banner.setVisible(session.training)
        self.notice = NoticeBanner(self)
        self.stack = QStackedWidget(self)
        self.stack.currentChanged.connect(self._size_by_current_screen)
        self.stack.widgetAdded.connect(self._size_by_current_screen)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # Elided with the whole text in the tooltip: a status-bar field never widens the window.
        self.centre_status = ElidedLabel(self)
        self.centre_status.setObjectName("status-centre")
        self.clerk_status = ElidedLabel(self)
        self.clerk_status.setObjectName("status-clerk")
        self.mode_status = ElidedLabel(self)
        self.mode_status.setObjectName("status-mode")
        status = self.statusBar()
        for label in (self.centre_status, self.clerk_status, self.mode_status):
            label.setStyleSheet("QLabel { padding: 0 10px; border-left: 1px solid #888888; }")
        status.addPermanentWidget(self.centre_status, 3)
        status.addPermanentWidget(self.clerk_status, 2)
        status.addPermanentWidget(self.mode_status, 1)
        self.resize(960, 680)
        self.retranslate()

    def add_status_part(self, field: QWidget, menu: QMenu) -> None:
        """A part that joins later (the central service): its field in the status bar, its menu."""
        self.statusBar().addPermanentWidget(field, 3)
        self.menuBar().addMenu(menu)

    def _size_by_current_screen(self) -> None:
        """Only the screen that shows takes part in the window's minimum size: a stacked widget asks for
        the largest minimum of all its screens, so one screen's long text would keep every other screen
        (and the window) wide. A screen that is not shown is laid out as "ignored"."""
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            if screen is None:
                continue
            policy = QSizePolicy.Policy.Preferred if screen is current else QSizePolicy.Policy.Ignored
            screen.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def mode_text(self) -> str:
        return self.tr("Training") if self._session.training else self.tr("Production")

    def retranslate(self) -> None:
        session = self._session
        mode = self.mode_text()
        clerk = f"{session.clerk.name} ({session.clerk.staff_number})"
        self.setWindowTitle(
            self.tr("Digital keys counter – {centre} – {clerk} – {mode}").format(
                centre=session.centre.name, clerk=clerk, mode=mode
            )
        )
        self.centre_status.setText(self.tr("Centre: {centre}").format(centre=session.centre.name))
        self.clerk_status.setText(self.tr("Clerk: {clerk}").format(clerk=clerk))
        self.mode_status.setText(self.tr("Mode: {mode}").format(mode=mode))
        self.citizen_menu.setTitle(self.tr("&Citizen"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("Help"))
        self.about_action.setText(self.tr("&About this program…"))
        self.registrations_menu.setTitle(self.tr("Registration &history"))
        self.registrations_action.setText(self.tr("&Registrations…"))
        self.counts_action.setText(self.tr("&Counts per day…"))
        self.new_citizen_action.setText(self.tr("&New citizen"))
        self.print_action.setText(self.tr("&Print slip"))
        self.cancel_action.setText(self.tr("C&ancel"))
        self.quit_action.setText(self.tr("&Quit"))
