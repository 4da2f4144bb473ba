"""«Exportar informe…» of the Tablero: one report, for the Tablero's period and filters, as a file.

The report is computed and written on the worker thread by the same service the ``ati report``
command uses, so a file from the Tablero and one from the command line say the same. The
``ask_target`` function shows the save dialog; tests replace it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.services import report_files

from .. import file_dialogs, messages
from ..tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.database import Database
    from ati_desktop.services.reports.filters import ReportFilter

KINDS = ("activity", "coverage", "commitments", "indicators", "advisory")
FORMATS = (".xlsx", ".csv", ".pdf")
ERROR_STYLE = "color: #a40000;"


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def ask_target(parent: QWidget | None, suggested: Path, suffix: str) -> Path | None:
    """Where to save the report (``suggested`` first); None when the user cancels."""
    names = {".xlsx": QCoreApplication.translate("ReportExport", "Libro de Excel (*.xlsx)"),
             ".csv": QCoreApplication.translate("ReportExport", "Texto separado por comas (*.csv)"),
             ".pdf": QCoreApplication.translate("ReportExport", "Documento PDF (*.pdf)")}
    path = file_dialogs.save_file(parent, QCoreApplication.translate("ReportExport", "Guardar el informe"),
                                  str(suggested), names[suffix])
    return Path(path) if path else None


def with_suffix(path: str | Path, suffix: str) -> Path:
    """``path`` with a report's ending: its own if it has one («….pdf» typed), else ``suffix`` added."""
    path = Path(path)
    return path if path.suffix.lower() in FORMATS else path.with_name(path.name + suffix)


@dataclass
class LastExport:
    """What the Tablero's last export chose, offered again by the next one."""

    folder: Path | None = None
    kind: str = KINDS[0]
    suffix: str = FORMATS[0]


class ReportExportDialog(QDialog):
    """Choose the report and the format; the file goes where the save dialog says."""

    exported = Signal(object)  # the Path written

    def __init__(self, db: Database, flt: ReportFilter, filters: list[tuple[str, str]],
                 last: LastExport | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportExportDialog")
        self.setWindowTitle(self.tr("Exportar informe"))
        self.db, self.filter = db, flt
        self.last = last or LastExport()
        self.written: Path | None = None

        self.report = QComboBox()
        for kind, label in zip(KINDS, self.report_texts()):
            self.report.addItem(label, kind)
        self.formats = QButtonGroup(self)
        format_box = QWidget()
        format_column = QVBoxLayout(format_box)
        format_column.setContentsMargins(0, 0, 0, 0)
        for suffix, text in zip(FORMATS, (self.tr("&Excel (.xlsx): todas las tablas, una hoja por tabla"),
                                          self.tr("&CSV (.csv): solo la primera tabla del informe"),
                                          self.tr("&PDF (.pdf): para imprimir, con las gráficas"))):
            button = QRadioButton(text)
            button.setProperty("suffix", suffix)
            self.formats.addButton(button)
            format_column.addWidget(button)
        self.report.setCurrentIndex(max(0, self.report.findData(self.last.kind)))
        self.formats.buttons()[FORMATS.index(self.last.suffix)].setChecked(True)
        period = QLabel(self.tr("%1 al %2").replace("%1", f"{flt.date_from:%d/%m/%Y}")
                        .replace("%2", f"{flt.date_to:%d/%m/%Y}"))
        shown = "; ".join(f"{label}: {value}" for label, value in filters)
        self.filters_label = QLabel(shown or self.tr("Ninguno: todo el Huila"))
        self.filters_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Informe:"), self.report)
        form.labelForField(self.report).setBuddy(self.report)
        form.addRow(self.tr("Formato:"), format_box)
        form.addRow(self.tr("Periodo:"), period)
        form.addRow(self.tr("Filtros:"), self.filters_label)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Resultado de la exportación"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("E&xportar…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("&Abrir carpeta"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("Ce&rrar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.open_button.setAutoDefault(False)
        self.open_button.hide()
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def report_texts(self) -> list[str]:
        return [self.tr("Actividad (sesiones y horas)"), self.tr("Cobertura de establecimientos y sedes"),
                self.tr("Compromisos"), self.tr("Indicadores de monitoreo y seguimiento"),
                self.tr("Bitácora de asesorías")]

    def kind(self) -> str:
        return self.report.currentData()

    def suffix(self) -> str:
        return self.formats.checkedButton().property("suffix")

    def suggested_path(self) -> Path:
        return (self.last.folder or documents_dir()) / report_files.suggested_name(self.kind(), self.filter, self.suffix())

    def export(self) -> None:
        """Ask where, then compute and write the report on the worker thread."""
        target = ask_target(self, self.suggested_path(), self.suffix())
        if target is None:
            return
        target = with_suffix(target, self.suffix())
        self.formats.buttons()[FORMATS.index(target.suffix.lower())].setChecked(True)  # as typed
        db, kind, flt = self.db, self.kind(), self.filter
        self._busy(True)
        self._say(self.tr("Preparando «%1»…").replace("%1", target.name))
        Task(lambda: report_files.export_report(db, kind, flt, target)) \
            .on_success(self._written).on_failure(self._failed).run(self)

    def _written(self, path: Path) -> None:
        self._busy(False)
        self.written = path
        self.last.folder, self.last.kind, self.last.suffix = path.parent, self.kind(), self.suffix()
        self._say(self.tr("Informe guardado en «%1».").replace("%1", str(path)))
        self.open_button.show()
        self.exported.emit(path)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self._say(messages.error_text(exc), error=True)

    def _busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.report, *self.formats.buttons()):
            widget.setEnabled(not busy)
        if busy:
            self.open_button.hide()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
