"""The columns of the organisations directory, the referrals and the signals register."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from tandem_desktop.core.organisations import OrganisationRow, ReferralRow
from tandem_desktop.core.signals import SignalRow
from tandem_desktop.core.validation import display_phone
from tandem_desktop.db.models.enums import SignalStatus
from tandem_desktop.gui.common.labels import (
    languages_text,
    organisation_category_label,
    referral_outcome_label,
    short_date,
    signal_source_label,
    signal_status_label,
    signal_theme_label,
)
from tandem_desktop.gui.common.row_models import Column, RowTableModel
from tandem_desktop.messages import QT_TRANSLATE_NOOP

DUE_COLOUR = "#b3261e"  # the red of the style sheet's field errors


# -- the directory -----------------------------------------------------------------------------------


def organisation_languages(row: OrganisationRow) -> str:
    return languages_text(row.languages)


ORGANISATION_COLUMNS: list[Column[OrganisationRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("columns", "Category"),
        lambda r: organisation_category_label(r.category),
        lambda r: (organisation_category_label(r.category), r.name),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Municipality"),
        lambda r: r.municipality,
        lambda r: (r.municipality, r.name),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Contact"),
        lambda r: r.contact_person,
        lambda r: r.contact_person,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda r: display_phone(r.phone), lambda r: r.phone or ""),
    Column(
        QT_TRANSLATE_NOOP("columns", "Languages"),
        organisation_languages,
        organisation_languages,
        tooltip=organisation_languages,  # the column may be narrower than the list
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Open referrals"),
        lambda r: str(r.open_referrals) if r.open_referrals else "",
        lambda r: (r.open_referrals, r.name),
        align_right=True,
    ),
]
ORGANISATION_LANGUAGES_COLUMN = 5
assert ORGANISATION_COLUMNS[ORGANISATION_LANGUAGES_COLUMN].title == "Languages"
REFERRAL_PURPOSE_COLUMN = 3


def organisation_table_model() -> RowTableModel[OrganisationRow]:
    return RowTableModel(ORGANISATION_COLUMNS, lambda row: row.id)


# -- referrals -----------------------------------------------------------------------------------------


def _organisation_text(row: ReferralRow) -> str:
    return row.organisation_name


REFERRAL_COLUMNS: list[Column[ReferralRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Referred on"),
        lambda r: short_date(r.referred_on),
        lambda r: (r.referred_on, r.family_name),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Family"),
        lambda r: r.family_name,
        lambda r: (r.family_name, r.referred_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Organisation"),
        _organisation_text,
        lambda r: (r.organisation_name, r.referred_on),
        tooltip=lambda r: organisation_category_label(r.category),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Purpose"),
        lambda r: r.purpose,
        lambda r: r.purpose,
        tooltip=lambda r: r.purpose,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Outcome"),
        lambda r: referral_outcome_label(r.outcome),
        lambda r: (not r.is_open, referral_outcome_label(r.outcome)),
    ),
    # Open referrals with a follow-up date first, the earliest first; closed ones have none.
    Column(
        QT_TRANSLATE_NOOP("columns", "Follow up"),
        lambda r: short_date(r.follow_up_on) if r.is_open else "",
        lambda r: (not r.is_open or r.follow_up_on is None, r.follow_up_on or dt.date.max),
    ),
]
FOLLOW_UP_COLUMN = 5
assert REFERRAL_COLUMNS[FOLLOW_UP_COLUMN].title == "Follow up"
assert REFERRAL_COLUMNS[REFERRAL_PURPOSE_COLUMN].title == "Purpose"


class ReferralTableModel(RowTableModel[ReferralRow]):
    """The referrals; a follow-up date that has come shows in bold red."""

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__(REFERRAL_COLUMNS, lambda row: row.id)
        self.today = today or dt.date.today()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)
            and index.isValid()
            and index.column() == FOLLOW_UP_COLUMN
            and 0 <= index.row() < self.rowCount()
            and self.row_at(index.row()).is_due(self.today)
        ):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(DUE_COLOUR)
            return QCoreApplication.translate("OrganisationsPage", "Time to follow this referral up")
        return super().data(index, role)


# -- signals -------------------------------------------------------------------------------------------


def first_line(text: str) -> str:
    """The first line of a text, with a mark when there is more."""
    lines = text.strip().splitlines()
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")


def signal_status_text(row: SignalRow) -> str:
    """The status with its date: "Passed on 3/11/2026"."""
    if row.status == SignalStatus.ANSWERED and row.answered_on is not None:
        return QCoreApplication.translate("SignalsPage", "Answered %1").replace(
            "%1", short_date(row.answered_on)
        )
    if row.status == SignalStatus.PASSED_ON and row.passed_on_on is not None:
        return QCoreApplication.translate("SignalsPage", "Passed on %1").replace(
            "%1", short_date(row.passed_on_on)
        )
    return signal_status_label(row.status)


_SIGNAL_STATUS_ORDER = {status: i for i, status in enumerate(SignalStatus)}

SIGNAL_COLUMNS: list[Column[SignalRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Raised on"), lambda r: short_date(r.raised_on), lambda r: r.raised_on
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Theme"),
        lambda r: signal_theme_label(r.theme),
        lambda r: (signal_theme_label(r.theme), r.raised_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "From"),
        lambda r: signal_source_label(r.source),
        lambda r: (signal_source_label(r.source), r.raised_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Concerns"),
        lambda r: r.family_name,
        lambda r: (r.family_name == "", r.family_name),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Signal"),
        lambda r: first_line(r.description),
        lambda r: r.description,
        tooltip=lambda r: r.description,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        signal_status_text,
        lambda r: (_SIGNAL_STATUS_ORDER[r.status], r.answered_on or r.passed_on_on or r.raised_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Answer"),
        lambda r: first_line(r.answer),
        lambda r: (r.answer == "", r.answer),
        tooltip=lambda r: r.answer,
    ),
]
SIGNAL_TEXT_COLUMN, SIGNAL_ANSWER_COLUMN = 4, 6
assert SIGNAL_COLUMNS[SIGNAL_TEXT_COLUMN].title == "Signal"
assert SIGNAL_COLUMNS[SIGNAL_ANSWER_COLUMN].title == "Answer"


def signal_table_model() -> RowTableModel[SignalRow]:
    return RowTableModel(SIGNAL_COLUMNS, lambda row: row.id)
