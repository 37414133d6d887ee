"""The bar above every list: the search box, the page's filters and the count, with the filter proxy between
the rows and the table. Every list of the app has one (the organisations page two), so a list searches, filters
and counts the same way everywhere.

The page says what its filters mean (`row_test`: the test of one row for the filters as they are set, or None
when they filter nothing) and how its count reads (`count_text`); the panel does the rest: it refilters when
the search or a filter changes, and shows the count when the rows or the filter change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QWidget,
)

from tandem_desktop.gui.common.list_table import list_table
from tandem_desktop.gui.common.row_models import RowFilterProxy, RowTableModel, search_filter

RowTest = Callable[[Any], bool]


class ListPanel(QWidget):
    filtered = Signal()  # the filter was applied (a search, a filter, a reload): the page follows

    def __init__(
        self,
        model: RowTableModel[Any],
        parent: QWidget,
        *,
        name: str,
        count_text: Callable[[int, int], str],
        row_test: Callable[[], RowTest | None] = lambda: None,
        count_name: str = "count",
    ) -> None:
        super().__init__(parent)
        # As high as its line: the list below takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._page = parent
        self.model = model
        self._count_text = count_text
        self._row_test = row_test
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refilter)
        self.count = QLabel(self)
        self.count.setObjectName(count_name)
        self._bar = QHBoxLayout(self)
        self._bar.setContentsMargins(0, 0, 0, 0)
        self._bar.setSpacing(12)  # as the page's own layout spaces its rows (section_page.py)
        self._bar.addWidget(self.search, 3)
        self._bar.addWidget(self.count)
        self._bar.addStretch(0)
        # The source's signals, not (only) the proxy's: the proxy drops a row before the source has.
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.show_count)

    def add_filter(self, widget: QComboBox | QCheckBox, stretch: int = 1) -> None:
        """A filter beside the search, before the count; `row_test` reads it."""
        self._bar.insertWidget(self._bar.indexOf(self.count), widget, stretch)
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.refilter)
        else:
            widget.toggled.connect(self.refilter)

    def add_button(self, widget: QWidget) -> None:
        """A button at the bar's end ("New …")."""
        self._bar.addWidget(widget)

    def table(
        self,
        object_name: str,
        *stretch: int,
        fit_contents: bool = True,
        on_open: Callable[[], object] | None = None,
    ) -> QTableView:
        """The table that shows the panel's rows (the page places it): see `list_table`."""
        return list_table(
            self._page, self.proxy, object_name, *stretch, fit_contents=fit_contents, on_open=on_open
        )

    def refilter(self) -> None:
        row_filter = search_filter(self.search.text(), self._row_test())
        if row_filter is not None:
            self.model.read_all()  # a search looks in every row, not only in those read so far
        self.proxy.set_row_filter(row_filter)
        self.show_count()
        self.filtered.emit()

    def show_count(self) -> None:
        # Only the label, also while the rows change: a page that switches what it shows (an empty state)
        # does so from `filtered`, once the rows are in and filtered, not in the middle of a reset. Rows not
        # read yet are shown: nothing filters while some are unread.
        total = self.model.total()
        shown = self.proxy.rowCount() + total - self.model.rowCount()
        self.count.setText(self._count_text(shown, total))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
