"""PySide6 user interface: views, controllers, workers, translations, slip printing."""
