"""Colour and weight for labels without a style sheet.

A style sheet on a widget makes Qt draw it (and everything inside it) through its slower
style-sheet engine; on a page with dozens of labels that cost tens of milliseconds at every first
paint. A palette colour and a font do the same for plain labels at no cost.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

MUTED = "#616e7c"
ERROR = "#b42318"
WARNING = "#8a5300"
QUIET = "#52606d"


def tint(widget: QWidget, colour: str) -> None:
    """Text in ``colour``."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def weigh(widget: QWidget, *, bold: bool = True, point_size: float | None = None) -> None:
    """Semi-bold text, optionally at ``point_size``."""
    font = QFont(widget.font())
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    if point_size is not None:
        font.setPointSizeF(point_size)
    widget.setFont(font)


_SAMPLE = (
    "AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpQqRrSsTtUuVvWwXxYyZz 0123456789 €.,:;-–—…·%()/&“”‘’ëïéöüÉ×✓↑↓"
)
_SIZES = (None, 0.85, 10.5, 11, 12, 12.5, 13, 14, 15, 16)  # None: as is; < 1: a fraction


def warm_glyph_cache(base: QFont) -> None:
    """Draw the letters of every font size and weight the pages use once, off screen.

    A glyph is rasterised the first time it is drawn in a size and weight; on a page with many
    labels that first paint took 40-80 ms. Drawing them all once at start-up costs about 25 ms.
    """
    from PySide6.QtGui import QPainter, QPixmap

    canvas = QPixmap(2400, 40)
    painter = QPainter(canvas)
    try:
        for size in _SIZES:
            for weight in (QFont.Weight.Normal, QFont.Weight.DemiBold, QFont.Weight.Bold):
                font = QFont(base)
                if size is not None:
                    font.setPointSizeF(base.pointSizeF() * size if size < 1 else size)
                font.setWeight(weight)
                painter.setFont(font)
                painter.drawText(0, 30, _SAMPLE)
    finally:
        painter.end()
