"""The team's commands (docs/team.md): make a team in a shared folder, join it, sync, see who is in it and when
each laptop last synced, and the conflicts to review."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from pathlib import Path

from tandem_desktop.admin_keys import _first_line, _prompt, command_key
from tandem_desktop.db.store import Store, check_present, open_store
from tandem_desktop.db.team import folder as team_folder
from tandem_desktop.db.team import sync as team_sync

# What a team folder's fault means for the coordinator, and the way out.
FOLDER_FAULTS = {
    "no_team": "{folder} is not a team folder. Check the folder, or make a team there with `team create`.",
    "unreachable": "The team folder {folder} cannot be reached. Is the network drive or USB stick there?",
    "damaged": "A file in the team folder {folder} is damaged or was changed: ask the colleague who wrote it to sync again.",
    "wrong_code": "This is not the team code of the team in {folder}. Check the code with the colleague who made the team.",
    "not_a_code": "A team code is eight groups of four letters and digits, as the colleague who made the team gave it.",
    "already_a_team": "{folder} holds a team already: join it with `team join`, or choose another folder.",
    "full": "The disk of the team folder {folder} is full: make room there, then sync again. Nothing is lost.",
    "read_only": "The team folder {folder} cannot be written (read-only, or no permission): ask for write access, then sync again.",
    "new_code": "The team has a new team code (a laptop was lost): ask a colleague for it, then `team code`.",
    "no_state": "No laptop of the team in {folder} has synced yet: ask the colleague who made the team to sync.",
}


def _membership(store: Store) -> team_sync.Membership | None:
    return team_sync.read_membership(store.data_dir, store.data_key)


def _say_folder_fault(error: team_folder.TeamFolderError, where: Path | None) -> int:
    print(
        FOLDER_FAULTS.get(error.kind, "The team folder {folder} cannot be used.").format(folder=where or ""),
        file=sys.stderr,
    )
    return 1


def cmd_team(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    action = args.team_command
    where: Path | None = getattr(args, "folder", None)  # the team folder a fault is about, once known
    try:
        if action == "join":
            return _join(data_dir, args)
        with open_store(data_dir, command_key(data_dir, args)) as store:
            membership = _membership(store)
            if membership is not None and where is None:
                where = membership.folder
            if action == "create":
                if membership is not None:
                    print(f"This laptop is in a team already, in {membership.folder}.", file=sys.stderr)
                    return 1
                code = team_sync.create_team(store, args.folder)
                print(
                    f"Team made in {args.folder}. The team code, for the colleagues who join:\n\n    {code}\n"
                )
                print("Give it to them in person or by phone, never by e-mail with the folder's address.")
                return 0
            if membership is None:
                print(
                    "This laptop is in no team: make one with `team create FOLDER`, or join one.",
                    file=sys.stderr,
                )
                return 1
            if action == "sync":
                return _sync(store, membership)
            if action == "status":
                return _status(membership)
            if action == "new-code":
                code = team_sync.new_team_code(store, membership)
                print(
                    f"The team's new code, for the colleagues whose laptops are still in the team:\n\n    {code}\n"
                )
                print("The lost laptop's files no longer open; nothing it writes is read again.")
                return 0
            if action == "code":
                typed = (
                    _first_line(args.team_code_file, "team code")
                    if args.team_code_file
                    else _prompt("Team code: ")
                )
                team_sync.take_new_code(store, membership, typed)
                print("The new team code is taken: sync as usual.")
                return 0
            return _conflicts(store, args, today)
    except team_folder.TeamFolderError as error:
        return _say_folder_fault(error, where)


def _join(data_dir: Path, args: argparse.Namespace) -> int:
    if check_present(data_dir):
        print(
            f"{data_dir} holds a programme already. Joining copies the team's programme: join with a new data folder"
            " (--data-dir), or make this one the team's with `team create`.",
            file=sys.stderr,
        )
        return 1
    code = _first_line(args.team_code_file, "team code") if args.team_code_file else _prompt("Team code: ")
    key = command_key(data_dir, args)
    membership = team_sync.join_state(args.folder, code, data_dir, key)
    with open_store(data_dir, key) as store:
        team_sync.finish_join(store, membership)
        report = team_sync.sync_laptop(store, membership)
    print(f"Joined the team in {args.folder}; {sum(report.applied.values())} newer changesets applied.")
    return 0


def _sync(store: Store, membership: team_sync.Membership) -> int:
    from tandem_desktop.core.team import sync_with_team

    try:
        checked = sync_with_team(store, membership)
    except team_sync.SyncFailed as failed:
        print(
            f"The sync stopped ({failed.kind}); nothing was changed. {failed.detail}".rstrip(),
            file=sys.stderr,
        )
        return 1
    report = checked.report
    sent = f"sent changeset {report.sent}" if report.sent else "nothing new to send"
    print(
        f"Synced: {sent}; applied {sum(report.applied.values())} changesets of {len(report.applied)} laptops."
    )
    if report.conflicts:
        print(f"{report.conflicts} conflicts to review: tandem-desktop team conflicts")
    for problem in checked.new_problems:
        print(f"The team's changes together break a rule of the programme: {problem}")
    for laptop in report.held:
        print(
            f"Laptop {laptop[:8]} runs a newer version of Tandem Desktop: update this one to receive its changes."
        )
    return 0


def _status(membership: team_sync.Membership) -> int:
    print(f"Team folder: {membership.folder}")
    for laptop in team_sync.laptops(membership):
        me = "  (this laptop)" if laptop.laptop_id == membership.laptop_id else ""
        when = laptop.last_sync.astimezone().strftime("%Y-%m-%d %H:%M") if laptop.last_sync else "never"
        print(
            f"  {laptop.laptop_id[:8]}  {laptop.name or '—':<40} last sync {when}  schema {laptop.schema}{me}"
        )
    return 0


def _conflicts(store: Store, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core import team

    if args.take_other or args.keep:
        chosen = uuid.UUID(args.take_other or args.keep)
        (team.take_other if args.take_other else team.keep)(store, chosen, today)
        print("Settled; it travels to the team with the next sync.")
        return 0
    rows = team.conflicts(store)
    for row in rows:
        kept = "(sensitive)" if row.sensitive else repr(row.kept)
        other = "(sensitive)" if row.sensitive else repr(row.other)
        print(
            f"{row.id}  {row.table_name} {row.record_id}  {row.field}: kept {kept}, set aside {other}  [{row.kind}]"
        )
    print(f"{len(rows)} conflicts to review; settle one with --keep ID or --take-other ID")
    return 0
