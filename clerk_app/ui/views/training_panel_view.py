"""Layout of the training panel: a dock beside every screen to put training cards in and take them out,
and the practice documents without a chip, whose zones the trainee scans or copies into the manual form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_app.cardreader.simulated.card import Applet
from clerk_app.cardreader.simulated.practice_documents import PracticeDocument
from clerk_app.cardreader.simulated.training_cards import PULLED_PREFIX, TrainingCard
from clerk_app.ui.i18n import translate
from clerk_app.ui.training_mark import TRAINING_MARK
from clerk_app.ui.views.base import Retranslatable
from clerk_app.ui.views.fitting import WrappingLabel

#: The keys of Insert card and Remove card, the same in every language.
INSERT_KEY, REMOVE_KEY = "F8", "F9"
#: Item data role of a card's catalogue name in the list.
CARD_NAME_ROLE = Qt.ItemDataRole.UserRole


def card_title(cards: Sequence[TrainingCard], name: str) -> str:
    """The translated title of the card called ``name`` (any ``pulled-after-N`` is the pulled card)."""
    for card in cards:
        if card.name == name or (name.startswith(PULLED_PREFIX) and card.name.startswith(PULLED_PREFIX)):
            return translate("training_cards", card.title)
    return name


class TrainingPanelView(Retranslatable, QDockWidget):
    def __init__(
        self,
        cards: Sequence[TrainingCard],
        parent: QWidget | None = None,
        practice: Sequence[PracticeDocument] = (),
    ) -> None:
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
        self.description = WrappingLabel(body)
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
        self.status_label = WrappingLabel(body)
        self.status_label.setObjectName("training-status")
        self.status_label.setWordWrap(True)

        self._practice = tuple(practice)
        self.practice_label = QLabel(body)
        self.practice_combo = QComboBox(body)
        self.practice_combo.setObjectName("practice-documents")
        self.practice_label.setBuddy(self.practice_combo)
        for document in self._practice:
            self.practice_combo.addItem(document.name, document.name)
        self.practice_description = QLabel(body)
        self.practice_description.setObjectName("practice-description")
        self.practice_description.setWordWrap(True)
        self.practice_zone = QPlainTextEdit(body)  # selectable, so it can be copied or scanned from print
        self.practice_zone.setObjectName("practice-zone")
        self.practice_zone.setReadOnly(True)
        self.practice_zone.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.practice_zone.setFont(QFont("monospace"))
        self.practice_zone.setMaximumHeight(4 * self.practice_zone.fontMetrics().lineSpacing() + 12)
        self.copy_zone_button = QPushButton(body)
        self.copy_zone_button.setObjectName("practice-copy")
        self.copy_zone_button.clicked.connect(self.copy_zone)
        for widget in (
            self.practice_label,
            self.practice_combo,
            self.practice_description,
            self.practice_zone,
            self.copy_zone_button,
        ):
            widget.setVisible(bool(self._practice))

        options = QFormLayout()
        # The dock is narrow: each label on its own line, so no language's label or choice is cut.
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        options.addRow(self.applet_label, self.applet_combo)
        options.addRow(self.route_label, self.route_combo)
        # One above the other, and combo boxes that do not ask for their longest item: the panel stays
        # narrow enough for every screen to fit beside it at 1024 pixels.
        for combo in (self.applet_combo, self.route_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        buttons = QVBoxLayout()
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
        layout.addSpacing(8)
        layout.addWidget(self.practice_label)
        layout.addWidget(self.practice_combo)
        layout.addWidget(self.practice_description)
        layout.addWidget(self.practice_zone)
        layout.addWidget(self.copy_zone_button)
        # In a scroll area: on a low screen the panel's content is taller than the window, and a squeezed
        # layout cut wrapped texts (the practice document's number to type) instead of letting them be read.
        scroll = QScrollArea(self)
        scroll.setObjectName("training-panel-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        QWidget.setTabOrder(self.card_list, self.applet_combo)
        QWidget.setTabOrder(self.applet_combo, self.route_combo)
        QWidget.setTabOrder(self.route_combo, self.insert_button)
        QWidget.setTabOrder(self.insert_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.practice_combo)
        QWidget.setTabOrder(self.practice_combo, self.practice_zone)
        QWidget.setTabOrder(self.practice_zone, self.copy_zone_button)
        self.card_list.currentRowChanged.connect(self._show_description)
        self.practice_combo.currentIndexChanged.connect(self._show_practice)
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

    def selected_practice(self) -> PracticeDocument | None:
        index = self.practice_combo.currentIndex()
        return self._practice[index] if 0 <= index < len(self._practice) else None

    def copy_zone(self) -> None:
        """Put the chosen practice document's zone on the clipboard, to paste into the zone field."""
        document = self.selected_practice()
        if document is not None:
            QGuiApplication.clipboard().setText(document.zone)

    def _show_practice(self, _index: int = 0) -> None:
        document = self.selected_practice()
        if document is None:
            return
        text = translate("practice_documents", document.description)
        if document.number_to_type:
            number = self.tr("National register or BIS number to type: {number}")
            text += "\n" + number.format(number=document.number_to_type)
        self.practice_description.setText(text)
        self.practice_zone.setPlainText(document.zone)

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
        # No Alt letters in the panel: it sits beside every screen, whose letters it would take away in one
        # language or another. The two buttons have language-independent keys instead (F8, F9).
        self.card_list_label.setText(self.tr("Training card"))
        for row, card in enumerate(self._cards):
            item = self.card_list.item(row)
            item.setText(translate("training_cards", card.title))
            item.setToolTip(f"clerk-app card simulate {card.name}")  # the same card from the command line
        self.applet_label.setText(self.tr("Card version"))
        for index in range(self.applet_combo.count()):
            version = str(self.applet_combo.itemData(index))
            self.applet_combo.setItemText(index, self.tr("Applet {version}").format(version=version))
        self.route_label.setText(self.tr("Inserted through"))
        keys = (
            (self.insert_button, self.tr("Insert card"), INSERT_KEY),
            (self.remove_button, self.tr("Remove card"), REMOVE_KEY),
        )
        for button, text, key in keys:
            sequence = QKeySequence(key)
            button.setText(f"{text} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setShortcut(sequence)  # after setText, which replaces the shortcut by the text's letter
        self.practice_label.setText(self.tr("Practice document without a chip (for Other document)"))
        self.copy_zone_button.setText(self.tr("Copy the zone"))
        self.practice_zone.setAccessibleName(self.tr("Machine-readable zone of the practice document"))
        self._show_description(self.card_list.currentRow())
        self._show_practice()
