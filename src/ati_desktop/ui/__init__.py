"""The Qt desktop: main window, one module per screen, widgets and helpers."""
