"""The import's entry point (import_file): check the whole file, then apply it in one transaction and keep it
only when the programme's consistency rules (core.consistency) find no problem that was not there before."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from sqlmodel import Session

from tandem_desktop.db.audit import SENSITIVE_FIELDS
from tandem_desktop.db.models import RECORD_TABLES
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from ..consistency import find_problems
from .applying import _apply
from .file_format import WITHOUT_SENSITIVE, _table, table_name
from .planning import _Plan, _plan
from .reading import _Reader
from .report import ImportRejected, ImportReport, InvalidRecord

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)

# How core.consistency's sentences name their subject (their first word), and the table that is.
_PROBLEM_SUBJECTS = {
    "duo": "trajectory",
    "trajectory": "trajectory",
    "pause": "trajectory_pause",
    "activity": "activity",
    "evaluation": "evaluation",
    "family": "family",
    "member": "family_member",
    "buddy": "buddy",
    "settings": "programme_settings",
    "agreement": "agreement",
    "signal": "signal",
    "referral": "referral",
}


def _problems(session: Session, today: dt.date) -> list[str]:
    problems = find_problems(session, today)
    # find_problems loads records into the session; the next look must see the database, not those copies.
    session.expunge_all()
    return problems


def _new_problems(before: Sequence[str], after: Sequence[str]) -> list[InvalidRecord]:
    """The programme's rules the import would break, as invalid records: the record core.consistency names
    (its table from the sentence's first word, its id the first id in it), or the programme as a whole."""
    known = set(before)
    found: list[InvalidRecord] = []
    for problem in dict.fromkeys(after):  # once each, in order
        if problem in known:
            continue  # broken before the import already: `check` reports it, the import does not add it
        subject = "settings" if "programme settings" in problem.lower() else problem.split(" ", 1)[0].lower()
        record_id = _UUID.search(problem)
        found.append(
            InvalidRecord(
                _PROBLEM_SUBJECTS.get(subject, "programme"),
                record_id[0] if record_id else None,
                f"after the import: {problem}",
            )
        )
    return found


def _refuse_blanked_updates(plan: _Plan, path: Path) -> None:
    """An export without its sensitive fields may add records, never update stored ones: their health and
    housing notes would be emptied."""
    blanked = {table_name(m) for m in RECORD_TABLES if SENSITIVE_FIELDS & set(_table(m).columns.keys())}
    if any(plan.updated.get(name) for name in blanked):
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} was exported without its sensitive fields and notes: importing it would empty them in "
                "records this programme holds. Import it into another data folder, or use a full export.",
            ),
            path=str(path),
        )


def import_file(
    store: Store,
    path: Path,
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    passphrase: str | None = None,
) -> ImportReport:
    """Merge an export into the store; nothing is applied when any record is invalid, or on a dry run.

    Every record is checked first (models, limits, references, the forms' rules); then the merge is applied and
    the programme's consistency rules (core.consistency, as `check` runs them) are run on the result: a problem
    that was not there before refuses the whole import, and the merge is rolled back. A dry run applies the
    merge inside a savepoint and rolls it back, so it gives the same verdict.

    The file is read as a stream, twice: to check it (keeping per record only what the checks across records
    need) and to apply the records that pass. Raises ImportRejected when the file as a whole is not an export
    this version can read, or a sealed one `passphrase` does not open. Before anything is changed, the database is backed up (reason "before-import").
    """
    today = today or dt.date.today()
    reader = _Reader(path, passphrase)
    try:
        with store.transaction() as session:
            plan = _plan(session, reader, today)
            if reader.envelope.get(WITHOUT_SENSITIVE) is True:
                _refuse_blanked_updates(plan, reader.path)
            report = plan.report(applied=False)
            if report.invalid:
                return report
            if report.changed:
                # The transaction has only read so far: this is the state before the import, and a file
                # refused record by record never pays for it.
                before = _problems(session, today)
                if not dry_run:
                    # Taken inside the transaction, which has only read so far: the copy is the state the plan saw.
                    store.backup("before-import")
                savepoint = session.begin_nested()
                _apply(session, plan, reader, today)
                report.invalid = _new_problems(before, _problems(session, today))
                if report.invalid or dry_run:
                    savepoint.rollback()
                    return report
                savepoint.commit()
            elif dry_run:
                return report
    finally:
        reader.close()
    report.applied = True
    return report
