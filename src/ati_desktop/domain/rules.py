"""The guideline's rules on operations, modalities and techniques.

Each rule returns a violation naming the rule in Spanish, so the assistant knows why a
choice was refused and what the guideline asks instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .errors import ValidationError
from .reference import Channel, CommitmentSide, Modality, Operation, Technique

ACCOMPANIMENT_CHANNELS = frozenset(
    {Channel.IN_SITU, Channel.MUNICIPAL, Channel.ZONAL, Channel.DEPARTAMENTAL}
)
ADVISORY_CHANNELS = frozenset(
    {Channel.VISITA_RECIBIDA, Channel.CONEXION_REMOTA, Channel.CORREO, Channel.CELULAR, Channel.FIJO}
)
REMOTE_MODALITIES = frozenset({Modality.VIRTUAL, Modality.TELEFONICA})


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str


@dataclass(frozen=True)
class SessionFacts:
    """What the rules need to know about a session, independent of how it is stored."""

    operations: frozenset[Operation]
    channel: Channel
    technique: Technique
    linked_observation: bool = False
    verifications: int = 0
    commitment_sides: frozenset[CommitmentSide] = field(default_factory=frozenset)


class RuleError(ValidationError):
    """A session breaks one or more rules of the guideline."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("\n".join(v.message for v in violations))
        self.violations = violations


def allowed_channels(operations: Iterable[Operation]) -> dict[Channel, str | None]:
    """Every channel with ``None`` when the operations allow it, else the reason it is not."""
    ops = frozenset(operations)
    result: dict[Channel, str | None] = {}
    for channel in Channel:
        facts = SessionFacts(ops, channel, Technique.REUNION)
        reasons = [v.message for v in _modality_violations(facts)]
        result[channel] = reasons[0] if reasons else None
    return result


def _modality_violations(facts: SessionFacts) -> list[Violation]:
    ops, channel = facts.operations, facts.channel
    found: list[Violation] = []
    if Operation.ENTRENAMIENTO in ops and channel is not Channel.IN_SITU:
        found.append(Violation(
            "entrenamiento_in_situ",
            "El entrenamiento debe hacerse necesariamente in situ, en el puesto de trabajo "
            "(modalidad presencial, in situ).",
        ))
    if Operation.ACOMPANAMIENTO in ops and channel not in ACCOMPANIMENT_CHANNELS:
        found.append(Violation(
            "acompanamiento_presencial",
            "El acompañamiento debe hacerse de manera presencial: en el sitio de trabajo, "
            "en el municipio, zonal o departamental.",
        ))
    if Operation.ORIENTACION in ops and channel.modality not in REMOTE_MODALITIES:
        found.append(Violation(
            "orientacion_remota",
            "La orientación se realiza vía conexión remota, correo electrónico o teléfono; "
            "no puede ser presencial.",
        ))
    if Operation.ASESORIA in ops and channel not in ADVISORY_CHANNELS:
        found.append(Violation(
            "asesoria_sin_desplazamiento",
            "La asesoría no requiere desplazamiento: se hace por teléfono, conexión remota, "
            "correo o en una visita que recibe el asesor.",
        ))
    return found


def violations(facts: SessionFacts) -> list[Violation]:
    """All rules of the guideline that a session breaks."""
    found = _modality_violations(facts)
    if facts.technique is Technique.DIALOGO_REFLEXIVO and not facts.linked_observation:
        found.append(Violation(
            "dialogo_sigue_observacion",
            "Un diálogo reflexivo se realiza después de una observación: vincule la "
            "observación a la que corresponde.",
        ))
    if Operation.VERIFICACION_COMPARTIDA in facts.operations and facts.verifications == 0:
        found.append(Violation(
            "vc_verifica_compromisos",
            "La verificación compartida parte de compromisos adquiridos con anterioridad: "
            "registre la verificación de al menos un compromiso.",
        ))
    if Operation.ACOMPANAMIENTO in facts.operations and not facts.commitment_sides >= set(CommitmentSide):
        found.append(Violation(
            "acompanamiento_compromisos_ambas_partes",
            "En el acompañamiento se comprometen las dos partes: registre compromisos tanto "
            "de la Secretaría (asistente) como del establecimiento (asistido).",
        ))
    return found


def check(facts: SessionFacts) -> None:
    """Raise :class:`RuleError` when the session breaks any rule."""
    found = violations(facts)
    if found:
        raise RuleError(found)
