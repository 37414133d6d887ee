"""The buddies page: the list with search as you type, filters, and the way into each buddy's form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QWidget

from tandem_desktop.core import buddies
from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.buddies import BuddyRow, ExtractState, extract_state
from tandem_desktop.db.models import Buddy
from tandem_desktop.db.models.enums import BuddyStatus
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import count_text, status_label
from tandem_desktop.gui.common.list_panel import ListPanel, RowTest
from tandem_desktop.gui.common.record_list_page import RecordListPage
from tandem_desktop.gui.intake.buddy_columns import buddy_table_model
from tandem_desktop.gui.intake.buddy_form import BuddyForm


class BuddiesPage(RecordListPage):
    find_family_requested = Signal(uuid.UUID)  # the buddy became available: show the families who fit
    record_model = Buddy
    stretch_columns = (0, 2)

    list_name, count_name, table_name = "buddy", "buddyCount", "buddyTable"

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(store, undo_stack, buddy_table_model(), parent)

    def add_filters(self, panel: ListPanel) -> None:
        self.extract_filter = QCheckBox(self)
        panel.add_filter(self.extract_filter, 0)

    def extra_test(self) -> RowTest | None:
        if not self.extract_filter.isChecked():
            return None
        today = self.store.today()
        return lambda row: extract_state(row.extract_on, today) != ExtractState.VALID

    def load_rows(self) -> list[BuddyRow]:
        return buddies.buddy_rows(self.store)

    def load_row(self, record_id: uuid.UUID) -> BuddyRow | None:
        return buddies.buddy_row(self.store, record_id)

    def make_form(self, record_id: uuid.UUID | None) -> BuddyForm:
        form = BuddyForm(self.store, record_id, self)
        form.open_record_requested.connect(self.open_record)
        return form

    def empty_text(self) -> str:
        return self.tr(
            "No buddies yet. Add the first volunteer: languages, free times and the extract of the criminal "
            "record. Once the screening is done, the buddy can be matched with a family."
        )

    def after_save(self, row: BuddyRow) -> None:
        if row.status not in buddies.TO_AVAILABLE[:-1]:
            return
        self.ask_next_step(
            self.tr("%1 is saved.").replace("%1", isolate(row.name)),
            self.tr(
                "Is the screening done (the conversation, the extract of the criminal record, the training)? "
                "Then the buddy can be matched with a family."
            ),
            self.tr("Make available and find a family"),
            lambda: buddies.make_available(self.store, row.id),
            lambda: self.find_family_requested.emit(row.id),
        )

    def count_text(self, shown: int, total: int) -> str:
        return count_text(
            shown, total, self.tr("%n buddies", "", total), self.tr("%1 of %n buddies", "", total)
        )

    def delete_text(self, row: BuddyRow) -> str:
        return QCoreApplication.translate("BuddiesPage", "delete buddy %1").replace("%1", isolate(row.name))

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
        self.extract_filter.setText(self.tr("E&xtract missing or expired"))
        self.new_button.setText(self.tr("&New buddy"))
        self.retranslate_list(list(BuddyStatus), status_label)
