"""The assistant's desktop: sessions with filters, the advisory log, pending commitments.

The window is built and painted before the database is open (that import and open are the
slow part of start-up); :meth:`MainWindow.attach` hands it the database when it is ready. What
start-up does not show (the log and drafts tabs, the welcome steps, the catalogue import, the
demo data) is built, and its module imported, on first use.
"""

from __future__ import annotations

from pathlib import Path
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ati_desktop import version
from ati_desktop.paths import data_dir
from ati_desktop.resources import icon_path

from . import i18n, messages, wheel_guard
from .commitments_panel import OVERDUE_COLOR, CommitmentsPanel
from .exchange.export_status import ExportStatusLabel
from .filters import FilterBar
from .lazy_page import LazyPage
from .session_list import SessionListView, SessionTableModel
from .tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.database import Database

    from .advisory_log import AdvisoryLog
    from .catalogue_import import CatalogueImport
    from .demo_data import DemoRunner
    from .drafts_view import DraftsView
    from .welcome import WelcomePanel

LOCAL_SETTINGS_FILE = "ati-desktop.ini"
SESSION_COLUMN_WIDTHS = [95, 115, 260, 200, 130, 80, 125]
LOG_TAB = 1


def local_settings() -> QSettings:
    """Per-device layout and the last language, readable before the database is open."""
    return QSettings(str(data_dir() / LOCAL_SETTINGS_FILE), QSettings.Format.IniFormat)


def app_icon() -> QIcon:
    return QIcon(str(icon_path("ati-desktop.svg")))


class MainWindow(QMainWindow):
    """Menus, toolbar, the session list with its filters, the log and the commitments panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wheel_guard.install()
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.db: Database | None = None
        self._overdue = 0  # overdue commitments, shown again when the language changes
        self.forms: Any = None
        self.editors: list[QWidget] = []

        self.filters = FilterBar()
        self.model = SessionTableModel(self)
        self.view = SessionListView()
        self.view.setModel(self.model)
        self.view.set_column_widths(SESSION_COLUMN_WIDTHS, stretch=2)
        sessions_page = QWidget()
        column = QVBoxLayout(sessions_page)
        column.addWidget(self.filters)
        column.addWidget(self.view, 1)
        self._welcome_page = LazyPage(self._build_welcome)
        # The first tab shows the welcome steps instead of an empty list until a session exists.
        self.sessions_stack = QStackedWidget()
        self.sessions_stack.addWidget(sessions_page)
        self.sessions_stack.addWidget(self._welcome_page)
        self._log_page = LazyPage(self._build_advisory_log)
        self._drafts_page = LazyPage(self._build_drafts)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions_stack, "")
        self.tabs.addTab(self._log_page, "")
        self.tabs.addTab(self._drafts_page, "")
        self.commitments = CommitmentsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.commitments)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 360])
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet(f"color: {OVERDUE_COLOR.name()}; font-weight: bold;")
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.overdue_label)
        self.export_status = ExportStatusLabel()
        self.statusBar().addPermanentWidget(self.export_status)

        self._make_actions()
        self._make_menus()
        self.setTabOrder(self.filters.last_control(), self.view)
        self.setTabOrder(self.view, self.commitments.list)
        self.filters.changed.connect(self.model.set_criteria)
        self._follow_list(self.model, self.view)
        self.view.activated.connect(lambda _index: self.open_session())
        self.tabs.currentChanged.connect(self._tab_changed)
        self._set_ready(False)
        self.retranslate()
        self.view.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _follow_list(self, model, view: SessionListView) -> None:
        """The status bar counts the list, and the commitments panel follows its current row."""
        model.totalChanged.connect(lambda _total: self._show_count())
        model.loadFailed.connect(self._load_failed)
        model.reloaded.connect(lambda: self._select_first(view))
        view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())

    @property
    def advisory_log(self) -> AdvisoryLog:
        return self._log_page.content()

    @property
    def drafts(self) -> DraftsView:
        return self._drafts_page.content()

    @property
    def welcome(self) -> WelcomePanel:
        return self._welcome_page.content()

    def _build_advisory_log(self) -> AdvisoryLog:
        from .advisory_log import AdvisoryLog

        log = AdvisoryLog()
        self._follow_list(log.model, log.view)
        log.openRequested.connect(self.open_session)
        state = local_settings().value("window/log_columns")
        if isinstance(state, QByteArray):
            log.view.horizontalHeader().restoreState(state)
        if self.db is not None:
            log.set_database(self.db)
        return log

    def _build_drafts(self) -> DraftsView:
        from .drafts_view import DraftsView

        drafts = DraftsView()
        drafts.open_requested.connect(lambda key: self.new_session(draft_key=key))
        if self.db is not None:
            drafts.set_database(self.db)
        return drafts

    def _build_welcome(self) -> WelcomePanel:
        from .welcome import WelcomePanel

        welcome = WelcomePanel()
        welcome.profile_requested.connect(lambda: self.show_settings())
        welcome.import_requested.connect(lambda: self.import_catalogue())
        welcome.demo_requested.connect(lambda: self.demo.ask_and_run(self.db))
        welcome.session_requested.connect(lambda: self.new_session())
        return welcome

    @cached_property
    def demo(self) -> DemoRunner:
        from .demo_data import DemoRunner

        demo = DemoRunner(self)
        demo.finished.connect(lambda _added: self.refresh())
        return demo

    @cached_property
    def catalogue_import(self) -> CatalogueImport:
        from .catalogue_import import CatalogueImport

        catalogue_import = CatalogueImport(self)
        catalogue_import.imported.connect(lambda _report: self.refresh_welcome())
        return catalogue_import

    def _action(self, slot, shortcut=None, icon=None, checkable=False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        return action

    def _make_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_action = self._action(lambda: self.new_session(), QKeySequence.StandardKey.New,
                                       pixmap.SP_FileIcon)
        self.open_action = self._action(lambda: self.open_session(), icon=pixmap.SP_DirOpenIcon)
        # Enter opens the selected session only where a list has focus (it stays Enter elsewhere).
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.open_action)
        self.demo_action = self._action(lambda: self.demo.ask_and_run(self.db))
        self.import_action = self._action(lambda: self.import_catalogue())
        self.export_action = self._action(lambda: self.show_export(), "Ctrl+E")
        self.field_import_action = self._action(lambda: self.show_field_import())
        self.archive_action = self._action(lambda: self.show_archive())
        self.quit_action = self._action(self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.log_action = self._action(self._toggle_log, "Ctrl+B", checkable=True)
        self.commitments_action = self._action(self.commitments.setVisible, "Ctrl+J", checkable=True)
        self.commitments_action.setChecked(True)
        self.settings_action = self._action(lambda: self.show_settings(), "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(lambda: messages.show_about(self, version()))
        self.find_action = self._action(self.focus_search, QKeySequence.StandardKey.Find)
        self.addAction(self.find_action)
        self.acta_action = self._action(lambda: self.show_acta(), QKeySequence.StandardKey.Print,
                                        pixmap.SP_FileDialogDetailedView)
        self.batch_action = self._action(lambda: self.show_batch_actas())
        self.verify_action = self._action(lambda: self.show_verify_acta())
        self.personal_data_action = self._action(lambda: self.show_personal_data())
        self.record_action = self._action(lambda: self.show_record())
        self.desk_action = self._action(lambda: self.show_desk(), "Ctrl+T")
        self.review_action = self._action(lambda: self.show_review())

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new_action, self.open_action, None, self.import_action, self.field_import_action,
                       self.export_action, self.archive_action, None,
                       self.demo_action, None,
                       self.quit_action):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.log_action, self.commitments_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.desk_action)
        self.actas_menu = bar.addMenu("")
        self.actas_menu.addActions([self.acta_action, self.batch_action, self.verify_action])
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([self.personal_data_action, self.record_action, self.review_action,
                                    self.settings_action])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.new_action, self.open_action, self.acta_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.settings_action)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ATI Desktop — Asistencia Técnica Integral"))
        self.file_menu.setTitle(self.tr("&Archivo"))
        self.view_menu.setTitle(self.tr("&Ver"))
        self.actas_menu.setTitle(self.tr("A&ctas"))
        self.tools_menu.setTitle(self.tr("&Herramientas"))
        self.help_menu.setTitle(self.tr("Ay&uda"))
        self.toolbar.setWindowTitle(self.tr("Barra de herramientas"))
        texts = {
            self.new_action: (self.tr("&Nueva sesión"), self.tr("Registrar una nueva sesión de asistencia técnica")),
            self.open_action: (self.tr("&Abrir"), self.tr("Abrir la sesión seleccionada (Intro)")),
            self.import_action: (self.tr("&Importar catálogo de establecimientos…"),
                                 self.tr("Cargar el archivo CSV de establecimientos y sedes de la Secretaría")),
            self.field_import_action: (self.tr("Importar &paquete de la Secretaría…"),
                                       self.tr("Recibir formularios y registros que envía la Secretaría "
                                               "(memoria USB)")),
            self.export_action: (self.tr("&Exportar…"),
                                 self.tr("Entregar los cambios en un paquete para la secretaría (memoria USB)")),
            self.archive_action: (self.tr("Archi&var datos antiguos…"),
                                  self.tr("Pasar a un archivo las fotos y firmas de sesiones antiguas que la "
                                          "Secretaría confirmó, para liberar espacio")),
            self.demo_action: (self.tr("&Datos de demostración…"),
                               self.tr("Llenar la base de datos con sesiones de ejemplo")),
            self.quit_action: (self.tr("&Salir"), self.tr("Cerrar ATI Desktop")),
            self.log_action: (self.tr("&Bitácora de asesorías"), self.tr("Ver la bitácora de asesorías")),
            self.commitments_action: (self.tr("&Compromisos"), self.tr("Mostrar u ocultar los compromisos pendientes")),
            self.settings_action: (self.tr("&Configuración…"), self.tr("Perfil, acta e idioma")),
            self.personal_data_action: (self.tr("&Datos personales…"),
                                        self.tr("Buscar, informar o suprimir los datos de una persona; "
                                                "solicitudes de titulares")),
            self.record_action: (self.tr("&Registro departamental…"),
                                 self.tr("Unir los paquetes de los equipos y resolver conflictos (supervisión)")),
            self.about_action: (self.tr("&Acerca de ATI Desktop"), ""),
            self.find_action: (self.tr("Buscar"), ""),
            self.acta_action: (self.tr("Ver ac&ta…"), self.tr("Ver, imprimir o guardar el acta de la sesión seleccionada")),
            self.batch_action: (self.tr("Actas por &lote…"),
                                self.tr("Generar las actas de un establecimiento o un periodo")),
            self.review_action: (self.tr("Re&visión de sesiones…"),
                                 self.tr("Aprobar, devolver con observaciones o rechazar las sesiones cerradas "
                                         "(supervisión)")),
            self.desk_action: (self.tr("&Tablero del supervisor…"),
                               self.tr("Cifras, gráficas y mapa de cobertura de un periodo")),
            self.verify_action: (self.tr("&Verificar acta…"),
                                 self.tr("Comprobar que un PDF corresponde al acta vigente del registro")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
        self.tabs.setTabText(0, self.tr("Sesio&nes"))
        self.tabs.setTabText(1, self.tr("B&itácora de asesorías"))
        self.tabs.setTabText(2, self.tr("Bo&rradores"))
        self.view.setAccessibleName(self.tr("Lista de sesiones"))
        self.model.retranslate()
        self._show_count()
        self._show_overdue(self._overdue)

    # -- database ----------------------------------------------------------------------------
    def attach(self, db: Database, forms: Any = None) -> None:
        """Start working on an open database: list, log, commitments, drafts."""
        self.db, self.forms = db, forms
        if getattr(db, "path", None) is not None:
            from . import file_dialogs  # after the first paint: only dialogs need it

            file_dialogs.keep_out_of(db.path.parent)
        for part in (self.filters, self.commitments):
            part.set_database(db)
        self.model.set_criteria(self.filters.criteria())
        self.model.set_database(db)
        for page in _built(self._log_page, self._drafts_page):
            page.set_database(db)
        self.export_status.set_database(db)
        self._set_ready(True)
        self.refresh_welcome()
        self.refresh_overdue()
        self.offer_drafts()

    def _set_ready(self, ready: bool) -> None:
        for action in (self.new_action, self.open_action, self.import_action, self.field_import_action,
                       self.export_action, self.archive_action, self.demo_action,
                       self.settings_action, self.acta_action, self.batch_action, self.verify_action,
                       self.personal_data_action, self.desk_action, self.review_action):
            action.setEnabled(ready)
        if not ready:
            self.count_label.setText(self.tr("Abriendo la base de datos…"))

    def refresh(self) -> None:
        """Everything shown again from the database (after a save or new demo data)."""
        self.model.reload()
        for page in _built(self._log_page, self._drafts_page):
            page.refresh()
        self.commitments.refresh()
        self.refresh_overdue()
        self.refresh_welcome()

    def refresh_welcome(self) -> None:
        """The welcome steps replace the list while no session is recorded."""
        db = self.db
        if db is None:
            return
        def work():
            from .welcome import progress

            return progress(db)

        Task(work).on_success(self._show_welcome).run(self)

    def _show_welcome(self, done) -> None:
        if done.has_sessions:
            self.sessions_stack.setCurrentWidget(self.view.parentWidget())
            return
        self.welcome.show_progress(done)
        self.sessions_stack.setCurrentWidget(self._welcome_page)

    def import_catalogue(self) -> None:
        if self.db is not None:
            self.catalogue_import.run(self.db)
        self.export_status.refresh()

    def refresh_overdue(self) -> None:
        db = self.db

        def work():
            from ati_desktop.services.commitments import overdue_count

            return overdue_count(db)

        Task(work).on_success(self._show_overdue).run(self)

    def _show_overdue(self, count: int) -> None:
        self._overdue = count
        self.overdue_label.setText(self.tr("⚠ %n compromiso(s) vencido(s)", "", count) if count else "")

    def _log_shown(self) -> bool:
        return self.tabs.currentIndex() == LOG_TAB

    def _show_count(self) -> None:
        if self.db is None:
            return
        if self._log_shown():
            self.count_label.setText(self.tr("%n asesoría(s)", "", self.advisory_log.model.total()))
            return
        text = self.tr("%n sesión(es)", "", self.model.total())
        if self.filters.criteria():
            text = self.tr("%1 con los filtros actuales").replace("%1", text)
        self.count_label.setText(text)

    def _load_failed(self, exc: Exception) -> None:
        self.statusBar().showMessage(messages.error_text(exc), 10000)

    def _select_first(self, view: SessionListView) -> None:
        """After a (re)load the first session is current: Enter opens it, the panel shows it."""
        if view.model().rowCount():
            view.selectRow(0)
        else:
            self._current_changed()

    def _current_changed(self) -> None:
        self.commitments.show_session(self.selected_session_id())

    # -- actions -----------------------------------------------------------------------------
    def selected_session_id(self) -> str | None:
        if self._log_shown():
            row = self.advisory_log.view.current_row()
            return self.advisory_log.model.session_id(row) if row is not None else None
        row = self.view.current_row()
        return self.model.session_id(row) if row is not None else None

    def new_session(self, draft_key: str | None = None) -> None:
        self._open_editor(None, draft_key)

    def open_session(self, session_id: str | None = None) -> None:
        session_id = session_id or self.selected_session_id()
        if session_id:
            self._open_editor(session_id, None)

    def _open_editor(self, session_id: str | None, draft_key: str | None) -> None:
        if not self._usable(self.tr(
                "Los formularios de las técnicas no se pudieron cargar, así que las sesiones no se "
                "pueden abrir ni registrar. Reinstale ATI Desktop o informe a soporte técnico.")):
            return
        from .editor import SessionEditor  # the editor is big; load it on first use

        options = {"draft_key": draft_key} if draft_key else {}
        editor = SessionEditor(self.db, self.forms, session_id=session_id, parent=self, **options)
        editor.saved.connect(lambda _session_id: self.refresh())
        editor.destroyed.connect(lambda *_: self.editors.remove(editor) if editor in self.editors else None)
        editor.destroyed.connect(lambda *_: self._drafts_left())  # a closed editor may leave a draft
        self.editors.append(editor)
        editor.show()

    def _drafts_left(self) -> None:
        for drafts in _built(self._drafts_page):
            drafts.refresh()

    def _usable(self, forms_missing: str) -> bool:
        """Whether the database and the forms are loaded; says ``forms_missing`` if not the forms."""
        if self.db is None:
            return False
        if self.forms is None:
            messages.show_error(self, forms_missing)
            return False
        return True

    def _can_print(self) -> bool:
        return self._usable(self.tr(
            "Los formularios de las técnicas no se pudieron cargar, así que las actas no se "
            "pueden generar. Reinstale ATI Desktop o informe a soporte técnico."))

    def show_acta(self, session_id: str | None = None) -> QWidget | None:
        """Preview the acta of the selected session (print and save from there)."""
        session_id = session_id or self.selected_session_id()
        if not session_id or not self._can_print():
            return None
        from .actas import show_acta  # QtPdf loads on first use

        return show_acta(self, self.db, self.forms, session_id)

    def show_batch_actas(self) -> None:
        if self._can_print():
            from .actas import BatchActasDialog

            BatchActasDialog(self.db, self.forms, self).exec()

    def show_record(self) -> None:
        """Supervisor mode, in its own window (it opens its own record: a file or a server)."""
        from .record.window import RecordWindow

        self.record_window = RecordWindow(self)
        self.record_window.show()

    def show_verify_acta(self) -> None:
        if self._can_print():
            from .actas import VerifyActaDialog

            VerifyActaDialog(self.db, self.forms, self).exec()

    def show_personal_data(self) -> QWidget | None:
        """The «Datos personales» window on the open database (one at a time)."""
        if self.db is None:
            return None
        from .personal_data.window import PersonalDataWindow

        window = getattr(self, "_personal_data", None)
        if window is None or window.db is not self.db:
            window = self._personal_data = PersonalDataWindow(self.db, self)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_desk(self) -> QWidget | None:
        """The supervisor's Tablero in a window of its own; a session listed there opens here."""
        if self.db is None:
            return None
        from .desk import DeskWindow  # charts and map load on first use

        desk = DeskWindow(self.db, self)
        desk.openSessionRequested.connect(self.open_session)
        desk.resize(self.size())
        desk.show()
        return desk

    def show_review(self) -> QWidget | None:
        """The supervisor's review queue in a window of its own; a session listed there opens here."""
        if self.db is None:
            return None
        from .review import ReviewWindow

        window = ReviewWindow(self.db, self)
        window.openSessionRequested.connect(self.open_session)
        window.resize(self.size())
        window.show()
        return window

    def offer_drafts(self) -> None:
        db = self.db

        def work():
            from ati_desktop.services.drafts import list_drafts

            return list_drafts(db)

        Task(work).on_success(self._reopen_drafts).run(self)

    def _reopen_drafts(self, drafts: list) -> None:
        if drafts:
            for key in messages.ask_reopen_drafts(self, drafts):
                self.new_session(draft_key=key)

    def show_export(self) -> QWidget:
        from .exchange.export_dialog import ExportDialog

        dialog = ExportDialog(self.db, self)
        dialog.finished.connect(lambda _result: self.export_status.refresh())
        dialog.open()
        return dialog

    def show_field_import(self) -> QWidget | None:
        """Pick a package of the secretariat, see what it brings, and import it if confirmed."""
        from .exchange.field_import_dialog import FieldImportDialog, ask_package_file

        if self.db is None:
            return None
        path = ask_package_file(self)
        if not path:
            return None
        dialog = FieldImportDialog(self.db, Path(path), self)
        dialog.imported.connect(lambda _report: self._field_package_imported())
        dialog.open()
        return dialog

    def show_archive(self) -> QWidget | None:
        """Move the photos and signatures of old, confirmed sessions to an archive file."""
        from .exchange.archive_dialog import ArchiveDialog

        if self.db is None:
            return None
        dialog = ArchiveDialog(self.db, self)
        dialog.open()
        return dialog

    def _field_package_imported(self) -> None:
        """What arrived is shown at once; new sessions take the forms that came with it."""
        self.refresh()
        self.export_status.refresh()
        db = self.db

        def work():
            from ati_desktop.services.published_forms import registry_for

            return registry_for(db)

        Task(work).on_success(self._set_forms).run(self)

    def _set_forms(self, forms: Any) -> None:
        self.forms = forms

    def show_settings(self) -> QWidget:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        dialog.languageChosen.connect(self.apply_language)
        dialog.accepted.connect(self.refresh_welcome)
        dialog.open()
        return dialog

    def apply_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        if language != i18n.current_language():
            i18n.install(language)
        local_settings().setValue("ui/language", i18n.current_language())

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _toggle_log(self, checked: bool) -> None:
        if checked:
            self.tabs.setCurrentIndex(LOG_TAB)
        elif self._log_shown():  # unchecked by leaving the log for another tab: stay there
            self.tabs.setCurrentIndex(0)

    def _tab_changed(self, index: int) -> None:
        self.log_action.setChecked(index == LOG_TAB)
        if index == LOG_TAB:
            self.advisory_log.view.setFocus()
        self._show_count()
        self._current_changed()

    # -- layout ------------------------------------------------------------------------------
    def restore_layout(self) -> None:
        """Geometry, toolbar, splitter and column widths as the assistant left them."""
        stored = local_settings()
        geometry = stored.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self.restoreState(stored.value("window/state", QByteArray()))
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1320, screen.width() - 40), min(760, screen.height() - 40))
            if screen.width() <= 1440:  # a field laptop: every pixel goes to the list
                self.setWindowState(Qt.WindowState.WindowMaximized)
        for key, widget in (("window/splitter", self.splitter), ("window/columns", self.view.horizontalHeader())):
            state = stored.value(key)
            if isinstance(state, QByteArray):
                widget.restoreState(state)
        visible = stored.value("window/commitments", True)
        self.commitments_action.setChecked(visible not in (False, "false"))
        self.commitments.setVisible(self.commitments_action.isChecked())

    def save_layout(self) -> None:
        stored = local_settings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState())
        stored.setValue("window/splitter", self.splitter.saveState())
        stored.setValue("window/columns", self.view.horizontalHeader().saveState())
        for log in _built(self._log_page):  # a log never built leaves the stored widths as they were
            stored.setValue("window/log_columns", log.view.horizontalHeader().saveState())
        stored.setValue("window/commitments", self.commitments_action.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors):
            if not editor.close():
                event.ignore()
                return
        self.save_layout()
        super().closeEvent(event)


def _built(*pages: LazyPage) -> list:
    """The content of those pages that were built (the others have nothing to update)."""
    return [page.built() for page in pages if page.built() is not None]
