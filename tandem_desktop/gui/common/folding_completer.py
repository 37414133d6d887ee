"""Type part of a name in a picker and find it as the lists' search does: "celik" offers "Gezin Çelik", "dhondt"
offers "Jan D'Hondt", "yilmaz" offers "Yılmaz" (core.search.fold on both sides)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from tandem_desktop.core.search import fold

# Where each entry keeps its folded text, which the completer compares the folded typed text with.
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 7


class FoldingCompleter(QCompleter):
    """A popup of the entries containing what is typed, both folded. The entries need their folded text in
    FOLDED_ROLE (`add_folded_item`); the popup shows, and picking one writes, the entry's own text."""

    def __init__(self, model: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are case-folded already
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # The entry as it reads, not its folded form.
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def add_folded_item(combo: QComboBox, text: str, data: object) -> None:
    """Add an entry that the FoldingCompleter finds."""
    combo.addItem(text, data)
    combo.setItemData(combo.count() - 1, fold(text), FOLDED_ROLE)
