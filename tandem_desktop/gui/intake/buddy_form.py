"""The buddy form: intake of a volunteer. Validates at the fields, never loses what was typed."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QTableWidgetItem,
    QWidget,
)

from tandem_desktop.core import buddies
from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.buddies import BuddyDraft, ExtractState, Training, extract_state
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.families import PossibleDuplicate
from tandem_desktop.core.status import status_history
from tandem_desktop.db.models.enums import BuddyStatus, DutchLevel
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.field_errors import FieldErrors
from tandem_desktop.gui.common.form_dialog import Work
from tandem_desktop.gui.common.labels import dutch_level_label, fill_choices, short_date, status_label
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.optional_date import OptionalDateEdit
from tandem_desktop.gui.common.privacy_actions import erased_text
from tandem_desktop.gui.common.record_form import RecordForm
from tandem_desktop.gui.forms.ui_buddy_form import Ui_BuddyForm
from tandem_desktop.messages import QT_TRANSLATE_NOOP

TITLE, DATE = range(2)
ERROR_BACKGROUND = QColor("#fbe3e1")
SCREENING_TAB = 2  # the extract and the trainings

NOT_A_YEAR = QT_TRANSLATE_NOOP("domain", "Enter the year of birth as a number, e.g. 1985.")


def split_interests(text: str) -> list[str]:
    """ "cooking, cycling,, football" -> ["cooking", "cycling", "football"]."""
    return [part.strip() for part in text.split(",") if part.strip()]


class BuddyForm(RecordForm):
    """Opens a buddy (or a new one); `saved(id)` after a successful save."""

    def __init__(
        self, store: Store, buddy_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_BuddyForm()
        self.ui.setupUi(self)
        self.setObjectName("buddyForm")
        self.ui.availabilityGrid.set_meaning("free")
        self._fill_choices()
        self._errors = FieldErrors(
            {
                "name": self.ui.nameEdit,
                "birth_year": self.ui.birthYearEdit,
                "capacity": self.ui.capacitySpin,
                "availability": self.ui.availabilityGrid,
                "phone": self.ui.phoneEdit,
                "whatsapp": self.ui.whatsappEdit,
                "criminal_record_extract_on": self.ui.extractDateEdit,
            },
            self.ui.tabs,
        )
        self.ui.trainingsError.hide()
        self.connect_common()
        self.ui.extractDateEdit.changed.connect(self._show_extract_state)
        self.ui.addTrainingButton.clicked.connect(lambda: self._add_training(Training(""), focus=True))
        self.ui.removeTrainingButton.clicked.connect(self._remove_training)
        header = self.ui.trainingsTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, header.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, header.ResizeMode.ResizeToContents)
        self.ui.trainingsTable.verticalHeader().hide()

        self._original = buddies.load_buddy(store, buddy_id) if buddy_id else BuddyDraft()
        self.offer_record_actions(store, "buddy", buddy_id, self._original.erased_on)
        self._show(self._original)
        self._retranslate_extra()
        self.ui.tabs.setCurrentIndex(0)
        self.ui.nameEdit.setFocus()

    # -- choices -----------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        fill_choices(self.ui.statusCombo, BuddyStatus, status_label)
        fill_choices(self.ui.dutchLevelCombo, DutchLevel, dutch_level_label)

    def _retranslate_extra(self) -> None:
        self.setWindowTitle(self._title())
        self._fill_choices()
        self._show_extract_state()
        self.save_button().setText(self.save_button_text())

    def _title(self) -> str:
        if self._original.erased_on is not None:
            return self.tr("Buddy: %1").replace("%1", erased_text(self._original.erased_on))
        name = self.ui.nameEdit.text().strip()
        return self.tr("Buddy: %1").replace("%1", isolate(name)) if name else self.tr("New buddy")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_extra()
        super().changeEvent(event)

    # -- the extract -------------------------------------------------------------------------------
    def extract_warning(self) -> str:
        """The warning next to the extract's date ("" while the extract is valid)."""
        return self.ui.extractWarning.text() if self.ui.extractWarning.isVisibleTo(self) else ""

    def _show_extract_state(self) -> None:
        state = extract_state(self.ui.extractDateEdit.date_value(), self.store.today())
        if state == ExtractState.MISSING:
            text = self.tr("⚠ No extract yet. Ask the buddy for one before the first duo.")
        elif state == ExtractState.EXPIRED:
            text = self.tr("⚠ This extract is more than a year old. Ask the buddy for a new one.")
        else:
            text = ""
        warning = self.ui.extractWarning
        warning.setText(text)
        row, _role = self.ui.extractFields.getWidgetPosition(warning)
        self.ui.extractFields.setRowVisible(row, bool(text))

    # -- draft <-> widgets -------------------------------------------------------------------------
    def _show(self, draft: BuddyDraft) -> None:
        ui = self.ui
        ui.nameEdit.setText(draft.name)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(draft.status))
        ui.birthYearEdit.setText("" if draft.birth_year is None else str(draft.birth_year))
        ui.dutchLevelCombo.setCurrentIndex(ui.dutchLevelCombo.findData(draft.dutch_level))
        ui.languagesEdit.set_codes(draft.languages)
        ui.exNewcomerCheck.setChecked(draft.ex_newcomer)
        ui.capacitySpin.setValue(draft.capacity)
        ui.availabilityGrid.set_slots(draft.availability)
        ui.interestsEdit.setText(", ".join(draft.interests))
        ui.phoneEdit.setText(draft.phone)
        ui.whatsappEdit.setText(draft.whatsapp)
        ui.emailEdit.setText(draft.email)
        ui.addressEdit.setText(draft.address)
        ui.postcodeEdit.setText(draft.postcode)
        ui.municipalityEdit.setText(draft.municipality)
        ui.extractDateEdit.set_date_value(draft.criminal_record_extract_on)
        self._show_extract_state()
        ui.trainingsTable.setRowCount(0)
        for training in draft.trainings:
            self._add_training(training)
        ui.notesEdit.setPlainText(draft.notes)
        ui.statusHistory.clear()
        if draft.id is not None:
            for step in status_history(self.store, draft.id):
                when = short_date(step.at.astimezone().date())
                ui.statusHistory.addItem(f"{when}  {status_label(BuddyStatus(step.status))}")

    def draft(self) -> BuddyDraft:
        """What the form holds now; a birth year that is not a number is kept out (and shown as an error)."""
        ui = self.ui
        year_text = ui.birthYearEdit.text().strip()
        return dataclasses.replace(
            self._original,
            name=ui.nameEdit.text(),
            status=BuddyStatus(ui.statusCombo.currentData()),
            birth_year=int(year_text) if year_text.isdigit() else None,
            dutch_level=DutchLevel(ui.dutchLevelCombo.currentData()),
            languages=ui.languagesEdit.codes(),
            ex_newcomer=ui.exNewcomerCheck.isChecked(),
            capacity=ui.capacitySpin.value(),
            availability=ui.availabilityGrid.slots(),
            interests=split_interests(ui.interestsEdit.text()),
            phone=ui.phoneEdit.text().strip(),
            whatsapp=ui.whatsappEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            postcode=ui.postcodeEdit.text().strip(),
            municipality=ui.municipalityEdit.text().strip(),
            criminal_record_extract_on=ui.extractDateEdit.date_value(),
            trainings=[self._training(row) for row in range(ui.trainingsTable.rowCount())],
            notes=ui.notesEdit.toPlainText(),
        )

    def has_changes(self) -> bool:
        year_text = self.ui.birthYearEdit.text().strip()
        return super().has_changes() or (bool(year_text) and not year_text.isdigit())

    # -- trainings ---------------------------------------------------------------------------------
    def _add_training(self, training: Training, focus: bool = False) -> None:
        table = self.ui.trainingsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, TITLE, QTableWidgetItem(training.title))
        date = OptionalDateEdit(table)
        date.set_date_value(training.date)
        table.setCellWidget(row, DATE, date)
        if focus:
            table.setCurrentCell(row, TITLE)
            table.setFocus()
            table.editItem(table.item(row, TITLE))

    def _remove_training(self) -> None:
        row = self.ui.trainingsTable.currentRow()
        if row >= 0:
            self.ui.trainingsTable.removeRow(row)

    def training_date_edit(self, row: int) -> OptionalDateEdit:
        widget = self.ui.trainingsTable.cellWidget(row, DATE)
        assert isinstance(widget, OptionalDateEdit)
        return widget

    def _training(self, row: int) -> Training:
        return Training(
            self.ui.trainingsTable.item(row, TITLE).text(), self.training_date_edit(row).date_value()
        )

    def show_table_errors(self, errors: list[DomainError]) -> QWidget | None:
        """Mark the training cells in error, with the messages under the table."""
        table = self.ui.trainingsTable
        for row in range(table.rowCount()):
            table.item(row, TITLE).setBackground(Qt.GlobalColor.transparent)
            table.item(row, TITLE).setToolTip("")
            self._mark(self.training_date_edit(row), "")
        messages = []
        for error in errors:
            if not (error.field or "").startswith("trainings["):
                continue
            row = int(error.field.split("[")[1].split("]")[0])  # type: ignore[union-attr]
            text = user_message(error)
            if error.field.endswith(".title"):  # type: ignore[union-attr]
                table.item(row, TITLE).setBackground(ERROR_BACKGROUND)
                table.item(row, TITLE).setToolTip(text)
            else:
                self._mark(self.training_date_edit(row), text)
            messages.append(self.tr("Training %1: %2").replace("%1", str(row + 1)).replace("%2", text))
        self.ui.trainingsError.setText("\n".join(messages))
        self.ui.trainingsError.setVisible(bool(messages))
        return table if messages else None

    @staticmethod
    def _mark(widget: QWidget, text: str) -> None:
        widget.setProperty("invalid", bool(text))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setToolTip(text)

    # -- saving ------------------------------------------------------------------------------------
    def validation_errors(self, draft: BuddyDraft) -> list[DomainError]:
        errors = buddies.buddy_errors_of(draft, self.store.today())
        year_text = self.ui.birthYearEdit.text().strip()
        if year_text and not year_text.isdigit():
            errors.append(DomainError(NOT_A_YEAR, field="birth_year"))
        return errors

    def find_duplicates(self, draft: BuddyDraft) -> list[PossibleDuplicate]:
        return buddies.possible_duplicates(self.store, draft)

    def write(self, draft: BuddyDraft) -> Work:
        store, today = self.store, self.store.today()
        return lambda: buddies.save_buddy(store, draft, today)

    def duplicate_texts(self) -> tuple[str, str]:
        return (
            self.tr("Is this a buddy you already know?"),
            self.tr("Click a name to open that buddy, or save anyway if this is another person."),
        )

    def unsaved_text(self) -> str:
        return self.tr("This buddy has changes that are not saved yet.")
