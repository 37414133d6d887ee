"""How the programme's vocabularies read on screen, in the user's language (glossary words)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, TrajectoryStatus


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
