"""Erasure of a family's or a buddy's personal data, for good, and the register that keeps it erased.

What erasure removes and what it keeps is written for people in docs/privacy.md; this module is that list.
The records stay (the programme's figures count households, children's ages, languages, dates, statuses,
activities and referrals), without identity: names, contacts, addresses, notes, sensitive constraints, the
free text of the duo's activities, referrals, pauses and evaluations, the scans of signed agreements, the
person's names where other free text mentions them (buddy meetings, group activities, signals), and the values
the audit trail kept of all those records. The erasure's own audit entries name the fields it cleared only.

The register (`Erasure` rows, and the same ids and dates in a file beside the database, `erasures.txt`) is
read at every opening: a restore of an older backup, or an import, that brings an erased record back has it
erased again before anyone sees it. The rules of when to erase (retention, a running duo) are core's.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select, update

from . import audit_chain, kept_files
from .models import (
    Activity,
    Agreement,
    AuditEntry,
    Buddy,
    BuddyMeeting,
    BuddyMeetingItem,
    Consent,
    Erasure,
    Evaluation,
    Family,
    FamilyMember,
    GroupActivity,
    Record,
    Referral,
    Signal,
    StatusChange,
    Trajectory,
    TrajectoryPause,
)
from .models.enums import AuditAction

log = logging.getLogger(__name__)

ERASED_NAME = "—"  # what an erased person's or member's name becomes; the screens say "erased on …"
REGISTER_NAME = "erasures.txt"
_REGISTER_HEADER = "TANDEM-DESKTOP-ERASURES 1"
_ERASED_VALUES = {audit_chain.ERASED_MARK: True}
BIRTH_YEAR_BAND = 5  # a birth year is kept as the first year of its five-year band: an age band, not a person

# The fields erasure empties, per table ("" for text, None where the field may be empty).
_FAMILY = {
    "address": "",
    "postcode": "",
    "phone": None,
    "whatsapp": None,
    "needs_other": "",
    "sensitive_constraints": "",
    "referred_by": "",
    "buddy_preferences": "",
    "notes": "",
}
_BUDDY = {"phone": None, "whatsapp": None, "email": "", "address": "", "postcode": "", "notes": ""}
_TRAJECTORY = {"notes": "", "closure_note": ""}
_PAUSE = {"reason": ""}
_EVALUATION = {"notes": ""}
_ACTIVITY = {"place": "", "cancel_note": "", "went_well": "", "wellbeing_note": ""}
_REFERRAL = {"purpose": "", "notes": ""}
_STATUS_CHANGE = {"note": ""}
# Free text that is nobody's own but may mention a person: their names are taken out of it.
_MENTIONS: tuple[tuple[type[Record], tuple[str, ...]], ...] = (
    (BuddyMeeting, ("notes",)),
    (BuddyMeetingItem, ("text",)),
    (GroupActivity, ("title", "description")),
    (Signal, ("description", "answer")),
)
_MENTION_MARK = "…"
_WORD = re.compile(r"\w+")
# Parts of a household's or a person's name that are ordinary words: "Gezin Haile" must not take "gezin" out of
# every buddy meeting's notes.
_NOT_A_NAME = frozenset(
    {"gezin", "familie", "family", "famille", "van", "der", "den", "het", "ten", "ter", "von", "bin", "ben", "ibn",
     "abu", "mevrouw", "meneer"}
)  # fmt: skip


@dataclass(frozen=True)
class Registered:
    table_name: str  # "family" or "buddy"
    record_id: uuid.UUID
    erased_on: dt.date
    on_request: bool


def register_path(data_dir: Path) -> Path:
    return data_dir / REGISTER_NAME


def _clear(record: Record, fields: dict[str, Any], touched: set[uuid.UUID]) -> None:
    for name, empty in fields.items():
        if getattr(record, name) not in ("", None):
            setattr(record, name, empty)
    touched.add(record.id)


def _band(birth_year: int | None) -> int | None:
    return None if birth_year is None else birth_year - birth_year % BIRTH_YEAR_BAND


def _all(session: Session, model: type[Any], column: Any, ids: Iterable[uuid.UUID]) -> list[Any]:
    # Soft-deleted rows too: a deleted activity still holds what was typed in it.
    wanted = list(ids)
    if not wanted:
        return []
    return list(session.exec(select(model).where(col(column).in_(wanted))))


def _erase_duos(session: Session, duos: list[Trajectory], touched: set[uuid.UUID]) -> None:
    ids = [duo.id for duo in duos]
    for duo in duos:
        _clear(duo, _TRAJECTORY, touched)
    for pause in _all(session, TrajectoryPause, TrajectoryPause.trajectory_id, ids):
        _clear(pause, _PAUSE, touched)
    for evaluation in _all(session, Evaluation, Evaluation.trajectory_id, ids):
        _clear(evaluation, _EVALUATION, touched)
    for activity in _all(session, Activity, Activity.trajectory_id, ids):
        _clear(activity, _ACTIVITY, touched)
    for agreement in _all(session, Agreement, Agreement.trajectory_id, ids):
        # The signed paper bears the names and signatures of both: the scan goes, the record of signing stays.
        if agreement.scan_path:
            kept_files.forget(session, agreement.scan_path)
            agreement.scan_path = None
        touched.add(agreement.id)
    for change in _all(session, StatusChange, StatusChange.subject_id, ids):
        _clear(change, _STATUS_CHANGE, touched)


def _mention_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """The person's names as whole words: each full name, and each part of three letters or more ("Selam",
    "Haile") but ordinary words ("Gezin"), longest first, so that a full name is taken out whole."""
    words: set[str] = set()
    for name in names:
        name = name.strip()
        if not name or name == ERASED_NAME:
            continue
        words.add(name)
        words.update(
            part for part in re.split(r"\W+", name) if len(part) >= 3 and part.casefold() not in _NOT_A_NAME
        )
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


class Mentions:
    """The free text that may mention a person, read once for a whole erasure (of one or of hundreds of
    people), with an index of its words: a person's names are looked for only in the texts that hold one of
    their words, not in every text of the programme."""

    def __init__(self, session: Session) -> None:
        self._texts: list[tuple[type[Record], uuid.UUID, str, str]] = []
        self._by_word: dict[str, set[int]] = defaultdict(set)
        for model, fields in _MENTIONS:
            columns = [model.id, *(getattr(model, name) for name in fields)]
            for row in session.execute(sa.select(*columns)):
                for name, text in zip(fields, row[1:], strict=True):
                    if text:
                        for word in _WORD.findall(text.casefold()):
                            self._by_word[word].add(len(self._texts))
                        self._texts.append((model, row[0], name, text))

    def take_out(self, session: Session, names: Sequence[str], touched: set[uuid.UUID]) -> None:
        pattern = _mention_pattern(names)
        if pattern is None:
            return
        candidates: set[int] = set()
        for name in names:
            for word in _WORD.findall(name.casefold()):
                candidates |= self._by_word.get(word, set())
        for index in sorted(candidates):
            model, record_id, name, text = self._texts[index]
            if not pattern.search(text):
                continue
            record = session.get(model, record_id)
            if record is None:
                continue
            text = pattern.sub(_MENTION_MARK, text)
            setattr(record, name, text)
            self._texts[index] = (
                model,
                record_id,
                name,
                text,
            )  # its words stay indexed: a superset is enough
            touched.add(record_id)


def _erase_family(session: Session, family: Family, mentions: Mentions, touched: set[uuid.UUID]) -> None:
    members = _all(session, FamilyMember, FamilyMember.family_id, [family.id])
    mentions.take_out(session, [family.name, *(member.name for member in members)], touched)
    family.name = ERASED_NAME
    _clear(family, _FAMILY, touched)
    for member in members:
        member.name = ERASED_NAME
        member.birth_year = _band(member.birth_year)
        touched.add(member.id)
    _erase_duos(session, _all(session, Trajectory, Trajectory.family_id, [family.id]), touched)
    for referral in _all(session, Referral, Referral.family_id, [family.id]):
        _clear(referral, _REFERRAL, touched)
    for change in _all(session, StatusChange, StatusChange.subject_id, [family.id]):
        _clear(change, _STATUS_CHANGE, touched)


def _erase_buddy(session: Session, buddy: Buddy, mentions: Mentions, touched: set[uuid.UUID]) -> None:
    mentions.take_out(session, [buddy.name], touched)
    buddy.name = ERASED_NAME
    buddy.birth_year = _band(buddy.birth_year)
    _clear(buddy, _BUDDY, touched)
    _erase_duos(session, _all(session, Trajectory, Trajectory.buddy_id, [buddy.id]), touched)
    for change in _all(session, StatusChange, StatusChange.subject_id, [buddy.id]):
        _clear(change, _STATUS_CHANGE, touched)


def erase(
    session: Session,
    table_name: str,
    record_id: uuid.UUID,
    on: dt.date,
    *,
    on_request: bool,
    mentions: Mentions | None = None,
    reason: str = "",
    again: bool = False,
) -> bool:
    """Erase a family's or a buddy's personal data in `session` (the caller commits, then `register`s it).
    False when there is nothing to do: already erased, or the record is not in this database. `mentions`: the
    free text read once for an erasure of many (the same session's data, or newer). `again`: an erased person
    whose records another laptop of the team changed since: whatever came back is cleared again."""
    person: Family | Buddy | None = (
        session.get(Family, record_id) if table_name == "family" else session.get(Buddy, record_id)
    )
    if person is None or (person.erased_on is not None and not again):
        return False
    touched: set[uuid.UUID] = set()
    mentions = mentions or Mentions(session)
    # The flush hook (db/audit.py) writes this session's entries as erasures: the fields' names, no values.
    session.info["erasing"] = True
    try:
        if isinstance(person, Family):
            _erase_family(session, person, mentions, touched)
            if on_request:  # asking to erase withdraws the consent to keep the data
                for answer in _all(session, Consent, Consent.family_id, [person.id]):
                    if answer.withdrawn_on is None:
                        answer.withdrawn_on = on
        else:
            _erase_buddy(session, person, mentions, touched)
        person.erased_on = person.erased_on or on
        session.flush()
    finally:
        session.info.pop("erasing", None)
    # What the trail kept of those records' values goes too; the digests stay, so the chain still holds.
    session.execute(
        update(AuditEntry)
        .where(col(AuditEntry.record_id).in_(touched), col(AuditEntry.action) != AuditAction.ERASE)
        .values(changes=_ERASED_VALUES)
    )
    if session.exec(select(Erasure).where(Erasure.record_id == record_id)).first() is None:
        session.add(
            Erasure(
                table_name=table_name, record_id=record_id, erased_on=on, on_request=on_request, reason=reason
            )
        )
    session.flush()
    return True


# -- the register beside the database -------------------------------------------------------------------------


def _register_lines(data_dir: Path) -> dict[str, str]:
    """The register beside the database as its lines, by the record's id as SQLite keeps it (32 hex digits)."""
    try:
        lines = register_path(data_dir).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("erasure register unreadable: %s", type(exc).__name__)
        return {}
    by_id = {}
    for line in lines[1:]:
        parts = line.split()
        if len(parts) == 4:
            by_id[parts[1].replace("-", "").lower()] = line
    return by_id


def _parsed(lines: Iterable[str]) -> list[Registered]:
    """Lines of the register as erasures; a line that cannot be read is skipped (and counted in the log): the
    database's own register holds it too."""
    found, skipped = [], 0
    for line in lines:
        try:
            table_name, record_id, erased_on, how = line.split()
            if table_name not in ("family", "buddy") or how not in ("request", "retention"):
                raise ValueError(how)
            found.append(
                Registered(
                    table_name, uuid.UUID(record_id), dt.date.fromisoformat(erased_on), how == "request"
                )
            )
        except ValueError:
            skipped += 1
    if skipped:
        log.warning("erasure register: %d lines unreadable", skipped)
    return found


def read_register(data_dir: Path) -> list[Registered]:
    """The erasures written beside the database."""
    return _parsed(_register_lines(data_dir).values())


def register(data_dir: Path, entries: Iterable[Registered]) -> None:
    """Add erasures to the register beside the database, on the disk before this returns."""
    lines = [
        f"{e.table_name} {e.record_id} {e.erased_on.isoformat()} {'request' if e.on_request else 'retention'}\n"
        for e in entries
    ]
    if not lines:
        return
    path = register_path(data_dir)
    new = not path.exists() or path.stat().st_size == 0
    with open(path, "a", encoding="utf-8") as file:
        if new:
            file.write(_REGISTER_HEADER + "\n")
        file.writelines(lines)
        file.flush()
        os.fsync(file.fileno())


def not_applied(session: Session, data_dir: Path) -> tuple[list[Registered], list[Registered]]:
    """What the two registers do not share: erasures in the file whose person is in this database and not erased
    (a restore of an older backup, or an import, brought them back), and erasures in the database the file is
    missing (it was lost). Read at every opening, so compared as text (ids as SQLite keeps them); only what
    differs is parsed and looked up."""
    in_file = _register_lines(data_dir)
    in_database = {
        str(row[1]): row
        for row in session.execute(
            sa.text("SELECT table_name, record_id, erased_on, on_request FROM erasure")
        )
    }
    to_write = [
        Registered(table, uuid.UUID(hex=record_id), dt.date.fromisoformat(str(on)), bool(asked))
        for record_id, (table, _id, on, asked) in in_database.items()
        if record_id not in in_file
    ]
    missing = _parsed(line for record_id, line in in_file.items() if record_id not in in_database)
    present: set[str] = set()
    if missing:  # after a restore: which of them this database holds, not erased (ids as text, in two reads)
        for table in ("family", "buddy"):
            rows = session.execute(sa.text(f"SELECT id FROM {table} WHERE erased_on IS NULL"))
            present.update(str(row[0]) for row in rows)
    return [entry for entry in missing if entry.record_id.hex in present], to_write
