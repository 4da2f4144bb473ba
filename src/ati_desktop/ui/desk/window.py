"""The supervisor's Tablero: key figures, charts and the coverage map for a period and filters.

Every figure, bar and municipality is clickable: a figure or a bar lists the sessions,
commitments or schools behind it below; a municipality on the map filters the whole Tablero
(click it again, or «Todo el Huila», to see the department). A double click on a listed
session opens it. The figures are computed by the report services on the worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain.municipalities import municipalities
from ati_desktop.domain.reference import Level, Operation, Technique

from .. import messages
from ..i18n import reference_label
from ..tasks import Task
from .chart_view import ChartView
from .drill_list import DrillList
from .map_view import SCALE, MapView
from .report_export import LastExport, ReportExportDialog
from .tiles import FigureTile

if TYPE_CHECKING:
    from ati_desktop.services.reports.dashboard import Dashboard, Drill
    from ati_desktop.services.database import Database

CHART_WIDTH = 360


def default_period(today: date) -> tuple[date, date]:
    """The last twelve months, from the first day of the month eleven months back."""
    month = today.month - 11
    year = today.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1), today


class DeskWindow(QMainWindow):
    """The Tablero, a window of its own beside the session list."""

    openSessionRequested = Signal(str)
    shown = Signal()  # a dashboard was painted (for tests and the benchmark)

    def __init__(self, db: Database, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeskWindow")
        self.db = db
        self.dashboard: Dashboard | None = None
        self._drill: tuple[Drill, str | None] | None = None  # what the list below shows
        self._generation = 0
        start, end = default_period(today or date.today())

        self.date_from, self.date_to = QDateEdit(QDate(start)), QDateEdit(QDate(end))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.municipality, self.assistant = QComboBox(), QComboBox()
        self.operation, self.technique, self.level = QComboBox(), QComboBox(), QComboBox()
        self.municipality.addItem("", None)
        for town in municipalities():
            self.municipality.addItem(town.name, town.code)
        self.assistant.addItem("", None)
        for combo, codes in ((self.operation, Operation), (self.technique, Technique), (self.level, Level)):
            combo.addItem("", None)
            for member in codes:
                combo.addItem(reference_label(member), member.value)
        self.filter_labels = [QLabel() for _ in range(7)]
        bar = QHBoxLayout()
        for label, control in zip(self.filter_labels, (self.date_from, self.date_to, self.municipality,
                                                        self.assistant, self.operation, self.technique,
                                                        self.level)):
            label.setBuddy(control)
            bar.addWidget(label)
            bar.addWidget(control, 1 if isinstance(control, QComboBox) else 0)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.show_export())
        bar.addWidget(self.export_button)
        self.last_export = LastExport()

        self.tiles: list[FigureTile] = []
        tiles = QHBoxLayout()
        tiles.setSpacing(6)
        for _ in range(8):
            tile = FigureTile()
            tile.clicked.connect(lambda _checked=False, tile=tile: self._tile_clicked(tile))
            tiles.addWidget(tile)
            self.tiles.append(tile)

        from ati_desktop.services.reports.geography import outlines

        self.map = MapView(outlines())
        self.map.municipalityClicked.connect(self._municipality_clicked)
        self.map_mode = QComboBox()
        self.map_mode.addItem("", "sessions")
        self.map_mode.addItem("", "coverage")
        self.map_mode.currentIndexChanged.connect(lambda _i: self._shade_map())
        self.whole = QPushButton()
        self.whole.clicked.connect(lambda: self.municipality.setCurrentIndex(0))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        map_box = QWidget()
        map_column = QVBoxLayout(map_box)
        map_column.setContentsMargins(0, 0, 0, 0)
        map_head = QHBoxLayout()
        self.map_title = QLabel()
        self.map_title.setStyleSheet("font-weight: bold;")
        map_head.addWidget(self.map_title, 1)
        map_head.addWidget(self.map_mode)
        map_column.addLayout(map_head)
        map_column.addWidget(self.map, 1)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.whole)
        map_column.addLayout(legend_row)

        self.charts = [ChartView() for _ in range(4)]
        chart_box = QWidget()
        grid = QGridLayout(chart_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, view in enumerate(self.charts):
            grid.addWidget(view, i // 2, i % 2)
            view.categoryClicked.connect(lambda index, i=i: self._bar_clicked(i, index))

        self.drill_list = DrillList()
        self.drill_list.openRequested.connect(self.openSessionRequested)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(map_box)
        upper.addWidget(chart_box)
        upper.setStretchFactor(0, 2)
        upper.setStretchFactor(1, 5)
        upper.setSizes([380, 960])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.drill_list)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([430, 200])

        self.status = QLabel()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 6, 8, 6)
        column.addLayout(bar)
        column.addLayout(tiles)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.status, 1)

        for control in (self.date_from, self.date_to):
            control.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.municipality, self.assistant, self.operation, self.technique, self.level):
            # Long names («Verificación compartida (VC)») must not widen the window past 1366 px.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.retranslate()
        self._load_assistants()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.dashboard is not None:
                self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tablero del supervisor — ATI Desktop"))
        for label, text in zip(self.filter_labels, (self.tr("&Desde"), self.tr("&Hasta"), self.tr("&Municipio"),
                                                     self.tr("&Profesional"), self.tr("&Operación"),
                                                     self.tr("&Técnica"), self.tr("&Nivel"))):
            label.setText(text)
        for combo in (self.municipality, self.assistant, self.operation, self.technique, self.level):
            combo.setItemText(0, self.tr("Todos"))
        self.map_title.setText(self.tr("Mapa de cobertura del Huila"))
        self.map_mode.setItemText(0, self.tr("Sesiones"))
        self.map_mode.setItemText(1, self.tr("Cobertura"))
        self.export_button.setText(self.tr("E&xportar informe…"))
        self.export_button.setToolTip(self.tr("Guardar un informe del periodo y los filtros del Tablero "
                                              "en Excel, CSV o PDF"))
        self.whole.setText(self.tr("Todo el Huila"))
        self.whole.setToolTip(self.tr("Quitar el filtro de municipio"))
        self._legend()

    def tile_texts(self) -> list[str]:
        return [self.tr("Sesiones"), self.tr("Horas"), self.tr("Establecimientos visitados"), self.tr("Cobertura"),
                self.tr("Nunca visitados"), self.tr("Compromisos abiertos"), self.tr("Compromisos vencidos"),
                self.tr("Cumplimiento")]

    def chart_texts(self) -> dict[str, str]:
        return {"by_month": self.tr("Sesiones por mes"), "by_municipality": self.tr("Municipios con más sesiones"),
                "by_state": self.tr("Compromisos por estado"), "coverage": self.tr("Municipios con menor cobertura")}

    def state_texts(self) -> dict[str, str]:
        return {"cumplido": self.tr("Cumplido"), "parcial": self.tr("Parcialmente cumplido"),
                "no_cumplido": self.tr("No cumplido"), "sin_verificar": self.tr("Sin verificar"),
                "trasladado": self.tr("Trasladado")}

    def _legend(self) -> None:
        swatches = "".join(f"<span style='background:{c.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>" for c in SCALE)
        if self.map_mode.currentData() == "coverage":
            scale = self.tr("0 % → 100 % de establecimientos visitados")
        else:
            scale = self.tr("menos → más sesiones")
        certified = self.tr("rayado: certificado en educación (Neiva, Pitalito)")
        self.legend.setText(f"{swatches} {scale}<br><span style='color:#666'>{certified}</span>")

    # -- loading -----------------------------------------------------------------------------
    def report_filter(self):
        from ati_desktop.services.reports.filters import ReportFilter

        return ReportFilter(self.date_from.date().toPython(), self.date_to.date().toPython(),
                            municipality_code=self.municipality.currentData(),
                            assistant_id=self.assistant.currentData(), operation=self.operation.currentData(),
                            technique=self.technique.currentData(), level=self.level.currentData())

    def filters_in_words(self) -> list[tuple[str, str]]:
        """The filters set, as the bar shows them («Municipio», «Garzón»)."""
        return [(label.text().replace("&", ""), combo.currentText())
                for label, combo in zip(self.filter_labels[2:], (self.municipality, self.assistant, self.operation,
                                                                 self.technique, self.level))
                if combo.currentData() is not None]

    def show_export(self):
        """«Exportar informe…»: the dialog, for the period and filters shown."""
        try:
            flt = self.report_filter()
        except Exception as exc:  # a period that ends before it starts
            messages.show_error(self, messages.error_text(exc))
            return None
        dialog = ReportExportDialog(self.db, flt, self.filters_in_words(), self.last_export, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _load_assistants(self) -> None:
        db = self.db

        def work():
            from ati_desktop.services.reports.lookup import assistants

            return assistants(db)

        Task(work).on_success(self._show_assistants).run(self)

    def _show_assistants(self, people: list[tuple[str, str]]) -> None:
        current = self.assistant.currentData()
        self.assistant.blockSignals(True)
        while self.assistant.count() > 1:
            self.assistant.removeItem(1)
        for key, name in people:
            self.assistant.addItem(name, key)
        self.assistant.setCurrentIndex(max(0, self.assistant.findData(current)))
        self.assistant.blockSignals(False)

    def refresh(self) -> None:
        """Compute the Tablero again for the filters shown (results of older filters are dropped)."""
        try:
            flt = self.report_filter()
        except Exception as exc:  # a period that ends before it starts
            self.status.setText(messages.error_text(exc))
            return
        self._generation += 1
        generation, db = self._generation, self.db
        titles, states = self.chart_texts(), self.state_texts()
        self.status.setText(self.tr("Calculando…"))

        def work():
            from ati_desktop.actas.charts import svg
            from ati_desktop.services.reports.dashboard import dashboard

            found = dashboard(db, flt)
            images = []
            for chart, _kind in found.charts:
                labels = tuple(states.get(k, label) for k, label in zip(chart.keys, chart.labels)) \
                    if chart.dimension == "state" else chart.labels
                images.append(svg(replace(chart, title=titles.get(chart.key, chart.title), labels=labels),
                                  CHART_WIDTH, 200))
            return found, images

        Task(work).on_success(lambda result: self._show(generation, *result)) \
            .on_failure(self._failed).run(self)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(messages.error_text(exc))

    def _show(self, generation: int, found: Dashboard, images: list) -> None:
        if generation != self._generation:
            return
        self.dashboard = found
        for tile, text, item in zip(self.tiles, self.tile_texts(), found.tiles):
            tile.set_figure(text, self._figure(item.figure))
            tile.setToolTip(self.tr("Ver lo que cuenta esta cifra"))
        for view, image in zip(self.charts, images):
            view.set_image(image)
        self._shade_map()
        self.map.set_selected(found.filter.municipality_code)
        flt = found.filter
        self.status.setText(self.tr("Periodo %1 – %2").replace("%1", f"{flt.date_from:%d/%m/%Y}")
                            .replace("%2", f"{flt.date_to:%d/%m/%Y}"))
        # The list follows the filters: what was last asked for, under the new filters.
        self.show_drill(*(self._drill or (found.tiles[0].drill, None)))
        self.shown.emit()

    def _figure(self, figure) -> str:
        value = figure.value
        if value is None:
            return "—"
        if figure.kind == "percent":
            return f"{value * 100:.1f} %".replace(".", ",")
        if figure.kind == "hours":
            return f"{value:,.1f}".replace(",", " ").replace(".", ",")
        return f"{value:,}".replace(",", ".")

    def _shade_map(self) -> None:
        self._legend()
        if self.dashboard is not None:
            self.map.set_shades(self.dashboard.shades, self.map_mode.currentData())

    # -- clicks ------------------------------------------------------------------------------
    def _tile_clicked(self, tile: FigureTile) -> None:
        if self.dashboard is not None:
            self.show_drill(self.dashboard.tiles[self.tiles.index(tile)].drill, tile.caption.text())

    def _bar_clicked(self, chart_index: int, category: int) -> None:
        from ati_desktop.services.reports.dashboard import Drill

        if self.dashboard is None:
            return
        chart, kind = self.dashboard.charts[chart_index]
        label = self.state_texts().get(chart.keys[category], chart.labels[category])
        self.show_drill(Drill(kind, chart.dimension, chart.keys[category]),
                        f"{self.chart_texts().get(chart.key, chart.title)}: {label}")

    def _municipality_clicked(self, code: str) -> None:
        """Filter by the municipality clicked, or show the whole department again."""
        self._drill = None
        index = self.municipality.findData(code)
        self.municipality.setCurrentIndex(0 if self.municipality.currentData() == code else index)

    def show_drill(self, what: Drill, title: str | None = None) -> None:
        db, flt = self.db, self.dashboard.filter if self.dashboard else self.report_filter()
        self._drill = (what, title)

        def work():
            from ati_desktop.services.reports.dashboard import drill

            return drill(db, flt, what)

        heading = title or self.tr("Sesiones del periodo")
        Task(work).on_success(lambda result: self.drill_list.show_result(result, heading, self.state_texts())) \
            .on_failure(self._failed).run(self)
