"""The agreement on paper: the system print dialog, then the very PDF handed to the printer, without blocking.

`ask_and_print` shows the system print dialog (QPrintDialog: printer, copies, pages, and on CUPS its options)
and returns a `PrintJob` (None when the dialog is cancelled). The job emits `finished` once with a
`PrintOutcome`: the printer's system accepted the job (with its id), the file was written, or what went wrong
and what to do about it, in the user's language. Where the job goes depends on the choice and the system:

- A printer on CUPS (Linux, macOS): the PDF bytes themselves go to `lp` on its standard input, so the printer
  gets text and embedded fonts (about the PDF's size: 70 KB) instead of page images (21 MB at 300 dpi).
  The choices made in the dialog become `lp` options: queue, copies, pages, collation, duplex, grey scale,
  paper, orientation, reverse order and the CUPS options of the dialog's Options tab and printer properties.
  `lp` runs in a QProcess, so the window stays responsive; nothing is written to disk on our side (the PDF
  holds personal data), and lp's answer ("request id is QUEUE-N") or its error is read back. A missing `lp` is
  reported, with the way out, instead of silently printing images.
- Print to file (QPrinter's PdfFormat): the PDF bytes are written to the chosen file, so it is the same
  document that is recorded (its SHA-256), not Qt's re-rendering of it; all its pages, whatever was chosen.
- A printer on Windows (no `lp`): the fallback. Each page is rendered by QtPdf at the printer's resolution and
  painted into QPrinter; this blocks the window while it renders, and sends images.

Logs name job ids and kinds of failure only, never the title, the file name or lp's text (they hold a family's
name).
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QProcess,
    QProcessEnvironment,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrintEngine, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from tandem_desktop.files import write_file

log = logging.getLogger(__name__)

LP_TIMEOUT_MS = 60_000  # lp returns once the local CUPS has the job; a minute means a scheduler that hangs
# Qt keeps the CUPS options chosen in the print dialog (its Options tab, the printer's properties) as
# alternating name/value strings in this print engine property (PPK_CupsOptions in Qt's qcups_p.h); Qt's own
# CUPS engine passes them to cupsPrintFile, so they go to lp here.
_PPK_CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)


def load_pdf(document: QPdfDocument, buffer: QBuffer, pdf: bytes) -> None:
    """Open PDF bytes in `document`, which reads them from `buffer` until it is closed or loads again."""
    document.close()
    buffer.close()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)


def page_image(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """One page at `size`, on white: QtPdf renders onto a transparent image, which prints black."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def print_pdf(pdf: bytes, printer: QPrinter, first: int = 1, last: int | None = None) -> int:
    """Print pages `first`…`last` (1-based, inclusive; None: to the end) on `printer` as images; the number
    printed. The fallback where there is no `lp` (Windows): it blocks while it renders.

    Each page is rendered at the printer's own resolution, fitted to its printable area without distortion.
    """
    document, buffer = QPdfDocument(), QBuffer()
    load_pdf(document, buffer, pdf)
    try:
        count = document.pageCount()
        last = count if last is None else min(last, count)
        first = max(1, first)
        if count == 0 or first > last:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for number, page in enumerate(range(first - 1, last)):
                if number:
                    printer.newPage()
                points = document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSize(round(points.width() * scale), round(points.height() * scale))
                target = QRect(0, 0, size.width(), size.height())
                target.moveCenter(QRect(0, 0, area.width(), area.height()).center())
                painter.drawImage(target, page_image(document, page, size))
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()
        buffer.close()


# -- what came of it -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PrintOutcome:
    """The end of one print job. `accepted`: the printer's system took the job, or the file was written."""

    accepted: bool
    message: str = ""  # when not accepted: the cause and the way out, for the user, translated
    request_id: str = ""  # CUPS's id of the job, e.g. "TandemPDF-12"
    path: Path | None = None  # printed to this file instead of a printer


class LpFailure(Enum):
    """Why `lp` did not take the job, as far as its exit and its (C locale) error text tell."""

    NOT_FOUND = "lp-not-found"
    NOT_STARTED = "lp-not-started"
    TIMED_OUT = "lp-timed-out"
    CRASHED = "lp-crashed"
    NO_SUCH_PRINTER = "no-such-printer"
    NOT_ACCEPTING = "not-accepting-jobs"
    NO_SCHEDULER = "cups-not-running"
    FORBIDDEN = "not-allowed"
    OTHER = "lp-error"


def lp_failure(error_text: str) -> LpFailure:
    """The kind of lp's error text (lp runs with LC_ALL=C, so its texts are CUPS's English ones)."""
    text = error_text.lower()
    if "does not exist" in text or "unknown destination" in text or "no default destination" in text:
        return LpFailure.NO_SUCH_PRINTER
    if "not accepting jobs" in text:
        return LpFailure.NOT_ACCEPTING
    if any(s in text for s in ("scheduler", "connection refused", "unable to connect", "not responding")):
        return LpFailure.NO_SCHEDULER
    if any(s in text for s in ("forbidden", "unauthorized", "not authorized", "not allowed")):
        return LpFailure.FORBIDDEN
    return LpFailure.OTHER


def lp_error_text(stderr: str) -> str:
    """lp's error without its "lp: Error - " prefix, on one line: told the user when its kind is unknown."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    text = " ".join(lines)
    return re.sub(r"^lp:\s*(error\s*-\s*)?", "", text, flags=re.IGNORECASE)


def failure_message(kind: LpFailure, queue: str, detail: str = "") -> str:
    """What the user reads: the cause and the way out. The literal strings are for lupdate."""
    if kind is LpFailure.NOT_FOUND:
        message = QCoreApplication.translate(
            "printing",
            "The agreement was not printed: the print command “lp” was not found on this computer. Install "
            "the CUPS client programs (on Debian and Ubuntu the package cups-client), or save the agreement "
            "as PDF and print that file.",
        )
    elif kind is LpFailure.NOT_STARTED:
        message = QCoreApplication.translate(
            "printing",
            "The agreement was not printed: the print command “lp” could not be started. Print again; if it "
            "keeps failing, save the agreement as PDF and print that file.",
        )
    elif kind is LpFailure.TIMED_OUT:
        message = QCoreApplication.translate(
            "printing",
            "The printer %1 did not answer within a minute, so printing was stopped. See whether the "
            "agreement came out before you print it again.",
        )
    elif kind is LpFailure.CRASHED:
        message = QCoreApplication.translate(
            "printing", "The agreement was not printed: the print command stopped unexpectedly. Print again."
        )
    elif kind is LpFailure.NO_SUCH_PRINTER:
        message = QCoreApplication.translate(
            "printing",
            "The agreement was not printed: the printer %1 does not exist (any more). "
            "Choose another printer.",
        )
    elif kind is LpFailure.NOT_ACCEPTING:
        message = QCoreApplication.translate(
            "printing",
            "The agreement was not printed: the printer %1 is not accepting jobs. Choose another printer, or "
            "ask whoever looks after the printers to let %1 accept jobs again.",
        )
    elif kind is LpFailure.NO_SCHEDULER:
        message = QCoreApplication.translate(
            "printing",
            "The agreement was not printed: the print service of this computer (CUPS) does not answer. Start "
            "it, or restart the computer, and print again.",
        )
    elif kind is LpFailure.FORBIDDEN:
        message = QCoreApplication.translate(
            "printing",
            "The agreement was not printed: you may not print on %1. Choose another printer, or ask whoever "
            "looks after the printers.",
        )
    else:
        message = QCoreApplication.translate(
            "printing",
            "The agreement was not printed: the printer %1 answered “%2”. "
            "Print again, or choose another printer.",
        )
    return message.replace("%2", detail).replace("%1", queue)


# -- the job -------------------------------------------------------------------------------------------------
# Jobs are kept here until they have reported, not by the window that started them: a QProcess deleted while
# lp runs would kill lp and leave the job half handed over.
_running: set[PrintJob] = set()


class PrintJob(QObject):
    """One print job on its way; `finished` is emitted once, with its PrintOutcome."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._done = False
        _running.add(self)

    def _finish(self, outcome: PrintOutcome) -> None:
        """Report `outcome` on the next turn of the event loop, so that work done at once (a file, the Windows
        fallback, an lp that fails inside QProcess.start) is told after the caller has connected to
        `finished`, like the rest. The job is let go only after reporting, outside its QProcess's signals:
        deleting a QObject while it emits is not safe."""
        if self._done:
            return
        self._done = True

        def report() -> None:
            self.finished.emit(outcome)
            _running.discard(self)

        QTimer.singleShot(0, report)


class LpJob(PrintJob):
    """The PDF given to `lp` on its standard input; lp's answer read back when it ends."""

    def __init__(self, lp: str, pdf: bytes, arguments: list[str], queue: str) -> None:
        super().__init__()
        self.queue = queue
        self._pdf = pdf
        self._timed_out = False
        self._process = QProcess(self)
        self._process.setProgram(lp)
        self._process.setArguments(arguments)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("LC_ALL", "C")  # lp's answer and errors in CUPS's English, which lp_failure reads
        self._process.setProcessEnvironment(environment)
        self._process.started.connect(self._write)
        self._process.errorOccurred.connect(self._error)
        self._process.finished.connect(self._ended)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._time_out)
        self._timer.start(LP_TIMEOUT_MS)
        self._process.start()

    def _write(self) -> None:
        # Written only once lp runs: QProcess warns about a write to a process that failed to start. Qt writes
        # the rest as lp reads, and closes lp's input after the last byte (lp then sends the job).
        self._process.write(QByteArray(self._pdf))
        self._process.closeWriteChannel()
        self._pdf = b""

    def _error(self, error: QProcess.ProcessError) -> None:
        # Only a failed start ends here: after the others (crash, a write to an lp that exited) `finished`
        # follows and tells the rest.
        if error == QProcess.ProcessError.FailedToStart:
            self._fail(LpFailure.NOT_STARTED)

    def _time_out(self) -> None:
        self._timed_out = True
        self._process.kill()  # `finished` follows

    def _ended(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        self._timer.stop()
        if self._timed_out:
            self._fail(LpFailure.TIMED_OUT)
        elif status == QProcess.ExitStatus.CrashExit:
            self._fail(LpFailure.CRASHED)
        elif exit_code == 0:
            answer = bytes(self._process.readAllStandardOutput().data()).decode("utf-8", "replace")
            found = re.search(r"request id is (\S+)", answer)
            request_id = found.group(1) if found else ""
            log.info("print job %s accepted", request_id or "(no id)")
            self._finish(PrintOutcome(True, request_id=request_id))
        else:
            stderr = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
            kind = lp_failure(stderr)
            detail = (lp_error_text(stderr) or f"exit status {exit_code}") if kind is LpFailure.OTHER else ""
            self._fail(kind, detail, exit_code)

    def _fail(self, kind: LpFailure, detail: str = "", exit_code: int | None = None) -> None:
        self._timer.stop()
        log.warning(
            "printing failed: %s%s", kind.value, "" if exit_code is None else f" (lp exit {exit_code})"
        )
        self._finish(PrintOutcome(False, failure_message(kind, self.queue, detail)))


def send_to_lp(pdf: bytes, arguments: list[str], queue: str) -> PrintJob:
    """Hand `pdf` to `lp ARGUMENTS` (`queue` names the printer in messages); a failed job without lp."""
    lp = shutil.which("lp")
    if lp is None:
        job = PrintJob()
        log.warning("printing failed: %s", LpFailure.NOT_FOUND.value)
        job._finish(PrintOutcome(False, failure_message(LpFailure.NOT_FOUND, queue)))
        return job
    return LpJob(lp, pdf, arguments, queue)


def save_pdf(pdf: bytes, path: Path) -> PrintJob:
    """Print to file: the PDF itself, written whole or not at all."""
    job = PrintJob()
    try:
        write_file(path, pdf)
    except OSError as error:
        log.warning("printing to a file failed: %s", type(error).__name__)
        message = (
            QCoreApplication.translate(
                "printing", "Could not save %1: %2. Choose another folder or file name in the print dialog."
            )
            .replace("%2", error.strerror or type(error).__name__)
            .replace("%1", str(path))
        )
        job._finish(PrintOutcome(False, message))
    else:
        job._finish(PrintOutcome(True, path=path))
    return job


def render_to(pdf: bytes, printer: QPrinter) -> PrintJob:
    """The fallback without lp (Windows): the chosen pages as images, rendered now (the window waits)."""
    job = PrintJob()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = print_pdf(pdf, printer, printer.fromPage(), printer.toPage() or None)
    else:
        pages = print_pdf(pdf, printer)
    if pages > 0:
        job._finish(PrintOutcome(True))
    else:
        log.warning("printing failed: printer-not-opened")
        message = QCoreApplication.translate(
            "printing",
            "The agreement was not printed: the printer %1 could not be opened. Choose another printer.",
        ).replace("%1", printer.printerName())
        job._finish(PrintOutcome(False, message))
    return job


def _cups_value(value: str) -> str:
    """A value lp's option parser (cupsParseOptions) takes whole: it splits at spaces and reads quotes,
    backslashes and braces."""
    return re.sub(r"([\s'\"\\{}])", r"\\\1", value)


def lp_arguments(printer: QPrinter, title: str) -> list[str]:
    """lp's arguments for what was chosen in the print dialog, as Qt's own CUPS engine would send them."""
    queue = printer.printerName()
    arguments = ["-d", queue, "-n", str(max(1, printer.copyCount())), "-t", title]
    if printer.copyCount() > 1 and printer.collateCopies():
        arguments += ["-o", "collate=true"]
    ranges = ""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges().toString() or (
            f"{printer.fromPage()}-{printer.toPage()}" if printer.fromPage() > 0 else ""
        )
    if ranges:
        arguments += ["-P", ranges]
    sides = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    }
    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    if printer.duplex() == QPrinter.DuplexMode.DuplexAuto:  # Qt's rule: bind on the long side of the sheet
        arguments += ["-o", "sides=two-sided-short-edge" if landscape else "sides=two-sided-long-edge"]
    elif printer.duplex() in sides:
        arguments += ["-o", f"sides={sides[printer.duplex()]}"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        arguments += ["-o", "print-color-mode=monochrome"]
    page_size = printer.pageLayout().pageSize()
    if page_size.isValid() and page_size.id() != QPageSize.PageSizeId.Custom:
        arguments += ["-o", f"media={_cups_value(page_size.key())}"]
    if landscape:
        arguments += ["-o", "landscape"]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        arguments += ["-o", "outputorder=reverse"]
    options = printer.printEngine().property(_PPK_CUPS_OPTIONS)
    if isinstance(options, list):
        for name, value in zip(options[::2], options[1::2], strict=False):
            if not name or not value or (name == "page-ranges" and ranges):
                continue
            if name == "page-set" and ranges and printer.fromPage() % 2 == 0:
                # The dialog swaps odd and even for a range that starts on an even page, because Qt's own job
                # holds only the range (its first page is page 1); CUPS counts the pages of the whole PDF.
                value = {"odd": "even", "even": "odd"}.get(str(value), value)
            arguments += ["-o", f"{name}={_cups_value(str(value))}"]
    return arguments


# -- the dialog ----------------------------------------------------------------------------------------------
_last_printer = ""  # the printer chosen last is offered first, for as long as the app runs


def remember_printer(name: str) -> None:
    global _last_printer
    _last_printer = name


def ask_and_print(pdf: bytes, title: str, parent: QWidget) -> PrintJob | None:
    """The system print dialog, then `pdf` on its way where it was sent; None when the dialog is cancelled.

    `title` names the job in the printer's queue. Connect to the job's `finished` for the outcome.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if _last_printer in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(_last_printer)
    printer.setDocName(title)
    printer.setFullPage(False)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        # Print to file: the same PDF as saved and recorded (copies and pages are for paper).
        return save_pdf(pdf, Path(printer.outputFileName()))
    remember_printer(printer.printerName())
    if sys.platform == "win32":
        return render_to(pdf, printer)
    return send_to_lp(pdf, lp_arguments(printer, title), printer.printerName())
