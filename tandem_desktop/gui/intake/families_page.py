"""The families page: the list with search as you type, filters, and the way into each family's form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QWidget

from tandem_desktop.core import families
from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.families import FamilyRow
from tandem_desktop.db.models import Family
from tandem_desktop.db.models.enums import FamilyStatus, Need
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import count_text, fill_choices, need_label, status_label
from tandem_desktop.gui.common.list_panel import ListPanel, RowTest
from tandem_desktop.gui.common.record_list_page import RecordListPage
from tandem_desktop.gui.intake.family_columns import family_table_model
from tandem_desktop.gui.intake.family_form import FamilyForm


class FamiliesPage(RecordListPage):
    find_buddy_requested = Signal(uuid.UUID)  # the family went on the waiting list: show its buddies
    record_model = Family
    stretch_columns = (0, 4)
    list_name, count_name, table_name = "family", "familyCount", "familyTable"

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(store, undo_stack, family_table_model(), parent)

    def add_filters(self, panel: ListPanel) -> None:
        self.need_filter = QComboBox(self)
        panel.add_filter(self.need_filter)

    def extra_test(self) -> RowTest | None:
        need = self.need_filter.currentData()
        return None if need is None else lambda row: need in row.needs

    def load_rows(self) -> list[FamilyRow]:
        return families.family_rows(self.store)

    def load_row(self, record_id: uuid.UUID) -> FamilyRow | None:
        return families.family_row(self.store, record_id)

    def make_form(self, record_id: uuid.UUID | None) -> FamilyForm:
        form = FamilyForm(self.store, record_id, self)
        form.open_record_requested.connect(self.open_record)
        return form

    def empty_text(self) -> str:
        return self.tr(
            "No families yet. Start with the intake of the first family: its members, languages, needs and "
            "free times. Then put it on the waiting list to find a buddy."
        )

    def after_save(self, row: FamilyRow) -> None:
        if row.status not in families.TO_WAITING_LIST[:-1]:
            return
        self.ask_next_step(
            self.tr("%1 is saved.").replace("%1", isolate(row.name)),
            self.tr("Put the family on the waiting list and look for a buddy?"),
            self.tr("Put on the waiting list and find a buddy"),
            lambda: families.put_on_waiting_list(self.store, row.id),
            lambda: self.find_buddy_requested.emit(row.id),
        )

    def count_text(self, shown: int, total: int) -> str:
        return count_text(
            shown, total, self.tr("%n families", "", total), self.tr("%1 of %n families", "", total)
        )

    def delete_text(self, row: FamilyRow) -> str:
        return QCoreApplication.translate("FamiliesPage", "delete family %1").replace("%1", isolate(row.name))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Families"))
        self.intro.setText(
            self.tr(
                "Every family from registration to the end of the trajectory. Double-click a family to open it."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by name or phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search families"))
        fill_choices(self.need_filter, Need, need_label, self.tr("All needs"))
        self.new_button.setText(self.tr("&New family"))
        self.retranslate_list(list(FamilyStatus), status_label)
