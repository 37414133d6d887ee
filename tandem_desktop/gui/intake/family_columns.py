"""The families list's columns."""

from __future__ import annotations

import datetime as dt

from tandem_desktop.core.families import FamilyRow
from tandem_desktop.db.models.enums import FamilyStatus
from tandem_desktop.gui.common.labels import languages_text, short_date, status_label
from tandem_desktop.gui.common.privacy_actions import erased_text
from tandem_desktop.gui.common.row_models import Column, RowTableModel
from tandem_desktop.messages import QT_TRANSLATE_NOOP

_STATUS_ORDER = {status: i for i, status in enumerate(FamilyStatus)}


def _languages(row: FamilyRow) -> str:
    return languages_text(row.languages)


FAMILY_COLUMNS: list[Column[FamilyRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Family"),
        lambda r: erased_text(r.erased_on) if r.erased_on else r.name,
        lambda r: r.name,
        tooltip=lambda r: "\n".join(r.member_names),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda r: status_label(r.status),
        lambda r: _STATUS_ORDER[r.status],
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Waiting since"),
        lambda r: short_date(r.waiting_since),
        # Families that wait come first, longest waiting first; the others after, by name.
        lambda r: (r.waiting_since is None, r.waiting_since or dt.date.max, r.name),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Children"),
        lambda r: str(r.children),
        lambda r: r.children,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Languages"), _languages, _languages),
    Column(
        QT_TRANSLATE_NOOP("columns", "Registered"),
        lambda r: short_date(r.registered_on),
        lambda r: r.registered_on,
    ),
]


def family_table_model() -> RowTableModel[FamilyRow]:
    return RowTableModel(FAMILY_COLUMNS, lambda row: row.id)
