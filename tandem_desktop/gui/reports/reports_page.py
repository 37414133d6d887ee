"""The reports: each one a short card saying what it holds and for whom, with the button that makes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.gui.network.signal_dialogs import SignalReportDialog


class ReportsPage(SectionPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests drive it)

        self.signals_box = QGroupBox(self)
        self.signals_box.setObjectName("signalsReport")
        box = QVBoxLayout(self.signals_box)
        self.signals_text = QLabel(self.signals_box)
        self.signals_text.setWordWrap(True)
        self.signals_button = QPushButton(self.signals_box)
        self.signals_button.setObjectName("signalsReportButton")
        self.signals_button.clicked.connect(self.open_signal_report)
        box.addWidget(self.signals_text)
        box.addWidget(self.signals_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.signals_box)
        self.retranslate()

    def open_signal_report(self) -> SignalReportDialog:
        dialog = open_dialog(SignalReportDialog(self.store, self))
        self.last_dialog = dialog
        return dialog

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.intro.setText(self.tr("Reports on the programme, for the organisation and the policy officer."))
        self.signals_box.setTitle(self.tr("Signals for the policy officer"))
        self.signals_text.setText(
            self.tr(
                "The signals raised in a period, grouped by theme, with what became of them: as a PDF to send or "
                "print, or as a CSV for a spreadsheet. The report names no family, family member or buddy."
            )
        )
        self.signals_button.setText(self.tr("&Make the report…"))
