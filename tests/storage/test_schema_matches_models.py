"""The migrations build exactly the schema the table models describe."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from ati_desktop.storage import models  # noqa: F401  (registers the tables)


def test_migrated_schema_has_no_difference_from_the_models(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, SQLModel.metadata)
    # FTS5 tables are created by migration 0002 and are not table models.
    differences = [d for d in differences
                   if not (d[0] == "remove_table" and d[1].name.startswith("session_search"))]
    assert differences == []
