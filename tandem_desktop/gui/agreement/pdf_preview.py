"""The preview of a PDF, its pages as wide as the view."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPreview(QPdfView):
    """All pages one below the other, fitted to the width.

    QPdfView keeps the pages it drew for the width it had; when the width changes (the dialog laid out, a
    scroll bar appearing once the pages are longer than the view), it draws those images at the new size,
    letters out of place ("Bijvoorbeel d", "kinderop vang"; seen under Xvfb, not offscreen). Fitting anew
    once the width has settled makes it draw them again for that width."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._fitted_width = -1
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self._fit_again)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit.start(0)  # once the layout has settled: a scroll bar may still come or go

    def _fit_again(self) -> None:
        width = self.viewport().width()
        if width != self._fitted_width:
            self._fitted_width = width
            self.setZoomMode(QPdfView.ZoomMode.Custom)
            self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
