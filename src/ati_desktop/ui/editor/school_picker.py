"""Type-ahead over the school catalogue, with a way to add a school missing from it."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ati_desktop.domain.municipalities import by_code
from ati_desktop.services import schools
from ati_desktop.ui.tasks import Task

SEARCH_DELAY_MS = 250


class SchoolPicker(QWidget):
    """A line edit that searches the catalogue as the assistant types."""

    picked = Signal(object)  # the School, or None when the choice is cleared
    add_requested = Signal()
    changed = Signal()

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._municipality: str | None = None
        self._school_id: str | None = None
        self._chosen_text = ""
        self._found: dict[str, object] = {}

        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Establecimiento educativo"))
        self.edit.setPlaceholderText(self.tr("Escriba parte del nombre o del código DANE"))
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.activated[str].connect(self._choose_text)  # the text, not the model index
        self.edit.setCompleter(self.completer)
        self.add_button = QPushButton(self.tr("Ag&regar establecimiento…"))
        self.add_button.clicked.connect(self.add_requested)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Establecimiento elegido"))

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.status, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._enter)
        self._show_status()

    def school_id(self) -> str | None:
        return self._school_id

    def text(self) -> str:
        return self.edit.text()

    def results(self) -> list:
        """The schools found by the last search."""
        return list(self._found.values())

    def set_municipality(self, code: str | None) -> None:
        self._municipality = code

    def set_school(self, school_id: str | None, name: str) -> None:
        self._school_id = school_id
        self._chosen_text = name if school_id else ""
        self.edit.setText(name)
        self._show_status()

    def pick(self, school) -> None:
        self.set_school(school.id, school_label(school))
        self.picked.emit(school)
        self.changed.emit()

    def show_problem(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #8a1c1c;")

    def _typed(self, text: str) -> None:
        if self._school_id and text != self._chosen_text:
            self._school_id = None
            self._show_status()
            self.picked.emit(None)
        self.changed.emit()
        self._timer.start()

    def _search(self) -> None:
        text, municipality = self.edit.text(), self._municipality
        Task(lambda: schools.search_schools(self._db, text, municipality)) \
            .on_success(lambda found: self._show_found(text, found)).run(self)

    def _show_found(self, text: str, found: list) -> None:
        if text != self.edit.text():
            return  # the assistant kept typing; a newer search is on its way
        self._found = {school_label(school): school for school in found}
        self._model.setStringList(list(self._found))
        if found and self.edit.hasFocus() and not self._school_id:
            self.completer.complete()
        if not found and text.strip():
            self.show_problem(self.tr("Ningún establecimiento del catálogo coincide. Si falta, "
                                      "use «Agregar establecimiento…»."))

    def _choose_text(self, text: str) -> None:
        school = self._found.get(text)
        if school is not None:
            self.pick(school)

    def _enter(self) -> None:
        """Enter picks the only match, so the keyboard alone is enough."""
        if self._school_id:
            return
        if self._timer.isActive():
            self._timer.stop()
            self._search()
        if len(self._found) == 1:
            self.pick(next(iter(self._found.values())))
        elif self.edit.text() in self._found:
            self.pick(self._found[self.edit.text()])

    def _show_status(self) -> None:
        self.status.setStyleSheet("color: palette(mid);" if not self._school_id else "")
        self.status.setText(self.tr("Elegido del catálogo.") if self._school_id else
                            self.tr("Sin elegir: escriba y elija de la lista (obligatorio en el "
                                    "nivel institucional)."))


def school_label(school) -> str:
    """A school as lists show it: two schools of the same name differ by municipality and code."""
    municipality = by_code().get(school.municipality_code)
    label = f"{school.name} — {municipality.name}" if municipality else school.name
    return f"{label} · DANE {school.dane_code}" if school.dane_code else label
