"""A record's history, from the audit trail: when, who, what happened, which fields (issue 16).

Values are not shown: the trail never copied those of sensitive fields (notes, housing and health constraints),
and the others are the record's own, on its form. A family's history includes its members'.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlmodel import and_, col, or_, select

from tandem_desktop.db.models import AuditEntry, FamilyMember
from tandem_desktop.db.models.enums import AuditAction
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

# The fields of families, their members and buddies, as the forms name them; context "history".
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("history", "Name"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "registered_on": QT_TRANSLATE_NOOP("history", "Registered on"),
    "mother_tongue": QT_TRANSLATE_NOOP("history", "Mother tongue"),
    "contact_languages": QT_TRANSLATE_NOOP("history", "Contact languages"),
    "languages": QT_TRANSLATE_NOOP("history", "Languages"),
    "dutch_level": QT_TRANSLATE_NOOP("history", "Dutch"),
    "arrival_date": QT_TRANSLATE_NOOP("history", "Arrival date"),
    "family_reunification": QT_TRANSLATE_NOOP("history", "Family reunification"),
    "address": QT_TRANSLATE_NOOP("history", "Address"),
    "postcode": QT_TRANSLATE_NOOP("history", "Postcode"),
    "municipality": QT_TRANSLATE_NOOP("history", "Municipality"),
    "phone": QT_TRANSLATE_NOOP("history", "Phone"),
    "whatsapp": QT_TRANSLATE_NOOP("history", "WhatsApp"),
    "email": QT_TRANSLATE_NOOP("history", "E-mail"),
    "needs": QT_TRANSLATE_NOOP("history", "Needs"),
    "needs_other": QT_TRANSLATE_NOOP("history", "Other needs"),
    "unavailability": QT_TRANSLATE_NOOP("history", "Not available"),
    "availability": QT_TRANSLATE_NOOP("history", "Available"),
    "sensitive_constraints": QT_TRANSLATE_NOOP("history", "Housing and health"),
    "referred_by": QT_TRANSLATE_NOOP("history", "Referred by"),
    "consent_date": QT_TRANSLATE_NOOP("history", "Consent date"),
    "consent_text_version": QT_TRANSLATE_NOOP("history", "Consent text"),
    "photo_consent": QT_TRANSLATE_NOOP("history", "Photos"),
    "buddy_preferences": QT_TRANSLATE_NOOP("history", "Wishes for a buddy"),
    "notes": QT_TRANSLATE_NOOP("history", "Notes"),
    "birth_year": QT_TRANSLATE_NOOP("history", "Birth year"),
    "role": QT_TRANSLATE_NOOP("history", "Role"),
    "position": QT_TRANSLATE_NOOP("history", "Order"),
    "left_on": QT_TRANSLATE_NOOP("history", "Left on"),
    "ex_newcomer": QT_TRANSLATE_NOOP("history", "Was a newcomer"),
    "interests": QT_TRANSLATE_NOOP("history", "Interests"),
    "capacity": QT_TRANSLATE_NOOP("history", "Duos at once"),
    "criminal_record_extract_on": QT_TRANSLATE_NOOP("history", "Criminal record extract"),
    "trainings": QT_TRANSLATE_NOOP("history", "Trainings"),
    "deleted_at": QT_TRANSLATE_NOOP("history", "Deleted"),
}


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    actor: str  # "" for changes made before the trail named its actor
    action: AuditAction
    of_member: bool  # a family member's change, in a family's history
    fields: tuple[str, ...]  # the changed fields' keys (FIELD_LABELS), for an update


def record_history(store: Store, table: str, record_id: uuid.UUID) -> list[HistoryLine]:
    """The history of one record, newest first."""
    with store.session() as session:
        subjects = [and_(col(AuditEntry.table_name) == table, col(AuditEntry.record_id) == record_id)]
        if table == "family":
            members = select(FamilyMember.id).where(FamilyMember.family_id == record_id)
            subjects.append(
                and_(col(AuditEntry.table_name) == "family_member", col(AuditEntry.record_id).in_(members))
            )
        entries = session.exec(select(AuditEntry).where(or_(*subjects)).order_by(col(AuditEntry.seq).desc()))
        return [
            HistoryLine(
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                of_member=entry.table_name == "family_member",
                fields=tuple(name for name in entry.changes if name in FIELD_LABELS)
                if entry.action == AuditAction.UPDATE
                else (),
            )
            for entry in entries
        ]
