"""The main window: the navigation on the left, one page per section on the right."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from tandem_desktop import APP_NAME, __version__
from tandem_desktop.gui.common.messages import show_failure
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.screen_fit import fitting_size
from tandem_desktop.gui.forms.ui_main_window import Ui_MainWindow
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.opening import OpeningPage
from tandem_desktop.gui.shell.preferences import Preferences

if TYPE_CHECKING:
    from tandem_desktop.db.store import Store
    from tandem_desktop.gui.activities.activities_page import ActivitiesPage
    from tandem_desktop.gui.common.section_page import SectionPage
    from tandem_desktop.gui.duos.duos_page import DuosPage
    from tandem_desktop.gui.gatherings.buddy_meetings_page import BuddyMeetingsPage
    from tandem_desktop.gui.gatherings.group_activities_page import GroupActivitiesPage
    from tandem_desktop.gui.intake.buddies_page import BuddiesPage
    from tandem_desktop.gui.intake.families_page import FamiliesPage
    from tandem_desktop.gui.matching.matching_page import MatchingPage
    from tandem_desktop.gui.network.organisations_page import OrganisationsPage
    from tandem_desktop.gui.network.signals_page import SignalsPage
    from tandem_desktop.gui.overview.overview_page import OverviewPage
    from tandem_desktop.gui.privacy.privacy_page import PrivacyPage
    from tandem_desktop.gui.reports.reports_page import ReportsPage
    from tandem_desktop.gui.settings.settings_page import SettingsPage
    from tandem_desktop.gui.shell.screen_lock import ScreenLock
    from tandem_desktop.gui.team.team_page import TeamPage

log = logging.getLogger(__name__)

# The sections, as the navigation lists them.
(
    OVERVIEW,
    FAMILIES,
    BUDDIES,
    MATCHING,
    DUOS,
    ACTIVITIES,
    GROUP_ACTIVITIES,
    BUDDY_MEETINGS,
    ORGANISATIONS,
    SIGNALS,
    REPORTS,
    PRIVACY,
    TEAM,
    SETTINGS,
) = range(14)


P = TypeVar("P", bound="SectionPage")


class _Section(Generic[P]):
    """A section's page as an attribute of the window, made the first time it is asked for."""

    def __init__(self, index: int) -> None:
        self.index = index

    def __get__(self, window: MainWindow, _owner: type[MainWindow]) -> P:
        return cast(P, window._page(self.index))


class MainWindow(QMainWindow):
    """Shown at once; its pages are made when the store is there (`attach`): opening it (the lock, the checks,
    a migration, the daily backup) runs as an operation meanwhile, its progress on the opening page."""

    store: Store

    def __init__(self, store: Store | None, preferences: Preferences, translators: Translators) -> None:
        super().__init__()
        self.preferences = preferences
        self.translators = translators
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.actionQuit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))

        self._demo_loading = False
        self.undo_stack = QUndoStack(self)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.ui.menuEdit.addActions([undo, redo])
        self._undo_actions = (undo, redo)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("actionLock")
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))  # also from a form: screen_lock.py
        self.lock_action.setEnabled(False)
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.lock_action)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        self.screen_lock: ScreenLock | None = None
        self._synced_at_close = False
        # The sections in the navigation's order (ui/main_window.ui); each page made on first use.
        self._makers: tuple[Callable[[], SectionPage], ...] = (
            self._make_overview,
            self._make_families,
            self._make_buddies,
            self._make_matching,
            self._make_duos,
            self._make_activities,
            self._make_group_activities,
            self._make_buddy_meetings,
            self._make_organisations,
            self._make_signals,
            self._make_reports,
            self._make_privacy,
            self._make_team,
            self._make_settings,
        )
        self._made: dict[int, SectionPage] = {}
        self.opening: OpeningPage | None = None  # shown until the store is open

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionBackupNow.triggered.connect(self.backup_now)
        self.ui.actionOpenDataFolder.triggered.connect(self.open_data_folder)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self._restore_geometry()
        if store is None:
            self.opening = OpeningPage(self)
            self.ui.pages.addWidget(self.opening)
            self._enable_programme(False)
        else:
            self.attach(store)

    def _enable_programme(self, enabled: bool) -> None:
        """Before the store is open there is no section to go to, nothing to back up."""
        self.ui.navigation.setEnabled(enabled)
        self.ui.actionBackupNow.setEnabled(enabled)

    def attach(self, store: Store) -> None:
        """The store is open: show the overview. The other pages are made when first shown or asked for:
        making all twelve here (their modules, core's, their widgets) took longer than the overview itself."""
        self.store = store
        if self.opening is not None:
            self.ui.pages.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        assert self.ui.navigation.count() == len(self._makers), "the .ui's navigation and the pages disagree"
        for _maker in self._makers:
            self.ui.pages.addWidget(QWidget(self.ui.pages))  # held until the page is made
        self._page(OVERVIEW)
        self.ui.navigation.currentRowChanged.connect(self._show_page)
        self.ui.navigation.setCurrentRow(OVERVIEW)
        self.ui.pages.setCurrentIndex(OVERVIEW)
        self._enable_programme(True)
        from tandem_desktop.gui.shell.screen_lock import ScreenLock

        self.screen_lock = ScreenLock(self, self.preferences.lock_minutes)
        self.lock_action.triggered.connect(self.screen_lock.lock)
        self.lock_action.setEnabled(True)

    def show_locked(self, locked: bool) -> None:
        """While locked, nothing but the lock page: no section, no menu that reaches the data."""
        self._enable_programme(not locked)
        self.lock_action.setEnabled(not locked)
        self.ui.menuEdit.setEnabled(not locked)
        self.ui.actionOpenDataFolder.setEnabled(not locked)

    def _page(self, index: int) -> SectionPage:
        """The page of section `index`, made on first use in place of what held its place."""
        page = self._made.get(index)
        if page is None:
            page = self._makers[index]()
            held = self.ui.pages.widget(index)
            self.ui.pages.insertWidget(index, page)
            self.ui.pages.removeWidget(held)
            held.deleteLater()
            self._made[index] = page
        return page

    def _show_page(self, index: int) -> None:
        if index >= 0:
            self._page(index)
            self.ui.pages.setCurrentIndex(index)

    # -- the pages, made when first needed ---------------------------------------------------------
    def _make_overview(self) -> OverviewPage:
        from tandem_desktop.gui.overview.overview_page import OverviewPage

        page = OverviewPage(self.store, self)
        page.demo_requested.connect(self.load_demo)
        page.go_to.connect(self._go_to)
        return page

    def _make_families(self) -> FamiliesPage:
        from tandem_desktop.gui.intake.families_page import FamiliesPage

        page = FamiliesPage(self.store, self.undo_stack, self)
        page.find_buddy_requested.connect(lambda family_id: self.show_matching(family_id, True))
        return page

    def _make_buddies(self) -> BuddiesPage:
        from tandem_desktop.gui.intake.buddies_page import BuddiesPage

        page = BuddiesPage(self.store, self.undo_stack, self)
        page.find_family_requested.connect(lambda buddy_id: self.show_matching(buddy_id, False))
        return page

    def _make_matching(self) -> MatchingPage:
        from tandem_desktop.gui.matching.matching_page import MatchingPage

        page = MatchingPage(self.store, self)
        page.duo_created.connect(self.show_duo)
        return page

    def _make_duos(self) -> DuosPage:
        from tandem_desktop.gui.duos.duos_page import DuosPage

        page = DuosPage(self.store, self)
        page.matching_requested.connect(lambda: self.show_section(MATCHING))
        return page

    def _make_activities(self) -> ActivitiesPage:
        from tandem_desktop.gui.activities.activities_page import ActivitiesPage

        return ActivitiesPage(self.store, self)

    def _make_group_activities(self) -> GroupActivitiesPage:
        from tandem_desktop.gui.gatherings.group_activities_page import GroupActivitiesPage

        return GroupActivitiesPage(self.store, self)

    def _make_buddy_meetings(self) -> BuddyMeetingsPage:
        from tandem_desktop.gui.gatherings.buddy_meetings_page import BuddyMeetingsPage

        return BuddyMeetingsPage(self.store, self)

    def _make_organisations(self) -> OrganisationsPage:
        from tandem_desktop.gui.network.organisations_page import OrganisationsPage

        return OrganisationsPage(self.store, self)

    def _make_signals(self) -> SignalsPage:
        from tandem_desktop.gui.network.signals_page import SignalsPage

        return SignalsPage(self.store, self)

    def _make_reports(self) -> ReportsPage:
        from tandem_desktop.gui.reports.reports_page import ReportsPage

        return ReportsPage(self.store, self)

    def _make_privacy(self) -> PrivacyPage:
        from tandem_desktop.gui.privacy.privacy_page import PrivacyPage

        page = PrivacyPage(self.store, self)
        page.settings_requested.connect(lambda: self.show_section(SETTINGS))
        return page

    def _make_team(self) -> TeamPage:
        from tandem_desktop.gui.team.team_page import TeamPage

        return TeamPage(self.store, self)

    def _make_settings(self) -> SettingsPage:
        from tandem_desktop.gui.settings.settings_page import SettingsPage

        page = SettingsPage(self.store, self.translators.language, self.preferences.lock_minutes, self)
        page.language_chosen.connect(self.set_language)
        page.backup_requested.connect(self.backup_now)
        page.open_folder_requested.connect(self.open_data_folder)
        page.lock_minutes_chosen.connect(self._set_lock_minutes)
        page.lock_requested.connect(self.lock_action.trigger)
        return page

    def _set_lock_minutes(self, minutes: int) -> None:
        self.preferences.lock_minutes = minutes
        if self.screen_lock is not None:
            self.screen_lock.set_minutes(minutes)

    # The pages, made on first use: `window.families` is the Families page.
    overview: _Section[OverviewPage] = _Section(OVERVIEW)
    families: _Section[FamiliesPage] = _Section(FAMILIES)
    buddies: _Section[BuddiesPage] = _Section(BUDDIES)
    matching: _Section[MatchingPage] = _Section(MATCHING)
    duos: _Section[DuosPage] = _Section(DUOS)
    activities: _Section[ActivitiesPage] = _Section(ACTIVITIES)
    group_activities: _Section[GroupActivitiesPage] = _Section(GROUP_ACTIVITIES)
    buddy_meetings: _Section[BuddyMeetingsPage] = _Section(BUDDY_MEETINGS)
    organisations: _Section[OrganisationsPage] = _Section(ORGANISATIONS)
    signals: _Section[SignalsPage] = _Section(SIGNALS)
    reports: _Section[ReportsPage] = _Section(REPORTS)
    privacy: _Section[PrivacyPage] = _Section(PRIVACY)
    team: _Section[TeamPage] = _Section(TEAM)
    settings_page: _Section[SettingsPage] = _Section(SETTINGS)

    # -- the section shown -------------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        self.ui.navigation.setCurrentRow(index)

    def show_duo(self, duo_id: uuid.UUID) -> None:
        """The duos page, with this duo chosen (after it was created from a suggestion)."""
        self.show_section(DUOS)
        self.duos.select(duo_id)

    def show_matching(self, record_id: uuid.UUID, family: bool) -> None:
        """Matching, with the suggestions for this family (or buddy), which just became matchable."""
        self.show_section(MATCHING)
        self.matching.show_for(record_id, family)

    def _go_to(self, target: str) -> None:
        """A line of the overview's to-do list was clicked: open where it is dealt with."""
        from tandem_desktop.gui.overview import overview_page as to_do

        if target == to_do.MEETINGS:
            self.show_section(BUDDY_MEETINGS)
        elif target == to_do.REFERRALS:
            self.organisations.show_referrals()
            self.show_section(ORGANISATIONS)
        elif target == to_do.SIGNALS:
            self.show_section(SIGNALS)
        elif target == to_do.DUOS:
            self.show_section(DUOS)
        elif target == to_do.ERASURE:
            self.show_section(PRIVACY)

    def current_page(self) -> QWidget:
        return self.ui.pages.currentWidget()

    # -- actions -----------------------------------------------------------------------------------
    def load_demo(self) -> None:
        from tandem_desktop.core.demo import load_demo

        if self._demo_loading:
            return
        self._demo_loading = True
        self.overview.set_demo_busy(True)
        store, today = self.store, self.store.today()
        runner().run(
            lambda progress: load_demo(store, today, progress=progress),
            parent=self,
            done=self._demo_loaded,
            failed=self._demo_failed,
            progress=self.tr("Loading the demo programme…"),
            cancellable=True,
        )

    def _demo_loaded(self, _summary: object) -> None:
        self._demo_loading = False
        self.overview.set_demo_busy(False)
        self.statusBar().showMessage(self.tr("The demo programme is loaded."), 8000)

    def _demo_failed(self, _error: BaseException) -> bool:
        self._demo_loading = False
        self.overview.set_demo_busy(False)
        return False  # the app's message; a cancelled demo left nothing behind

    def backup_now(self) -> None:
        store = self.store
        runner().run(
            lambda _progress: store.backup("manual"),
            parent=self,
            done=self._backed_up,
            progress=self.tr("Making a backup…"),
        )

    def _backed_up(self, path: object) -> None:
        settings = self._made.get(SETTINGS)
        if settings is not None:  # it shows when the last backup was made
            settings.data_changed()
        self.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", str(path)), 8000)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.preferences.data_dir)))

    def set_language(self, language: str) -> None:
        self.translators.switch(language)
        self.preferences.language = language

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr(
                "<p><b>%1</b> %2</p><p>For the coordinator of a buddy programme that pairs newcomer families "
                "with volunteer buddies for six months.</p><p>Your data stays on this computer, in %3.</p>"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", str(self.preferences.data_dir)),
        )

    def show_error(self, error: BaseException) -> None:
        show_failure(self, error)

    # -- window state ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.preferences.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        if not self.isMaximized():
            # 720 and a title bar are taller than a 1366×768 laptop leaves above its task bar; a size saved on
            # a larger screen may be too. The window's bottom (its buttons) must not fall off the screen.
            self.resize(fitting_size(self, self.size()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if hasattr(self, "_undo_actions"):
                self._undo_actions[0].setText(self.tr("&Undo"))
                self._undo_actions[1].setText(self.tr("&Redo"))
                self.lock_action.setText(self.tr("&Lock"))
        super().changeEvent(event)

    def _sync_before_closing(self) -> bool:
        """A laptop in a team sends its changes at close (docs/team.md): True when that sync was started."""
        if self._synced_at_close or self.opening is not None or not hasattr(self, "store"):
            return False
        from tandem_desktop.gui.team.auto_sync import sync_in_background

        self._synced_at_close = True
        return sync_in_background(self, self.store, then=self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        if runner().busy:
            # Work under way holds a transaction; closing now would only cut it off.
            event.ignore()
            self.statusBar().showMessage(self.tr("Please wait: work is still being saved."), 5000)
            return
        for form in self.findChildren(QDialog):
            # An open form with unsaved changes asks first (save / discard / cancel); cancel keeps the app open.
            if form.isVisible() and not form.close():
                event.ignore()
                return
        if self._sync_before_closing():
            event.ignore()  # closed again once the sync has ended
            return
        self.preferences.set_geometry("main", self.saveGeometry())
        self.preferences.sync()
        if self.screen_lock is not None:
            self.screen_lock.stop()
        super().closeEvent(event)
