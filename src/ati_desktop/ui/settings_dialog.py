"""Configuración: the assistant's profile, the acta header of the institution, the language."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.paths import data_dir

from . import messages
from .exchange.key_page import KeyPage
from .i18n import LANGUAGES
from .tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.database import Database

PROFILE_FIELDS = ("full_name", "id_document", "role", "email", "phone")
INSTITUTION_FIELDS = ("entity", "office", "process", "document_title", "document_code",
                      "document_version", "approval_date")
PAGE_SIZES = ("A4", "LETTER")
LOGO_PREVIEW = (160, 90)


def keep_logo(path: str) -> str:
    """Copy the chosen logo into the data directory, so actas keep it if the original moves."""
    if not path:
        return ""
    source = Path(path)
    target_dir = data_dir() / "logos"
    if source.parent == target_dir:
        return path
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    shutil.copyfile(source, target)
    return str(target)


class SettingsDialog(QDialog):
    """Loads and saves through ``services.settings`` on the worker; emits the chosen language."""

    languageChosen = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._loaded = None
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in PROFILE_FIELDS + INSTITUTION_FIELDS}
        self.edits["approval_date"].setInputMask("99/99/9999;_")
        self.logo_path = QLineEdit(readOnly=True)
        self.logo_preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        self.page_size = QComboBox()
        for code in PAGE_SIZES:
            self.page_size.addItem("", code)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language_note = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.tabs = QTabWidget()
        self._labels: dict[str, QLabel] = {}
        self.tabs.addTab(self._form(PROFILE_FIELDS), "")
        self.tabs.addTab(self._institution_page(), "")
        self.tabs.addTab(self._language_page(), "")
        self.tabs.addTab(KeyPage(db), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self._set_logo(""))
        self.retranslate()
        self.resize(620, 480)
        self._load()

    # -- layout ------------------------------------------------------------------------------
    def _form(self, names: tuple[str, ...]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in names:
            self._labels[name] = QLabel()
            self._labels[name].setBuddy(self.edits[name])
            form.addRow(self._labels[name], self.edits[name])
        return page

    def _institution_page(self) -> QWidget:
        page = self._form(INSTITUTION_FIELDS)
        form: QFormLayout = page.layout()
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QVBoxLayout()
        logo_box.addWidget(self.logo_path)
        logo_box.addLayout(logo_row)
        for name, field in (("logo", logo_box), ("page_size", self.page_size)):
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], field)
        self._labels["page_size"].setBuddy(self.page_size)
        return page

    def _language_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._labels["language"] = QLabel()
        self._labels["language"].setBuddy(self.language)
        form.addRow(self._labels["language"], self.language)
        form.addRow(self.language_note)
        return page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Configuración"))
        for index, title in enumerate((self.tr("&Perfil"), self.tr("&Acta"), self.tr("&Idioma"),
                                       self.tr("Pa&quetes"))):
            self.tabs.setTabText(index, title)
        texts = {
            "full_name": self.tr("Nombre completo:"), "id_document": self.tr("Documento de identidad:"),
            "role": self.tr("Cargo:"), "email": self.tr("Correo electrónico:"), "phone": self.tr("Teléfono:"),
            "entity": self.tr("Entidad:"), "office": self.tr("Dependencia:"), "process": self.tr("Proceso:"),
            "document_title": self.tr("Título del documento:"), "document_code": self.tr("Código:"),
            "document_version": self.tr("Versión:"), "approval_date": self.tr("Fecha de aprobación:"),
            "logo": self.tr("Logo:"), "page_size": self.tr("Tamaño de página:"), "language": self.tr("Idioma:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
            widget = self.edits.get(name) or self._labels[name].buddy()
            if widget is not None:
                widget.setAccessibleName(text.rstrip(":"))
        self.edits["approval_date"].setToolTip(self.tr("DD/MM/AAAA"))
        self.logo_path.setPlaceholderText(self.tr("Sin logo: el acta muestra un escudo genérico"))
        self.logo_path.setAccessibleName(self.tr("Archivo del logo"))
        self.choose_logo.setText(self.tr("&Elegir…"))
        self.remove_logo.setText(self.tr("&Quitar"))
        self.page_size.setItemText(0, self.tr("A4"))
        self.page_size.setItemText(1, self.tr("Carta"))
        self.language_note.setText(self.tr(
            "El idioma cambia de inmediato en la ventana principal; las demás ventanas lo toman "
            "al abrirse de nuevo."))

    # -- loading and saving ------------------------------------------------------------------
    def _load(self) -> None:
        db = self._db

        def work():
            from ati_desktop.services import settings

            return settings.profile(db), settings.institution(db), settings.language(db)

        Task(work).on_success(self._fill).on_failure(self._failed).run(self)

    def _fill(self, loaded) -> None:
        self._loaded = loaded
        profile, institution, language = loaded
        for name in PROFILE_FIELDS:
            self.edits[name].setText(getattr(profile, name))
        for name in INSTITUTION_FIELDS:
            self.edits[name].setText(getattr(institution, name))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(institution.page_size)))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._set_logo(institution.logo_path)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        messages.show_error(self, messages.error_text(exc))

    def _choose_logo(self) -> None:
        path = messages.ask_image_file(self)
        if path:
            self._set_logo(path)

    def _set_logo(self, path: str) -> None:
        self.logo_path.setText(path)
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(sin logo)") if not path else self.tr("(imagen no válida)"))
        else:
            self.logo_preview.setPixmap(pixmap.scaled(*LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        self.remove_logo.setEnabled(bool(path))

    def problems(self) -> list[str]:
        """What keeps the form from being saved, in the interface language."""
        found = []
        email = self.edits["email"].text().strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            found.append(self.tr("El correo electrónico no parece válido."))
        approval = self.edits["approval_date"].text()
        if approval.strip("/_ "):
            try:
                datetime.strptime(approval, "%d/%m/%Y")
            except ValueError:
                found.append(self.tr("La fecha de aprobación debe tener la forma DD/MM/AAAA."))
        if self.logo_path.text() and QPixmap(self.logo_path.text()).isNull():
            found.append(self.tr("El logo debe ser una imagen PNG o JPG que se pueda abrir."))
        return found

    def save(self) -> None:
        if self._loaded is None:
            return
        found = self.problems()
        if found:
            messages.show_error(self, "\n".join(found))
            return
        profile, institution, _language = self._loaded
        profile = replace(profile, **{n: self.edits[n].text().strip() for n in PROFILE_FIELDS})
        approval = self.edits["approval_date"].text()
        institution = replace(institution, **{n: self.edits[n].text().strip() for n in INSTITUTION_FIELDS},
                              page_size=self.page_size.currentData(), logo_path=self.logo_path.text())
        if not approval.strip("/_ "):
            institution = replace(institution, approval_date="")
        language, db = self.language.currentData(), self._db
        self.buttons.setEnabled(False)

        def work():
            from ati_desktop.services import settings

            settings.save_profile(db, profile)
            settings.save_institution(db, replace(institution, logo_path=keep_logo(institution.logo_path)))
            settings.save_language(db, language)
            return language

        Task(work).on_success(self._saved).on_failure(self._save_failed).run(self)

    def _saved(self, language: str) -> None:
        self.languageChosen.emit(language)
        self.accept()

    def _save_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        messages.show_error(self, messages.error_text(exc))
