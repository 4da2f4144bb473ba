"""Step 3, Desarrollo: the technique's form, and the session's conclusions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from ati_desktop.domain.reference import Technique
from ati_desktop.formspec import model
from ati_desktop.services import queries
from ati_desktop.ui.forms import FormView
from ati_desktop.ui.tasks import Task

from .common import EditorPage, discard, long_text, note_label, show_date
from .files import FileStore

# The question of a form that holds the session's conclusions (the acta prints them once).
CONCLUSIONS_FIELD = "conclusiones"


class DevelopmentPage(EditorPage):
    """Shows the form of the chosen technique; answers of another technique are set aside."""

    page_id = "development"

    def __init__(self, db, forms, files: FileStore, attach_file: Callable[[], dict | None],
                 parent=None) -> None:
        super().__init__(parent, scrolled=False)
        self._db = db
        self._forms = forms
        self._files = files
        self._attach_file = attach_file
        self.form: model.FormDefinition | None = None
        self.view: FormView | None = None
        self._set_aside: dict[str, dict] = {}
        self._school_id: str | None = None
        self._observations: list[tuple[str, str]] = []
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.no_form = note_label(self.tr("Elija la técnica en «Identificación» para ver su formulario."))
        layout.addWidget(self.no_form)
        self.form_area = QVBoxLayout()
        layout.addLayout(self.form_area, 1)
        self.conclusions_row = QWidget()
        conclusions = QFormLayout(self.conclusions_row)
        conclusions.setContentsMargins(0, 0, 0, 0)
        self.conclusions = long_text(self.tr("Conclusiones"), self.tr("Conclusiones de la sesión"), 72)
        self.conclusions.setMaximumHeight(96)
        self.conclusions.textChanged.connect(self.changed)
        conclusions.addRow(self.tr("C&onclusiones:"), self.conclusions)
        layout.addWidget(self.conclusions_row)

    def title(self) -> str:
        return self.tr("Desarrollo")

    def first_input(self):
        return self.view if self.view is not None else self.conclusions

    def set_technique(self, technique: str) -> None:
        """Show the latest form of the technique, unless the current form already is its form."""
        if self.form is not None and self.form.technique == technique:
            return
        form = self._forms.for_technique(technique) if technique else None
        self._show_form(form, None)

    def set_school(self, school_id: str | None) -> None:
        """Observation sessions of the school are what a diálogo reflexivo can link to."""
        self._school_id = school_id
        self._observations = []
        if not school_id:
            return
        wanted = queries.SessionFilter(school_id=school_id, technique=Technique.OBSERVACION.value)
        Task(lambda: queries.list_sessions(self._db, wanted)).on_success(
            lambda rows: self._got_observations(school_id, rows)).run(self)

    def _got_observations(self, school_id: str, rows: list) -> None:
        if school_id != self._school_id:
            return
        self._observations = [
            # Several observations on one day are told apart by their hour.
            (row.id, self.tr("Observación del %1").replace("%1", show_date(row.session_date.isoformat()))
             + (f", {row.start_time:%H:%M}" if row.start_time else "")
             + (f" — {row.school}" if row.school else ""))
            for row in rows
        ]
        links = any(isinstance(item, model.LinkField) for _s, item in self.form.iter_fields()) if self.form else False
        if self.view is not None and links:
            # Link choices are read when the form is built: rebuild it with the same answers.
            self._show_form(self.form, self.view.answers(), rebuild=True)

    def _link_options(self, technique: str) -> list[tuple[str, str]]:
        return self._observations if technique == Technique.OBSERVACION.value else []

    def _show_form(self, form: model.FormDefinition | None, answers: dict | None,
                   rebuild: bool = False) -> None:
        """Show ``form``; a ``rebuild`` shows the same answers again, so nothing changed."""
        if self.view is not None:
            if self.form is not None and not rebuild:
                self._set_aside[self.form.id] = self.view.answers()
            discard(self.view)
            self.view = None
        self.form = form
        self.no_form.setVisible(form is None)
        self._show_conclusions()
        if form is None:
            return
        if answers is None:
            answers = self._set_aside.pop(form.id, {})
        self.view = FormView(form, answers, link_options=self._link_options, attach_file=self._attach_file,
                             save_signature=self._files.add)
        self.view.changed.connect(self.changed)
        self.form_area.addWidget(self.view)
        if not rebuild:
            self.changed.emit()

    def _show_conclusions(self) -> None:
        """A form that asks for conclusions (the meeting's) is where they are written: one box."""
        own = self.form is not None and self.form.has_field(CONCLUSIONS_FIELD)
        self.conclusions_row.setVisible(not own or bool(self.conclusions.toPlainText().strip()))

    def observation_session_id(self) -> str | None:
        """The answer of the form's link to an observation: the session this one follows."""
        if self.form is None or self.view is None:
            return None
        answers = self.view.answers()
        for _section, item in self.form.iter_fields():
            links_observation = isinstance(item, model.LinkField) and item.technique == Technique.OBSERVACION
            if links_observation and answers.get(item.id):
                return answers[item.id]
        return None

    def state(self) -> dict:
        return {
            "form_id": self.form.id if self.form else None,
            "form_version": self.form.version if self.form else None,
            "answers": self.view.answers() if self.view else {},
            "set_aside_answers": dict(self._set_aside),
            "observation_session_id": self.observation_session_id(),
            "conclusions": self.conclusions.toPlainText(),
        }

    def set_state(self, payload: dict) -> None:
        self._set_aside = dict(payload["set_aside_answers"])
        self.form = None
        if payload["form_id"]:
            form = self._forms.get(payload["form_id"], payload["form_version"])
        elif payload["technique"]:
            form = self._forms.for_technique(payload["technique"])
        else:
            form = None
        self.conclusions.setPlainText(payload["conclusions"] or "")
        self._show_form(form, dict(payload["answers"]))
