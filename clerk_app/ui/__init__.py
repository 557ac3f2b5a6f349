"""PySide6 user interface: views (layout), controllers (behaviour), workers, i18n, slip printing."""
