"""A pad to sign on with the mouse, a pen (tablet) or a finger (touch screen)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# A stroke is a list of (point, pressure); the mouse has no pressure and counts as medium.
Stroke = list[tuple[QPointF, float]]
_MOUSE_PRESSURE = 0.5
_INK_WIDTH = 2.6
_OUTPUT_MAX = QSize(600, 220)
_OUTPUT_MARGIN = 12


def _pen(pressure: float, scale: float = 1.0) -> QPen:
    pen = QPen(QColor("black"), _INK_WIDTH * (0.55 + 0.9 * pressure) * scale)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw(painter: QPainter, strokes: list[Stroke], scale: float = 1.0) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for stroke in strokes:
        if len(stroke) == 1:
            point, pressure = stroke[0]
            painter.setPen(_pen(pressure, scale))
            painter.drawPoint(point)
        for (start, pressure), (end, _next) in zip(stroke, stroke[1:]):
            painter.setPen(_pen(pressure, scale))
            painter.drawLine(start, end)


class _Canvas(QWidget):
    """The white surface that collects strokes."""

    stroke_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setMinimumSize(320, 130)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(460, 160)

    def _begin(self, point: QPointF, pressure: float) -> None:
        self._drawing = True
        self.strokes.append([(point, pressure)])
        self.update()

    def _extend(self, point: QPointF, pressure: float) -> None:
        if self._drawing:
            self.strokes[-1].append((point, pressure))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.stroke_finished.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), _MOUSE_PRESSURE)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), _MOUSE_PRESSURE)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event) -> None:
        # Accepting the tablet event stops Qt from also sending the matching mouse event.
        kind = event.type()
        pressure = event.pressure() if event.pressure() > 0 else _MOUSE_PRESSURE
        if kind == event.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == event.Type.TabletMove:
            self._extend(event.position(), pressure)
        elif kind == event.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (event.Type.TouchBegin, event.Type.TouchUpdate, event.Type.TouchEnd):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == event.Type.TouchBegin:
                    self._begin(position, _MOUSE_PRESSURE)
                elif kind == event.Type.TouchUpdate:
                    self._extend(position, _MOUSE_PRESSURE)
                else:
                    self._end()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        guide = QPen(QColor("#b0b7c3"), 1, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        baseline = int(self.height() * 0.75)
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        painter.setPen(QPen(QColor("#8a93a3"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        _draw(painter, self.strokes)


class SignaturePad(QWidget):
    """Captures a handwritten signature and gives it as a PNG image."""

    signed = Signal()  # after each stroke
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = _Canvas(self)
        self.canvas.setAccessibleName(self.tr("Área de firma"))
        self.canvas.stroke_finished.connect(self.signed)
        hint = QLabel(self.tr("Firme con el mouse, el lápiz o el dedo."), self)
        hint.setProperty("role", "help")
        self.clear_button = QPushButton(self.tr("Borrar"), self)
        self.clear_button.setObjectName("signature-clear")
        self.clear_button.setAutoDefault(False)  # in a dialog, Enter must never erase the signature
        self.clear_button.clicked.connect(self._clear_clicked)
        below = QHBoxLayout()
        below.addWidget(hint, 1)
        below.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addLayout(below)

    def is_empty(self) -> bool:
        return not self.canvas.strokes

    def clear(self) -> None:
        self.canvas.strokes.clear()
        self.canvas.update()

    def _clear_clicked(self) -> None:
        self.clear()
        self.cleared.emit()

    def to_png_bytes(self) -> bytes:
        """The signature cropped to its ink, scaled to fit 600×220, black on white (greyscale PNG)."""
        if self.is_empty():
            raise ValueError("empty signature")
        points = [point for stroke in self.canvas.strokes for point, _pressure in stroke]
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        scale = min(
            1.0,
            (_OUTPUT_MAX.width() - 2 * _OUTPUT_MARGIN) / max(bounds.width(), 1.0),
            (_OUTPUT_MAX.height() - 2 * _OUTPUT_MARGIN) / max(bounds.height(), 1.0),
        )
        size = QSize(
            int(bounds.width() * scale) + 2 * _OUTPUT_MARGIN,
            int(bounds.height() * scale) + 2 * _OUTPUT_MARGIN,
        )
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(_OUTPUT_MARGIN, _OUTPUT_MARGIN)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        _draw(painter, self.canvas.strokes, 1 / scale if scale < 1 else 1.0)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # Ink on paper needs one grey channel: a third of the data to store, export and print.
        image.convertToFormat(QImage.Format.Format_Grayscale8).save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
