"""Completion lists that match as people type: without accents or capitals, words in any order.

Qt's completers match a prefix or a substring exactly ("simon" misses "Simón"); this one
filters its labels with :mod:`ati_desktop.domain.text`, the rule of every search of the app.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from ati_desktop.domain.text import filter_matching


class FoldingCompleter(QCompleter):
    """Offers the labels that match the typed text; ``set_labels`` changes what it offers."""

    def __init__(self, labels: list[str], edit: QLineEdit, parent=None) -> None:
        self._labels = list(labels)
        self._shown = QStringListModel()
        super().__init__(self._shown, parent or edit)
        self._shown.setParent(self)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._edit = edit
        edit.textEdited.connect(self._typed)

    def set_labels(self, labels: list[str]) -> None:
        self._labels = list(labels)

    def _typed(self, text: str) -> None:
        found = filter_matching(text, self._labels, lambda label: (label,)) if text.strip() else []
        self._shown.setStringList(found)
        if found and self._edit.hasFocus():
            self.complete()


def fold_complete(combo: QComboBox) -> FoldingCompleter:
    """Give an editable combo box the accent-insensitive completion of its item texts."""
    labels = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    completer = FoldingCompleter(labels, combo.lineEdit(), combo)
    combo.setCompleter(completer)
    return completer
