"""ATI Desktop: offline recording of Asistencia Técnica Integral sessions."""

from functools import cache


@cache
def version() -> str:
    """The installed version. Read on demand: ``importlib.metadata`` costs a tenth of a second
    to import, and the window should not wait for it."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("ati-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
