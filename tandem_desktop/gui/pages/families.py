"""The families page: the list with search as you type, filters, and the way into each family's form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from tandem_desktop.core import families
from tandem_desktop.core.families import FamilyRow
from tandem_desktop.core.records import restore, soft_delete
from tandem_desktop.core.search import fold, matching_keys
from tandem_desktop.db.models import Family
from tandem_desktop.db.models.enums import FamilyStatus, Need
from tandem_desktop.db.store import Store
from tandem_desktop.gui.family_form import FamilyForm
from tandem_desktop.gui.labels import need_label, status_label
from tandem_desktop.gui.models.families import family_table_model
from tandem_desktop.gui.models.rows import ID_ROLE, RowFilterProxy

from .section import SectionPage


class _DeleteFamily(QUndoCommand):
    def __init__(self, page: FamiliesPage, row: FamilyRow) -> None:
        super().__init__(
            QCoreApplication.translate("FamiliesPage", "delete family %1").replace("%1", row.name)
        )
        self._page, self._row = page, row

    def redo(self) -> None:
        soft_delete(self._page.store, Family, self._row.id)
        self._page.model.remove_row(self._row.id)
        self._page.changed.emit()

    def undo(self) -> None:
        restore(self._page.store, Family, self._row.id)
        row = families.family_row(self._page.store, self._row.id)
        if row is not None:
            self._page.model.put_row(row)
            self._page.select(row.id)
        self._page.changed.emit()


class FamiliesPage(SectionPage):
    changed = Signal()  # a family was saved, deleted or restored
    fills_height = True

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.last_form: FamilyForm | None = None  # the form opened last (tests drive it)
        self.model = family_table_model()
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("familySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.status_filter = QComboBox(self)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.need_filter = QComboBox(self)
        self.need_filter.currentIndexChanged.connect(self._filter)
        self.count = QLabel(self)
        self.count.setObjectName("familyCount")
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_family(None))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.need_filter, 1)
        bar.addWidget(self.count)
        bar.addStretch(0)
        bar.addWidget(self.new_button)
        self.body.addLayout(bar)

        self.table = QTableView(self)
        self.table.setObjectName("familyTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
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
            (QKeySequence.StandardKey.New, lambda: self.open_family(None)),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        # The source's signals, not the proxy's: the proxy drops a row before the source has.
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._show_count)

        self.retranslate()
        self.refresh()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # -- list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(families.family_rows(self.store))
        self._filter()
        if selected is not None:
            self.select(selected)

    def _filter(self) -> None:
        typed = fold(self.search.text())
        status = self.status_filter.currentData()
        need = self.need_filter.currentData()
        if not typed and status is None and need is None:
            self.proxy.set_row_filter(None)
        else:

            def shown(rows: list[FamilyRow]) -> list[bool]:
                answers = (
                    matching_keys([row.search_key for row in rows], typed) if typed else [True] * len(rows)
                )
                if status is not None or need is not None:
                    answers = [
                        answer
                        and (status is None or row.status == status)
                        and (need is None or need in row.needs)
                        for answer, row in zip(answers, rows, strict=True)
                    ]
                return answers

            self.proxy.set_row_filter(shown)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 families").replace("%1", str(total))
        if shown != total:
            text = self.tr("%1 of %2 families").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return uuid.UUID(self.proxy.index(index.row(), 0).data(ID_ROLE))

    def select(self, family_id: uuid.UUID) -> None:
        row = self.model.row_of(family_id)
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
        family_id = self.selected_id()
        if family_id is not None:
            self.open_family(family_id)

    def open_family(self, family_id: uuid.UUID | None) -> FamilyForm:
        form = FamilyForm(self.store, family_id, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_form = form
        form.saved.connect(self._saved)
        form.open_family_requested.connect(self.open_family)
        form.open()  # window-modal, and a test can drive it
        return form

    def _saved(self, family_id: uuid.UUID) -> None:
        row = families.family_row(self.store, family_id)
        if row is not None:
            self.model.put_row(row)
            self._filter()
            self.select(family_id)
        self.changed.emit()

    def delete_selected(self) -> None:
        family_id = self.selected_id()
        if family_id is None:
            return
        row = self.model.row_at(self.model.row_of(family_id))  # type: ignore[arg-type]
        self.undo_stack.push(_DeleteFamily(self, row))

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Families"))
        self.intro.setText(
            self.tr(
                "Every family from registration to the end of the trajectory. Double-click a family to open it."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by name or phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search families"))
        for combo, everything, values, label in (
            (self.status_filter, self.tr("All statuses"), list(FamilyStatus), status_label),
            (self.need_filter, self.tr("All needs"), list(Need), need_label),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.new_button.setText(self.tr("&New family"))
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.open_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("&Delete"))
        self.model.retranslate()
        self._show_count()
