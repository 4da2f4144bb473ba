"""A merge into a new PostgreSQL record leaves the planner statistics of what it filled."""

from devices import meeting, new_device, package
from sqlalchemy import text

from ati_desktop.exchange.merge import merge_package
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database


def _sampled(record: Database) -> set[str]:
    """The tables among those a merge fills whose columns have statistics."""
    with record.engine.connect() as connection:
        return set(connection.execute(text(
            "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = current_schema() "
            "AND tablename IN ('revision', 'revision_source', 'session', 'attendance')")).scalars())


def test_a_merge_samples_the_tables_it_filled_and_a_dry_run_leaves_none(pg_url, tmp_path):
    ana = new_device(tmp_path, "ana")
    save_session(ana, meeting(ana))
    record = Database.open_url(pg_url)
    try:
        assert _sampled(record) == set()
        merge_package(record, package(ana), dry_run=True)
        assert _sampled(record) == set()
        merge_package(record, package(ana))
        assert _sampled(record) == {"revision", "revision_source", "session", "attendance"}
    finally:
        record.close()
        ana.close()
