"""Two-way exchange: forms put in force, schools assigned to assistants, reviews of sessions.

All three are travelling records of the revision log (they start empty: nothing to log).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _synced():
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "published_form",
        *_synced(),
        sa.Column("form_id", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("technique", sa.String(length=40), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "assignment",
        *_synced(),
        sa.Column("assistant_id", sa.String(length=36), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["assistant_id"], ["assistant.id"]),
        sa.ForeignKeyConstraint(["school_id"], ["school.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_assignment_assistant_id", "assignment", ["assistant_id"])
    op.create_index("ix_assignment_school_id", "assignment", ["school_id"])
    op.create_table(
        "session_review",
        *_synced(),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("session_revision_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.String(length=160), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_session_review_session_id", "session_review", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_session_review_session_id", "session_review")
    op.drop_table("session_review")
    op.drop_index("ix_assignment_school_id", "assignment")
    op.drop_index("ix_assignment_assistant_id", "assignment")
    op.drop_table("assignment")
    op.drop_table("published_form")
