"""What the list pages of records share (families, buddies, group activities, buddy meetings): a list with
search as you type and filters, a count, and the way into each record's form; delete with undo.

A page subclasses RecordListPage and says what differs: its rows, its filters, its form and its words, and
whether it has a status filter and deletes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from tandem_desktop import APP_NAME
from tandem_desktop.core.bidi import left_to_right
from tandem_desktop.core.records import restore, soft_delete
from tandem_desktop.db.models import Record
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.empty_state import EmptyState
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.labels import fill_choices
from tandem_desktop.gui.common.list_panel import ListPanel, RowTest
from tandem_desktop.gui.common.list_table import page_shortcuts
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.operations import Latest, runner
from tandem_desktop.gui.common.row_models import RowTableModel, select_row_id, selected_row_id
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.messages import UserFacingError


class _DeleteRecord(QUndoCommand):
    def __init__(self, page: RecordListPage, row: Any) -> None:
        super().__init__(page.delete_text(row))
        self._page, self._row = page, row

    # Through the runner like every write; the list follows from its change notification.
    def redo(self) -> None:
        store, model, record_id = self._page.store, self._page.record_model, self._row.id
        runner().run(lambda _progress: soft_delete(store, model, record_id), parent=self._page)

    def undo(self) -> None:
        store, model, record_id = self._page.store, self._page.record_model, self._row.id
        runner().run(
            lambda _progress: restore(store, model, record_id),
            parent=self._page,
            done=lambda _result: self._page.select(record_id),
        )


class RecordListPage(SectionPage):
    fills_height = True
    list_name = "record"  # the search box is `<list_name>Search`
    count_name = "count"
    table_name = ""
    record_model: type[Record]
    stretch_columns: tuple[int, ...] = (0,)
    fit_columns = False  # the other columns as wide as their texts (reads every row: for short lists)
    has_status_filter = True
    can_delete = True  # with undo: needs the undo stack
    sort_column, sort_order = 0, Qt.SortOrder.AscendingOrder

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack | None,
        model: RowTableModel[Any],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.last_form: QDialog | None = None  # the form opened last (tests drive it)
        self.last_question: QMessageBox | None = None  # the next step offered last, after a save
        self.model = model
        self._reads = Latest()  # of the rows (refresh)
        self._to_choose: uuid.UUID | None = None  # the record to choose once the rows are shown
        self.list = ListPanel(
            model,
            self,
            name=self.list_name,
            count_text=self._count,
            row_test=self._row_test,
            count_name=self.count_name,
        )
        self.proxy, self.search, self.count = self.list.proxy, self.list.search, self.list.count
        self.status_filter: QComboBox | None = None
        if self.has_status_filter:
            self.status_filter = QComboBox(self)
            self.list.add_filter(self.status_filter)
        self.add_filters(self.list)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_record(None))
        self.list.add_button(self.new_button)
        self.list.filtered.connect(self._show_empty)
        self.body.addWidget(self.list)
        self.add_above_table()

        self.table = self.list.table(
            self.table_name, *self.stretch_columns, fit_contents=self.fit_columns, on_open=self.open_selected
        )
        # Before the first record, the page says what it is for and offers the first step. (A stack, not hide
        # and show: the table keeps its geometry while it waits.)
        self.empty = EmptyState(self, lambda: self.open_record(None))
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        self.body.addWidget(self._stack, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.open_button)
        self.delete_button: QPushButton | None = None
        if self.can_delete:
            self.delete_button = QPushButton(self)
            self.delete_button.clicked.connect(self.delete_selected)
            buttons.addWidget(self.delete_button)
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self.delete_selected)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        page_shortcuts(self, lambda: self.open_record(None), self.list.focus_search)

        self.retranslate()
        self.data_changed()  # loaded when first shown
        self.table.sortByColumn(self.sort_column, self.sort_order)

    # -- what a page says for itself -----------------------------------------------------------------
    def add_above_table(self) -> None:
        """Widgets between the search bar and the table."""

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def load_row(self, record_id: uuid.UUID) -> Any | None:
        raise NotImplementedError

    def make_form(self, record_id: uuid.UUID | None) -> QDialog:
        """The record's form; its `saved(id)` signal is connected by the page. Raises a UserFacingError when
        the record is gone (deleted meanwhile)."""
        raise NotImplementedError

    def add_filters(self, panel: ListPanel) -> None:
        """Filters besides the search and the status (`panel.add_filter`)."""

    def extra_test(self) -> RowTest | None:
        """The test of one row for those extra filters as they are set, or None when they filter nothing."""
        return None

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        """What the page says while it has no record at all: what it will hold and how to begin."""
        raise NotImplementedError

    def after_save(self, row: Any) -> None:
        """A record was saved from its form (which has closed): offer the next step, if there is one."""

    def delete_text(self, row: Any) -> str:
        """The undo stack's name for deleting `row` ("delete family X")."""
        raise NotImplementedError

    # -- list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the rows as an operation (10,000 families take half a second) and show them once read; what
        was shown stays until then, and the chosen row stays chosen."""
        reading, load = self._reads.start(), self.load_rows

        def show(rows: list[Any]) -> None:
            if not self._reads.is_latest(reading):
                return  # a later read is under way: its rows are the ones to show
            chosen = self._to_choose or self.selected_id()
            self._reads.take(reading)
            self._to_choose = None
            self.model.set_rows(rows)
            self.list.refilter()
            if chosen is not None:
                self.choose_row(chosen)

        def failed(_error: BaseException) -> bool:
            if self._reads.is_latest(reading):
                self._reads.take(reading)  # nothing to wait for: the rows shown stay
                self._to_choose = None
            return False  # the app's message names the fault

        runner().run(lambda _progress: load(), parent=self, done=show, failed=failed)

    def reading(self) -> bool:
        """Whether rows are being read: until they are shown, the list is not what is stored."""
        return self._reads.pending

    def _row_test(self) -> RowTest | None:
        status = self.status_filter.currentData() if self.status_filter is not None else None
        extra = self.extra_test()
        if status is None:
            return extra
        if extra is None:
            return lambda row: bool(row.status == status)
        return lambda row: row.status == status and extra(row)

    def _show_empty(self) -> None:
        # Not before the rows were read once: "no family yet" would be said of a programme still being read.
        self._stack.setCurrentIndex(1 if self._reads.ever_taken and self.model.rowCount() == 0 else 0)

    def _count(self, shown: int, total: int) -> str:
        return self.count_text(shown, total) if self._reads.ever_taken else ""

    def focus_search(self) -> None:
        self.list.focus_search()

    def selected_id(self) -> uuid.UUID | None:
        return selected_row_id(self.table)

    def select(self, record_id: uuid.UUID) -> None:
        """Choose the record's row; while rows are being read (after a save), once they are shown."""
        if self.reading():
            self._to_choose = record_id
        else:
            self.choose_row(record_id)

    def choose_row(self, record_id: uuid.UUID) -> None:
        select_row_id(self.table, self.model, record_id)

    # -- actions -------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.open_record(record_id)

    def open_record(self, record_id: uuid.UUID | None) -> QDialog | None:
        try:
            form = self.make_form(record_id)
        except UserFacingError as error:  # deleted meanwhile
            QMessageBox.warning(self, APP_NAME, user_message(error))
            self.refresh()
            return None
        form.saved.connect(self._saved)  # type: ignore[attr-defined]
        self.last_form = open_dialog(form)
        return form

    def _saved(self, record_id: uuid.UUID) -> None:
        # The runner's notification came first: the list is being read again, and the record is chosen once it
        # is shown. Then lead on.
        self.select(record_id)
        row = self.load_row(record_id)
        if row is not None:
            # Once the form has closed, so that a question about the next step is not asked over it.
            QTimer.singleShot(0, lambda: self.after_save(row))

    def ask_next_step(
        self, text: str, detail: str, go: str, step: Callable[[], object], then: Callable[[], None]
    ) -> None:
        """Offer the next step after a save (`go`, the default button) or leave it for later; window-modal and
        without a nested event loop, like the forms. Taken: core's `step`, the list reloaded, then `then`."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            left_to_right(text),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("nextStep")
        box.setInformativeText(detail)
        go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(
            QCoreApplication.translate("RecordListPage", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(go_button)
        box.setEscapeButton(later)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._take_step(step, then) if button is go_button else None)
        self.last_question = box
        box.finished.connect(lambda _result: setattr(self, "last_question", None))
        box.open()

    def _take_step(self, step: Callable[[], object], then: Callable[[], None]) -> None:
        # Refused because the record changed meanwhile (deleted, or matched elsewhere): the app's message
        # names it, and nothing follows.
        runner().run(lambda _progress: step(), parent=self, done=lambda _result: then())

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        at = self.model.row_of(record_id) if record_id is not None else None
        if at is not None and self.undo_stack is not None and self.can_delete:
            self.undo_stack.push(_DeleteRecord(self, self.model.row_at(at)))

    # -- language ------------------------------------------------------------------------------------
    def retranslate_list(
        self, statuses: list[Any] | None = None, status_label: Callable[[Any], str] | None = None
    ) -> None:
        """The texts the pages share; each page's retranslate() calls it after its own."""
        if self.status_filter is not None and statuses is not None and status_label is not None:
            fill_choices(
                self.status_filter,
                statuses,
                status_label,
                QCoreApplication.translate("RecordListPage", "All statuses"),
            )
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.open_button.setText(QCoreApplication.translate("RecordListPage", "&Open"))
        if self.delete_button is not None:
            self.delete_button.setText(QCoreApplication.translate("RecordListPage", "&Delete"))
        self.model.retranslate()
        self.empty.set_texts(self.empty_text(), self.new_button.text().replace("&", ""))
        self.list.show_count()
        self._show_empty()
