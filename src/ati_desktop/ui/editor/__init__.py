"""The session editor: new sessions, corrections of closed ones, drafts that survive a crash."""

from .window import SessionEditor

__all__ = ["SessionEditor"]
