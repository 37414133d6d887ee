"""Guards against a known fault of the Qt binding itself, so that a version bump cannot bring it back.

PySide6 6.12.0 drops a reference to None every time a Python model's data() returning None is called
from C++. On Python 3.11 None's count runs out after a few thousand table paints, and the app dies
("deallocating None"). pyproject.toml keeps 6.12.0 out; this test tells when that may change.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt


class _Empty(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> None:
        return None


def test_returning_none_from_a_model_keeps_none_alive(qapp: object) -> None:
    model = _Empty()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.ToolTipRole)  # through C++: QSortFilterProxyModel asks the Python model
    # A few references may come and go around the loop; 500 lost ones mean the binding's fault.
    assert sys.getrefcount(None) > before - 100
