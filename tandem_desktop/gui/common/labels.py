"""How the programme's vocabularies read on screen, in the user's language (glossary words)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox

from tandem_desktop.core import weekgrid
from tandem_desktop.core.languages import language_name, language_names
from tandem_desktop.core.matching import Reason, reason_text
from tandem_desktop.core.rhythm import FLAG_TEXTS, RaisedFlag
from tandem_desktop.db.models.enums import (
    ActivityType,
    BuddyStatus,
    CancelReason,
    ClosureReason,
    DutchLevel,
    DutchPractised,
    EndedBy,
    EvaluationKind,
    FamilyStatus,
    MeetingItemKind,
    MemberRole,
    Need,
    OrganisationCategory,
    PhotoConsent,
    ReferralOutcome,
    SignalSource,
    SignalStatus,
    SignalTheme,
    TrajectoryStatus,
)
from tandem_desktop.gui.shell.language import current_ui_language


def short_date(day: dt.date | None) -> str:
    """A date as the user's locale writes it short (26/11/2026); empty for no date."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def month_name(day: dt.date) -> str:
    """The month of `day` with its year, as the locale names it on its own ("november 2026")."""
    return f"{QLocale().standaloneMonthName(day.month)} {day.year}"


def count_text(shown: int, total: int, every: str, some: str) -> str:
    """A list's count: `every` ("%n signals") when nothing is filtered out, else `some` ("%1 of %n signals").
    Both come translated from the page, where lupdate finds them, with the plural form of `total` already
    chosen (`self.tr("%n signals", "", total)`: "1 signaal", "2 signalen")."""
    return every if shown == total else some.replace("%1", str(shown))


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


def photo_consent_label(answer: PhotoConsent) -> str:
    labels = {
        PhotoConsent.NOT_ASKED: QCoreApplication.translate("labels", "Not asked yet"),
        PhotoConsent.YES: QCoreApplication.translate("labels", "Yes, photos may be taken and used"),
        PhotoConsent.NO: QCoreApplication.translate("labels", "No photos"),
    }
    return labels[answer]


def vocabulary_label(value: StrEnum) -> str:
    """Any vocabulary's value in words (a status, a level, a reason, …): for screens that show values of any field
    (the team's conflicts); the value itself for one without labels."""
    for kinds, label in (
        ((FamilyStatus, BuddyStatus, TrajectoryStatus), status_label),
        ((DutchLevel,), dutch_level_label),
        ((MemberRole,), role_label),
        ((PhotoConsent,), photo_consent_label),
        ((ActivityType,), activity_type_label),
        ((CancelReason,), cancel_reason_label),
        ((ClosureReason,), closure_reason_label),
        ((EndedBy,), ended_by_label),
        ((ReferralOutcome,), referral_outcome_label),
        ((SignalTheme,), signal_theme_label),
        ((SignalStatus,), signal_status_label),
        ((OrganisationCategory,), organisation_category_label),
    ):
        if isinstance(value, kinds):
            return label(value)  # type: ignore[arg-type]
    return value.value


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


def activity_type_label(kind: ActivityType) -> str:
    labels = {
        ActivityType.LIBRARY: QCoreApplication.translate("labels", "Library"),
        ActivityType.PLAYGROUND: QCoreApplication.translate("labels", "Playground"),
        ActivityType.PARK: QCoreApplication.translate("labels", "Park"),
        ActivityType.MUSEUM: QCoreApplication.translate("labels", "Museum"),
        ActivityType.SPORT: QCoreApplication.translate("labels", "Sport"),
        ActivityType.MARKET: QCoreApplication.translate("labels", "Market"),
        ActivityType.CITY_WALK: QCoreApplication.translate("labels", "City walk"),
        ActivityType.COOKING: QCoreApplication.translate("labels", "Cooking"),
        ActivityType.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[kind]


def cancel_reason_label(reason: CancelReason) -> str:
    labels = {
        CancelReason.ILLNESS: QCoreApplication.translate("labels", "Illness"),
        CancelReason.HOUSING: QCoreApplication.translate("labels", "Housing problems"),
        CancelReason.DUTCH_CLASS: QCoreApplication.translate("labels", "Dutch class"),
        CancelReason.BUDDY_UNAVAILABLE: QCoreApplication.translate("labels", "Buddy not available"),
        CancelReason.FAMILY_UNREACHABLE: QCoreApplication.translate("labels", "Family unreachable"),
        CancelReason.OTHER: QCoreApplication.translate("labels", "Other reason"),
    }
    return labels[reason]


def evaluation_kind_label(kind: EvaluationKind) -> str:
    labels = {
        EvaluationKind.START: QCoreApplication.translate("labels", "Start evaluation"),
        EvaluationKind.MIDWAY: QCoreApplication.translate("labels", "Mid-way evaluation"),
        EvaluationKind.END: QCoreApplication.translate("labels", "End evaluation"),
    }
    return labels[kind]


def referral_outcome_label(outcome: ReferralOutcome) -> str:
    labels = {
        ReferralOutcome.PENDING: QCoreApplication.translate("labels", "Pending"),
        ReferralOutcome.ENROLLED: QCoreApplication.translate("labels", "Enrolled"),
        ReferralOutcome.WAITING_LIST: QCoreApplication.translate("labels", "On a waiting list"),
        ReferralOutcome.NOT_PURSUED: QCoreApplication.translate("labels", "Not pursued"),
        ReferralOutcome.UNKNOWN: QCoreApplication.translate("labels", "Unknown"),
    }
    return labels[outcome]


def closure_reason_label(reason: ClosureReason) -> str:
    labels = {
        ClosureReason.DURATION_COMPLETED: QCoreApplication.translate("labels", "Duration completed"),
        ClosureReason.FAMILY_MOVED: QCoreApplication.translate("labels", "Family moved"),
        ClosureReason.FAMILY_NO_LONGER_WISHES: QCoreApplication.translate(
            "labels", "Family no longer wishes"
        ),
        ClosureReason.BUDDY_NO_LONGER_AVAILABLE: QCoreApplication.translate(
            "labels", "Buddy no longer available"
        ),
        ClosureReason.MISMATCH: QCoreApplication.translate("labels", "Mismatch"),
        ClosureReason.HEALTH: QCoreApplication.translate("labels", "Health"),
        ClosureReason.HOUSING: QCoreApplication.translate("labels", "Housing"),
        ClosureReason.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[reason]


def ended_by_label(who: EndedBy) -> str:
    labels = {
        EndedBy.FAMILY: QCoreApplication.translate("labels", "The family"),
        EndedBy.BUDDY: QCoreApplication.translate("labels", "The buddy"),
        EndedBy.COORDINATOR: QCoreApplication.translate("labels", "The coordinator"),
        EndedBy.MUTUAL: QCoreApplication.translate("labels", "Together"),
    }
    return labels[who]


def flag_text(flag: RaisedFlag) -> str:
    return QCoreApplication.translate("flags", FLAG_TEXTS[flag.flag]).format(**flag.values)


def match_reason_text(reason: Reason) -> str:
    """A matching reason in the interface language: languages and week slots named in it too."""

    def translate(text: str) -> str:
        context = "weekgrid" if text in _WEEKGRID_TEXTS else "matching"
        return QCoreApplication.translate(context, text)

    ui = current_ui_language()
    return reason_text(reason, translate, lambda code: language_name(code, ui))


_WEEKGRID_TEXTS = frozenset((*weekgrid.DAY_NAMES, *weekgrid.PART_NAMES, weekgrid.SLOT_NAME))


def dutch_practised_label(amount: DutchPractised) -> str:
    labels = {
        DutchPractised.NONE: QCoreApplication.translate("labels", "None"),
        DutchPractised.A_LITTLE: QCoreApplication.translate("labels", "A little"),
        DutchPractised.A_LOT: QCoreApplication.translate("labels", "A lot"),
    }
    return labels[amount]


def signal_theme_label(theme: SignalTheme) -> str:
    labels = {
        SignalTheme.HOUSING: QCoreApplication.translate("labels", "Housing"),
        SignalTheme.HEALTH: QCoreApplication.translate("labels", "Health"),
        SignalTheme.CHILDCARE: QCoreApplication.translate("labels", "Childcare"),
        SignalTheme.SCHOOL: QCoreApplication.translate("labels", "School"),
        SignalTheme.LANGUAGE: QCoreApplication.translate("labels", "Language"),
        SignalTheme.INCOME: QCoreApplication.translate("labels", "Income"),
        SignalTheme.DISCRIMINATION: QCoreApplication.translate("labels", "Discrimination"),
        SignalTheme.LONELINESS: QCoreApplication.translate("labels", "Loneliness"),
        SignalTheme.ADMINISTRATION: QCoreApplication.translate("labels", "Administration"),
        SignalTheme.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[theme]


def signal_status_label(status: SignalStatus) -> str:
    labels = {
        SignalStatus.NEW: QCoreApplication.translate("labels", "New"),
        SignalStatus.PASSED_ON: QCoreApplication.translate("labels", "Passed on"),
        SignalStatus.ANSWERED: QCoreApplication.translate("labels", "Answered"),
    }
    return labels[status]


def signal_source_label(source: SignalSource) -> str:
    labels = {
        SignalSource.ACTIVITY: QCoreApplication.translate("labels", "Duo activity"),
        SignalSource.BUDDY_MEETING: QCoreApplication.translate("labels", "Buddy meeting"),
        SignalSource.COORDINATOR: QCoreApplication.translate("labels", "Coordinator"),
    }
    return labels[source]


def meeting_item_kind_label(kind: MeetingItemKind) -> str:
    labels = {
        MeetingItemKind.IDEA: QCoreApplication.translate("labels", "Idea"),
        MeetingItemKind.NEED: QCoreApplication.translate("labels", "Need"),
        MeetingItemKind.SIGNAL: QCoreApplication.translate("labels", "Signal"),
    }
    return labels[kind]


def organisation_category_label(category: OrganisationCategory) -> str:
    labels = {
        OrganisationCategory.CHILDCARE: QCoreApplication.translate("labels", "Childcare"),
        OrganisationCategory.LIBRARY: QCoreApplication.translate("labels", "Library"),
        OrganisationCategory.LANGUAGE_CAMP: QCoreApplication.translate("labels", "Language camp"),
        OrganisationCategory.PLAYGROUND_PROGRAMME: QCoreApplication.translate(
            "labels", "Playground programme"
        ),
        OrganisationCategory.VOLUNTEER_WORK: QCoreApplication.translate("labels", "Volunteer work"),
        OrganisationCategory.SPORT: QCoreApplication.translate("labels", "Sport"),
        OrganisationCategory.YOUTH_WORK: QCoreApplication.translate("labels", "Youth work"),
        OrganisationCategory.SOCIAL_SERVICES: QCoreApplication.translate("labels", "Social services"),
        OrganisationCategory.HOUSING_OFFICE: QCoreApplication.translate("labels", "Housing office"),
        OrganisationCategory.HEALTH: QCoreApplication.translate("labels", "Health care"),
        OrganisationCategory.LEGAL_AID: QCoreApplication.translate("labels", "Legal aid"),
        OrganisationCategory.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[category]


def duration_text(minutes: int | None) -> str:
    """A duration as "1 h 30" (hours and minutes); empty for none."""
    if minutes is None:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("labels", "%1 min").replace("%1", str(rest))
    return (
        QCoreApplication.translate("labels", "%1 h %2").replace("%1", str(hours)).replace("%2", f"{rest:02d}")
        if rest
        else QCoreApplication.translate("labels", "%1 h").replace("%1", str(hours))
    )


def languages_text(codes: Iterable[str | None]) -> str:
    """Languages as the lists show them ("Arabisch, Frans"): in the order given (a mother tongue first), each
    language once, however often its code (or another code of it) is stored."""
    return ", ".join(language_names(codes, current_ui_language()))
