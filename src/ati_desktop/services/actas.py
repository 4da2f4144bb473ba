"""Actas of recorded sessions: what they print, rendering, and checking a PDF against the record.

An acta carries a stamp (session id, revision, SHA-256 of the record's snapshot). A closed
session's actas are frozen when issued (:mod:`.acta_records`): a PDF is checked against the
frozen edition its stamp names, and re-rendered byte for byte when the renderer that printed it
is the one running, so any edit of the PDF shows, while a later renamed school or changed
header does not turn a valid acta into a modified one. An open session's draft acta is checked
against the current record.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from ati_desktop.actas import RENDERER_VERSION
from ati_desktop.actas import model as acta
from ati_desktop.actas.render import render_acta
from ati_desktop.actas.verify import read_stamp
from ati_desktop.domain.clock import local
from ati_desktop.domain.errors import NotFoundError
from ati_desktop.domain.reference import (
    Area,
    Channel,
    CommitmentSide,
    Level,
    Modality,
    Operation,
    Technique,
    UnsignedReason,
    VerificationResult,
)
from ati_desktop.formspec import FormRegistry, present
from ati_desktop.storage import erasure
from ati_desktop.storage.database import Database
from ati_desktop.storage.redaction import SUPPRESSED_KEY
from ati_desktop.domain.reference import SessionStatus
from ati_desktop.storage.models import Blob, Session

from . import acta_records, archive, settings
from .snapshot import record_hash, session_snapshot

EVIDENCE_KINDS = {"foto": "Fotografía", "lista_asistencia": "Lista de asistencia escaneada",
                  "documento": "Documento"}


def _day(value: str | None) -> str:
    return date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


def _hour(value: str | None) -> str:
    return time.fromisoformat(value).strftime("%H:%M") if value else ""


def _identification(record: dict[str, Any], assistant: str | None) -> list[tuple[str, str]]:
    hours = " – ".join(h for h in (_hour(record["start_time"]), _hour(record["end_time"])) if h)
    if hours:  # signatures are printed in the same clock
        hours += " (hora de Colombia)"
    school = record["school_name"] or ""
    if school and record["school_dane_code"]:
        school = f"{school} (DANE {record['school_dane_code']})"
    rows = [
        ("Fecha", _day(record["session_date"])),
        ("Horario", hours),
        ("Nivel", Level(record["level"]).label),
        ("Municipio", record["municipality_name"] or record["municipality_code"]),
        ("Establecimiento educativo", school),
        ("Sede", record["campus_name"] or ""),
        ("Lugar", record["place"] or ""),
        ("Modalidad", f"{Modality(record['modality']).label} – {Channel(record['channel']).label}"),
        ("Operaciones", ", ".join(Operation(op).label for op in record["operations"])),
        ("Técnica", Technique(record["technique"]).label),
        ("Profesional de apoyo", assistant or ""),
    ]
    return [(label, value) for label, value in rows if value]


def acta_data(db: Database, forms: FormRegistry, record: dict[str, Any]) -> acta.ActaData:
    """What the acta of one revision of a session prints now (``record`` is its snapshot)."""
    with db.read() as tx:
        content = acta_records.content_for(tx, record)
    return frozen_acta_data(db, forms, content)


def frozen_acta_data(db: Database, forms: FormRegistry, content: dict[str, Any]) -> acta.ActaData:
    """What an issued acta printed, from its frozen content (signatures read by their hash)."""
    record = content["snapshot"]
    known = settings.Institution.__dataclass_fields__
    institution = settings.Institution(**{k: v for k, v in content["institution"].items() if k in known})
    with db.read() as tx:
        signatures = {sha: data for sha, data in tx.exec(select(Blob.sha256, Blob.data).where(
            Blob.sha256.in_([a["signature_sha256"] for a in record["attendance"] if a["signature_sha256"]])))}
        recovered, archived, archived_in = _archived(tx, record)
    signatures.update(recovered)
    form = forms.get(record["form_id"], record["form_version"])
    linked = content.get("observation_date")
    link_label = (lambda _id: f"Observación del {_day(linked)}") if linked else None
    verified = {v["id"]: v["commitment"] for v in record["verifications"]}
    return acta.ActaData(
        session_id=record["id"],
        revision=record["revision"],
        record_hash=record_hash(record),
        identification=_identification(record, content.get("assistant_name")),
        header=acta.ActaHeader(
            entity=institution.entity, secondary=institution.office, process=institution.process,
            title=institution.document_title, code=institution.document_code,
            version=institution.document_version, approval_date=institution.approval_date,
            logo=institution.logo_path or None),
        page_size=institution.page_size,
        objective=record["objective"] or "",
        scope=acta.Scope(record["scope_guidelines"] or "", record["scope_habits"] or "",
                         record["scope_products"] or ""),
        areas=[Area(a).label for a in record["areas"]],
        sections=present(form, record["answers"], link_label=link_label),
        conclusions=_conclusions(form, record),
        commitments=[acta.Commitment(c["description"], c["responsible"], CommitmentSide(c["side"]).label,
                                     _day(c["due_date"])) for c in record["commitments"]],
        verifications=[acta.Verification(v["commitment"], _day(v["origin_date"]),
                                         VerificationResult(v["result"]).label, v["note"] or "")
                       for v in record["verifications"]],
        indicators=[acta.IndicatorValue(i["name"], _number(i["target"]), _number(i["value"]), i["unit"] or "")
                    for i in record["indicators"]],
        participants=[acta.Participant(
            a["full_name"], a["role_in_session"] or a["role"] or "", a["id_document"] or "", a["present"],
            signatures.get(a["signature_sha256"]) or None,
            local(datetime.fromisoformat(a["signed_at"])).strftime("%d/%m/%Y %H:%M") if a["signed_at"] else "",
            _unsigned_note(a, archived, archived_in))
            for a in record["attendance"]],
        evidence=[acta.Evidence(e["file_name"], EVIDENCE_KINDS.get(e["kind"], e["kind"]),
                                _evidence_caption(e, verified, archived_in if e["sha256"] in archived else ""),
                                e["sha256"][:12]) for e in record["evidence"]],
        edition=content.get("edition"),
        correction_reason=(content.get("edition_reason") or "") if content.get("edition") else "",
    )


def _archived(tx, record: dict[str, Any]) -> tuple[dict[str, bytes], set[str], str]:
    """The images of ``record`` moved to an archive file: what that file gives back now (it prints as
    before), what it does not (the acta says where they are), and the file's name."""
    named = [a["signature_sha256"] for a in record["attendance"] if a["signature_sha256"]]
    named += [e["sha256"] for e in record["evidence"]]
    archived = set(tx.exec(select(Blob.sha256).where(Blob.sha256.in_(named), Blob.size > 0,
                                                     func.length(Blob.data) == 0)))
    if not archived:
        return {}, set(), ""
    path = archive.archive_of(tx, record["id"])
    recovered = archive.read_archived(path, archived) if path else {}
    if set(recovered) == archived:
        return recovered, set(), path.name
    return {}, archived, path.name if path else "de datos antiguos"


def _conclusions(form, record: dict[str, Any]) -> str | None:
    """The session's conclusions; None when its form asks for them and they are written there."""
    if not record["conclusions"] and form.has_field("conclusiones"):
        return None
    return record["conclusions"] or ""


def _unsigned_note(attendance: dict[str, Any], archived: set[str], archived_in: str) -> str:
    sha = attendance["signature_sha256"]
    if sha in archived:  # moved to an archive file to free space; the record keeps its hash
        return f"Firma guardada en el archivo «{archived_in}»"
    if sha or not attendance.get("unsigned_reason"):
        return ""
    try:
        return UnsignedReason(attendance["unsigned_reason"]).label
    except ValueError:
        return ""


def _evidence_caption(evidence: dict[str, Any], verified: dict[str, str], archived_in: str = "") -> str:
    """A file attached to a verification says which commitment it proves; an archived one, where it is."""
    caption = evidence["caption"] or ""
    if archived_in:
        caption = f"{caption} (guardado en el archivo «{archived_in}»)".strip()
    commitment = verified.get(evidence["verification_id"]) if evidence["verification_id"] else None
    if commitment is None:
        return caption
    proof = f"Evidencia de la verificación del compromiso «{commitment}»"
    return f"{proof}. {caption}" if caption else proof


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


def current_record(db: Database, session_id: str) -> dict[str, Any]:
    """The snapshot the acta of a session prints: its latest edition once closed."""
    return _printable(db, session_id)["snapshot"]


def _printable(db: Database, session_id: str) -> dict[str, Any]:
    """The content of the acta a session prints now: frozen once issued, else the live record."""
    with db.read() as tx:
        row = tx.get(Session, session_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("No existe la sesión {session_id}.", session_id=session_id)
        issued = acta_records.editions(tx, session_id) if row.status == SessionStatus.CERRADA else []
        if issued:
            return _edition_content(issued[-1])
        return acta_records.content_for(tx, session_snapshot(tx, row))


def _edition_content(issued: acta_records.IssuedActa) -> dict[str, Any]:
    """What an issued acta prints: its frozen content, and which edition it is and why."""
    return {**issued.content, "edition": issued.edition, "edition_reason": issued.reason}


def render_session(db: Database, forms: FormRegistry, session_id: str) -> bytes:
    """The PDF acta of a session as it stands: its latest edition once closed."""
    return render_acta(frozen_acta_data(db, forms, _printable(db, session_id)))


@dataclass(frozen=True)
class Verdict:
    """Whether a PDF is the current acta; the Spanish ``message`` comes from ``template`` and ``params``."""

    matches: bool
    template: str
    revision: int | None = None
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


def verify_pdf(db: Database, forms: FormRegistry, pdf: bytes) -> Verdict:
    """Whether a PDF is an unmodified acta of the current revision of its session.

    An issued edition is found by the hash of its stamp and re-rendered byte for byte when
    this renderer printed it; a draft acta of an open session is checked against the record.
    """
    stamp = read_stamp(pdf)
    with db.read() as tx:
        row = tx.get(Session, stamp.session_id)
        if row is None:
            return Verdict(False, "El acta menciona la sesión {session_id}, que no está en esta base de datos.",
                           params={"session_id": stamp.session_id})
        current = session_snapshot(tx, row)
        issued = acta_records.editions(tx, row.id)
        live = acta_records.content_for(tx, current)
    if row.deleted_at is not None:
        return Verdict(False, "La sesión de esta acta fue eliminada del registro.", stamp.revision)
    matching = [a for a in issued if a.record_hash == stamp.record_hash]
    if matching:
        content, latest = _edition_content(matching[-1]), matching[-1] is issued[-1]
        if content.get(SUPPRESSED_KEY):
            return _suppressed(stamp, content[SUPPRESSED_KEY])
    elif stamp.revision == current["revision"] and not issued:
        content, latest = live, True
        if record_hash(current) != stamp.record_hash and (dates := _erasures_of(db, current)):
            return _suppressed(stamp, dates)
    elif stamp.revision == current["revision"] or any(a.revision == stamp.revision for a in issued):
        return Verdict(False, "La huella del acta no coincide con el registro: el acta no corresponde "
                              "a lo guardado.", stamp.revision)
    else:
        return Verdict(False, "La sesión no tiene una revisión {revision}: el acta no corresponde al registro.",
                       params={"revision": stamp.revision})
    if record_hash(content["snapshot"]) != stamp.record_hash:
        return Verdict(False, "La huella del acta no coincide con el registro: el acta no corresponde "
                              "a lo guardado.", stamp.revision)
    with db.read() as tx:
        _recovered, archived, archived_in = _archived(tx, content["snapshot"])
    if archived and latest:  # the images are not here to re-render it: the hash is all there is to compare
        return Verdict(True, "La huella del acta coincide con el registro: sesión {session_id}, revisión "
                             "{revision}. Sus firmas y fotos están en el archivo «{archive}», así que no se "
                             "comparó el PDF entero.", stamp.revision,
                       params={"session_id": row.id, "revision": stamp.revision, "archive": archived_in})
    same_renderer = content.get("renderer_version") == RENDERER_VERSION
    if same_renderer and render_acta(frozen_acta_data(db, forms, content)) != pdf:
        return Verdict(False, "El PDF fue modificado después de generarse (su contenido no coincide con "
                              "el acta del registro).", stamp.revision)
    if not latest:
        newest = issued[-1]
        return Verdict(False, "El acta corresponde a la revisión {revision}, que fue reemplazada por "
                              "la revisión {current} (motivo: {reason}). No es el acta vigente.", stamp.revision,
                       params={"revision": stamp.revision, "current": newest.revision,
                               "reason": newest.reason or "—"})
    return Verdict(True, "El acta coincide con el registro: sesión {session_id}, revisión {revision}.",
                   stamp.revision, params={"session_id": row.id, "revision": stamp.revision})


def _suppressed(stamp, dates: list[str]) -> Verdict:
    """An acta whose personal data were erased since: genuine, but no longer comparable."""
    return Verdict(False, "Datos suprimidos a solicitud del titular ({date}): el acta es de la sesión "
                          "{session_id}, revisión {revision}, pero su contenido ya no puede compararse "
                          "con el registro.", stamp.revision,
                   params={"date": ", ".join(_day(d) for d in dates), "session_id": stamp.session_id,
                           "revision": stamp.revision})


def _erasures_of(db: Database, snapshot: dict[str, Any]) -> list[str]:
    with db.read() as tx:
        return erasure.erased_on(tx, {a["participant_id"] for a in snapshot["attendance"]},
                                 {e["id"] for e in snapshot["evidence"]})


def sessions_for_batch(db: Database, school_dane: str | None, date_from: date | None,
                       date_to: date | None, municipality_code: str | None = None) -> list[str]:
    """Ids of the sessions whose actas a batch prints (a school's or a municipality's), oldest first."""
    from ati_desktop.storage.models import School

    query = select(Session.id).where(Session.deleted_at.is_(None))
    if municipality_code:
        query = query.where(Session.municipality_code == municipality_code)
    if school_dane:
        query = query.join(School, School.id == Session.school_id).where(School.dane_code == school_dane)
    if date_from:
        query = query.where(Session.session_date >= date_from)
    if date_to:
        query = query.where(Session.session_date <= date_to)
    with db.read() as tx:
        return list(tx.exec(query.order_by(Session.session_date, Session.start_time, Session.id)))


def render_batch(db: Database, forms: FormRegistry, session_ids: list[str], merge_into_one: bool,
                 progress=None) -> list[bytes]:
    """Actas of many sessions: one PDF each, or a single PDF; ``progress(done, total)``."""
    from ati_desktop.actas.render import render_many

    data = [frozen_acta_data(db, forms, _printable(db, session_id)) for session_id in session_ids]
    return render_many(data, merge_into_one, progress)


def acta_file_name(record: dict[str, Any]) -> str:
    """``acta-2026-11-03-ie-simon-bolivar-1a2b3c4d-r2.pdf``: date, school (or municipality),
    the session's short id (two sessions of a day at one school), revision."""
    place = _slug(record.get("school_name") or record.get("municipality_name") or "")
    place = f"{place}-" if place else ""
    return f"acta-{record['session_date']}-{place}{record['id'][:8]}-r{record['revision']}.pdf"


def _slug(text: str, most: int = 40) -> str:
    """Lower-case ASCII words joined by hyphens: safe in a file name on every system."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", plain)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > most:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "-".join(words)[:most]
