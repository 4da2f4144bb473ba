"""File dialogs that never open the files they list.

Qt's own dialog asks its icon provider for each file's icon and type, and the default provider
reads the file's first bytes to guess its type. Reading (and closing) the live database file in
this process drops SQLite's POSIX locks on it, so another program could take the database over
while the app writes (SQLite's "How to corrupt", §2.2). The provider here answers from the name
alone. Outside Windows the dialogs are Qt's own, so this provider is the one in use (the native
ones run their own type sniffing in this process); Windows' locks do not have the weakness.

Nor may a dialog lead anyone into the data folder (the live database, its log, its backups): a
file saved over the database or a log picked as "evidence" would damage it. A dialog never
starts there, walks back out when someone goes in, and refuses a path chosen inside.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QStandardPaths, QTimer
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QGridLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from ati_desktop.paths import data_dir

NOTE_STYLE = "color: #9a5b00; font-weight: bold;"
_kept_out: set[str] = set()


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


def keep_out_of(folder: str | os.PathLike[str]) -> None:
    """No dialog may show or accept ``folder`` (the folder of a database the app has open)."""
    _kept_out.add(_real(folder))


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def is_kept_out(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is the data folder, a database's folder, or anything inside them."""
    real = _real(path)
    for folder in _kept_out | {_real(data_dir())}:
        if real == folder or real.startswith(folder.rstrip(os.sep) + os.sep):
            return True
    return False


def _safe_folder() -> str:
    """Where to go instead: the documents folder or home, or else above the kept-out folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (documents, str(Path.home())):
        if candidate and os.path.isdir(candidate) and not is_kept_out(candidate):
            return candidate
    folder = Path(_real(data_dir()))
    while is_kept_out(folder) and folder.parent != folder:
        folder = folder.parent
    return str(folder)


def _safe_start(directory: str) -> str:
    """``directory`` (a folder, or a folder and a suggested file name) moved out of the data folder."""
    if not directory:
        return "" if not is_kept_out(os.getcwd()) else _safe_folder()
    if not is_kept_out(directory):
        return directory
    if os.path.isdir(directory):
        return _safe_folder()
    return os.path.join(_safe_folder(), os.path.basename(directory))


def entered_note() -> str:
    return QCoreApplication.translate(
        "file_dialogs", "Esa carpeta guarda la base de datos de ATI Desktop y no se puede abrir aquí: "
        "se volvió a la carpeta anterior.")


def refused_note() -> str:
    return QCoreApplication.translate(
        "file_dialogs", "Esa carpeta guarda la base de datos de ATI Desktop; elija otra carpeta para no dañarla.")


class GuardedFileDialog(QFileDialog):
    """Qt's file dialog, listing by name only and kept out of the data folder."""

    def __init__(self, parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> None:
        super().__init__(parent, title, _safe_start(directory), name_filter)
        if sys.platform != "win32":
            self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self._icon_provider = NameOnlyIconProvider()  # the dialog does not own its provider
        self.setIconProvider(self._icon_provider)
        self.note = QLabel(wordWrap=True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setVisible(False)
        layout = self.layout()
        if isinstance(layout, QGridLayout):  # Qt's own widgets; native dialogs have no room for it
            layout.addWidget(self.note, layout.rowCount(), 0, 1, layout.columnCount())
        self._last_safe = self.directory().absolutePath()
        # Every way in (a double click, Back, the «Buscar en» box, a typed path) changes the
        # listing's root; only some of them also emit directoryEntered.
        listing = self.findChild(QFileSystemModel)
        if listing is not None:
            listing.rootPathChanged.connect(self._entered)
        self.directoryEntered.connect(self._entered)

    def _entered(self, folder: str) -> None:
        if not is_kept_out(folder):
            self._last_safe = folder
            return
        if is_kept_out(self._last_safe):
            self._last_safe = _safe_folder()
        QTimer.singleShot(0, self, self._walk_back)  # after the listing has finished changing
        self._say(entered_note())

    def _walk_back(self) -> None:
        if is_kept_out(self.directory().absolutePath()):
            self.setDirectory(self._last_safe)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)
        QApplication.beep()

    def accept(self) -> None:
        if any(is_kept_out(path) for path in self.selectedFiles()):
            self._say(refused_note())
            return
        super().accept()


def make_dialog(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> QFileDialog:
    """A file dialog whose listing reads no file and that keeps out of the data folder."""
    return GuardedFileDialog(parent, title, directory, name_filter)


def _run(dialog: QFileDialog) -> list[str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    chosen = dialog.selectedFiles()
    if any(is_kept_out(path) for path in chosen):  # a native dialog closes before it can be refused
        QMessageBox.warning(dialog.parentWidget(), dialog.windowTitle(), refused_note())
        return []
    return chosen


def open_file(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> str:
    dialog = make_dialog(parent, title, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_run(dialog)), "")


def open_files(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> list[str]:
    dialog = make_dialog(parent, title, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "",
              confirm_overwrite: bool = True) -> str:
    dialog = make_dialog(parent, title, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return next(iter(_run(dialog)), "")


def folder(parent: QWidget | None, title: str, directory: str = "") -> str:
    dialog = make_dialog(parent, title, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return next(iter(_run(dialog)), "")
