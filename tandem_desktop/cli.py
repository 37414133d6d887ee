"""The one entry point: `tandem-desktop` starts the GUI; its subcommands are the administrator's tools."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tandem_desktop import APP_NAME, __version__, paths
from tandem_desktop.logs import failure_details, setup_file_logging
from tandem_desktop.messages import UserFacingError

TEAM_WORKER = "team-worker"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tandem-desktop",
        description=f"{APP_NAME}: the coordinator's tool for a buddy programme. Without a command it starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    data_dir_help = f"the data folder (default: ${paths.DATA_DIR_ENV}, else {paths.resolve_data_dir()})"
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)
    passphrase_help = "the passphrase on the first line of FILE (else the keychain, else it is asked)"
    parser.add_argument("--passphrase-file", metavar="FILE", type=Path, help=passphrase_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="fill an empty data folder with a fictional programme")
    commands.add_parser("check", help="check the database; exit 0 only when everything is sound")
    backup = commands.add_parser("backup", help="make a backup (into the backups folder, or --out FILE)")
    backup.add_argument("--out", metavar="FILE", type=Path)
    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the current one is kept)"
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    export = commands.add_parser(
        "export",
        help="write every table to a file, encrypted with a passphrase for the export (or --plain JSON)",
    )
    export.add_argument("--out", metavar="FILE", type=Path, required=True)
    export.add_argument(
        "--plain", action="store_true", help="plain JSON, not encrypted: keep it safe, delete it soon"
    )
    export.add_argument(
        "--without-sensitive",
        action="store_true",
        help="leave out the sensitive fields and notes (for a colleague or a developer)",
    )
    export_passphrase = "the export's passphrase on the first line of FILE (else it is asked)"
    export.add_argument("--export-passphrase-file", metavar="FILE", type=Path, help=export_passphrase)
    import_ = commands.add_parser("import", help="merge an export into the database, by id")
    import_.add_argument("file", metavar="FILE", type=Path)
    import_.add_argument("--export-passphrase-file", metavar="FILE", type=Path, help=export_passphrase)
    import_.add_argument("--dry-run", action="store_true", help="validate and report, change nothing")
    commands.add_parser("duos", help="list the duos with their ids (for the agreement command)")
    agreement = commands.add_parser("agreement", help="write a duo's agreement as a PDF (and record it)")
    agreement.add_argument("duo", metavar="DUO_ID", help="the duo's id (or its first characters)")
    agreement.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    agreement.add_argument(
        "--lang",
        metavar="CODE",
        help="a second language after each part (e.g. en, fr, ar); default: Dutch only",
    )
    new_help = "the new passphrase on the first line of FILE (else it is asked twice)"
    retention = commands.add_parser(
        "retention", help="list the families and buddies whose data is due for erasure (the retention rules)"
    )
    retention.add_argument("--erase-due", action="store_true", help="erase them (after a safety backup)")
    erase = commands.add_parser("erase", help="erase one family's or buddy's personal data, on their request")
    erase.add_argument("id", metavar="ID", help="the family's or buddy's id (or its first characters)")
    erase.add_argument(
        "--reason", metavar="TEXT", required=True, help="why (kept with the erasure; no names)"
    )
    access = commands.add_parser(
        "access", help="write a family's or buddy's own copy of their data (PDF + JSON)"
    )
    access.add_argument("id", metavar="ID", help="the family's or buddy's id (or its first characters)")
    access.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    access.add_argument(
        "--lang", metavar="CODE", help="the second language (default: the family's own, when there is a text)"
    )
    record = commands.add_parser(
        "processing-record", help="write the record of processing (PDF, for the DPO)"
    )
    record.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    commands.add_parser("people", help="list the families and buddies with their ids")
    team = commands.add_parser("team", help="a team of laptops sharing the programme through a folder")
    team_commands = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    create = team_commands.add_parser("create", help="make a team in a shared folder; prints the team code")
    create.add_argument("folder", metavar="FOLDER", type=Path)
    join = team_commands.add_parser("join", help="join the team in FOLDER (into a new, empty data folder)")
    join.add_argument("folder", metavar="FOLDER", type=Path)
    join.add_argument(
        "--team-code-file", metavar="FILE", type=Path, help="the team code on the file's first line"
    )
    team_commands.add_parser("sync", help="send this laptop's changes and take the others'")
    team_commands.add_parser("status", help="who is in the team, and when each laptop last synced")
    team_commands.add_parser("new-code", help="a laptop was lost: a new team code (the lost one is dropped)")
    new_code = team_commands.add_parser("code", help="enter the team's new code (after a colleague made one)")
    new_code.add_argument(
        "--team-code-file", metavar="FILE", type=Path, help="the team code on the file's first line"
    )
    conflicts = team_commands.add_parser("conflicts", help="the same field changed on two laptops: to review")
    settle = conflicts.add_mutually_exclusive_group()
    settle.add_argument("--keep", metavar="ID", help="the value kept is right: settle the conflict")
    settle.add_argument("--take-other", metavar="ID", help="the value set aside is right: write it")
    change = commands.add_parser("passphrase", help="change the passphrase (the recovery key stays)")
    change.add_argument("--new-passphrase-file", metavar="FILE", type=Path, help=new_help)
    recover = commands.add_parser(
        "recover", help="set a new passphrase with the emergency sheet's recovery key"
    )
    recover.add_argument("--recovery-key-file", metavar="FILE", type=Path, help="the recovery key in FILE")
    recover.add_argument("--new-passphrase-file", metavar="FILE", type=Path, help=new_help)
    for sub in commands.choices.values():
        sub.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)
        sub.add_argument(
            "--passphrase-file", metavar="FILE", type=Path, default=argparse.SUPPRESS, help=passphrase_help
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything is written (the log, the preferences, the data folder itself): opening the store makes
    # the folder private again, for those who call core without this entry point.
    paths.keep_private()
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == [TEAM_WORKER]:  # the sync's child process (db/team/sync.py), not a user's command
        from tandem_desktop.db.team.worker import main as worker

        return worker()
    args = _parser().parse_args(arguments)
    data_dir = paths.resolve_data_dir(args.data_dir)
    if args.command is None:
        from tandem_desktop.gui.shell.app import run_gui  # Qt is loaded only for the GUI

        return run_gui(data_dir)
    from tandem_desktop import admin
    from tandem_desktop.db import backups

    try:
        return int(
            getattr(admin, f"cmd_{args.command.replace('-', '_')}")(data_dir, args, today=dt.date.today())
        )
    except UserFacingError as exc:
        print(f"{APP_NAME}: {exc.message}", file=sys.stderr)
        if getattr(exc, "offers_restore", False):
            latest = backups.latest_backup(paths.backup_dir(data_dir))
            if latest is not None:
                print(
                    f"The latest backup is {latest}; restore it with: tandem-desktop restore {latest}",
                    file=sys.stderr,
                )
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output went to `head` or a pager that was closed: not a failure
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        # Not a message for the user: the details go to the log, the user gets one plain line.
        log_file = setup_file_logging(data_dir)
        logging.getLogger(__name__).error("command %s failed\n%s", args.command, failure_details(exc))
        where = f"; the details are in {log_file}" if log_file else ""
        # The error's kind only: its text may quote a record's values.
        print(f"{APP_NAME}: the command failed unexpectedly ({type(exc).__name__}){where}", file=sys.stderr)
        return 1
