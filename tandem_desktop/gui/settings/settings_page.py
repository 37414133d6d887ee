"""Settings: the interface language, where the data lives, backups, the duos' rhythm, and who the agreement
names (the organisation, its logo, the coordinator) with the wording of the agreement."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.agreement_texts import read_template
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.settings import (
    ADJUSTABLE,
    CONTACT_FIELDS,
    MAX_CONTACT_LENGTH,
    contact_value,
    read_logo,
    read_settings,
    set_logo,
    update_contact,
    update_setting,
)
from tandem_desktop.db import backups
from tandem_desktop.db.store import Store
from tandem_desktop.gui.agreement.template_dialog import AgreementTemplateDialog, version_text
from tandem_desktop.gui.common.field_errors import FieldErrors
from tandem_desktop.gui.common.file_dialogs import open_file_name
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.gui.shell.language import LANGUAGES
from tandem_desktop.gui.shell.preferences import LOCK_MINUTES_RANGE

LOGO_PREVIEW = (140, 56)  # pixels: the logo prints at most 3.6 × 1.8 cm


class SettingsPage(SectionPage):
    fills_height = True  # the body scrolls: the page is longer than a laptop's screen

    language_chosen = Signal(str)
    backup_requested = Signal()
    open_folder_requested = Signal()
    lock_minutes_chosen = Signal(int)
    lock_requested = Signal()

    def __init__(self, store: Store, language: str, lock_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)

        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():  # each language is named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setMaximumWidth(280)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)

        self.folder_label = QLabel(self)
        self.folder = QLabel(str(store.data_dir), self)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self)
        self.open_folder.clicked.connect(self.open_folder_requested)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        form.addRow(self.folder_label, folder_row)

        self.backup_label = QLabel(self)
        self.latest_backup = QLabel(self)
        self.backup_now = QPushButton(self)
        self.backup_now.clicked.connect(self.backup_requested)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.latest_backup, 1)
        backup_row.addWidget(self.backup_now)
        form.addRow(self.backup_label, backup_row)

        # The lock: the data is encrypted on disk; the window hides it when she leaves the laptop.
        self.lock_label = QLabel(self)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(*LOCK_MINUTES_RANGE)
        self.lock_minutes.setValue(lock_minutes)
        self.lock_minutes.setMinimumWidth(240)  # its suffix ("minutes without use") whole, in Dutch too
        self.lock_minutes.setKeyboardTracking(False)
        self.lock_minutes.valueChanged.connect(self.lock_minutes_chosen)
        self.lock_label.setBuddy(self.lock_minutes)
        self.lock_now = QPushButton(self)
        self.lock_now.setObjectName("lockNow")
        self.lock_now.clicked.connect(self.lock_requested)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_minutes)
        lock_row.addStretch(1)
        lock_row.addWidget(self.lock_now)
        form.addRow(self.lock_label, lock_row)
        self.passphrase_label = QLabel(self)
        self.change_passphrase = QPushButton(self)
        self.change_passphrase.setObjectName("changePassphrase")
        self.change_passphrase.clicked.connect(self.open_passphrase_dialog)
        self.passphrase_state = QLabel(self)
        self.passphrase_state.setWordWrap(True)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_state, 1)
        passphrase_row.addWidget(self.change_passphrase)
        form.addRow(self.passphrase_label, passphrase_row)
        self.last_dialog: QDialog | None = None

        # Everything under the heading scrolls, so that the page fits a 1366×768 screen.
        self.scroll_area = QScrollArea(self)  # not `scroll`: that would hide QWidget.scroll()
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        content = QWidget(self.scroll_area)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(12)
        self.scroll_area.setWidget(content)
        self.body.addWidget(self.scroll_area)

        # A settings form reads best narrow: the fields do not stretch across a wide window.
        holder = QWidget(content)
        holder.setMaximumWidth(820)
        holder.setLayout(form)
        column.addWidget(holder)

        # The programme's rhythm and the thresholds of the duos' flags: saved as soon as they change.
        self.programme = QGroupBox(content)
        self.programme.setMaximumWidth(820)
        # How long personal data is kept (the Privacy page lists who is due): months, at least one.
        self.retention = QGroupBox(content)
        self.retention.setObjectName("retentionGroup")
        self.retention.setMaximumWidth(820)
        forms = {group: QFormLayout(group) for group in (self.programme, self.retention)}
        self.numbers: dict[str, QSpinBox] = {}
        self.number_labels: dict[str, QLabel] = {}
        for name, (low, high) in ADJUSTABLE.items():
            group = self.retention if name.startswith("retention_") else self.programme
            box = QSpinBox(group)
            box.setObjectName(name)
            box.setRange(low, high)
            box.setMaximumWidth(200)
            box.setKeyboardTracking(False)  # a typed number is saved once, not at every digit
            box.valueChanged.connect(lambda value, name=name: self._change(name, value))
            label = QLabel(group)
            label.setBuddy(box)
            forms[group].setHorizontalSpacing(16)
            forms[group].addRow(label, box)
            self.numbers[name] = box
            self.number_labels[name] = label
        column.addWidget(self.programme)
        column.addWidget(self.retention)
        self._make_contact_group(content)
        column.addWidget(self.contact)
        column.addStretch(1)
        self.retranslate()

    # -- who the agreement names ---------------------------------------------------------------------------
    def _make_contact_group(self, parent: QWidget) -> None:
        """The organisation and the coordinator as the agreement prints them: each field saved when left."""
        self.contact = QGroupBox(parent)
        self.contact.setObjectName("contactGroup")
        self.contact.setMaximumWidth(820)
        contact_form = QFormLayout(self.contact)
        contact_form.setHorizontalSpacing(16)
        self.contacts: dict[str, QLineEdit] = {}
        self.contact_labels: dict[str, QLabel] = {}
        for name in CONTACT_FIELDS:
            edit = QLineEdit(self.contact)
            edit.setObjectName(name)
            edit.setMaxLength(MAX_CONTACT_LENGTH)
            edit.editingFinished.connect(lambda name=name: self.save_contact(name))
            label = QLabel(self.contact)
            label.setBuddy(edit)
            contact_form.addRow(label, edit)
            self.contacts[name] = edit
            self.contact_labels[name] = label
            if name == "organisation_email":  # the logo belongs with the organisation
                self._make_logo_row(contact_form)

        self.agreement_label = QLabel(self.contact)
        self.agreement_text = QPushButton(self.contact)
        self.agreement_text.setObjectName("agreementText")
        self.agreement_text.clicked.connect(self.open_agreement_text)
        self.agreement_version = QLabel(self.contact)
        self.agreement_version.setObjectName("agreementVersion")
        agreement_row = QHBoxLayout()
        agreement_row.setSpacing(12)
        agreement_row.addWidget(self.agreement_text)
        agreement_row.addWidget(self.agreement_version, 1)
        contact_form.addRow(self.agreement_label, agreement_row)
        self.agreement_dialog: AgreementTemplateDialog | None = None

        self._refused: dict[str, DomainError] = {}  # the fields whose typed value was refused
        self._contact_errors = FieldErrors({**self.contacts, "logo_path": self.logo_row})

    def _make_logo_row(self, form: QFormLayout) -> None:
        self.logo_row = QWidget(self.contact)  # one widget, so that a message shows under the whole row
        self.logo_row.setObjectName("logoRow")
        self.logo_label = QLabel(self.contact)
        self.logo_preview = QLabel(self.logo_row)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_logo_button = QPushButton(self.logo_row)
        self.choose_logo_button.setObjectName("chooseLogo")
        self.choose_logo_button.clicked.connect(self._pick_logo)
        self.remove_logo_button = QPushButton(self.logo_row)
        self.remove_logo_button.setObjectName("removeLogo")
        self.remove_logo_button.clicked.connect(lambda: self.choose_logo(None))
        row = QHBoxLayout(self.logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview)
        row.addWidget(self.choose_logo_button)
        row.addWidget(self.remove_logo_button)
        row.addStretch(1)
        self.logo_label.setBuddy(self.choose_logo_button)
        form.addRow(self.logo_label, self.logo_row)

    def save_contact(self, name: str) -> None:
        """Save the field as typed; a refused value keeps its text and shows why under the field."""
        edit = self.contacts[name]
        store, typed = self._store, edit.text()

        def saved(shown: object) -> None:
            self._refused.pop(name, None)
            if edit.text() == typed and typed != shown:
                edit.setText(str(shown))  # the phone as the app writes it; trimmed text
            edit.setModified(False)
            self._contact_errors.show(self._refused.values())

        runner().run(
            lambda _progress: update_contact(store, name, typed),
            parent=self,
            done=saved,
            failed=lambda error: self._refuse(name, error),
        )

    def _refuse(self, name: str, error: BaseException) -> bool:
        """A value core refused keeps its text and shows why under its field."""
        if not isinstance(error, DomainError):
            return False
        self._refused[name] = error
        self._contact_errors.show(self._refused.values())
        return True

    def open_passphrase_dialog(self) -> None:
        from tandem_desktop.gui.settings.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self._store.data_dir, self)
        dialog.accepted.connect(
            lambda: self.passphrase_state.setText(
                self.tr("The passphrase was changed. The recovery key stays.")
            )
        )
        self.last_dialog = open_dialog(dialog)

    def _pick_logo(self) -> None:
        chosen = open_file_name(
            self, self.tr("Choose the organisation's logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen is not None:
            self.choose_logo(chosen)

    def choose_logo(self, source: Path | None) -> None:
        """Copy `source` into the data folder as the logo (None: no logo); a refused file shows why."""
        store = self._store

        def done(_result: object) -> None:
            self._refused.pop("logo_path", None)
            self._contact_errors.show(self._refused.values())
            self._show_logo()

        runner().run(
            lambda _progress: set_logo(store, source),
            parent=self,
            done=done,
            failed=lambda error: self._refuse("logo_path", error),
        )

    def _show_logo(self) -> None:
        image = read_logo(self._store)
        pixmap = QPixmap()
        if image is not None:
            pixmap.loadFromData(image)
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if image is None else self.tr("Cannot be shown"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    *LOGO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_logo_button.setEnabled(image is not None)

    def open_agreement_text(self) -> None:
        if self.agreement_dialog is not None:
            self.agreement_dialog.deleteLater()
        self.agreement_dialog = AgreementTemplateDialog(self._store, self)
        self.agreement_dialog.finished.connect(lambda _result: self._show_agreement_version())
        self.agreement_dialog.open()

    def _show_agreement_version(self) -> None:
        self.agreement_version.setText(version_text(read_template(self._store)))

    def _change(self, name: str, value: int) -> None:
        # The duos' flags follow from the runner's notification.
        store = self._store
        runner().run(lambda _progress: update_setting(store, name, value), parent=self)

    def refresh(self) -> None:
        current = read_settings(self._store)  # a demo or an import may have brought other values
        for name, box in self.numbers.items():
            if box.hasFocus():
                continue  # being typed in: its own saves are on their way
            box.blockSignals(True)
            box.setValue(getattr(current, name))
            box.blockSignals(False)
        for name, edit in self.contacts.items():
            # A refused value stays as typed, and so does a field being typed in.
            if name not in self._refused and not (edit.hasFocus() and edit.isModified()):
                edit.setText(contact_value(current, name))
        self._show_logo()
        self._show_agreement_version()
        latest = backups.latest_backup(self._store.backup_dir)
        taken = backups.backup_time(latest) if latest else None
        if taken is None:
            self.latest_backup.setText(self.tr("No backup yet."))
        else:
            when = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(taken.timestamp())), QLocale.FormatType.LongFormat
            )
            self.latest_backup.setText(self.tr("Latest backup: %1").replace("%1", when))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.intro.setText(
            self.tr(
                "The language of the screens, where your data is kept, its backups, and the duos' rhythm."
            )
        )
        self.language_label.setText(self.tr("&Language"))
        self.folder_label.setText(self.tr("Data folder"))
        self.open_folder.setText(self.tr("Open folder"))
        self.backup_label.setText(self.tr("Backups"))
        self.backup_now.setText(self.tr("Back up now"))
        self.lock_label.setText(self.tr("Loc&k after"))
        self.lock_minutes.setSuffix(self.tr(" minutes without use"))
        self.lock_now.setText(self.tr("Lock now"))
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.change_passphrase.setText(self.tr("Change the passphrase…"))
        self.programme.setTitle(self.tr("Duos: rhythm and flags"))
        self.retention.setTitle(self.tr("Privacy: how long data is kept before it is erased"))
        texts = {
            "duration_months": self.tr("Duration of a duo"),
            "meetings_per_month": self.tr("Activities per month"),
            "flag_no_activity_days": self.tr("Flag when no activity for"),
            "flag_behind_meetings": self.tr("Flag when behind the rhythm by"),
            "flag_evaluation_overdue_days": self.tr("Flag an evaluation overdue after"),
            "flag_ending_within_days": self.tr("Flag the end within"),
            "retention_months_after_trajectory": self.tr("A family's data, after its last duo ended"),
            "retention_months_never_matched": self.tr("A family never matched, after it left"),
            "retention_months_buddy": self.tr("A buddy's data, after the buddy stopped"),
        }
        suffixes = {
            "duration_months": self.tr(" months"),
            "meetings_per_month": "",
            "flag_no_activity_days": self.tr(" days"),
            "flag_behind_meetings": self.tr(" activities"),
            "flag_evaluation_overdue_days": self.tr(" days"),
            "flag_ending_within_days": self.tr(" days"),
            "retention_months_after_trajectory": self.tr(" months"),
            "retention_months_never_matched": self.tr(" months"),
            "retention_months_buddy": self.tr(" months"),
        }
        for name, label in self.number_labels.items():
            label.setText(texts[name])
            self.numbers[name].setSuffix(suffixes[name])

        self.contact.setTitle(self.tr("Organisation and coordinator (printed on the agreement)"))
        contact_texts = {
            "organisation_name": self.tr("&Organisation"),
            "organisation_address": self.tr("A&ddress"),
            "organisation_phone": self.tr("P&hone"),
            "organisation_email": self.tr("&E-mail"),
            "coordinator_name": self.tr("&Coordinator"),
            "coordinator_phone": self.tr("Coordinator's p&hone"),
            "coordinator_email": self.tr("Coordinator's e-&mail"),
        }
        for name, label in self.contact_labels.items():
            label.setText(contact_texts[name])
        self.contacts["organisation_address"].setPlaceholderText(
            self.tr("Street and number, postcode and municipality")
        )
        for name in ("organisation_phone", "coordinator_phone"):
            self.contacts[name].setPlaceholderText(self.tr("e.g. 09 225 12 34 or 0470 12 34 56"))
        self.logo_label.setText(self.tr("Logo"))
        self.choose_logo_button.setText(self.tr("C&hoose…"))
        self.remove_logo_button.setText(self.tr("Remove"))
        self.agreement_label.setText(self.tr("Agreement"))
        self.agreement_text.setText(self.tr("Agreement &text…"))
        self._contact_errors.show(self._refused.values())  # the messages in the new language
        self.refresh()
