"""PostgreSQL's planner statistics, gathered once for the tables a merge fills in bulk.

Without column statistics the planner takes any equality for selective (half a percent of
the rows): ``record_type = 'session'``, true of a quarter of the log, looks like a few
dozen revisions, so "which of these 5,000 records does the log hold" reads every revision
of the type instead of probing the index, a cost that grows with the record, merge after
merge, until autovacuum happens to look. So a merge samples each table it wrote that has
never been sampled, inside its transaction: ANALYZE counts the transaction's own rows, and
its statistics commit or roll back with the merge. Once there, they stay right enough as
the table grows (the planner scales sizes by the table's pages; the spread of values is
what it lacked), and autovacuum keeps them up. SQLite needs none of this: without
statistics it takes an index on an equality for selective.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session as DbSession

# Statistics of columns are rows of pg_stats, and roll back with a merge undone (a dry run);
# pg_class's row counts would not: ANALYZE writes those in place.
_NEVER_SAMPLED = ("SELECT name FROM json_array_elements_text(CAST(:names AS json)) AS name "
                  "WHERE to_regclass(name) IS NOT NULL AND NOT EXISTS "
                  "(SELECT 1 FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = name)")


def gather_once(tx: DbSession, tables: Iterable[str]) -> None:
    """Sample the tables (by name, each holding rows) that have no statistics yet, on PostgreSQL."""
    if tx.get_bind().dialect.name != "postgresql":
        return
    quote = tx.get_bind().dialect.identifier_preparer.quote
    unsampled = tx.execute(text(_NEVER_SAMPLED), {"names": json.dumps(sorted(set(tables)))}).scalars().all()
    if unsampled:
        tx.execute(text(f"ANALYZE {', '.join(quote(name) for name in sorted(unsampled))}"))
