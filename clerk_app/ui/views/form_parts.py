"""Small pieces the form screens share: the inline problem line under an input, the grey hint, the grid
of read-only captions and values, and Enter in a field pressing the form's default button."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QWidget

from clerk_app.ui.views.fitting import WrappingLabel

PROBLEM_COLOUR = "#b00020"
_PROBLEM_BORDER = f"border: 2px solid {PROBLEM_COLOUR};"


def make_problem_label(parent: QWidget, object_name: str) -> QLabel:
    """Hidden until there is a problem; plain text, since MRZ messages contain '<'."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    label.setVisible(False)
    return label


def make_hint_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #555555;")
    return label


def make_value_grid(
    parent: QWidget, names: Sequence[str], object_prefix: str
) -> tuple[QGridLayout, dict[str, QLabel], dict[str, QLabel]]:
    """One row per name: a caption (text set on retranslation) and a selectable plain-text value named
    ``{object_prefix}-{name}``. Returns the grid, the captions and the values by name."""
    grid = QGridLayout()
    captions: dict[str, QLabel] = {}
    values: dict[str, QLabel] = {}
    for row, name in enumerate(names):
        caption, value = QLabel(parent), WrappingLabel(parent)
        caption.setWordWrap(True)
        value.setObjectName(f"{object_prefix}-{name}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
        captions[name] = caption
        values[name] = value
    grid.setColumnStretch(1, 1)
    return grid, captions, values


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def show_problems(label: QLabel, texts: Sequence[str], field: QWidget | None = None) -> None:
    """Put ``texts`` under a field and mark the field (its accessible description repeats the problem)."""
    joined = "\n".join(texts)
    label.setText(joined)
    label.setVisible(bool(texts))
    if field is not None:
        field.setStyleSheet(_PROBLEM_BORDER if texts else "")
        field.setAccessibleDescription(joined)


_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
#: Enter on the keypad carries the keypad modifier; any other modifier (Shift+Enter, Ctrl+Enter) is not Enter.
_PLAIN = frozenset({Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier})


class _EnterPresses(QObject):
    """Enter in the watched field presses ``button`` (when it can be pressed), as in a dialog."""

    def __init__(self, field: QWidget, button: QAbstractButton) -> None:
        super().__init__(field)  # dies with its field
        self._button = button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() is not QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER_KEYS or event.modifiers() not in _PLAIN:
            return False
        button = self._button
        if button.isEnabled() and button.isVisibleTo(button.window()):
            button.click()
        return True  # never a line break or a beep: Enter in a field means the form's default action


def enter_presses(fields: Sequence[QWidget], button: QAbstractButton) -> None:
    """Enter in any of ``fields`` presses ``button``: the form's default action (*Next*, *Register*).

    Qt gives a default button only to dialogs; the counter's screens are pages of the main window, so
    this is how Enter in a field reaches it. A multi-line field where Enter is a line break (the MRZ)
    is simply not passed here.
    """
    for field in fields:
        field.installEventFilter(_EnterPresses(field, button))
