"""«Paquete para el campo…»: the supervisor writes, from the record, a signed package for the field.

For an assistant (their assigned schools and the schools of their sessions) and/or for
municipalities, signed with the secretariat's key (its fingerprint shown, to read aloud by
phone) and optionally encrypted. The package is written on the worker thread with a progress
bar; nothing is written while a choice is missing or the key cannot be read.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain.text import matches
from ati_desktop.services import field_packages
from ati_desktop.ui import file_dialogs, messages
from ati_desktop.ui.actas.files import documents_dir
from ati_desktop.ui.matching import fold_complete
from ati_desktop.ui.tasks import Task

PROBLEM_STYLE = "color: #8a1c1c;"


def ask_target(parent: QWidget | None, suggested: str) -> str | None:
    """Where to write the package (the system's dialog; tests replace it)."""
    name = file_dialogs.save_file(
        parent, QCoreApplication.translate("FieldPackageDialog", "Guardar el paquete para el campo"), suggested,
        QCoreApplication.translate("FieldPackageDialog", "Paquetes de ATI Desktop (*.ati)"),
        confirm_overwrite=False)  # an existing package is never replaced: the writer refuses it
    return name or None


def ask_key_file(parent: QWidget | None, title: str, name_filter: str) -> str | None:
    name = file_dialogs.open_file(parent, title, str(documents_dir()), name_filter)
    return name or None


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A row's label whose access key goes to ``widget`` (a form only does it for a lone widget)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class FieldPackageDialog(QDialog):
    """Chooses whom the package is for, the keys and the file; writes it and shows what it holds."""

    def __init__(self, record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paquete para el campo"))
        self._record = record
        self._signing_path: Path | None = None  # None: the key kept in this user's key folder
        self._signing_ok = False
        self._running = False

        intro = QLabel(self.tr("Lo que un asistente necesita para seguir trabajando en el campo: el catálogo, "
                               "los formularios y, de los establecimientos elegidos, sus sesiones, compromisos "
                               "y verificaciones, con toda su historia. Va firmado por la secretaría."))
        intro.setWordWrap(True)
        self.assistant = QComboBox()
        self.assistant.setEditable(True)
        self.assistant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.assistant.setAccessibleName(self.tr("Asistente"))
        self.assistant.lineEdit().setPlaceholderText(self.tr("Ninguno: solo los municipios elegidos"))
        self.assistant.editTextChanged.connect(lambda _text: self._update())
        self.municipality_filter = QLineEdit()
        self.municipality_filter.setPlaceholderText(self.tr("Buscar municipio"))
        self.municipality_filter.setAccessibleName(self.tr("Buscar municipio"))
        self.municipality_filter.textChanged.connect(self._filter_municipalities)
        self.municipality_list = QListWidget()
        self.municipality_list.setAccessibleName(self.tr("Municipios"))
        self.municipality_list.itemChanged.connect(lambda _item: self._update())
        municipalities = QVBoxLayout()
        municipalities.addWidget(self.municipality_filter)
        municipalities.addWidget(self.municipality_list)

        self.signing_label = QLabel(wordWrap=True)
        self.signing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signing_button = QPushButton(self.tr("Otra &clave…"))
        self.signing_button.clicked.connect(self._choose_signing_key)
        signing = QHBoxLayout()
        signing.addWidget(self.signing_label, 1)
        signing.addWidget(self.signing_button)
        self.encrypt_edit = QLineEdit()
        self.encrypt_edit.setReadOnly(True)
        self.encrypt_edit.setPlaceholderText(self.tr("Sin cifrar"))
        self.encrypt_edit.setAccessibleName(self.tr("Clave pública a la que cifrar"))
        self.encrypt_button = QPushButton(self.tr("Ele&gir…"))
        self.encrypt_button.clicked.connect(self._choose_encryption_key)
        self.encrypt_clear = QPushButton(self.tr("&Quitar"))
        self.encrypt_clear.clicked.connect(self.encrypt_edit.clear)
        encrypt = QHBoxLayout()
        encrypt.addWidget(self.encrypt_edit, 1)
        encrypt.addWidget(self.encrypt_button)
        encrypt.addWidget(self.encrypt_clear)
        self.target_edit = QLineEdit()
        self.target_edit.setAccessibleName(self.tr("Archivo del paquete"))
        self.target_edit.textChanged.connect(lambda _text: self._update())
        self.target_button = QPushButton(self.tr("E&legir…"))
        self.target_button.clicked.connect(self._choose_target)
        target = QHBoxLayout()
        target.addWidget(self.target_edit, 1)
        target.addWidget(self.target_button)

        form = QFormLayout()
        form.addRow(self.tr("&Asistente:"), self.assistant)
        form.addRow(_buddy(self.tr("&Municipios:"), self.municipality_filter), municipalities)
        form.addRow(self.tr("Clave de firma:"), signing)
        form.addRow(self.tr("Cifrar para:"), encrypt)
        form.addRow(_buddy(self.tr("Arc&hivo:"), self.target_edit), target)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.result = QLabel(wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(self.tr("&Escribir el paquete"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Cerrar"))
        self.write_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        # Enter closes: writing a package is always a deliberate click. (Set once the buttons
        # are inside the dialog, or the dialog picks its first button as the default.)
        for button in (self.signing_button, self.encrypt_button, self.encrypt_clear, self.target_button,
                       self.write_button):
            button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.resize(680, 620)
        self._update()
        self._load()

    # -- loading ------------------------------------------------------------------------------
    def _load(self) -> None:
        record = self._record
        Task(lambda: field_packages.field_choices(record)).on_success(self._loaded) \
            .on_failure(self._show_failure).run(self)
        self._check_signing_key(None)

    def _loaded(self, choices: field_packages.FieldChoices) -> None:
        self.assistant.clear()
        self.assistant.addItem("", None)
        for assistant in choices.assistants:
            self.assistant.addItem(assistant.name, assistant.id)
        fold_complete(self.assistant)
        self.assistant.setCurrentIndex(0)
        self.municipality_list.clear()
        for municipality in choices.municipalities:
            text = (municipality.name + " — " + self.tr("%n establecimiento(s)", "", municipality.schools)
                    + " · " + self.tr("%n sesión(es)", "", municipality.sessions))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, municipality.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, municipality.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.municipality_list.addItem(item)
        self._update()

    def _filter_municipalities(self, text: str) -> None:
        for row in range(self.municipality_list.count()):
            item = self.municipality_list.item(row)
            item.setHidden(not matches(text, item.data(Qt.ItemDataRole.UserRole + 1)))

    # -- choices ------------------------------------------------------------------------------
    def assistant_id(self) -> str | None:
        """The assistant picked, when the combo's text is one of theirs (typed or chosen)."""
        index = self.assistant.findText(self.assistant.currentText(), Qt.MatchFlag.MatchExactly)
        return self.assistant.itemData(index) if index > 0 else None

    def municipality_codes(self) -> list[str]:
        items = (self.municipality_list.item(row) for row in range(self.municipality_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def check_municipality(self, code: str) -> None:
        for row in range(self.municipality_list.count()):
            item = self.municipality_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked)

    def set_signing_key(self, path: Path | None) -> None:
        """Sign with the key at ``path`` (None: the one kept in this user's key folder)."""
        self._check_signing_key(path)

    def set_encryption_key(self, path: Path | None) -> None:
        self.encrypt_edit.setText(str(path) if path else "")

    def _check_signing_key(self, path: Path | None) -> None:
        self._signing_path = path
        self._signing_ok = False
        self._update()
        Task(lambda: field_packages.signing_key(path)).on_success(self._signing_checked) \
            .on_failure(self._signing_failed).run(self)

    def _signing_checked(self, key: field_packages.SigningKey) -> None:
        self._signing_ok = True
        self.signing_label.setStyleSheet("")
        self.signing_label.setText(self.tr("%1\nHuella: %2").replace("%1", str(key.path))
                                   .replace("%2", key.fingerprint))
        self._update()

    def _signing_failed(self, exc: Exception) -> None:
        self._signing_ok = False
        self.signing_label.setStyleSheet(PROBLEM_STYLE)
        self.signing_label.setText(messages.error_text(exc))
        self._update()

    def _choose_signing_key(self) -> None:
        path = ask_key_file(self, self.tr("Elegir la clave de firma de la secretaría"),
                            self.tr("Claves privadas de firma (*.key);;Todos los archivos (*)"))
        if path:
            self.set_signing_key(Path(path))

    def _choose_encryption_key(self) -> None:
        path = ask_key_file(self, self.tr("Elegir la clave pública a la que cifrar"),
                            self.tr("Claves públicas (*.pub);;Todos los archivos (*)"))
        if path:
            self.set_encryption_key(Path(path))

    def _choose_target(self) -> None:
        suggested = self.target_edit.text().strip() or str(documents_dir() / self._suggested_name())
        path = ask_target(self, suggested)
        if path:
            self.target_edit.setText(path)

    def _suggested_name(self) -> str:
        return f"campo-{date.today():%Y%m%d}.ati"

    def _update(self) -> None:
        ready = (bool(self.assistant_id() or self.municipality_codes()) and bool(self.target_edit.text().strip())
                 and self._signing_ok and not self._running)
        self.write_button.setEnabled(ready)

    # -- writing ------------------------------------------------------------------------------
    def start(self) -> None:
        record, target = self._record, Path(self.target_edit.text().strip())
        assistant, codes = self.assistant_id(), self.municipality_codes()
        signing = self._signing_path
        encrypt = Path(self.encrypt_edit.text()) if self.encrypt_edit.text() else None
        self._set_running(True)
        self.result.setText("")

        def work(report):
            return field_packages.write_for_field(record, target, assistant_id=assistant, municipality_codes=codes,
                                                  signing_key_path=signing, encrypt_to_path=encrypt,
                                                  progress=report)

        Task(work).on_progress(self._progressed).on_success(self._written).on_failure(self._write_failed).run(self)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        for widget in (self.assistant, self.municipality_filter, self.municipality_list, self.signing_button,
                       self.encrypt_button, self.encrypt_clear, self.target_edit, self.target_button,
                       self.close_button):
            widget.setEnabled(not running)
        self._update()

    def reject(self) -> None:
        if not self._running:  # a package half written is never left behind by Escape
            super().reject()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _written(self, written: field_packages.FieldPackageWritten) -> None:
        self._set_running(False)
        self.result.setStyleSheet("")
        lines = [
            self.tr("✔ Paquete para el campo nº %1 escrito y verificado.").replace("%1", str(written.sequence)),
            self.tr("Archivo: %1 (%2)").replace("%1", str(written.path))
            .replace("%2", QLocale().formattedDataSize(written.size)),
            self.tr("%n establecimiento(s)", "", written.schools) + " · " + self.tr("%n sesión(es)", "",
                                                                                  written.sessions)
            + " · " + self.tr("%n archivo(s) adjunto(s)", "", written.blobs),
            self.tr("Firmado con la clave %1.").replace("%1", written.fingerprint) + " "
            + (self.tr("Cifrado.") if written.encrypted else self.tr("Sin cifrar.")),
        ]
        self.result.setText("\n".join(lines))

    def _write_failed(self, exc: Exception) -> None:
        self._set_running(False)
        self._show_failure(exc)

    def _show_failure(self, exc: Exception) -> None:
        self.result.setStyleSheet(PROBLEM_STYLE)
        self.result.setText(messages.error_text(exc))
