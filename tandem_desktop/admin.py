"""The administrator's commands behind the CLI. Each returns the process's exit code.

`cmd_passphrase` and `cmd_recover` live with the data key's other handling (admin_keys.py)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from tandem_desktop import paths
from tandem_desktop.admin_keys import cmd_passphrase, cmd_recover, command_key, export_passphrase  # noqa: F401  (cli.py finds cmd_* here)
from tandem_desktop.admin_privacy import (  # noqa: F401  (cli.py finds cmd_* here)
    cmd_access,
    cmd_erase,
    cmd_people,
    cmd_processing_record,
    cmd_retention,
    written,
)
from tandem_desktop.admin_team import cmd_team  # noqa: F401  (cli.py finds cmd_* here)
from tandem_desktop.db import audit_chain, backups, driver, integrity, migrate, values
from tandem_desktop.db.engine import make_engine
from tandem_desktop.db.lock import InstanceLock
from tandem_desktop.db.restore import restore_backup
from tandem_desktop.db.store import (
    TandemSession,
    check_present,
    newest_change,
    open_store,
    prepare_data_dir,
    programme_today,
)


def cmd_demo(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.demo import load_demo

    with open_store(data_dir, command_key(data_dir, args)) as store:
        summary = load_demo(store, today)
    print(f"Demo programme loaded into {data_dir}:")
    for name, count in vars(summary).items():
        print(f"  {name.replace('_', ' ')}: {count}")
    return 0


def cmd_check(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.consistency import find_problems

    database = paths.database_path(data_dir)
    if not check_present(data_dir):  # a missing or empty file that should be a database raises
        print(f"FAILED: there is no database in {data_dir}.")
        return 1
    # Faults that are not damage (no permission, a full disk, a disk error) raise the StoreError that
    # names them: the CLI prints it with its way out, and never advises a restore for them.
    key = command_key(data_dir, args)
    problems = [f"SQLite: {p}" for p in integrity.check_file(database, key)]
    if not problems:
        # A database an earlier version left plain is checked as it is; opening it in the app encrypts it.
        engine = make_engine(database, None if driver.is_plain(database) else key)
        try:
            revision = migrate.current_revision(engine)
            if revision != migrate.SCHEMA_HEAD:
                problems.append(
                    f"schema: the database is at revision {revision}, this version of the app expects "
                    f"{migrate.SCHEMA_HEAD} (starting the app upgrades an older database)"
                )
            else:
                with engine.connect() as conn:
                    bad = values.find_bad_values(conn)
                    broken = audit_chain.first_break(conn)
                if broken is not None:
                    problems.append(f"audit trail: {broken}")
                problems += [f"unreadable value: {value.describe()}" for value in bad]
                if bad:
                    problems.append("programme: its rules are checked once the values above are repaired")
                else:
                    with TandemSession(engine) as session:
                        problems += [
                            f"programme: {p}"
                            for p in find_problems(session, programme_today(today, newest_change(engine)))
                        ]
        finally:
            engine.dispose()
    if problems:
        print(f"FAILED: {len(problems)} problem(s) in {database}:")
        for problem in problems:
            print(f"  - {problem}")
        latest = backups.latest_backup(paths.backup_dir(data_dir))
        if latest is not None and any(p.startswith("SQLite") for p in problems):
            print(f"The latest backup is {latest}; restore it with: tandem-desktop restore {latest}")
        return 1
    print(f"OK: {database} passed the integrity, foreign-key and programme checks.")
    return 0


def cmd_backup(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    database = paths.database_path(data_dir)
    if not database.is_file():
        print(f"There is no database in {data_dir} to back up.")
        return 1
    key = command_key(data_dir, args)
    if args.out:
        backups.copy_database(database, args.out, key)
        target = args.out
    else:
        target = backups.automatic_backup(database, paths.backup_dir(data_dir), "manual", key)
    print(f"Backup written to {target}")
    return 0


def cmd_restore(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    prepare_data_dir(data_dir)
    key = command_key(data_dir, args)
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        kept = restore_backup(args.file, paths.database_path(data_dir), paths.backup_dir(data_dir), key)
    finally:
        lock.release()
    if kept is not None:
        print(f"The previous database was kept as {kept}")
    open_store(data_dir, key).close()  # upgrades a backup made by an older version
    print(f"Restored {args.file} into {data_dir}")
    return 0


def cmd_export(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.exchange import write_export

    key = command_key(data_dir, args)
    passphrase = None if args.plain else export_passphrase(args.export_passphrase_file, new=True)
    with open_store(data_dir, key, lock=False) as store:
        counts = write_export(store, args.out, passphrase, without_sensitive=args.without_sensitive)
    print(f"Exported {sum(counts.values())} records from {len(counts)} tables to {args.out}")
    if passphrase is None:
        print(
            "Warning: the export is not encrypted. It holds every family's data in plain text: keep it on this "
            "computer, and delete it as soon as it has served.",
            file=sys.stderr,
        )
    else:
        print("It is encrypted with the export's passphrase: give that passphrase to whoever imports it.")
    return 0


def cmd_import(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.exchange import import_file
    from tandem_desktop.core.exchange.sealed import is_sealed

    key = command_key(data_dir, args)
    passphrase = export_passphrase(args.export_passphrase_file, new=False) if is_sealed(args.file) else None
    with open_store(data_dir, key) as store:
        report = import_file(
            store, args.file, dry_run=args.dry_run, today=store.today(), passphrase=passphrase
        )
    for invalid in report.invalid:
        print(f"INVALID {invalid.table} {invalid.record_id or '(no id)'}: {invalid.reason}")
    for kept in report.kept:
        print(f"KEPT {kept.table} {kept.record_id}: {kept.reason}")
    ignored = report.ignored.get("audit_entry", 0)
    if ignored:
        print(
            f"Ignored: {ignored} audit entries (the audit trail is the app's own; the import writes its own entries)."
        )
    if report.invalid:
        print(f"Nothing imported: {len(report.invalid)} invalid record(s).")
        return 1
    added, updated, unchanged = (
        sum(counts.values()) for counts in (report.added, report.updated, report.unchanged)
    )
    if args.dry_run:
        print(f"Dry run, nothing changed: would add {added}, update {updated}, leave {unchanged} unchanged.")
    else:
        print(f"Added {added}, updated {updated}, left {unchanged} unchanged.")
    return 0


def cmd_duos(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.duos import duo_rows

    with open_store(data_dir, command_key(data_dir, args), lock=False) as store:
        rows = sorted(duo_rows(store, today), key=lambda row: (row.start, row.family_name))
    for row in rows:
        print(
            f"{row.id}  {row.status.value:<14} {row.start.isoformat()}  {row.family_name} with {row.buddy_name}"
        )
    print(f"{len(rows)} duo(s)")
    return 0


def cmd_agreement(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.agreements import agreement_content, find_duo, record_made
    from tandem_desktop.documents.agreement import agreement_pdf
    from tandem_desktop.files import write_file

    with open_store(
        data_dir, command_key(data_dir, args)
    ) as store:  # it writes: the record of the agreement made
        duo_id = find_duo(store, args.duo)
        content = agreement_content(store, duo_id, args.lang, today)
        pdf = agreement_pdf(content)
        if not written(args.out, lambda: write_file(args.out, pdf)):
            return 1
        record = record_made(store, content, pdf)
    print(f"Agreement of {content.family} and {content.buddy} written to {args.out}")
    print(f"  template version {record.template_version}, SHA-256 {record.sha256}")
    for name in content.missing:
        print(
            f"  note: the settings have no {name.replace('_', ' ')}; the agreement has a line to write it on"
        )
    return 0
