"""A window showing the acta of one session as it prints, to print it or save it as PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QStackedWidget, QToolBar, QWidget

from ati_desktop.domain.errors import AtiError
from ati_desktop.services import actas
from ati_desktop.ui import messages
from ati_desktop.ui.tasks import Task

from . import files, printing

ZOOM_STEP = 1.2


class ActaPreview(QMainWindow):
    """The acta rendered from the record, page by page, with print and save-as."""

    ready = Signal(int)  # number of pages, once the acta is on screen

    def __init__(self, db, forms, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("ActaPreview")
        self.setWindowTitle(self.tr("Acta de la sesión"))
        self._pdf = b""
        self._file_name = ""
        self._buffer: QBuffer | None = None

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Vista previa del acta"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(16)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        # Grey around the pages, as PDF readers show them, so each sheet's edge is visible.
        self.view.setStyleSheet("QPdfView { background: #7a7f85; }")
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.notice = QLabel(self.tr("Preparando el acta…"))
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Estado del acta"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.notice)
        self.stack.addWidget(self.view)
        self.setCentralWidget(self.stack)

        self.page_label = QLabel()
        self.page_label.setContentsMargins(8, 0, 8, 0)
        self.page_label.setAccessibleName(self.tr("Página actual"))
        self._make_actions()
        self.statusBar()  # made now, so the first message does not shrink the page under the reader
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._size_to_screen()

        Task(lambda: (actas.render_session(db, forms, session_id), actas.current_record(db, session_id))) \
            .on_success(self._show_acta).on_failure(self._show_failure).run(self)

    def _make_actions(self) -> None:
        self.print_action = self._action(self.tr("&Imprimir…"), QKeySequence.StandardKey.Print,
                                         self.print_acta, self.tr("Imprimir el acta (Ctrl+P)"))
        self.save_action = self._action(self.tr("&Guardar como PDF…"), QKeySequence("Ctrl+Shift+S"),
                                        self.save_as, self.tr("Guardar el acta en un archivo PDF (Ctrl+Shift+S)"))
        self.zoom_out_action = self._action(self.tr("Alejar"), QKeySequence.StandardKey.ZoomOut,
                                            lambda: self._zoom(1 / ZOOM_STEP), self.tr("Alejar (Ctrl+-)"))
        self.zoom_in_action = self._action(self.tr("Acercar"), QKeySequence.StandardKey.ZoomIn,
                                           lambda: self._zoom(ZOOM_STEP), self.tr("Acercar (Ctrl++)"))
        self.fit_width_action = self._action(
            self.tr("Ajustar al ancho"), QKeySequence("Ctrl+0"),
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth), self.tr("Ajustar al ancho (Ctrl+0)"))
        self.fit_page_action = self._action(
            self.tr("Página completa"), QKeySequence("Ctrl+1"),
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView), self.tr("Ver la página completa (Ctrl+1)"))
        self.close_action = self._action(self.tr("&Cerrar"), QKeySequence.StandardKey.Close, self.close,
                                         self.tr("Cerrar la vista previa (Ctrl+W)"))
        self.close_action.setShortcuts([QKeySequence.StandardKey.Close, QKeySequence("Esc")])
        for action in self._acta_actions():
            action.setEnabled(False)

        bar = QToolBar(self.tr("Acta"))
        bar.setObjectName("actaToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.print_action)
        bar.addAction(self.save_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_width_action)
        bar.addAction(self.fit_page_action)
        bar.addSeparator()
        bar.addWidget(self.page_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.close_action)
        self.addToolBar(bar)

    def _action(self, text: str, shortcut, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _acta_actions(self) -> list[QAction]:
        return [self.print_action, self.save_action, self.zoom_out_action, self.zoom_in_action,
                self.fit_width_action, self.fit_page_action]

    def _size_to_screen(self) -> None:
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(960, available.width() - 40), available.height() - 60)

    # Loading --------------------------------------------------------------------------------

    def _show_acta(self, result: tuple[bytes, dict]) -> None:
        self._pdf, record = result
        self._file_name = actas.acta_file_name(record)
        self.setWindowTitle(self._title(record))
        # QPdfDocument reads from the device for as long as it shows the acta: keep it alive.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self._show_problem(self.tr("No se pudo mostrar el acta (el visor de PDF no la pudo abrir). "
                                       "Puede guardarla como PDF y abrirla con otro programa."))
            self.save_action.setEnabled(True)
            return
        self.view.setDocument(self.document)
        self.stack.setCurrentWidget(self.view)
        for action in self._acta_actions():
            action.setEnabled(True)
        self._show_page(0)
        self.view.setFocus()
        self.ready.emit(self.document.pageCount())

    def _show_failure(self, exc: Exception) -> None:
        self._show_problem(messages.error_text(exc))

    def _show_problem(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #8a1c1c; font-size: 11pt; padding: 24px;")
        self.stack.setCurrentWidget(self.notice)

    def _title(self, record: dict) -> str:
        day = date.fromisoformat(record["session_date"]).strftime("%d/%m/%Y")
        place = record.get("school_name") or record.get("municipality_name") or ""
        title = self.tr("Acta del %1").replace("%1", day)
        return f"{title} — {place}" if place else title

    # Navigation -----------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def pdf_bytes(self) -> bytes:
        return self._pdf

    def _show_page(self, page: int) -> None:
        self.page_label.setText(self.tr("Página %1 de %2").replace("%1", str(page + 1))
                                .replace("%2", str(self.document.pageCount())))

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    # Output ---------------------------------------------------------------------------------

    def print_acta(self) -> None:
        if not self._pdf or self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.prepare_printer(printer, self.document, self._file_name)
        if not printing.ask_print_options(self, printer, self.document.pageCount()):
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            # «Imprimir a archivo» keeps the acta itself: the whole, verifiable PDF, not page images.
            self._write_pdf(Path(printer.outputFileName()))
            return
        try:
            sheets = printing.print_document(self.document, printer, self.current_page())
        except printing.PrintError as exc:
            messages.show_error(self, messages.error_text(exc))
            return
        text = self.tr("Se envió una página a la impresora.") if sheets == 1 else \
            self.tr("Se enviaron %1 páginas a la impresora.").replace("%1", str(sheets))
        self.statusBar().showMessage(text, 8000)

    def save_as(self) -> None:
        if not self._pdf:
            return
        path = files.ask_save_path(self, self._file_name)
        if path is not None:
            self._write_pdf(Path(path))

    def _write_pdf(self, path: Path) -> None:
        try:
            files.write_whole(path, self._pdf)
        except AtiError as exc:
            messages.show_error(self, messages.error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Acta guardada en %1").replace("%1", str(path)), 8000)
