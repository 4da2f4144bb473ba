"""Supervisor mode, «Registro departamental»: merge packages, see what arrived, resolve conflicts.

The record is a file or a server (PostgreSQL) URL. Every database call runs off the main
thread (``ui.tasks``); the window only shows results.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.exchange import conflicts
from ati_desktop.exchange.merge_log import received_by_device, recent_merges
from ati_desktop.exchange.record import FileResult, describe_target, merge_files, open_record
from ati_desktop.services.search_index import refresh_sessions
from ati_desktop.ui import file_dialogs, messages
from ati_desktop.ui.actas.files import documents_dir
from ati_desktop.ui.tasks import Task

from .conflict_view import ConflictView


def ask_package_files(parent: QWidget | None) -> list[Path]:
    """The packages to merge (the system's dialog; tests replace it)."""
    names = file_dialogs.open_files(
        parent, QCoreApplication.translate("RecordWindow", "Elegir paquetes"), str(documents_dir()),
        QCoreApplication.translate("RecordWindow", "Paquetes de ATI Desktop (*.ati);;Todos los archivos (*)"))
    return [Path(name) for name in names]


def ask_record_file(parent: QWidget) -> str | None:
    name = file_dialogs.save_file(
        parent, QCoreApplication.translate("RecordWindow", "Abrir o crear el registro departamental"),
        str(documents_dir() / "registro.sqlite"),
        QCoreApplication.translate("RecordWindow", "Bases de datos de ATI Desktop (*.sqlite)"),
        confirm_overwrite=False)
    return name or None


def ask_server_url(parent: QWidget) -> str | None:
    url, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("RecordWindow", "Conectar a un servidor"),
        QCoreApplication.translate("RecordWindow", "Dirección del registro (postgresql+psycopg://usuario@servidor/base):"))
    return url.strip() if ok and url.strip() else None


class RecordWindow(QMainWindow):
    """The departmental record: tabs to merge packages, see the merge log and resolve conflicts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registro departamental"))
        self.record = None
        self._files: list[Path] = []
        self._labels: dict[str, str] = {}

        self.record_label = QLabel(self.tr("Ningún registro abierto."))
        self.record_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_file = QPushButton(self.tr("A&brir archivo…"))
        open_file.clicked.connect(self._choose_file)
        open_server = QPushButton(self.tr("Conectar a un &servidor…"))
        open_server.clicked.connect(self._choose_server)
        top = QHBoxLayout()
        top.addWidget(self.record_label, 1)
        top.addWidget(open_file)
        top.addWidget(open_server)
        self.review_button = QPushButton(self.tr("Revisar s&esiones…"))
        self.review_button.setToolTip(self.tr("Aprobar, devolver con observaciones o rechazar las sesiones "
                                              "cerradas de este registro"))
        self.review_button.setEnabled(False)
        self.review_button.clicked.connect(self.show_review)
        self.review_window = None
        top.addWidget(self.review_button)
        self.field_package_button = QPushButton(self.tr("&Paquete para el campo…"))
        self.field_package_button.setToolTip(self.tr("Escribir, para un asistente o unos municipios, un paquete "
                                                     "firmado con lo que necesitan en el campo"))
        self.field_package_button.clicked.connect(self.show_field_package)
        self.assignments_button = QPushButton(self.tr("As&ignaciones…"))
        self.assignments_button.setToolTip(self.tr("Qué establecimientos atiende cada asistente"))
        self.assignments_button.clicked.connect(self.show_assignments)
        self._record_buttons = (self.review_button, self.field_package_button, self.assignments_button)
        for button in self._record_buttons[1:]:
            button.setEnabled(False)
            top.addWidget(button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._merge_tab(), self.tr("&Unir paquetes"))
        self.tabs.addTab(self._log_tab(), self.tr("Re&gistro de uniones"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("&Conflictos"))
        self.tabs.setEnabled(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1200, 720)

    # --- the record -------------------------------------------------------------------

    def _choose_file(self) -> None:
        target = ask_record_file(self)
        if target:
            self.open_target(target)

    def _choose_server(self) -> None:
        target = ask_server_url(self)
        if target:
            self.open_target(target)

    def open_target(self, target: str) -> None:
        """Open (or create) the record at ``target``: a file, or a server URL."""
        self.record_label.setText(self.tr("Abriendo %1…").replace("%1", target))
        Task(lambda: open_record(target)).on_success(self._opened).on_failure(self._failed).run(self)

    def _opened(self, record) -> None:
        self._close_review()
        if self.record is not None:
            self.record.close()
        self.record = record
        self.record_label.setText(self.tr("Registro: %1").replace("%1", describe_target(record)))
        self.tabs.setEnabled(True)
        for button in self._record_buttons:
            button.setEnabled(True)
        self.refresh()

    def show_review(self):
        """The review queue of this record, in a window of its own (closed with the record)."""
        from ati_desktop.ui.review import ReviewWindow

        if self.review_window is None:
            self.review_window = ReviewWindow(self.record, self, can_open=False)
            self.review_window.resize(self.size())
        self.review_window.show()
        self.review_window.raise_()
        return self.review_window

    def show_field_package(self):
        """The «Paquete para el campo» dialog for this record (modeless: the window stays usable)."""
        from .field_package_dialog import FieldPackageDialog

        dialog = FieldPackageDialog(self.record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_assignments(self):
        from .assignments_dialog import AssignmentsDialog

        dialog = AssignmentsDialog(self.record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _close_review(self) -> None:
        if self.review_window is not None:
            self.review_window.close()
            self.review_window.deleteLater()
            self.review_window = None

    def _failed(self, exc: Exception) -> None:
        self.record_label.setText(self.tr("Ningún registro abierto."))
        messages.show_error(self, messages.error_text(exc))

    def refresh(self) -> None:
        """Reload the merge log and the conflicts from the record."""
        record = self.record
        Task(lambda: (received_by_device(record), recent_merges(record), conflicts.list_conflicts(record),
                      conflicts.device_labels(record))).on_success(self._show_state).on_failure(self._failed).run(self)

    def _show_state(self, state) -> None:
        devices, merges, found, labels = state
        self._labels = labels
        self.devices_table.setRowCount(len(devices))
        for row, device in enumerate(devices):
            values = [device.label or device.device_id, device.assistant_name or "",
                      ", ".join(map(str, device.received)), ", ".join(map(str, device.missing)) or self.tr("ninguno")]
            for column, value in enumerate(values):
                self.devices_table.setItem(row, column, QTableWidgetItem(value))
        self.merges_table.setRowCount(len(merges))
        for row, entry in enumerate(merges):
            values = [entry["merged_at"].strftime("%Y-%m-%d %H:%M"), entry["file_name"] or "",
                      entry["device_label"] or entry["device_id"], str(entry["sequence"] or ""),
                      str(entry["revisions_new"]), str(entry["records_conflicting"])]
            for column, value in enumerate(values):
                self.merges_table.setItem(row, column, QTableWidgetItem(value))
        self.conflict_list.clear()
        for conflict in found:
            item = QListWidgetItem(f"{self.conflict_view.kind_name(conflict.record_type)} "
                                   f"{conflict.record_id[:8]} · " + ", ".join(conflict.differing_fields))
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            self.conflict_list.addItem(item)
        self.tabs.setTabText(2, self.tr("&Conflictos (%1)").replace("%1", str(len(found))))
        self.conflict_view.show_conflict(None)

    # --- merging ------------------------------------------------------------------------

    def _merge_tab(self) -> QWidget:
        self.file_list = QListWidget()
        add = QPushButton(self.tr("&Agregar paquetes…"))
        add.clicked.connect(lambda: self.add_files(ask_package_files(self)))
        self.file_list.setAccessibleName(self.tr("Paquetes por unir"))
        self.preview_button = QPushButton(self.tr("&Vista previa"))
        self.preview_button.clicked.connect(lambda: self.merge(dry_run=True))
        self.merge_button = QPushButton(self.tr("U&nir al registro"))
        self.merge_button.clicked.connect(lambda: self.merge(dry_run=False))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.results_table = QTableWidget(0, 7)
        self.results_table.setHorizontalHeaderLabels([
            self.tr("Archivo"), self.tr("Nuevos"), self.tr("Actualizados"), self.tr("Sin cambios"),
            self.tr("En conflicto"), self.tr("En espera"), self.tr("Resultado")])
        self.results_table.horizontalHeader().setStretchLastSection(True)
        self.result_note = QLabel()
        buttons = QHBoxLayout()
        for button in (add, self.preview_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.file_list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_note)
        layout.addWidget(self.results_table, 2)
        return tab

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self._files:
                self._files.append(path)
                self.file_list.addItem(str(path))

    def merge(self, dry_run: bool) -> None:
        """Merge (or preview) every listed file, each whole, with a progress bar."""
        if self.record is None or not self._files:
            return
        record, paths = self.record, list(self._files)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        for button in (self.preview_button, self.merge_button):
            button.setEnabled(False)
        Task(lambda report: merge_files(record, paths, dry_run=dry_run, index_sessions=refresh_sessions,
                                        progress=report)) \
            .on_progress(lambda done, total: self.progress.setValue(done)) \
            .on_success(lambda results: self._merged(results, dry_run)) \
            .on_failure(self._merge_failed).run(self)

    def _merged(self, results: list[FileResult], dry_run: bool) -> None:
        self._done_merging()
        self.results_table.setRowCount(len(results))
        for row, result in enumerate(results):
            report = result.report
            counts = ([report.new, report.updated, report.unchanged, report.conflicting, report.waiting]
                      if report else ["", "", "", "", ""])
            outcome = result.error or (self.tr("Vista previa: nada se escribió") if dry_run else self.tr("Unido"))
            for column, value in enumerate([result.path.name, *map(str, counts), outcome]):
                self.results_table.setItem(row, column, QTableWidgetItem(value))
        refused = sum(1 for r in results if r.report is None)
        self.result_note.setText(self.tr("%n paquetes revisados.", "", len(results))
                                 + (" " + self.tr("%n rechazados.", "", refused) if refused else ""))
        if not dry_run:
            self._files = [r.path for r in results if r.report is None]
            self.file_list.clear()
            self.file_list.addItems([str(p) for p in self._files])
            self.refresh()

    def _merge_failed(self, exc: Exception) -> None:
        self._done_merging()
        messages.show_error(self, messages.error_text(exc))

    def _done_merging(self) -> None:
        self.progress.setVisible(False)
        for button in (self.preview_button, self.merge_button):
            button.setEnabled(True)

    # --- merge log ------------------------------------------------------------------------

    def _log_tab(self) -> QWidget:
        self.devices_table = QTableWidget(0, 4)
        self.devices_table.setHorizontalHeaderLabels([
            self.tr("Equipo"), self.tr("Asistente"), self.tr("Paquetes recibidos"), self.tr("Paquetes que faltan")])
        self.devices_table.horizontalHeader().setStretchLastSection(True)
        self.merges_table = QTableWidget(0, 6)
        self.merges_table.setHorizontalHeaderLabels([
            self.tr("Fecha"), self.tr("Archivo"), self.tr("Equipo"), self.tr("N.º"), self.tr("Revisiones nuevas"),
            self.tr("En conflicto")])
        self.merges_table.horizontalHeader().setStretchLastSection(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Paquetes por equipo")))
        layout.addWidget(self.devices_table, 1)
        layout.addWidget(QLabel(self.tr("Últimas uniones")))
        layout.addWidget(self.merges_table, 1)
        return tab

    # --- conflicts ------------------------------------------------------------------------

    def _conflicts_tab(self) -> QWidget:
        self.conflict_list = QListWidget()
        self.conflict_list.currentItemChanged.connect(self._pick_conflict)
        self.conflict_view = ConflictView()
        self.conflict_view.keep_requested.connect(self.keep_version)
        self.conflict_view.fields_requested.connect(self.resolve_fields)
        splitter = QSplitter()
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(self.conflict_view)
        splitter.setSizes([300, 900])
        return splitter

    def _pick_conflict(self, current: QListWidgetItem | None, _previous=None) -> None:
        self.conflict_view.show_conflict(current.data(Qt.ItemDataRole.UserRole) if current else None, self._labels)

    def keep_version(self, revision_id: str) -> None:
        conflict, record = self.conflict_view.conflict(), self.record
        if conflict is None:
            return
        Task(lambda: conflicts.resolve_keep(record, conflict.record_id, revision_id, index_sessions=refresh_sessions)) \
            .on_success(lambda _revision: self.refresh()).on_failure(self._failed_resolution).run(self)

    def resolve_fields(self, choices: dict) -> None:
        conflict, record = self.conflict_view.conflict(), self.record
        if conflict is None:
            return
        Task(lambda: conflicts.resolve_fields(record, conflict.record_id, choices, index_sessions=refresh_sessions)) \
            .on_success(lambda _revision: self.refresh()).on_failure(self._failed_resolution).run(self)

    def _failed_resolution(self, exc: Exception) -> None:
        messages.show_error(self, messages.error_text(exc))
        self.refresh()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._close_review()
        if self.record is not None:
            self.record.close()
            self.record = None
        super().closeEvent(event)
