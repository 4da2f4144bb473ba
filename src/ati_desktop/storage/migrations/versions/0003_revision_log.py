"""Revision log: every current row becomes the first entry of its record's history.

Also: attendance keeps why a participant did not sign (unsigned_reason); coded schools and campuses get ids derived from their DANE codes, children are ordered
by fractional keys, participants get their cédula's key, and the actas of closed sessions are
frozen as they print today (computed before anything else changes, so every acta printed
before the upgrade still verifies).

Revision ID: 0003
Revises: 0002
"""

import hashlib
import json
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, time

import sqlalchemy as sa
from alembic import op
from fractional_indexing import generate_n_keys_between

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen copies of domain.ids (a migration must not change when the code does).
NAMESPACE = uuid.UUID("734b48a4-229c-4e2a-8f91-c0f5aa7ab7e8")
SYNCED = ("assistant", "school", "campus", "participant", "session", "attendance", "commitment",
          "commitment_verification", "evidence", "indicator_value")
ORDERED = ("attendance", "commitment", "commitment_verification", "evidence", "indicator_value")
RECORD_TYPES = {"assistant": "assistant", "school": "school", "campus": "campus",
                "participant": "participant", "session": "session", "attendance": "attendance",
                "commitment": "commitment", "commitment_verification": "verification",
                "evidence": "evidence", "indicator_value": "indicator"}
META = {"id", "device_id", "revision", "revision_id", "created_at", "updated_at", "deleted_at"}
DERIVED = {"participant": {"document_key"}, "commitment": {"status", "closed_at"}}
JSON_COLUMNS = {"session": {"answers"}, "acta_record": {"content"}}
RENDERER_VERSION = 1  # the acta renderer of this schema's time
CHUNK = 500


def _derived(name):
    return str(uuid.uuid5(NAMESPACE, name))


def _normalised(name):
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _canonical(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _utc(value):
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _plain(value):
    if isinstance(value, datetime):
        return _utc(value).isoformat()
    return value.isoformat() if hasattr(value, "isoformat") else value


def _table(bind, name):
    return sa.Table(name, sa.MetaData(), autoload_with=bind)


def _chunks(items, size=CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def upgrade() -> None:
    bind = op.get_bind()
    actas = _frozen_actas(bind)
    _new_tables()
    _order_keys(bind)
    op.add_column("attendance", sa.Column("unsigned_reason", sa.String(length=20), nullable=True))
    for table in SYNCED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN base_revision_id")
    op.drop_index("ix_session_revision_session_id", table_name="session_revision")
    op.drop_table("session_revision")
    op.add_column("participant", sa.Column("document_key", sa.String(length=30), nullable=True))
    op.create_index("ix_participant_document_key", "participant", ["document_key"])
    _document_keys(bind)
    same_as = _rekey(bind)
    _log_current_rows(bind)
    _write_actas(bind, actas)
    _write_same_as(bind, same_as)


def _new_tables() -> None:
    def synced():
        return [
            sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("device_id", sa.String(length=36), nullable=False),
            sa.Column("revision", sa.Integer(), nullable=False),
            sa.Column("revision_id", sa.String(length=36), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.Column("deleted_at", sa.DateTime(), nullable=True),
        ]

    op.create_table(
        "revision",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("id"),
    )
    op.create_index("ix_revision_record", "revision", ["record_type", "record_id"])
    op.create_table(
        "revision_parent",
        sa.Column("revision_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["revision_id"], ["revision.id"]),
        sa.PrimaryKeyConstraint("revision_id", "parent_id"),
    )
    op.create_index("ix_revision_parent_parent_id", "revision_parent", ["parent_id"])
    op.create_table(
        "acta_record",
        *synced(),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("edition", sa.Integer(), nullable=False),
        sa.Column("session_revision_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_acta_record_session_id", "acta_record", ["session_id"])
    op.create_table(
        "same_as",
        *synced(),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("same_as_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_same_as_record", "same_as", ["record_type", "record_id"])
    op.create_table(
        "package_log",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("first_revision_seq", sa.Integer(), nullable=True),
        sa.Column("last_revision_seq", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("device_id", "sequence", "direction"),
    )


# --- actas as today's code prints them ----------------------------------------------------

_SESSION_FIELDS = (
    "id", "revision", "revision_id", "device_id", "status", "level", "municipality_code",
    "school_id", "campus_id", "place", "session_date", "start_time", "end_time", "modality",
    "channel", "technique", "form_id", "form_version", "objective", "scope_guidelines",
    "scope_habits", "scope_products", "conclusions", "observation_session_id",
    "correction_reason", "assistant_id",
)


def _frozen_actas(bind) -> list[dict]:
    """Every acta issued so far: superseded corrections (as kept) and closed current sessions."""
    t = {name: _table(bind, name) for name in (
        "session", "session_revision", "session_operation", "session_area", "municipality", "school",
        "campus", "participant", "attendance", "commitment", "commitment_verification", "evidence",
        "indicator_value", "assistant", "setting")}
    stored = bind.execute(sa.select(t["setting"].c.value).where(t["setting"].c.key == "institution")).scalar()
    institution = json.loads(stored) if stored else {}
    assistants = dict(bind.execute(sa.select(t["assistant"].c.id, t["assistant"].c.full_name)).all())
    dates = dict(bind.execute(sa.select(t["session"].c.id, t["session"].c.session_date)).all())
    superseded = defaultdict(list)
    for row in bind.execute(sa.select(t["session_revision"]).order_by(t["session_revision"].c.revision)).mappings():
        superseded[row["session_id"]].append(row)
    s = t["session"]
    closed = bind.execute(sa.select(s).where(s.c.status == "cerrada", s.c.deleted_at.is_(None))
                          .order_by(s.c.id)).mappings().all()
    first_closed = dict(bind.execute(sa.select(s.c.id, s.c.closed_at)).all())
    actas = []

    def frozen(session_id, snapshot, edition, revision_id, reason, issued_at, device_id):
        linked = snapshot.get("observation_session_id")
        content = {"snapshot": snapshot, "institution": institution,
                   "assistant_name": assistants.get(snapshot.get("assistant_id")),
                   "observation_date": _plain(dates.get(linked)) if linked else None,
                   "renderer_version": RENDERER_VERSION}
        record_hash = hashlib.sha256(_canonical(snapshot).encode("utf-8")).hexdigest()
        actas.append({"session_id": session_id, "edition": edition, "session_revision_id": revision_id,
                      "reason": reason, "content": content, "record_hash": record_hash,
                      "issued_at": _utc(issued_at), "device_id": device_id})

    for session_id, olds in superseded.items():
        if session_id not in dates:
            continue
        for edition, old in enumerate(olds, start=1):
            issued = (olds[edition - 2]["superseded_at"] if edition > 1
                      else first_closed.get(session_id) or old["superseded_at"])
            frozen(session_id, json.loads(old["snapshot"]), edition, old["revision_id"], old["reason"],
                   issued, old["device_id"])
    for chunk in _chunks(closed):
        for snapshot, row in zip(_snapshots(bind, t, chunk), chunk):
            olds = superseded.get(row["id"], [])
            issued = olds[-1]["superseded_at"] if olds else (row["closed_at"] or row["updated_at"])
            frozen(row["id"], snapshot, len(olds) + 1, row["revision_id"],
                   row["correction_reason"] if olds else None, issued, row["device_id"])
    return actas


def _live(bind, table, session_ids):
    rows = bind.execute(sa.select(table).where(table.c.session_id.in_(session_ids),
                                               table.c.deleted_at.is_(None))
                        .order_by(table.c.position, table.c.created_at, table.c.id)).mappings().all()
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["session_id"]].append(row)
    return grouped


def _by_id(bind, table, ids):
    ids = [i for i in set(ids) if i]
    found = {}
    for chunk in _chunks(ids):
        found.update({row["id"]: row for row in bind.execute(
            sa.select(table).where(table.c.id.in_(chunk))).mappings()})
    return found


def _snapshots(bind, t, rows) -> list[dict]:
    """services.snapshot.session_snapshot of schema 0002, for many sessions at once."""
    ids = [row["id"] for row in rows]
    codes = {}
    for name, column in (("session_operation", "operation"), ("session_area", "area")):
        grouped = defaultdict(list)
        for session_id, value in bind.execute(sa.select(t[name].c.session_id, t[name].c[column])
                                              .where(t[name].c.session_id.in_(ids))):
            grouped[session_id].append(value)
        codes[name] = grouped
    towns = dict(bind.execute(sa.select(t["municipality"].c.code, t["municipality"].c.name)).all())
    schools = _by_id(bind, t["school"], [r["school_id"] for r in rows])
    campuses = _by_id(bind, t["campus"], [r["campus_id"] for r in rows])
    children = {name: _live(bind, t[name], ids) for name in ORDERED}
    people = _by_id(bind, t["participant"], [a["participant_id"] for group in children["attendance"].values()
                                             for a in group])
    checked = _by_id(bind, t["commitment"], [v["commitment_id"] for group in
                                             children["commitment_verification"].values() for v in group])
    origins = _by_id(bind, t["session"], [c["session_id"] for c in checked.values()])
    snapshots = []
    for row in rows:
        data = {name: _plain(row[name]) for name in _SESSION_FIELDS}
        data["answers"] = json.loads(row["answers"])
        data["operations"] = sorted(codes["session_operation"].get(row["id"], []))
        data["areas"] = sorted(codes["session_area"].get(row["id"], []))
        data["municipality_name"] = towns.get(row["municipality_code"])
        school = schools.get(row["school_id"])
        data["school_name"] = school["name"] if school else None
        data["school_dane_code"] = school["dane_code"] if school else None
        campus = campuses.get(row["campus_id"])
        data["campus_name"] = campus["name"] if campus else None
        data["attendance"] = [{
            "id": a["id"], "participant_id": a["participant_id"],
            "full_name": people[a["participant_id"]]["full_name"], "role": people[a["participant_id"]]["role"],
            "id_document": people[a["participant_id"]]["id_document"],
            "email": people[a["participant_id"]]["email"], "phone": people[a["participant_id"]]["phone"],
            "role_in_session": a["role_in_session"], "present": bool(a["present"]),
            "signature_sha256": a["signature_sha256"], "signed_at": _plain(a["signed_at"]),
        } for a in children["attendance"].get(row["id"], [])]
        data["commitments"] = [
            {k: _plain(c[k]) for k in ("id", "description", "responsible", "side", "due_date", "status",
                                       "participant_id", "carried_from_id")}
            for c in children["commitment"].get(row["id"], [])]
        data["verifications"] = [{
            "id": v["id"], "commitment_id": v["commitment_id"],
            "commitment": checked[v["commitment_id"]]["description"],
            "responsible": checked[v["commitment_id"]]["responsible"],
            "origin_date": _plain(origins[checked[v["commitment_id"]]["session_id"]]["session_date"]),
            "result": v["result"], "note": v["note"],
        } for v in children["commitment_verification"].get(row["id"], [])]
        data["evidence"] = [
            {k: (bool(e[k]) if k == "may_show_minors" else _plain(e[k]))
             for k in ("id", "file_name", "media_type", "kind", "caption", "sha256", "verification_id",
                       "may_show_minors", "minors_confirmed_at")}
            for e in children["evidence"].get(row["id"], [])]
        data["indicators"] = [{k: i[k] for k in ("id", "name", "unit", "target", "value", "note")}
                              for i in children["indicator_value"].get(row["id"], [])]
        snapshots.append(data)
    return snapshots


# --- schema changes with their data -------------------------------------------------------


def _order_keys(bind) -> None:
    """Integer positions become fractional keys, in the order the rows were shown."""
    collation = ' COLLATE "C"' if bind.dialect.name == "postgresql" else ""
    for name in ORDERED:
        op.execute(f"ALTER TABLE {name} ADD COLUMN position_key VARCHAR(64){collation} NOT NULL DEFAULT 'a0'")
        table = _table(bind, name)
        rows = bind.execute(sa.select(table.c.id, table.c.session_id).order_by(
            table.c.session_id, table.c.position, table.c.created_at, table.c.id)).all()
        counts = defaultdict(int)
        for _id, session_id in rows:
            counts[session_id] += 1
        keys = generate_n_keys_between(None, None, max(counts.values(), default=0))
        seen = defaultdict(int)
        updates = []
        for row_id, session_id in rows:
            updates.append({"b_id": row_id, "b_key": keys[seen[session_id]]})
            seen[session_id] += 1
        if updates:
            bind.execute(sa.update(table).where(table.c.id == sa.bindparam("b_id"))
                         .values(position_key=sa.bindparam("b_key")), updates)
        op.execute(f"ALTER TABLE {name} DROP COLUMN position")
        op.execute(f"ALTER TABLE {name} RENAME COLUMN position_key TO position")
        if bind.dialect.name == "postgresql":
            op.execute(f"ALTER TABLE {name} ALTER COLUMN position DROP DEFAULT")


def _document_keys(bind) -> None:
    table = _table(bind, "participant")
    updates = []
    for row_id, document in bind.execute(sa.select(table.c.id, table.c.id_document)
                                         .where(table.c.id_document.is_not(None))):
        digits = "".join(c for c in document if c.isdigit())
        if digits:
            updates.append({"b_id": row_id, "b_key": digits})
    if updates:
        bind.execute(sa.update(table).where(table.c.id == sa.bindparam("b_id"))
                     .values(document_key=sa.bindparam("b_key")), updates)


def _rekey(bind) -> list[dict]:
    """Coded schools and campuses take their derived ids; duplicates are linked as the same."""
    school, campus = _table(bind, "school"), _table(bind, "campus")
    schools = bind.execute(sa.select(school).where(school.c.dane_code.is_not(None)).order_by(
        school.c.deleted_at.is_not(None), school.c.added_in_field, school.c.created_at, school.c.id
    )).mappings().all()
    school_ids, same_as, taken = {}, [], set()
    for row in schools:
        target = _derived("school:" + row["dane_code"].strip())
        if target in taken:
            same_as.append({"record_type": "school", "record_id": row["id"], "same_as_id": target,
                            "device_id": row["device_id"], "made_at": row["updated_at"]})
        elif target != row["id"]:
            school_ids[row["id"]] = target
        taken.add(target)
    campus_ids, taken = {}, set()
    for row in bind.execute(sa.select(campus).order_by(campus.c.created_at, campus.c.id)).mappings():
        owner = school_ids.get(row["school_id"], row["school_id"])
        code = (row["dane_code"] or "").strip()
        target = _derived("campus:" + code) if code else _derived(f"campus:{owner}:{_normalised(row['name'])}")
        if target not in taken and target != row["id"]:
            campus_ids[row["id"]] = target
        taken.add(target)
    _move(bind, school, school_ids, [("campus", "school_id"), ("participant", "school_id"),
                                      ("session", "school_id")])
    _move(bind, campus, campus_ids, [("session", "campus_id")])
    _replace_in_texts(bind, {**school_ids, **campus_ids})
    return same_as


def _move(bind, table, new_ids: dict[str, str], references) -> None:
    """Give rows new ids: copy each under its new id, point references at it, drop the old row."""
    if not new_ids:
        return
    old_ids = list(new_ids)
    for chunk in _chunks(old_ids):
        rows = bind.execute(sa.select(table).where(table.c.id.in_(chunk))).mappings().all()
        bind.execute(sa.insert(table), [{**row, "id": new_ids[row["id"]]} for row in rows])
    for name, column in references:
        referring = _table(bind, name)
        bind.execute(sa.update(referring).where(referring.c[column] == sa.bindparam("b_old"))
                     .values({column: sa.bindparam("b_new")}),
                     [{"b_old": old, "b_new": new} for old, new in new_ids.items()])
    for chunk in _chunks(old_ids):
        bind.execute(sa.delete(table).where(table.c.id.in_(chunk)))


def _replace_in_texts(bind, new_ids: dict[str, str]) -> None:
    """Drafts and preferences name schools by id in their JSON: point them at the new ids."""
    if not new_ids:
        return
    for name, key in (("draft", "key"), ("setting", "key")):
        table = _table(bind, name)
        column = "payload" if name == "draft" else "value"
        updates = []
        for row_key, text in bind.execute(sa.select(table.c[key], table.c[column])):
            changed = text
            for old, new in new_ids.items():
                if old in changed:
                    changed = changed.replace(old, new)
            if changed != text:
                updates.append({"b_key": row_key, "b_text": changed})
        if updates:
            bind.execute(sa.update(table).where(table.c[key] == sa.bindparam("b_key"))
                         .values({column: sa.bindparam("b_text")}), updates)


# --- the log ------------------------------------------------------------------------------


def _body_columns(table, name):
    skip = META | DERIVED.get(name, set())
    return [(c.name, c.type.python_type) for c in table.columns if c.name not in skip]


def _json(python_type, value):
    if value is None:
        return None
    if python_type is datetime:
        return _utc(value).isoformat()
    if python_type in (date, time):
        return (python_type.fromisoformat(value) if isinstance(value, str) else value).isoformat()
    if python_type is bool:
        return bool(value)
    if python_type is float:
        return float(value)
    if python_type is int:
        return int(value)
    return value


def _body(name, columns, row, extra=None):
    body = {}
    for column, python_type in columns:
        if column in JSON_COLUMNS.get(name, ()):
            body[column] = json.loads(row[column]) if row[column] is not None else None
        else:
            body[column] = _json(python_type, row[column])
    body.update(extra or {})
    return body


def _log_current_rows(bind) -> None:
    revision = _table(bind, "revision")
    codes = {}
    for name, column in (("session_operation", "operation"), ("session_area", "area")):
        table = _table(bind, name)
        grouped = defaultdict(list)
        for session_id, value in bind.execute(sa.select(table.c.session_id, table.c[column])):
            grouped[session_id].append(value)
        codes[name] = grouped
    for name in SYNCED:
        table = _table(bind, name)
        columns = _body_columns(table, name)
        result = bind.execute(sa.select(table).order_by(table.c.id)).mappings()
        while batch := result.fetchmany(2000):
            rows = []
            for row in batch:
                extra = None
                if name == "session":
                    extra = {"operations": sorted(set(codes["session_operation"].get(row["id"], []))),
                             "areas": sorted(set(codes["session_area"].get(row["id"], [])))}
                rows.append({"id": row["revision_id"], "record_type": RECORD_TYPES[name],
                             "record_id": row["id"], "number": row["revision"], "device_id": row["device_id"],
                             "made_at": _utc(row["updated_at"]).replace(tzinfo=None),
                             "deleted": row["deleted_at"] is not None,
                             "body": _canonical(_body(name, columns, row, extra))})
            bind.execute(sa.insert(revision), rows)


def _append_records(bind, name, record_type, rows) -> None:
    """New travelling rows written by this upgrade, each with its first revision."""
    if not rows:
        return
    table, revision = _table(bind, name), _table(bind, "revision")
    bind.execute(sa.insert(table), rows)
    columns = _body_columns(table, name)
    bind.execute(sa.insert(revision), [
        {"id": row["revision_id"], "record_type": record_type, "record_id": row["id"], "number": 1,
         "device_id": row["device_id"], "made_at": row["updated_at"], "deleted": False,
         "body": _canonical(_body(name, columns, row))} for row in rows])


def _write_actas(bind, actas) -> None:
    rows = []
    for acta in actas:
        issued = acta["issued_at"].replace(tzinfo=None)
        rows.append({"id": str(uuid.uuid4()), "device_id": acta["device_id"], "revision": 1,
                     "revision_id": str(uuid.uuid4()), "created_at": issued, "updated_at": issued,
                     "deleted_at": None, "session_id": acta["session_id"], "edition": acta["edition"],
                     "session_revision_id": acta["session_revision_id"], "reason": acta["reason"],
                     "content": _canonical(acta["content"]), "record_hash": acta["record_hash"],
                     "issued_at": issued})
    for chunk in _chunks(rows):
        _append_records(bind, "acta_record", "acta", chunk)


def _write_same_as(bind, links) -> None:
    rows = []
    for link in links:
        made = _utc(link["made_at"]).replace(tzinfo=None)
        rows.append({"id": _derived(f"same_as:{link['record_type']}:{link['record_id']}:{link['same_as_id']}"),
                     "device_id": link["device_id"], "revision": 1, "revision_id": str(uuid.uuid4()),
                     "created_at": made, "updated_at": made, "deleted_at": None,
                     "record_type": link["record_type"], "record_id": link["record_id"],
                     "same_as_id": link["same_as_id"]})
    _append_records(bind, "same_as", "same_as", rows)


def downgrade() -> None:
    raise NotImplementedError("The revision log cannot be undone; restore the backup made before it.")
