"""File dialogs that never open the files they list.

Qt's own dialog asks its icon provider for each file's icon and type, and the default provider
reads the file's first bytes to guess its type. Reading (and closing) the live database file in
this process drops SQLite's POSIX locks on it, so another program could take the database over
while the app writes (SQLite's "How to corrupt", §2.2). The provider here answers from the name
alone. Outside Windows the dialogs are Qt's own, so this provider is the one in use (the native
ones run their own type sniffing in this process); Windows' locks do not have the weakness.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QWidget


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name, never from the file's content."""

    def icon(self, what):
        if isinstance(what, QFileInfo):
            kind = QAbstractFileIconProvider.IconType.Folder if what.isDir() else QAbstractFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("file_dialogs", "Carpeta")
        suffix = info.suffix().upper()
        if not suffix:
            return QCoreApplication.translate("file_dialogs", "Archivo")
        return QCoreApplication.translate("file_dialogs", "Archivo %1").replace("%1", suffix)


def make_dialog(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> QFileDialog:
    """A file dialog whose listing reads no file (see the module's note)."""
    dialog = QFileDialog(parent, title, directory, name_filter)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._icon_provider = provider  # the dialog does not own its provider: keep it alive with it
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []


def open_file(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> str:
    dialog = make_dialog(parent, title, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_run(dialog)), "")


def open_files(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> list[str]:
    dialog = make_dialog(parent, title, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> str:
    dialog = make_dialog(parent, title, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return next(iter(_run(dialog)), "")


def folder(parent: QWidget | None, title: str, directory: str = "") -> str:
    dialog = make_dialog(parent, title, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return next(iter(_run(dialog)), "")
