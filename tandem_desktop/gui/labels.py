"""How the programme's vocabularies read on screen, in the user's language (glossary words)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from tandem_desktop.db.models.enums import (
    BuddyStatus,
    DutchLevel,
    FamilyStatus,
    MemberRole,
    Need,
    TrajectoryStatus,
)


def status_label(status: StrEnum) -> str:
    # Written out one by one so that lupdate finds every string.
    labels = {
        FamilyStatus.REGISTERED: QCoreApplication.translate("labels", "Registered"),
        FamilyStatus.INTAKE_DONE: QCoreApplication.translate("labels", "Intake done"),
        FamilyStatus.WAITING: QCoreApplication.translate("labels", "Waiting list"),
        FamilyStatus.MATCHED: QCoreApplication.translate("labels", "Matched"),
        FamilyStatus.IN_TRAJECTORY: QCoreApplication.translate("labels", "In trajectory"),
        FamilyStatus.COMPLETED: QCoreApplication.translate("labels", "Completed"),
        FamilyStatus.STOPPED: QCoreApplication.translate("labels", "Stopped"),
        FamilyStatus.WITHDRAWN: QCoreApplication.translate("labels", "Withdrawn"),
        BuddyStatus.CANDIDATE: QCoreApplication.translate("labels", "Candidate"),
        BuddyStatus.SCREENED: QCoreApplication.translate("labels", "Screened"),
        BuddyStatus.AVAILABLE: QCoreApplication.translate("labels", "Available"),
        BuddyStatus.MATCHED: QCoreApplication.translate("labels", "Matched"),
        BuddyStatus.PAUSED: QCoreApplication.translate("labels", "Paused"),
        BuddyStatus.STOPPED: QCoreApplication.translate("labels", "Stopped"),
        TrajectoryStatus.PROPOSED: QCoreApplication.translate("labels", "Proposed"),
        TrajectoryStatus.ACTIVE: QCoreApplication.translate("labels", "Active"),
        TrajectoryStatus.PAUSED: QCoreApplication.translate("labels", "Paused"),
        TrajectoryStatus.COMPLETED: QCoreApplication.translate("labels", "Completed"),
        TrajectoryStatus.STOPPED_EARLY: QCoreApplication.translate("labels", "Stopped early"),
    }
    return labels.get(status, status.value)


def need_label(need: str) -> str:
    labels = {
        Need.CHILDCARE: QCoreApplication.translate("labels", "Childcare"),
        Need.LIBRARY: QCoreApplication.translate("labels", "Library"),
        Need.LANGUAGE_CAMP: QCoreApplication.translate("labels", "Language camp"),
        Need.PLAYGROUND_PROGRAMME: QCoreApplication.translate("labels", "Playground programme"),
        Need.VOLUNTEER_WORK: QCoreApplication.translate("labels", "Volunteer work"),
        Need.SPORT: QCoreApplication.translate("labels", "Sport"),
        Need.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels.get(need, need)  # type: ignore[call-overload]


def dutch_level_label(level: DutchLevel) -> str:
    labels = {
        DutchLevel.NONE: QCoreApplication.translate("labels", "No Dutch yet"),
        DutchLevel.A1: QCoreApplication.translate("labels", "A1 (beginner)"),
        DutchLevel.A2: QCoreApplication.translate("labels", "A2"),
        DutchLevel.B1: QCoreApplication.translate("labels", "B1"),
        DutchLevel.B2_OR_HIGHER: QCoreApplication.translate("labels", "B2 or higher"),
        DutchLevel.NATIVE: QCoreApplication.translate("labels", "Mother tongue"),
    }
    return labels[level]


def role_label(role: MemberRole) -> str:
    labels = {
        MemberRole.PARENT: QCoreApplication.translate("labels", "Parent"),
        MemberRole.CHILD: QCoreApplication.translate("labels", "Child"),
        MemberRole.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[role]


def fill_choices(
    combo: QComboBox, values: Iterable[Any], label: Callable[[Any], str], everything: str | None = None
) -> None:
    """(Re)fill a combo with a vocabulary's labels in the current language, keeping the chosen value
    and sending no change signal. `everything` adds a first entry (value None) that filters nothing."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for value in values:
        combo.addItem(label(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
