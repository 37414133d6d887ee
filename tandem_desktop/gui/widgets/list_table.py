"""What every list page's table and keys share: a read-only, sortable table of rows chosen one at a time,
and Ctrl+N (new) and Ctrl+F (search) anywhere on the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def list_table(
    parent: QWidget,
    model: Any,
    object_name: str = "",
    *stretch: int,
    fit_contents: bool = True,
    on_open: Callable[[], object] | None = None,
) -> QTableView:
    """The `stretch` columns share the room left. `fit_contents` sizes the others to their texts, which reads
    every row: a page of tens of thousands of rows sizes its columns itself.

    `on_open` runs when a row is activated: a double click or Enter. Only `activated`: a double click emits
    `doubleClicked` as well, and connecting both opened every record twice."""
    table = QTableView(parent)
    if object_name:
        table.setObjectName(object_name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if fit_contents:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if on_open is not None:
        table.activated.connect(lambda _index: on_open())
    return table


def page_shortcuts(page: QWidget, new: Callable[[], object], find: Callable[[], object]) -> None:
    """Ctrl+N and Ctrl+F while the focus is anywhere on `page`."""
    for keys, slot in ((QKeySequence.StandardKey.New, new), (QKeySequence.StandardKey.Find, find)):
        shortcut = QShortcut(QKeySequence(keys), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
