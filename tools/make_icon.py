"""Draw the application icon: `python tools/make_icon.py` writes resources/icons/broker-app.*.

A developer tool, run once and the files committed (not run by the build or the tests).
The picture is drawn with Qt (QPainter), so it needs only PySide6; the Windows `.ico` (several
sizes in one file) and the macOS `.icns` are written with Pillow when it is installed
(`pip install pillow` in a build environment; Pillow is not a dependency of the program).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "icons"
NAME = "broker-app"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

TEAL = QColor("#1f6f78")
LIGHT = QColor("#ffffff")
ACCENT = QColor("#f2b134")


def draw(size: int) -> QImage:
    """A mortarboard (the training) over two joined links (the broker), on a teal tile."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    p.fillPath(tile, TEAL)
    # mortarboard: a flat diamond and the cap under it
    board = QPolygonF([QPointF(128, 40), QPointF(220, 84), QPointF(128, 128), QPointF(36, 84)])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(LIGHT)
    cap = QPainterPath()
    cap.moveTo(72, 104)
    cap.lineTo(72, 140)
    cap.quadTo(128, 172, 184, 140)
    cap.lineTo(184, 104)
    cap.lineTo(128, 132)
    cap.closeSubpath()
    p.drawPath(cap)
    p.drawPolygon(board)
    # tassel
    p.setPen(QPen(ACCENT, 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(128, 84), QPointF(204, 92))
    p.drawLine(QPointF(204, 92), QPointF(204, 138))
    # two joined links under the cap: the broker brings employer and school together
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(LIGHT, 14))
    p.drawEllipse(QRectF(62, 172, 76, 44))
    p.setPen(QPen(ACCENT, 14))
    p.drawEllipse(QRectF(118, 172, 76, 44))
    p.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    FOLDER.mkdir(parents=True, exist_ok=True)
    png = FOLDER / f"{NAME}.png"
    if not draw(256).save(str(png)):
        print(f"cannot write {png}", file=sys.stderr)
        return 1
    print(png)
    try:
        from PIL import Image
    except ImportError:
        print("Pillow not installed: .ico and .icns not written", file=sys.stderr)
        return 1
    big = Image.open(png)
    big.save(FOLDER / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(FOLDER / f"{NAME}.ico")
    draw(512).save(str(FOLDER / "_512.png"))
    Image.open(FOLDER / "_512.png").save(FOLDER / f"{NAME}.icns")
    (FOLDER / "_512.png").unlink()
    print(FOLDER / f"{NAME}.icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
