"""Labels that never impose their text's width on the window.

A plain ``QLabel`` asks for the width of its whole text on one line, and a main window grows to give it
that: a long name made the window wider than the screen, and it never shrank back. Every label whose text
comes from outside (a name, a centre, a status) is one of these two:

- :class:`ElidedLabel`, one line (status-bar fields): shortened with "…" to the room it gets, the whole
  text in its tooltip;
- :class:`WrappingLabel`, a value that wraps, between words and inside a word too long for its room.

And no wrapped text is cut off at the bottom: a layout grid shares its height out by the labels' minimum
heights, which Qt does not take from the wrapped text, so the grey hints beside the manual form's fields
were squeezed. :class:`FittingLabel` asks for the height its text needs at the width it was given;
:class:`ProblemLabel` also keeps its room while it has nothing to say, so a problem that appears under a
field never moves the fields below it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """One line of plain text, elided at the right when its room is too small (tooltip: the whole text)."""

    def __init__(self, parent: QWidget | None = None, *, min_chars: int = 8) -> None:
        super().__init__(parent)
        self._min_chars = min_chars
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @property
    def elided(self) -> bool:
        """Whether the text is shown shortened now."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self._text_room()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._update_tooltip()

    def clear(self) -> None:
        """Also forgets the tooltip, which may hold a name."""
        self.setText("")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        frame = self.width() - self._text_room()
        room = self.fontMetrics().averageCharWidth() * self._min_chars + max(frame, 0)
        return QSize(min(hint.width(), room), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.drawFrame(painter)
        room = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment().value),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )

    def _text_room(self) -> int:
        return self.contentsRect().width() - 2 * self.margin()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.elided else "")


class WrappingLabel(QLabel):
    """Plain text wrapped at word boundaries, and inside a word longer than ``chunk`` characters.

    Qt wraps a label only between words, so one long word (a 30-letter surname) still sets the label's
    minimum width. The text is shown with a zero-width space every ``chunk`` characters of such a word,
    a break opportunity that is invisible and only used when the line is full; :meth:`text` returns the
    text as it was set.
    """

    def __init__(self, parent: QWidget | None = None, *, chunk: int = 12) -> None:
        super().__init__(parent)
        self._chunk = chunk
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text
        super().setText(breakable(text, self._chunk))

    def clear(self) -> None:
        self.setText("")


def breakable(text: str, chunk: int) -> str:
    """``text`` with a zero-width space after every ``chunk`` letters of each longer word."""
    return " ".join(
        ZERO_WIDTH_SPACE.join(word[i : i + chunk] for i in range(0, len(word), chunk))
        if len(word) > chunk
        else word
        for word in text.split(" ")
    )


ZERO_WIDTH_SPACE = "\u200b"


class FittingLabel(QLabel):
    """Wrapped plain text whose minimum height is what its text needs at the width it has.

    Set on each resize, so a layout never gives it less (the text is wrapped again when the width changes).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._fit_height()

    def needed_height(self) -> int:
        """The height its text takes at its width now."""
        return self.heightForWidth(self.width()) if self.text() else 0

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # Measured only once shown: before that its width is not the one the layout will give it, and a
        # narrow guess would keep a tall minimum.
        measured = self.needed_height() if self.isVisible() else 0
        needed = max(measured, self.reserved_height())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def reserved_height(self) -> int:
        """Room kept however short the text (none here)."""
        return 0


class ProblemLabel(FittingLabel):
    """The line under an input that says what is wrong with it, whose room never shrinks while the clerk
    works on the form: it keeps ``lines`` lines while it has nothing to say (most problems take one), and
    once a problem showed, the height that problem took, until :meth:`release_room` (the form cleared).
    So correcting a field, or a live check that comes and goes while typing, never moves what is below;
    a problem longer than the room so far takes the room it needs rather than being cut off.
    """

    def __init__(self, parent: QWidget | None = None, *, lines: int = 1) -> None:
        super().__init__(parent)
        self._lines = lines
        self._kept = 0
        self._kept_width = -1  # the room kept is for one width: at another the text wraps otherwise
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._fit_height()

    def release_room(self) -> None:
        """Back to the room of ``lines`` lines: the form starts afresh (a new citizen, another document)."""
        self._kept = 0
        self._fit_height()

    def reserved_height(self) -> int:
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * self.margin()
        return max(self.fontMetrics().lineSpacing() * self._lines + frame, self._kept)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(super().heightForWidth(width), self.reserved_height())

    def needed_height(self) -> int:
        if self.width() != self._kept_width:
            self._kept, self._kept_width = 0, self.width()
        if not self.text() or not self.isVisible():
            return 0
        needed = super().heightForWidth(self.width())
        self._kept = max(self._kept, needed)
        return needed
