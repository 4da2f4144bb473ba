"""The report for a person: what is held about them, why, since when and where it went."""

from __future__ import annotations

from datetime import date, datetime

from ati_desktop.actas.model import ActaHeader
from ati_desktop.actas.person_report import ReportData, render_report
from ati_desktop.domain.clock import local
from ati_desktop.domain.document import FieldRows, Section, Table
from ati_desktop.domain.reference import CommitmentStatus, Technique
from ati_desktop.storage.database import Database

from .. import settings
from . import register
from .deadlines import RequestKind
from .find import Holdings, holdings

TITLE = "Informe de datos personales del titular"

# Why each kind of data is held: the purposes the guideline gives the records of an ATI.
PURPOSES = [
    ("Nombre y cargo", "Lista de participantes de cada sesión",
     "Dejar constancia de quiénes recibieron la asistencia técnica (acta de la sesión)."),
    ("Número de documento", "Registro de participantes",
     "Distinguir a la persona de otra con el mismo nombre; no se usa para otro fin."),
    ("Correo y teléfono", "Registro de participantes",
     "Contactar a la persona para el seguimiento de los compromisos acordados."),
    ("Firma", "Lista de asistencia de la sesión", "Constancia de asistencia en el acta firmada."),
    ("Fotografías y listas escaneadas", "Evidencias de la sesión",
     "Evidencia de la actividad, de la que se verifica el cumplimiento de los compromisos."),
    ("Compromisos a su cargo", "Compromisos de la sesión",
     "Verificar en visitas posteriores lo acordado."),
]

RIGHTS = (
    "Como titular usted puede conocer, actualizar y rectificar sus datos, pedir prueba de la "
    "autorización otorgada, ser informado del uso que se les ha dado, revocar la autorización y "
    "pedir la supresión de sus datos (Ley 1581 de 2012, art. 8). Las consultas se atienden en un "
    "máximo de diez (10) días hábiles y los reclamos en quince (15) días hábiles (arts. 14 y 15). "
    "La supresión reemplaza su nombre, documento, datos de contacto, firma y las fotografías en "
    "que aparece por una marca de supresión en todas las copias del registro; se conserva el "
    "hecho de que la sesión tuvo lugar."
)

WHY_EVIDENCE = {"leyenda": "La descripción la nombra", "lista": "Lista de asistencia de su sesión",
                "foto": "Fotografía de una sesión a la que asistió"}
FIELD_NAMES = {"answers": "Desarrollo de la técnica", "objective": "Objetivo", "conclusions": "Conclusiones",
               "scope_guidelines": "Lineamientos", "scope_habits": "Hábitos o herramientas",
               "scope_products": "Productos esperados", "place": "Lugar"}


def _day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = local(value).date()
    return value.strftime("%d/%m/%Y")


def report_data(db: Database, participant_id: str, today: date | None = None) -> ReportData:
    """What the report of one person prints."""
    held = holdings(db, participant_id)
    authorisations = register.authorisations_of(db, participant_id)
    requests = register.list_requests(db, today, participant_ids=held.ids)
    institution = settings.institution(db)
    header = ActaHeader(entity=institution.entity, secondary=institution.office,
                        process=institution.process, title=TITLE, code="", version="",
                        approval_date="", logo=institution.logo_path or None)
    today = today or date.today()
    sections = [_holder(held), _what_and_why(), _sessions(held), _commitments(held), _evidence(held),
                _mentions(held), _since(held), _travel(held), _authorisations(authorisations),
                _requests(requests), Section("Sus derechos", help_text=RIGHTS)]
    return ReportData(
        header=header,
        page_size=institution.page_size,
        footer=f"Informe de datos personales · Titular {held.ids[0][:8]} · Emitido el {_day(today)}",
        intro=(f"Señor(a) {held.names[0] if held.names else 'titular'}: este informe le presenta los datos "
               f"personales que el registro de Asistencia Técnica Integral de {institution.entity} – "
               f"{institution.office} guarda sobre usted, para qué se guardan, desde cuándo y a dónde se "
               f"enviaron."),
        sections=[s for s in sections if s is not None],
        subject=f"Datos personales del titular {held.ids[0]}",
    )


def render(db: Database, participant_id: str, today: date | None = None) -> bytes:
    return render_report(report_data(db, participant_id, today))


def _holder(held: Holdings) -> Section:
    emails = sorted({r.email for r in held.records if r.email})
    phones = sorted({r.phone for r in held.records if r.phone})
    roles = sorted({r.role for r in held.records if r.role})
    schools = sorted({r.school for r in held.records if r.school})
    rows = [("Nombre", " / ".join(held.names)), ("Documento", ", ".join(held.documents) or "No registrado"),
            ("Cargo", ", ".join(roles) or "—"), ("Correo", ", ".join(emails) or "—"),
            ("Teléfono", ", ".join(phones) or "—"), ("Establecimientos", "; ".join(schools) or "—"),
            ("Registros", f"{len(held.records)} registro(s) de participante: "
                          + ", ".join(r.id[:8] for r in held.records))]
    return Section("Titular", [FieldRows(rows)])


def _what_and_why() -> Section:
    return Section("Qué datos se guardan y para qué", [Table(
        ["Dato", "Dónde", "Finalidad"], [list(row) for row in PURPOSES], widths=[2, 2.5, 5])])


def _sessions(held: Holdings) -> Section:
    rows = [[_day(a.session_date), a.municipality, a.school or "—", Technique(a.technique).label,
             "Sí" if a.present else "No", "Sí" if a.signature_sha256 else "No"] for a in held.appearances]
    if not rows:
        return Section("Sesiones en que participó", help_text="No figura en listas de asistencia.")
    return Section("Sesiones en que participó", [Table(
        ["Fecha", "Municipio", "Establecimiento", "Técnica", "Asistió", "Firma"], rows,
        widths=[1.2, 1.5, 3, 1.5, 0.8, 0.8])])


def _commitments(held: Holdings) -> Section | None:
    if not held.commitments:
        return None
    rows = [[c.description, c.responsible, _day(c.due_date), CommitmentStatus(c.status).label] for c in held.commitments]
    return Section("Compromisos a su cargo", [Table(["Compromiso", "Responsable", "Fecha límite", "Estado"],
                                                     rows, widths=[4.5, 2.5, 1.3, 1.2])])


def _evidence(held: Holdings) -> Section | None:
    if not held.evidence:
        return None
    rows = [[e.file_name, e.caption or "—", WHY_EVIDENCE[e.why],
             "Sí" if e.may_show_minors else "No"] for e in held.evidence]
    return Section("Evidencias en que puede aparecer", [Table(
        ["Archivo", "Descripción", "Por qué se incluye", "Puede mostrar menores"], rows,
        widths=[2.4, 3.3, 3, 1.2])])


def _mentions(held: Holdings) -> Section | None:
    if not held.mentions:
        return None
    rows = [[_day(m.session_date), ", ".join(FIELD_NAMES.get(f, f) for f in m.fields)] for m in held.mentions]
    return Section("Sesiones cuyo texto lo nombra", [Table(["Fecha", "Dónde aparece su nombre"], rows,
                                                           widths=[1.2, 6])])


def _since(held: Holdings) -> Section:
    return Section("Desde cuándo", [FieldRows([
        ("Primer registro", _day(held.since)),
        ("Equipos de origen", ", ".join(sorted({r.device_id[:8] for r in held.records}))),
    ])])



RECORD_NAMES = {"participant": "Registro de participante", "attendance": "Asistencia y firma",
                "commitment": "Compromiso", "evidence": "Evidencia", "session": "Sesión (texto que lo nombra)"}


def _travel(held: Holdings) -> Section:
    rows = [[RECORD_NAMES.get(kind, kind), str(count)] for kind, count in sorted(held.revisions.items())]
    blocks = [Table(["Registro", "Versiones guardadas"], rows, widths=[5, 2])] if rows else []
    if held.packages:
        blocks.append(Table(["Paquete", "Fecha", "Equipo"], [
            [p.file_name or f"n.º {p.sequence}", _day(p.created_at), p.device_id[:8]] for p in held.packages],
            title="Paquetes de intercambio que llevaron sus datos", widths=[4, 1.5, 1.5]))
    where = ("Cada cambio se guarda como una versión en el historial del registro; los paquetes de "
             "intercambio llevan esas versiones al registro departamental de la Secretaría. "
             + ("No se han exportado paquetes con sus datos desde esta base." if not held.packages else ""))
    return Section("Dónde se guardan y a dónde se enviaron", blocks, help_text=where)


def _authorisations(items: list[register.AuthorisationView]) -> Section:
    if not items:
        return Section("Autorizaciones", help_text="No hay autorizaciones registradas a su nombre.")
    rows = [[register.AuthorisationKind(a.kind).label, _day(a.granted_on), a.collected_by,
             _day(a.revoked_on) if a.revoked_on else "Vigente"] for a in items]
    return Section("Autorizaciones", [Table(["Autorización", "Fecha", "Recogida por", "Revocada"], rows,
                                            widths=[4, 1.3, 2.5, 1.3])])


def _requests(items: list[register.RequestView]) -> Section | None:
    if not items:
        return None
    rows = [[r.reference, RequestKind(r.kind).label, _day(r.received_on), _day(r.due_on),
             register.RequestState(r.state).label] for r in items]
    return Section("Sus solicitudes", [Table(["Referencia", "Tipo", "Recibida", "Fecha límite", "Estado"], rows,
                                             widths=[2, 2.5, 1.3, 1.3, 1.3])])
