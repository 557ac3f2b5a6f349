"""Draw the ID photos of the training cards (run again to replace them).

Real eID photos are 8-bit greyscale JPEGs of 140x200 pixels (150x195 from 2021), about 3 KB; the simulated
cards carry drawings of the same kind so reading the photo costs as many APDUs as on a real card. Each
drawing is a plain silhouette stamped SPECIMEN, never a face of a real person.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_training_photos.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "training-photos"

#: name -> (background grey, skin grey, hair grey, hair style, head width factor)
PERSONAS: dict[str, tuple[int, int, int, str, float]] = {
    "adult": (214, 168, 60, "short", 1.0),
    "child": (226, 182, 120, "bob", 0.9),
    "expired": (200, 150, 170, "bald", 1.05),
    "eu-plus": (220, 140, 40, "long", 0.95),
    "family": (208, 120, 30, "bun", 0.92),
    "establishment": (196, 130, 90, "short", 1.1),
    "altered": (218, 160, 80, "long", 1.0),
    "mismatch-card": (210, 176, 50, "short", 0.98),
    "mismatch-other": (190, 110, 200, "bob", 1.02),
}

WIDTH, HEIGHT = 140, 200


def _draw(background: int, skin: int, hair: int, style: str, head_factor: float) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_Grayscale8)
    image.fill(QColor(background, background, background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)

    # Shoulders.
    painter.setBrush(QBrush(QColor(70, 70, 70)))
    shoulders = QPainterPath()
    shoulders.moveTo(0, HEIGHT)
    shoulders.cubicTo(QPointF(10, 150), QPointF(130, 150), QPointF(WIDTH, HEIGHT))
    painter.drawPath(shoulders)
    # Neck and head.
    painter.setBrush(QBrush(QColor(skin, skin, skin)))
    painter.drawRect(QRectF(58, 120, 24, 30))
    head_w = 64 * head_factor
    painter.drawEllipse(QRectF(70 - head_w / 2, 46, head_w, 84))
    # Hair.
    painter.setBrush(QBrush(QColor(hair, hair, hair)))
    if style == "short":
        painter.drawChord(QRectF(70 - head_w / 2 - 2, 40, head_w + 4, 50), 0, 180 * 16)
    elif style == "long":
        painter.drawChord(QRectF(70 - head_w / 2 - 4, 40, head_w + 8, 56), 0, 180 * 16)
        painter.drawRect(QRectF(70 - head_w / 2 - 4, 66, 10, 70))
        painter.drawRect(QRectF(70 + head_w / 2 - 6, 66, 10, 70))
    elif style == "bob":
        painter.drawChord(QRectF(70 - head_w / 2 - 6, 38, head_w + 12, 70), 0, 180 * 16)
        painter.drawRect(QRectF(70 - head_w / 2 - 6, 72, 12, 36))
        painter.drawRect(QRectF(70 + head_w / 2 - 6, 72, 12, 36))
    elif style == "bun":
        painter.drawEllipse(QRectF(56, 26, 28, 24))
        painter.drawChord(QRectF(70 - head_w / 2 - 2, 42, head_w + 4, 44), 0, 180 * 16)
    # Eyes and mouth.
    painter.setBrush(QBrush(QColor(40, 40, 40)))
    painter.drawEllipse(QRectF(56, 84, 7, 5))
    painter.drawEllipse(QRectF(77, 84, 7, 5))
    painter.setPen(QPen(QColor(60, 60, 60), 2))
    painter.drawArc(QRectF(60, 100, 20, 10), 200 * 16, 140 * 16)
    # The specimen stamp.
    painter.setPen(QPen(QColor(255, 255, 255)))
    font = QFont("DejaVu Sans", 13)
    font.setBold(True)
    painter.setFont(font)
    painter.translate(WIDTH / 2, HEIGHT / 2)
    painter.rotate(-35)
    painter.drawText(QRectF(-80, -12, 160, 24), Qt.AlignmentFlag.AlignCenter, "SPECIMEN")
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, persona in PERSONAS.items():
        image = _draw(*persona)
        path = OUT / f"{name}.jpg"
        if not image.save(str(path), quality=80):  # JPEG, by the suffix
            sys.stderr.write(f"could not write {path}\n")
            return 1
        sys.stdout.write(f"{path.name}: {path.stat().st_size} bytes\n")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
