"""What a screen reader needs from every screen: a name for each input and button."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractSlider)


def unlabelled_inputs(root: QWidget) -> list[str]:
    """Inputs with neither a label buddy nor an accessible name; buttons without text or name."""
    widgets = [root, *root.findChildren(QWidget)]
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None and label.text()
    }
    missing = []
    for widget in widgets:
        if qt_internal(widget, root):
            continue
        if isinstance(widget, INPUTS):
            if id(widget) not in buddies and not widget.accessibleName().strip():
                missing.append(f"{type(widget).__name__}:{widget.objectName()}")
        elif isinstance(widget, QAbstractButton) and not (
            widget.text().strip() or widget.accessibleName().strip()
        ):
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def qt_internal(widget: QWidget, root: QWidget) -> bool:
    """Parts Qt builds inside a composite widget (combo popups, scroll bars, menu-bar extension button);
    the composite itself is what carries the name. The page a QScrollArea scrolls is ours, not Qt's."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        outer = parent.parentWidget()
        if isinstance(outer, QScrollArea) and parent is outer.viewport():
            content = outer.widget()
            if content is None or not (content is widget or content.isAncestorOf(widget)):
                return True
            parent = outer.parentWidget() if outer is not root else None
            continue
        if isinstance(
            parent, QComboBox | QAbstractSpinBox | QAbstractScrollArea
        ) or parent.objectName().startswith("qt_"):
            return True
        parent = outer
    return False
