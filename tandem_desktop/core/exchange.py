"""Export of the whole programme as one JSON file, and its import: a merge by id.

The format is documented for administrators in docs/export-format.md; keep the two in step, and
bump FORMAT_VERSION by the rules written there.

An import is one gate, the same for every record whatever its way in: it first reads and checks every
record of the file against the models, limits on every value (lengths, ranges, real text, paths inside
the data folder), the foreign keys and the rules the forms apply (core.person_rules, the settings page, the
agreement's text editor); only when every record passes does it apply anything, in one transaction, and
keeps it only when the programme's consistency rules (core.consistency, as `check` runs them) find no
problem the database did not have before. A record whose id is new is added; one whose id is stored
already replaces the stored one when its `updated_at` is later, and is otherwise left alone (and said
in the report when it differs). The file's audit trail is not imported: the app writes its own.

Both ways stream, so that memory stays small whatever the size of the programme: the export writes each
row as it reads it; the import reads the file twice, a piece at a time, keeping per record only what the
checks across records need between the two readings.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import enum
import functools
import hashlib
import json
import os
import re
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
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

from . import agreement_texts, validation
from .activities import MAX_CHILDREN
from .agreements import SCAN_SUFFIXES
from .consistency import find_problems
from .errors import DomainError
from .person_rules import buddy_errors, family_errors
from .settings import ADJUSTABLE, CONTACT_FIELDS, LOGO_SUFFIXES, MAX_CONTACT_LENGTH
from .signals import MAX_SIGNAL_LENGTH

FORMAT_NAME = "tandem-desktop-export"
# 2: the audit trail may hold "import" entries (AuditAction.IMPORT); an import ignores the file's audit trail.
FORMAT_VERSION = 2

AUDIT_TABLE = "audit_entry"
# Every table of an export, in the order they are written and applied: parents before children,
# the audit trail last.
EXPORT_TABLES: tuple[type[SQLModel], ...] = (*RECORD_TABLES, AuditEntry)
# The audit entry that records an import names this instead of a table (and its own id as the record).
IMPORT_AUDIT_SUBJECT = "import"
# Fields every record of the file must carry even though the models have defaults for them: without
# them a record cannot be merged.
_RECORD_REQUIRED = ("id", "created_at", "updated_at")
# A larger file is refused before it is read. An export of ten years of a large programme (200,000
# activities) is some 150 MB. (Below 2**32: see _SPAN_BITS.)
MAX_FILE_BYTES = 1024**3
# The largest single value (a record, or a field of the envelope) read; a programme's records are kilobytes.
MAX_VALUE_CHARS = 64 * 1024**2
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
class KeptRecord:
    """A record of the file that differs from the stored one but was not taken: the stored one is as new."""

    table: str
    record_id: str
    stored_updated_at: dt.datetime
    file_updated_at: dt.datetime
    fields: tuple[str, ...]  # the fields in which the two differ (names only: the values may be personal)

    @property
    def reason(self) -> str:
        stored, in_file = self.stored_updated_at.isoformat(), self.file_updated_at.isoformat()
        when = (
            f"it was changed at the same time ({stored}) as the file's"
            if self.stored_updated_at == self.file_updated_at
            else f"it is newer (updated_at {stored}) than the file's ({in_file})"
        )
        return f"kept the stored version: {when}, which differs in {', '.join(self.fields)}"


@dataclass
class ImportReport:
    added: dict[str, int]
    updated: dict[str, int]
    unchanged: dict[str, int]
    invalid: list[InvalidRecord]
    applied: bool
    # Records of the file that differ from the stored ones but were not taken (the stored one is as new).
    kept: list[KeptRecord] = field(default_factory=list)
    # Records of the file that an import never takes, per table: the audit trail.
    ignored: dict[str, int] = field(default_factory=dict)

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


def _export_rows(session: Session, model: type[SQLModel]) -> Iterator[dict[str, Any]]:
    """Every row of a table, deleted ones too, as JSON objects with their fields in alphabetical order,
    one at a time as SQLite gives them (an export of 200,000 activities never holds them all).

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
    for row in session.execute(query):
        yield {
            name: value if to_json is None or value is None else to_json(value)
            for (name, to_json), value in zip(convert, row, strict=True)
        }


def _header(store: Store) -> dict[str, Any]:
    """The envelope's fields before its tables."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": tandem_desktop.__version__,
        "exported_at": utcnow().isoformat(),
        "schema_revision": migrate.current_revision(store.engine),
    }


def export_data(store: Store) -> dict[str, Any]:
    """The whole programme, soft-deleted records and the audit trail included, as one JSON document (in
    memory: for a file, write_export streams)."""
    # One session, one read transaction: the export is a consistent snapshot even while the GUI writes.
    with store.session() as session:
        tables = {table_name(model): list(_export_rows(session, model)) for model in EXPORT_TABLES}
    return {**_header(store), "tables": tables}


def _write_document(
    out: TextIO, header: dict[str, Any], tables: Iterable[tuple[str, Iterable[dict[str, Any]]]]
) -> dict[str, int]:
    """Indented JSON with one record per line: readable, comparable line by line, and quick to write
    (json.dump with `indent` falls back to the pure-Python encoder and writes a line per field). Written
    as the records come; returns how many were written per table."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    written: dict[str, int] = {}
    out.write("{\n")
    for key, value in header.items():
        out.write(f"  {dumps(key)}: {dumps(value)},\n")
    out.write('  "tables": {')
    for i, (name, rows) in enumerate(tables):
        out.write(("," if i else "") + f"\n    {dumps(name)}: [")
        count = 0
        for row in rows:
            out.write(("," if count else "") + "\n      " + dumps(row))
            count += 1
        out.write("\n    ]" if count else "]")
        written[name] = count
    out.write("\n  }\n}\n")
    return written


class ExportFailed(DomainError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("domain", "The export to {path} failed: {reason}. Nothing was written."),
            path=path,
            reason=reason,
        )


def write_export(store: Store, path: Path) -> dict[str, int]:
    """Write the export to `path` (replacing it only once complete); returns the records per table.

    The file is made readable by its owner only: it holds everything the database holds. Records go from
    the database to the file one at a time, so memory stays small whatever the size of the programme.
    """
    path = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise ExportFailed(str(path), exc.strerror or str(exc)) from exc
    temp = Path(temp_name)
    try:
        header = _header(store)
        # One session, one read transaction: the export is a consistent snapshot even while the GUI writes.
        with store.session() as session, os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            tables = ((table_name(model), _export_rows(session, model)) for model in EXPORT_TABLES)
            written = _write_document(out, header, tables)
            out.flush()
            os.fsync(out.fileno())
        temp.replace(path)
    except OSError as exc:  # a full disk, a folder that went away
        temp.unlink(missing_ok=True)
        raise ExportFailed(str(path), exc.strerror or str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return written


# --- Reading the file -----------------------------------------------------------------------------

# What the reader reads at a time. A record longer than this (a 10 MB name) makes the buffer grow to hold it.
_READ_SIZE = 1024**2
_WHITESPACE = " \t\n\r"
# What the reader passes on at the start of a table: a list of records follows, or its value is not a list.
TABLE_START = object()
NOT_A_LIST = object()
# A record's place in the file is kept as one number, its first byte * 2**32 + its length: a record is
# shorter than the file, and the file than MAX_FILE_BYTES.
_SPAN_BITS = 32


class _BadJSON(Exception):
    def __init__(self, line: int, column: int) -> None:
        super().__init__(f"line {line}, column {column}")
        self.where = f"line {line}, column {column}"


def _cannot_read(path: Path, exc: OSError) -> ImportRejected:
    return ImportRejected(
        QT_TRANSLATE_NOOP("domain", "{path} cannot be read: {reason}."),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def _not_json(path: Path, where: str) -> ImportRejected:
    return ImportRejected(
        QT_TRANSLATE_NOOP(
            "domain",
            "{path} cannot be imported: it is not valid JSON (error at {where}). "
            "The file may be incomplete or damaged.",
        ),
        path=str(path),
        where=where,
    )


def _value_too_large(path: Path, at: _BadJSON) -> ImportRejected:
    return ImportRejected(
        QT_TRANSLATE_NOOP(
            "domain",
            "{path} cannot be imported: the value at {where} is larger than {maximum} MB, which no record of "
            "a programme is. The file is damaged or not an export.",
        ),
        path=str(path),
        where=at.where,
        maximum=MAX_VALUE_CHARS // 1024**2,
    )


@dataclass
class _Record:
    """A record as the file gives it, and where it is in the file (bytes), to be read again when applied."""

    table: str
    raw: Any
    start: int
    end: int


class _Reader:
    """An export read as a stream: the envelope's fields, and the records of its tables one at a time.

    json.load would hold the whole document at once: some 350 MB of Python objects for 200,000 activities,
    besides the text. This reads the file a megabyte at a time, walks the envelope and the `tables` object
    itself, and leaves each record (or any other value) to the json module's decoder. It also hashes the file
    as it goes. The layout does not matter: any JSON with the export's structure reads the same way.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            size = self.path.stat().st_size
            if size > MAX_FILE_BYTES:
                # Refused before reading: parsing a file this size would take the laptop's memory.
                raise ImportRejected(
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "{path} is too large to import ({size} MB; at most {maximum} MB). "
                        "It is not an export of one programme.",
                    ),
                    path=str(self.path),
                    size=size // 1024**2,
                    maximum=MAX_FILE_BYTES // 1024**2,
                )
            self._file = self.path.open("rb")
        except OSError as exc:
            raise _cannot_read(self.path, exc) from exc
        self._hash = hashlib.sha256()
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._json = json.JSONDecoder()
        self._buffer = ""
        self._pos = 0  # in the buffer
        self._offset = 0  # the file's byte offset of the buffer's position
        self._line = 1  # the line of the buffer's start, and the characters of that line before it
        self._column = 0
        self._eof = False
        self.envelope: dict[str, Any] = {}
        try:
            bom = self._file.read(len(codecs.BOM_UTF8))
        except OSError as exc:
            self._file.close()
            raise _cannot_read(self.path, exc) from exc
        if bom == codecs.BOM_UTF8:  # tolerate the BOM some editors add
            self._hash.update(bom)
            self._offset = len(bom)
        else:
            self._file.seek(0)

    def close(self) -> None:
        self._file.close()

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file: known once every record was read."""
        return self._hash.hexdigest()

    def _more(self) -> bool:
        """Read the next piece of the file into the buffer; False at its end."""
        if self._eof:
            return False
        try:
            data = self._file.read(_READ_SIZE)
        except OSError as exc:
            raise _cannot_read(self.path, exc) from exc
        self._hash.update(data)
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise ImportRejected(
                QT_TRANSLATE_NOOP(
                    "domain", "{path} is not a Tandem Desktop export: it is not a UTF-8 text file."
                ),
                path=str(self.path),
            ) from exc
        if not data:
            self._eof = True
            return False
        # What was read before the position is done with: drop it, keeping count of lines for messages.
        done = self._buffer[: self._pos]
        newline = done.rfind("\n")
        self._line += done.count("\n")
        self._column = self._column + len(done) if newline < 0 else len(done) - newline - 1
        self._buffer = self._buffer[self._pos :] + text
        self._pos = 0
        return True

    def _advance(self, to: int) -> None:
        self._offset += len(self._buffer[self._pos : to].encode("utf-8"))
        self._pos = to

    def _error(self, at: int | None = None) -> _BadJSON:
        at = self._pos if at is None else at
        newline = self._buffer.rfind("\n", 0, at)
        line = self._line + self._buffer.count("\n", 0, at)
        return _BadJSON(line, at - newline if newline >= 0 else self._column + at + 1)

    def _peek(self) -> str:
        """The next character after white space ('' at the end of the file)."""
        while True:
            at = self._pos
            while at < len(self._buffer) and self._buffer[at] in _WHITESPACE:
                at += 1
            self._advance(at)
            if at < len(self._buffer) or not self._more():
                return self._buffer[self._pos : self._pos + 1]

    def _expect(self, characters: str) -> str:
        found = self._peek()
        if not found or found not in characters:
            raise self._error()
        self._advance(self._pos + 1)
        return found

    def _value(self) -> tuple[Any, int, int]:
        """The next JSON value, with the file's byte offsets of its start and end."""
        self._peek()
        while True:
            try:
                value, end = self._json.raw_decode(self._buffer, self._pos)
            except (ValueError, RecursionError) as exc:
                # The value may go on in the part of the file not read yet; if not, the file is not JSON. (A
                # number of more than 4,300 digits is a ValueError too, and deep nesting a RecursionError.)
                # Each retry decodes the value from its start again: one value past MAX_VALUE_CHARS is no
                # record of a programme, and reading on would take minutes for nothing.
                if len(self._buffer) - self._pos > MAX_VALUE_CHARS:
                    raise _value_too_large(self.path, self._error()) from exc
                if self._more():
                    continue
                raise self._error(exc.pos if isinstance(exc, json.JSONDecodeError) else None) from exc
            # A number ending where the buffer ends may go on in the next piece.
            if end == len(self._buffer) and self._more():
                continue
            start = self._offset
            self._advance(end)
            return value, start, self._offset

    def _items(self, close: str) -> Iterator[None]:
        """The items of an object or array whose opening bracket was read: yields before each item."""
        if self._peek() == close:
            self._advance(self._pos + 1)
            return
        while True:
            yield
            if self._expect("," + close) == close:
                return

    def _key(self) -> str:
        key = self._value()[0]
        if not isinstance(key, str):
            raise self._error()
        self._expect(":")
        return key

    def records(self) -> Iterator[_Record]:
        """The records of every table, in the file's order, each table's announced first by a _Record whose raw
        is TABLE_START (or NOT_A_LIST, when its value is not a list). The envelope's other fields land in
        `envelope`, checked at the end of the file, or as soon as the tables begin when they come first (so
        that a file of a newer format is refused before its records are read)."""
        try:
            if self._peek() != "{":  # not an object: read it whole, for check_envelope to say what it is
                document = self._value()[0]
                if self._peek():
                    raise self._error()  # something after the document
                check_envelope(document, str(self.path))
                return
            self._expect("{")
            tables = False
            for _ in self._items("}"):
                key = self._key()
                if key == "tables" and self._peek() == "{":
                    if {"format", "format_version"} <= self.envelope.keys():
                        check_envelope({**self.envelope, "tables": {}}, str(self.path))
                    tables = True
                    self.envelope.pop("tables", None)
                    yield from self._tables()
                else:
                    self.envelope[key] = self._value()[0]
                    tables = tables and key != "tables"  # the last "tables" is the one that counts
            if self._peek():
                raise self._error()  # something after the document
            check_envelope({**self.envelope, **({"tables": {}} if tables else {})}, str(self.path))
        except _BadJSON as exc:
            raise _not_json(self.path, exc.where) from None

    def _tables(self) -> Iterator[_Record]:
        self._expect("{")
        for _ in self._items("}"):
            name = self._key()
            if self._peek() != "[":
                self._value()
                yield _Record(name, NOT_A_LIST, 0, 0)
                continue
            self._expect("[")
            yield _Record(name, TABLE_START, 0, 0)
            for _ in self._items("]"):
                raw, start, end = self._value()
                yield _Record(name, raw, start, end)

    def reread(self, start: int, end: int) -> Any:
        """The value at these byte offsets, read again (the records to apply are not kept in memory)."""
        try:
            self._file.seek(start)
            data = self._file.read(end - start)
        except OSError as exc:
            raise _cannot_read(self.path, exc) from exc
        return json.loads(data.decode("utf-8"))


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
            version=_shown(version),
        )
    if version > FORMAT_VERSION:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} was made by a newer version of Tandem Desktop (export format {version}); this version "
                "reads formats up to {supported}. Update Tandem Desktop, then import the file again.",
            ),
            path=path,
            version=version if version < 10**6 else _shown(version),
            supported=FORMAT_VERSION,
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportRejected(
            QT_TRANSLATE_NOOP("domain", "{path} is damaged: it holds no tables of records."), path=path
        )
    return tables


# --- What a value may be --------------------------------------------------------------------------

# Lengths of text fields. The forms limit what they can (a contact setting, a signal); for the other fields
# these are far above anything typed, and far below what would slow every list down or fill the disk.
NAME_LENGTH = 200
SHORT_TEXT_LENGTH = 1_000
LONG_TEXT_LENGTH = 20_000
_NAME_FIELDS = frozenset({"name", "title", "contact_person", "coordinator_name", "policy_officer_name"})
_LONG_TEXT_FIELDS = frozenset(
    {
        "notes",
        "sensitive_constraints",
        "buddy_preferences",
        "wellbeing_note",
        "went_well",
        "closure_note",
        "cancel_note",
        "answer",
        "reason",
        "note",
        "purpose",
        "text",
        "description",
        "needs_other",
    }
)
_TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("signal", "description"): MAX_SIGNAL_LENGTH,
    **{("programme_settings", name): MAX_CONTACT_LENGTH for name in CONTACT_FIELDS},
}
# Ranges of whole numbers. Every one is far inside SQLite's (64 bits); where a form allows less, the import
# allows what the form does. The rules of core.person_rules and core.consistency say more (a birth year, a
# buddy's capacity, an evaluation's score) with their own messages.
_INT_RANGE = (-(10**9), 10**9)
_INT_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    **{("programme_settings", name): bounds for name, bounds in ADJUSTABLE.items()},
    ("programme_settings", "backup_interval_days"): (1, 365),
    ("trajectory", "meetings_per_month"): ADJUSTABLE["meetings_per_month"],
    ("activity", "children_count"): (0, MAX_CHILDREN),
}
# Dates and times: a programme's are in this span; outside it, date arithmetic (a planned end, a rhythm)
# could overflow.
_DATE_RANGE = (dt.date(1900, 1, 1), dt.date(2999, 12, 31))
# Containers within a value: a template's clauses are {"nl": {"key": ["item"]}}, three deep; no field
# allows more.
MAX_NESTING = 3
# NUL and lone surrogates: JSON can write them ("\u0000", "\ud800"), but they are not text: SQLite, Qt
# and the PDF would each cut or refuse them somewhere else.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
# A logo is a file in the data folder itself, as settings.set_logo names it (logo.png).
_LOGO_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}(\.[A-Za-z0-9]{1,8})?")
# A scan is a file somewhere under the data folder, as core.agreements names it
# (agreements/<duo id>/signed-2025-03-01-1a2b3c4d.pdf): plain names, no "..", no drive, no backslash.
_PATH_PART = _LOGO_NAME
_MAX_PATH_PARTS = 4


def _shown(value: object, limit: int = 60) -> str:
    """A value from the file as a message may quote it: short, and printable whatever it holds."""
    if isinstance(value, str):
        text = value
    elif value is None or isinstance(value, bool | float) or (isinstance(value, int) and abs(value) < 10**40):
        text = str(value)
    elif isinstance(value, int):
        text = "a number of more than 40 digits"
    else:
        text = f"a JSON {'object' if isinstance(value, dict) else 'array' if isinstance(value, list) else 'value'}"
    if len(text) > limit:
        text = text[:limit] + "…"
    return re.sub("[\x00-\x1f\x7f\ud800-\udfff]", lambda m: f"\\u{ord(m[0]):04x}", text)


def _record_id(raw_id: Any) -> str | None:
    """The record's id as the report gives it: the UUID when it is one, else a safe rendering of what is there."""
    if raw_id is None:
        return None
    if isinstance(raw_id, str) and len(raw_id) <= 100:
        with contextlib.suppress(ValueError):
            return str(uuid.UUID(raw_id))
    return _shown(raw_id, 40)


@dataclass(frozen=True)
class _Limits:
    """What one table's values may be, beyond their types."""

    texts: dict[str, int]  # text fields (and fields holding texts in lists and objects): the longest text
    ints: dict[str, tuple[int, int]]
    dates: tuple[str, ...]
    datetimes: tuple[str, ...]


@functools.cache
def _limits(model: type[SQLModel]) -> _Limits:
    name = table_name(model)
    texts: dict[str, int] = {}
    ints: dict[str, tuple[int, int]] = {}
    dates: list[str] = []
    for column in _table(model).columns:
        kind = column.type
        if isinstance(kind, UTCDateTime):
            continue  # with the date-times
        if isinstance(kind, sa.TypeDecorator):  # sqlmodel's AutoString: a String underneath
            kind = kind.impl_instance
        if isinstance(kind, sa.String | sa.JSON):  # an Enum is a String
            field_name = column.name
            texts[field_name] = _TEXT_LIMITS.get((name, field_name)) or (
                NAME_LENGTH
                if field_name in _NAME_FIELDS
                else LONG_TEXT_LENGTH
                if field_name in _LONG_TEXT_FIELDS
                else SHORT_TEXT_LENGTH
            )
        elif isinstance(kind, sa.Integer):
            ints[column.name] = _INT_RANGES.get((name, column.name), _INT_RANGE)
        elif isinstance(kind, sa.Date):
            dates.append(column.name)
    return _Limits(texts, ints, tuple(dates), _datetime_fields(model))


def _text_problem(field_name: str, value: Any, limit: int) -> str | None:
    """Whether a value from the file holds only text fit to store: no text longer than `limit`, no NUL or lone
    surrogate, no containers nested deeper than any field allows. Checked before the model sees the value,
    in lists and objects too (their keys included); without recursion, whatever the file's nesting."""
    if isinstance(value, str):  # the common case first: most fields are a text
        if len(value) > limit:
            return f"{field_name}: longer than {limit} characters"
        if _NOT_TEXT.search(value):
            return f"{field_name}: contains characters that are not valid text"
        return None
    if not isinstance(value, list | dict):
        return None
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if (problem := _text_problem(field_name, item, limit)) is not None:
                return problem
        elif isinstance(item, list | dict):
            if depth >= MAX_NESTING:
                return f"{field_name}: nested deeper than this field allows"
            if isinstance(item, dict):
                stack.extend((key, depth + 1) for key in item)
                stack.extend((child, depth + 1) for child in item.values())
            else:
                stack.extend((child, depth + 1) for child in item)
    return None


def _path_problem(field_name: str, value: str | None, *, single: bool, suffixes: Sequence[str]) -> str | None:
    """A path stored in a record is relative to the data folder and stays inside it: plain names joined by
    "/", no "..", no drive, no backslash, nothing absolute; a logo is a file of the folder itself."""
    if value is None:
        return None
    parts = value.split("/")
    if (
        len(parts) > (1 if single else _MAX_PATH_PARTS)
        or not all(_PATH_PART.fullmatch(part) for part in parts)
        or not value.lower().endswith(tuple(suffixes))
    ):
        where = "a file name in the data folder" if single else "a path inside the data folder"
        return f"{field_name}: must be {where} ending in {', '.join(suffixes)}, such as {_PATH_EXAMPLES[field_name]}"
    return None


_PATH_EXAMPLES = {"logo_path": "logo.png", "scan_path": "agreements/<duo id>/signed.pdf"}


def _clause_problems(clauses: dict[str, Any]) -> list[str]:
    """An agreement template's texts pass the template editor's rules (core.agreement_texts.check_text): a known
    language and part, no unknown placeholder, no unclosed brace, no empty part."""
    problems: list[str] = []
    for code, texts in clauses.items():
        where = f"clauses.{_shown(code, 20)}"
        if code not in agreement_texts.languages():
            problems.append(f"{where}: there is no agreement text in this language")
            continue
        if not isinstance(texts, dict):
            problems.append(f"{where}: a JSON object of texts is expected")
            continue
        for key, value in texts.items():
            if isinstance(value, list) and all(isinstance(item, str) for item in value):
                value = tuple(value)
            elif not isinstance(value, str):
                problems.append(f"{where}.{_shown(key, 40)}: a text or a list of texts is expected")
                continue
            try:
                agreement_texts.check_text(key, value)
            except DomainError as error:
                problems.append(f"{where}.{_shown(key, 40)}: {error.message}")
    return problems


def _settings_problems(values: dict[str, Any]) -> list[str]:
    """The contact settings as the settings page checks them (core.settings.update_contact); phone numbers
    that parse are stored in E.164, as that page stores them."""
    problems: list[str] = []
    for name, kind in CONTACT_FIELDS.items():
        try:
            if kind == "phone":
                values[name] = validation.phone_number(values[name], name)
            elif kind == "email" and values[name]:
                validation.email_address(values[name], name)
        except DomainError as error:
            problems.append(f"{name}: {error.message}")
    return problems


# --- Checking every record ------------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    """One record of the file, while it is being checked: only what the checks across records need, so that
    200,000 of them fit in little memory (some 300 bytes each). Its values are read again from the file when
    it is applied."""

    table: str
    uid: uuid.UUID | None
    shown_id: str | None = None  # the file's id as the report shows it, when it is not a UUID
    passed: bool = False  # the record passed the checks on its own
    updated_at: dt.datetime | None = None
    cross: tuple[Any, ...] = ()  # the values of _cross_fields(its table), in that order
    problems: list[str] | tuple[()] = ()  # a list once there is one
    target: uuid.UUID | None = None  # the stored record it is merged into, when there is one
    span: int = 0  # where the record is in the file (see _SPAN_BITS)

    @property
    def record_id(self) -> str | None:
        """For the report: the UUID, or a safe rendering of the file's id."""
        return str(self.uid) if self.uid is not None else self.shown_id

    @property
    def valid(self) -> bool:
        return self.passed and not self.problems

    def flag(self, problem: str) -> None:
        if not self.problems:
            self.problems = []
        cast(list[str], self.problems).append(problem)


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
    # Field names and values come from the file: quoted through _shown, whatever they hold.
    where = ".".join(_shown(part, 40) for part in error["loc"]) or "record"
    kind = error["type"]
    if kind == "missing":
        return f"{where}: missing"
    if kind == "extra_forbidden":
        return f"{where}: unknown field"
    if kind == "enum":
        return f"{where}: “{_shown(error['input'])}” is not an allowed value (allowed: {error['ctx']['expected']})"
    return f"{where}: {_shown(error['msg'], 200)}"  # some quote the input: "found `\x00` at 0"


def _datetime_fields(model: type[SQLModel]) -> tuple[str, ...]:
    return tuple(c.name for c in _table(model).columns if isinstance(c.type, UTCDateTime))


def _range_problems(values: dict[str, Any], limits: _Limits) -> Iterator[str]:
    """Numbers, dates and times in their ranges; times converted to UTC (as they are stored)."""
    for name, (low, high) in limits.ints.items():
        value = values[name]
        if value is not None and not low <= value <= high:
            yield f"{name}: {_shown(value)} is outside the range {low} to {high}"
    low_date, high_date = _DATE_RANGE
    for name in limits.dates:
        day = values[name]
        if day is not None and not low_date <= day <= high_date:
            yield f"{name}: {day} is outside the years {low_date.year} to {high_date.year}"
    for name in limits.datetimes:
        moment = values[name]
        if moment is None:
            continue
        if moment.tzinfo is None:
            yield f"{name}: the time zone is missing (write e.g. 2025-03-01T09:30:00+00:00)"
            continue
        try:
            values[name] = moment = moment.astimezone(dt.UTC)
        except OverflowError:
            moment = None
        if moment is None or not low_date <= moment.date() <= high_date:
            yield f"{name}: outside the years {low_date.year} to {high_date.year}"


# The household a member is checked in when checked on its own: core.person_rules' rules for a member do not
# depend on its family (those for the family are checked with the family's record).
_ANY_FAMILY = Family(name="-")


def _people_problems(name: str, obj: SQLModel, today: dt.date) -> Iterator[str]:
    """The rules the entry screens apply to a family, a member or a buddy (core.person_rules)."""
    if name == "buddy":
        errors = buddy_errors(cast(Buddy, obj), today)
    elif name == "family":
        errors = family_errors(cast(Family, obj), [], today)
    else:
        errors = family_errors(_ANY_FAMILY, [cast(FamilyMember, obj)], today)
    for error in errors:
        yield f"{(error.field or '').removeprefix('members[0].')}: {error.message}"


def _parse_row(
    model: type[SQLModel], name: str, raw: Any, today: dt.date, *, rules: bool = True
) -> tuple[_Row, dict[str, Any] | None, frozenset[str]]:
    """A record of the file checked on its own: the row, its values (None when refused) and the fields the
    file gives (an update sets only these). `rules=False` when it is read again to be applied: the rules of
    core.person_rules passed already, and building the model instance they take is the slowest part."""
    if not isinstance(raw, dict):
        return _Row(name, None, problems=["not a record (a JSON object is expected)"]), None, frozenset()
    raw_id = raw.get("id")
    shown_id = _record_id(raw_id)
    uid = None
    with contextlib.suppress(ValueError):
        uid = uuid.UUID(shown_id or "")
    row = _Row(name, uid, None if uid is not None else shown_id)
    problems: list[str] = []
    fields = frozenset(raw)
    limits = _limits(model)
    missing = [f for f in _RECORD_REQUIRED if raw.get(f) is None]
    problems.extend(f"{f}: missing" for f in missing)
    # Texts first, on the values as the file gives them: a 10 MB name or a NUL is refused at its field before
    # anything else reads it.
    text_problems = {
        field_name: problem
        for field_name, limit in limits.texts.items()
        if (problem := _text_problem(field_name, raw.get(field_name), limit)) is not None
    }
    problems.extend(text_problems.values())
    said = {(f,) for f in [*missing, *text_problems]}  # the model's word on these fields adds nothing
    try:
        checked = checking_model(model).model_validate(raw)
    except pydantic.ValidationError as exc:
        problems.extend(_describe_pydantic(e) for e in exc.errors() if e["loc"][:1] not in said)
        row.problems = problems
        return row, None, fields
    if text_problems or missing:
        row.problems = problems
        return row, None, fields
    values = dict(checked.__dict__)
    problems.extend(_range_problems(values, limits))
    if name == "programme_settings":
        problems.extend(_settings_problems(values))
        problem = _path_problem("logo_path", values["logo_path"], single=True, suffixes=LOGO_SUFFIXES)
        problems.extend([problem] if problem else [])
    elif name == "agreement":
        problem = _path_problem("scan_path", values["scan_path"], single=False, suffixes=SCAN_SUFFIXES)
        problems.extend([problem] if problem else [])
    elif name == "agreement_template":
        problems.extend(_clause_problems(values["clauses"]))
    elif name in _PEOPLE_TABLES and rules and not problems:
        # The rules take model instances. (model_construct would be quicker, but on a table model it skips
        # SQLAlchemy's set-up of the instance, and reading a field can then fail.)
        problems.extend(_people_problems(name, model.model_validate(values), today))
    if problems:
        row.problems = problems
        return row, None, fields
    if name in _PHONE_TABLES:  # numbers that parse are stored in E.164, as the app stores them
        for phone in ("phone", "whatsapp"):
            values[phone] = validation.phone_number(values[phone], phone)
    return row, values, fields


_PEOPLE_TABLES = frozenset({"family", "family_member", "buddy"})
_PHONE_TABLES = frozenset({"family", "buddy"})


@functools.cache
def _cross_fields(model: type[SQLModel]) -> tuple[str, ...]:
    """The fields the checks across records read, kept for every row of the table (for the settings, a row
    or two, all of them: they are also matched to the stored row)."""
    name = table_name(model)
    if name == "programme_settings":
        return tuple(model.model_fields)
    keys = [fk.parent.name for fk in _table(model).foreign_keys]
    unique = [c.name for index in _table(model).indexes if index.unique for c in index.columns]
    extra = {"status_change": ["subject_type", "subject_id"], "activity": ["participant_ids"]}.get(name, [])
    return tuple(dict.fromkeys([*keys, *unique, *extra]))


def _compact(value: Any) -> Any:
    # A list as a tuple: smaller, and an empty one takes no memory at all.
    return tuple(value) if isinstance(value, list) else value


@functools.cache
def _models() -> dict[str, type[Record]]:
    return {table_name(m): m for m in RECORD_TABLES}


# A record of the file with its values and given fields, while they are at hand.
_Full = tuple[_Row, dict[str, Any], frozenset[str]]


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
                        row.flag(f"{shown} is already used by {t.name} {holder[key]}")


def _chunks(items: Sequence[_T], size: int) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


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


# --- Applying -------------------------------------------------------------------------------------


class _FileChanged(ImportRejected):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "domain", "{path} changed while it was being imported. Nothing was imported: import it again."
            ),
            path=str(path),
        )


def _read_again(reader: _Reader, model: type[Record], rows: Sequence[_Row], today: dt.date) -> list[_Full]:
    """The rows' full values, read again from the file (the plan keeps only what the checks need)."""
    name = table_name(model)
    found: list[_Full] = []
    for row in rows:
        start, length = row.span >> _SPAN_BITS, row.span & (1 << _SPAN_BITS) - 1
        again, values, fields = _parse_row(
            model, name, reader.reread(start, start + length), today, rules=False
        )
        if values is None or again.uid != row.uid or values["updated_at"] != row.updated_at:
            raise _FileChanged(reader.path)
        found.append((row, values, fields))
    return found


def _apply(session: Session, plan: _Plan, reader: _Reader, today: dt.date) -> None:
    now = utcnow()
    audit_table = _table(AuditEntry)
    for model in RECORD_TABLES:
        name = table_name(model)
        table = _table(model)
        # New records go in with plain INSERTs: the ORM's unit of work takes tens of seconds for the
        # 100,000 activities of a large programme, and its before_flush hook (db/audit.py) would write
        # the creation entries one object at a time. So the import writes those entries itself, in the
        # form the hook gives them (a "create" with no changes, all at one moment). The records keep the
        # file's created_at and updated_at untouched.
        for chunk in _chunks(plan.added.get(name, []), _CHUNK):
            session.execute(
                sa.insert(table), [values for _, values, _ in _read_again(reader, model, chunk, today)]
            )
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
            _update(session, model, _read_again(reader, model, chunk, today))
    # The import itself, with what identifies the file: its SHA-256 (no name: a file name may name a family).
    entry_id = uuid.uuid4()
    session.execute(
        sa.insert(audit_table),
        {
            "id": entry_id,
            "at": now,
            "table_name": IMPORT_AUDIT_SUBJECT,
            "record_id": entry_id,
            "action": AuditAction.IMPORT,
            "changes": {
                "sha256": reader.sha256,
                "added": sum(len(r) for r in plan.added.values()),
                "updated": sum(len(r) for r in plan.updated.values()),
                "ignored_audit_entries": plan.ignored.get(AUDIT_TABLE, 0),
            },
        },
    )


def _update(session: Session, model: type[Record], rows: Sequence[_Full]) -> None:
    """Updates go through the ORM, so that db/audit.py records what changed, field by field."""
    ids = [cast(uuid.UUID, r.target) for r, _, _ in rows]
    stored = {r.id: r for r in session.exec(select(model).where(model.id.in_(ids)))}  # type: ignore[attr-defined]
    pairs = [(stored[cast(uuid.UUID, r.target)], values, fields) for r, values, fields in rows]
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


# --- The programme's consistency, before and after ------------------------------------------------

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


def import_file(
    store: Store, path: Path, *, dry_run: bool = False, today: dt.date | None = None
) -> ImportReport:
    """Merge an export into the store; nothing is applied when any record is invalid, or on a dry run.

    Every record is checked first (models, limits, references, the forms' rules); then the merge is applied and
    the programme's consistency rules (core.consistency, as `check` runs them) are run on the result: a problem
    that was not there before refuses the whole import, and the merge is rolled back. A dry run applies the
    merge inside a savepoint and rolls it back, so it gives the same verdict.

    The file is read as a stream, twice: to check it (keeping per record only what the checks across records
    need) and to apply the records that pass. Raises ImportRejected when the file as a whole is not an export
    this version can read. Before anything is changed, the database is backed up (reason "before-import").
    """
    today = today or dt.date.today()
    reader = _Reader(path)
    try:
        with store.transaction() as session:
            plan = _plan(session, reader, today)
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
