"""The Qt desktop: main window, one module per screen, widgets and helpers."""

from . import pyside_fixes  # noqa: F401  (must run before any Qt call; see the module)
