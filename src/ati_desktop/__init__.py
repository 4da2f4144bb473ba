"""ATI Desktop: offline recording of Asistencia Técnica Integral sessions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ati-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
