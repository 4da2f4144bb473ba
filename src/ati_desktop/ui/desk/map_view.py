"""The coverage map of Huila: a polygon per municipality, shaded by sessions or coverage.

Drawn offline from the outlines shipped with the program (no tiles, no network). Neiva and
Pitalito, certified in education, are hatched and named as such; a click on a municipality
emits :attr:`MapView.municipalityClicked`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen, QResizeEvent, QTransform
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

if TYPE_CHECKING:
    from ati_desktop.services.reports.dashboard import Shade
    from ati_desktop.services.reports.geography import Outline

# A sequential scale from pale to deep blue; grey where there is nothing to shade.
SCALE = [QColor(c) for c in ("#EEF3F8", "#C6D7E8", "#93B4D4", "#5B8BBB", "#2F5D8A", "#17375A")]
EMPTY = QColor("#F4F4F4")
CERTIFIED = QColor("#BDBDBD")
OUTLINE = QColor("#5A5A5A")
SELECTED = QColor("#D08C2E")


def shade_colour(share: float | None) -> QColor:
    """The colour of a share between 0 and 1 (None: nothing to shade)."""
    if share is None:
        return EMPTY
    return SCALE[min(len(SCALE) - 1, int(share * len(SCALE)))] if share > 0 else SCALE[0]


class MapView(QGraphicsView):
    """``set_shades`` colours the map; ``mode`` is "sessions" or "coverage"."""

    municipalityClicked = Signal(str)

    def __init__(self, outlines: tuple[Outline, ...], parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("white"))
        self.setMouseTracking(True)
        self.mode = "sessions"
        self.selected: str | None = None
        self._shades: dict[str, Shade] = {}
        self._top = 1
        self.items_by_code: dict[str, QGraphicsPathItem] = {}
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}
        for outline in outlines:
            path = QPainterPath()
            for ring in outline.rings:
                path.addPolygon([QPointF(x, y) for x, y in ring])
                path.closeSubpath()
            item = QGraphicsPathItem(path)
            item.setData(0, outline.code)
            pen = QPen(OUTLINE, 0)  # cosmetic: one pixel whatever the zoom
            item.setPen(pen)
            self.scene().addItem(item)
            self.items_by_code[outline.code] = item
            label = QGraphicsSimpleTextItem()
            label.setFlag(QGraphicsSimpleTextItem.GraphicsItemFlag.ItemIgnoresTransformations)
            font = QFont()
            font.setPointSizeF(7)
            label.setFont(font)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            label.setPos(*outline.centre)
            label.setZValue(2)
            self.scene().addItem(label)
            self._labels[outline.code] = label

    def set_shades(self, shades: dict[str, Shade], mode: str | None = None) -> None:
        self._shades = shades
        self.mode = mode or self.mode
        self._top = max((s.sessions for s in shades.values() if not s.certified), default=0) or 1
        for code, item in self.items_by_code.items():
            shade = shades.get(code)
            if shade is None:
                continue
            item.setBrush(self._brush(shade))
            item.setToolTip(self._tip(shade))
            self._labels[code].setText(shade.name)
            self._place_label(code)
        self._mark_selected()

    def set_selected(self, code: str | None) -> None:
        self.selected = code
        self._mark_selected()
        for each in self._labels:
            self._place_label(each)

    def share(self, shade: Shade) -> float | None:
        if shade.certified:
            return None
        if self.mode == "coverage":
            return shade.coverage
        return shade.sessions / self._top

    def _brush(self, shade: Shade) -> QBrush:
        if shade.certified:
            return QBrush(CERTIFIED, Qt.BrushStyle.BDiagPattern)
        return QBrush(shade_colour(self.share(shade)))

    def _tip(self, shade: Shade) -> str:
        if shade.certified:
            return self.tr("%1: certificado en educación (secretaría propia); %2 sesión(es)") \
                .replace("%1", shade.name).replace("%2", str(shade.sessions))
        coverage = "—" if shade.coverage is None else f"{shade.coverage * 100:.0f} %"
        return (self.tr("%1: %2 sesión(es); %3 de %4 establecimientos visitados (%5)")
                .replace("%1", shade.name).replace("%2", str(shade.sessions))
                .replace("%3", str(shade.visited)).replace("%4", str(shade.schools)).replace("%5", coverage))

    def _place_label(self, code: str) -> None:
        label = self._labels[code]
        shade = self._shades.get(code)
        if shade and shade.certified:
            label.setText(self.tr("%1 (certificado)").replace("%1", shade.name))
        centre = self.items_by_code[code].boundingRect().center()
        label.setPos(centre)
        # Centred on the point whatever the zoom: the label ignores the view's scale.
        width = label.boundingRect().width()
        label.setTransform(QTransform.fromTranslate(-width / 2, -6))
        # Names of the municipalities with sessions (and the certified ones); the rest on hover.
        label.setVisible(shade is not None and (shade.certified or shade.sessions > 0 or code == self.selected))
        dark = shade is not None and not shade.certified and (self.share(shade) or 0) >= 0.5
        label.setBrush(QColor("white") if dark else QColor("#1A1A1A"))

    def _mark_selected(self) -> None:
        for code, item in self.items_by_code.items():
            chosen = code == self.selected
            item.setPen(QPen(SELECTED if chosen else OUTLINE, 3 if chosen else 0))
            item.setZValue(1 if chosen else 0)

    def code_at(self, point) -> str | None:
        for item in self.items(point):
            code = item.data(0)
            if code:
                return code
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        code = self.code_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else None
        if code:
            self.municipalityClicked.emit(code)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.code_at(event.position().toPoint())
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
