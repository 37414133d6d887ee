"""The family form: intake at the kitchen table. Validates at the fields, never loses what was typed."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QTableWidgetItem,
    QWidget,
)

from tandem_desktop.core import families
from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.families import FamilyDraft, MemberDraft, PossibleDuplicate
from tandem_desktop.core.status import status_history
from tandem_desktop.db.models.enums import DutchLevel, FamilyStatus, MemberRole, Need, PhotoConsent
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.field_errors import FieldErrors
from tandem_desktop.gui.common.form_dialog import Work
from tandem_desktop.gui.common.labels import (
    dutch_level_label,
    fill_choices,
    photo_consent_label,
    role_label,
    short_date,
    status_label,
)
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.privacy_actions import consent_history, erased_text
from tandem_desktop.gui.common.record_form import RecordForm
from tandem_desktop.gui.forms.ui_family_form import Ui_FamilyForm
from tandem_desktop.messages import QT_TRANSLATE_NOOP

NAME, ROLE, BIRTH_YEAR, AGE = range(4)
ERROR_BACKGROUND = QColor("#fbe3e1")


class FamilyForm(RecordForm):
    """Opens a family (or a new one); `saved(id)` after a successful save."""

    def __init__(
        self, store: Store, family_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_FamilyForm()
        self.ui.setupUi(self)
        self.setObjectName("familyForm")
        self.ui.unavailabilityGrid.set_meaning("unavailable")
        self._fill_choices()
        self._errors = FieldErrors(
            {
                "name": self.ui.nameEdit,
                "phone": self.ui.phoneEdit,
                "whatsapp": self.ui.whatsappEdit,
                "arrival_date": self.ui.arrivalDateEdit,
                "consent_date": self.ui.consentDateEdit,
                "unavailability": self.ui.unavailabilityGrid,
            },
            self.ui.tabs,
        )
        self.ui.membersError.hide()
        self.connect_common()
        self.ui.addMemberButton.clicked.connect(lambda: self._add_member(MemberDraft(), focus=True))
        self.ui.removeMemberButton.clicked.connect(self._remove_member)
        self.ui.membersTable.itemChanged.connect(self._member_edited)
        header = self.ui.membersTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, header.ResizeMode.Stretch)
        for column in (ROLE, BIRTH_YEAR, AGE):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        self.ui.membersTable.verticalHeader().hide()
        # A click on a cell and typing fills it in, as in a spreadsheet (no double click needed).
        triggers = QAbstractItemView.EditTrigger
        self.ui.membersTable.setEditTriggers(
            triggers.DoubleClicked
            | triggers.SelectedClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
        )

        self._original = families.load_family(store, family_id) if family_id else FamilyDraft()
        self.offer_record_actions(store, "family", family_id, self._original.erased_on)
        self._show(self._original)
        self._retranslate_extra()
        self.ui.tabs.setCurrentIndex(0)
        self.ui.nameEdit.setFocus()

    # -- choices -----------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        fill_choices(self.ui.statusCombo, FamilyStatus, status_label)
        fill_choices(self.ui.dutchLevelCombo, DutchLevel, dutch_level_label)
        fill_choices(self.ui.photoConsentCombo, PhotoConsent, photo_consent_label)

    def _retranslate_extra(self) -> None:
        self.setWindowTitle(self._title())
        self._fill_choices()
        for row in range(self.ui.membersTable.rowCount()):
            fill_choices(self._role_combo(row), MemberRole, role_label)
        self._update_ages()
        self.save_button().setText(self.save_button_text())

    def _title(self) -> str:
        if self._original.erased_on is not None:
            return self.tr("Family: %1").replace("%1", erased_text(self._original.erased_on))
        name = self.ui.nameEdit.text().strip()
        return self.tr("Family: %1").replace("%1", isolate(name)) if name else self.tr("New family")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_extra()
        super().changeEvent(event)

    # -- draft <-> widgets -------------------------------------------------------------------------
    def _show(self, draft: FamilyDraft) -> None:
        ui = self.ui
        ui.nameEdit.setText(draft.name)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(draft.status))
        ui.motherTongueCombo.set_code(draft.mother_tongue)
        ui.contactLanguagesEdit.set_codes(draft.contact_languages)
        ui.dutchLevelCombo.setCurrentIndex(ui.dutchLevelCombo.findData(draft.dutch_level))
        ui.arrivalDateEdit.set_date_value(draft.arrival_date)
        ui.reunificationCheck.setChecked(draft.family_reunification)
        ui.phoneEdit.setText(draft.phone)
        ui.whatsappEdit.setText(draft.whatsapp)
        ui.addressEdit.setText(draft.address)
        ui.postcodeEdit.setText(draft.postcode)
        ui.municipalityEdit.setText(draft.municipality)
        ui.referredByEdit.setText(draft.referred_by)
        for need in Need:
            self._need_box(need).setChecked(need.value in draft.needs)
        ui.needsOtherEdit.setText(draft.needs_other)
        ui.unavailabilityGrid.set_slots(draft.unavailability)
        ui.buddyPreferencesEdit.setPlainText(draft.buddy_preferences)
        ui.sensitiveEdit.setPlainText(draft.sensitive_constraints)
        ui.consentDateEdit.set_date_value(draft.consent_date)
        ui.consentVersionEdit.setText(draft.consent_text_version)
        ui.photoConsentCombo.setCurrentIndex(ui.photoConsentCombo.findData(draft.photo_consent))
        ui.consentHistoryLabel.setText(consent_history(draft.consents))
        ui.consentHistoryLabel.setVisible(bool(draft.consents))
        ui.notesEdit.setPlainText(draft.notes)
        ui.membersTable.setRowCount(0)
        for member in draft.members:
            self._add_member(member)
        ui.statusHistory.clear()
        if draft.id is not None:
            for step in status_history(self.store, draft.id):
                when = short_date(step.at.astimezone().date())
                ui.statusHistory.addItem(f"{when}  {status_label(FamilyStatus(step.status))}")

    def _need_box(self, need: Need) -> QCheckBox:
        box: QCheckBox = getattr(self.ui, f"need_{need.value}")
        return box

    def draft(self) -> FamilyDraft:
        """What the form holds now; birth years that are not numbers are kept out (and shown as errors)."""
        ui = self.ui
        return dataclasses.replace(
            self._original,
            name=ui.nameEdit.text(),
            status=FamilyStatus(ui.statusCombo.currentData()),
            mother_tongue=ui.motherTongueCombo.code(),
            contact_languages=ui.contactLanguagesEdit.codes(),
            dutch_level=DutchLevel(ui.dutchLevelCombo.currentData()),
            arrival_date=ui.arrivalDateEdit.date_value(),
            family_reunification=ui.reunificationCheck.isChecked(),
            phone=ui.phoneEdit.text().strip(),
            whatsapp=ui.whatsappEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            postcode=ui.postcodeEdit.text().strip(),
            municipality=ui.municipalityEdit.text().strip(),
            referred_by=ui.referredByEdit.text().strip(),
            needs=[need.value for need in Need if self._need_box(need).isChecked()],
            needs_other=ui.needsOtherEdit.text().strip(),
            unavailability=ui.unavailabilityGrid.slots(),
            buddy_preferences=ui.buddyPreferencesEdit.toPlainText(),
            sensitive_constraints=ui.sensitiveEdit.toPlainText(),
            consent_date=ui.consentDateEdit.date_value(),
            consent_text_version=ui.consentVersionEdit.text().strip(),
            photo_consent=PhotoConsent(ui.photoConsentCombo.currentData()),
            notes=ui.notesEdit.toPlainText(),
            members=[self._member(row) for row in range(ui.membersTable.rowCount())],
        )

    # -- members -----------------------------------------------------------------------------------
    def _add_member(self, member: MemberDraft, focus: bool = False) -> None:
        table = self.ui.membersTable
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(member.name)
        name.setData(Qt.ItemDataRole.UserRole, str(member.id) if member.id else None)
        table.setItem(row, NAME, name)
        combo = QComboBox(table)
        fill_choices(combo, MemberRole, role_label)
        combo.setCurrentIndex(combo.findData(member.role))
        table.setCellWidget(row, ROLE, combo)
        table.setItem(
            row, BIRTH_YEAR, QTableWidgetItem("" if member.birth_year is None else str(member.birth_year))
        )
        age = QTableWidgetItem()
        age.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.setItem(row, AGE, age)
        table.blockSignals(False)
        self._update_ages()
        if focus:
            table.setCurrentCell(row, NAME)
            table.setFocus()
            table.editItem(table.item(row, NAME))

    def _remove_member(self) -> None:
        row = self.ui.membersTable.currentRow()
        if row >= 0:
            self.ui.membersTable.removeRow(row)
            self._update_ages()

    def _role_combo(self, row: int) -> QComboBox:
        combo = self.ui.membersTable.cellWidget(row, ROLE)
        assert isinstance(combo, QComboBox)
        return combo

    def _member(self, row: int) -> MemberDraft:
        table = self.ui.membersTable
        member_id = table.item(row, NAME).data(Qt.ItemDataRole.UserRole)
        year_text = table.item(row, BIRTH_YEAR).text().strip()
        return MemberDraft(
            name=table.item(row, NAME).text(),
            role=MemberRole(self._role_combo(row).currentData()),
            birth_year=int(year_text) if year_text.isdigit() else None,
            id=uuid.UUID(member_id) if member_id else None,
        )

    def _member_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == BIRTH_YEAR:
            self._update_ages()

    def _update_ages(self) -> None:
        table = self.ui.membersTable
        today = self.store.today()
        children = []
        table.blockSignals(True)
        for row in range(table.rowCount()):
            member = self._member(row)
            age = member.age(today)
            table.item(row, AGE).setText("" if age is None or age < 0 else str(age))
            if member.role == MemberRole.CHILD and age is not None and age >= 0:
                children.append(age)
        table.blockSignals(False)
        ages = ", ".join(str(age) for age in sorted(children, reverse=True))
        self.ui.childrenSummary.setText(
            self.tr("Children's ages: %1").replace("%1", ages) if children else ""
        )

    def validation_errors(self, draft: FamilyDraft) -> list[DomainError]:
        errors = families.family_errors_of(draft, self.store.today())
        table = self.ui.membersTable
        for row in range(table.rowCount()):
            text = table.item(row, BIRTH_YEAR).text().strip()
            if text and not text.isdigit():
                errors.append(
                    DomainError(
                        QT_TRANSLATE_NOOP("domain", "Enter the year of birth as a number, e.g. 2015."),
                        field=f"members[{row}].birth_year",
                    )
                )
        return errors

    def show_table_errors(self, errors: list[DomainError]) -> QWidget | None:
        """Mark the member cells in error, with the messages under the table."""
        table = self.ui.membersTable
        for row in range(table.rowCount()):
            for column in (NAME, BIRTH_YEAR):
                table.item(row, column).setBackground(Qt.GlobalColor.transparent)
                table.item(row, column).setToolTip("")
        messages = []
        for error in errors:
            field = error.field or ""
            if not field.startswith("members["):
                continue
            row = int(field.split("[")[1].split("]")[0])
            column = NAME if field.endswith(".name") else BIRTH_YEAR
            text = user_message(error)
            table.item(row, column).setBackground(ERROR_BACKGROUND)
            table.item(row, column).setToolTip(text)
            messages.append(self.tr("Member %1: %2").replace("%1", str(row + 1)).replace("%2", text))
        self.ui.membersError.setText("\n".join(messages))
        self.ui.membersError.setVisible(bool(messages))
        return table if messages else None

    # -- saving ------------------------------------------------------------------------------------
    def before_save(self) -> None:
        # A language still being typed (Ctrl+S with the cursor in the field) counts too.
        self.ui.motherTongueCombo.commit()

    def find_duplicates(self, draft: FamilyDraft) -> list[PossibleDuplicate]:
        return families.possible_duplicates(self.store, draft)

    def write(self, draft: FamilyDraft) -> Work:
        store, today = self.store, self.store.today()
        return lambda: families.save_family(store, draft, today)

    def duplicate_texts(self) -> tuple[str, str]:
        return (
            self.tr("Is this a family you already know?"),
            self.tr("Click a name to open that family, or save anyway if this is another family."),
        )

    def unsaved_text(self) -> str:
        return self.tr("This family has changes that are not saved yet.")
