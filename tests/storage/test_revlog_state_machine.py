"""Random histories of saves, closes, corrections, deletions and verifications keep the log whole.

After every step, on every database of the run: each current row is the one head of its
record's log (same revision, same body, deleted exactly when its head is a tombstone), every
record of the log has its row, every parent named is in the log, and each commitment's
status is what its verifications and carry-overs say.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import text

from ati_desktop.services.inputs import (
    AttendanceInput,
    CommitmentInput,
    ParticipantInput,
    SessionInput,
    VerificationInput,
)
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import close_session, delete_session, save_session
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database

# Valid answers to version 1 of the meeting form.
MEETING = {
    "tema_comun": "Avance del Plan de Mejoramiento Institucional",
    "agenda": [{"punto_tema": "Revisión del PMI", "punto_responsable": "Rectora"}],
    "discusion": "Se revisaron las metas del componente académico.",
    "conclusiones": "Se acordó ajustar el PMI con el consejo académico.",
}
NAMES = ("Ana Perdomo", "Beatriz Cuéllar", "Carlos Trujillo", "Diana Motta", "Ernesto Polanía")
CEDULAS = ("1075234567", "36.123.456", None, "12 345 678", None)


class RevisionLog(RuleBasedStateMachine):
    sessions = Bundle("sessions")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="revlog-"))
        self.dbs = [Database.open(self.folder / "a.sqlite")]
        self.school = add_school_in_field(self.dbs[0], "Institución Educativa La Gaitana", "41298",
                                          "241298000999")
        self.inputs: dict[tuple[int, str], SessionInput] = {}
        self.closed: set[tuple[int, str]] = set()
        self.gone: set[tuple[int, str]] = set()

    def teardown(self) -> None:
        for db in self.dbs:
            db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- steps ---------------------------------------------------------------------------

    @rule(target=sessions, people=st.lists(st.integers(0, 4), max_size=4, unique=True),
          commitments=st.integers(0, 2), day=st.integers(0, 60))
    def new_session(self, people, commitments, day):
        data = SessionInput(
            level="institucional", municipality_code="41298", school_id=self.school.id,
            session_date=date(2026, 9, 1) + timedelta(days=day), channel="in_situ",
            operations=["capacitacion"], technique="reunion", form_id="reunion", form_version=1,
            answers=dict(MEETING), objective="Revisar el PMI",
            attendance=[AttendanceInput(ParticipantInput(NAMES[p], "Docente", CEDULAS[p])) for p in people],
            commitments=[CommitmentInput(f"Compromiso {n}", "Rector", "asistido", date(2026, 12, 1))
                         for n in range(commitments)])
        save_session(self.dbs[0], data)
        self.inputs[(0, data.id)] = data
        return (0, data.id)

    @precondition(lambda self: len(self.dbs) == 1 and self.inputs)
    @rule()
    def copy_to_a_second_device(self):
        self.dbs[0].close()
        shutil.copyfile(self.folder / "a.sqlite", self.folder / "b.sqlite")
        self.dbs[0] = Database.open(self.folder / "a.sqlite")
        second = Database.open(self.folder / "b.sqlite")
        second.continue_as_new_device()
        self.dbs.append(second)
        for (index, session_id), data in list(self.inputs.items()):
            copy = SessionInput(**{**data.__dict__})
            copy.attendance, copy.commitments = list(data.attendance), list(data.commitments)
            copy.verifications = list(data.verifications)
            self.inputs[(1, session_id)] = copy
        self.closed |= {(1, s) for _, s in self.closed}
        self.gone |= {(1, s) for _, s in self.gone}

    def _pick(self, session, device):
        index = min(device, len(self.dbs) - 1)
        key = (index, session[1])
        return (key if key in self.inputs and key not in self.gone else None), index

    @rule(session=sessions, device=st.integers(0, 1), objective=st.sampled_from(("Revisar el PMI", "Ajustar el SIEE")),
          drop_first=st.booleans(), reverse=st.booleans())
    def edit(self, session, device, objective, drop_first, reverse):
        key, index = self._pick(session, device)
        if key is None:
            return
        data = self.inputs[key]
        data.objective = objective
        if drop_first and data.attendance:
            data.attendance = data.attendance[1:]
        if reverse:
            data.attendance = data.attendance[::-1]
        reason = "Ajuste del objetivo" if key in self.closed else None
        save_session(self.dbs[index], data, correction_reason=reason)

    @rule(session=sessions, device=st.integers(0, 1))
    def resave_unchanged(self, session, device):
        key, index = self._pick(session, device)
        if key is None:
            return
        before = self._revisions(self.dbs[index])
        reason = None
        if key in self.closed:
            reason = self._current(self.dbs[index], key[1])["correction_reason"] or "Sin cambios"
        save_session(self.dbs[index], self.inputs[key], correction_reason=reason)
        if key not in self.closed or reason != "Sin cambios":
            assert self._revisions(self.dbs[index]) == before

    @rule(session=sessions, device=st.integers(0, 1))
    def close(self, session, device):
        key, index = self._pick(session, device)
        if key is None:
            return
        close_session(self.dbs[index], key[1])
        self.closed.add(key)

    @rule(session=sessions, device=st.integers(0, 1))
    def delete(self, session, device):
        key, index = self._pick(session, device)
        if key is None:
            return
        delete_session(self.dbs[index], key[1])
        self.gone.add(key)

    @rule(session=sessions, device=st.integers(0, 1), result=st.sampled_from(("cumplido", "parcial", "no_cumplido")),
          carry=st.booleans(), day=st.integers(61, 120))
    def verify(self, session, device, result, carry, day):
        key, index = self._pick(session, device)
        if key is None or not self.inputs[key].commitments:
            return
        target = self.inputs[key].commitments[0]
        data = SessionInput(
            level="institucional", municipality_code="41298", school_id=self.school.id,
            session_date=date(2026, 9, 1) + timedelta(days=day), channel="in_situ",
            operations=["verificacion_compartida"], technique="reunion", form_id="reunion", form_version=1,
            answers=dict(MEETING),
            verifications=[VerificationInput(target.id, result)],
            commitments=[CommitmentInput(target.description, "Rector", "asistido", date(2027, 1, 15),
                                         carried_from_id=target.id)] if carry else [])
        save_session(self.dbs[index], data)
        self.inputs[(index, data.id)] = data

    # --- what must hold ------------------------------------------------------------------

    @invariant()
    def current_rows_are_the_heads_of_the_log(self):
        for db in self.dbs:
            with db.read() as tx:
                for name, kind in revlog.RECORD_TYPES.items():
                    rows = {r["id"]: dict(r) for r in tx.execute(
                        text(f"SELECT id FROM {kind.table.name}")).mappings()}
                    current = revlog.current_rows(tx, name, list(rows))
                    logged = set(tx.execute(text("SELECT DISTINCT record_id FROM revision WHERE record_type = :t"),
                                            {"t": name}).scalars())
                    assert logged == set(current), name
                    heads = revlog.heads(tx, name, list(current))
                    for record_id, row in current.items():
                        [head] = heads[record_id]
                        assert head.id == row["revision_id"] and head.number == row["revision"], name
                        assert head.body == revlog.body_of(name, row), (name, record_id)
                        assert head.deleted == (row["deleted_at"] is not None), name

    @invariant()
    def every_parent_is_in_the_log(self):
        for db in self.dbs:
            with db.read() as tx:
                missing = tx.execute(text(
                    "SELECT count(*) FROM revision_parent p LEFT JOIN revision r ON r.id = p.parent_id "
                    "WHERE r.id IS NULL")).scalar()
                numbers = tx.execute(text(
                    "SELECT count(*) FROM revision_parent p JOIN revision c ON c.id = p.revision_id "
                    "JOIN revision r ON r.id = p.parent_id WHERE c.number <> r.number + 1 "
                    "OR c.record_id <> r.record_id")).scalar()
            assert missing == 0 and numbers == 0

    @invariant()
    def commitment_status_follows_its_records(self):
        for db in self.dbs:
            with db.read() as tx:
                statuses = dict(tx.execute(text("SELECT id, status FROM commitment")).all())
                checks = tx.execute(text(
                    "SELECT v.commitment_id, s.session_date, v.revision_id, v.result FROM commitment_verification v "
                    "JOIN session s ON s.id = v.session_id WHERE v.deleted_at IS NULL AND s.deleted_at IS NULL")).all()
                carried = set(tx.execute(text(
                    "SELECT c.carried_from_id FROM commitment c JOIN session s ON s.id = c.session_id "
                    "WHERE c.carried_from_id IS NOT NULL AND c.deleted_at IS NULL AND s.deleted_at IS NULL")).scalars())
            latest = {}
            for commitment_id, day, revision_id, result in sorted(checks, key=lambda r: (str(r[1]), r[2])):
                latest[commitment_id] = result
            for commitment_id, status in statuses.items():
                expected = ("trasladado" if commitment_id in carried else
                            "cumplido" if latest.get(commitment_id) == "cumplido" else "abierto")
                assert status == expected, commitment_id

    @staticmethod
    def _revisions(db):
        with db.engine.connect() as c:
            return c.execute(text("SELECT count(*) FROM revision")).scalar()

    @staticmethod
    def _current(db, session_id):
        with db.read() as tx:
            return revlog.current_rows(tx, "session", [session_id])[session_id]


RevisionLog.TestCase.settings = settings(max_examples=12, stateful_step_count=10, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
test_revision_log_stays_whole = RevisionLog.TestCase
