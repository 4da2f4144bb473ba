"""Shows a report chart (SVG drawn by ReportLab) and turns a click into the category under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from ati_desktop.actas.charts import ChartImage


class ChartView(QWidget):
    """The chart scaled to fit, keeping its proportions; ``categoryClicked(index)`` on a bar."""

    categoryClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._image: ChartImage | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(220, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: ChartImage | None) -> None:
        self._image = image
        self._renderer.load(QByteArray(image.svg) if image else QByteArray())
        self.update()

    def image(self) -> ChartImage | None:
        return self._image

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def _target(self) -> QRectF:
        """Where the chart is painted: centred, as large as fits, proportions kept."""
        if self._image is None:
            return QRectF()
        scale = min(self.width() / self._image.width, self.height() / self._image.height)
        w, h = self._image.width * scale, self._image.height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def category_at(self, point: QPointF) -> int | None:
        """The category whose bar band holds ``point`` (widget coordinates)."""
        target = self._target()
        if self._image is None or not target.contains(point):
            return None
        scale = target.width() / self._image.width
        return self._image.category_at((point.x() - target.x()) / scale, (point.y() - target.y()) / scale)

    def point_of(self, index: int) -> QPointF:
        """The centre of category ``index`` in widget coordinates (for tests and keyboard use)."""
        hit = next(h for h in self._image.hits if h.index == index)
        target = self._target()
        scale = target.width() / self._image.width
        return QPointF(target.x() + (hit.x + hit.width / 2) * scale, target.y() + (hit.y + hit.height / 2) * scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self._image is not None:
            self._renderer.render(painter, self._target())
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.category_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if over is not None else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.category_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if index is not None:
            self.categoryClicked.emit(index)
        super().mousePressEvent(event)
