"""The merge rules of a team, in one place (docs/team.md), applied by the sync worker to every row another
laptop changed that this laptop changed too (SQLite's session extension calls them conflicts):

- a field changed on one side only is taken from that side;
- the same field changed on both sides to different values keeps the later change (the row's `updated_at`;
  equal times: the larger value, so that every laptop keeps the same one) and records a `sync_conflict`, which
  travels to every laptop and is shown for review;
- `updated_at` is bookkeeping: the later of the two, never a conflict;
- a record deleted (soft) on one side and changed on the other keeps both facts (deleted, with the changes)
  and records a conflict of its own kind, to be looked at;
- the same record inserted on both sides (a conflict found on two laptops; an audit entry that came twice)
  keeps the later row; a change that arrives twice changes nothing the second time;
- an agreement text saved as the same version number on two laptops: both are kept, the later saved is the
  one in force everywhere, and the other is listed as a conflict (taking it makes it the newest version);
- erasure always wins: after every sync the erasure register is applied again (db/store.py), whatever a change
  from another laptop brought back.

The worker runs in a child process with APSW (SQLite3 Multiple Ciphers): nothing here imports it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

BOOKKEEPING = frozenset({"updated_at", "created_at"})
CONFLICT_NAMESPACE = uuid.UUID("6f1c2a44-3f0e-4c71-9d55-7a1e0f2b8c90")
SAME_FIELD, DELETED_AND_CHANGED, SAME_NUMBER = "same_field", "deleted_and_changed", "same_number"

Row = Sequence[Any]


@dataclass(frozen=True)
class Conflict:
    table: str
    record_id: str  # as SQLite keeps it (32 hex digits)
    field: str
    kept: Any
    other: Any
    kind: str = SAME_FIELD
    when: str = ""  # the later of the two rows' changes: the conflict's time, the same on every laptop

    @property
    def conflict_id(self) -> str:
        """The same on every laptop that finds it, whichever side it sees as its own."""
        values = sorted(json.dumps(v, sort_keys=True, default=str) for v in (self.kept, self.other))
        name = "|".join([self.table, self.record_id, self.field, self.kind, *values])
        return uuid.uuid5(CONFLICT_NAMESPACE, name).hex


@dataclass
class Outcome:
    """What a merge decided for one row: the fields to write (none: leave the row as it is) and the conflicts."""

    updates: dict[str, Any] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


def _later(ours: Any, theirs: Any, our_time: Any, their_time: Any) -> bool:
    """Whether their value wins: the later change, and on equal times the larger value (the same everywhere)."""
    if their_time != our_time:
        return str(their_time) > str(our_time)
    return json.dumps(theirs, default=str) > json.dumps(ours, default=str)


def merge_update(
    table: str, columns: Sequence[str], old: Row, new: Row, current: Row, unchanged: object
) -> Outcome:
    """Their UPDATE (`old` → `new`, `unchanged` where a column did not change) against our current row."""
    index = {name: i for i, name in enumerate(columns)}
    our_time = current[index["updated_at"]] if "updated_at" in index else None
    their_time = (
        new[index["updated_at"]]
        if "updated_at" in index and new[index["updated_at"]] is not unchanged
        else None
    )
    base_time = (
        old[index["updated_at"]]
        if "updated_at" in index and old[index["updated_at"]] is not unchanged
        else None
    )
    record_id = str(current[0])
    when = max(str(our_time), str(their_time))
    outcome = Outcome()
    erased = index.get("erased_on")
    we_erased = erased is not None and current[erased] is not None
    they_erased = erased is not None and new[erased] is not unchanged and new[erased] is not None
    for name, i in index.items():
        theirs = new[i]
        if theirs is unchanged or name in BOOKKEEPING:
            continue
        ours, base = current[i], old[i]
        if ours == theirs:
            continue
        if ours == base or (they_erased and not we_erased):  # an erasure always wins
            outcome.updates[name] = theirs
        elif we_erased and not they_erased:
            continue
        elif _later(ours, theirs, our_time, their_time):
            outcome.updates[name] = theirs
            outcome.conflicts.append(Conflict(table, record_id, name, theirs, ours, when=when))
        else:
            outcome.conflicts.append(Conflict(table, record_id, name, ours, theirs, when=when))
    we_changed = base_time is not None and our_time != base_time
    if "deleted_at" in index and we_changed:
        deleted = index["deleted_at"]
        they_deleted = new[deleted] is not unchanged and new[deleted] is not None and old[deleted] is None
        we_deleted = current[deleted] is not None and (new[deleted] is unchanged or old[deleted] is None)
        they_changed_more = any(
            new[i] is not unchanged for name, i in index.items() if name not in BOOKKEEPING | {"deleted_at"}
        )
        if they_deleted and not we_deleted:
            outcome.conflicts.append(
                Conflict(table, record_id, "deleted_at", new[deleted], None, DELETED_AND_CHANGED, when)
            )
        elif we_deleted and they_changed_more and not they_deleted:
            outcome.conflicts.append(
                Conflict(table, record_id, "deleted_at", current[deleted], None, DELETED_AND_CHANGED, when)
            )
    if their_time is not None and str(their_time) > str(our_time):  # the same on every laptop: the later
        outcome.updates["updated_at"] = their_time
    return outcome


def merge_insert(table: str, columns: Sequence[str], new: Row, current: Row) -> Outcome:
    """Their INSERT of a row we hold already (the same id): the later row is kept, field by field conflicts for
    what differs (none for a conflict record or an audit entry that came twice)."""
    outcome = Outcome()
    if tuple(new) == tuple(current):
        return outcome
    index = {name: i for i, name in enumerate(columns)}
    our_time = current[index["updated_at"]] if "updated_at" in index else None
    their_time = new[index["updated_at"]] if "updated_at" in index else None
    record_id = str(current[0])
    when = max(str(our_time), str(their_time))
    quiet = table in ("sync_conflict", "audit_entry", "kept_file", "erasure")
    for name, i in index.items():
        ours, theirs = current[i], new[i]
        if ours == theirs or name in BOOKKEEPING:
            continue
        if _later(ours, theirs, our_time, their_time):
            outcome.updates[name] = theirs
            if not quiet:
                outcome.conflicts.append(Conflict(table, record_id, name, theirs, ours, when=when))
        elif not quiet:
            outcome.conflicts.append(Conflict(table, record_id, name, ours, theirs, when=when))
    if their_time is not None and str(their_time) > str(our_time):
        outcome.updates["updated_at"] = their_time
    if "created_at" in index and str(new[index["created_at"]]) < str(current[index["created_at"]]):
        outcome.updates["created_at"] = new[index["created_at"]]  # the earlier: the same on every laptop
    return outcome


def conflict_row(conflict: Conflict, encode: Callable[[Any], str]) -> dict[str, Any]:
    """The `sync_conflict` row of a conflict (`encode`: a value as JSON text, blobs included): the same on every
    laptop that finds it, its times included, so that the team's copies stay the same."""
    return {
        "id": conflict.conflict_id,
        "created_at": conflict.when,
        "updated_at": conflict.when,
        "deleted_at": None,
        "table_name": conflict.table,
        "record_id": conflict.record_id,
        "field": conflict.field,
        "kept_value": encode(conflict.kept),
        "other_value": encode(conflict.other),
        "kind": conflict.kind,
        "resolved_on": None,
        "resolved_by": "",
        "took_other": 0,
    }
