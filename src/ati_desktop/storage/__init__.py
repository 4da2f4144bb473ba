"""Durable local storage: the SQLite engine, table models, migrations and backups."""

# The departmental record's tables (merge log, provenance) belong to the same schema.
from . import merge_models  # noqa: E402,F401
