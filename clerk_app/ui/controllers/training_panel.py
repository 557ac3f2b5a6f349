"""The training panel: put any training card into a reader and take it out again, on every screen.

Two ways in. "This program" puts the card into the in-process training reader (always there in training
mode). "Virtual PCD" puts it into pcscd's virtual reader through the vpcd bridge, so the card is read
through the real PC/SC stack exactly as a physical card would be; it is offered only while the reader
monitor sees that reader. The panel exists only when the composition root hands it a simulated backend,
that is, only in training mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from clerk_app.cardreader.monitor import ReaderEvent
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.cardreader.simulated.card import Applet, SimulatedCard
from clerk_app.cardreader.simulated.practice_documents import practice_documents
from clerk_app.cardreader.simulated.training_cards import CATALOGUE, build_card
from clerk_app.cardreader.simulated.vpcd import VPCD_PORT, VPCD_READERS, VpcdBridge
from clerk_app.ui.i18n import Translations, translate
from clerk_app.ui.reader_bridge import ReaderBridge
from clerk_app.ui.views.training_panel_view import TrainingPanelView, card_title

IN_PROCESS = "in-process"
VPCD = "vpcd"


class TrainingPanelController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        simulated: SimulatedBackend,
        bridge: ReaderBridge,
        translations: Translations,
        *,
        vpcd_port: int = VPCD_PORT,
        vpcd_reader: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._simulated = simulated
        self._bridge = bridge
        self._today = today
        self._vpcd_port = vpcd_port
        self.vpcd_reader = vpcd_reader or VPCD_READERS.get(vpcd_port, "Virtual PCD 00 00")
        self._vpcd: VpcdBridge | None = None  # started on first use: it runs a thread
        self.view = TrainingPanelView(CATALOGUE, window, practice_documents(today()))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.view)
        self.view.insert_button.clicked.connect(self.insert_selected)
        self.view.remove_button.clicked.connect(self.remove_selected)
        self.view.route_combo.currentIndexChanged.connect(self._update_status)
        bridge.reader_event.connect(self._reader_event)
        translations.language_changed.connect(self._language_changed)
        self._update_routes()

    @property
    def vpcd_available(self) -> bool:
        return self.vpcd_reader in self._bridge.model.readers

    def insert(self, name: str, route: str = IN_PROCESS, applet: Applet | None = None) -> SimulatedCard:
        """Put training card ``name`` in through ``route`` (default applet: the panel's choice)."""
        card = build_card(name, applet=applet or self.view.selected_applet(), today=self._today())
        if route == VPCD:
            self._vpcd_bridge().insert(card)
        else:
            self._simulated.insert(card)
        self._update_status()
        return card

    def remove(self, route: str = IN_PROCESS) -> None:
        if route == VPCD:
            if self._vpcd is not None:
                self._vpcd.remove()
        else:
            self._simulated.remove()
        self._update_status()

    def insert_selected(self) -> None:
        self.insert(self.view.selected_card(), self.view.selected_route())

    def remove_selected(self) -> None:
        self.remove(self.view.selected_route())

    def close(self) -> None:
        """Take the virtual card out of pcscd's reader and stop the bridge's thread."""
        if self._vpcd is not None:
            self._vpcd.close()
            self._vpcd = None

    def _vpcd_bridge(self) -> VpcdBridge:
        if self._vpcd is None:
            self._vpcd = VpcdBridge(port=self._vpcd_port)
        return self._vpcd

    def _card_in(self, route: str) -> SimulatedCard | None:
        if route == VPCD:
            return self._vpcd.card if self._vpcd is not None else None
        return self._simulated.card_in()

    def _reader_event(self, _event: ReaderEvent) -> None:
        self._update_routes()

    def _language_changed(self, _language: str) -> None:
        self._update_routes()

    def _update_routes(self) -> None:
        routes = [(IN_PROCESS, translate("TrainingPanelView", "This program (training card reader)"))]
        if self.vpcd_available:
            routes.append((VPCD, translate("TrainingPanelView", "Virtual PCD through pcscd (real PC/SC)")))
        self.view.set_routes(routes)
        self._update_status()

    def _update_status(self) -> None:
        route = self.view.selected_route()
        card = self._card_in(route)
        if card is None:
            text = translate("TrainingPanelView", "No training card in this reader.")
        else:
            text = translate("TrainingPanelView", "In the reader: {card}").format(
                card=card_title(CATALOGUE, card.name)
            )
        self.view.status_label.setText(text)
        self.view.remove_button.setEnabled(card is not None)
