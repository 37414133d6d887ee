"""The dialogs that sign an agreement: one party's signature on the screen, and the agreement marked as
signed on paper (its date, the photo answer and a scan)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core import agreements
from tandem_desktop.core.agreements import AgreementRecord
from tandem_desktop.db.models.enums import PhotoConsent
from tandem_desktop.db.store import Store
from tandem_desktop.gui.agreement.signature_pad import SignaturePad
from tandem_desktop.gui.common.dates import date_edit, day_of
from tandem_desktop.gui.common.file_dialogs import open_file_name
from tandem_desktop.gui.common.form_dialog import FormDialog, Work
from tandem_desktop.gui.common.labels import fill_choices, photo_consent_label


class SignatureDialog(QDialog):
    """One party signs on the screen (mouse, pen or finger)."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign on the screen"))
        self.label = QLabel(self.tr("Signature of %1").replace("%1", who), self)
        self.pad = SignaturePad(self)
        self.pad.setObjectName("signaturePad")
        self.pad.setMinimumSize(460, 170)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        clear = buttons.addButton(self.tr("&Clear"), QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(self.pad.clear)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.pad.changed.connect(lambda: self.ok.setEnabled(not self.pad.is_empty()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.pad, 1)
        layout.addWidget(buttons)

    def png(self) -> bytes | None:
        return self.pad.png_bytes()


class MarkSignedDialog(FormDialog):
    """The date it was signed, the family's answer on photos, and a scan of the signed paper (optional)."""

    def __init__(
        self,
        store: Store,
        record: AgreementRecord,
        photo_consent: PhotoConsent,
        today: dt.date,
        parent: QWidget | None,
        signed_pdf: bytes | None = None,
    ) -> None:
        super().__init__(store, parent)
        self.record = record
        self.today = today
        self._signed_pdf = signed_pdf
        self.setWindowTitle(self.tr("Mark the agreement as signed"))
        self.setMinimumWidth(620)
        self.intro.setText(
            self.tr(
                "Everybody signed the agreement. A scan or photo of the signed paper can be kept with it."
            )
        )
        self.signed_on = date_edit(self, today)
        self.signed_on.setObjectName("signedOn")
        self.photos = QComboBox(self)
        self.photos.setObjectName("photoConsent")
        fill_choices(self.photos, PhotoConsent, photo_consent_label)
        self.photos.setCurrentIndex(self.photos.findData(photo_consent))
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scanFile")
        self.scan.setPlaceholderText(
            self.tr("The agreement signed on the screen is kept")
            if signed_pdf is not None
            else self.tr("No scan (optional)")
        )
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self._choose_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(choose)
        scan_holder = QWidget(self)
        scan_holder.setLayout(scan_row)
        scan_row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Signed &on"), self.signed_on)
        self.form.addRow(self.tr("&Photos"), self.photos)
        self.form.addRow(self.tr("&Scan"), scan_holder)
        self.ok_button_text(self.tr("Mark as &signed"))
        self.watch_fields({"signed_on": self.signed_on, "scan": scan_holder})

    def _choose_scan(self) -> None:
        chosen = open_file_name(
            self, self.tr("The scan of the signed agreement"), self.tr("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if chosen is not None:
            self.scan.setText(str(chosen))

    def apply(self) -> Work:
        typed = self.scan.text().strip()
        store, record_id, signed_on, photos, today = (
            self.store,
            self.record.id,
            day_of(self.signed_on),
            PhotoConsent(self.photos.currentData()),
            self.today,
        )
        signed_pdf = self._signed_pdf

        def mark_signed() -> object:
            # Signed on the screen and no scan: the signed PDF itself is what was signed.
            scan: Path | bytes | None = Path(typed) if typed else signed_pdf
            return agreements.mark_signed(store, record_id, signed_on, photos, today, scan)

        return mark_signed

    def applied(self, result: object) -> None:
        assert isinstance(result, type(self.record))
        self.record = result
