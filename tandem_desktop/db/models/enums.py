"""The programme's fixed vocabularies. Values are stored and exported; never rename a value.

User-facing labels for these live in the GUI (translated); code and exports use the values.
"""

from __future__ import annotations

from enum import StrEnum


class FamilyStatus(StrEnum):
    REGISTERED = "registered"
    INTAKE_DONE = "intake_done"
    WAITING = "waiting"
    MATCHED = "matched"
    IN_TRAJECTORY = "in_trajectory"
    COMPLETED = "completed"
    STOPPED = "stopped"
    WITHDRAWN = "withdrawn"


class BuddyStatus(StrEnum):
    CANDIDATE = "candidate"
    SCREENED = "screened"
    AVAILABLE = "available"
    MATCHED = "matched"
    PAUSED = "paused"
    STOPPED = "stopped"


class MemberRole(StrEnum):
    PARENT = "parent"
    CHILD = "child"
    OTHER = "other"


class DutchLevel(StrEnum):
    NONE = "none"
    A1 = "a1"
    A2 = "a2"
    B1 = "b1"
    B2_OR_HIGHER = "b2_plus"
    NATIVE = "native"


class Need(StrEnum):
    CHILDCARE = "childcare"
    LIBRARY = "library"
    LANGUAGE_CAMP = "language_camp"
    PLAYGROUND_PROGRAMME = "playground_programme"
    VOLUNTEER_WORK = "volunteer_work"
    SPORT = "sport"
    OTHER = "other"


class TrajectoryStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED_EARLY = "stopped_early"


class ClosureReason(StrEnum):
    DURATION_COMPLETED = "duration_completed"
    FAMILY_MOVED = "family_moved"
    FAMILY_NO_LONGER_WISHES = "family_no_longer_wishes"
    BUDDY_NO_LONGER_AVAILABLE = "buddy_no_longer_available"
    MISMATCH = "mismatch"
    HEALTH = "health"
    HOUSING = "housing"
    OTHER = "other"


class EndedBy(StrEnum):
    FAMILY = "family"
    BUDDY = "buddy"
    COORDINATOR = "coordinator"
    MUTUAL = "mutual"


class EvaluationKind(StrEnum):
    START = "start"
    MIDWAY = "midway"
    END = "end"


class ActivityType(StrEnum):
    LIBRARY = "library"
    PLAYGROUND = "playground"
    PARK = "park"
    MUSEUM = "museum"
    SPORT = "sport"
    MARKET = "market"
    CITY_WALK = "city_walk"
    COOKING = "cooking"
    OTHER = "other"


class CancelReason(StrEnum):
    ILLNESS = "illness"
    HOUSING = "housing"
    DUTCH_CLASS = "dutch_class"
    BUDDY_UNAVAILABLE = "buddy_unavailable"
    FAMILY_UNREACHABLE = "family_unreachable"
    OTHER = "other"


class DutchPractised(StrEnum):
    NONE = "none"
    A_LITTLE = "a_little"
    A_LOT = "a_lot"


class MeetingItemKind(StrEnum):
    IDEA = "idea"
    NEED = "need"
    SIGNAL = "signal"


class SignalTheme(StrEnum):
    HOUSING = "housing"
    HEALTH = "health"
    CHILDCARE = "childcare"
    SCHOOL = "school"
    LANGUAGE = "language"
    INCOME = "income"
    DISCRIMINATION = "discrimination"
    LONELINESS = "loneliness"
    ADMINISTRATION = "administration"
    OTHER = "other"


class SignalSource(StrEnum):
    ACTIVITY = "activity"
    BUDDY_MEETING = "buddy_meeting"
    COORDINATOR = "coordinator"


class SignalStatus(StrEnum):
    NEW = "new"
    PASSED_ON = "passed_on"
    ANSWERED = "answered"


class OrganisationCategory(StrEnum):
    CHILDCARE = "childcare"
    LIBRARY = "library"
    LANGUAGE_CAMP = "language_camp"
    PLAYGROUND_PROGRAMME = "playground_programme"
    VOLUNTEER_WORK = "volunteer_work"
    SPORT = "sport"
    YOUTH_WORK = "youth_work"
    SOCIAL_SERVICES = "social_services"
    HOUSING_OFFICE = "housing_office"
    HEALTH = "health"
    LEGAL_AID = "legal_aid"
    OTHER = "other"


class ReferralOutcome(StrEnum):
    PENDING = "pending"
    ENROLLED = "enrolled"
    WAITING_LIST = "waiting_list"
    NOT_PURSUED = "not_pursued"
    UNKNOWN = "unknown"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    # An import of an export file (core.exchange): one entry per import, with the file's SHA-256.
    IMPORT = "import"
    # A record's personal data erased (db/erasure.py): the fields it cleared, never their values.
    ERASE = "erase"


class PhotoConsent(StrEnum):
    """Whether photos of the family may be taken and used; "not asked yet" until the question was put."""

    NOT_ASKED = "not_asked"
    YES = "yes"
    NO = "no"


class ConsentKind(StrEnum):
    DATA = "data"  # keeping the family's data for the programme, as the agreement says
    PHOTOS = "photos"
