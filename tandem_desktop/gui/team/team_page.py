"""Team: the folder this laptop shares the programme through, the laptops of the team and when each last
synced, "Nu synchroniseren" (an operation with progress), and the conflicts to review, both values side by side
(docs/team.md). Without a team: how to make one."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core import team
from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.history import FIELD_LABELS
from tandem_desktop.db.store import Store
from tandem_desktop.db.team import folder as team_folder
from tandem_desktop.db.team import sync
from tandem_desktop.gui.common.labels import short_date, vocabulary_label
from tandem_desktop.gui.common.list_table import item_table
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.section_page import SectionPage

FIELD, KEPT, OTHER = range(3)


def _value(row: team.ConflictRow, value: object) -> str:
    if row.kind == "same_number":  # two agreement texts: said by when each was saved
        return QCoreApplication.translate("TeamPage", "the text saved on %1").replace("%1", str(value)[:16])
    if row.sensitive:
        return QCoreApplication.translate("TeamPage", "(not shown: a sensitive field)")
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("TeamPage", "yes")
            if value
            else QCoreApplication.translate("TeamPage", "no")
        )
    if isinstance(value, dt.date):
        return short_date(value)
    if isinstance(value, StrEnum):
        return vocabulary_label(value)
    return str(value)


class TeamPage(SectionPage):
    fills_height = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.membership: sync.Membership | None = None
        self.rows: list[team.ConflictRow] = []
        self.laptops: list[team_folder.Laptop] | None = None  # None: being read, or the folder is unreachable
        self.last_report: sync.SyncReport | None = None
        self.new_problems = 0  # rules broken by the laptops' changes together, found by the last sync

        self.team_box = QGroupBox(self)
        box = QVBoxLayout(self.team_box)
        self.team_text = QLabel(self.team_box)
        self.team_text.setWordWrap(True)
        self.team_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(self.team_box)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        self.create_button = QPushButton(self.team_box)
        self.create_button.setObjectName("createTeam")
        self.create_button.clicked.connect(self.ask_create)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        box.addWidget(self.team_text)
        box.addLayout(buttons)
        self.body.addWidget(self.team_box)

        self.conflicts_box = QGroupBox(self)
        conflicts = QVBoxLayout(self.conflicts_box)
        self.conflicts_text = QLabel(self.conflicts_box)
        self.conflicts_text.setWordWrap(True)
        self.table = item_table(self.conflicts_box, 3, "conflictsTable", KEPT, OTHER)
        self.take_button = QPushButton(self.conflicts_box)
        self.take_button.setObjectName("takeOther")
        self.take_button.clicked.connect(lambda: self.settle(take_other=True))
        self.keep_button = QPushButton(self.conflicts_box)
        self.keep_button.setObjectName("keepValue")
        self.keep_button.clicked.connect(lambda: self.settle(take_other=False))
        settle = QHBoxLayout()
        settle.addWidget(self.keep_button)
        settle.addWidget(self.take_button)
        settle.addStretch(1)
        conflicts.addWidget(self.conflicts_text)
        conflicts.addWidget(self.table, 1)
        conflicts.addLayout(settle)
        self.body.addWidget(self.conflicts_box, 1)
        self.body.addStretch(0)  # takes the height while there is no conflict to list
        self.retranslate()
        self.data_changed()

    # -- what is shown -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.membership = sync.read_membership(self.store.data_dir, self.store.data_key)
        self.rows = team.conflicts(self.store) if self.membership else []
        if self.membership is not None:
            # The team folder may be a network drive that answers slowly, or not: read in the worker.
            membership = self.membership
            runner().run(lambda _progress: sync.laptops(membership), parent=self, done=self._laptops_read)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            label = FIELD_LABELS.get(row.field)
            if row.kind == "deleted_and_changed":
                what = self.tr("Deleted on one laptop, changed on another")
            elif row.kind == "same_number":
                what = self.tr("Agreement text: the same version saved on two laptops")
            else:
                what = QCoreApplication.translate("history", label) if label else row.field
            field = f"{isolate(row.record_name)}: {what}" if row.record_name else what
            for column, text in (
                (FIELD, field),
                (KEPT, _value(row, row.kept)),
                (OTHER, _value(row, row.other)),
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(row.id))
                self.table.setItem(index, column, item)
        self._show()

    def _show(self) -> None:
        membership = self.membership
        self.sync_button.setVisible(membership is not None)
        self.create_button.setVisible(membership is None)
        self.conflicts_box.setVisible(membership is not None)
        if membership is None:
            self.team_text.setText(
                self.tr(
                    "This laptop is in no team. A team shares this programme with colleagues' laptops through a "
                    "folder the organisation already shares (a network drive, Nextcloud, OneDrive, a USB stick). "
                    "Make a team here; a colleague's laptop joins it at its first start, with a new data folder "
                    "(\u201cJoin a colleague's team\u201d, before the passphrase is chosen)."
                )
            )
            return
        lines = [self.tr("Team folder: %1").replace("%1", str(membership.folder))]
        for laptop in self.laptops or []:
            when = (
                QLocale().toString(
                    QDateTime.fromSecsSinceEpoch(int(laptop.last_sync.timestamp())),
                    QLocale.FormatType.ShortFormat,
                )
                if laptop.last_sync
                else self.tr("never")
            )
            mine = self.tr(" (this laptop)") if laptop.laptop_id == membership.laptop_id else ""
            lines.append(
                self.tr("%1: last sync %2").replace("%1", (laptop.name or "—") + mine).replace("%2", when)
            )
        if self.laptops == []:
            lines.append(self.tr("The team folder cannot be reached now."))
        if self.last_report is not None:
            lines.append(self._report_text(self.last_report))
        self.team_text.setText("\n".join(lines))
        count = len(self.rows)
        self.conflicts_text.setText(
            self.tr(
                "The same field was changed on two laptops. The later change is kept for now; check each one."
            )
            if count
            else self.tr("No conflicts to review.")
        )
        self.table.setVisible(count > 0)
        self.take_button.setVisible(count > 0)
        self.keep_button.setVisible(count > 0)
        self.body.setStretchFactor(self.conflicts_box, 1 if count else 0)
        self.body.setStretch(self.body.count() - 1, 0 if count else 1)

    def _laptops_read(self, found: object) -> None:
        assert isinstance(found, list)
        self.laptops = found
        self._show()

    def _report_text(self, report: sync.SyncReport) -> str:
        text = self.tr("Last sync: %n changeset(s) of the others applied.", "", sum(report.applied.values()))
        if self.new_problems:
            text += " " + self.tr(
                "Together, the laptops' changes break %1 rule(s) of the programme (a family in two duos, say): "
                "`tandem-desktop check` names them; set them right here."
            ).replace("%1", str(self.new_problems))
        if report.held:
            text += " " + self.tr(
                "A laptop runs a newer version of Tandem Desktop: update this one to receive its changes."
            )
        return text

    # -- actions ----------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        membership = self.membership
        if membership is None:
            return
        store = self.store
        self.sync_button.setEnabled(False)
        runner().run(
            lambda _progress: team.sync_with_team(store, membership),
            parent=self,
            done=self._synced,
            failed=self._sync_failed,
            progress=self.tr("Synchronising with the team…"),
        )

    def _synced(self, checked: object) -> None:
        assert isinstance(checked, team.TeamSync)
        self.sync_button.setEnabled(True)
        self.last_report = checked.report
        self.new_problems = len(checked.new_problems)
        self.refresh()

    def _sync_failed(self, error: BaseException) -> bool:
        self.sync_button.setEnabled(True)
        if isinstance(error, team_folder.TeamFolderError) and error.kind in ("new_code", "wrong_code"):
            self.ask_new_code(wrong=error.kind == "wrong_code")
            return True
        if isinstance(error, team_folder.TeamFolderError) and error.kind in ("unreachable", "no_team"):
            text = self.tr(
                "The team folder cannot be reached now: is the network drive or USB stick there? "
                "Nothing was changed."
            )
        elif isinstance(error, team_folder.TeamFolderError) and error.kind == "full":
            text = self.tr(
                "The disk of the team folder is full: make room there, then synchronise again. Nothing is lost."
            )
        elif isinstance(error, team_folder.TeamFolderError) and error.kind == "read_only":
            text = self.tr(
                "The team folder cannot be written (read-only, or no permission): ask for write access, then "
                "synchronise again. Nothing is lost."
            )
        elif isinstance(error, team_folder.TeamFolderError):
            text = self.tr(
                "A file in the team folder is damaged or is not this team's: ask the colleague who wrote it to "
                "synchronise again. Nothing was changed."
            )
        elif isinstance(error, sync.SyncFailed):
            text = self.tr("The sync stopped; nothing was changed. Try again, or ask for help with the log.")
        else:
            return False
        QMessageBox.warning(self, self.tr("Team"), text)
        return True

    def ask_new_code(self, *, wrong: bool = False) -> None:
        """The team has a new code (a laptop was lost): she types it, as a colleague gave it."""
        membership = self.membership
        if membership is None:
            return
        question = (
            self.tr("This is not the team's code. Type the new team code again:")
            if wrong
            else self.tr(
                "The team has a new team code (a laptop was lost). Type the new code a colleague gave you:"
            )
        )
        code, given = QInputDialog.getText(self, self.tr("New team code"), question)
        if not given or not code.strip():
            return
        store = self.store
        runner().run(
            lambda _progress: sync.take_new_code(store, membership, code),
            parent=self,
            done=self._code_taken,
            failed=self._sync_failed,
        )

    def _code_taken(self, membership: object) -> None:
        assert isinstance(membership, sync.Membership)
        self.membership = membership
        self.sync_now()

    def ask_create(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("The folder to share the programme through"))
        if not chosen:
            return
        store = self.store
        runner().run(
            lambda _progress: sync.create_team(store, Path(chosen)),
            parent=self,
            done=self._created,
            failed=self._sync_failed,
        )

    def _created(self, code: object) -> None:
        QMessageBox.information(
            self,
            self.tr("Team made"),
            self.tr(
                "The team code, for the colleagues who join:\n\n%1\n\nGive it in person or by phone."
            ).replace("%1", str(code)),
        )
        self.refresh()

    def settle(self, *, take_other: bool) -> None:
        item = self.table.item(self.table.currentRow(), FIELD)
        if item is None:
            return
        conflict_id = uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole)))
        store, today = self.store, self.store.today()
        act = team.take_other if take_other else team.keep
        runner().run(
            lambda _progress: act(store, conflict_id, today), parent=self, done=lambda _r: self.refresh()
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Team"))
        self.intro.setText(
            self.tr("The programme shared with colleagues' laptops, and what to check after a sync.")
        )
        self.team_box.setTitle(self.tr("The team"))
        self.sync_button.setText(self.tr("&Synchronise now"))
        self.create_button.setText(self.tr("&Make a team…"))
        self.conflicts_box.setTitle(self.tr("Conflicts to review"))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Kept"), self.tr("Set aside")])
        self.keep_button.setText(self.tr("&Keep this value"))
        self.take_button.setText(self.tr("&Take the other value"))
        if self.membership is not None or self.rows:
            self._show()
