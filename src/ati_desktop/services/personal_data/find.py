"""Everything the open database holds about one person, found by cédula or by name.

A person may have several participant records (one per school, or typed twice before the
cédula was known): records with the same normalised cédula, or joined by a "same as" link,
are one person. Around those records the finder collects attendance and signatures, the
sessions attended, commitments where the person is responsible, evidence that may show them,
sessions whose free text names them, and — in the revision log — the revisions that carry
their data and the packages that took those revisions elsewhere.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, literal_column, or_, select, text
from sqlmodel import Session as DbSession

from ati_desktop.domain.errors import NotFoundError
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import (
    Attendance,
    Commitment,
    Evidence,
    Municipality,
    PackageLog,
    Participant,
    Revision,
    SameAs,
    School,
    Session,
)

from .matching import document_key, fold, is_document_query, match_documents, match_names, mentions

# Session fields a name may be written in, besides the technique's answers.
TEXT_FIELDS = ("objective", "scope_guidelines", "scope_habits", "scope_products", "conclusions", "place")


@dataclass(frozen=True)
class Candidate:
    """A participant record that answers a query; ``exact`` false means "se parece"."""

    participant_id: str
    full_name: str
    id_document: str | None
    role: str | None
    school: str | None
    exact: bool
    score: float
    by: str  # "cedula" or "nombre"


@dataclass(frozen=True)
class PersonRecord:
    id: str
    full_name: str
    role: str | None
    id_document: str | None
    email: str | None
    phone: str | None
    school: str | None
    created_at: datetime
    device_id: str


@dataclass(frozen=True)
class Appearance:
    """The person on a session's attendance list, with their signature when given."""

    attendance_id: str
    session_id: str
    session_date: date
    technique: str
    municipality: str
    school: str | None
    present: bool
    role_in_session: str | None
    signature_sha256: str | None
    signed_at: datetime | None


@dataclass(frozen=True)
class CommitmentHeld:
    id: str
    session_id: str
    description: str
    responsible: str
    due_date: date | None
    status: str
    by: str  # "participante" (linked) or "nombre" (the responsible's name is theirs)


@dataclass(frozen=True)
class EvidenceHeld:
    id: str
    session_id: str
    file_name: str
    kind: str
    caption: str | None
    sha256: str
    may_show_minors: bool
    why: str  # "leyenda" (named in the caption), "lista" (scanned attendance), "foto" (of their session)


@dataclass(frozen=True)
class Mention:
    """A session whose free text writes the person's name."""

    session_id: str
    session_date: date
    fields: tuple[str, ...]


@dataclass(frozen=True)
class PackageHeld:
    """A package exported from this database that carried revisions holding the person."""

    device_id: str
    sequence: int
    created_at: datetime
    file_name: str | None


@dataclass(frozen=True)
class Holdings:
    """What is held about one person; ``records[0]`` is the one asked for."""

    records: list[PersonRecord]
    links: list[tuple[str, str]] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)
    commitments: list[CommitmentHeld] = field(default_factory=list)
    evidence: list[EvidenceHeld] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # Revisions of the log that hold the person's data, by record type.
    revisions: dict[str, int] = field(default_factory=dict)
    packages: list[PackageHeld] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [r.id for r in self.records]

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(r.full_name for r in self.records if r.full_name))

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(r.id_document for r in self.records if r.id_document))

    @property
    def signatures(self) -> list[str]:
        return list(dict.fromkeys(a.signature_sha256 for a in self.appearances if a.signature_sha256))

    @property
    def session_ids(self) -> list[str]:
        return list(dict.fromkeys([a.session_id for a in self.appearances]
                                  + [c.session_id for c in self.commitments]
                                  + [m.session_id for m in self.mentions]))

    @property
    def since(self) -> datetime | None:
        return min((r.created_at for r in self.records), default=None)


def find_people(db: Database, query: str, limit: int = 50) -> list[Candidate]:
    """Participant records that answer ``query`` (a cédula or a name), exact ones first."""
    query = query.strip()
    if not query:
        return []
    with db.read() as tx:
        rows = tx.execute(select(Participant.id, Participant.full_name, Participant.id_document)
                          .where(Participant.deleted_at.is_(None))).all()
        if is_document_query(query):
            matches, by = match_documents(query, {key: doc for key, _, doc in rows}), "cedula"
        else:
            matches, by = match_names(query, {key: name for key, name, _ in rows}, limit), "nombre"
        matches = matches[:limit]
        people = {p.id: p for p in tx.scalars(select(Participant).where(
            Participant.id.in_([m.key for m in matches])))} if matches else {}
        schools = _school_names(tx, {p.school_id for p in people.values()})
    return [Candidate(m.key, people[m.key].full_name, people[m.key].id_document, people[m.key].role,
                      schools.get(people[m.key].school_id), m.exact, m.score, by) for m in matches]


@dataclass(frozen=True)
class PersonFound:
    """One person answering a query, with everything held about them."""

    exact: bool
    score: float
    by: str
    holdings: Holdings


def find(db: Database, query: str, limit: int = 10) -> list[PersonFound]:
    """The people who answer ``query``: each person once, however many records they have."""
    found: list[PersonFound] = []
    seen: set[str] = set()
    candidates = find_people(db, query, limit * 5)
    with db.read() as tx:
        for candidate in candidates:
            if candidate.participant_id in seen or len(found) == limit:
                continue
            held = holdings_in(tx, candidate.participant_id)
            seen.update(held.ids)
            found.append(PersonFound(candidate.exact, candidate.score, candidate.by, held))
    return found


def holdings(db: Database, participant_id: str) -> Holdings:
    """Everything held about the person of ``participant_id`` (NotFoundError if unknown)."""
    with db.read() as tx:
        return holdings_in(tx, participant_id)


def holdings_in(tx: DbSession, participant_id: str) -> Holdings:
    people = same_person(tx, participant_id)
    ids = [p.id for p in people]
    schools = _school_names(tx, {p.school_id for p in people})
    records = [PersonRecord(p.id, p.full_name, p.role, p.id_document, p.email, p.phone,
                            schools.get(p.school_id), p.created_at, p.device_id) for p in people]
    names = {fold(p.full_name) for p in people if fold(p.full_name)}
    appearances = _appearances(tx, ids)
    commitments = _commitments(tx, ids, names)
    evidence = _evidence(tx, ids, [p.full_name for p in people])
    mentions = _mentions(tx, [p.full_name for p in people])
    records_of = {"participant": ids, "attendance": [a.attendance_id for a in appearances],
                  "commitment": [c.id for c in commitments], "evidence": [e.id for e in evidence],
                  "session": list(dict.fromkeys([a.session_id for a in appearances] + [m.session_id for m in mentions]))}
    revisions, seqs = _revisions(tx, records_of)
    return Holdings(records=records, links=_links(tx, ids), appearances=appearances, commitments=commitments,
                    evidence=evidence, mentions=mentions, revisions=revisions, packages=_packages(tx, seqs))


def same_person(tx: DbSession, participant_id: str) -> list[Participant]:
    """The record asked for and every record that is the same person (by cédula or link)."""
    first = tx.get(Participant, participant_id)
    if first is None:
        raise NotFoundError("No hay ninguna persona con el identificador {id}.", id=participant_id)
    found = {first.id: first}
    frontier = [first]
    while frontier:
        keys = {document_key(p.id_document) for p in frontier} - {""}
        linked = {other for a, b in _links(tx, [p.id for p in frontier]) for other in (a, b)}
        frontier = []
        candidates = list(tx.scalars(select(Participant).where(Participant.id.in_(linked)))) if linked else []
        if keys:
            # Compared in Python: stored cédulas keep the dots and prefixes they were typed with.
            candidates += [p for p in tx.scalars(select(Participant).where(Participant.id_document.is_not(None)))
                           if document_key(p.id_document) in keys]
        for person in candidates:
            if person.id not in found:
                found[person.id] = person
                frontier.append(person)
    return [first] + sorted((p for p in found.values() if p is not first), key=lambda p: (p.created_at, p.id))


def _revisions(tx: DbSession, records_of: dict[str, list[str]]) -> tuple[dict[str, int], list[int]]:
    """How many revisions of the log hold the person's records (and their arrival numbers)."""
    counts: dict[str, int] = {}
    seqs: list[int] = []
    for record_type, ids in records_of.items():
        for start in range(0, len(ids), 500):
            for seq in tx.scalars(select(Revision.seq).where(Revision.record_type == record_type,
                                                             Revision.record_id.in_(ids[start:start + 500]))):
                counts[record_type] = counts.get(record_type, 0) + 1
                seqs.append(seq)
    return counts, sorted(seqs)


def _packages(tx: DbSession, seqs: list[int]) -> list[PackageHeld]:
    """Exported packages whose range of revisions takes in any of ``seqs``."""
    if not seqs:
        return []
    query = (select(PackageLog).where(PackageLog.direction == "export",
                                      PackageLog.first_revision_seq.is_not(None))
             .order_by(PackageLog.created_at, PackageLog.sequence))
    carried = []
    for package in tx.scalars(query):
        at = bisect_left(seqs, package.first_revision_seq)
        if at < len(seqs) and seqs[at] <= package.last_revision_seq:
            carried.append(PackageHeld(package.device_id, package.sequence, package.created_at, package.file_name))
    return carried


def _links(tx: DbSession, ids: list[str]) -> list[tuple[str, str]]:
    """"Same as" links between participant records."""
    if not ids:
        return []
    query = select(SameAs.record_id, SameAs.same_as_id).where(
        SameAs.record_type == "participant", SameAs.deleted_at.is_(None),
        or_(SameAs.record_id.in_(ids), SameAs.same_as_id.in_(ids)))
    return [tuple(row) for row in tx.execute(query).all()]


def _school_names(tx: DbSession, school_ids: set[str | None]) -> dict[str, str]:
    wanted = {s for s in school_ids if s}
    if not wanted:
        return {}
    return dict(tx.execute(select(School.id, School.name).where(School.id.in_(wanted))).all())


def _appearances(tx: DbSession, ids: list[str]) -> list[Appearance]:
    query = (select(Attendance, Session.session_date, Session.technique, Municipality.name, School.name)
             .join(Session, Session.id == Attendance.session_id)
             .join(Municipality, Municipality.code == Session.municipality_code)
             .outerjoin(School, School.id == Session.school_id)
             .where(Attendance.participant_id.in_(ids), Attendance.deleted_at.is_(None),
                    Session.deleted_at.is_(None))
             .order_by(Session.session_date, Attendance.id))
    return [Appearance(a.id, a.session_id, day, technique, municipality, school, a.present,
                       a.role_in_session, a.signature_sha256, a.signed_at)
            for a, day, technique, municipality, school in tx.execute(query).all()]


def _commitments(tx: DbSession, ids: list[str], names: set[str]) -> list[CommitmentHeld]:
    query = (select(Commitment).join(Session, Session.id == Commitment.session_id)
             .where(Commitment.deleted_at.is_(None), Session.deleted_at.is_(None))
             .order_by(Commitment.due_date, Commitment.id))
    held = []
    for c in tx.scalars(query):
        if c.participant_id in ids:
            by = "participante"
        elif fold(c.responsible) in names:
            by = "nombre"
        else:
            continue
        held.append(CommitmentHeld(c.id, c.session_id, c.description, c.responsible, c.due_date,
                                   c.status, by))
    return held


def _evidence(tx: DbSession, ids: list[str], full_names: list[str]) -> list[EvidenceHeld]:
    attended = select(Attendance.session_id).where(Attendance.participant_id.in_(ids),
                                                   Attendance.deleted_at.is_(None))
    query = (select(Evidence).join(Session, Session.id == Evidence.session_id)
             .where(Evidence.deleted_at.is_(None), Session.deleted_at.is_(None))
             .order_by(Evidence.session_id, Evidence.position, Evidence.id))
    own_sessions = set(tx.scalars(attended))
    held = []
    for e in tx.scalars(query):
        if any(mentions(e.caption, name) or mentions(e.file_name, name) for name in full_names):
            why = "leyenda"
        elif e.session_id in own_sessions and e.kind == "lista_asistencia":
            why = "lista"
        elif e.session_id in own_sessions and e.kind == "foto":
            why = "foto"
        else:
            continue
        held.append(EvidenceHeld(e.id, e.session_id, e.file_name, e.kind, e.caption, e.sha256,
                                 e.may_show_minors, why))
    return held


def _index_complete(tx: DbSession) -> bool:
    """Whether the full-text index holds every live session (SQLite only): a request must
    find every mention, so a partial index (a record merged without indexing) is not used."""
    if tx.get_bind().dialect.name != "sqlite":
        return False
    indexed = tx.scalar(text("SELECT count(*) FROM session_search"))
    return indexed == tx.scalar(select(func.count()).select_from(Session).where(Session.deleted_at.is_(None)))


def _mentions(tx: DbSession, full_names: list[str]) -> list[Mention]:
    names = [n for n in dict.fromkeys(full_names) if fold(n)]
    if not names:
        return []
    columns = [getattr(Session, f) for f in TEXT_FIELDS]
    query = (select(Session.id, Session.session_date, Session.answers, *columns)
             .where(Session.deleted_at.is_(None)).order_by(Session.session_date, Session.id))
    if _index_complete(tx):
        # The full-text index (accents removed) narrows the sessions to read to those that
        # hold every word of a name in a row; the check below confirms each.
        phrases = " OR ".join(f'"{fold(n)}"' for n in names)
        query = query.where(Session.id.in_(text(
            "SELECT session_id FROM session_search WHERE session_search MATCH :q").bindparams(q=phrases)
            .columns(literal_column("session_id"))))
    folded = [f" {fold(n)} " for n in names]
    found = []
    for row in tx.execute(query).yield_per(500):
        fields = tuple(name for name, value in zip(("answers", *TEXT_FIELDS), row[2:])
                       if value and any(n in f" {fold(value)} " for n in folded))
        if fields:
            found.append(Mention(row[0], row[1], fields))
    return found
