"""The audit trail as a chain that cannot be rewritten unnoticed (issue 16).

Every entry has its place (`seq`: 1, 2, 3, … with no gap), who made it (`actor`: the coordinator named in the
settings and the laptop's user), the digest of its values (`values_digest`) and a link (`chain`): the SHA-256
of the link before it and of this entry's fields. `check` walks the chain (`first_break`): an entry edited,
removed or slipped in behind the app's back breaks it there, and is named.

The values are outside the link, through their digest only: erasure (the agreement's promise to erase a family's
data on time) must clear the values an entry holds without breaking the chain. Such an entry is marked erased
(`changes` holds only ERASED_MARK) and is checked by its link alone. The database refuses every other change and
every deletion of an entry (migration 0004's triggers).
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.orm import Session

GENESIS = "0" * 64  # the link before the first entry
ERASED_MARK = "__erased__"


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def values_digest(changes: Any) -> str:
    return hashlib.sha256(_canonical(changes)).hexdigest()


def _time(at: dt.datetime) -> str:
    """One spelling of a stored time, whichever way it was read (aware, or naive UTC as SQLite keeps it)."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f")


def link(previous: str, entry: MutableMapping[str, Any]) -> str:
    fields = [
        previous,
        entry["seq"],
        _time(entry["at"]),
        entry["table_name"],
        str(entry["record_id"]),
        _value(entry["action"]),
        entry["actor"],
        entry["values_digest"],
    ]
    return hashlib.sha256(_canonical(fields)).hexdigest()


def _value(action: Any) -> str:
    return str(getattr(action, "value", action))


def actor(connection: Connection) -> str:
    """The coordinator named in the settings, and the laptop's user: who made the changes of this session."""
    name = connection.execute(
        sa.text("SELECT coordinator_name FROM programme_settings ORDER BY created_at LIMIT 1")
    ).scalar()
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name known to the system
        user = ""
    return " / ".join(part for part in (str(name or "").strip(), user) if part)


def origin(connection: Connection) -> str:
    """This laptop's trail: its id in its team (db/team/), "" without a team."""
    found = connection.execute(sa.text("SELECT laptop_id FROM team_laptop LIMIT 1")).scalar()
    return str(found or "")


def _last(connection: Connection, of_origin: str) -> tuple[int, str]:
    row = connection.execute(
        sa.text("SELECT seq, chain FROM audit_entry WHERE origin = :origin ORDER BY seq DESC LIMIT 1"),
        {"origin": of_origin},
    ).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def seal(session: Session, entries: Iterable[MutableMapping[str, Any]]) -> None:
    """Give each new entry (a dict of AuditEntry's fields, without `seq`) its place, actor, digest and link, in
    the order given, after the last entry stored. Every writer of the trail goes through here: the session's
    flush hook (db/audit.py) and the bulk inserts of an import."""
    connection = session.connection()
    if "audit_actor" not in session.info:
        session.info["audit_actor"] = actor(connection)
        session.info["audit_origin"] = origin(connection)
    seq, previous = _last(connection, session.info["audit_origin"])
    for entry in entries:
        seq += 1
        entry.setdefault("id", uuid.uuid4())
        entry["origin"] = session.info["audit_origin"]
        entry["seq"] = seq
        entry["actor"] = session.info["audit_actor"]
        entry["values_digest"] = values_digest(entry.get("changes") or {})
        entry["chain"] = previous = link(previous, entry)


def stored_entry(row: Any) -> dict[str, Any]:
    """An entry as SQLite gives it without the models' types (its time, id and values as text), in the form
    `link` and `values_digest` take: the same whether it was just written or read years later."""
    entry = dict(row._mapping)
    entry["at"] = dt.datetime.fromisoformat(str(entry["at"]))
    entry["record_id"] = str(uuid.UUID(hex=str(entry["record_id"])))
    if isinstance(entry.get("changes"), str):
        entry["changes"] = json.loads(entry["changes"])
    return entry


def _entries(connection: Connection) -> Iterator[dict[str, Any]]:
    rows = connection.execute(
        sa.text(
            "SELECT seq, at, table_name, record_id, action, actor, changes, values_digest, chain, id, origin "
            "FROM audit_entry ORDER BY origin, seq"
        )
    )
    for row in rows:
        yield stored_entry(row)


def first_break(connection: Connection) -> str | None:
    """Where a chain breaks (each laptop's trail is a chain of its own), said for `check` (the entry's place and
    id, no value), or None when every chain holds."""
    previous, expected, trail = GENESIS, 1, ""
    for entry in _entries(connection):
        if entry["origin"] != trail:
            previous, expected, trail = GENESIS, 1, entry["origin"]
        where = f"entry {entry['seq']} (id {entry['id']})" + (f" of laptop {trail}" if trail else "")
        if entry["seq"] != expected:
            return f"{where}: entries {expected} to {entry['seq'] - 1} are missing"
        changes = entry["changes"]
        if changes != {ERASED_MARK: True} and values_digest(changes) != entry["values_digest"]:
            return f"{where}: its values were changed"
        if link(previous, entry) != entry["chain"]:
            return f"{where}: it was changed, or an entry before it was"
        previous, expected = entry["chain"], expected + 1
    return None
