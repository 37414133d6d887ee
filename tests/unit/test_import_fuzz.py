"""The import's gate under mutated files (hypothesis): whatever an export file holds, `import_file` gives a
report or refuses the file with a message (ImportRejected, a DomainError), never another exception; a refused
import or a dry run changes nothing, and an applied one leaves no problem `check` did not report before."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tandem_desktop.core.consistency import find_problems
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.exchange import AUDIT_TABLE, ImportReport, export_data, import_file
from tandem_desktop.db import driver
from tandem_desktop.db.cipher import DataKey
from tandem_desktop.db.models import metadata
from tandem_desktop.db.models.base import UTCDateTime
from tandem_desktop.db.store import Store, open_store
from tests.keys import test_key

from .test_exchange import build_programme

TODAY = dt.date.today()


@dataclass
class Target:
    """A store holding the small programme, its export, and a pristine copy of its database to go back to."""

    store: Store
    document: dict[str, Any]
    pristine: Path
    file: Path
    problems: set[str]


def _copy_database(source: Path, target: Path, key: DataKey) -> None:
    """SQLite's backup API: page by page, WAL included, in milliseconds for a small database."""
    with (
        contextlib.closing(driver.connect(source, key)) as src,
        contextlib.closing(driver.connect(target, key)) as dst,
    ):
        src.backup(dst)


def _fingerprint(database: Path, key: DataKey) -> str:
    digest = hashlib.sha256()
    with contextlib.closing(driver.connect(database, key)) as connection:
        tables = [
            r[0]
            for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr((table, row)).encode("utf-8"))
    return digest.hexdigest()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    folder = tmp_path_factory.mktemp("fuzz")
    with open_store(folder / "source", test_key(folder / "source")) as source:
        build_programme(source)
        document = export_data(source)
    store = open_store(folder / "target", test_key(folder / "target"))
    # The target holds the programme already (so that records of the file update or are kept), and one
    # more family of its own.
    (folder / "first.json").write_text(json.dumps(document), encoding="utf-8")
    assert import_file(store, folder / "first.json").applied
    pristine = folder / "pristine.sqlite3"
    _copy_database(store.database, pristine, store.data_key)
    with store.session() as session:
        problems = set(find_problems(session, TODAY))
    yield Target(store, document, pristine, folder / "mutated.json", problems)
    store.close()


# --- Values and mutations -------------------------------------------------------------------------

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**62, max_value=2**70) | st.integers(min_value=-(2**70), max_value=-(2**62)),
    st.just(10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3),
    st.just("\x00"),
    st.text(max_size=5).map(lambda s: s * 5000),  # long texts
    st.sampled_from(
        [
            "",
            "other",
            "active",
            "on_holiday",
            "2024-01-01",
            "0001-01-01",
            "9999-12-31",
            "2024-02-30",
            "2024-01-01T10:00:00",
            "2024-01-01T10:00:00+00:00",
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-23:59",
            "2999-12-31T23:00:00+00:00",
            "00000000-0000-4000-8000-000000000000",
            "../../etc/passwd",
            "/etc/passwd",
            "C:\\logo.png",
            "logo.png",
            "{__class__.__mro__}",
            "{start:>999999999}",
            "{start",
            "+32470123456",
            "0470 12 34 56",
        ]
    ),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


@st.composite
def mutated(draw: st.DrawFn, document: dict[str, Any]) -> dict[str, Any]:
    """The export with one to four changes: a value, a field, a record, a table or the envelope."""
    doc = copy.deepcopy(document)
    tables = doc["tables"]
    names = sorted(name for name, rows in tables.items() if rows)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        kind = draw(
            st.sampled_from(
                ["value"] * 8
                + ["id of another record", "delete field", "new field", "deep", "duplicate", "new record"]
                + ["table", "envelope", "newer"]
            )
        )
        name = draw(st.sampled_from(names))
        rows = tables.get(name)
        if not isinstance(rows, list) or not rows or not isinstance(rows[0], dict):
            continue
        record = draw(st.sampled_from(rows))
        if not isinstance(record, dict):
            continue
        field = draw(st.sampled_from(sorted(record))) if record else "id"
        if kind == "value":
            record[field] = draw(_VALUES)
        elif kind == "id of another record":
            other = draw(st.sampled_from(sorted(n for n in names if n != AUDIT_TABLE)))
            record[field] = draw(
                st.sampled_from([r["id"] for r in tables[other] if isinstance(r, dict)] or ["x"])
            )
        elif kind == "delete field":
            record.pop(field, None)
        elif kind == "new field":
            record[draw(st.text(max_size=10))] = draw(_VALUES)
        elif kind == "deep":
            record[field] = _nested(draw(st.sampled_from([3, 4, 50, 500])))
        elif kind == "duplicate":
            rows.append(copy.deepcopy(record))
        elif kind == "new record":
            rows.append(dict(record, id=str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1))))))
        elif kind == "newer":  # so that the record updates the stored one instead of being kept
            record["updated_at"] = "2999-01-01T00:00:00+00:00"
        elif kind == "table":
            tables[draw(st.sampled_from([name, "pets", "\ud800"]))] = draw(_VALUES)
        else:
            doc[draw(st.sampled_from(["format", "format_version", "tables"]))] = draw(_VALUES)
    return doc


@st.composite
def plausible(draw: st.DrawFn, document: dict[str, Any]) -> dict[str, Any]:
    """The export with one to three records changed the way an edit on another laptop could: newer, with values
    of the right kind (another allowed value, another date, another record's id, deleted). These pass the
    record checks more often, and reach the merge and the consistency check."""
    doc = copy.deepcopy(document)
    tables = doc["tables"]
    names = sorted(name for name, rows in tables.items() if rows and name != AUDIT_TABLE)
    ids = [r["id"] for name in names for r in tables[name]]
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        name = draw(st.sampled_from(names))
        record = draw(st.sampled_from(tables[name]))
        if draw(st.booleans()):
            record = dict(record, id=str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)))))
            tables[name].append(record)
        record["updated_at"] = "2999-01-01T00:00:00+00:00"
        field = draw(st.sampled_from(sorted(set(record) - {"id", "created_at", "updated_at"})))
        column = metadata.tables[name].c[field]
        kind = column.type
        if isinstance(kind, sa.Enum):
            value: Any = draw(st.sampled_from([None, *kind.enums]))
        elif isinstance(kind, sa.Date):
            value = draw(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))).isoformat()
        elif field == "deleted_at" or isinstance(kind, UTCDateTime):
            value = draw(st.none() | st.just("2025-06-01T12:00:00+00:00"))
        elif isinstance(kind, sa.Boolean):
            value = draw(st.booleans())
        elif isinstance(kind, sa.Integer):
            value = draw(st.none() | st.integers(-3, 40))
        elif column.foreign_keys or isinstance(kind, sa.Uuid) or field == "participant_ids":
            value = draw(st.sampled_from(ids))
            value = [value] if field == "participant_ids" else value
        else:
            value = draw(
                st.sampled_from(["", "x", "+32470123456", "{start}", "logo.png", "family", "active"])
            )
        record[field] = value
    return doc


# --- The property ---------------------------------------------------------------------------------


def _import(target: Target, document: dict[str, Any], dry_run: bool) -> ImportReport | None:
    """Import the document; None when the file as a whole was refused with a message."""
    target.file.write_text(json.dumps(document), encoding="utf-8")  # ASCII: lone surrogates as escapes
    try:
        return import_file(target.store, target.file, dry_run=dry_run, today=TODAY)
    except DomainError as refused:  # ImportRejected among them: a message for the coordinator
        assert refused.message
        return None


def _check_gate(target: Target, document: dict[str, Any], dry_run: bool) -> None:
    before = _fingerprint(target.store.database, target.store.data_key)
    report = _import(target, document, dry_run)
    event(
        "file refused"
        if report is None
        else "inconsistent after the import"
        if any(r.reason.startswith("after the import") for r in report.invalid)
        else "records refused"
        if report.invalid
        else "nothing to change"
        if report.changed == 0
        else "dry run"
        if dry_run
        else "applied"
    )
    if report is None or not report.applied or report.changed == 0:
        assert _fingerprint(target.store.database, target.store.data_key) == before, (
            "a refused import or a dry run changed the database"
        )
        if report is not None:
            for invalid in report.invalid:  # every problem printable, short, named by table
                for text in (invalid.table, invalid.record_id or "", invalid.reason):
                    text.encode("utf-8")
                    assert "\x00" not in text and len(text) < 2000
        return
    try:
        with target.store.session() as session:
            assert set(find_problems(session, TODAY)) <= target.problems, (
                "the import broke a rule of the programme"
            )
    finally:
        _copy_database(
            target.pristine, target.store.database, target.store.data_key
        )  # back to the programme as it was


_SETTINGS = settings(
    deadline=None,
    derandomize=True,  # the same cases on every run: a failure can be run again
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@settings(_SETTINGS, max_examples=600)
@given(data=st.data())
def test_a_mutated_export_is_imported_or_refused_whole(target: Target, data: st.DataObject) -> None:
    document = data.draw(mutated(target.document))
    _check_gate(target, document, dry_run=False)


@settings(_SETTINGS, max_examples=400)
@given(data=st.data())
def test_a_dry_run_of_a_mutated_export_changes_nothing(target: Target, data: st.DataObject) -> None:
    document = data.draw(mutated(target.document))
    _check_gate(target, document, dry_run=True)


@settings(_SETTINGS, max_examples=500)
@given(data=st.data(), dry_run=st.booleans())
def test_a_plausibly_edited_export_is_imported_or_refused_whole(
    target: Target, data: st.DataObject, dry_run: bool
) -> None:
    document = data.draw(plausible(target.document))
    _check_gate(target, document, dry_run=dry_run)
