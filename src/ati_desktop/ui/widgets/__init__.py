"""Reusable widgets of the desktop (signature pad and the like)."""
