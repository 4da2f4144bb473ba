"""The supervisor's desk: the Tablero with its charts and the coverage map of Huila."""

from .window import DeskWindow

__all__ = ["DeskWindow"]
