"""Writing the export: every table, deleted records and the audit trail included, as one JSON file.

It streams: each row is written as it is read, so that memory stays small whatever the size of the programme.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TextIO, cast

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

import tandem_desktop
from tandem_desktop.db import migrate
from tandem_desktop.db.audit import SENSITIVE_FIELDS
from tandem_desktop.db.models import AuditEntry
from tandem_desktop.db.models.base import UTCDateTime, utcnow
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from ..errors import DomainError
from .file_format import EXPORT_TABLES, FORMAT_NAME, FORMAT_VERSION, WITHOUT_SENSITIVE, _table, table_name
from .sealed import SealedWriter


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


def _blank(value: Any) -> Any:
    return "" if isinstance(value, str) else None


def _export_rows(
    session: Session, model: type[SQLModel], without_sensitive: bool = False
) -> Iterator[dict[str, Any]]:
    """Every row of a table, deleted ones too, as JSON objects with their fields in alphabetical order,
    one at a time as SQLite gives them (an export of 200,000 activities never holds them all).

    Read with a plain SELECT rather than as model instances dumped with model_dump(mode="json"): the
    column types give the same Python values at a fraction of the cost (100,000 activities take
    seconds, not tens of seconds), and pydantic would write UTC as "Z" where the format has "+00:00".
    The models' fields are exactly their columns.
    """
    table = _table(model)
    columns = sorted(table.columns, key=lambda c: c.name)
    # Each laptop's trail in its own order (its chain); records in the order they were made.
    order = (table.c.origin, table.c.seq) if model is AuditEntry else (table.c.created_at, table.c.id)
    query = sa.select(*columns).order_by(*order)
    convert = [(c.name, _json_converter(c)) for c in columns]
    blanked = SENSITIVE_FIELDS & {c.name for c in columns} if without_sensitive else set()
    for row in session.execute(query):
        record = {
            name: value if to_json is None or value is None else to_json(value)
            for (name, to_json), value in zip(convert, row, strict=True)
        }
        for name in blanked:
            record[name] = _blank(record[name])
        yield record


def _header(store: Store, without_sensitive: bool = False) -> dict[str, Any]:
    """The envelope's fields before its tables."""
    header = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": tandem_desktop.__version__,
        "exported_at": utcnow().isoformat(),
        "schema_revision": migrate.current_revision(store.engine),
    }
    if without_sensitive:
        header[WITHOUT_SENSITIVE] = True
    return header


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


def write_export(
    store: Store, path: Path, passphrase: str | None, *, without_sensitive: bool = False
) -> dict[str, int]:
    """Write the export to `path` (replacing it only once complete), sealed with `passphrase` (sealed.py), or
    plain JSON when it is None; returns the records per table. `without_sensitive` leaves the sensitive fields
    and notes empty (db/audit.py's SENSITIVE_FIELDS), for sharing with a colleague or a developer.

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
        header = _header(store, without_sensitive)
        # One session, one read transaction: the export is a consistent snapshot even while the GUI writes.
        with store.session() as session, os.fdopen(fd, "wb") as raw:
            sealed = None if passphrase is None else SealedWriter(raw, passphrase)
            target = cast("IO[bytes]", raw if sealed is None else sealed)
            out = io.TextIOWrapper(target, encoding="utf-8", newline="\n")
            tables = (
                (table_name(model), _export_rows(session, model, without_sensitive))
                for model in EXPORT_TABLES
            )
            written = _write_document(out, header, tables)
            out.flush()
            out.detach()  # the file itself is closed below, once synced
            if sealed is not None:
                sealed.close()  # seals the last piece
            raw.flush()
            os.fsync(raw.fileno())
        temp.replace(path)
    except OSError as exc:  # a full disk, a folder that went away
        temp.unlink(missing_ok=True)
        raise ExportFailed(str(path), exc.strerror or str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return written
