"""The frame every page shares: a heading and a short line saying what the section is for."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tandem_desktop.db.changes import Changes
from tandem_desktop.db.models import RECORD_TABLES
from tandem_desktop.gui.common.operations import runner

ALL_KINDS = frozenset(str(model.__tablename__) for model in RECORD_TABLES)


class SectionPage(QWidget):
    # A page whose body should take the whole height (a list) sets this; others keep their content on top.
    fills_height = False
    # The kinds of record (table names) the page shows, its own and those it shows names or counts of: a
    # change to any of them reloads it (db/changes.py). Every kind unless a page says less.
    watches: frozenset[str] = ALL_KINDS

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
        # The one notification of what changed, whoever changed it: no page is wired to another.
        runner().changed.connect(self.on_changes)

    def retranslate(self) -> None:
        """Set every visible text; called at creation and whenever the language changes."""

    def refresh(self) -> None:
        """Reload what the page shows from the store (after the data changed)."""

    def on_changes(self, changes: Changes) -> None:
        """The one notification after every operation (the runner's `changed`): reload if it is about
        what this page shows."""
        if changes.touches(self.watches):
            self.data_changed()

    def data_changed(self) -> None:
        """Reload now if the page is shown, else when it is shown next. A save on one page would otherwise
        reload every page of the window, each with its queries."""
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
