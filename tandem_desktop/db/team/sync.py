"""A laptop in a team: making the team, joining it, and a sync (docs/team.md).

A sync, in order: the worker (a child process: db/team/worker.py) computes this laptop's changes since the
last sync, against the base copy (the database as it was then, encrypted, in `team/` of the data folder), and
applies the other laptops' new changesets by the merge rules, all in one transaction; then this laptop's
changes are published as its next changeset, the base copy becomes the database as it is now, and the state
the team can join from is written. A sync interrupted anywhere is completed by the next one: until the base
copy is replaced, the same changes are found and published again, and a change that arrives twice changes
nothing the second time.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import errno
import json
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from .. import backups, changes, cipher, driver, erasure, migrate
from ..audit_chain import actor
from ..cipher import DataKey
from ..durable import write_durably
from ..engine import make_engine
from ..models import RECORD_TABLES
from ..store import Store
from . import folder as team_folder

log = logging.getLogger(__name__)
LOCAL_FOLDER = "team"
STATE_EVERY = dt.timedelta(days=1)  # how old a laptop's joinable state may grow before a sync writes it again
# The worker: this app again, in a process of its own (cli.py's hidden first argument; the bundle's executable is
# the app itself). A test may put another script here.
WORKER = (
    [sys.executable, "team-worker"]
    if getattr(sys, "frozen", False)
    else [sys.executable, "-m", "tandem_desktop", "team-worker"]
)
_MEMBERSHIP_PURPOSE = b"tandem team membership"


class SyncFailed(Exception):
    """The worker stopped (the database is as it was before this sync): `kind` says why."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind)
        self.kind, self.detail = kind, detail


@dataclass(frozen=True)
class Membership:
    folder: Path
    team_id: str
    laptop_id: str
    team_key: bytes


@dataclass
class SyncReport:
    sent: int = 0  # this laptop's changeset number published (0: nothing new)
    applied: dict[str, int] = field(default_factory=dict)  # laptop id: its changesets applied in this sync
    conflicts: int = 0  # found in this sync
    held: dict[str, str] = field(default_factory=dict)  # laptop id: "newer" (its schema), not applied yet
    lost: int = 0  # changes to records no laptop sent (they are in no changeset: reported)


def local_folder(data_dir: Path) -> Path:
    return data_dir / LOCAL_FOLDER


def base_path(data_dir: Path) -> Path:
    return local_folder(data_dir) / "base.sqlite3"


def _membership_path(data_dir: Path) -> Path:
    return local_folder(data_dir) / "membership.sealed"


def read_membership(data_dir: Path, key: DataKey) -> Membership | None:
    try:
        raw = _membership_path(data_dir).read_bytes()[:65536]
    except FileNotFoundError:
        return None
    data = json.loads(cipher.unseal(key.raw, raw, _MEMBERSHIP_PURPOSE))
    return Membership(Path(data["folder"]), data["team"], data["laptop"], cipher.unb64(data["key"]))


def _write_membership(data_dir: Path, key: DataKey, membership: Membership) -> None:
    data = {
        "folder": str(membership.folder),
        "team": membership.team_id,
        "laptop": membership.laptop_id,
        "key": cipher.b64(membership.team_key),
    }
    local_folder(data_dir).mkdir(parents=True, exist_ok=True)
    write_durably(
        _membership_path(data_dir), cipher.seal(key.raw, json.dumps(data).encode(), _MEMBERSHIP_PURPOSE)
    )


def rekeyed_copy(source: Path, source_key: bytes, destination: Path, destination_key: bytes) -> None:
    """A copy of an encrypted database under another key (the data key ↔ the team key), whole or not at all."""
    partial = destination.with_name(f".{destination.name}.partial")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial.unlink(missing_ok=True)
    with closing(driver.connect(partial, DataKey(destination_key))) as copy:
        copy.execute(
            f"ATTACH DATABASE ? AS source KEY \"x'{source_key.hex()}'\"",
            (driver.uri(source, read_only=True),),
        )
        copy.execute("SELECT sqlcipher_export('main', 'source')")
        version = int(copy.execute("PRAGMA source.user_version").fetchone()[0])
        copy.execute("DETACH DATABASE source")
        copy.execute(f"PRAGMA main.user_version = {version}")
        copy.execute("PRAGMA journal_mode=DELETE")
    os.replace(partial, destination)


def _set_laptop(store: Store, laptop_id: str, applied: dict[str, int]) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM team_laptop"))
        conn.execute(sa.text("INSERT INTO team_laptop (laptop_id) VALUES (:id)"), {"id": laptop_id})
        for laptop, number in applied.items():
            _set_applied(conn, laptop, number)


def _set_applied(conn: sa.Connection, laptop: str, number: int) -> None:
    conn.execute(
        sa.text(
            "INSERT INTO team_applied (laptop_id, number) VALUES (:laptop, :number)"
            " ON CONFLICT (laptop_id) DO UPDATE SET number = excluded.number"
        ),
        {"laptop": laptop, "number": number},
    )


def _applied(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            str(k): int(v) for k, v in conn.execute(sa.text("SELECT laptop_id, number FROM team_applied"))
        }


def _publish(store: Store, membership: Membership, latest: int, *, state: bool) -> None:
    """Who the laptop is and when it last synced; and, when `state` or once a day, its whole programme as the team
    joins it (a copy of the database: a syncing folder should not take one at every sync). A laptop that joins
    from an older state applies the changesets written since."""
    now = dt.datetime.now(dt.UTC)
    previous = team_folder.read_laptop(membership.folder, membership.team_key, membership.laptop_id)
    state_at = previous.state_at if previous is not None else None
    if state or state_at is None or not dt.timedelta(0) <= now - state_at < STATE_EVERY:
        rekeyed_copy(
            store.database,
            store.data_key.raw,
            team_folder.state_path(membership.folder, membership.laptop_id),
            membership.team_key,
        )
        state_at = now
    with store.engine.connect() as conn:
        name = actor(conn)
    team_folder.write_laptop(
        membership.folder,
        membership.team_key,
        team_folder.Laptop(membership.laptop_id, name, migrate.SCHEMA_HEAD, now, latest, state_at),
    )


def create_team(store: Store, where: Path) -> str:
    """Make a team in the folder `where`, this laptop its first member; returns the team code to give to the
    colleagues who join."""
    team_id, laptop_id = uuid.uuid4().hex, uuid.uuid4().hex
    code = team_folder.new_team_code()
    key = team_folder.team_key(code, team_id)
    where.mkdir(parents=True, exist_ok=True)
    team_folder.create_marker(where, key, team_id)
    membership = Membership(where.resolve(), team_id, laptop_id, key)
    _set_laptop(store, laptop_id, {laptop_id: 0})
    _write_membership(store.data_dir, store.data_key, membership)
    backups.copy_database(store.database, base_path(store.data_dir), store.data_key)
    _publish(store, membership, 0, state=True)
    return code


def join_state(where: Path, code: str, data_dir: Path, key: DataKey) -> Membership:
    """Before the store opens: the team's newest state, as this data folder's database (encrypted with its own
    data key). The folder must hold no programme yet: joining copies the team's, it does not merge two."""
    team_id, team_key = team_folder.check_code(where, code)
    laptops = [
        laptop
        for laptop_id in team_folder.laptop_ids(where)
        if (laptop := team_folder.read_laptop(where, team_key, laptop_id)) is not None
        and team_folder.state_path(where, laptop_id).is_file()
    ]
    if not laptops:
        raise team_folder.TeamFolderError("no_state")
    newest = max(laptops, key=lambda laptop: laptop.state_at or dt.datetime.min.replace(tzinfo=dt.UTC))
    data_dir.mkdir(parents=True, exist_ok=True)
    rekeyed_copy(
        team_folder.state_path(where, newest.laptop_id), team_key, data_dir / "tandem.sqlite3", key.raw
    )
    membership = Membership(where.resolve(), team_id, uuid.uuid4().hex, team_key)
    _write_membership(data_dir, key, membership)
    return membership


def finish_join(store: Store, membership: Membership) -> None:
    """Once the joined state is open (migrated if it came from an older version): this laptop's own id, its
    base copy, its place in the team folder."""
    applied = _applied(store)
    applied[membership.laptop_id] = 0
    _set_laptop(store, membership.laptop_id, applied)
    backups.copy_database(store.database, base_path(store.data_dir), store.data_key)
    _publish(store, membership, 0, state=True)


def _incoming(membership: Membership, applied: dict[str, int], report: SyncReport) -> list[dict[str, object]]:
    incoming: list[dict[str, object]] = []
    for laptop_id in team_folder.laptop_ids(membership.folder):
        if laptop_id == membership.laptop_id:
            continue
        if team_folder.read_laptop(membership.folder, membership.team_key, laptop_id) is None:
            continue  # dropped from the team (lost), or not yet under the team's new code: its files do not open
        for number in team_folder.changeset_numbers(membership.folder, laptop_id):
            if number <= applied.get(laptop_id, 0):
                continue
            schema, changes = team_folder.read_changeset(
                membership.folder, membership.team_key, laptop_id, number
            )
            if schema > migrate.SCHEMA_HEAD:  # a newer version's: held until this laptop is updated
                report.held[laptop_id] = "newer"
                break
            # An older version's is applied: its tables lack only the columns added since, which SQLite fills
            # with their defaults (a column removed or renamed since would stop the sync, and nothing change).
            incoming.append(
                {"laptop": laptop_id, "number": number, "changes": base64.b64encode(changes).decode()}
            )
    return incoming


def _erase_again(store: Store, erased_changed: dict[str, list[str]]) -> None:
    """Erased people whose records another laptop changed (before it knew): whatever came back is cleared."""
    people = [(kind, uuid.UUID(hex=key)) for kind, keys in erased_changed.items() for key in keys]
    if not people:
        return
    with store.transaction() as session:
        mentions = erasure.Mentions(session)
        for kind, record_id in people:
            erasure.erase(
                session, kind, record_id, dt.date.today(), on_request=False, mentions=mentions, again=True
            )


def _migrate_base(base: Path, key: DataKey) -> None:
    """The base copy at this version's schema, as the database it is compared with (after an update of the app,
    the database was migrated at its opening; the changes made since the last sync must still be found)."""
    engine = make_engine(base, key)
    try:
        if migrate.current_revision(engine) != migrate.SCHEMA_HEAD:
            migrate.ensure_schema(engine, base, lambda _reason: None)  # a copy: no backup of it
    finally:
        engine.dispose()


def sync_laptop(store: Store, membership: Membership) -> SyncReport:
    """One sync of this laptop with its team (see the module's text). Raises TeamFolderError when the team folder
    cannot be reached or read, SyncFailed when the worker stopped (nothing was changed)."""
    report = SyncReport()
    base = base_path(store.data_dir)
    if not base.is_file():
        backups.copy_database(store.database, base, store.data_key)
    _migrate_base(base, store.data_key)
    applied = _applied(store)
    with _team_folder_faults():
        if not team_folder.key_matches(team_folder.read_marker(membership.folder), membership.team_key):
            raise team_folder.TeamFolderError("new_code")  # a laptop was lost: the team has a new code
        incoming = _incoming(membership, applied, report)
    request = {
        "database": str(store.database),
        "base": str(base),
        "key": store.data_key.raw.hex(),
        "incoming": incoming,
    }
    store.engine.dispose()  # the worker writes the file: no connection of this process stays open on it
    done = subprocess.run(WORKER, input=json.dumps(request).encode(), capture_output=True, check=False)
    try:
        answer = json.loads(done.stdout or b"{}")
    except ValueError:
        answer = {}
    if done.returncode != 0 or "error" in answer:
        log.warning("team sync stopped: %s (exit %d)", answer.get("error", "no answer"), done.returncode)
        raise SyncFailed(str(answer.get("error", f"exit {done.returncode}")), str(answer.get("detail", "")))
    for item in incoming:
        report.applied[str(item["laptop"])] = report.applied.get(str(item["laptop"]), 0) + 1
    report.conflicts, report.lost = int(answer["conflicts"]), int(answer["lost"])
    mine = base64.b64decode(answer["outgoing"])
    with _team_folder_faults():
        latest = max(team_folder.changeset_numbers(membership.folder, membership.laptop_id), default=0)
        if mine:
            latest += 1
            team_folder.write_changeset(
                membership.folder,
                membership.team_key,
                membership.laptop_id,
                latest,
                migrate.SCHEMA_HEAD,
                mine,
            )
            report.sent = latest
    with store.engine.begin() as conn:
        _set_applied(conn, membership.laptop_id, latest)
    backups.copy_database(store.database, base, store.data_key)
    # An erasure always wins: one that another laptop's change (or an older state) undid is done again here, and
    # published at the next sync (it is a change since the base copy).
    store.keep_erased()
    _erase_again(store, answer.get("erased_changed", {}))
    if incoming:
        changes.report_whole(str(model.__tablename__) for model in RECORD_TABLES)
    with _team_folder_faults():
        _publish(store, membership, latest, state=False)
    return report


@contextlib.contextmanager
def _team_folder_faults() -> Iterator[None]:
    """A write to the team folder that failed, as what it means there (what is applied here stays: the next sync
    sends this laptop's changes again, as the base copy still says they are new)."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise team_folder.TeamFolderError("full") from exc
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise team_folder.TeamFolderError("read_only") from exc
        raise team_folder.TeamFolderError("unreachable") from exc


def new_team_code(store: Store, membership: Membership) -> str:
    """A laptop of the team was lost: a new team code. This laptop's files are sealed again with the new key; the
    lost laptop's files no longer open, so nothing of it is read again. The others enter the new code
    (`take_new_code`) at their next sync."""
    code = team_folder.new_team_code()
    key = team_folder.team_key(code, membership.team_id)
    new = Membership(membership.folder, membership.team_id, membership.laptop_id, key)
    with _team_folder_faults():
        team_folder.create_marker(membership.folder, key, membership.team_id, replace=True)
        team_folder.reseal_own(membership.folder, membership.laptop_id, membership.team_key, key)
        _write_membership(store.data_dir, store.data_key, new)
        _publish(store, new, _applied(store).get(membership.laptop_id, 0), state=True)
    return code


def take_new_code(store: Store, membership: Membership, code: str) -> Membership:
    """The team's new code, as a colleague gave it: this laptop's files sealed again with it."""
    with _team_folder_faults():
        _team_id, key = team_folder.check_code(membership.folder, code)
        team_folder.reseal_own(membership.folder, membership.laptop_id, membership.team_key, key)
        new = Membership(membership.folder, membership.team_id, membership.laptop_id, key)
        _write_membership(store.data_dir, store.data_key, new)
        _publish(store, new, _applied(store).get(membership.laptop_id, 0), state=True)
    return new


def laptops(membership: Membership) -> list[team_folder.Laptop]:
    """The team's laptops as each last described itself; none when the folder cannot be reached."""
    found = []
    try:
        ids = team_folder.laptop_ids(membership.folder)
    except OSError:
        return []
    for laptop_id in ids:  # a laptop dropped from the team (lost) no longer opens: not listed
        laptop = team_folder.read_laptop(membership.folder, membership.team_key, laptop_id)
        if laptop is not None:
            found.append(laptop)
    return found
