"""Alembic environment: runs migrations on the connection handed over by storage.migrate."""

from alembic import context
from sqlmodel import SQLModel

from ati_desktop.storage import models  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
