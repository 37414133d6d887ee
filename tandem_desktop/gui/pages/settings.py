"""Settings: the interface language, where the data lives, and backups."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tandem_desktop.core.settings import ADJUSTABLE, read_settings, update_setting
from tandem_desktop.db import backups
from tandem_desktop.db.store import Store
from tandem_desktop.gui.i18n import LANGUAGES

from .section import SectionPage


class SettingsPage(SectionPage):
    language_chosen = Signal(str)
    backup_requested = Signal()
    open_folder_requested = Signal()
    programme_changed = Signal()  # a duration or a threshold changed: the duos' flags follow

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
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

        # A settings form reads best narrow: the fields do not stretch across a wide window.
        holder = QWidget(self)
        holder.setMaximumWidth(820)
        holder.setLayout(form)
        self.body.addWidget(holder)

        # The programme's rhythm and the thresholds of the duos' flags: saved as soon as they change.
        self.programme = QGroupBox(self)
        self.programme.setMaximumWidth(820)
        programme_form = QFormLayout(self.programme)
        programme_form.setHorizontalSpacing(16)
        self.numbers: dict[str, QSpinBox] = {}
        self.number_labels: dict[str, QLabel] = {}
        for name, (low, high) in ADJUSTABLE.items():
            box = QSpinBox(self.programme)
            box.setObjectName(name)
            box.setRange(low, high)
            box.setMaximumWidth(160)
            box.setKeyboardTracking(False)  # a typed number is saved once, not at every digit
            box.valueChanged.connect(lambda value, name=name: self._change(name, value))
            label = QLabel(self.programme)
            label.setBuddy(box)
            programme_form.addRow(label, box)
            self.numbers[name] = box
            self.number_labels[name] = label
        self.body.addWidget(self.programme)
        self.retranslate()

    def _change(self, name: str, value: int) -> None:
        update_setting(self._store, name, value)
        self.programme_changed.emit()

    def refresh(self) -> None:
        current = read_settings(self._store)  # a demo or an import may have brought other values
        for name, box in self.numbers.items():
            box.blockSignals(True)
            box.setValue(getattr(current, name))
            box.blockSignals(False)
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
        self.programme.setTitle(self.tr("Duos: rhythm and flags"))
        texts = {
            "duration_months": self.tr("Duration of a duo"),
            "meetings_per_month": self.tr("Activities per month"),
            "flag_no_activity_days": self.tr("Flag when no activity for"),
            "flag_behind_meetings": self.tr("Flag when behind the rhythm by"),
            "flag_evaluation_overdue_days": self.tr("Flag an evaluation overdue after"),
            "flag_ending_within_days": self.tr("Flag the end within"),
        }
        suffixes = {
            "duration_months": self.tr(" months"),
            "meetings_per_month": "",
            "flag_no_activity_days": self.tr(" days"),
            "flag_behind_meetings": self.tr(" activities"),
            "flag_evaluation_overdue_days": self.tr(" days"),
            "flag_ending_within_days": self.tr(" days"),
        }
        for name, label in self.number_labels.items():
            label.setText(texts[name])
            self.numbers[name].setSuffix(suffixes[name])
        self.refresh()
