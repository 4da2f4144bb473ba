"""Supervisor mode: the departmental record."""
