"""The administrator's commands for the privacy duties: who is due for erasure (and erasing them), erasing one
person on request, a person's own copy, the record of processing, and the ids to name people by."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from tandem_desktop.admin_keys import command_key
from tandem_desktop.db.store import Store, open_store


def written(path: Path, write: Callable[[], object]) -> bool:
    """Run `write`; a file that cannot be written is said in one line (its cause), False."""
    try:
        write()
    except OSError as error:
        print(f"Could not write {path}: {error.strerror or error}", file=sys.stderr)
        return False
    return True


def cmd_retention(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.privacy import erasing, retention

    with open_store(data_dir, command_key(data_dir, args)) as store:
        today = store.today()
        due = retention.due_for_erasure(store, today)
        for person in due:
            print(
                f"{person.record_id}  {person.table_name:<6}  due since {person.due_on.isoformat()}"
                f"  ({retention.reason_text(person)})  {person.name}"
            )
        if not args.erase_due:
            print(f"{len(due)} person(s) due for erasure on {today.isoformat()}")
            if due:
                print("Erase them with: tandem-desktop retention --erase-due")
            return 0
        people = [erasing.Person(person.table_name, person.record_id) for person in due]
        erased = erasing.erase_due(store, people, today)
    print(f"Erased {erased} of {len(due)} person(s); a safety backup was made first.")
    return 0


def cmd_erase(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.privacy import erasing

    with open_store(data_dir, command_key(data_dir, args)) as store:
        person = erasing.find_person(store, args.id)
        erased = erasing.erase_on_request(store, person, args.reason, store.today())
    if erased:
        print(f"Erased the {person.table_name} {person.record_id}; a safety backup was made first.")
    else:
        print(f"The {person.table_name} {person.record_id} was erased before: nothing to do.")
    return 0


def cmd_access(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.privacy import access, erasing
    from tandem_desktop.documents.access_copy import second_languages, suggested_language, write_access_copy

    with open_store(data_dir, command_key(data_dir, args), lock=False) as store:
        person = erasing.find_person(store, args.id)
        copy = access.access_copy(store, person.table_name, person.record_id, store.today())
    language = suggested_language(copy) if args.lang is None else (None if args.lang == "nl" else args.lang)
    if language is not None and language not in second_languages():
        print(
            f"No text of the copy in {language}; there is one in: {', '.join(second_languages())}",
            file=sys.stderr,
        )
        return 1
    if not written(args.out, lambda: write_access_copy(copy, args.out, language)):
        return 1
    print(f"The {person.table_name}'s own copy written to {args.out} (and as data beside it, .json)")
    return 0


def cmd_processing_record(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    from tandem_desktop.core.privacy.processing import processing_record
    from tandem_desktop.documents.processing_record import processing_record_pdf
    from tandem_desktop.files import write_file

    with open_store(data_dir, command_key(data_dir, args), lock=False) as store:
        record = processing_record(store, store.today())
    if not written(args.out, lambda: write_file(args.out, processing_record_pdf(record))):
        return 1
    print(f"The record of processing written to {args.out}")
    return 0


def cmd_people(data_dir: Path, args: argparse.Namespace, today: dt.date) -> int:
    with open_store(data_dir, command_key(data_dir, args), lock=False) as store:
        lines = _people(store)
    for line in lines:
        print(line)
    print(f"{len(lines)} families and buddies")
    return 0


def _people(store: Store) -> list[str]:
    from tandem_desktop.core.buddies import buddy_rows
    from tandem_desktop.core.families import family_rows

    lines = []
    for kind, rows in (("family", family_rows(store)), ("buddy", buddy_rows(store))):
        for row in sorted(rows, key=lambda r: r.name.casefold()):
            erased = f"  erased on {row.erased_on.isoformat()}" if row.erased_on else ""
            lines.append(f"{row.id}  {kind:<6}  {row.status.value:<14} {row.name}{erased}")
    return lines
