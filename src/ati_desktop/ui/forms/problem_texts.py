"""The forms engine's own answer messages in the interface language (context ``formspec``).

``formspec`` has no Qt and writes its default messages in Spanish. Each one has a fixed
shape, so it is recognised here and rebuilt from a translatable template; a message written
in a form definition is a form text and is translated in the form's own context instead.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ati_desktop.formspec import AnswerError, model

_OPTION = re.compile(r"La opción «(.*)» no existe en la lista\.")
_UNKNOWN_FIELD = re.compile(r"El (formulario|grupo) no tiene el campo «(.*)»\.")
_BOUNDS = re.compile(r"(Debe ser un valor|Debe tener) (?:entre (\S+) y (\S+)|como mínimo (\S+)|"
                     r"como máximo (\S+))( caracteres| opciones| filas| archivos)?\.")


# Messages without parameters, marked for lupdate; they are translated when shown.
_FIXED = frozenset({
    QT_TRANSLATE_NOOP("formspec", "Este campo es obligatorio."),
    QT_TRANSLATE_NOOP("formspec", "Se esperaba un texto."),
    QT_TRANSLATE_NOOP("formspec", "Escriba un número entero."),
    QT_TRANSLATE_NOOP("formspec", "Escriba un número, por ejemplo 2,5."),
    QT_TRANSLATE_NOOP("formspec", "Escriba una fecha válida (DD/MM/AAAA)."),
    QT_TRANSLATE_NOOP("formspec", "Escriba una hora válida (HH:MM)."),
    QT_TRANSLATE_NOOP("formspec", "Marque Sí, No, Parcial o No aplica."),
    QT_TRANSLATE_NOOP("formspec", "Elija uno de los niveles."),
    QT_TRANSLATE_NOOP("formspec", "Responda Sí o No."),
    QT_TRANSLATE_NOOP("formspec", "Se esperaba una lista de filas."),
    QT_TRANSLATE_NOOP("formspec", "Se esperaba una lista de opciones."),
    QT_TRANSLATE_NOOP("formspec", "Hay opciones repetidas."),
    QT_TRANSLATE_NOOP("formspec", "Elija una sesión de la lista."),
    QT_TRANSLATE_NOOP("formspec", "La firma no es válida; fírmela de nuevo."),
    QT_TRANSLATE_NOOP("formspec", "La lista de archivos adjuntos no es válida."),
    QT_TRANSLATE_NOOP("formspec", "Esta respuesta no aplica según las demás respuestas."),
    QT_TRANSLATE_NOOP("formspec", "Las respuestas no tienen el formato esperado."),
})


def _between(unit: str) -> str:
    return {
        "": QCoreApplication.translate("formspec", "Debe ser un valor entre %1 y %2."),
        " caracteres": QCoreApplication.translate("formspec", "Debe tener entre %1 y %2 caracteres."),
        " opciones": QCoreApplication.translate("formspec", "Debe tener entre %1 y %2 opciones."),
        " filas": QCoreApplication.translate("formspec", "Debe tener entre %1 y %2 filas."),
        " archivos": QCoreApplication.translate("formspec", "Debe tener entre %1 y %2 archivos."),
    }[unit]


def _at_least(unit: str, n: int) -> str:
    if unit == " caracteres":
        return QCoreApplication.translate("formspec", "Debe tener como mínimo %n carácter(es).", "", n)
    if unit == " opciones":
        return QCoreApplication.translate("formspec", "Debe tener como mínimo %n opción(es).", "", n)
    if unit == " filas":
        return QCoreApplication.translate("formspec", "Debe tener como mínimo %n fila(s).", "", n)
    return QCoreApplication.translate("formspec", "Debe tener como mínimo %n archivo(s).", "", n)


def _at_most(unit: str, n: int) -> str:
    if unit == " caracteres":
        return QCoreApplication.translate("formspec", "Debe tener como máximo %n carácter(es).", "", n)
    if unit == " opciones":
        return QCoreApplication.translate("formspec", "Debe tener como máximo %n opción(es).", "", n)
    if unit == " filas":
        return QCoreApplication.translate("formspec", "Debe tener como máximo %n fila(s).", "", n)
    return QCoreApplication.translate("formspec", "Debe tener como máximo %n archivo(s).", "", n)


def _bounds(match: re.Match) -> str | None:
    start, low, high, minimum, maximum, unit = match.groups()
    if (start == "Debe tener") != bool(unit):
        return None  # not a shape the engine writes
    if low is not None:
        return _between(unit or "").replace("%1", low).replace("%2", high)
    if not unit:
        text = (QCoreApplication.translate("formspec", "Debe ser un valor como mínimo %1.") if minimum
                else QCoreApplication.translate("formspec", "Debe ser un valor como máximo %1."))
        return text.replace("%1", minimum or maximum)
    if not (minimum or maximum).isdigit():
        return None
    return _at_least(unit, int(minimum)) if minimum else _at_most(unit, int(maximum))


def engine_text(message: str) -> str | None:
    """A default message of the forms engine, translated; None for any other text."""
    if message in _FIXED:
        return QCoreApplication.translate("formspec", message)
    if match := _BOUNDS.fullmatch(message):
        return _bounds(match)
    if match := _OPTION.fullmatch(message):
        return QCoreApplication.translate("formspec", "La opción «%1» no existe en la lista.") \
            .replace("%1", match.group(1))
    if match := _UNKNOWN_FIELD.fullmatch(message):
        text = (QCoreApplication.translate("formspec", "El formulario no tiene el campo «%1».")
                if match.group(1) == "formulario"
                else QCoreApplication.translate("formspec", "El grupo no tiene el campo «%1»."))
        return text.replace("%1", match.group(2))
    return None


def problem_text(detail: str, form_context: str) -> str:
    """A problem of an answer as shown: the engine's message, or the form's own text."""
    translated = engine_text(detail)
    return translated if translated is not None else QCoreApplication.translate(form_context, detail)


def error_text(form: model.FormDefinition, error: AnswerError) -> str:
    """An answer error with the field it is about, «Question»: problem, for lists of problems."""
    detail = problem_text(error.detail or error.message, form.context)
    if not error.field_id or not form.has_field(error.field_id):
        return detail
    item = form.field(error.field_id)
    where = "«%s»" % QCoreApplication.translate(form.context, item.label)
    if error.row is not None:
        where += ", " + QCoreApplication.translate("FormView", "fila %1").replace("%1", str(error.row))
        sub = next((s for s in getattr(item, "fields", []) if s.id == error.subfield_id), None)
        if sub is not None:
            where += ", «%s»" % QCoreApplication.translate(form.context, sub.label)
    return f"{where}: {detail}"
