"""The manual's pictures can be made: every screen in Dutch and French, the slip in four languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tools.screenshots import render_all

SCREENS = (
    "sign-in",
    "home-production",
    "home-training",
    "confirmation",
    "confirmation-long-name",
    "confirmation-training",
    "eid-read",
    "eid-not-authentic",
    "document-choice",
    "manual-form",
    "manual-form-problems",
    "manual-form-chip-unreadable",
    "check-register",
    "registrations",
    "registration-reissue",
    "counts",
)


def test_every_screen_is_rendered_in_dutch_and_french(qapp: QApplication, tmp_path: Path) -> None:
    written = {path.name for path in render_all(tmp_path)}
    expected = {f"{screen}-{language}.png" for screen in SCREENS for language in ("nl", "fr")}
    expected |= {f"slip-{language}.png" for language in ("nl", "fr", "de", "en")}
    assert written == expected
    for name in expected:
        image = QImage(str(tmp_path / name))
        assert not image.isNull()
        assert image.width() >= 300
    for screen in SCREENS:
        dutch, french = QImage(str(tmp_path / f"{screen}-nl.png")), QImage(str(tmp_path / f"{screen}-fr.png"))
        assert dutch != french
