"""Rows written through the driver are stored exactly as SQLAlchemy Core stores them."""

from datetime import UTC, datetime

from pg import both_databases
from sqlalchemy import insert, select, update

from ati_desktop.storage import driver_sql
from ati_desktop.storage.revlog import PARENT, REVISION

pytestmark = both_databases

MADE_AT = datetime(2026, 11, 3, 13, 5, 9, 123456, tzinfo=UTC)


def _revision(revision_id: str, record_id: str) -> dict:
    # "deleted" is left out: its column default fills it in.
    return {"id": revision_id, "record_type": "session", "record_id": record_id, "number": 1,
            "device_id": "d" * 36, "made_at": MADE_AT, "body": '{"a":1}'}


def _stored(tx, revision_id: str) -> tuple:
    """The values as the database holds them, read back without SQLAlchemy's conversions."""
    columns = ("record_type", "number", "device_id", "made_at", "deleted", "body")
    mark = "?" if tx.get_bind().dialect.paramstyle == "qmark" else "%s"
    return tuple(tx.connection().exec_driver_sql(
        f"SELECT {', '.join(columns)} FROM revision WHERE id = {mark}", (revision_id,)).one())


def test_inserted_rows_match_core_inserts_with_their_defaults(db):
    with db.write() as tx:
        tx.execute(insert(REVISION), [_revision("core", "r1")])
        driver_sql.insert_rows(tx, REVISION, [_revision("one", "r1")])
        driver_sql.insert_rows(tx, REVISION, [_revision("many-1", "r1"), _revision("many-2", "r1")])
    with db.read() as tx:
        core = _stored(tx, "core")
        assert core[4] in (False, 0)  # the default
        assert [_stored(tx, r) for r in ("one", "many-1", "many-2")] == [core] * 3


def test_updates_and_deletes_match_core(db):
    with db.write() as tx:
        driver_sql.insert_rows(tx, REVISION, [_revision(r, "r1") for r in ("core", "driver")])
        later = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
        tx.execute(update(REVISION).where(REVISION.c.id == "core").values(made_at=later, deleted=True))
        driver_sql.update_rows(tx, REVISION, "id", [{"id": "driver", "made_at": later, "deleted": True}])
        driver_sql.insert_rows(tx, PARENT, [{"revision_id": r, "parent_id": "p"} for r in ("core", "driver")])
        driver_sql.delete_where_in(tx, PARENT, "revision_id", ["driver"])
    with db.read() as tx:
        assert _stored(tx, "driver") == _stored(tx, "core")
        assert list(tx.scalars(select(PARENT.c.revision_id))) == ["core"]


def test_reads_take_question_marks_on_every_database(db):
    with db.write() as tx:
        driver_sql.insert_rows(tx, REVISION, [_revision(r, r) for r in ("a", "b", "c")])
        found = driver_sql.rows(tx, f"SELECT id FROM revision WHERE id IN ({driver_sql.marks(2)}) ORDER BY id",
                                ["a", "c"])
    assert found == [("a",), ("c",)]
