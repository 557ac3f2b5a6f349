"""Mark user-facing strings for translation without importing Qt.

``pyside6-lupdate`` extracts ``QT_TRANSLATE_NOOP("context", "text")`` calls from Python sources, so layers
below the UI can name their messages in English and the UI translates them with the same context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; the UI looks it up in ``context`` when showing it."""
    return text
