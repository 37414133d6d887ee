"""The buddies list's columns."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tandem_desktop.core.buddies import BuddyRow, ExtractState, extract_state
from tandem_desktop.db.models.enums import BuddyStatus
from tandem_desktop.gui.common.labels import languages_text, short_date, status_label
from tandem_desktop.gui.common.privacy_actions import erased_text
from tandem_desktop.gui.common.row_models import Column, RowTableModel
from tandem_desktop.messages import QT_TRANSLATE_NOOP

_STATUS_ORDER = {status: i for i, status in enumerate(BuddyStatus)}
# Missing first, then expired, then valid: what needs asking for comes on top.
_EXTRACT_ORDER = {ExtractState.MISSING: 0, ExtractState.EXPIRED: 1, ExtractState.VALID: 2}
WARNING_COLOUR = QColor("#b3261e")


def _languages(row: BuddyRow) -> str:
    return languages_text(row.languages)


def _state(row: BuddyRow) -> ExtractState:
    return extract_state(row.extract_on, dt.date.today())


def extract_text(row: BuddyRow) -> str:
    state = _state(row)
    if state == ExtractState.MISSING:
        return QCoreApplication.translate("BuddyColumns", "Missing")
    if state == ExtractState.EXPIRED:
        return QCoreApplication.translate("BuddyColumns", "Expired")
    return short_date(row.extract_on)


def _extract_tooltip(row: BuddyRow) -> str:
    state = _state(row)
    if state == ExtractState.MISSING:
        return QCoreApplication.translate(
            "BuddyColumns", "No extract of the criminal record (model 2) yet: ask for one before matching."
        )
    if state == ExtractState.EXPIRED:
        return QCoreApplication.translate(
            "BuddyColumns", "The extract of %1 is older than a year: ask for a new one."
        ).replace("%1", short_date(row.extract_on))
    return QCoreApplication.translate(
        "BuddyColumns", "Extract of the criminal record (model 2) of %1."
    ).replace("%1", short_date(row.extract_on))


def _extract_key(row: BuddyRow) -> tuple[int, dt.date, str]:
    return (_EXTRACT_ORDER[_state(row)], row.extract_on or dt.date.min, row.name)


def _ex_newcomer(row: BuddyRow) -> str:
    return QCoreApplication.translate("BuddyColumns", "Yes") if row.ex_newcomer else "–"


def _duos(row: BuddyRow) -> str:
    return f"{row.open_duos} / {row.capacity}"


def _duos_tooltip(row: BuddyRow) -> str:
    return (
        QCoreApplication.translate("BuddyColumns", "%1 open duos, at most %2 at once")
        .replace("%1", str(row.open_duos))
        .replace("%2", str(row.capacity))
    )


BUDDY_COLUMNS: list[Column[BuddyRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Buddy"),
        lambda r: erased_text(r.erased_on) if r.erased_on else r.name,
        lambda r: r.name,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda r: status_label(r.status),
        lambda r: (_STATUS_ORDER[r.status], r.name),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Languages"), _languages, _languages),
    Column(
        QT_TRANSLATE_NOOP("columns", "Ex-newcomer"),
        _ex_newcomer,
        lambda r: (not r.ex_newcomer, r.name),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Duos"),
        _duos,
        # Ascending: the most free room first (who can take a duo), then by name.
        lambda r: (r.open_duos - r.capacity, r.name),
        align_right=True,
        tooltip=_duos_tooltip,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Extract"), extract_text, _extract_key, tooltip=_extract_tooltip),
    Column(
        QT_TRANSLATE_NOOP("columns", "Postcode"),
        lambda r: r.postcode,
        lambda r: (r.postcode, r.name),
    ),
]
EXTRACT_COLUMN = 5


class BuddyTableModel(RowTableModel[BuddyRow]):
    """Draws a missing or expired extract in red (the word says it too, for who does not see colours)."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == EXTRACT_COLUMN
            and 0 <= index.row() < self.rowCount()
        ):
            return WARNING_COLOUR if _state(self.row_at(index.row())) != ExtractState.VALID else None
        return super().data(index, role)


def buddy_table_model() -> BuddyTableModel:
    return BuddyTableModel(BUDDY_COLUMNS, lambda row: row.id)
