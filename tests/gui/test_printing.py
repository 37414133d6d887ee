"""Printing the agreement through the system print dialog to a real CUPS queue (cups-pdf, set up by
.ci/print-queue): what comes out of the printer has the agreement's pages."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tandem_desktop.core.agreements import agreements_of
from tandem_desktop.db.models import Family
from tandem_desktop.db.store import Store
from tandem_desktop.gui import printing
from tandem_desktop.gui.agreement_dialog import AgreementDialog

from .test_agreement_dialog import running_duo

QUEUE = "TandemPDF"
PRINTED = Path("/var/spool/cups-pdf/tandem")  # where .ci/print-queue has cups-pdf write


@pytest.fixture
def print_queue(app: QApplication) -> str:
    if QUEUE not in QPrinterInfo.availablePrinterNames():
        message = f"no CUPS queue {QUEUE}: run .ci/print-queue as root"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI sets it up: there the print test always runs
        pytest.skip(message)
    return QUEUE


def accept_print_dialog(seen: list[str]) -> None:
    """Press Print in the system print dialog when it appears (its printer is the one offered first)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(10, press)
            return
        seen.append(dialog.printer().printerName())
        dialog.accept()

    QTimer.singleShot(0, press)


def test_the_agreement_printed_on_a_cups_printer_has_all_its_pages(
    qtbot: QtBot, store: Store, print_queue: str
) -> None:
    duo_id = running_duo(store)
    with store.transaction() as session:
        family = session.exec(select(Family)).one()
        family.name = f"Gezin Haddad {uuid.uuid4().hex[:6]}"  # the printed file is named after the document
    dialog = AgreementDialog(store, duo_id, dt.date.today())
    qtbot.addWidget(dialog)
    dialog.choose_language("ar")  # three pages or more
    pages = dialog.page_count()
    assert pages >= 3

    printing.remember_printer(print_queue)
    seen: list[str] = []
    accept_print_dialog(seen)
    dialog.print_agreement()
    assert seen == [print_queue]

    stem = f"Agreement_{family.name.replace(' ', '_')}"
    printed: list[Path] = []

    def landed() -> bool:
        printed[:] = sorted(PRINTED.glob(f"{stem}*-job_*.pdf"))
        waiting = subprocess.run(["lpstat", "-o", print_queue], capture_output=True, text=True).stdout.strip()
        return bool(printed) and not waiting

    qtbot.waitUntil(landed, timeout=60_000)
    assert len(PdfReader(printed[-1]).pages) == pages
    # Printing is making the agreement: it is recorded on the duo.
    assert [r.second_language for r in agreements_of(store, duo_id)] == ["ar"]
