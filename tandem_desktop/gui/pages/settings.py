"""Settings: the interface language, where the data lives, and backups."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from tandem_desktop.db import backups
from tandem_desktop.db.store import Store
from tandem_desktop.gui.i18n import LANGUAGES

from .section import SectionPage


class SettingsPage(SectionPage):
    language_chosen = Signal(str)
    backup_requested = Signal()
    open_folder_requested = Signal()

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
        self.retranslate()

    def refresh(self) -> None:
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
        self.intro.setText(self.tr("The language of the screens, where your data is kept, and its backups."))
        self.language_label.setText(self.tr("&Language"))
        self.folder_label.setText(self.tr("Data folder"))
        self.open_folder.setText(self.tr("Open folder"))
        self.backup_label.setText(self.tr("Backups"))
        self.backup_now.setText(self.tr("Back up now"))
        self.refresh()
