"""Alembic migrations of the ATI Desktop schema (run by ``storage.migrate``)."""
