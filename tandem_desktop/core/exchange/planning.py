"""The plan of an import (_Plan), made on the first reading of the file: every record checked, and what
would be added, updated, left unchanged or kept (the stored record as new), before anything is applied."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import cast

import sqlalchemy as sa
from sqlmodel import Session, select

from tandem_desktop.db.models import ProgrammeSettings, Record

from .checking import _Checker
from .file_format import AUDIT_TABLE, _models, _table
from .reading import _SPAN_BITS, NOT_A_LIST, TABLE_START, _Reader
from .report import ImportReport, InvalidRecord, KeptRecord, _shown
from .rows import _compact, _cross_fields, _Full, _parse_row, _Row


@dataclass
class _Plan:
    rows: dict[str, list[_Row]]
    invalid_tables: list[InvalidRecord]
    added: dict[str, list[_Row]]
    updated: dict[str, list[_Row]]
    unchanged: dict[str, int]
    kept: list[KeptRecord]
    ignored: dict[str, int]

    def invalid(self) -> list[InvalidRecord]:
        found = list(self.invalid_tables)
        for rows in self.rows.values():
            found.extend(
                InvalidRecord(r.table, r.record_id, "; ".join(r.problems)) for r in rows if r.problems
            )
        return found

    def report(self, applied: bool) -> ImportReport:
        names = list(self.rows)
        return ImportReport(
            added={n: len(self.added.get(n, ())) for n in names},
            updated={n: len(self.updated.get(n, ())) for n in names},
            unchanged={n: self.unchanged.get(n, 0) for n in names},
            invalid=self.invalid(),
            applied=applied,
            kept=list(self.kept),
            ignored=dict(self.ignored),
        )


def _match_settings(checker: _Checker, rows: Sequence[_Full]) -> None:
    """The programme has one settings row. When the file's (live) row has an id the database does not
    know while the database has a live row of its own, the two are the same settings: the file's row is
    merged into the stored one (newer `updated_at` wins) rather than added as a second set of settings."""
    live = [row for row, values, _ in rows if row.valid and values["deleted_at"] is None]
    if len(live) != 1 or live[0].uid in checker.stored["programme_settings"]:
        return
    stored = checker.session.exec(
        select(ProgrammeSettings)
        .where(ProgrammeSettings.deleted_at.is_(None))  # type: ignore[union-attr]
        .order_by(ProgrammeSettings.updated_at.desc())  # type: ignore[attr-defined]
    ).first()
    if stored is not None:
        live[0].target = stored.id


def _plan(session: Session, reader: _Reader, today: dt.date) -> _Plan:
    models = _models()
    checker = _Checker(session, today)
    invalid_tables: list[InvalidRecord] = []
    ignored: dict[str, int] = {}
    kept: list[KeptRecord] = []
    # Records as new as the stored ones or older: compared with them in batches, as they come.
    older: dict[str, list[_Full]] = defaultdict(list)
    settings: list[_Full] = []
    done: set[str] = set()  # the tables read (a table is one list of the file)
    for record in reader.records():
        name = record.table
        if record.raw is TABLE_START or record.raw is NOT_A_LIST:
            if name in done:
                invalid_tables.append(
                    InvalidRecord(_shown(name, 40), None, "the table appears more than once in the file")
                )
            done.add(name)
            if name == AUDIT_TABLE:
                # The audit trail is the app's own account of what it did here: a file cannot write history
                # into it. The import writes its own entries instead (one per record it adds or changes, and
                # one for the import itself).
                ignored.setdefault(name, 0)
            elif name not in models:
                invalid_tables.append(
                    InvalidRecord(
                        _shown(name, 40),
                        None,
                        f"unknown table “{_shown(name, 40)}”: this version of Tandem Desktop has no such table",
                    )
                )
            elif record.raw is NOT_A_LIST:
                invalid_tables.append(InvalidRecord(name, None, "the table is not a list of records"))
            else:
                checker.rows.setdefault(name, [])
            continue
        if name == AUDIT_TABLE:
            ignored[name] += 1
            continue
        if name not in models:
            continue
        model = models[name]
        row, values, fields = _parse_row(model, name, record.raw, today)
        row.span = record.start << _SPAN_BITS | (record.end - record.start)
        checker.rows[name].append(row)
        if values is None:
            continue
        row.passed, row.updated_at = True, values["updated_at"]
        row.cross = tuple(_compact(values[f]) for f in _cross_fields(model))
        if name == "programme_settings":
            settings.append((row, values, fields))
        stored_at = checker.stored[name].get(cast(uuid.UUID, row.uid))
        if stored_at is not None and values["updated_at"] <= stored_at and name != "programme_settings":
            older[name].append((row, values, fields))
            if len(older[name]) >= _KEPT_BATCH:
                kept.extend(_kept(session, model, older.pop(name)))
    for name, batch in older.items():
        kept.extend(_kept(session, models[name], batch))
    checker.check()
    _match_settings(checker, settings)

    added: dict[str, list[_Row]] = defaultdict(list)
    updated: dict[str, list[_Row]] = defaultdict(list)
    unchanged: dict[str, int] = defaultdict(int)
    for name, table_rows in checker.rows.items():
        stored = checker.stored[name]
        for row in table_rows:
            if not row.valid:
                continue
            row.target = row.target or cast(uuid.UUID, row.uid)
            if row.target not in stored:
                row.target = None
                added[name].append(row)
            elif cast(dt.datetime, row.updated_at) > stored[row.target]:
                updated[name].append(row)
            else:
                unchanged[name] += 1
    # The settings row is compared once matched to the stored row (whose id may differ from the file's).
    taken = {id(row) for row in updated["programme_settings"]}
    older_settings = [s for s in settings if s[0].valid and s[0].target is not None and id(s[0]) not in taken]
    kept.extend(_kept(session, ProgrammeSettings, older_settings))
    return _Plan(checker.rows, invalid_tables, added, updated, unchanged, kept, ignored)


_KEPT_BATCH = 500
# The fields that say which record and when, rather than what it holds.
_STAMP_FIELDS = frozenset({"id", "created_at", "updated_at"})


def _kept(session: Session, model: type[Record], records: Sequence[_Full]) -> Iterator[KeptRecord]:
    """The file's records that differ from the stored ones they are not merged into, because the stored one is
    as new or newer: said in the report, so that an edit is never dropped in silence."""
    table = _table(model)
    targets = [row.target or cast(uuid.UUID, row.uid) for row, _, _ in records]
    stored = {r.id: r._mapping for r in session.execute(sa.select(table).where(table.c.id.in_(targets)))}
    for (row, values, fields), target in zip(records, targets, strict=True):
        current = stored[target]
        differing = sorted(f for f in fields - _STAMP_FIELDS if current[f] != values[f])
        if differing:
            yield KeptRecord(
                row.table, str(row.uid), current["updated_at"], values["updated_at"], tuple(differing)
            )
