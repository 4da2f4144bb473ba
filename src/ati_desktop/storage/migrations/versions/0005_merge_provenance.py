"""Departmental record: provenance of every revision, the merge log, devices' keys, conflicts, waiting records.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_label", sa.String(length=400), nullable=True),
        sa.Column("assistant_name", sa.String(length=400), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("package_created_at", sa.String(length=40), nullable=True),
        sa.Column("revisions", sa.Integer(), nullable=False),
        sa.Column("revisions_new", sa.Integer(), nullable=False),
        sa.Column("records_new", sa.Integer(), nullable=False),
        sa.Column("records_updated", sa.Integer(), nullable=False),
        sa.Column("records_unchanged", sa.Integer(), nullable=False),
        sa.Column("records_conflicting", sa.Integer(), nullable=False),
        sa.Column("records_waiting", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_merge_log_device_sequence", "merge_log", ["device_id", "sequence"])
    op.create_table(
        "revision_source",
        sa.Column("revision_id", sa.String(length=36), nullable=False),
        sa.Column("merge_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["revision_id"], ["revision.id"]),
        sa.ForeignKeyConstraint(["merge_id"], ["merge_log.id"]),
        sa.PrimaryKeyConstraint("revision_id"),
    )
    op.create_index("ix_revision_source_merge_id", "revision_source", ["merge_id"])
    op.create_table(
        "known_device",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=400), nullable=True),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "record_conflict",
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("heads", sa.Integer(), nullable=False),
        sa.Column("winner_id", sa.String(length=36), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id"),
    )
    op.create_table(
        "record_waiting",
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("missing", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id"),
    )


def downgrade() -> None:
    op.drop_table("record_waiting")
    op.drop_table("record_conflict")
    op.drop_table("known_device")
    op.drop_index("ix_revision_source_merge_id", table_name="revision_source")
    op.drop_table("revision_source")
    op.drop_index("ix_merge_log_device_sequence", table_name="merge_log")
    op.drop_table("merge_log")
