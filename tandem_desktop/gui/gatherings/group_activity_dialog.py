"""A group activity for all participants: what, when, where, and who came, ticked per household.

The people offered are those of the duos running on the activity's date: each family with its members and
its buddy. Ticking a family ticks all its people; the counts under the list follow every tick.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.group_activities import (
    GroupActivityDraft,
    Household,
    Person,
    attendance_counts,
    households,
    load_group_activity,
    save_group_activity,
)
from tandem_desktop.core.languages import language_name
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.collation import sorted_by_text
from tandem_desktop.gui.common.dates import date_edit, day_of
from tandem_desktop.gui.common.form_dialog import FormDialog, Work
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.shell.language import current_ui_language

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # a person's id (str) on the items of people


class GroupActivityDialog(FormDialog):
    """A new group activity (`activity_id` None) or an existing one; `saved_id` holds its id once saved."""

    saved = Signal(object)  # the id, once saved (the list page shows the row)

    def __init__(
        self, store: Store, activity_id: uuid.UUID | None, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, parent)
        self.today = today
        draft = (
            load_group_activity(self.store, activity_id)
            if activity_id is not None
            else GroupActivityDraft(date=today)
        )
        self.activity_id = activity_id
        self._people: dict[uuid.UUID, Person] = {}
        self._household_of: dict[uuid.UUID, uuid.UUID] = {}
        self._syncing = False
        self.setMinimumWidth(600)
        self.setWindowTitle(self.tr("Group activity") if activity_id else self.tr("New group activity"))
        self.intro.setText(
            self.tr(
                "An activity for all participants. Tick who came: the families and buddies of the duos running on its date."
            )
        )

        self.title = QLineEdit(draft.title, self)
        self.title.setObjectName("groupTitle")
        self.title.setPlaceholderText(self.tr("For example: picnic in the park"))
        self.date = date_edit(self, draft.date)
        self.date.setObjectName("groupDate")
        self.place = QLineEdit(draft.place, self)
        self.place.setObjectName("groupPlace")
        self.description = QPlainTextEdit(draft.description, self)
        self.description.setObjectName("groupDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(56)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("groupAttendance")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setMinimumHeight(220)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._item_changed)
        self.tick_all = QPushButton(self.tr("&Tick everyone"), self)
        self.tick_all.clicked.connect(lambda: self._tick_everyone(True))
        self.untick_all = QPushButton(self.tr("&Untick everyone"), self)
        self.untick_all.clicked.connect(lambda: self._tick_everyone(False))
        self.counts = QLabel(self)
        self.counts.setObjectName("attendanceCounts")
        self.counts.setWordWrap(True)
        tick_buttons = QHBoxLayout()
        tick_buttons.addWidget(self.tick_all)
        tick_buttons.addWidget(self.untick_all)
        tick_buttons.addStretch(1)
        attendance = QVBoxLayout()
        attendance.setSpacing(6)
        attendance.addWidget(self.tree, 1)
        attendance.addLayout(tick_buttons)
        attendance.addWidget(self.counts)

        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("&Date"), self.date)
        self.form.addRow(self.tr("&Place"), self.place)
        self.form.addRow(self.tr("D&escription"), self.description)
        who = QLabel(self.tr("&Who came"), self)
        who.setBuddy(self.tree)
        self.form.addRow(who, attendance)
        self.ok_button_text(self.tr("Save"))
        self.watch_fields({"title": self.title, "date": self.date, "attendance": self.tree})
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.setStretchFactor(self.form, 1)  # the list of people takes the height there is

        self._load_people(draft.member_ids | draft.buddy_ids)
        self.resize(680, 680)  # room for a few households; fits a 1366×768 screen
        self.date.dateChanged.connect(lambda _d: self._load_people(self.ticked()))
        self.title.setFocus()

    # -- who can be ticked -----------------------------------------------------------------------------
    def _load_people(self, ticked: set[uuid.UUID]) -> None:
        on = day_of(self.date)
        found = sorted_by_text(households(self.store, on, keep=ticked), lambda h: h.family_name)
        self._people = {}
        self._household_of = {}
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for household in found:
                self._add_household(household, on, ticked)
        finally:
            self.tree.blockSignals(False)
        self.tree.expandAll()
        self._show_counts()

    def _add_household(self, household: Household, on: dt.date, ticked: set[uuid.UUID]) -> None:
        top = QTreeWidgetItem(
            self.tree,
            [
                self.tr("%1 — buddy %2")
                .replace("%1", isolate(household.family_name))
                .replace("%2", isolate(household.buddy.name))
            ],
        )
        top.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
        )
        for person in (*household.members, household.buddy):
            self._people[person.id] = person
            if not person.is_buddy:
                self._household_of[person.id] = household.family_id
            item = QTreeWidgetItem(top, [self._person_text(person, on)])
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren
            )
            item.setData(0, PERSON_ROLE, str(person.id))
            item.setCheckState(0, Qt.CheckState.Checked if person.id in ticked else Qt.CheckState.Unchecked)

    def _person_text(self, person: Person, on: dt.date) -> str:
        if person.is_buddy:
            text = self.tr("%1 (buddy)").replace("%1", isolate(person.name))
        elif person.is_child and person.birth_year is not None:
            text = (
                self.tr("%1 (child, age %2)")
                .replace("%1", isolate(person.name))
                .replace("%2", str(max(0, on.year - person.birth_year)))
            )
        elif person.is_child:
            text = self.tr("%1 (child)").replace("%1", isolate(person.name))
        else:
            text = person.name
        if person.left_on is not None and person.left_on <= on:
            text += " — " + self.tr("left the household on %1").replace("%1", short_date(person.left_on))
        return text

    # -- ticks -------------------------------------------------------------------------------------------
    def _person_items(self) -> list[QTreeWidgetItem]:
        items = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while (item := iterator.value()) is not None:
            if item.data(0, PERSON_ROLE) is not None:
                items.append(item)
            iterator += 1
        return items

    def ticked(self) -> set[uuid.UUID]:
        """The people ticked present."""
        return {
            uuid.UUID(item.data(0, PERSON_ROLE))
            for item in self._person_items()
            if item.checkState(0) == Qt.CheckState.Checked
        }

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        person = item.data(0, PERSON_ROLE)
        if person is not None and not self._syncing:
            # A buddy with two families is listed twice: one person, one tick.
            self._syncing = True
            try:
                for other in self._person_items():
                    same = other is not item and other.data(0, PERSON_ROLE) == person
                    if same and other.checkState(0) != item.checkState(0):
                        other.setCheckState(0, item.checkState(0))
            finally:
                self._syncing = False
        self._show_counts()

    def _tick_everyone(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.tree.blockSignals(True)
        try:
            for item in self._person_items():
                item.setCheckState(0, state)
        finally:
            self.tree.blockSignals(False)
        self.tree.viewport().update()
        self._show_counts()

    def _show_counts(self) -> None:
        if not self._people:
            self.counts.setText(
                self.tr("No duo was running on %1: there is nobody to tick.").replace(
                    "%1", short_date(day_of(self.date))
                )
            )
            self.counts.setToolTip("")
            return
        present = [self._people[i] for i in sorted(self.ticked(), key=str) if i in self._people]
        counts = attendance_counts(present, lambda p: self._household_of.get(p.id))
        self.counts.setText(
            # Each count with its own plural form ("1 kind", "2 kinderen"), the parts joined by the sentence.
            self.tr("%1: %2 (%3) from %4, %5 · %6")
            .replace("%1", self.tr("%n people", "", counts.people))
            .replace("%2", self.tr("%n family members", "", counts.people - counts.buddies))
            .replace("%3", self.tr("%n children", "", counts.children))
            .replace("%4", self.tr("%n families", "", counts.families))
            .replace("%5", self.tr("%n buddies", "", counts.buddies))
            .replace("%6", self.tr("%n languages", "", counts.languages))
        )
        ui = current_ui_language()
        names = sorted_by_text({language_name(p.language, ui) for p in present if p.language}, str)
        self.counts.setToolTip(", ".join(names))

    # -- saving ------------------------------------------------------------------------------------------
    def draft(self) -> GroupActivityDraft:
        ticked = self.ticked()
        buddies = {i for i in ticked if i in self._people and self._people[i].is_buddy}
        return GroupActivityDraft(
            title=self.title.text(),
            date=day_of(self.date),
            place=self.place.text(),
            description=self.description.toPlainText(),
            member_ids=ticked - buddies,
            buddy_ids=buddies,
            id=self.activity_id,
        )

    def apply(self) -> Work:
        store, draft, today = self.store, self.draft(), self.today
        return lambda: save_group_activity(store, draft, today)

    def applied(self, result: object) -> None:
        self.activity_id = self.saved_id
        self.saved.emit(self.saved_id)
