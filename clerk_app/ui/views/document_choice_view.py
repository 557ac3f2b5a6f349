"""Layout of the first step of the manual path: which document the citizen shows."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from clerk_app.domain.documents import DOCUMENT_KIND_NAMES, DocumentKind
from clerk_app.ui.i18n import translate
from clerk_app.ui.views.base import Retranslatable, make_heading
from clerk_app.ui.views.form_parts import set_tab_chain

#: The manual document types in the order the clerk sees them; Alt+1 … Alt+6 pick them.
MANUAL_KINDS = (
    DocumentKind.BELGIAN_PASSPORT,
    DocumentKind.FOREIGN_PASSPORT,
    DocumentKind.ORANGE_CARD,
    DocumentKind.ANNEX_35,
    DocumentKind.OTHER_FOREIGN_ID,
    DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE,
)


class DocumentChoiceView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document-choice")
        self.heading = make_heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons: dict[DocumentKind, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        for kind in MANUAL_KINDS:
            button = QPushButton(self)
            button.setObjectName(f"document-{kind.value}")
            button.setAutoDefault(True)  # Enter picks the focused type, as Space does
            button.setMinimumHeight(44)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("text-align: left; padding-left: 12px; font-size: 12pt;")
            layout.addWidget(button)
            self.buttons[kind] = button
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("document-choice-back")
        layout.addSpacing(8)
        layout.addWidget(self.back_button)
        layout.addStretch(1)
        chain = [*self.buttons.values(), self.back_button]
        set_tab_chain(chain)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Other document"))
        self.intro.setText(
            self.tr(
                "Which document does the citizen show? A person with a Belgian eID or an electronic "
                "residence card registers with the card in the reader; only when its chip does not "
                "answer, type it from its zone."
            )
        )
        for number, (kind, button) in enumerate(self.buttons.items(), start=1):
            button.setText(f"&{number}   {translate('documents', DOCUMENT_KIND_NAMES[kind])}")
        self.back_button.setText(self.tr("&Back to the start"))
