"""The signals register: the needs and problems noticed, passed on to the policy officer, and the answers;
and the report for the policy officer."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QWidget

from tandem_desktop.core.signals import SignalRow, signal_rows
from tandem_desktop.db.models.enums import SignalStatus, SignalTheme
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.labels import count_text, fill_choices, signal_status_label, signal_theme_label
from tandem_desktop.gui.common.list_panel import ListPanel, RowTest
from tandem_desktop.gui.common.list_table import page_shortcuts
from tandem_desktop.gui.common.row_models import (
    RowTableModel,
    select_row_id,
    selected_row_id,
)
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.gui.network.network_columns import (
    SIGNAL_ANSWER_COLUMN,
    SIGNAL_TEXT_COLUMN,
    signal_table_model,
)
from tandem_desktop.gui.network.signal_dialogs import (
    AnswerDialog,
    PassOnDialog,
    SignalDialog,
    SignalReportDialog,
)


class SignalsPage(SectionPage):
    fills_height = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests drive it)
        self.model: RowTableModel[SignalRow] = signal_table_model()
        self.list = ListPanel(
            self.model, self, name="signal", count_text=self._count_text, row_test=self._row_test
        )
        self.proxy, self.search, self.count = self.list.proxy, self.list.search, self.list.count
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("signalStatusFilter")
        self.list.add_filter(self.status_filter)
        self.theme_filter = QComboBox(self)
        self.theme_filter.setObjectName("signalThemeFilter")
        self.list.add_filter(self.theme_filter)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_signal(None))
        self.list.add_button(self.new_button)
        self.list.filtered.connect(self._enable)
        self.body.addWidget(self.list)

        self.table = self.list.table(
            "signalTable", SIGNAL_TEXT_COLUMN, SIGNAL_ANSWER_COLUMN, on_open=self.open_selected
        )
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())
        self.body.addWidget(self.table, 1)

        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.pass_on_button = QPushButton(self)
        self.pass_on_button.setObjectName("passOnButton")
        self.pass_on_button.clicked.connect(self.pass_on_selected)
        self.answer_button = QPushButton(self)
        self.answer_button.setObjectName("answerButton")
        self.answer_button.clicked.connect(self.answer_selected)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self.open_report)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.pass_on_button, self.answer_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        self.body.addLayout(buttons)

        page_shortcuts(self, lambda: self.open_signal(None), self.focus_search)

        self.retranslate()
        self.data_changed()  # loaded when first shown
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first

    # -- list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(signal_rows(self.store))
        self.list.refilter()
        if selected is not None:
            select_row_id(self.table, self.model, selected)
        self._enable()

    def _row_test(self) -> RowTest | None:
        status, theme = self.status_filter.currentData(), self.theme_filter.currentData()
        tests: list[RowTest] = []
        if status is not None:
            tests.append(lambda row: bool(row.status == status))
        if theme is not None:
            tests.append(lambda row: bool(row.theme == theme))
        return (lambda row: all(test(row) for test in tests)) if tests else None

    def _count_text(self, shown: int, total: int) -> str:
        return count_text(
            shown, total, self.tr("%n signals", "", total), self.tr("%1 of %n signals", "", total)
        )

    def _enable(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        # An answered signal was passed on: its answer's date can still be corrected, not the passing on.
        self.pass_on_button.setEnabled(row is not None and row.status != SignalStatus.ANSWERED)
        self.answer_button.setEnabled(row is not None)

    def selected_id(self) -> uuid.UUID | None:
        return selected_row_id(self.table)

    def selected_row(self) -> SignalRow | None:
        signal_id = self.selected_id()
        at = self.model.row_of(signal_id) if signal_id is not None else None
        return self.model.row_at(at) if at is not None else None

    def select(self, signal_id: uuid.UUID) -> None:
        if not select_row_id(self.table, self.model, signal_id):
            # Filtered out (a signal just passed on, in the view of new ones): show them all, then choose it.
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.theme_filter.setCurrentIndex(0)
            select_row_id(self.table, self.model, signal_id)
        self._enable()

    def focus_search(self) -> None:
        self.list.focus_search()

    def open_selected(self) -> None:
        signal_id = self.selected_id()
        if signal_id is not None:
            self.open_signal(signal_id)

    def open_signal(self, signal_id: uuid.UUID | None) -> SignalDialog:
        dialog = SignalDialog(self.store, self, signal_id=signal_id)
        dialog.accepted.connect(lambda: self._done(dialog.saved_id))
        self.last_dialog = open_dialog(dialog)
        return dialog

    def pass_on_selected(self) -> PassOnDialog | None:
        row = self.selected_row()
        if row is None or row.status == SignalStatus.ANSWERED:
            return None
        dialog = PassOnDialog(self.store, row.id, self)
        dialog.accepted.connect(lambda: self._done(row.id))
        self.last_dialog = open_dialog(dialog)
        return dialog

    def answer_selected(self) -> AnswerDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = AnswerDialog(self.store, row.id, self)
        dialog.accepted.connect(lambda: self._done(row.id))
        self.last_dialog = open_dialog(dialog)
        return dialog

    def open_report(self) -> SignalReportDialog:
        dialog = SignalReportDialog(self.store, self)
        self.last_dialog = open_dialog(dialog)
        return dialog

    def _done(self, signal_id: uuid.UUID | None) -> None:
        # The list already shows it (the runner's notification reloaded it before the dialog closed).
        if signal_id is not None:
            self.select(signal_id)

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Signals"))
        self.intro.setText(self.tr("Signals for the policy officer, and what became of them."))
        self.search.setPlaceholderText(self.tr("Search the signals and the answers"))
        self.search.setAccessibleName(self.tr("Search signals"))
        fill_choices(self.status_filter, SignalStatus, signal_status_label, self.tr("All statuses"))
        fill_choices(self.theme_filter, SignalTheme, signal_theme_label, self.tr("All themes"))
        self.new_button.setText(self.tr("&New signal…"))
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.open_button.setText(self.tr("&Open"))
        self.pass_on_button.setText(self.tr("&Pass on…"))
        self.pass_on_button.setToolTip(self.tr("Note the day the signal went to the policy officer"))
        self.answer_button.setText(self.tr("Record &answer…"))
        self.report_button.setText(self.tr("&Report for the policy officer…"))
        self.model.retranslate()
        self.list.show_count()
        self._enable()
