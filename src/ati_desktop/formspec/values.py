"""The answer value of each field type: its JSON shape, its rules, and what expressions see.

Shapes: text → str; integer and rating → int; decimal → str such as "3.25"; date →
"YYYY-MM-DD"; time → "HH:MM"; single choice → code; multiple choice → list of codes;
checklist item → {"answer", "observation"}; yes/no → bool; repeat → list of row dicts;
link → session UUID; signature → {"sha256", "signed_at"}; evidence → [{"sha256", "file_name"}].
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from decimal import Decimal

from ati_desktop.formspec import model
from ati_desktop.formspec.evaluation import Value

CHECKLIST_ANSWERS = {"si": "Sí", "no": "No", "parcial": "Parcial", "na": "No aplica"}

_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def is_empty(value: object) -> bool:
    """No answer: absent, blank text or an empty list."""
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_date(value: object) -> bool:
    if not (isinstance(value, str) and _DATE.fullmatch(value)):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_timestamp(value: object) -> bool:
    try:
        dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _is_uuid(value: object) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_file_ref(value: object, keys: set[str]) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == keys
        and isinstance(value.get("sha256"), str)
        and bool(_SHA256.fullmatch(value["sha256"]))
    )


def type_problem(field: model.AnswerField, value: object) -> str | None:
    """Why a non-empty value has the wrong shape for the field, or None."""
    if isinstance(field, model.TextField | model.LongTextField):
        return None if isinstance(value, str) else "Se esperaba un texto."
    if isinstance(field, model.IntegerField):
        return None if _is_int(value) else "Escriba un número entero."
    if isinstance(field, model.DecimalField):
        ok = isinstance(value, str) and _DECIMAL.fullmatch(value)
        return None if ok else "Escriba un número, por ejemplo 2,5."
    if isinstance(field, model.DateField):
        return None if _is_date(value) else "Escriba una fecha válida (DD/MM/AAAA)."
    if isinstance(field, model.TimeField):
        ok = isinstance(value, str) and _TIME.fullmatch(value)
        return None if ok else "Escriba una hora válida (HH:MM)."
    if isinstance(field, model.SingleChoiceField):
        codes = {choice.value for choice in field.choices}
        ok = isinstance(value, str) and value in codes
        return None if ok else f"La opción «{value}» no existe en la lista."
    if isinstance(field, model.MultipleChoiceField):
        return _multiple_problem(field, value)
    if isinstance(field, model.ChecklistItemField):
        ok = (
            isinstance(value, dict)
            and set(value) == {"answer", "observation"}
            and isinstance(value["answer"], str)
            and value["answer"] in CHECKLIST_ANSWERS
            and isinstance(value["observation"], str)
        )
        return None if ok else "Marque Sí, No, Parcial o No aplica."
    if isinstance(field, model.RatingField):
        levels = {level.value for level in field.levels}
        return None if _is_int(value) and value in levels else "Elija uno de los niveles."
    if isinstance(field, model.YesNoField):
        return None if isinstance(value, bool) else "Responda Sí o No."
    if isinstance(field, model.RepeatField):
        ok = isinstance(value, list) and all(isinstance(row, dict) for row in value)
        return None if ok else "Se esperaba una lista de filas."
    if isinstance(field, model.LinkField):
        return None if _is_uuid(value) else "Elija una sesión de la lista."
    if isinstance(field, model.SignatureField):
        ok = _is_file_ref(value, {"sha256", "signed_at"}) and _is_timestamp(value["signed_at"])
        return None if ok else "La firma no es válida; fírmela de nuevo."
    if isinstance(field, model.EvidenceField):
        ok = isinstance(value, list) and all(
            _is_file_ref(item, {"sha256", "file_name"})
            and isinstance(item["file_name"], str)
            and item["file_name"].strip()
            for item in value
        )
        return None if ok else "La lista de archivos adjuntos no es válida."
    raise TypeError(f"no answer type for {type(field).__name__}")


def _multiple_problem(field: model.MultipleChoiceField, value: object) -> str | None:
    codes = {choice.value for choice in field.choices}
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return "Se esperaba una lista de opciones."
    unknown = [item for item in value if item not in codes]
    if unknown:
        return f"La opción «{unknown[0]}» no existe en la lista."
    if len(set(value)) != len(value):
        return "Hay opciones repetidas."
    return None


def rule_problems(field: model.AnswerField, value: object) -> list[str]:
    """Messages of the range, length, count and pattern rules a well-typed value breaks."""
    problems = []
    rule = getattr(field, "range", None)
    if rule is not None:
        number = Decimal(value)
        low = None if rule.min is None else Decimal(str(rule.min))
        high = None if rule.max is None else Decimal(str(rule.max))
        if (low is not None and number < low) or (high is not None and number > high):
            problems.append(rule.message or _bounds("Debe ser un valor", rule.min, rule.max, ""))
    rule = getattr(field, "length", None)
    if rule is not None and not _within(len(value), rule):
        problems.append(rule.message or _bounds("Debe tener", rule.min, rule.max, " caracteres"))
    rule = getattr(field, "count", None)
    if rule is not None and not _within(len(value), rule):
        noun = {
            model.MultipleChoiceField: " opciones",
            model.RepeatField: " filas",
            model.EvidenceField: " archivos",
        }[type(field)]
        problems.append(rule.message or _bounds("Debe tener", rule.min, rule.max, noun))
    rule = getattr(field, "pattern", None)
    if rule is not None and not re.fullmatch(rule.regex, value):
        problems.append(rule.message)
    return problems


def _within(size: int, rule) -> bool:
    return (rule.min is None or size >= rule.min) and (rule.max is None or size <= rule.max)


def _bounds(start: str, low, high, unit: str) -> str:
    low_text, high_text = format_number(low), format_number(high)
    if low is not None and high is not None:
        return f"{start} entre {low_text} y {high_text}{unit}."
    if low is not None:
        return f"{start} como mínimo {low_text}{unit}."
    return f"{start} como máximo {high_text}{unit}."


def format_number(number) -> str:
    """A number as written in Colombia: decimal comma."""
    return str(number).replace(".", ",") if number is not None else ""


def expression_value(field: model.AnswerField, value: object) -> Value:
    """What an expression sees for an answer: typed, or None when absent or malformed."""
    if is_empty(value) or type_problem(field, value) is not None:
        return None
    if isinstance(field, model.DecimalField):
        return Decimal(value)
    if isinstance(field, model.DateField):
        return dt.date.fromisoformat(value)
    if isinstance(field, model.ChecklistItemField):
        return value["answer"]
    if isinstance(field, model.SignatureField):
        return value["sha256"]
    return value
