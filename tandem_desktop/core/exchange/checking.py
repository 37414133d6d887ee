"""The checks across records (_Checker): duplicate ids, foreign keys and the references the database cannot
check, unique columns; against the file's other records and what the database holds already."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session

from tandem_desktop.db.models import RECORD_TABLES

from .file_format import UNIQUE_ON_IMPORT, _models, _table, table_name
from .report import _shown
from .rows import _cross_fields, _Row

# What StatusChange.subject_type may name (the tables whose status is tracked).
_STATUS_SUBJECTS = ("family", "buddy", "trajectory")


class _Checker:
    """Checks the parsed rows against each other and against what the database holds already."""

    def __init__(self, session: Session, today: dt.date) -> None:
        self.session = session
        self.today = today
        self.rows: dict[str, list[_Row]] = {}
        # id -> updated_at per table, as stored: one query per table.
        self.stored: dict[str, dict[uuid.UUID, dt.datetime]] = {}
        for model in RECORD_TABLES:
            t = _table(model)
            self.stored[t.name] = {uid: at for uid, at in session.execute(sa.select(t.c.id, t.c.updated_at))}
        self.in_file: dict[str, set[uuid.UUID]] = {}

    def exists(self, table: str, uid: uuid.UUID) -> bool:
        return uid in self.stored.get(table, {}) or uid in self.in_file.get(table, set())

    def check(self) -> None:
        self.in_file = {
            name: {r.uid for r in table_rows if r.uid is not None} for name, table_rows in self.rows.items()
        }
        self.duplicates()
        self.foreign_keys()
        self.references()
        self.unique_columns()

    def parsed(self, table: str) -> Iterator[tuple[_Row, dict[str, Any]]]:
        """The rows that passed on their own (they may still have other problems), with the values the
        checks across records read."""
        names = _cross_fields(_models()[table])
        for row in self.rows.get(table, ()):
            if row.passed:
                yield row, dict(zip(names, row.cross, strict=True))

    def duplicates(self) -> None:
        for table_rows in self.rows.values():
            seen: set[uuid.UUID] = set()
            for row in table_rows:
                if row.uid is None:
                    continue
                if row.uid in seen:
                    row.flag("id: the same id appears more than once in this table of the file")
                seen.add(row.uid)

    def foreign_keys(self) -> None:
        for model in RECORD_TABLES:
            keys = [(fk.parent.name, fk.column.table.name) for fk in _table(model).foreign_keys]
            for row, values in self.parsed(table_name(model)):
                for column, parent in keys:
                    value = values[column]
                    if value is not None and not self.exists(parent, value):
                        row.flag(
                            f"{column}: refers to {parent} {value}, which is neither in this file nor in the database"
                        )

    def references(self) -> None:
        """References the database cannot check: a status change's subject, an activity's participants."""
        for row, values in self.parsed("status_change"):
            subject_type, subject_id = values["subject_type"], values["subject_id"]
            if subject_type not in _STATUS_SUBJECTS:
                row.flag(
                    f"subject_type: “{_shown(subject_type)}” is not one of {', '.join(_STATUS_SUBJECTS)}"
                )
            elif not self.exists(subject_type, subject_id):
                row.flag(
                    f"subject_id: refers to {subject_type} {subject_id}, which is neither in this file "
                    "nor in the database"
                )
        for row, values in self.parsed("activity"):
            missing = []
            for text in values["participant_ids"]:
                try:
                    member_id = uuid.UUID(text)
                except ValueError:
                    missing.append(_shown(text, 40))
                    continue
                if not self.exists("family_member", member_id):
                    missing.append(_shown(text, 40))
            if missing:
                row.flag(
                    "participant_ids: no family member with the id(s) "
                    + ", ".join(missing)
                    + " in this file or in the database"
                )

    def unique_columns(self) -> None:
        """Unique columns (an agreement template's version) stay unique once the file is merged in."""
        for model in RECORD_TABLES:
            t = _table(model)
            unique = [list(i.columns) for i in t.indexes if i.unique] + [
                [t.c[name] for name in names] for names in UNIQUE_ON_IMPORT.get(t.name, ())
            ]
            for index_columns in unique:
                columns = [c.name for c in index_columns]
                # What the table would hold: the stored rows, then the file's (whether newer or not,
                # which is stricter than needed but simple to explain).
                final: dict[uuid.UUID, tuple[Any, ...]] = {
                    uid: tuple(values)
                    for uid, *values in self.session.execute(sa.select(t.c.id, *index_columns))
                }
                incoming = [(row, values) for row, values in self.parsed(t.name) if row.uid is not None]
                for row, values in incoming:
                    final[cast(uuid.UUID, row.uid)] = tuple(values[c] for c in columns)
                holder: dict[tuple[Any, ...], uuid.UUID] = {}
                for uid, key in final.items():
                    holder.setdefault(key, uid)
                for row, _ in incoming:
                    key = final[cast(uuid.UUID, row.uid)]
                    if holder[key] != row.uid:
                        shown = ", ".join(f"{c} {v}" for c, v in zip(columns, key, strict=True))
                        row.flag(f"{shown} is already used by {t.name} {holder[key]}")
