"""Why a save was refused, in Spanish, and which page of the editor fixes it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from ati_desktop.domain.errors import AtiError
from ati_desktop.domain.rules import RuleError
from ati_desktop.formspec import AnswersError
from ati_desktop.services.editing import IncompleteSession
from ati_desktop.storage.errors import StorageError

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


def describe(exc: BaseException, page_titles: dict[str, str] | None = None) -> str:
    """The message shown in the editor's message area; each broken rule names its page."""
    if isinstance(exc, RuleError):
        titles = page_titles or {}
        head = _tr("No se guardó: la sesión no cumple los lineamientos de la ATI.")
        items = []
        for violation in exc.violations:
            title = titles.get(RULE_PAGES.get(violation.rule, ""))
            where = " <i>(" + _tr("paso «%1»").replace("%1", title) + ")</i>" if title else ""
            items.append(f"<li>{violation.message}{where}</li>")
        return head + "<ul>" + "".join(items) + "</ul>"
    if isinstance(exc, AnswersError):
        head = _tr("No se guardó: revise las respuestas del formulario.")
        return head + "<ul>" + "".join(f"<li>{e.message}</li>" for e in exc.errors) + "</ul>"
    if isinstance(exc, AtiError):
        return _tr("No se guardó:") + " " + exc.message.replace("\n", "<br>")
    log.error("saving a session failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
    return _tr("No se guardó por un error inesperado. Lo escrito está a salvo en el borrador; "
               "si el problema se repite, informe a soporte técnico.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionEditor", text)
