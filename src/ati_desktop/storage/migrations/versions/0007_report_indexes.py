"""Indexes for the supervisor's reports on a departmental record of 100,000 sessions.

Partial indexes of the live rows (``deleted_at IS NULL``), each holding every column its
report reads, so a report walks one index instead of visiting each session's wide row. SQLite
3.40 treats a partial index as covering only when the columns of its WHERE are in it too,
hence the trailing ``deleted_at``.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
CARRIED = "carried_from_id IS NOT NULL"

INDEXES = (
    # Activity and commitments: the period's sessions with the columns they count and filter on.
    ("ix_session_report", "session",
     ["session_date", "municipality_code", "technique", "assistant_id", "school_id", "level",
      "start_time", "end_time", "id", "deleted_at"], LIVE),
    # Coverage: visits per school and campus, already in the order they are grouped.
    ("ix_session_school_visits", "session", ["school_id", "campus_id", "session_date", "deleted_at"], LIVE),
    # "Is the session that carried over a commitment still there?"
    ("ix_session_live", "session", ["id", "deleted_at"], LIVE),
    # The few deleted sessions, whose verifications no longer count.
    ("ix_session_deleted", "session", ["id"], "deleted_at IS NOT NULL"),
    # The latest verification of a commitment up to a day.
    ("ix_commitment_verification_latest", "commitment_verification",
     ["commitment_id", "verified_on", "revision_id", "session_id", "result", "deleted_at"], LIVE),
    # Carry-overs are few: a partial index finds a commitment's successor without a scan.
    ("ix_commitment_carried_from", "commitment", ["carried_from_id", "session_id", "deleted_at"], CARRIED),
)


def upgrade() -> None:
    for name, table, columns, where in INDEXES:
        op.create_index(name, table, columns, sqlite_where=sa.text(where), postgresql_where=sa.text(where))


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table)
