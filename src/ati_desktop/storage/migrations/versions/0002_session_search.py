"""Full-text search over sessions (SQLite FTS5, accents ignored), filled from existing rows.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A shared PostgreSQL record searches with ILIKE instead; FTS5 is SQLite's.
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE session_search USING fts5("
        "session_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO session_search (session_id, body) "
        "SELECT s.id, coalesce(s.place, '') || ' ' || coalesce(sc.name, '') || ' ' "
        "|| coalesce(s.objective, '') || ' ' || coalesce(s.scope_guidelines, '') || ' ' "
        "|| coalesce(s.scope_habits, '') || ' ' || coalesce(s.scope_products, '') || ' ' "
        "|| coalesce(s.conclusions, '') || ' ' || s.answers "
        "FROM session AS s LEFT JOIN school AS sc ON sc.id = s.school_id"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE session_search")
