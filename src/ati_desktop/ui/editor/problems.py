"""Why a save was refused, in the interface language, and which page of the editor fixes it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from ati_desktop.domain.errors import AtiError
from ati_desktop.domain.rules import RuleError
from ati_desktop.formspec import AnswersError, FormDefinition
from ati_desktop.services.editing import IncompleteSession
from ati_desktop.services.database import StorageError
from ati_desktop.ui import i18n
from ati_desktop.ui.forms.problem_texts import error_text
from ati_desktop.ui.i18n import rule_text

log = logging.getLogger(__name__)

RULE_PAGES = {
    "entrenamiento_in_situ": "identification",
    "acompanamiento_presencial": "identification",
    "orientacion_remota": "identification",
    "asesoria_sin_desplazamiento": "identification",
    "dialogo_sigue_observacion": "development",
    "vc_verifica_compromisos": "verification",
    "acompanamiento_compromisos_ambas_partes": "commitments",
}

# Other refusals of the services name what they are about; the first word found decides.
_WORDS = (
    ("evidencia", "evidence"), ("verific", "verification"), ("compromiso", "commitments"),
    ("participante", "participants"), ("indicador", "scope"), ("área", "scope"),
    ("formulario", "development"),
)


def page_for(exc: BaseException) -> str | None:
    if isinstance(exc, IncompleteSession):
        return exc.page
    if isinstance(exc, RuleError):
        return RULE_PAGES.get(exc.violations[0].rule, "identification")
    if isinstance(exc, AnswersError):
        return "development"
    if isinstance(exc, AtiError) and not isinstance(exc, StorageError):
        text = exc.message.lower()
        return next((page for word, page in _WORDS if word in text), "identification")
    return None


def describe(exc: BaseException, page_titles: dict[str, str] | None = None,
             form: FormDefinition | None = None) -> str:
    """The message shown in the editor's message area; each broken rule names its page.

    ``form`` is the form the answers were checked against, to name its questions.
    """
    if isinstance(exc, RuleError):
        titles = page_titles or {}
        head = QCoreApplication.translate(
            "SessionEditor", "No se guardó: la sesión no cumple los lineamientos de la ATI.")
        items = []
        for violation in exc.violations:
            title = titles.get(RULE_PAGES.get(violation.rule, ""))
            where = ""
            if title:
                step = QCoreApplication.translate("SessionEditor", "paso «%1»").replace("%1", title)
                where = f" <i>({step})</i>"
            items.append(f"<li>{rule_text(violation.message)}{where}</li>")
        return head + "<ul>" + "".join(items) + "</ul>"
    if isinstance(exc, AnswersError):
        head = QCoreApplication.translate(
            "SessionEditor", "No se guardó: revise las respuestas del formulario.")
        lines = [error_text(form, e) if form is not None else e.message for e in exc.errors]
        return head + "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
    if isinstance(exc, AtiError):
        head = QCoreApplication.translate("SessionEditor", "No se guardó:")
        return head + " " + i18n.error_text(exc).replace("\n", "<br>")
    log.error("saving a session failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
    return QCoreApplication.translate(
        "SessionEditor", "No se guardó por un error inesperado. Lo escrito está a salvo en el borrador; "
        "si el problema se repite, informe a soporte técnico.")
