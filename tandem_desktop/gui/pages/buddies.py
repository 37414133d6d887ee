"""The buddies page: the list with search as you type, filters, and the way into each buddy's form."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from tandem_desktop.core import buddies
from tandem_desktop.core.buddies import BuddyRow, ExtractState, extract_state
from tandem_desktop.core.records import restore, soft_delete
from tandem_desktop.core.search import fold, matching_keys
from tandem_desktop.db.models import Buddy
from tandem_desktop.db.models.enums import BuddyStatus
from tandem_desktop.db.store import Store
from tandem_desktop.gui.buddy_form import BuddyForm
from tandem_desktop.gui.labels import status_label
from tandem_desktop.gui.models.buddies import buddy_table_model
from tandem_desktop.gui.models.rows import ID_ROLE, RowFilterProxy

from .section import SectionPage


class _DeleteBuddy(QUndoCommand):
    def __init__(self, page: BuddiesPage, row: BuddyRow) -> None:
        super().__init__(QCoreApplication.translate("BuddiesPage", "delete buddy %1").replace("%1", row.name))
        self._page, self._row = page, row

    def redo(self) -> None:
        soft_delete(self._page.store, Buddy, self._row.id)
        self._page.model.remove_row(self._row.id)
        self._page.changed.emit()

    def undo(self) -> None:
        restore(self._page.store, Buddy, self._row.id)
        row = buddies.buddy_row(self._page.store, self._row.id)
        if row is not None:
            self._page.model.put_row(row)
            self._page.select(row.id)
        self._page.changed.emit()


class BuddiesPage(SectionPage):
    changed = Signal()  # a buddy was saved, deleted or restored
    fills_height = True

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.last_form: BuddyForm | None = None  # the form opened last (tests drive it)
        self.model = buddy_table_model()
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("buddySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.status_filter = QComboBox(self)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.extract_filter = QCheckBox(self)
        self.extract_filter.toggled.connect(self._filter)
        self.count = QLabel(self)
        self.count.setObjectName("buddyCount")
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_buddy(None))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.extract_filter)
        bar.addWidget(self.count)
        bar.addStretch(0)
        bar.addWidget(self.new_button)
        self.body.addLayout(bar)

        self.table = QTableView(self)
        self.table.setObjectName("buddyTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.body.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        for keys, slot in (
            (QKeySequence.StandardKey.New, lambda: self.open_buddy(None)),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        # The proxy drops a row before its source has (while the source is "about to" remove it): the
        # count follows the source's signals too, or it would read "0 of 1" after a delete.
        for model in (self.proxy, self.model):
            model.rowsInserted.connect(self._show_count)
            model.rowsRemoved.connect(self._show_count)
            model.modelReset.connect(self._show_count)
            model.layoutChanged.connect(self._show_count)

        self.retranslate()
        self.refresh()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # -- list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(buddies.buddy_rows(self.store))
        self._filter()
        if selected is not None:
            self.select(selected)

    def _filter(self) -> None:
        typed = fold(self.search.text())
        status = self.status_filter.currentData()
        extract_only = self.extract_filter.isChecked()
        if not typed and status is None and not extract_only:
            self.proxy.set_row_filter(None)
        else:
            today = dt.date.today()

            def shown(rows: list[BuddyRow]) -> list[bool]:
                answers = (
                    matching_keys([row.search_key for row in rows], typed) if typed else [True] * len(rows)
                )
                if status is not None or extract_only:
                    answers = [
                        answer
                        and (status is None or row.status == status)
                        and (not extract_only or extract_state(row.extract_on, today) != ExtractState.VALID)
                        for answer, row in zip(answers, rows, strict=True)
                    ]
                return answers

            self.proxy.set_row_filter(shown)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 buddies").replace("%1", str(total))
        if shown != total:
            text = self.tr("%1 of %2 buddies").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return uuid.UUID(self.proxy.index(index.row(), 0).data(ID_ROLE))

    def select(self, buddy_id: uuid.UUID) -> None:
        row = self.model.row_of(buddy_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    # -- actions -------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        buddy_id = self.selected_id()
        if buddy_id is not None:
            self.open_buddy(buddy_id)

    def open_buddy(self, buddy_id: uuid.UUID | None) -> BuddyForm:
        form = BuddyForm(self.store, buddy_id, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_form = form
        form.saved.connect(self._saved)
        form.open_buddy_requested.connect(self.open_buddy)
        form.open()  # window-modal, and a test can drive it
        return form

    def _saved(self, buddy_id: uuid.UUID) -> None:
        row = buddies.buddy_row(self.store, buddy_id)
        if row is not None:
            self.model.put_row(row)
            self._filter()
            self.select(buddy_id)
        self.changed.emit()

    def delete_selected(self) -> None:
        buddy_id = self.selected_id()
        if buddy_id is None:
            return
        row = self.model.row_at(self.model.row_of(buddy_id))  # type: ignore[arg-type]
        self.undo_stack.push(_DeleteBuddy(self, row))

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Buddies"))
        self.intro.setText(
            self.tr(
                "Every volunteer buddy, from candidate to stopped: languages, room for duos and the extract "
                "of the criminal record. Double-click a buddy to open the form."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by name, phone or e-mail (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search buddies"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for value in BuddyStatus:
            self.status_filter.addItem(status_label(value), value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.extract_filter.setText(self.tr("E&xtract missing or expired"))
        self.new_button.setText(self.tr("&New buddy"))
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.open_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("&Delete"))
        self.model.retranslate()
        self._show_count()
