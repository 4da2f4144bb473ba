"""What a session still lacks before it can be closed, read from the editor's payload.

Closing turns the record into the official acta, so it is a check rather than a keystroke:
what the guideline or the law requires *blocks* (no participants, a participant without a
signature and without a stated reason, no objective, the form's required answers, the
guideline's rules); what is merely advisable *warns* and the assistant may close anyway.
Each gap names the editor page that fixes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ati_desktop.domain import rules
from ati_desktop.domain.errors import error_template
from ati_desktop.domain.reference import Channel, CommitmentSide, Operation, Technique, UnsignedReason
from ati_desktop.formspec import AnswerError, FormDefinition, relevant_answers, validate_answers


@dataclass(frozen=True)
class Gap:
    """One thing the record lacks; ``template`` is Spanish with ``{placeholders}``."""

    page: str
    template: str
    blocking: bool
    params: dict[str, object] = field(default_factory=dict)
    answer: AnswerError | None = None  # an unanswered required question of the form
    rule: str | None = None  # a rule of the guideline (its message is in the rules' context)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


def unsigned_reason(attendance: dict[str, Any]) -> UnsignedReason | None:
    """Why a participant did not sign on the screen; someone absent did not sign by definition."""
    if not attendance.get("present", True):
        return UnsignedReason.NO_ASISTIO
    try:
        return UnsignedReason(attendance.get("unsigned_reason") or "")
    except ValueError:
        return None


def gaps(payload: dict[str, Any], form: FormDefinition | None, *, has_profile: bool) -> list[Gap]:
    """Everything the session lacks, blocking gaps first, each group in page order."""
    found = _identification(payload, has_profile) + _scope(payload) + _development(payload, form) \
        + _participants(payload) + _commitments(payload) + _evidence(payload)
    return [g for g in found if g.blocking] + [g for g in found if not g.blocking]


def blocking(found: list[Gap]) -> list[Gap]:
    return [gap for gap in found if gap.blocking]


def _identification(p: dict[str, Any], has_profile: bool) -> list[Gap]:
    found = []
    if not has_profile:
        found.append(Gap("profile", error_template(
            "Falta su perfil de profesional de apoyo (nombre y cargo): el acta debe decir quién "
            "prestó la asistencia. Complételo en Configuración › Perfil."), True))
    if not p.get("start_time") or not p.get("end_time"):
        found.append(Gap("identification", error_template(
            "No se indicó la hora de inicio y de finalización."), False))
    if not (p.get("place") or "").strip():
        found.append(Gap("identification", error_template("No se indicó el lugar de la sesión."), False))
    return found


def _scope(p: dict[str, Any]) -> list[Gap]:
    found = []
    if not (p.get("objective") or "").strip():
        found.append(Gap("scope", error_template("Falta el objetivo de la sesión."), True))
    if not any((p.get(key) or "").strip() for key in ("scope_guidelines", "scope_habits", "scope_products")):
        found.append(Gap("scope", error_template(
            "No se registró el alcance (lineamientos, hábitos o herramientas, productos esperados)."), False))
    return found


def _development(p: dict[str, Any], form: FormDefinition | None) -> list[Gap]:
    found = []
    if form is not None:
        answers = relevant_answers(form, p.get("answers") or {})
        for error in validate_answers(form, answers):
            if error.kind == "required":
                found.append(Gap("development", error_template("Falta responder {question}."), True,
                                 {"question": error.message}, answer=error))
    facts = _facts(p)
    if facts is not None:
        for violation in rules.violations(facts):
            page = "commitments" if "compromiso" in violation.rule else (
                "verification" if violation.rule.startswith("vc_") else "identification")
            if violation.rule == "dialogo_sigue_observacion":
                page = "development"
            found.append(Gap(page, violation.message, True, rule=violation.rule))
    if not (p.get("conclusions") or "").strip() and not _form_concludes(form, p):
        found.append(Gap("development", error_template("No se registraron conclusiones."), False))
    return found


def _form_concludes(form: FormDefinition | None, p: dict[str, Any]) -> bool:
    """The form has its own conclusions question, and it is answered."""
    if form is None or not form.has_field("conclusiones"):
        return False
    return bool(str((p.get("answers") or {}).get("conclusiones") or "").strip())


def _facts(p: dict[str, Any]) -> rules.SessionFacts | None:
    try:
        operations = frozenset(Operation(op) for op in p.get("operations") or [])
        channel, technique = Channel(p.get("channel")), Technique(p.get("technique"))
        sides = frozenset(CommitmentSide(c["side"]) for c in p.get("commitments") or [] if c.get("side"))
    except ValueError:
        return None  # the save itself names what is missing
    linked = bool(p.get("observation_session_id")) or any(
        isinstance(v, str) and v and key == "observacion" for key, v in (p.get("answers") or {}).items())
    return rules.SessionFacts(
        operations=operations, channel=channel, technique=technique, linked_observation=linked,
        verifications=sum(1 for v in p.get("verifications") or [] if v.get("result")),
        commitment_sides=sides)


def _participants(p: dict[str, Any]) -> list[Gap]:
    attendance = p.get("attendance") or []
    if not any(a.get("present", True) for a in attendance):
        return [Gap("participants", error_template(
            "No hay participantes presentes: el acta necesita al menos una persona que asistió."), True)]
    found = []
    for person in attendance:
        if person.get("signature_sha256") or unsigned_reason(person) is not None:
            continue
        found.append(Gap("participants", error_template(
            "{name} no ha firmado: pídale que firme o indique el motivo (no asistió, se negó a "
            "firmar, firmó en papel)."), True,
            {"name": (person.get("full_name") or "").strip() or "Un participante sin nombre"}))
    return found


def _commitments(p: dict[str, Any]) -> list[Gap]:
    if p.get("commitments"):
        return []
    return [Gap("commitments", error_template("No se registraron compromisos."), False)]


def _evidence(p: dict[str, Any]) -> list[Gap]:
    if p.get("evidence"):
        return []
    return [Gap("evidence", error_template(
        "No se adjuntaron evidencias (fotos, lista de asistencia escaneada, documentos)."), False)]
