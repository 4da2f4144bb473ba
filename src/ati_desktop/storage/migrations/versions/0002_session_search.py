"""Full-text search over sessions (SQLite FTS5, accents ignored), filled from existing rows.

Revision ID: 0002
Revises: 0001
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A shared PostgreSQL record searches with ILIKE instead; FTS5 is SQLite's.
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE session_search USING fts5("
        "session_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    rows = bind.execute(sa.text(
        "SELECT s.id, s.place, sc.name, s.objective, s.scope_guidelines, s.scope_habits, "
        "s.scope_products, s.conclusions, s.answers "
        "FROM session AS s LEFT JOIN school AS sc ON sc.id = s.school_id "
        "WHERE s.deleted_at IS NULL"
    )).all()
    if not rows:
        return
    # The index row is derived from the session id (see services.search_index.search_rowid).
    bind.execute(
        sa.text("INSERT INTO session_search (rowid, session_id, body) VALUES (:key, :id, :body)"),
        [
            {
                "key": int.from_bytes(hashlib.sha256(row[0].encode()).digest()[:7], "big"),
                "id": row[0],
                "body": " ".join(part for part in row[1:] if part),
            }
            for row in rows
        ],
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE session_search")
