"""Privacy: what the agreement promises families and buddies, kept. Who is due for erasure today and why (the
retention rules of the settings), their erasure as one operation after a safety backup, the record of
processing for the data protection officer, and where a person's own copy and an erasure on request are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.privacy import erasing
from tandem_desktop.core.privacy.retention import Due, due_for_erasure, reason_text
from tandem_desktop.core.settings import read_settings
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.file_dialogs import save_file_name
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.common.list_table import item_table
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.privacy_actions import tell_file_fault
from tandem_desktop.gui.common.section_page import SectionPage

NAME, KIND, REASON, DUE_SINCE = range(4)


class PrivacyPage(SectionPage):
    fills_height = True
    watches = frozenset({"family", "buddy", "trajectory", "status_change", "programme_settings", "erasure"})
    settings_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.due: list[Due] = []
        self.erased: int | None = None  # how many the last erasure of this page erased, said above the list

        self.due_box = QGroupBox(self)
        self.due_box.setObjectName("dueForErasure")
        due_layout = QVBoxLayout(self.due_box)
        self.due_text = QLabel(self.due_box)
        self.due_text.setWordWrap(True)
        self.table = item_table(self.due_box, 4, "dueTable", NAME, REASON)
        self.erase_button = QPushButton(self.due_box)
        self.erase_button.setObjectName("eraseDueButton")
        self.erase_button.clicked.connect(self.ask_erase)
        self.rules_button = QPushButton(self.due_box)
        self.rules_button.clicked.connect(self.settings_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.rules_button)
        buttons.addStretch(1)
        self.rules_text = QLabel(self.due_box)
        self.rules_text.setObjectName("retentionRules")
        self.rules_text.setWordWrap(True)
        due_layout.addWidget(self.rules_text)
        due_layout.addWidget(self.due_text)
        due_layout.addWidget(self.table, 1)
        due_layout.addLayout(buttons)
        self.body.addWidget(self.due_box, 1)

        self.rights_box = QGroupBox(self)
        rights = QVBoxLayout(self.rights_box)
        self.rights_text = QLabel(self.rights_box)
        self.rights_text.setWordWrap(True)
        rights.addWidget(self.rights_text)
        self.body.addWidget(self.rights_box)

        self.record_box = QGroupBox(self)
        record = QVBoxLayout(self.record_box)
        self.record_text = QLabel(self.record_box)
        self.record_text.setWordWrap(True)
        self.record_button = QPushButton(self.record_box)
        self.record_button.setObjectName("processingRecordButton")
        self.record_button.clicked.connect(self.save_processing_record)
        record.addWidget(self.record_text)
        record.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.record_box)
        self.retranslate()
        self.data_changed()

    # -- who is due ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        # Whom she unticked stays unticked when the list is read again (after an erasure, say): keeping someone
        # longer is a decision, not to be undone by a reload.
        kept = {person.record_id for person in self.due} - {person.record_id for person in self.chosen()}
        self.due = due_for_erasure(self.store, self.store.today())
        self.table.setRowCount(len(self.due))
        for row, person in enumerate(self.due):
            name = QTableWidgetItem(isolate(person.name))
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            name.setCheckState(Qt.CheckState.Unchecked if person.record_id in kept else Qt.CheckState.Checked)
            self.table.setItem(row, NAME, name)
            for column, text in (
                (KIND, self._kind(person)),
                (REASON, self._reason(person)),
                (DUE_SINCE, short_date(person.due_on)),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self._show_counts()
        self._show_rules()

    def _kind(self, person: Due) -> str:
        return self.tr("Family") if person.table_name == "family" else self.tr("Buddy")

    def _reason(self, person: Due) -> str:
        return reason_text(person, lambda text: QCoreApplication.translate("privacy", text))

    def _show_counts(self) -> None:
        count = len(self.due)
        self.table.setVisible(count > 0)
        self.erase_button.setVisible(count > 0)
        if count:
            text = self.tr(
                "The retention rules say the data of these families and buddies must be erased now. "
                "Untick whom you must keep longer (say why in their notes), then erase the others."
            )
        else:
            text = self.tr("Nobody's data is due for erasure today.")
        if self.erased is not None:
            text = self.tr("Erased: %n person(s).", "", self.erased) + " " + text
        self.due_text.setText(text)

    def chosen(self) -> list[erasing.Person]:
        return [
            erasing.Person(person.table_name, person.record_id)
            for row, person in enumerate(self.due)
            if (item := self.table.item(row, NAME)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def ask_erase(self) -> None:
        people = self.chosen()
        if not people:
            QMessageBox.information(self, self.tr("Erase"), self.tr("Tick whom to erase first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the personal data of %n person(s)? A backup is made first. The erasure cannot be undone.",
                "",
                len(people),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.erase(people)

    def erase(self, people: list[erasing.Person]) -> None:
        store, today = self.store, self.store.today()
        runner().run(
            lambda progress: erasing.erase_due(store, people, today, progress),
            parent=self,
            done=self._erased,
            failed=self._failed,
            progress=self.tr("Erasing personal data…"),
        )

    def _erased(self, count: object) -> None:
        assert isinstance(count, int)
        self.erased = count
        self._show_counts()

    def _failed(self, error: BaseException) -> bool:
        return tell_file_fault(self, self.tr("Erase personal data"), error)

    # -- the record of processing ---------------------------------------------------------------------------
    def save_processing_record(self) -> None:
        from tandem_desktop.core.privacy.processing import processing_record
        from tandem_desktop.documents.processing_record import processing_record_pdf
        from tandem_desktop.files import write_file

        path = save_file_name(
            self,
            self.tr("Save the record of processing"),
            f"verwerkingsregister-{self.store.today().isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        store, today = self.store, self.store.today()

        def work() -> Path:
            write_file(path, processing_record_pdf(processing_record(store, today)))
            return path

        runner().run(lambda _progress: work(), parent=self, done=self._record_saved, failed=self._not_written)

    def _record_saved(self, path: object) -> None:
        self.record_text.setText(
            self._record_intro() + "\n\n" + self.tr("Saved as %1.").replace("%1", str(path))
        )

    def _not_written(self, error: BaseException) -> bool:
        return tell_file_fault(self, self.tr("Record of processing"), error)

    def _record_intro(self) -> str:
        return self.tr(
            "One page for the organisation's data protection officer: what is kept, why, for how long, where, "
            "who sees it and how it is protected. Made from the settings."
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Privacy"))
        self.intro.setText(
            self.tr(
                "What the agreement promises: the data is erased on time, everyone may see what is kept about "
                "them, and may ask to erase it."
            )
        )
        self.due_box.setTitle(self.tr("Due for erasure"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Why"), self.tr("Due since")]
        )
        self.erase_button.setText(self.tr("&Erase the ticked…"))
        self.rights_box.setTitle(self.tr("Own copy and erasure on request"))
        self.rights_text.setText(
            self.tr(
                "A family or a buddy may ask what is kept about them: open their form and choose Own copy. "
                "They may also ask to erase it: Erase, in the same form (not while their duo runs)."
            )
        )
        self.record_box.setTitle(self.tr("Record of processing"))
        self.record_text.setText(self._record_intro())
        self.record_button.setText(self.tr("&Make the record of processing…"))
        self._show_counts()
        self._show_rules()

    def _show_rules(self) -> None:
        settings = read_settings(self.store)
        self.rules_text.setText(
            self.tr(
                "The data is kept %1 months after a family's last trajectory ended, %2 months after a family "
                "that was never matched left, and %3 months after a buddy stopped."
            )
            .replace("%1", str(settings.retention_months_after_trajectory))
            .replace("%2", str(settings.retention_months_never_matched))
            .replace("%3", str(settings.retention_months_buddy))
        )
        self.rules_button.setText(self.tr("&Change the retention periods…"))
