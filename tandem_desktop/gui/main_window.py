"""The main window: the navigation on the left, one page per section on the right."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from tandem_desktop import APP_NAME, __version__
from tandem_desktop.db.store import Store
from tandem_desktop.gui.forms.ui_main_window import Ui_MainWindow
from tandem_desktop.gui.i18n import Translators
from tandem_desktop.gui.messages import user_message
from tandem_desktop.gui.operations import Operation
from tandem_desktop.gui.pages.activities import ActivitiesPage
from tandem_desktop.gui.pages.buddies import BuddiesPage
from tandem_desktop.gui.pages.buddy_meetings import BuddyMeetingsPage
from tandem_desktop.gui.pages.duos import DuosPage
from tandem_desktop.gui.pages.families import FamiliesPage
from tandem_desktop.gui.pages.group_activities import GroupActivitiesPage
from tandem_desktop.gui.pages.matching import MatchingPage
from tandem_desktop.gui.pages.organisations import OrganisationsPage
from tandem_desktop.gui.pages.overview import DUOS, MEETINGS, REFERRALS, SIGNALS, OverviewPage
from tandem_desktop.gui.pages.reports import ReportsPage
from tandem_desktop.gui.pages.section import SectionPage
from tandem_desktop.gui.pages.settings import SettingsPage
from tandem_desktop.gui.pages.signals import SignalsPage
from tandem_desktop.gui.preferences import Preferences
from tandem_desktop.gui.screen_fit import fitting_size
from tandem_desktop.messages import UserFacingError

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    data_changed = Signal()  # one notification after any change; pages refresh from it

    def __init__(self, store: Store, preferences: Preferences, translators: Translators) -> None:
        super().__init__()
        self.store = store
        self.preferences = preferences
        self.translators = translators
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.actionQuit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self._operation: Operation | None = None

        self.undo_stack = QUndoStack(self)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.ui.menuEdit.addActions([undo, redo])
        self._undo_actions = (undo, redo)

        self.overview = OverviewPage(store, self)
        self.families = FamiliesPage(store, self.undo_stack, self)
        self.buddies = BuddiesPage(store, self.undo_stack, self)
        self.matching = MatchingPage(store, self)
        self.duos = DuosPage(store, self)
        self.activities = ActivitiesPage(store, self)
        self.group_activities = GroupActivitiesPage(store, self)
        self.buddy_meetings = BuddyMeetingsPage(store, self)
        self.organisations = OrganisationsPage(store, self)
        self.signals = SignalsPage(store, self)
        self.reports = ReportsPage(store, self)
        self.overview.demo_requested.connect(self.load_demo)
        self.overview.go_to.connect(self._go_to)
        self.settings_page = SettingsPage(store, translators.language, self)
        self.settings_page.language_chosen.connect(self.set_language)
        self.settings_page.backup_requested.connect(self.backup_now)
        self.settings_page.open_folder_requested.connect(self.open_data_folder)
        self.settings_page.programme_changed.connect(self.duos.data_changed)
        pages: list[SectionPage] = [
            self.overview,
            self.families,
            self.buddies,
            self.matching,
            self.duos,
            self.activities,
            self.group_activities,
            self.buddy_meetings,
            self.organisations,
            self.signals,
            self.reports,
            self.settings_page,
        ]
        self._pages = pages
        for page in pages:
            self.ui.pages.addWidget(page)
            self.data_changed.connect(page.data_changed)
        # A page that changed data itself already shows it: the other pages follow.
        for page in (
            self.families,
            self.buddies,
            self.duos,
            self.activities,
            self.group_activities,
            self.buddy_meetings,
            self.organisations,
            self.signals,
        ):
            page.changed.connect(lambda page=page: self._refresh_others(page))  # type: ignore[attr-defined]
        self.families.find_buddy_requested.connect(lambda family_id: self.show_matching(family_id, True))
        self.buddies.find_family_requested.connect(lambda buddy_id: self.show_matching(buddy_id, False))
        self.duos.matching_requested.connect(lambda: self.show_section(self._pages.index(self.matching)))
        self.matching.duo_created.connect(lambda _id: self._refresh_others(self.matching))
        self.matching.duo_created.connect(self.show_duo)  # after the others are marked for reloading
        assert self.ui.navigation.count() == len(pages), "the .ui's navigation and the pages disagree"

        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionBackupNow.triggered.connect(self.backup_now)
        self.ui.actionOpenDataFolder.triggered.connect(self.open_data_folder)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self._restore_geometry()

    # -- the section shown -------------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        self.ui.navigation.setCurrentRow(index)

    def show_duo(self, duo_id: uuid.UUID) -> None:
        """The duos page, with this duo chosen (after it was created from a suggestion)."""
        self.duos.data_changed()  # reloaded now, or on being shown just below
        self.show_section(self._pages.index(self.duos))
        self.duos.select(duo_id)

    def show_matching(self, record_id: uuid.UUID, family: bool) -> None:
        """Matching, with the suggestions for this family (or buddy), which just became matchable."""
        self.show_section(self._pages.index(self.matching))
        self.matching.show_for(record_id, family)

    def _go_to(self, target: str) -> None:
        """A line of the overview's to-do list was clicked: open where it is dealt with."""
        if target == MEETINGS:
            self.show_section(self._pages.index(self.buddy_meetings))
        elif target == REFERRALS:
            self.organisations.show_referrals()
            self.show_section(self._pages.index(self.organisations))
        elif target == SIGNALS:
            self.show_section(self._pages.index(self.signals))
        elif target == DUOS:
            self.show_section(self._pages.index(self.duos))

    def current_page(self) -> QWidget:
        return self.ui.pages.currentWidget()

    def _refresh_others(self, changed_by: SectionPage) -> None:
        """A page changed data itself (and already shows it): the other pages follow, when shown."""
        for page in self._pages:
            if page is not changed_by:
                page.data_changed()

    # -- actions -----------------------------------------------------------------------------------
    def load_demo(self) -> None:
        from tandem_desktop.core.demo import load_demo

        if self._operation is not None and self._operation.running:
            return
        self.overview.set_demo_busy(True)
        store, today = self.store, self.store.today()
        self._operation = Operation(lambda: load_demo(store, today), self)
        self._operation.finished.connect(self._demo_loaded)
        self._operation.failed.connect(self._demo_failed)
        self._operation.start()

    def _demo_loaded(self, _summary: object) -> None:
        self.overview.set_demo_busy(False)
        self.data_changed.emit()
        self.statusBar().showMessage(self.tr("The demo programme is loaded."), 8000)

    def _demo_failed(self, error: object) -> None:
        self.overview.set_demo_busy(False)
        self.show_error(error)

    def backup_now(self) -> None:
        try:
            path = self.store.backup("manual")
        except UserFacingError as exc:
            self.show_error(exc)
            return
        self.settings_page.refresh()
        self.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", str(path)), 8000)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.data_dir)))

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
            .replace("%3", str(self.store.data_dir)),
        )

    def show_error(self, error: object) -> None:
        if isinstance(error, UserFacingError):
            text = user_message(error)
        else:
            log.error("unexpected error: %r", error)
            text = self.tr(
                "Something went wrong. Nothing you saved is lost. The details are in the log file."
            )
        QMessageBox.warning(self, APP_NAME, text)

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
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._operation is not None and self._operation.running:
            # The demo is written in one transaction; closing now would only cut it off.
            event.ignore()
            self.statusBar().showMessage(self.tr("Please wait: the demo programme is still loading."), 5000)
            return
        for form in self.findChildren(QDialog):
            # An open form with unsaved changes asks first (save / discard / cancel); cancel keeps the app open.
            if form.isVisible() and not form.close():
                event.ignore()
                return
        self.preferences.set_geometry("main", self.saveGeometry())
        self.preferences.sync()
        super().closeEvent(event)
