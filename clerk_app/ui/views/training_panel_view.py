"""Layout of the training panel: a dock beside every screen to put training cards in and take them out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.cardreader.simulated.card import Applet
from clerk_app.cardreader.simulated.training_cards import PULLED_PREFIX, TrainingCard
from clerk_app.ui.i18n import translate
from clerk_app.ui.slip import TRAINING_MARK
from clerk_app.ui.views.base import Retranslatable

#: Item data role of a card's catalogue name in the list.
CARD_NAME_ROLE = Qt.ItemDataRole.UserRole


def card_title(cards: Sequence[TrainingCard], name: str) -> str:
    """The translated title of the card called ``name`` (any ``pulled-after-N`` is the pulled card)."""
    for card in cards:
        if card.name == name or (name.startswith(PULLED_PREFIX) and card.name.startswith(PULLED_PREFIX)):
            return translate("training_cards", card.title)
    return name


class TrainingPanelView(Retranslatable, QDockWidget):
    def __init__(self, cards: Sequence[TrainingCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training-panel")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self._cards = tuple(cards)

        body = QWidget(self)
        body.setObjectName("training-panel-body")
        body.setStyleSheet("QWidget#training-panel-body { background: #fff8cc; border: 2px solid #ffd400; }")
        self.mark = QLabel(body)
        self.mark.setObjectName("training-panel-mark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setStyleSheet(
            "QLabel#training-panel-mark { background: #ffd400; color: #000000; font-weight: bold; "
            "padding: 4px; }"
        )
        self.explanation = QLabel(body)
        self.explanation.setWordWrap(True)

        self.card_list_label = QLabel(body)
        self.card_list = QListWidget(body)
        self.card_list.setObjectName("training-cards")
        self.card_list_label.setBuddy(self.card_list)
        for card in self._cards:
            item = QListWidgetItem("", self.card_list)  # its title is set in the UI's language
            item.setData(CARD_NAME_ROLE, card.name)
        self.card_list.setCurrentRow(0)
        self.description = QLabel(body)
        self.description.setObjectName("training-card-description")
        self.description.setWordWrap(True)

        self.applet_label = QLabel(body)
        self.applet_combo = QComboBox(body)
        self.applet_combo.setObjectName("training-applet")
        for applet in Applet:
            self.applet_combo.addItem("", applet.value)
        self.applet_combo.setCurrentIndex(self.applet_combo.findData(Applet.V1_8.value))
        self.applet_label.setBuddy(self.applet_combo)
        self.route_label = QLabel(body)
        self.route_combo = QComboBox(body)
        self.route_combo.setObjectName("training-route")
        self.route_label.setBuddy(self.route_combo)

        self.insert_button = QPushButton(body)
        self.insert_button.setObjectName("training-insert")
        self.remove_button = QPushButton(body)
        self.remove_button.setObjectName("training-remove")
        self.status_label = QLabel(body)
        self.status_label.setObjectName("training-status")
        self.status_label.setWordWrap(True)

        options = QFormLayout()
        # The dock is narrow: each label on its own line, so no language's label or choice is cut.
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        options.addRow(self.applet_label, self.applet_combo)
        options.addRow(self.route_label, self.route_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.mark)
        layout.addWidget(self.explanation)
        layout.addWidget(self.card_list_label)
        layout.addWidget(self.card_list, 1)
        layout.addWidget(self.description)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.setWidget(body)
        QWidget.setTabOrder(self.card_list, self.applet_combo)
        QWidget.setTabOrder(self.applet_combo, self.route_combo)
        QWidget.setTabOrder(self.route_combo, self.insert_button)
        QWidget.setTabOrder(self.insert_button, self.remove_button)
        self.card_list.currentRowChanged.connect(self._show_description)
        self.retranslate()

    def selected_card(self) -> str:
        item = self.card_list.currentItem()
        return str(item.data(CARD_NAME_ROLE)) if item is not None else self._cards[0].name

    def selected_applet(self) -> Applet:
        return Applet(str(self.applet_combo.currentData()))

    def set_routes(self, routes: Sequence[tuple[str, str]]) -> None:
        """``(key, translated label)`` per way to insert a card; keeps the current choice if still offered."""
        current = self.route_combo.currentData()
        self.route_combo.blockSignals(True)
        self.route_combo.clear()
        for key, label in routes:
            self.route_combo.addItem(label, key)
        index = self.route_combo.findData(current)
        self.route_combo.setCurrentIndex(max(index, 0))
        self.route_combo.blockSignals(False)
        self.route_combo.setEnabled(len(routes) > 1)

    def selected_route(self) -> str:
        return str(self.route_combo.currentData())

    def _show_description(self, row: int) -> None:
        if 0 <= row < len(self._cards):
            self.description.setText(translate("training_cards", self._cards[row].description))

    def retranslate(self) -> None:
        title = self.tr("Training cards")
        self.setWindowTitle(f"{TRAINING_MARK} – {title}")
        self.mark.setText(TRAINING_MARK)
        self.explanation.setText(
            self.tr("Simulated cards for practice. They exist only in training mode and are never real.")
        )
        self.card_list_label.setText(self.tr("&Training card"))
        for row, card in enumerate(self._cards):
            item = self.card_list.item(row)
            item.setText(translate("training_cards", card.title))
            item.setToolTip(f"clerk-app card simulate {card.name}")  # the same card from the command line
        self.applet_label.setText(self.tr("Card &version"))
        for index in range(self.applet_combo.count()):
            version = str(self.applet_combo.itemData(index))
            self.applet_combo.setItemText(index, self.tr("Applet {version}").format(version=version))
        self.route_label.setText(self.tr("In&serted through"))
        self.insert_button.setText(self.tr("&Insert card"))
        self.remove_button.setText(self.tr("Re&move card"))
        self._show_description(self.card_list.currentRow())
