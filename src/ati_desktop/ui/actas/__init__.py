"""Actas in the desktop app: preview, print and save one; generate many; verify a PDF."""

from .batch import BatchActasDialog
from .show import show_acta

__all__ = ["BatchActasDialog", "show_acta"]
