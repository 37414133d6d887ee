"""A PDF on paper: its pages rendered at the printer's resolution and sent through Qt's print system.

The system print dialog (QPrintDialog) lets the coordinator choose the printer, the copies and the pages; the
pages are rendered from the very PDF that is saved and recorded (QtPdf), so paper and file say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget


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
    """Print pages `first`…`last` (1-based, inclusive; None: to the end) on `printer`; the number printed.

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


_last_printer = ""  # the printer chosen last is offered first, for as long as the app runs


def remember_printer(name: str) -> None:
    global _last_printer
    _last_printer = name


def ask_and_print(pdf: bytes, title: str, parent: QWidget) -> int:
    """The system print dialog, then the pages chosen; the number of pages sent (0 when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if _last_printer in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(_last_printer)
    printer.setDocName(title)
    printer.setFullPage(False)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        remember_printer(printer.printerName())
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return print_pdf(pdf, printer, printer.fromPage(), printer.toPage() or None)
    return print_pdf(pdf, printer)
