"""The bundled B612 fonts: one legible face for the whole UI and slip, its mono cut for codes.

B612 was drawn for aircraft cockpit screens, to be read quickly without confusing characters; B612 Mono
keeps 0/O, 1/I/l, 2/Z, 5/S and 8/B apart, which matters for an activation code read aloud or typed from
paper. Bundling them (SIL OFL 1.1, see ``resources/fonts/OFL.txt``) also makes the slip and the
screenshots look the same on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

from clerk_app.ui.resources import fonts_dir

_FILES = ("B612-Regular.otf", "B612-Bold.otf", "B612Mono-Regular.otf", "B612Mono-Bold.otf")


@dataclass(frozen=True)
class Fonts:
    """Family names as registered with Qt."""

    text: str
    code: str

    def text_font(self, point_size: float, *, bold: bool = False) -> QFont:
        font = QFont(self.text)
        font.setPointSizeF(point_size)
        font.setBold(bold)
        return font

    def code_font(self, point_size: float) -> QFont:
        font = QFont(self.code)
        font.setPointSizeF(point_size)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        return font


_loaded: Fonts | None = None


def load_fonts() -> Fonts:
    """Register the bundled fonts once per process (needs a QGuiApplication)."""
    global _loaded
    if _loaded is not None:
        return _loaded
    families: set[str] = set()
    for name in _FILES:
        path = fonts_dir() / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"bundled font {path} could not be loaded")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    text = "B612"
    code = "B612 Mono"
    missing = {text, code} - families
    if missing:
        raise RuntimeError(f"bundled fonts did not register the families {sorted(missing)}")
    _loaded = Fonts(text=text, code=code)
    return _loaded
