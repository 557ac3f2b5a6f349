"""Small pieces the form screens share: the inline problem line under an input, the grey hint, the grid
of read-only captions and values, and Enter in a field pressing the form's default button."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QVBoxLayout, QWidget

from clerk_app.ui.views.fitting import FittingLabel, ProblemLabel, WrappingLabel

PROBLEM_COLOUR = "#b00020"
_PROBLEM_BORDER = f"border: 2px solid {PROBLEM_COLOUR};"


def make_problem_label(parent: QWidget, object_name: str, *, lines: int = 1) -> ProblemLabel:
    """Hidden until there is a problem, its room kept meanwhile (``lines`` lines): every form's problem
    lines are these, so none moves the fields below when it appears. Plain text, since MRZ messages
    contain '<'."""
    label = ProblemLabel(parent, lines=lines)
    label.setObjectName(object_name)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    label.setVisible(False)
    return label


def make_hint_label(parent: QWidget) -> FittingLabel:
    """Grey help text, never cut off at the bottom however narrow its room."""
    label = FittingLabel(parent)
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


def release_problem_rooms(root: QWidget) -> None:
    """A form starts afresh: its problem lines shrink back to their one line (see :class:`ProblemLabel`)."""
    for label in root.findChildren(ProblemLabel):
        label.release_room()


def with_problem(field: QWidget, problem: QLabel) -> QVBoxLayout:
    """A field with its problem line under it, for a form layout's row: a form layout drops a hidden
    widget's row whatever its size policy says, so the problem line's room is kept in a column of its own."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(problem)
    return column


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
        _mark(field, bool(texts))
        field.setAccessibleDescription(joined)


def _mark(field: QWidget, marked: bool) -> None:
    """The red border, without changing the field's height (a style sheet's border replaces the native
    frame, whose height differs): the field keeps the taller of the two, so the fields below stay put."""
    if field.property(_HEIGHT_KEPT) is None and field.minimumHeight() != field.maximumHeight():
        native = field.sizeHint().height()
        field.setStyleSheet(_PROBLEM_BORDER)
        field.setFixedHeight(max(native, field.sizeHint().height()))
        field.setProperty(_HEIGHT_KEPT, True)
    field.setStyleSheet(_PROBLEM_BORDER if marked else "")


_HEIGHT_KEPT = "clerk-height-kept"


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
