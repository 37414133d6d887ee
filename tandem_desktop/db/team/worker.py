"""The sync worker: a child process with APSW built on SQLite3 Multiple Ciphers, the one library here with
SQLite's session extension that opens SQLCipher files. Two SQLite libraries must never hold one file in one
process (their locks do not know each other), so the app runs this and waits for it (db/team/sync.py).

One request on stdin (JSON: the database, the base copy, the data key, the other laptops' changesets), one
answer on stdout (JSON: this laptop's changes since the base, what was applied, the conflicts). All in one
transaction on the database: an interrupted sync leaves it as it was. No plain data reaches the disk: the
changesets come and go through the pipes, and both files are encrypted with the data key.
"""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Sequence
from typing import Any

import apsw

from .merge import SAME_NUMBER, Conflict, Outcome, conflict_row, merge_insert, merge_update

LOCAL_TABLES = frozenset({"team_laptop", "team_applied", "alembic_version"})


def _open(database: str, hex_key: str) -> apsw.Connection:
    connection = apsw.Connection(database)
    for pragma in ("PRAGMA cipher='sqlcipher'", "PRAGMA legacy=4", f"PRAGMA key=\"x'{hex_key}'\""):
        connection.execute(pragma)
    connection.execute("PRAGMA busy_timeout=5000")
    # The changes of one laptop may name a parent that another laptop's brings: checked once all are in.
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("PRAGMA secure_delete=ON")
    connection.execute(
        "PRAGMA temp_store=MEMORY"
    )  # sorts of a large changeset: never plain pages in a temp file
    return connection


def synced_tables(connection: apsw.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [str(name) for (name,) in rows if name not in LOCAL_TABLES]


def _encode(value: Any) -> str:
    if isinstance(value, bytes):
        return json.dumps({"bytes": base64.b64encode(value).decode("ascii")})
    return json.dumps(value)


class Applier:
    """Applies other laptops' changesets to the database by the merge rules (db/team/merge.py)."""

    def __init__(self, connection: apsw.Connection) -> None:
        self.connection = connection
        self.columns: dict[str, list[str]] = {}
        self.conflicts: dict[str, dict[str, Any]] = {}
        self.followups: list[tuple[str, Any, dict[str, Any]]] = []
        self.late: list[tuple[str, tuple[Any, ...], tuple[Any, ...]]] = []

    def _columns(self, table: str) -> list[str]:
        if table not in self.columns:
            rows = self.connection.execute(f'PRAGMA table_info("{table}")')
            self.columns[table] = [str(row[1]) for row in rows]
        return self.columns[table]

    def _take(self, table: str, key: Any, outcome: Outcome) -> None:
        if outcome.updates:
            self.followups.append((table, key, outcome.updates))
        for conflict in outcome.conflicts:
            self.conflicts[conflict.conflict_id] = conflict_row(conflict, _encode)

    def conflict(self, reason: int, change: apsw.TableChange) -> int:
        table, columns = change.name, self._columns(change.name)
        if reason == apsw.SQLITE_CHANGESET_DATA and change.op == "UPDATE":
            assert change.old is not None and change.new is not None and change.conflict is not None
            self._take(
                table,
                change.conflict[0],
                merge_update(table, columns, change.old, change.new, change.conflict, apsw.no_change),
            )
            return apsw.SQLITE_CHANGESET_OMIT
        if reason == apsw.SQLITE_CHANGESET_NOTFOUND and change.op == "UPDATE":
            # The row comes with another laptop's changes, later in this sync: merged once all are in.
            assert change.old is not None and change.new is not None
            self.late.append((table, tuple(change.old), tuple(change.new)))
            return apsw.SQLITE_CHANGESET_OMIT
        if reason == apsw.SQLITE_CHANGESET_CONFLICT and change.op == "INSERT":
            assert change.new is not None and change.conflict is not None
            self._take(table, change.conflict[0], merge_insert(table, columns, change.new, change.conflict))
            return apsw.SQLITE_CHANGESET_OMIT
        if change.op == "DELETE":
            return apsw.SQLITE_CHANGESET_OMIT  # the app deletes softly; a hard delete against a change loses
        return apsw.SQLITE_CHANGESET_ABORT

    def apply(self, changes: bytes) -> None:
        apsw.Changeset.apply(changes, self.connection, conflict=self.conflict)
        self._write_followups()

    def _write_followups(self) -> None:
        for table, key, updates in self.followups:
            assignments = ", ".join(f'"{name}" = ?' for name in updates)
            primary = self._columns(table)[0]
            self.connection.execute(
                f'UPDATE "{table}" SET {assignments} WHERE "{primary}" = ?', (*updates.values(), key)
            )
        self.followups.clear()

    def _same_numbers(self) -> None:
        """An agreement text saved as the same version on two laptops: both kept, the later saved in force (as
        core/agreement_texts.py reads it), the other listed as a conflict."""
        rows = self.connection.execute(
            "SELECT version, id, created_at FROM agreement_template WHERE deleted_at IS NULL AND version IN"
            " (SELECT version FROM agreement_template WHERE deleted_at IS NULL GROUP BY version HAVING COUNT(*) > 1)"
            " ORDER BY version, created_at DESC, id"
        ).fetchall()
        in_force: dict[Any, tuple[Any, Any]] = {}
        for version, template_id, created_at in rows:
            if version not in in_force:
                in_force[version] = (template_id, created_at)
                continue
            kept_at = in_force[version][1]
            conflict = Conflict(
                "agreement_template",
                str(template_id),
                "version",
                kept_at,
                created_at,
                SAME_NUMBER,
                str(kept_at),
            )
            self.conflicts[conflict.conflict_id] = conflict_row(conflict, _encode)

    def finish(self) -> int:
        """The updates whose row came later; then the conflicts found. Returns how many updates found no row."""
        lost = 0
        for table, old, new in self.late:
            columns = self._columns(table)
            current = self.connection.execute(
                f'SELECT * FROM "{table}" WHERE "{columns[0]}" = ?', (old[0],)
            ).fetchall()
            if not current:
                lost += 1
                continue
            self._take(table, old[0], merge_update(table, columns, old, new, current[0], apsw.no_change))
        self._write_followups()
        self._same_numbers()
        for row in self.conflicts.values():
            names = ", ".join(f'"{name}"' for name in row)
            marks = ", ".join("?" for _ in row)
            # A conflict another laptop found first is already here (the same id): the one stored stays.
            self.connection.execute(
                f"INSERT OR IGNORE INTO sync_conflict ({names}) VALUES ({marks})", tuple(row.values())
            )
        return lost


# Where a changed row leads to the family or buddy whose data it is: (table, column naming the owner, kind).
_OWNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "family": (("id", "family"),),
    "buddy": (("id", "buddy"),),
    "family_member": (("family_id", "family"),),
    "referral": (("family_id", "family"),),
    "consent": (("family_id", "family"),),
    "trajectory": (("family_id", "family"), ("buddy_id", "buddy")),
}
_BY_DUO = ("activity", "evaluation", "trajectory_pause", "agreement")


def erased_people_changed(connection: apsw.Connection, changesets: Sequence[bytes]) -> dict[str, list[str]]:
    """The erased families and buddies whose records these changesets changed: another laptop may have changed
    them before it knew of the erasure, and an erasure always wins (the app erases them again)."""
    erased = {
        kind: {
            str(row[0]) for row in connection.execute(f"SELECT id FROM {kind} WHERE erased_on IS NOT NULL")
        }
        for kind in ("family", "buddy")
    }
    if not any(erased.values()):
        return {}
    changed: dict[str, set[Any]] = {}
    for changes in changesets:
        for change in apsw.Changeset.iter(changes):
            row = change.new if change.op == "INSERT" else change.old
            if row is not None and (change.name in _OWNERS or change.name in _BY_DUO):
                changed.setdefault(change.name, set()).add(row[0])
    duos = set(changed.get("trajectory", set()))
    for table in _BY_DUO:
        for key in changed.get(table, ()):
            found = connection.execute(f'SELECT trajectory_id FROM "{table}" WHERE id = ?', (key,)).fetchall()
            duos.update(found_row[0] for found_row in found)
    owners: dict[str, set[str]] = {"family": set(), "buddy": set()}
    for table, links in _OWNERS.items():
        keys = duos if table == "trajectory" else changed.get(table, set())
        for key in keys:
            if table in owners:  # the person's own row
                owners[table].add(str(key))
                continue
            for column, kind in links:
                found = connection.execute(
                    f'SELECT "{column}" FROM "{table}" WHERE id = ?', (key,)
                ).fetchall()
                owners[kind].update(str(found_row[0]) for found_row in found)
    return {kind: sorted(owners[kind] & erased[kind]) for kind in owners}


def outgoing(connection: apsw.Connection, tables: Sequence[str]) -> bytes:
    """This laptop's changes since the last sync: the difference from the base copy to the database."""
    session = apsw.Session(connection, "main")
    for table in tables:
        session.attach(table)
        session.diff("base", table)
    return session.changeset()


def run(request: dict[str, Any]) -> dict[str, Any]:
    connection = _open(request["database"], request["key"])
    connection.execute(f"ATTACH DATABASE ? AS base KEY \"x'{request['key']}'\"", (request["base"],))
    connection.execute("BEGIN IMMEDIATE")
    try:
        tables = synced_tables(connection)
        mine = outgoing(connection, tables)
        applier = Applier(connection)
        applied: dict[str, int] = {}
        for incoming in request["incoming"]:
            applier.apply(base64.b64decode(incoming["changes"]))
            applied[incoming["laptop"]] = incoming["number"]
            connection.execute(
                "INSERT INTO team_applied (laptop_id, number) VALUES (?, ?)"
                " ON CONFLICT (laptop_id) DO UPDATE SET number = excluded.number",
                (incoming["laptop"], incoming["number"]),
            )
        lost = applier.finish()
        erased = erased_people_changed(
            connection, [base64.b64decode(i["changes"]) for i in request["incoming"]]
        )
        broken = connection.execute("PRAGMA main.foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"foreign keys: {len(broken)} rows refer to records no laptop sent")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return {
        "outgoing": base64.b64encode(mine).decode("ascii"),
        "applied": applied,
        "conflicts": len(applier.conflicts),
        "lost": lost,
        "erased_changed": erased,
    }


def main() -> int:
    request = json.loads(sys.stdin.buffer.read())
    try:
        answer = run(request)
    except Exception as exc:  # its kind only: a message may quote a value
        sys.stdout.write(
            json.dumps(
                {
                    "error": type(exc).__name__,
                    "detail": str(exc)[:200] if isinstance(exc, RuntimeError) else "",
                }
            )
        )
        return 1
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
