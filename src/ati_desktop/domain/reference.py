"""Reference lists of the guideline with stable codes and their Spanish labels.

Codes never change once shipped (they are stored and exchanged); labels may be reworded
and are translated by the GUI.
"""

from __future__ import annotations

from enum import StrEnum


class Labeled(StrEnum):
    """A reference code that knows its Spanish label."""

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(member.value, member.label) for member in cls]


class Operation(Labeled):
    MONITOREO = "monitoreo"
    CONTROL = "control"
    SEGUIMIENTO = "seguimiento"
    VERIFICACION_COMPARTIDA = "verificacion_compartida"
    DIFUSION = "difusion"
    ASESORIA = "asesoria"
    ACOMPANAMIENTO = "acompanamiento"
    ENTRENAMIENTO = "entrenamiento"
    ORIENTACION = "orientacion"
    ACTUALIZACION = "actualizacion"
    ABOGACIA = "abogacia"
    EVALUACION = "evaluacion"
    CAPACITACION = "capacitacion"
    DIRECCION = "direccion"


class Technique(Labeled):
    REUNION = "reunion"
    OBSERVACION = "observacion"
    DIALOGO_REFLEXIVO = "dialogo_reflexivo"
    ENTREVISTA = "entrevista"
    TALLER = "taller"


class Level(Labeled):
    DEPARTAMENTAL = "departamental"
    ZONAL = "zonal"
    MUNICIPAL = "municipal"
    INSTITUCIONAL = "institucional"


class Modality(Labeled):
    PRESENCIAL = "presencial"
    VIRTUAL = "virtual"
    TELEFONICA = "telefonica"


class Channel(Labeled):
    """How a modality is carried out: where people met, or which line connected them."""

    IN_SITU = "in_situ"
    MUNICIPAL = "municipal"
    ZONAL = "zonal"
    DEPARTAMENTAL = "departamental"
    VISITA_RECIBIDA = "visita_recibida"
    CONEXION_REMOTA = "conexion_remota"
    CORREO = "correo"
    CELULAR = "celular"
    FIJO = "fijo"

    @property
    def modality(self) -> Modality:
        return CHANNEL_MODALITY[self]


class Area(Labeled):
    DIRECTIVA = "directiva"
    ADMINISTRATIVA = "administrativa_financiera"
    ACADEMICA = "academica"
    COMUNITARIA = "comunitaria"


class CommitmentSide(Labeled):
    """Who carries a commitment: the secretariat's side or the assisted school's side."""

    ASISTENTE = "asistente"
    ASISTIDO = "asistido"


class CommitmentStatus(Labeled):
    ABIERTO = "abierto"
    CUMPLIDO = "cumplido"
    TRASLADADO = "trasladado"
    CANCELADO = "cancelado"


class VerificationResult(Labeled):
    CUMPLIDO = "cumplido"
    PARCIAL = "parcial"
    NO_CUMPLIDO = "no_cumplido"


class SessionStatus(Labeled):
    ABIERTA = "abierta"
    CERRADA = "cerrada"


class UnsignedReason(Labeled):
    """Why a participant listed in the acta has no signature on the screen."""

    NO_ASISTIO = "no_asistio"
    SE_NEGO = "se_nego"
    FIRMA_PAPEL = "firma_papel"


# What «Cargo» offers for a participant; any other role can still be typed. Stored as written,
# in the record's language.
PARTICIPANT_ROLES = (
    "Rector(a)", "Director(a) rural", "Coordinador(a)", "Directivo docente", "Docente",
    "Docente orientador(a)", "Docente de apoyo pedagógico", "Personal administrativo",
    "Secretario(a) de educación municipal", "Personero(a) estudiantil", "Padre, madre o acudiente",
)


CHANNEL_MODALITY: dict[Channel, Modality] = {
    Channel.IN_SITU: Modality.PRESENCIAL,
    Channel.MUNICIPAL: Modality.PRESENCIAL,
    Channel.ZONAL: Modality.PRESENCIAL,
    Channel.DEPARTAMENTAL: Modality.PRESENCIAL,
    Channel.VISITA_RECIBIDA: Modality.PRESENCIAL,
    Channel.CONEXION_REMOTA: Modality.VIRTUAL,
    Channel.CORREO: Modality.VIRTUAL,
    Channel.CELULAR: Modality.TELEFONICA,
    Channel.FIJO: Modality.TELEFONICA,
}

_LABELS: dict[type, dict] = {
    Operation: {
        Operation.MONITOREO: "Monitoreo",
        Operation.CONTROL: "Control",
        Operation.SEGUIMIENTO: "Seguimiento",
        Operation.VERIFICACION_COMPARTIDA: "Verificación compartida (VC)",
        Operation.DIFUSION: "Difusión",
        Operation.ASESORIA: "Asesoría",
        Operation.ACOMPANAMIENTO: "Acompañamiento",
        Operation.ENTRENAMIENTO: "Entrenamiento",
        Operation.ORIENTACION: "Orientación",
        Operation.ACTUALIZACION: "Actualización",
        Operation.ABOGACIA: "Abogacía",
        Operation.EVALUACION: "Evaluación",
        Operation.CAPACITACION: "Capacitación",
        Operation.DIRECCION: "Dirección",
    },
    Technique: {
        Technique.REUNION: "Reunión",
        Technique.OBSERVACION: "Observación",
        Technique.DIALOGO_REFLEXIVO: "Diálogo reflexivo",
        Technique.ENTREVISTA: "Entrevista",
        Technique.TALLER: "Taller",
    },
    Level: {
        Level.DEPARTAMENTAL: "Departamental",
        Level.ZONAL: "Mesa zonal",
        Level.MUNICIPAL: "Municipal",
        Level.INSTITUCIONAL: "Institucional",
    },
    Modality: {
        Modality.PRESENCIAL: "Presencial",
        Modality.VIRTUAL: "Virtual",
        Modality.TELEFONICA: "Telefónica",
    },
    Channel: {
        Channel.IN_SITU: "In situ (en el establecimiento)",
        Channel.MUNICIPAL: "En el municipio",
        Channel.ZONAL: "Zonal",
        Channel.DEPARTAMENTAL: "Departamental",
        Channel.VISITA_RECIBIDA: "Visita recibida por el asesor",
        Channel.CONEXION_REMOTA: "Conexión remota",
        Channel.CORREO: "Correo electrónico",
        Channel.CELULAR: "Celular",
        Channel.FIJO: "Teléfono fijo",
    },
    Area: {
        Area.DIRECTIVA: "Directiva",
        Area.ADMINISTRATIVA: "Administrativa y financiera",
        Area.ACADEMICA: "Académica (pedagógica)",
        Area.COMUNITARIA: "Comunitaria",
    },
    CommitmentSide: {
        CommitmentSide.ASISTENTE: "Secretaría (asistente)",
        CommitmentSide.ASISTIDO: "Establecimiento (asistido)",
    },
    CommitmentStatus: {
        CommitmentStatus.ABIERTO: "Abierto",
        CommitmentStatus.CUMPLIDO: "Cumplido",
        CommitmentStatus.TRASLADADO: "Trasladado a un nuevo compromiso",
        CommitmentStatus.CANCELADO: "Cancelado",
    },
    VerificationResult: {
        VerificationResult.CUMPLIDO: "Cumplido",
        VerificationResult.PARCIAL: "Parcialmente cumplido",
        VerificationResult.NO_CUMPLIDO: "No cumplido",
    },
    SessionStatus: {
        SessionStatus.ABIERTA: "Abierta",
        SessionStatus.CERRADA: "Cerrada",
    },
    UnsignedReason: {
        UnsignedReason.NO_ASISTIO: "No asistió",
        UnsignedReason.SE_NEGO: "Se negó a firmar",
        UnsignedReason.FIRMA_PAPEL: "Firmó en papel",
    },
}
