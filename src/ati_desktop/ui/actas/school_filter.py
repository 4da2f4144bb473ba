"""An optional school for a batch of actas, found by typing part of its name or DANE code."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit

from ati_desktop.services import schools
from ati_desktop.ui.editor.school_picker import school_label
from ati_desktop.ui.tasks import Task

SEARCH_DELAY_MS = 250


class SchoolFilter(QLineEdit):
    """Empty means every school; otherwise a school picked from the catalogue."""

    changed = Signal()  # the chosen school, or the pending text, changed

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._dane: str | None = None
        self._chosen_text = ""
        self._found: dict[str, str] = {}  # shown text -> DANE code
        self.setAccessibleName(self.tr("Establecimiento educativo"))
        self.setPlaceholderText(self.tr("Todos: escriba parte del nombre o del código DANE para elegir uno"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[str].connect(self._choose_text)  # the text, not the model index
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.textChanged.connect(self._text_changed)
        # Only typing searches: the completer also changes the text while its list is browsed.
        self.textEdited.connect(self._typed)

    def school_dane(self) -> str | None:
        return self._dane

    def is_valid(self) -> bool:
        """Either empty (all schools) or a school chosen from the list."""
        return bool(self._dane) or not self.text().strip()

    def search(self) -> None:
        text = self.text()
        Task(lambda: schools.search_schools(self._db, text)) \
            .on_success(lambda found: self._show_found(text, found)).run(self)

    def choose(self, display: str) -> bool:
        """Pick one of the schools the last search found, by its shown text."""
        if display not in self._found:
            return False
        self._dane, self._chosen_text = self._found[display], display
        self.setText(display)
        self.changed.emit()
        return True

    def _text_changed(self, text: str) -> None:
        if self._dane and text != self._chosen_text:
            self._dane = None
        self.changed.emit()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()

    def _show_found(self, text: str, found: list) -> None:
        if text != self.text():
            return  # the user kept typing; a newer search is on its way
        # A batch selects by DANE code, so schools added in the field without one can't be picked.
        self._found = {school_label(school): school.dane_code for school in found if school.dane_code}
        self._model.setStringList(list(self._found))
        if self._found and self.hasFocus() and not self._dane:
            self.completer().complete()

    def _choose_text(self, text: str) -> None:
        self.choose(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter picks the only match or the highlighted one, so the keyboard alone is enough.

        While no school is settled, Enter belongs to this field: it must not reach the
        dialog and start a batch over every school.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.is_valid():
            if self._timer.isActive():
                self._timer.stop()
                self.search()
            if len(self._found) == 1:
                self.choose(next(iter(self._found)))
            elif self.text() in self._found:  # the entry highlighted with the arrow keys
                self.choose(self.text())
            self.completer().popup().hide()
            event.accept()
            return
        super().keyPressEvent(event)
