"""Matching: the waiting list (how long each family has waited) and, for the family chosen, the buddies
ranked with their reasons; or the other way round, for a buddy with room, the waiting families that fit.
A possible suggestion becomes a duo with "Create duo…".
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core import match_data
from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.matching import (
    BuddyProfile,
    FamilyProfile,
    Suggestion,
    suggest_buddies,
    suggest_families,
)
from tandem_desktop.db.models.enums import BuddyStatus
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.labels import languages_text, short_date, status_label
from tandem_desktop.gui.common.list_table import fit_columns
from tandem_desktop.gui.common.row_models import Column, RowTableModel, select_row_id, selected_row_id
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.gui.duos.duo_dialogs import CreateDuoDialog
from tandem_desktop.gui.matching.suggestion_list import SuggestionDelegate, SuggestionListModel
from tandem_desktop.messages import QT_TRANSLATE_NOOP

# Buddies shown in the reverse view: those who could take a family now.
_TAKING = (BuddyStatus.AVAILABLE, BuddyStatus.MATCHED)


def _languages(codes: tuple[str, ...] | frozenset[str]) -> str:
    return languages_text(codes)  # each language once: a mother tongue may be a contact language too


def family_columns(
    today: Callable[[], dt.date], days_text: Callable[[int], str]
) -> list[Column[FamilyProfile]]:
    """The waiting list's columns; `today` is the programme's (the store's), for how long each has waited,
    `days_text` says a number of days with its plural form."""

    def waited(family: FamilyProfile) -> str:
        return days_text((today() - family.waiting_since).days)

    return [
        Column(QT_TRANSLATE_NOOP("columns", "Family"), lambda f: f.name, lambda f: f.name.casefold()),
        Column(
            QT_TRANSLATE_NOOP("columns", "Waiting"),
            waited,
            lambda f: f.waiting_since,
            align_right=True,
            tooltip=lambda f: QCoreApplication.translate(
                "MatchingPage", "On the waiting list since %1"
            ).replace("%1", short_date(f.waiting_since)),
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Languages"),
            lambda f: _languages(((f.mother_tongue,) if f.mother_tongue else ()) + f.contact_languages),
            lambda f: (f.mother_tongue or "", f.contact_languages),
        ),
    ]


BUDDY_COLUMNS: list[Column[BuddyProfile]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Buddy"), lambda b: b.name, lambda b: b.name.casefold()),
    Column(
        QT_TRANSLATE_NOOP("columns", "Duos"),
        lambda b: f"{b.open_duos} / {b.capacity}",
        lambda b: (b.open_duos - b.capacity, b.name.casefold()),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Languages"), lambda b: _languages(b.languages), lambda b: b.languages
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"), lambda b: status_label(b.status), lambda b: b.status.value
    ),
]


class MatchingPage(SectionPage):
    duo_created = Signal(uuid.UUID)
    fills_height = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.last_dialog: CreateDuoDialog | None = None
        self._families: list[FamilyProfile] = []
        self._buddies: list[BuddyProfile] = []
        self._not_yet_waiting = 0

        self.for_families = QRadioButton(self)
        self.for_families.setObjectName("matchForFamilies")
        self.for_buddies = QRadioButton(self)
        self.for_buddies.setObjectName("matchForBuddies")
        self.for_families.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.for_families)
        group.addButton(self.for_buddies)
        self.for_families.toggled.connect(lambda _on: self._show_candidates())
        modes = QHBoxLayout()
        modes.addWidget(self.for_families)
        modes.addWidget(self.for_buddies)
        modes.addStretch(1)

        self.family_model: RowTableModel[FamilyProfile] = RowTableModel(
            family_columns(store.today, self._days_text), lambda f: f.id
        )
        self.buddy_model: RowTableModel[BuddyProfile] = RowTableModel(BUDDY_COLUMNS, lambda b: b.id)
        self.candidates = QTableView(self)
        self.candidates.setObjectName("matchCandidates")
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.setSortingEnabled(True)
        self.candidates.verticalHeader().hide()
        self.candidates.horizontalHeader().setStretchLastSection(True)
        self.candidates_empty = QLabel(self)
        self.candidates_empty.setWordWrap(True)
        self.candidates_empty.setObjectName("matchCandidatesEmpty")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(modes)
        left_layout.addWidget(self.candidates, 1)
        left_layout.addWidget(self.candidates_empty)

        self.title = QLabel(self)
        self.title.setObjectName("suggestionsTitle")
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.suggestion_model = SuggestionListModel(self)
        self.suggestions = QListView(self)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setModel(self.suggestion_model)
        self.suggestions.setItemDelegate(SuggestionDelegate(self.suggestions))
        self.suggestions.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.suggestions.setSpacing(2)
        self.suggestions.setUniformItemSizes(False)
        # Cards are laid out in batches: with thousands of buddies the first ones show at once.
        self.suggestions.setLayoutMode(QListView.LayoutMode.Batched)
        self.suggestions.setBatchSize(50)
        self.suggestions.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable_create())
        self.suggestions.activated.connect(lambda _i: self.create_duo())
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createDuo")
        self.create_button.clicked.connect(self.create_duo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.suggestions, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.body.addWidget(splitter, 1)

        self.retranslate()
        self.data_changed()  # loaded when first shown

    # -- data ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.store.today()
        self._families = match_data.waiting_families(self.store)
        self._not_yet_waiting = match_data.families_not_yet_waiting(self.store)
        self._buddies = match_data.candidate_buddies(self.store, today)
        self._show_candidates()

    def _show_candidates(self) -> None:
        chosen = self.chosen_id()
        if self.for_families.isChecked():
            self.family_model.set_rows(self._families)
            model: RowTableModel[FamilyProfile] | RowTableModel[BuddyProfile] = self.family_model
            sort_column = 1  # the longest wait first
        else:
            taking = [b for b in self._buddies if b.status in _TAKING and b.open_duos < b.capacity]
            self.buddy_model.set_rows(taking)
            model = self.buddy_model
            sort_column = 0
        if self.candidates.model() is not model:
            self.candidates.setModel(model)
            self.candidates.selectionModel().currentRowChanged.connect(
                lambda _c, _p: self._show_suggestions()
            )
            # The names whole; the languages (column 2 of both lists) take the room left.
            fit_columns(self.candidates, 2)
            self.candidates.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        if (
            not (chosen is not None and select_row_id(self.candidates, model, chosen))
            and model.rowCount() > 0
        ):
            self.candidates.selectRow(0)
        self._show_empty_note()
        self._show_suggestions()

    def _show_empty_note(self) -> None:
        waiting = self.for_families.isChecked()
        empty = self.candidates.model().rowCount() == 0
        lines = []
        if empty:
            lines.append(
                self.tr("Nobody on the waiting list.") if waiting else self.tr("No buddy has room for a duo.")
            )
        if waiting and self._not_yet_waiting:
            # A family she just added is "registered": say why it is not here, and how it gets here.
            lines.append(
                self.tr(
                    "%n families are registered but not on the waiting list yet. Save a family's form and "
                    "choose “Put on the waiting list”, or set its status.",
                    "",
                    self._not_yet_waiting,
                )
            )
        self.candidates_empty.setText("\n".join(lines))
        self.candidates_empty.setVisible(bool(lines))

    def _days_text(self, days: int) -> str:
        # Here, not in the column: lupdate sees a plural form only in tr() with a variable count.
        return self.tr("%n days", "", days)

    def show_for(self, record_id: uuid.UUID, family: bool) -> None:
        """The suggestions for a family (or, `family` False, for a buddy) that just became matchable."""
        (self.for_families if family else self.for_buddies).setChecked(True)
        self.refresh()
        self.choose(record_id)
        self.suggestions.setFocus()  # Enter on the first suggestion creates the duo

    def chosen_id(self) -> uuid.UUID | None:
        return selected_row_id(self.candidates) if self.candidates.model() is not None else None

    def choose(self, record_id: uuid.UUID) -> None:
        """Show the suggestions for this family (or buddy, in the reverse view)."""
        model = self.candidates.model()
        if isinstance(model, RowTableModel):
            select_row_id(self.candidates, model, record_id)

    def suggestions_for(self, record_id: uuid.UUID | None) -> list[Suggestion]:
        if record_id is None:
            return []
        if self.for_families.isChecked():
            family = next((f for f in self._families if f.id == record_id), None)
            return suggest_buddies(family, self._buddies) if family is not None else []
        buddy = next((b for b in self._buddies if b.id == record_id), None)
        return suggest_families(buddy, self._families) if buddy is not None else []

    def _show_suggestions(self) -> None:
        chosen = self.chosen_id()
        suggestions = self.suggestions_for(chosen)
        self.suggestion_model.set_suggestions(suggestions, of_buddies=self.for_families.isChecked())
        if suggestions:
            self.suggestions.setCurrentIndex(self.suggestion_model.index(0))
        self._show_title(chosen, suggestions)
        self._enable_create()

    def _show_title(self, chosen: uuid.UUID | None, suggestions: list[Suggestion]) -> None:
        if chosen is None:
            self.title.setText(self.tr("Choose a family on the left to see the buddies who fit."))
            return
        possible = sum(1 for s in suggestions if s.possible)
        if self.for_families.isChecked():
            name = suggestions[0].family.name if suggestions else ""
            text = self.tr("Buddies for %1: %2 possible, %3 excluded")
        else:
            name = suggestions[0].buddy.name if suggestions else ""
            text = self.tr("Families for %1: %2 possible, %3 excluded")
        self.title.setText(
            text.replace("%1", isolate(name))
            .replace("%2", str(possible))
            .replace("%3", str(len(suggestions) - possible))
        )

    def selected_suggestion(self) -> Suggestion | None:
        index = self.suggestions.currentIndex()
        return self.suggestion_model.suggestion(index.row()) if index.isValid() else None

    def _enable_create(self) -> None:
        suggestion = self.selected_suggestion()
        self.create_button.setEnabled(suggestion is not None and suggestion.possible)

    # -- creating a duo ------------------------------------------------------------------------------
    def create_duo(self) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is None or not suggestion.possible:
            return
        dialog = CreateDuoDialog(self.store, suggestion, self.store.today(), self)
        dialog.accepted.connect(lambda: self._created(dialog.created_id))
        self.last_dialog = open_dialog(dialog)

    def _created(self, duo_id: uuid.UUID | None) -> None:
        self.refresh()
        if duo_id is not None:
            self.duo_created.emit(duo_id)

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Matching"))
        self.intro.setText(
            self.tr(
                "The waiting list, longest wait first. Choose a family to see the buddies who fit and why; "
                "those who cannot be matched are listed with the reason."
            )
        )
        self.for_families.setText(self.tr("&Waiting families"))
        self.for_buddies.setText(self.tr("&Buddies with room"))
        if self.candidates.model() is not None:
            self._show_empty_note()
        self.create_button.setText(self.tr("&Create duo…"))
        for model in (self.family_model, self.buddy_model):
            model.retranslate()
        self.suggestion_model.retranslate()
        self._show_title(
            self.chosen_id(), self.suggestion_model.suggestions()
        )  # shown already: not ranked again
