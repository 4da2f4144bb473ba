"""Step 7, Evidencias: photos and documents, with the Ley 1581 question before keeping a photo."""

from __future__ import annotations

import mimetypes
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain.errors import AtiError
from ati_desktop.domain.ids import new_id
from ati_desktop.services import photos
from ati_desktop.ui.i18n import error_text

from . import dialogs
from .common import EditorPage, discard, note_label, show_datetime, watch
from .files import FileStore, thumbnail

THUMBNAIL_SIZE = QSize(96, 72)
PHOTO, ATTENDANCE_LIST, DOCUMENT = "foto", "lista_asistencia", "documento"


class EvidenceRow(QWidget):
    """One attached file: thumbnail, kind, caption and the minors consent it was kept with."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, values: dict, context: str, parent=None) -> None:
        super().__init__(parent)
        self.values = dict(values)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.picture = QLabel()
        self.picture.setFixedSize(THUMBNAIL_SIZE)
        self.picture.setAccessibleName(self.tr("Vista previa"))
        self.picture.setStyleSheet("QLabel { border: 1px solid palette(mid); }")
        info = QVBoxLayout()
        name = QLabel(f"<b>{values['file_name']}</b>")
        name.setWordWrap(True)
        info.addWidget(name)
        if context:
            info.addWidget(QLabel(context))
        if values.get("may_show_minors"):
            consent = QLabel(self.tr("Puede mostrar menores: autorización confirmada el %1")
                             .replace("%1", show_datetime(values.get("minors_confirmed_at"))))
            consent.setObjectName("consent")
            consent.setStyleSheet("color: #6b4a00;")
            info.addWidget(consent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Tipo de evidencia"))
        kinds = ((PHOTO, self.tr("Foto")), (ATTENDANCE_LIST, self.tr("Lista de asistencia escaneada")),
                 (DOCUMENT, self.tr("Documento")))
        for code, label in kinds:
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind") or DOCUMENT)))
        self.caption = QLineEdit(values.get("caption") or "")
        self.caption.setAccessibleName(self.tr("Descripción de la evidencia"))
        self.caption.setPlaceholderText(self.tr("Descripción (qué muestra)"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Quitar esta evidencia"))
        remove.setAccessibleName(self.tr("Quitar esta evidencia"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.picture)
        layout.addLayout(info, 2)
        layout.addWidget(self.kind)
        layout.addWidget(self.caption, 3)
        layout.addWidget(remove)
        watch(self.kind, self.changed)
        watch(self.caption, self.changed)

    def show_picture(self, data: bytes | None) -> None:
        picture = thumbnail(data, THUMBNAIL_SIZE) if self.values["media_type"].startswith("image/") else None
        if picture is not None:
            self.picture.setPixmap(picture)
        else:
            suffix = Path(self.values["file_name"]).suffix.upper().lstrip(".") or "—"
            self.picture.setText(suffix)

    def state(self) -> dict:
        return {**self.values, "kind": self.kind.currentData(), "caption": self.caption.text()}


class EvidencePage(EditorPage):
    """Everything attached to the session, including evidence of verified commitments."""

    page_id = "evidence"
    evidence_changed = Signal(dict)  # attachments per verification id

    def __init__(self, files: FileStore, parent=None) -> None:
        super().__init__(parent)
        self._files = files
        self._verification_titles: dict[str, str] = {}
        layout = QVBoxLayout(self.body)
        layout.addWidget(note_label(self.tr(
            "Toda actividad debe dejar evidencia que permita verificar los compromisos: fotos, "
            "listas de asistencia escaneadas o documentos. Antes de conservar una foto se le "
            "preguntará si puede mostrar a menores de edad.")))
        self.add_button = QPushButton(self.tr("Agregar f&otos o documentos…"))
        self.add_button.clicked.connect(lambda: self.add_files())
        # Photos are kept at a size legible in the acta and the export (services.photos).
        self.keep_original = QCheckBox(self.tr("Conservar las fotos en su tamaño original"))
        self.keep_original.setToolTip(self.tr(
            "Las fotos se guardan reducidas a un tamaño que se lee bien en el acta y en la "
            "exportación. Marque esta opción solo si un detalle lo exige: el original ocupa "
            "diez o más veces el espacio."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.keep_original)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problem = note_label(kind="warning")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.empty = QLabel(self.tr("Aún no hay evidencias."))
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.rows: list[EvidenceRow] = []

    def title(self) -> str:
        return self.tr("Evidencias")

    def set_verification_titles(self, titles: dict[str, str]) -> None:
        self._verification_titles = titles

    def add_files(self, verification_id: str | None = None, multiple: bool = True) -> list[EvidenceRow]:
        """Ask for files and keep each one the assistant may keep."""
        added, problems = [], []
        for path in dialogs.ask_open_files(self, multiple):
            try:
                values = self._take(Path(path), verification_id)
            except OSError as exc:
                problems.append(self.tr("No se pudo leer «%1»: %2").replace("%1", Path(path).name)
                                .replace("%2", exc.strerror or str(exc)))
                continue
            except AtiError as exc:  # a picture too big to be a photo, or a damaged one
                problems.append(error_text(exc))
                continue
            if values is None:
                problems.append(self.tr("La foto «%1» no se guardó: no hay autorización para conservar "
                                        "imágenes de menores de edad.").replace("%1", Path(path).name))
            else:
                added.append(self._add_row(values))
        self.problem.setText("<br>".join(problems))
        self.problem.setVisible(bool(problems))
        if added:
            self._emit_changed()
        return added

    def _take(self, path: Path, verification_id: str | None) -> dict | None:
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        photo = media_type.startswith("image/")
        minors = photo and dialogs.ask_may_show_minors(self, path.name)
        if minors and not dialogs.ask_minors_authorised(self, path.name):
            return None
        kept = photos.prepare(path.read_bytes(), media_type, path.name,
                              keep_original=self.keep_original.isChecked())
        return {
            "id": new_id(), "file_name": kept.file_name, "media_type": kept.media_type,
            "kind": PHOTO if photo else DOCUMENT, "caption": "", "sha256": self._files.add(kept.data),
            "verification_id": verification_id, "may_show_minors": bool(minors),
            "minors_confirmed_at": datetime.now(UTC).isoformat() if minors else None,
        }

    def _add_row(self, values: dict) -> EvidenceRow:
        context = ""
        if values.get("verification_id"):
            context = self.tr("Evidencia de la verificación: %1").replace(
                "%1", self._verification_titles.get(values["verification_id"], ""))
        row = EvidenceRow(values, context)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.empty.hide()
        self._files.fetch([values["sha256"]], lambda: row.show_picture(self._files.get(values["sha256"])))
        return row

    def _remove(self, row: EvidenceRow) -> None:
        self.rows.remove(row)
        discard(row)
        self.empty.setVisible(not self.rows)
        self._emit_changed()

    def counts(self) -> dict[str, int]:
        """How many files each verified commitment has."""
        counts: dict[str, int] = {}
        for row in self.rows:
            if row.values.get("verification_id"):
                counts[row.values["verification_id"]] = counts.get(row.values["verification_id"], 0) + 1
        return counts

    def _emit_changed(self) -> None:
        self.evidence_changed.emit(self.counts())
        self.changed.emit()

    def state(self) -> dict:
        return {"evidence": [row.state() for row in self.rows]}

    def set_state(self, payload: dict) -> None:
        for row in self.rows:
            discard(row)
        self.rows = []
        self._verification_titles = {v["id"]: v.get("commitment") or "" for v in payload["verifications"]}
        for values in payload["evidence"]:
            self._add_row(values)
        self.empty.setVisible(not self.rows)
