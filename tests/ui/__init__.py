"""PySide6 UI tests (pytest-qt)."""
