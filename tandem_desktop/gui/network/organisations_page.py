"""The organisations page: the directory of organisations families are referred to, and the referrals
(toeleiding) with their follow-up, each on a tab."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.organisations import OrganisationRow, organisation_rows, referral_rows
from tandem_desktop.db.models.enums import OrganisationCategory
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.labels import count_text, fill_choices, organisation_category_label
from tandem_desktop.gui.common.list_panel import ListPanel, RowTest
from tandem_desktop.gui.common.list_table import page_shortcuts
from tandem_desktop.gui.common.row_models import (
    RowTableModel,
    select_row_id,
    selected_row_id,
)
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.gui.network.network_columns import (
    FOLLOW_UP_COLUMN,
    ORGANISATION_LANGUAGES_COLUMN,
    REFERRAL_PURPOSE_COLUMN,
    ReferralTableModel,
    organisation_table_model,
)
from tandem_desktop.gui.network.organisation_dialogs import OrganisationDialog, ReferralDialog

OPEN = "open"  # the referrals filter's default: the referrals still to follow up
EVERY = "all"

DIRECTORY_TAB, REFERRALS_TAB = 0, 1


class OrganisationsPage(SectionPage):
    fills_height = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests drive it)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("organisationTabs")
        self.tabs.setDocumentMode(True)
        self._build_directory()
        self._build_referrals()
        self.body.addWidget(self.tabs, 1)

        page_shortcuts(self, self.new_in_current_tab, self.focus_search)

        self.retranslate()
        self.data_changed()  # loaded when first shown
        self.tabs.currentChanged.connect(lambda _i: self._enable())
        self.organisation_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # What needs following up first.
        self.referral_table.sortByColumn(FOLLOW_UP_COLUMN, Qt.SortOrder.AscendingOrder)

    # -- building ------------------------------------------------------------------------------------
    def _build_directory(self) -> None:
        tab = QWidget(self)
        self.organisation_model: RowTableModel[OrganisationRow] = organisation_table_model()
        self.organisation_list = ListPanel(
            self.organisation_model,
            tab,
            name="organisation",
            count_text=self._organisation_count_text,
            row_test=self._organisation_test,
        )
        panel = self.organisation_list
        self.organisation_proxy, self.organisation_search = panel.proxy, panel.search
        self.organisation_count = panel.count
        self.category_filter = QComboBox(tab)
        self.category_filter.setObjectName("categoryFilter")
        panel.add_filter(self.category_filter)
        self.new_organisation_button = QPushButton(tab)
        self.new_organisation_button.clicked.connect(lambda: self.open_organisation(None))
        panel.add_button(self.new_organisation_button)
        panel.filtered.connect(self._enable)

        # The names as long as they are; the languages take the room left.
        self.organisation_table = panel.table(
            "organisationTable", ORGANISATION_LANGUAGES_COLUMN, on_open=self.open_selected_organisation
        )
        self.organisation_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())

        self.open_organisation_button = QPushButton(tab)
        self.open_organisation_button.clicked.connect(self.open_selected_organisation)
        self.refer_button = QPushButton(tab)
        self.refer_button.setObjectName("referButton")
        self.refer_button.clicked.connect(self.refer_family)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_organisation_button)
        buttons.addWidget(self.refer_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(panel)
        layout.addWidget(self.organisation_table, 1)
        layout.addLayout(buttons)
        self.tabs.addTab(tab, "")

    def _build_referrals(self) -> None:
        tab = QWidget(self)
        self.referral_model = ReferralTableModel()
        self.referral_list = ListPanel(
            self.referral_model,
            tab,
            name="referral",
            count_text=self._referral_count_text,
            row_test=self._referral_test,
        )
        panel = self.referral_list
        self.referral_proxy, self.referral_search = panel.proxy, panel.search
        self.referral_count = panel.count
        self.referral_filter = QComboBox(tab)
        self.referral_filter.setObjectName("referralFilter")
        panel.add_filter(self.referral_filter)
        self.new_referral_button = QPushButton(tab)
        self.new_referral_button.clicked.connect(lambda: self.open_referral())
        panel.add_button(self.new_referral_button)
        panel.filtered.connect(self._enable)

        self.referral_table = panel.table(
            "referralTable", REFERRAL_PURPOSE_COLUMN, on_open=self.open_selected_referral
        )
        self.referral_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())

        self.open_referral_button = QPushButton(tab)
        self.open_referral_button.clicked.connect(self.open_selected_referral)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_referral_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(panel)
        layout.addWidget(self.referral_table, 1)
        layout.addLayout(buttons)
        self.tabs.addTab(tab, "")

    # -- lists -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        organisation, referral = self.selected_organisation_id(), self.selected_referral_id()
        self.organisation_model.set_rows(organisation_rows(self.store))
        self.referral_model.today = self.store.today()
        self.referral_model.set_rows(referral_rows(self.store))
        self.organisation_list.refilter()
        self.referral_list.refilter()
        if organisation is not None:
            select_row_id(self.organisation_table, self.organisation_model, organisation)
        if referral is not None:
            select_row_id(self.referral_table, self.referral_model, referral)
        self._enable()

    def _organisation_test(self) -> RowTest | None:
        category = self.category_filter.currentData()
        return (lambda row: bool(row.category == category)) if category is not None else None

    def _referral_test(self) -> RowTest | None:
        return (lambda row: bool(row.is_open)) if self.referral_filter.currentData() == OPEN else None

    def _organisation_count_text(self, shown: int, total: int) -> str:
        return count_text(
            shown, total, self.tr("%n organisations", "", total), self.tr("%1 of %n organisations", "", total)
        )

    def _referral_count_text(self, shown: int, total: int) -> str:
        return count_text(
            shown, total, self.tr("%n referrals", "", total), self.tr("%1 of %n referrals", "", total)
        )

    def _show_counts(self) -> None:
        self.organisation_list.show_count()
        self.referral_list.show_count()
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected_organisation_id() is not None
        self.open_organisation_button.setEnabled(chosen)
        self.refer_button.setEnabled(chosen)
        self.open_referral_button.setEnabled(self.selected_referral_id() is not None)

    def selected_organisation_id(self) -> uuid.UUID | None:
        return selected_row_id(self.organisation_table)

    def selected_referral_id(self) -> uuid.UUID | None:
        return selected_row_id(self.referral_table)

    def select_organisation(self, organisation_id: uuid.UUID) -> None:
        if not select_row_id(self.organisation_table, self.organisation_model, organisation_id):
            # Filtered out: show every organisation, then choose it.
            self.organisation_search.clear()
            self.category_filter.setCurrentIndex(0)
            select_row_id(self.organisation_table, self.organisation_model, organisation_id)
        self._enable()

    def select_referral(self, referral_id: uuid.UUID) -> bool:
        """Choose the referral in the list as it is filtered; False when the filter hides it."""
        shown = select_row_id(self.referral_table, self.referral_model, referral_id)
        self._enable()
        return shown

    def show_referrals(self) -> None:
        """Bring the referrals forward (the overview's "follow up" points here)."""
        self.tabs.setCurrentIndex(REFERRALS_TAB)

    def focus_search(self) -> None:
        panel = self.organisation_list if self.tabs.currentIndex() == DIRECTORY_TAB else self.referral_list
        panel.focus_search()

    # -- actions ---------------------------------------------------------------------------------------
    def new_in_current_tab(self) -> None:
        if self.tabs.currentIndex() == DIRECTORY_TAB:
            self.open_organisation(None)
        else:
            self.open_referral()

    def open_selected_organisation(self) -> None:
        organisation_id = self.selected_organisation_id()
        if organisation_id is not None:
            self.open_organisation(organisation_id)

    def open_organisation(self, organisation_id: uuid.UUID | None) -> OrganisationDialog:
        dialog = OrganisationDialog(self.store, organisation_id, self)
        dialog.accepted.connect(lambda: self._organisation_saved(dialog.saved_id))
        self.last_dialog = open_dialog(dialog)
        return dialog

    def refer_family(self) -> ReferralDialog | None:
        """A referral to the organisation chosen in the directory."""
        organisation_id = self.selected_organisation_id()
        if organisation_id is None:
            return None
        return self.open_referral(organisation_id=organisation_id)

    def open_selected_referral(self) -> None:
        referral_id = self.selected_referral_id()
        if referral_id is not None:
            self.open_referral(referral_id=referral_id)

    def open_referral(
        self,
        referral_id: uuid.UUID | None = None,
        *,
        family_id: uuid.UUID | None = None,
        organisation_id: uuid.UUID | None = None,
    ) -> ReferralDialog:
        dialog = ReferralDialog(
            self.store, self, family_id=family_id, organisation_id=organisation_id, referral_id=referral_id
        )
        dialog.accepted.connect(lambda: self._referral_saved(dialog.saved_id))
        self.last_dialog = open_dialog(dialog)
        return dialog

    # The lists already show the save (the runner's notification reloads them before the dialog closes).
    def _organisation_saved(self, organisation_id: uuid.UUID | None) -> None:
        if organisation_id is not None:
            self.select_organisation(organisation_id)

    def _referral_saved(self, referral_id: uuid.UUID | None) -> None:
        if referral_id is not None:
            self.show_referrals()
            self.select_referral(referral_id)  # a referral just closed leaves the open ones: not chosen then

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Organisations"))
        self.intro.setText(
            self.tr("The organisations families are referred to, and the referrals with their follow-up.")
        )
        self.tabs.setTabText(DIRECTORY_TAB, self.tr("Directory"))
        self.tabs.setTabText(REFERRALS_TAB, self.tr("Referrals"))
        shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)

        self.organisation_search.setPlaceholderText(self.tr("Search by name, municipality, contact or phone"))
        self.organisation_search.setAccessibleName(self.tr("Search organisations"))
        fill_choices(
            self.category_filter, OrganisationCategory, organisation_category_label, self.tr("All categories")
        )
        self.new_organisation_button.setText(self.tr("&New organisation…"))
        self.new_organisation_button.setToolTip(shortcut)
        self.open_organisation_button.setText(self.tr("&Open"))
        self.refer_button.setText(self.tr("&Refer a family…"))
        self.refer_button.setToolTip(self.tr("Refer a family to the chosen organisation"))

        self.referral_search.setPlaceholderText(self.tr("Search by family, organisation or purpose"))
        self.referral_search.setAccessibleName(self.tr("Search referrals"))
        fill_choices(self.referral_filter, [OPEN, EVERY], self._referral_choice)
        self.new_referral_button.setText(self.tr("&New referral…"))
        self.new_referral_button.setToolTip(shortcut)
        self.open_referral_button.setText(self.tr("&Open"))

        self.organisation_model.retranslate()
        self.referral_model.retranslate()
        self._show_counts()

    def _referral_choice(self, value: str) -> str:
        return self.tr("Open referrals") if value == OPEN else self.tr("All referrals")
