"""A record's history ("Geschiedenis"), from its form: when, who, what happened, which fields. Never values: the
trail does not keep those of sensitive fields, and the form shows the others as they are now."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.history import FIELD_LABELS, HistoryLine, record_history
from tandem_desktop.db.models.enums import AuditAction
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.list_table import item_table

WHEN, WHO, WHAT, FIELDS = range(4)


class HistoryDialog(QDialog):
    def __init__(
        self, store: Store, table: str, record_id: uuid.UUID, name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History: %1").replace("%1", isolate(name)))
        self.resize(820, 460)
        intro = QLabel(
            self.tr(
                "Every change, newest first: when, by whom, and which fields. The values are not shown here."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = item_table(self, 4, "historyTable", FIELDS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Fields")]
        )
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        for line in record_history(store, table, record_id):
            self._add(line)
        self.table.resizeRowsToContents()

    def _add(self, line: HistoryLine) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(line.at.timestamp())), QLocale.FormatType.ShortFormat
        )
        who = line.actor or self.tr("(not recorded)")
        fields = ", ".join(QCoreApplication.translate("history", FIELD_LABELS[name]) for name in line.fields)
        for column, text in ((WHEN, when), (WHO, isolate(who)), (WHAT, self._what(line)), (FIELDS, fields)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _what(self, line: HistoryLine) -> str:
        texts = {
            AuditAction.CREATE: (self.tr("Registered"), self.tr("Member added")),
            AuditAction.UPDATE: (self.tr("Changed"), self.tr("Member changed")),
            AuditAction.DELETE: (self.tr("Deleted"), self.tr("Member removed")),
            AuditAction.RESTORE: (self.tr("Restored"), self.tr("Member restored")),
            AuditAction.IMPORT: (self.tr("Imported"), self.tr("Imported")),
        }
        return texts[line.action][1 if line.of_member else 0]
