"""Errors the user can act on; each carries a message in Spanish, ready to show."""

from __future__ import annotations


class AtiError(Exception):
    """Base of the errors that reach the user as a message rather than a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(AtiError):
    """Input that cannot be saved as it is; names what is wrong."""


class NotFoundError(AtiError):
    """A record the user asked for does not exist."""
