"""Durable local storage: the SQLite engine, table models, migrations and backups."""
