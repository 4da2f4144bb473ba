"""Actas in the desktop app: preview, print and save one; generate many; verify a PDF."""

from .batch import BatchActasDialog
from .show import show_acta
from .verify_dialog import VerifyActaDialog

__all__ = ["BatchActasDialog", "VerifyActaDialog", "show_acta"]
