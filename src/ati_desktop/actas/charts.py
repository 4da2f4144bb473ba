"""Bar charts of reports with ReportLab's graphics: a flowable for the PDF, SVG for the screen.

The screen shows the SVG (Qt's SVG module draws it) and maps a click to a category through
:attr:`ChartImage.hits`, the boxes the chart itself laid its bars in.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import BarChart as _RLBarChart
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from ati_desktop.actas.engine import BOLD, REGULAR, setup
from ati_desktop.actas.report_model import BarChart

SERIES_COLOURS = (colors.HexColor("#2F5D8A"), colors.HexColor("#D08C2E"),
                  colors.HexColor("#6C9A4B"), colors.HexColor("#A23E48"), colors.HexColor("#7F7F7F"))
_TEXT = colors.HexColor("#1A1A1A")
# More categories than this lie along the vertical axis, each on its own line.
_HORIZONTAL_FROM = 10


@dataclass(frozen=True)
class Hit:
    """Where category ``index`` lies in the image (top-left origin, image units)."""

    index: int
    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(frozen=True)
class ChartImage:
    svg: bytes
    width: float
    height: float
    hits: tuple[Hit, ...]

    def category_at(self, x: float, y: float) -> int | None:
        return next((hit.index for hit in self.hits if hit.contains(x, y)), None)


def horizontal(chart: BarChart) -> bool:
    """Many categories lie along the vertical axis; months stay in a row up to two years."""
    return len(chart.labels) > (24 if chart.dimension == "month" else _HORIZONTAL_FROM)


def natural_height(chart: BarChart, width: float) -> float:
    """A height that gives every category room: a line each when the bars lie horizontally."""
    if horizontal(chart):
        return 40 + 13 * len(chart.labels) + _legend_room(chart)
    return max(150.0, width * 0.42) + _legend_room(chart)


def drawing(chart: BarChart, width: float, height: float | None = None) -> tuple[Drawing, _RLBarChart]:
    """The chart as a ReportLab drawing (a flowable), and the bar chart inside it."""
    setup()
    height = height or natural_height(chart, width)
    canvas = Drawing(width, height)
    canvas.add(String(0, height - 11, chart.title, fontName=BOLD, fontSize=9, fillColor=_TEXT))
    legend = _legend_room(chart)
    if horizontal(chart):
        bars: _RLBarChart = HorizontalBarChart()
        label_room = min(width * 0.38, 6 + 4.6 * max((len(s) for s in chart.labels), default=4))
        bars.x, bars.y = label_room, 16 + legend
        bars.width, bars.height = width - label_room - 30, height - 34 - legend
        bars.categoryAxis.reverseDirection = 1  # first category on top, as in the table
        bars.categoryAxis.labels.boxAnchor = "e"
        bars.categoryAxis.labels.dx = -3
    else:
        bars = VerticalBarChart()
        crowded = sum(len(label) for label in chart.labels) * 4.2 > (width - 44) * 0.8
        # Slanted labels need room below the axis as long as the longest one leans.
        below = min(70.0, 10 + 2.6 * max((len(s) for s in chart.labels), default=0)) if crowded else 22
        bars.x, bars.y = 34, 12 + below + legend
        bars.width, bars.height = width - 44, height - 30 - below - legend
        bars.categoryAxis.labels.boxAnchor = "ne" if crowded else "n"
        bars.categoryAxis.labels.angle = 30 if crowded else 0
        bars.categoryAxis.labels.dy = -3
    bars.data = [list(series) for series in chart.series] or [[0]]
    bars.categoryAxis.categoryNames = list(chart.labels) or [""]
    for axis in (bars.categoryAxis.labels, bars.valueAxis.labels):
        axis.fontName, axis.fontSize, axis.fillColor = REGULAR, 7, _TEXT
    bars.valueAxis.valueMin = 0
    top = max((v for series in chart.series for v in series), default=0)
    if chart.value_kind == "percent":
        bars.valueAxis.valueMax = 1
        bars.valueAxis.valueStep = 0.25
        bars.valueAxis.labelTextFormat = lambda v: f"{v * 100:.0f} %"
    elif top < 5:
        bars.valueAxis.valueMax = 5
        bars.valueAxis.valueStep = 1
    bars.valueAxis.visibleGrid = 1
    bars.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    bars.barSpacing = 1
    bars.groupSpacing = 4
    for i, colour in enumerate(SERIES_COLOURS):
        bars.bars[i].fillColor = colour
        bars.bars[i].strokeColor = None
    canvas.add(bars)
    if legend:
        canvas.add(_legend(chart, bars.x, 8))
    return canvas, bars


def svg(chart: BarChart, width: float, height: float | None = None) -> ChartImage:
    """The chart as SVG, with the box of each category for clicks."""
    canvas, bars = drawing(chart, width, height)
    # No clipPath (Qt's SVG Tiny renderer paints its rectangle black) and CSS font names that
    # Qt resolves to the same DejaVu faces the PDF embeds.
    text = renderSVG.drawToString(canvas, useClip=True, fontHacks={
        REGULAR: {"family": "DejaVu Sans"}, BOLD: {"family": "DejaVu Sans", "weight": "bold"}})
    return ChartImage(text.encode("utf-8"), canvas.width, canvas.height,
                      tuple(_hits(bars, canvas.height, len(chart.labels))))


def _hits(bars: _RLBarChart, height: float, count: int) -> list[Hit]:
    """Each category's band across the plot, from the positions the chart gave its bars."""
    positions = getattr(bars, "_barPositions", [])
    hits = []
    for index in range(count):
        boxes = [series[index] for series in positions if index < len(series)]
        if not boxes:
            continue
        if isinstance(bars, HorizontalBarChart):
            low = min(y for _x, y, _w, h in boxes)
            high = max(y + h for _x, y, _w, h in boxes)
            hits.append(Hit(index, bars.x, height - high, bars.width, high - low))
        else:
            left = min(x for x, _y, _w, _h in boxes)
            right = max(x + w for x, _y, w, _h in boxes)
            hits.append(Hit(index, left, height - (bars.y + bars.height), right - left, bars.height))
    return hits


def _legend_room(chart: BarChart) -> float:
    return 14 if len(chart.series) > 1 else 0


def _legend(chart: BarChart, x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.boxAnchor = "sw"
    legend.dx = legend.dy = 7
    legend.deltax = 90
    legend.colorNamePairs = list(zip(SERIES_COLOURS, chart.series_names))
    return legend
