"""The preview pane: the proposal's PDF pages as pictures, fitted to the pane's width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from broker_app.proposals.preview import PageImage
from broker_app.ui.widgets.text_style import MUTED, QUIET, tint, weigh

_PAGE_GAP = 14
_SIDE = 16


A4_WIDTH_INCH = 210 / 25.4


def to_image(page: PageImage) -> QImage:
    """A QImage that owns its pixels (the bytes may go after this)."""
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888)
    return image.copy()


class PreviewPane(QWidget):
    """A title row with a busy indicator, then the pages in a scroll area (fit to width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []

        self.heading = QLabel(self.tr("Voorbeeld van de PDF"), self)
        weigh(self.heading)
        self.busy_label = QLabel(self.tr("Voorbeeld wordt gemaakt…"), self)
        tint(self.busy_label, MUTED)
        self.pages_label = QLabel(self)
        tint(self.pages_label, MUTED)

        # In a narrow pane the title row gives way (clipped) rather than widen the window.
        for label in (self.heading, self.busy_label):
            label.setMinimumWidth(1)

        top = QHBoxLayout()
        top.setContentsMargins(2, 0, 2, 0)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.busy_label)
        top.addWidget(self.pages_label)

        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Voorbeeld van het voorstel"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.canvas = QWidget()
        self.canvas.setObjectName("previewCanvas")
        self.canvas.setStyleSheet("#previewCanvas { background: #d5dae0; }")
        self.canvas_layout = QVBoxLayout(self.canvas)
        self.canvas_layout.setContentsMargins(_SIDE, _SIDE, _SIDE, _SIDE)
        self.canvas_layout.setSpacing(_PAGE_GAP)
        self.message = QLabel(self.canvas)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tint(self.message, QUIET)
        weigh(self.message, bold=False, point_size=11)
        self.message.setContentsMargins(10, 40, 10, 40)
        self.canvas_layout.addWidget(self.message)
        self.canvas_layout.addStretch(1)
        self.scroll.setWidget(self.canvas)
        self.scroll.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.set_busy(False)

    # -- what the page calls -----------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.pages_label.setVisible(not busy and bool(self._images))

    def is_busy(self) -> bool:
        return self.busy_label.isVisibleTo(self)

    def show_pages(self, pages: list[PageImage]) -> None:
        self._images = [to_image(p) for p in pages]
        self._clear_pages()
        self.message.hide()
        for position, _image in enumerate(self._images):
            label = QLabel(self.canvas)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(self.tr("Pagina {number}").format(number=position + 1))
            # A plain edge, not a drop shadow: blurring page-sized pictures on every paint
            # stalled the window for 100+ ms.
            label.setStyleSheet("QLabel { border: 1px solid #c3c8ce; background: white; }")
            self.canvas_layout.insertWidget(self.canvas_layout.count() - 1, label)
        self.pages_label.setText(self.tr("{count} pagina's").format(count=len(self._images)))
        self._fit()
        self.set_busy(False)

    def show_message(self, text: str) -> None:
        self._images = []
        self._clear_pages()
        self.message.setText(text)
        self.message.show()
        self.pages_label.clear()

    def page_count(self) -> int:
        return len(self._images)

    def images(self) -> list[QImage]:
        return list(self._images)

    def page_labels(self) -> list[QLabel]:
        return [
            w
            for i in range(self.canvas_layout.count())
            if isinstance(w := self.canvas_layout.itemAt(i).widget(), QLabel)
            and w is not self.message
        ]

    # -- fit to width ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit_width(self) -> int:
        return max(120, self.scroll.viewport().width() - 2 * _SIDE)

    def fit_dpi(self) -> float:
        """The resolution at which an A4 page is exactly as wide as the pane shows it."""
        return self._fit_width() / A4_WIDTH_INCH

    def _fit(self) -> None:
        width = self._fit_width()
        for label, image in zip(self.page_labels(), self._images, strict=False):
            if abs(image.width() - width) <= 1:  # drawn at this width in the worker
                label.setPixmap(QPixmap.fromImage(image))
                continue
            scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(QPixmap.fromImage(scaled))

    def _clear_pages(self) -> None:
        for label in self.page_labels():
            self.canvas_layout.removeWidget(label)
            label.deleteLater()
