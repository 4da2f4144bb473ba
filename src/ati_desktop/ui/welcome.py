"""What a new assistant sees before the first session: the steps that make the desktop useful.

The main window shows this panel instead of an empty list while the database holds no
session; each step says whether it is done and opens what does it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Progress:
    has_profile: bool
    has_catalogue: bool
    has_sessions: bool


def progress(db) -> Progress:
    """Runs on the worker: which first steps are done."""
    from ati_desktop.services import queries, schools, settings

    return Progress(settings.assistant_id(db) is not None, bool(schools.search_schools(db, "", limit=1)),
                    queries.count_sessions(db) > 0)


class WelcomePanel(QWidget):
    profile_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    session_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.title = QLabel()
        self.title.setObjectName("welcome-title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.profile_button = QPushButton()
        self.import_button = QPushButton()
        self.demo_button = QPushButton()
        self.session_button = QPushButton()
        self.profile_button.clicked.connect(self.profile_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.session_button.clicked.connect(self.session_requested)
        self.notes = [QLabel() for _ in range(4)]
        self.marks = [QLabel() for _ in range(4)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        buttons = (self.profile_button, self.import_button, self.demo_button, self.session_button)
        for row, (button, note, mark) in enumerate(zip(buttons, self.notes, self.marks)):
            note.setWordWrap(True)
            mark.setMinimumWidth(28)
            button.setMinimumWidth(300)
            grid.addWidget(mark, row, 0)
            grid.addWidget(button, row, 1)
            grid.addWidget(note, row, 2)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._progress = Progress(False, False, False)
        self.retranslate()

    def show_progress(self, done: Progress) -> None:
        self._progress = done
        for mark, ok in zip(self.marks, (done.has_profile, done.has_catalogue, done.has_sessions, done.has_sessions)):
            mark.setText("✔" if ok else "")
        self.profile_button.setDefault(not done.has_profile)
        self.session_button.setDefault(done.has_profile)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Bienvenida a ATI Desktop"))
        self.intro.setText(self.tr(
            "Aún no hay sesiones registradas en este equipo. Estos pasos preparan el programa; "
            "todo funciona sin conexión a internet."))
        self.profile_button.setText(self.tr("1. Completar mi &perfil…"))
        self.import_button.setText(self.tr("2. Importar el catálo&go de establecimientos…"))
        self.demo_button.setText(self.tr("3. Cargar datos de de&mostración (opcional)…"))
        self.session_button.setText(self.tr("4. Registrar la primera &sesión"))
        texts = (
            self.tr("Su nombre y cargo salen en cada acta como «Profesional de apoyo»."),
            self.tr("El archivo CSV de establecimientos y sedes que envía la Secretaría. Si falta "
                    "un establecimiento, también se puede agregar durante la visita."),
            self.tr("Sesiones de ejemplo para conocer el programa; no las exporte al registro departamental."),
            self.tr("Identificación, desarrollo, participantes con sus firmas, compromisos y evidencias."),
        )
        for note, text in zip(self.notes, texts):
            note.setText(text)
        self.show_progress(self._progress)
