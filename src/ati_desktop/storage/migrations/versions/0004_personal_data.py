"""Personal data: the register of data subjects' requests, authorisations, erasures.

All three are travelling records of the revision log (they start empty: nothing to log).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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
        "data_request",
        *_synced(),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("extended", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("handled_by", sa.String(length=160), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_data_request_reference", "data_request", ["reference"])
    op.create_index("ix_data_request_participant_id", "data_request", ["participant_id"])
    op.create_table(
        "authorisation",
        *_synced(),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("evidence_id", sa.String(length=36), nullable=True),
        sa.Column("granted_by", sa.String(length=160), nullable=True),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("collected_by", sa.String(length=160), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_authorisation_participant_id", "authorisation", ["participant_id"])
    op.create_index("ix_authorisation_session_id", "authorisation", ["session_id"])
    op.create_table(
        "erasure",
        *_synced(),
        sa.Column("request_id", sa.String(length=36), nullable=True),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("erased_on", sa.Date(), nullable=False),
        sa.Column("salt", sa.String(length=36), nullable=False),
        sa.Column("targets", sa.Text(), nullable=False),
        sa.Column("signer_key", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("erasure")
    op.drop_index("ix_authorisation_session_id", "authorisation")
    op.drop_index("ix_authorisation_participant_id", "authorisation")
    op.drop_table("authorisation")
    op.drop_index("ix_data_request_participant_id", "data_request")
    op.drop_index("ix_data_request_reference", "data_request")
    op.drop_table("data_request")
