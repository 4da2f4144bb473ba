"""Actas in the desktop app: preview, print and save one; generate many; verify a PDF."""

from .show import show_acta

__all__ = ["show_acta"]
