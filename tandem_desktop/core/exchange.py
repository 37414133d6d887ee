"""Export of the whole programme as one JSON file, and its import: a merge by id.

The format is documented for administrators in docs/export-format.md; keep the two in step, and
bump FORMAT_VERSION by the rules written there.

An import first reads and checks every record of the file against the models, the foreign keys and
the programme's rules (core.people); only when every record passes does it apply anything, in one
transaction. A record whose id is new is added; one whose id is stored already replaces the stored
one when its `updated_at` is later, and is otherwise left alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import json
import os
import re
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TextIO, TypeVar, cast

import pydantic
import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

import tandem_desktop
from tandem_desktop.db import migrate
from tandem_desktop.db.models import (
    RECORD_TABLES,
    AuditEntry,
    Buddy,
    Family,
    FamilyMember,
    ProgrammeSettings,
    Record,
)
from tandem_desktop.db.models.base import UTCDateTime, utcnow
from tandem_desktop.db.models.enums import AuditAction
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation
from .errors import DomainError
from .people import buddy_errors, family_errors

FORMAT_NAME = "tandem-desktop-export"
FORMAT_VERSION = 1

AUDIT_TABLE = "audit_entry"
# Every table of an export, in the order they are written and applied: parents before children,
# the audit trail last.
EXPORT_TABLES: tuple[type[SQLModel], ...] = (*RECORD_TABLES, AuditEntry)
# Fields every record of the file must carry even though the models have defaults for them: without
# them a record cannot be merged.
_ALWAYS_REQUIRED = {AUDIT_TABLE: ("id", "at")}
_RECORD_REQUIRED = ("id", "created_at", "updated_at")
# What StatusChange.subject_type may name (the tables whose status is tracked).
_STATUS_SUBJECTS = ("family", "buddy", "trajectory")
# Records per INSERT batch, and per flush of updates: keeps statements and the session small.
_CHUNK = 2000

_T = TypeVar("_T")


class ImportRejected(DomainError):
    """The file as a whole cannot be imported: unreadable, not an export, or from a newer format."""


@dataclass
class InvalidRecord:
    table: str
    record_id: str | None  # None when the record has no usable id, or the problem is the whole table
    reason: str  # English, for the coordinator or administrator


@dataclass
class ImportReport:
    added: dict[str, int]
    updated: dict[str, int]
    unchanged: dict[str, int]
    invalid: list[InvalidRecord]
    applied: bool

    @property
    def changed(self) -> int:
        """How many records were (or, after a dry run, would be) added or updated."""
        return sum(self.added.values()) + sum(self.updated.values())


# --- Export ---------------------------------------------------------------------------------------


def table_name(model: type[SQLModel]) -> str:
    return _table(model).name


def _table(model: type[SQLModel]) -> sa.Table:
    return cast(sa.Table, sa.inspect(model).local_table)


def _utc_text(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()  # "+00:00"


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def _json_converter(column: sa.Column[Any]) -> Callable[[Any], Any] | None:
    """How a column's value is written to the file; None: as it is (text, numbers, booleans, JSON)."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc_text
    if isinstance(kind, sa.Enum):
        return _enum_value
    if isinstance(kind, sa.Uuid):
        return str
    if isinstance(kind, sa.Date):
        return dt.date.isoformat
    return None


def _export_rows(session: Session, model: type[SQLModel]) -> list[dict[str, Any]]:
    """Every row of a table, deleted ones too, as JSON objects with their fields in alphabetical order.

    Read with a plain SELECT rather than as model instances dumped with model_dump(mode="json"): the
    column types give the same Python values at a fraction of the cost (100,000 activities take
    seconds, not tens of seconds), and pydantic would write UTC as "Z" where the format has "+00:00".
    The models' fields are exactly their columns.
    """
    table = _table(model)
    columns = sorted(table.columns, key=lambda c: c.name)
    first = table.c.at if model is AuditEntry else table.c.created_at
    query = sa.select(*columns).order_by(first, table.c.id)
    convert = [(c.name, _json_converter(c)) for c in columns]
    return [
        {
            name: value if to_json is None or value is None else to_json(value)
            for (name, to_json), value in zip(convert, row, strict=True)
        }
        for row in session.execute(query)
    ]


def export_data(store: Store) -> dict[str, Any]:
    """The whole programme, soft-deleted records and the audit trail included, as one JSON document."""
    # One session, one read transaction: the export is a consistent snapshot even while the GUI writes.
    with store.session() as session:
        tables = {table_name(model): _export_rows(session, model) for model in EXPORT_TABLES}
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": tandem_desktop.__version__,
        "exported_at": utcnow().isoformat(),
        "schema_revision": migrate.current_revision(store.engine),
        "tables": tables,
    }


def _write_document(out: TextIO, document: dict[str, Any]) -> None:
    """Indented JSON with one record per line: readable, comparable line by line, and quick to write
    (json.dump with `indent` falls back to the pure-Python encoder and writes a line per field)."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    out.write("{\n")
    for key, value in document.items():
        if key != "tables":
            out.write(f"  {dumps(key)}: {dumps(value)},\n")
    out.write('  "tables": {')
    for i, (name, rows) in enumerate(document["tables"].items()):
        out.write(("," if i else "") + f"\n    {dumps(name)}: [")
        for j, row in enumerate(rows):
            out.write(("," if j else "") + "\n      " + dumps(row))
        out.write("\n    ]" if rows else "]")
    out.write("\n  }\n}\n")


class ExportFailed(DomainError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("domain", "The export to {path} failed: {reason}. Nothing was written."),
            path=path,
            reason=reason,
        )


def write_export(store: Store, path: Path) -> dict[str, int]:
    """Write the export to `path` (replacing it only once complete); returns the records per table.

    The file is made readable by its owner only: it holds everything the database holds.
    """
    document = export_data(store)
    path = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise ExportFailed(str(path), exc.strerror or str(exc)) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            _write_document(out, document)
            out.flush()
            os.fsync(out.fileno())
        temp.replace(path)
    except OSError as exc:  # a full disk, a folder that went away
        temp.unlink(missing_ok=True)
        raise ExportFailed(str(path), exc.strerror or str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return {name: len(rows) for name, rows in document["tables"].items()}


# --- Reading the file -----------------------------------------------------------------------------


def read_export(path: Path) -> dict[str, Any]:
    """The file's tables, after checking that it is an export this version can read."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # tolerate the BOM some editors add
    except UnicodeDecodeError as exc:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "domain", "{path} is not a Tandem Desktop export: it is not a UTF-8 text file."
            ),
            path=str(path),
        ) from exc
    except OSError as exc:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("domain", "{path} cannot be read: {reason}."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f"line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "?"
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} cannot be imported: it is not valid JSON (error at {where}). "
                "The file may be incomplete or damaged.",
            ),
            path=str(path),
            where=where,
        ) from exc
    return check_envelope(document, str(path))


def check_envelope(document: Any, path: str = "The file") -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} is not a Tandem Desktop export. Choose a file made with “export” in Tandem Desktop.",
            ),
            path=path,
        )
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("domain", "{path} is damaged: its format version ({version}) is not valid."),
            path=path,
            version=repr(version),
        )
    if version > FORMAT_VERSION:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} was made by a newer version of Tandem Desktop (export format {version}); this version "
                "reads formats up to {supported}. Update Tandem Desktop, then import the file again.",
            ),
            path=path,
            version=version,
            supported=FORMAT_VERSION,
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportRejected(
            QT_TRANSLATE_NOOP("domain", "{path} is damaged: it holds no tables of records."), path=path
        )
    return tables


# --- Checking every record ------------------------------------------------------------------------


@dataclass
class _Row:
    """One record of the file, while it is being checked."""

    table: str
    record_id: str | None  # as the file gives it, for the report
    uid: uuid.UUID | None = None
    # The record's fields once validated by its model (Python values, defaults filled in); None when
    # the model refused it.
    values: dict[str, Any] | None = None
    # The model instance, kept for the tables whose domain rules take one (family, member, buddy).
    obj: SQLModel | None = None
    fields: frozenset[str] = frozenset()  # the fields the file gives (an update sets only these)
    problems: list[str] = field(default_factory=list)
    target: uuid.UUID | None = None  # the stored record it is merged into, when there is one

    @property
    def valid(self) -> bool:
        return self.values is not None and not self.problems


@dataclass
class _Plan:
    rows: dict[str, list[_Row]]
    invalid_tables: list[InvalidRecord]
    added: dict[str, list[_Row]]
    updated: dict[str, list[_Row]]
    unchanged: dict[str, int]

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
        )


_DOMAIN_TABLES = frozenset({"family", "family_member", "buddy"})


@functools.cache
def checking_model(model: type[SQLModel]) -> type[pydantic.BaseModel]:
    """A plain pydantic model with the table model's fields: same types, same defaults, no other fields.

    Records are validated with this rather than with `model.model_validate`: a table model validates
    the same way, but then sets every field through SQLAlchemy's instrumentation, which costs some
    60-90 µs per record (9 s for 100,000 activities, most of a large import); this costs under 10.
    The models declare no validators of their own (tests/unit/test_exchange.py checks that), so the
    two accept and refuse the same records.
    """
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        annotation: Any = info.annotation
        if info.metadata:  # constraints such as max_length
            annotation = Annotated[(annotation, *info.metadata)]
        if info.default_factory is not None:
            fields[name] = (annotation, pydantic.Field(default_factory=info.default_factory))
        elif info.is_required():
            fields[name] = (annotation, ...)
        else:
            fields[name] = (annotation, info.default)
    config = pydantic.ConfigDict(extra="forbid")
    return pydantic.create_model(f"{model.__name__}InExport", __config__=config, **fields)


def _describe_pydantic(error: Any) -> str:
    where = ".".join(str(part) for part in error["loc"]) or "record"
    kind = error["type"]
    if kind == "missing":
        return f"{where}: missing"
    if kind == "extra_forbidden":
        return f"{where}: unknown field"
    if kind == "enum":
        return f"{where}: “{error['input']}” is not an allowed value (allowed: {error['ctx']['expected']})"
    return f"{where}: {error['msg']}"


def _datetime_fields(model: type[SQLModel]) -> tuple[str, ...]:
    return tuple(c.name for c in _table(model).columns if isinstance(c.type, UTCDateTime))


def _parse_row(model: type[SQLModel], name: str, raw: Any, datetimes: tuple[str, ...]) -> _Row:
    if not isinstance(raw, dict):
        return _Row(name, None, problems=["not a record (a JSON object is expected)"])
    raw_id = raw.get("id")
    row = _Row(name, None if raw_id is None else str(raw_id), fields=frozenset(raw))
    missing = [f for f in _ALWAYS_REQUIRED.get(name, _RECORD_REQUIRED) if raw.get(f) is None]
    row.problems.extend(f"{f}: missing" for f in missing)
    try:
        checked = checking_model(model).model_validate(raw)
    except pydantic.ValidationError as exc:
        row.problems.extend(
            _describe_pydantic(e) for e in exc.errors() if e["loc"][:1] not in [(f,) for f in missing]
        )
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            row.uid = uuid.UUID(str(raw_id))
        return row
    row.values = dict(checked.__dict__)
    row.uid = row.values["id"]
    for f in datetimes:
        value = row.values[f]
        if value is not None and value.tzinfo is None:
            row.problems.append(f"{f}: the time zone is missing (write e.g. 2025-03-01T09:30:00+00:00)")
    if name in _DOMAIN_TABLES:
        # The rules in core.people take model instances. (model_construct would be quicker, but on a
        # table model it skips SQLAlchemy's set-up of the instance, and reading a field can then fail.)
        row.obj = model.model_validate(row.values)
    return row


class _Checker:
    """Checks the parsed rows against each other and against what the database holds already."""

    def __init__(self, session: Session, rows: dict[str, list[_Row]], today: dt.date) -> None:
        self.session = session
        self.rows = rows
        self.today = today
        # id -> updated_at (None for the audit trail) per table, as stored: one query per table.
        self.stored: dict[str, dict[uuid.UUID, dt.datetime | None]] = {}
        for model in EXPORT_TABLES:
            t = _table(model)
            stamp = t.c.updated_at if model is not AuditEntry else sa.null()
            self.stored[t.name] = {uid: at for uid, at in session.execute(sa.select(t.c.id, stamp))}
        self.in_file: dict[str, set[uuid.UUID]] = {
            name: {r.uid for r in table_rows if r.uid is not None} for name, table_rows in rows.items()
        }

    def exists(self, table: str, uid: uuid.UUID) -> bool:
        return uid in self.stored.get(table, {}) or uid in self.in_file.get(table, set())

    def check(self) -> None:
        self.duplicates()
        self.foreign_keys()
        self.references()
        self.families()
        self.buddies()
        self.unique_columns()

    def parsed(self, table: str) -> Iterator[tuple[_Row, dict[str, Any]]]:
        """The rows the model accepted (they may still have other problems), with their values."""
        for row in self.rows.get(table, ()):
            if row.values is not None:
                yield row, row.values

    def duplicates(self) -> None:
        for table_rows in self.rows.values():
            seen: set[uuid.UUID] = set()
            for row in table_rows:
                if row.uid is None:
                    continue
                if row.uid in seen:
                    row.problems.append("id: the same id appears more than once in this table of the file")
                seen.add(row.uid)

    def foreign_keys(self) -> None:
        for model in RECORD_TABLES:
            keys = [(fk.parent.name, fk.column.table.name) for fk in _table(model).foreign_keys]
            for row, values in self.parsed(table_name(model)):
                for column, parent in keys:
                    value = values[column]
                    if value is not None and not self.exists(parent, value):
                        row.problems.append(
                            f"{column}: refers to {parent} {value}, which is neither in this file nor in the database"
                        )

    def references(self) -> None:
        """References the database cannot check: a status change's subject, an activity's participants."""
        for row, values in self.parsed("status_change"):
            subject_type, subject_id = values["subject_type"], values["subject_id"]
            if subject_type not in _STATUS_SUBJECTS:
                row.problems.append(
                    f"subject_type: “{subject_type}” is not one of {', '.join(_STATUS_SUBJECTS)}"
                )
            elif not self.exists(subject_type, subject_id):
                row.problems.append(
                    f"subject_id: refers to {subject_type} {subject_id}, which is neither in this file "
                    "nor in the database"
                )
        for row, values in self.parsed("activity"):
            missing = []
            for text in values["participant_ids"]:
                try:
                    member_id = uuid.UUID(text)
                except ValueError:
                    missing.append(text)
                    continue
                if not self.exists("family_member", member_id):
                    missing.append(text)
            if missing:
                row.problems.append(
                    "participant_ids: no family member with the id(s) "
                    + ", ".join(missing)
                    + " in this file or in the database"
                )

    def families(self) -> None:
        """core.people's rules. A member is checked together with its household: the family from the file,
        else the one in the database; only a member's own errors are held against it."""
        members: dict[uuid.UUID, list[_Row]] = defaultdict(list)
        for row, values in self.parsed("family_member"):
            members[values["family_id"]].append(row)
        families = {r.uid: r for r, _ in self.parsed("family") if r.uid is not None}
        missing = [fid for fid in members if fid not in families]
        stored: dict[uuid.UUID, Family] = {}
        for chunk in _chunks(missing, 500):
            query = select(Family).where(Family.id.in_(chunk))  # type: ignore[attr-defined]
            stored.update({f.id: f for f in self.session.exec(query)})
        for family_id in [*families, *missing]:
            family_row = families.get(family_id)
            if family_row is not None:
                family = cast(Family, family_row.obj)
            else:
                # The family is in the database, or nowhere usable (then the member is reported for
                # its family_id already, or the family is itself invalid): its members still get checked.
                family = stored.get(family_id) or Family(name="-")
            member_rows = members.get(family_id, [])
            errors = family_errors(family, [cast(FamilyMember, r.obj) for r in member_rows], self.today)
            for error in errors:
                match = re.fullmatch(r"members\[(\d+)\]\.(.+)", error.field or "")
                if match:
                    member_rows[int(match[1])].problems.append(f"{match[2]}: {error.message}")
                elif family_row is not None:
                    family_row.problems.append(f"{error.field}: {error.message}")
            if family_row is not None and not errors:
                _normalise_phones(family_row)

    def buddies(self) -> None:
        for row, _ in self.parsed("buddy"):
            buddy = cast(Buddy, row.obj)
            errors = buddy_errors(buddy, self.today)
            row.problems.extend(f"{e.field}: {e.message}" for e in errors)
            if not errors:
                _normalise_phones(row)

    def unique_columns(self) -> None:
        """Unique columns (an agreement template's version) stay unique once the file is merged in."""
        for model in RECORD_TABLES:
            t = _table(model)
            for index in (i for i in t.indexes if i.unique):
                columns = [c.name for c in index.columns]
                # What the table would hold: the stored rows, then the file's (whether newer or not,
                # which is stricter than needed but simple to explain).
                final: dict[uuid.UUID, tuple[Any, ...]] = {
                    uid: tuple(values)
                    for uid, *values in self.session.execute(sa.select(t.c.id, *index.columns))
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
                        row.problems.append(f"{shown} is already used by {t.name} {holder[key]}")


def _normalise_phones(row: _Row) -> None:
    """Numbers that parse are stored in E.164, as the app stores them (called once they passed)."""
    assert row.values is not None
    for name in ("phone", "whatsapp"):
        row.values[name] = validation.phone_number(row.values[name], name)


def _chunks(items: Sequence[_T], size: int) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _match_settings(checker: _Checker, rows: list[_Row]) -> None:
    """The programme has one settings row. When the file's (live) row has an id the database does not
    know while the database has a live row of its own, the two are the same settings: the file's row is
    merged into the stored one (newer `updated_at` wins) rather than added as a second set of settings."""
    live = [r for r in rows if r.valid and cast(dict[str, Any], r.values)["deleted_at"] is None]
    if len(live) != 1 or live[0].uid in checker.stored["programme_settings"]:
        return
    stored = checker.session.exec(
        select(ProgrammeSettings)
        .where(ProgrammeSettings.deleted_at.is_(None))  # type: ignore[union-attr]
        .order_by(ProgrammeSettings.updated_at.desc())  # type: ignore[attr-defined]
    ).first()
    if stored is not None:
        live[0].target = stored.id


def _plan(session: Session, tables: dict[str, Any], today: dt.date) -> _Plan:
    models = {table_name(m): m for m in EXPORT_TABLES}
    invalid_tables: list[InvalidRecord] = []
    for name, records in tables.items():
        if name not in models:
            invalid_tables.append(
                InvalidRecord(
                    name, None, f"unknown table “{name}”: this version of Tandem Desktop has no such table"
                )
            )
        elif not isinstance(records, list):
            invalid_tables.append(InvalidRecord(name, None, "the table is not a list of records"))
    rows: dict[str, list[_Row]] = {}
    for name, model in models.items():
        records = tables.get(name)
        if isinstance(records, list):
            datetimes = _datetime_fields(model)
            rows[name] = [_parse_row(model, name, raw, datetimes) for raw in records]
    checker = _Checker(session, rows, today)
    checker.check()
    if "programme_settings" in rows:
        _match_settings(checker, rows["programme_settings"])

    added: dict[str, list[_Row]] = defaultdict(list)
    updated: dict[str, list[_Row]] = defaultdict(list)
    unchanged: dict[str, int] = defaultdict(int)
    for name, table_rows in rows.items():
        stored = checker.stored[name]
        for row in table_rows:
            if not row.valid:
                continue
            values = cast(dict[str, Any], row.values)
            target = row.target or cast(uuid.UUID, row.uid)
            if target not in stored:
                added[name].append(row)
                continue
            stored_at = stored[target]
            if name != AUDIT_TABLE and stored_at is not None and values["updated_at"] > stored_at:
                row.target = target
                updated[name].append(row)
            else:
                unchanged[name] += 1  # audit entries are never changed: an existing one is skipped
    return _Plan(rows, invalid_tables, added, updated, unchanged)


# --- Applying -------------------------------------------------------------------------------------


def _apply(session: Session, plan: _Plan) -> None:
    now = utcnow()
    audit_table = _table(AuditEntry)
    for model in EXPORT_TABLES:
        name = table_name(model)
        table = _table(model)
        # New records go in with plain INSERTs: the ORM's unit of work takes tens of seconds for the
        # 100,000 activities of a large programme, and its before_flush hook (db/audit.py) would write
        # the creation entries one object at a time. So the import writes those entries itself, in the
        # form the hook gives them (a "create" with no changes, all at one moment). The records keep the
        # file's created_at and updated_at untouched.
        for chunk in _chunks(plan.added.get(name, []), _CHUNK):
            session.execute(sa.insert(table), [cast(dict[str, Any], r.values) for r in chunk])
            if model is not AuditEntry:
                session.execute(
                    sa.insert(audit_table),
                    [
                        {
                            "id": uuid.uuid4(),
                            "at": now,
                            "table_name": name,
                            "record_id": r.uid,
                            "action": AuditAction.CREATE,
                            "changes": {},
                        }
                        for r in chunk
                    ],
                )
        for chunk in _chunks(plan.updated.get(name, []), _CHUNK):
            _update(session, cast(type[Record], model), chunk)


def _update(session: Session, model: type[Record], rows: Sequence[_Row]) -> None:
    """Updates go through the ORM, so that db/audit.py records what changed, field by field."""
    ids = [cast(uuid.UUID, r.target) for r in rows]
    stored = {r.id: r for r in session.exec(select(model).where(model.id.in_(ids)))}  # type: ignore[attr-defined]
    pairs = [(stored[cast(uuid.UUID, r.target)], cast(dict[str, Any], r.values), r.fields) for r in rows]
    for target, values, fields in pairs:
        for name in fields:
            if name == "id" or (name == "created_at" and target.id != values["id"]):
                continue  # the settings row merged into the stored one keeps its own identity
            if getattr(target, name) != values[name]:
                setattr(target, name, values[name])
    # The session's before_flush hook (db/audit.py) writes an audit entry for each changed record and
    # sets its updated_at to now. The audit entry is wanted: the import did change the record. But the
    # record's updated_at must stay the file's, or the next merge would take this copy for a newer edit.
    # So: flush once (the audit entries are written), then put the file's updated_at back and flush
    # again; the hook leaves that second flush alone, because it ignores changes to updated_at alone.
    # This keeps db/audit.py the only place that knows how an update's entry looks, at the cost of a
    # second UPDATE per record, which only records that actually change pay.
    session.flush()
    for target, values, _ in pairs:
        target.updated_at = values["updated_at"]
    session.flush()
    session.expunge_all()


def import_file(store: Store, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Merge an export into the store; nothing is applied when any record is invalid, or on a dry run.

    Raises ImportRejected when the file as a whole is not an export this version can read. Before
    anything is changed, the database is backed up (reason "before-import").
    """
    tables = read_export(path)
    today = dt.date.today()
    with store.transaction() as session:
        plan = _plan(session, tables, today)
        del tables  # the plan holds what is needed; the parsed JSON can go
        report = plan.report(applied=False)
        if report.invalid or dry_run:
            return report
        if report.changed:
            # Taken inside the transaction, which has only read so far: the copy is the state the plan saw.
            store.backup("before-import")
            _apply(session, plan)
    report.applied = True
    return report
