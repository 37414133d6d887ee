"""The frame every page shares: a heading and a short line saying what the section is for."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class SectionPage(QWidget):
    # A page whose body should take the whole height (a list) sets this; others keep their content on top.
    fills_height = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = False  # the data changed while the page was hidden
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.intro = QLabel(self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.body, 1 if self.fills_height else 0)
        if not self.fills_height:
            layout.addStretch(1)

    def retranslate(self) -> None:
        """Set every visible text; called at creation and whenever the language changes."""

    def refresh(self) -> None:
        """Reload what the page shows from the store (after the data changed)."""

    def data_changed(self) -> None:
        """The data changed elsewhere: reload now if the page is shown, else when it is shown next. A save
        on one page would otherwise reload every page of the window, each with its queries."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
