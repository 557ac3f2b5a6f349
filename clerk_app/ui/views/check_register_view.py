"""Layout of the "check and register" step, shared by the eID path and the manual path.

Left: what the document says (and, from the card path, the photo and a banner with the authenticity
verdict). Right: the eligibility result with every reason, then what the clerk adds: presence in person,
the e-mail address twice, the citizen's language, whether they live abroad, and Register.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.documents import DOCUMENT_KIND_NAMES, card_type
from clerk_app.domain.identity import IdentityRecord
from clerk_app.domain.manual_fields import FIELDS, SEX_CHOICES, FieldKind
from clerk_app.domain.national_number import NationalNumberError, parse_national_number
from clerk_app.domain.reasons import Reason
from clerk_app.errors import ClerkError
from clerk_app.ui.countries import country_name
from clerk_app.ui.dates import date_text, partial_date_text
from clerk_app.ui.errors import describe
from clerk_app.ui.i18n import translate
from clerk_app.ui.reason_text import reason_text
from clerk_app.ui.register_rules import Banner
from clerk_app.ui.views.banner_label import BannerLabel
from clerk_app.ui.views.base import Retranslatable, make_heading
from clerk_app.ui.views.citizen_inputs import CitizenInputs, Purpose
from clerk_app.ui.views.form_parts import (
    PROBLEM_COLOUR,
    enter_presses,
    make_problem_label,
    make_value_grid,
    release_problem_rooms,
    set_tab_chain,
    show_problems,
)

PHOTO_SIZE = (112, 144)  # small enough that the validity dates stay in view under a fraud warning


#: The identity rows in display order, named like the fields reasons point at. The document's own fields
#: come first, right under the photo: a fraud warning above takes room, and the validity dates (what a
#: forger changes) must stay in view without scrolling, from 1024×768 up.
IDENTITY_ROWS = (
    "document",
    "document_number",
    "document_valid_from",
    "document_valid_until",
    "issuing_authority",
    "surname",
    "given_names",
    "birth_date",
    "sex",
    "nationality",
    "national_number",
)


def _country_text(identity: IdentityRecord, field: str, value: str) -> str:
    """A typed document's country codes as names ("Zweden", not "SWE"); a card's own words as they are.

    The nationality keeps its code beside the name, as the document's zone writes it. A field the form
    takes as text (an orange card's issuing municipality) stays as typed.
    """
    specs = FIELDS.get(identity.document_kind)
    if specs is None or not value:
        return value  # a chip card: the card's words (its municipality, "Belg")
    if any(spec.name == field and spec.kind is not FieldKind.COUNTRY for spec in specs):
        return value
    name = country_name(value)
    return f"{name} ({value})" if field == "nationality" and name != value else name


def _date_text(value: dt.date | None) -> str:
    return date_text(value) if value is not None else ""


def _number_text(text: str) -> str:
    try:
        return parse_national_number(text).formatted
    except NationalNumberError:
        return text


@dataclass
class _Shown:
    """What the screen currently shows, so a language switch can re-set every text."""

    identity: IdentityRecord | None = None
    banner: Banner | None = None
    reasons: tuple[Reason, ...] = ()
    store_refusal: ClerkError | None = None
    busy: bool = False


class CheckRegisterView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check-register")
        self._shown = _Shown()

        self.heading = make_heading(self)
        self.banner = BannerLabel(self)

        self.photo = QLabel(self)
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setVisible(False)
        identity_grid, self.identity_captions, self.identity_values = make_value_grid(
            self, IDENTITY_ROWS, "identity"
        )

        self.eligibility_verdict = QLabel(self)
        self.eligibility_verdict.setObjectName("eligibility-verdict")
        self.eligibility_verdict.setWordWrap(True)
        self.eligibility_list = QLabel(self)
        self.eligibility_list.setObjectName("eligibility")
        self.eligibility_list.setWordWrap(True)
        self.eligibility_list.setTextFormat(Qt.TextFormat.PlainText)

        self.inputs = CitizenInputs(Purpose.REGISTER, self)
        self.abroad_check = QCheckBox(self)
        self.abroad_check.setObjectName("lives-abroad")
        self.form_problem = make_problem_label(self, "problem-register")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("register-status")

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("check-back")
        self.back_button.setAutoDefault(True)
        self.back_button.setVisible(False)
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("register")
        self.register_button.setAutoDefault(True)  # Enter on the focused button registers
        self.register_button.setDefault(True)  # and Enter in the second e-mail field (below)
        self.register_button.setMinimumHeight(40)

        left = QVBoxLayout()
        left.addWidget(self.photo)
        left.addLayout(identity_grid)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        right = QVBoxLayout()
        right.addWidget(self.eligibility_verdict)
        right.addWidget(self.eligibility_list)
        right.addSpacing(8)
        right.addLayout(self.inputs.box)
        right.addWidget(self.abroad_check)
        right.addWidget(self.form_problem)
        right.addStretch(1)
        # The identity and the inputs scroll together when the window is small (a long fraud warning and the
        # training panel take room); the heading, the banner and the buttons stay in view.
        self.content = QWidget(self)
        columns = QHBoxLayout(self.content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the inputs, not their frame
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        set_tab_chain([*self.inputs.inputs, self.abroad_check, self.register_button, self.back_button])
        # Presence (Space), the address, Tab, the address again, Enter: registered.
        enter_presses([self.inputs.email_again_edit], self.register_button)
        self.retranslate()

    # --- what the controller sets --------------------------------------------------------------------

    def show_identity(self, identity: IdentityRecord) -> None:
        self._shown.identity = identity
        self._set_identity_texts()

    def set_photo(self, image: QImage | None) -> None:
        if image is None or image.isNull():
            self.photo.clear()
            self.photo.setVisible(False)
            return
        scaled = QPixmap.fromImage(image).scaled(
            *PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.photo.setPixmap(scaled)
        self.photo.setVisible(True)

    def set_banner(self, banner: Banner | None) -> None:
        self._shown.banner = banner
        self.banner.show_banner(self._shown.banner)

    def show_eligibility(self, reasons: Sequence[Reason]) -> None:
        """Every reason about the person and the document; the verdict says whether any blocks."""
        self._shown.reasons = tuple(reasons)
        self._set_eligibility_texts()

    def show_store_refusal(self, refusal: ClerkError | None) -> None:
        """The store's refusal of the request, below the inputs (None: there is none)."""
        self._shown.store_refusal = refusal
        self._set_refusal_text()

    def set_busy(self, busy: bool) -> None:
        """While the store works, nothing can be changed (the request is already on its way)."""
        self._shown.busy = busy
        self.status_label.setText(self.tr("Registering…") if busy else "")
        for widget in self._inputs():
            widget.setEnabled(not busy)

    def _inputs(self) -> tuple[QWidget, ...]:
        return (*self.inputs.inputs, self.abroad_check, self.back_button)

    def clear(self) -> None:
        """Forget the citizen: identity, photo, banner, inputs (and their undo history), problems."""
        busy = self._shown.busy
        self._shown = _Shown(busy=busy)
        self.photo.clear()
        self.photo.setVisible(False)
        self.inputs.clear()
        self.abroad_check.setChecked(False)
        self.back_button.setVisible(False)
        self.retranslate()
        release_problem_rooms(self)

    # --- texts ---------------------------------------------------------------------------------------

    def _caption(self, name: str) -> str:
        captions = {
            "document": self.tr("Document"),
            "surname": self.tr("Surname"),
            "given_names": self.tr("Given names"),
            "birth_date": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "nationality": self.tr("Nationality"),
            "national_number": self.tr("National register or BIS number"),
            "document_number": self.tr("Document number"),
            "document_valid_from": self.tr("Valid from"),
            "document_valid_until": self.tr("Valid until"),
            "issuing_authority": self.tr("Issued by"),
        }
        return captions[name]

    def _set_identity_texts(self) -> None:
        identity = self._shown.identity
        values = dict.fromkeys(IDENTITY_ROWS, "")
        if identity is not None:
            document = translate("documents", DOCUMENT_KIND_NAMES[identity.document_kind])
            if identity.card_type_code is not None:
                card = card_type(identity.card_type_code)
                card_name = translate("documents", card.name)
                if not card.known:
                    card_name = f"{card_name} ({card.code})"
                document = f"{document}: {card_name}"
            sexes = dict(SEX_CHOICES)
            values.update(
                document=document,
                surname=identity.surname,
                given_names=identity.given_names,
                birth_date=partial_date_text(identity.birth_date),
                sex=translate("manual", sexes[identity.sex.value]) if identity.sex else "",
                nationality=_country_text(identity, "nationality", identity.nationality),
                national_number=_number_text(identity.national_number),
                document_number=identity.document_number,
                document_valid_from=_date_text(identity.document_valid_from),
                document_valid_until=_date_text(identity.document_valid_until),
                issuing_authority=_country_text(identity, "issuing_authority", identity.issuing_authority),
            )
        marked = {r.field for r in self._shown.reasons if r.blocking}
        for name, label in self.identity_values.items():
            label.setText(values[name])
            label.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;" if name in marked else "")

    def _set_eligibility_texts(self) -> None:
        if self._shown.identity is None:
            self.eligibility_verdict.clear()
            self.eligibility_list.clear()
            return
        reasons = self._shown.reasons
        blocking = [r for r in reasons if r.blocking]
        notes = [r for r in reasons if not r.blocking]
        if blocking:
            verdict = self.tr("This person cannot be registered:")
            style = f"color: {PROBLEM_COLOUR};"
        else:
            verdict = self.tr("This person can be registered with this document.")
            style = "color: #0b5d1e;"
        self.eligibility_verdict.setText(verdict)
        self.eligibility_verdict.setStyleSheet(f"font-weight: bold; font-size: 12pt; {style}")
        lines = [f"• {reason_text(r)}" for r in blocking]
        lines += [self.tr("Note: {note}").format(note=reason_text(r)) for r in notes]
        self.eligibility_list.setText("\n".join(lines))
        self.eligibility_list.setVisible(bool(lines))
        self._set_identity_texts()

    def _set_refusal_text(self) -> None:
        refusal = self._shown.store_refusal
        if refusal is None:
            show_problems(self.form_problem, [])
        else:
            text = describe(refusal)
            show_problems(self.form_problem, [f"{text.title}: {text.message}"])

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Check and register"))
        self.photo.setAccessibleName(self.tr("Photo on the chip"))
        for name, caption in self.identity_captions.items():
            caption.setText(self._caption(name))
        self.inputs.retranslate()
        self.abroad_check.setText(self.tr("The citizen lives &abroad"))
        self.back_button.setText(self.tr("&Back"))
        self.register_button.setText(self.tr("&Register"))
        self.set_busy(self._shown.busy)
        self._set_identity_texts()
        self.banner.show_banner(self._shown.banner)
        self._set_eligibility_texts()
        self._set_refusal_text()
