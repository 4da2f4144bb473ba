"""Each commitment's latest verification on its own row, for the commitments report.

``last_verified_on`` and ``last_result`` are derived columns (``storage.derived`` keeps them,
they never travel): the date and result of the commitment's latest live verification whose
session is live, by date, ties by the verification's revision id. The report reads them from
the row and looks the verifications up only for a period that ends before that date. The
upgrade fills them for the rows already there.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# The same choice as storage.derived, spelled here as it stands today: later code may change.
_LATEST = """(SELECT v.{column} FROM commitment_verification AS v JOIN session AS s ON s.id = v.session_id
    WHERE v.commitment_id = commitment.id AND v.deleted_at IS NULL AND s.deleted_at IS NULL
    ORDER BY v.verified_on DESC, v.revision_id DESC LIMIT 1)"""


def upgrade() -> None:
    op.add_column("commitment", sa.Column("last_verified_on", sa.Date(), nullable=True))
    op.add_column("commitment", sa.Column("last_result", sa.String(length=20), nullable=True))
    op.execute(
        f"UPDATE commitment SET last_verified_on = {_LATEST.format(column='verified_on')}, "
        f"last_result = {_LATEST.format(column='result')} "
        "WHERE EXISTS (SELECT 1 FROM commitment_verification AS w WHERE w.commitment_id = commitment.id)")


def downgrade() -> None:
    with op.batch_alter_table("commitment") as batch:
        batch.drop_column("last_result")
        batch.drop_column("last_verified_on")
