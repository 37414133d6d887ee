"""What every list page's table and keys share: a read-only, sortable table of rows chosen one at a time,
its columns sized to what they hold, and Ctrl+N (new) and Ctrl+F (search) anywhere on the page."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QWidget


def list_table(
    parent: QWidget,
    model: Any,
    object_name: str = "",
    *stretch: int,
    fit_contents: bool = True,
    on_open: Callable[[], object] | None = None,
) -> QTableView:
    """The `stretch` columns share the room left. `fit_contents` sizes the others to their texts (see
    `fit_columns`), which reads the rows: a page of tens of thousands of rows sizes its columns itself, the
    others then as wide as the header says.

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
    if fit_contents:
        fit_columns(table, *stretch)
    else:
        header = table.horizontalHeader()
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if on_open is not None:
        table.activated.connect(lambda _index: on_open())
    return table


def item_table(parent: QWidget, columns: int, object_name: str, *stretch: int) -> QTableWidget:
    """A short read-only table filled item by item (a record's history, who is due for erasure, a team's
    conflicts): whole rows chosen one at a time, the `stretch` columns sharing the room, the others as wide as
    they need."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in range(columns):
        mode = (
            QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


def fit_columns(table: QTableView, *stretch: int) -> ColumnFitter:
    """Size `table`'s columns to what they hold, now and whenever the rows, the texts or the width change:

    - every column is as wide as its header and the cells shown need (names are never cut short);
    - the `stretch` columns (free text: languages, a purpose, a signal's text; the duos' flags, which then
      wrap) take the room left over, and when there is too little, they give way first, the widest first,
      down to their header's width (their tooltip holds the whole text);
    - what still does not fit scrolls sideways, never cutting a name.

    Call again after giving the table another model (the same fitter then follows it)."""
    fitter = table.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(table)
    fitter.configure(stretch)
    return fitter


class ColumnFitter(QObject):
    """Keeps a table's columns sized as `fit_columns` says. The widths are worked out once per turn of the
    event loop however many rows changed (a keystroke of search removes and inserts many)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._stretch: tuple[int, ...] = ()
        self._model: QAbstractItemModel | None = None
        self._fitting = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        table.horizontalHeader().setStretchLastSection(False)
        # The viewport, not the table: a vertical scroll bar appearing narrows it without resizing the table.
        table.viewport().installEventFilter(self)

    def configure(self, stretch: Iterable[int]) -> None:
        self._stretch = tuple(stretch)
        self._follow(self._table.model())
        self.fit()

    def _follow(self, model: QAbstractItemModel | None) -> None:
        if model is self._model:
            return
        if self._model is not None:
            try:
                for signal in self._signals(self._model):
                    signal.disconnect(self.schedule)
            except RuntimeError:  # that model is gone already
                pass
        self._model = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self.schedule)

    @staticmethod
    def _signals(model: QAbstractItemModel) -> tuple[Any, ...]:
        return (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,  # another language
        )

    def schedule(self, *_args: object) -> None:
        self._pending.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()  # at once: the columns are right in the first frame at the new width
        return False

    def widths(self, room: int) -> list[int]:
        """The columns' widths for `room` pixels (the viewport's width)."""
        table, header = self._table, self._table.horizontalHeader()
        count = header.count()
        shown = [column for column in range(count) if not header.isSectionHidden(column)]
        wanted = [0] * count
        floor = [0] * count
        for column in shown:
            label = header.sectionSizeHint(column)
            wanted[column] = max(label, table.sizeHintForColumn(column))
            # A stretch column gives way down to its header; the others keep their content's width.
            floor[column] = label if column in self._stretch else wanted[column]
        widths = list(wanted)
        stretch = [column for column in self._stretch if column in shown]
        spare = room - sum(widths)
        if spare > 0 and stretch:
            share, extra = divmod(spare, len(stretch))
            for position, column in enumerate(stretch):
                widths[column] += share + (1 if position < extra else 0)
        elif spare < 0:
            self._give_way(widths, floor, stretch, -spare)
        return widths

    @staticmethod
    def _give_way(widths: list[int], floor: list[int], columns: list[int], short: int) -> None:
        """Narrow `columns` by `short` pixels in all: the widest first, down to the next widest, then those
        together (so that they end alike), none below its floor."""
        while short > 0:
            giving = [column for column in columns if widths[column] > floor[column]]
            if not giving:
                return
            widest = max(widths[column] for column in giving)
            at_widest = [column for column in giving if widths[column] == widest]
            next_widest = max((widths[column] for column in giving if widths[column] < widest), default=0)
            step = -(-short // len(at_widest))  # rounded up
            for column in at_widest:
                # Below `widest` in every case, so each round narrows something and the loop ends.
                target = max(floor[column], next_widest, widest - step)
                cut = min(widths[column] - target, short)
                widths[column] -= cut
                short -= cut

    def fit(self) -> None:
        self._pending.stop()
        if self._fitting:  # a scroll bar that came or went while sizing: once more, after this
            self.schedule()
            return
        self._fitting = True
        try:
            table = self._table
            self._follow(table.model())
            header = table.horizontalHeader()
            widths = self.widths(table.viewport().width())
            for column, width in enumerate(widths):
                if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Fixed:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                if not header.isSectionHidden(column) and header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False


def page_shortcuts(page: QWidget, new: Callable[[], object], find: Callable[[], object]) -> None:
    """Ctrl+N and Ctrl+F while the focus is anywhere on `page`."""
    for keys, slot in ((QKeySequence.StandardKey.New, new), (QKeySequence.StandardKey.Find, find)):
        shortcut = QShortcut(QKeySequence(keys), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
