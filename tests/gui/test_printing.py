"""Printing the agreement through the system print dialog, to real CUPS queues set up by .ci/print-queue:
TandemPDF (cups-pdf: each job becomes a PDF we read back) and TandemRejects (refuses every job).

What comes out of the printer is the agreement itself (its text and fonts, about the PDF's size), handed over
by `lp` while the window goes on; a failure is said in the dialog, with its cause, and nothing is recorded.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QRadioButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tandem_desktop.core.agreements import agreements_of
from tandem_desktop.db.models import Family
from tandem_desktop.db.store import Store
from tandem_desktop.gui.agreement import printing
from tandem_desktop.gui.agreement.agreement_dialog import AgreementDialog

from .conftest import wait_until_idle, work_done
from .test_agreement_dialog import running_duo

QUEUE = "TandemPDF"
REJECTING = "TandemRejects"
PRINTED = Path("/var/spool/cups-pdf/tandem")  # where .ci/print-queue has cups-pdf write
HANDING = "Handing the agreement to the printer"
SENT = "Sent to the printer."


W = TypeVar("W", bound=QWidget)


def child(dialog: QWidget, kind: type[W], name: str) -> W:
    """A widget of Qt's print dialog by its object name (as in Qt's own forms: printers, from, to, ...)."""
    widget = dialog.findChild(kind, name)
    assert widget is not None, f"Qt's print dialog has no {kind.__name__} {name!r}"
    return widget


def needs_queue(name: str) -> str:
    if name not in QPrinterInfo.availablePrinterNames():
        message = f"no CUPS queue {name}: run .ci/print-queue as root"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI sets it up: there the print tests always run
        pytest.skip(message)
    return name


@pytest.fixture
def print_queue(app: QApplication) -> str:
    return needs_queue(QUEUE)


@pytest.fixture
def rejecting_queue(app: QApplication) -> str:
    return needs_queue(REJECTING)


@pytest.fixture
def family_name() -> Iterator[str]:
    """A family name of this test alone: cups-pdf names the printed file after the job's title, which has it.
    The printed files are removed afterwards (they would hold a family's name)."""
    name = f"Gezin Haddad {uuid.uuid4().hex[:6]}"
    yield name
    for path in PRINTED.glob(f"*{name.replace(' ', '_')}*"):
        path.unlink(missing_ok=True)


def agreement(qtbot: QtBot, store: Store, family_name: str, language: str | None = "ar") -> AgreementDialog:
    duo_id = running_duo(store)
    with store.transaction() as session:
        session.exec(select(Family)).one().name = family_name
    with work_done(qtbot):  # the PDF is made by the operation runner
        dialog = AgreementDialog(store, duo_id, dt.date.today())
    qtbot.addWidget(dialog)
    dialog.choose_language(language)
    wait_until_idle(qtbot)  # a language other than the one suggested is made anew
    return dialog


def recorded(dialog: AgreementDialog) -> list[str | None]:
    return [r.second_language for r in agreements_of(dialog.store, dialog.duo_id)]


def status(dialog: AgreementDialog) -> str:
    return dialog.status.text()


def accept_print_dialog(seen: list[str], choose: Callable[[QPrintDialog], None] | None = None) -> None:
    """Press Print in the system print dialog when it appears, after `choose` set its widgets as a user would
    (its printer is the one offered first)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(10, press)
            return
        if choose is not None:
            choose(dialog)
        seen.append(child(dialog, QComboBox, "printers").currentText())
        dialog.accept()

    QTimer.singleShot(0, press)


def print_through_dialog(
    dialog: AgreementDialog, queue: str, choose: Callable[[QPrintDialog], None] | None = None
) -> None:
    printing.remember_printer(queue)
    seen: list[str] = []
    accept_print_dialog(seen, choose)
    dialog.print_agreement()
    assert seen, "the print dialog did not appear"
    if choose is None:
        assert seen == [queue]  # the printer chosen last is offered first


def printed_file(qtbot: QtBot, family_name: str) -> Path:
    """The PDF cups-pdf wrote for the job titled after `family_name`, once the queue is empty."""
    stem = f"Agreement_{family_name.replace(' ', '_')}"
    printed: list[Path] = []

    def landed() -> bool:
        printed[:] = sorted(PRINTED.glob(f"{stem}*-job_*.pdf"))
        waiting = subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True).stdout.strip()
        return bool(printed) and not waiting

    qtbot.waitUntil(landed, timeout=60_000)
    assert len(printed) == 1
    return printed[0]


def job_size(path: Path) -> int:
    """The size CUPS took in for the job that became `path` (lpstat's size: whole kilobytes, in bytes)."""
    found = re.search(r"-job_(\d+)\.pdf$", path.name)
    assert found
    jobs = subprocess.run(
        ["lpstat", "-W", "completed", "-o", QUEUE],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
    ).stdout
    line = next(line for line in jobs.splitlines() if line.split()[0] == f"{QUEUE}-{found.group(1)}")
    return int(line.split()[2])


def text_of(pdf: Path | bytes) -> str:
    reader = PdfReader(pdf if isinstance(pdf, Path) else io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def fonts_of(path: Path) -> set[tuple[str, str]]:
    """(name without subset prefix, kind) of every font the PDF's pages use."""
    fonts = set()
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        for font in (resources.get_object().get("/Font") or {}).values() if resources else ():
            font = font.get_object()
            fonts.add((str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1], str(font["/Subtype"])))
    return fonts


def test_the_agreement_printed_on_a_cups_printer_is_the_pdf_itself(
    qtbot: QtBot, store: Store, print_queue: str, family_name: str
) -> None:
    dialog = agreement(qtbot, store, family_name, "ar")
    pages = dialog.page_count()
    assert pages >= 3

    print_through_dialog(dialog, print_queue)
    qtbot.waitUntil(lambda: SENT in status(dialog), timeout=30_000)
    printed = printed_file(qtbot, family_name)

    assert len(PdfReader(printed).pages) == pages
    # Text, not pictures of pages: the family's name reads back, in the agreement's own fonts.
    assert family_name in text_of(printed)
    fonts = fonts_of(printed)
    names = {name for name, _kind in fonts}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular"} <= names, fonts
    assert all(kind != "/Type3" for _name, kind in fonts), fonts
    # The printer got the PDF (tens of kilobytes), not page images (21 MB at 300 dpi before).
    size = job_size(printed)
    assert size < len(dialog.pdf) * 1.1 + 4096, (size, len(dialog.pdf))
    # Printing is making the agreement: it is recorded on the duo.
    assert recorded(dialog) == ["ar"]


def test_pages_2_to_2_print_one_page_the_second(
    qtbot: QtBot, store: Store, print_queue: str, family_name: str
) -> None:
    dialog = agreement(qtbot, store, family_name, "en")
    assert dialog.page_count() >= 2

    def pages_2_to_2(print_dialog: QPrintDialog) -> None:
        child(print_dialog, QRadioButton, "printRange").setChecked(True)
        child(print_dialog, QSpinBox, "from").setValue(2)
        child(print_dialog, QSpinBox, "to").setValue(2)

    print_through_dialog(dialog, print_queue, pages_2_to_2)
    qtbot.waitUntil(lambda: SENT in status(dialog), timeout=30_000)
    printed = printed_file(qtbot, family_name)

    assert len(PdfReader(printed).pages) == 1
    second = " ".join((PdfReader(io.BytesIO(dialog.pdf)).pages[1].extract_text() or "").split())
    words = second.split()[:12]
    assert words and " ".join(words) in text_of(printed)


def fake_lp(folder: Path, answer: str, exit_code: int = 0) -> Path:
    """An `lp` first on PATH that keeps its arguments and its input, then waits for a line on the FIFO `go`
    before it answers: the job is in lp's hands for as long as the test wants."""
    folder.mkdir()
    os.mkfifo(folder / "go")
    script = folder / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{folder}/arguments"\n'
        f'cat > "{folder}/input.pdf"\n'
        f'read -r line < "{folder}/go"\n'
        f"echo '{answer}'\n"
        f"exit {exit_code}\n"
    )
    script.chmod(0o700)
    return folder


def release(folder: Path) -> Callable[[], bool]:
    """For waitUntil: tell the fake lp to answer, once it listens (a FIFO opened without a reader fails)."""

    def released() -> bool:
        try:
            fifo = os.open(folder / "go", os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return False
        os.write(fifo, b"go\n")
        os.close(fifo)
        return True

    return released


def test_the_window_goes_on_while_lp_takes_the_job_and_the_print_is_recorded_when_accepted(
    qtbot: QtBot,
    store: Store,
    print_queue: str,
    family_name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lp = fake_lp(tmp_path / "bin", "request id is TandemPDF-4242 (0 file(s))")
    monkeypatch.setenv("PATH", f"{lp}{os.pathsep}{os.environ['PATH']}")
    dialog = agreement(qtbot, store, family_name, "ar")
    with qtbot.waitExposed(dialog):
        dialog.show()

    print_through_dialog(dialog, print_queue)
    # print_agreement has returned while lp still has the job: the dialog says so and waits for its answer.
    assert HANDING in status(dialog)
    assert not dialog.print_button.isEnabled() and not dialog.close_button.isEnabled()
    assert not dialog.language.isEnabled()  # the document shown is the one being printed and recorded
    # The event loop runs: Qt feeds the PDF to lp's input meanwhile, and lp gets the PDF's very bytes.
    qtbot.waitUntil(lambda: (lp / "input.pdf").exists() and (lp / "input.pdf").read_bytes() == dialog.pdf)
    arguments = (lp / "arguments").read_text().splitlines()
    assert arguments[:6] == ["-d", print_queue, "-n", "1", "-t", f"Agreement {family_name}"]
    dialog.reject()  # Escape or the window's close button: the dialog waits for lp
    assert dialog.isVisible() and HANDING in status(dialog)
    assert recorded(dialog) == []

    qtbot.waitUntil(release(lp))
    qtbot.waitUntil(lambda: SENT in status(dialog))
    assert recorded(dialog) == ["ar"]
    assert dialog.print_button.isEnabled() and dialog.close_button.isEnabled()


def test_a_queue_that_refuses_jobs_is_named_in_the_dialog_and_nothing_is_recorded(
    qtbot: QtBot, store: Store, rejecting_queue: str, family_name: str
) -> None:
    dialog = agreement(qtbot, store, family_name)
    print_through_dialog(dialog, rejecting_queue)
    qtbot.waitUntil(lambda: "not accepting jobs" in status(dialog), timeout=30_000)
    assert f"the printer {rejecting_queue} is not accepting jobs. Choose another printer" in status(dialog)
    assert "Traceback" not in status(dialog)
    assert recorded(dialog) == []
    assert dialog.print_button.isEnabled()


def test_without_lp_the_dialog_says_what_to_install_and_nothing_is_recorded(
    qtbot: QtBot,
    store: Store,
    print_queue: str,
    family_name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp there
    dialog = agreement(qtbot, store, family_name)
    print_through_dialog(dialog, print_queue)
    qtbot.waitUntil(lambda: "“lp” was not found" in status(dialog))
    assert "cups-client" in status(dialog) and "save the agreement as PDF" in status(dialog)
    assert recorded(dialog) == []
    assert dialog.print_button.isEnabled()


def test_print_to_file_writes_the_agreement_pdf_itself(
    qtbot: QtBot, store: Store, app: QApplication, family_name: str, tmp_path: Path
) -> None:
    dialog = agreement(qtbot, store, family_name)
    target = tmp_path / "printed.pdf"

    def to_file(print_dialog: QPrintDialog) -> None:
        printers = child(print_dialog, QComboBox, "printers")
        printers.setCurrentIndex(printers.count() - 1)  # "Print to File (PDF)" comes last
        child(print_dialog, QLineEdit, "filename").setText(str(target))

    print_through_dialog(dialog, "", to_file)
    qtbot.waitUntil(lambda: "Saved as" in status(dialog))
    assert target.read_bytes() == dialog.pdf  # the document recorded (its SHA-256), not a re-rendering
    assert recorded(dialog) == ["ar"] and dialog.saved_paths == [target]


# -- the parts -----------------------------------------------------------------------------------------------
def test_the_choices_of_the_print_dialog_become_lp_options(app: QApplication, print_queue: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(print_queue)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    arguments = printing.lp_arguments(printer, "Agreement Gezin Haddad")
    assert arguments[:6] == ["-d", print_queue, "-n", "2", "-t", "Agreement Gezin Haddad"]
    options = " ".join(arguments[6:])
    for expected in ("-o collate=true", "-P 2-3", "-o print-color-mode=monochrome", "-o outputorder=reverse"):
        assert expected in options


def test_lp_errors_are_told_apart() -> None:
    kind = printing.lp_failure
    assert kind("lp: Error - The printer or class does not exist.") is printing.LpFailure.NO_SUCH_PRINTER
    assert kind('lp: Destination "X" is not accepting jobs.') is printing.LpFailure.NOT_ACCEPTING
    assert kind("lp: Error - Scheduler Not Responding.") is printing.LpFailure.NO_SCHEDULER
    assert kind("lp: Error - Forbidden") is printing.LpFailure.FORBIDDEN
    assert kind("lp: Error - Out of cheese") is printing.LpFailure.OTHER
    assert printing.lp_error_text("lp: Error - Out of cheese\n") == "Out of cheese"


def test_a_printer_that_does_not_exist_is_named_by_lp(
    qtbot: QtBot, app: QApplication, print_queue: str
) -> None:
    job = printing.send_to_lp(b"%PDF-1.4\n", ["-d", "TandemNoSuchQueue", "-t", "test"], "TandemNoSuchQueue")
    with qtbot.waitSignal(job.finished, timeout=30_000) as outcome:
        pass
    result = outcome.args[0]
    assert not result.accepted
    assert (
        "the printer TandemNoSuchQueue does not exist (any more). Choose another printer." in result.message
    )


def test_an_lp_that_never_answers_is_stopped_and_said(
    qtbot: QtBot, app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lp = fake_lp(tmp_path / "bin", "never said")
    monkeypatch.setenv("PATH", f"{lp}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(printing, "LP_TIMEOUT_MS", 300)
    job = printing.send_to_lp(b"%PDF-1.4\n", ["-d", QUEUE], QUEUE)
    with qtbot.waitSignal(job.finished, timeout=10_000) as outcome:
        pass
    result = outcome.args[0]
    assert not result.accepted and f"The printer {QUEUE} did not answer within a minute" in result.message


def test_odd_pages_of_a_range_are_counted_in_the_whole_agreement(app: QApplication, print_queue: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(print_queue)
    dialog = QPrintDialog(printer)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, 3)

    def odd_pages_of_2_to_3(print_dialog: QPrintDialog) -> None:
        child(print_dialog, QRadioButton, "printRange").setChecked(True)
        child(print_dialog, QSpinBox, "from").setValue(2)
        child(print_dialog, QSpinBox, "to").setValue(3)
        page_set = child(print_dialog, QComboBox, "pageSetCombo")
        page_set.setCurrentIndex(page_set.findText("Odd Pages"))

    accept_print_dialog([], odd_pages_of_2_to_3)
    assert dialog.exec() == QPrintDialog.DialogCode.Accepted
    arguments = printing.lp_arguments(printer, "test")
    # Qt's own job would hold pages 2-3 only and so asks for its even pages; lp is given the whole PDF.
    assert arguments[arguments.index("-P") + 1] == "2-3"
    assert "page-set=odd" in arguments


def test_an_lp_that_cannot_start_is_said(
    qtbot: QtBot, app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "lp").write_text("#!/nonexistent/interpreter\n")
    (folder / "lp").chmod(0o700)
    monkeypatch.setenv("PATH", str(folder))
    job = printing.send_to_lp(b"%PDF-1.4\n", ["-d", QUEUE], QUEUE)
    with qtbot.waitSignal(job.finished, timeout=10_000) as outcome:
        pass
    result = outcome.args[0]
    assert not result.accepted and "the print command “lp” could not be started" in result.message
