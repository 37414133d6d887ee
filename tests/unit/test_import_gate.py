"""One gate for every way in: an import goes through the forms' rules, limits on every value and the
programme's consistency check, and is refused whole, every problem named by table, record and field."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import col, select

from tandem_desktop import paths
from tandem_desktop.core.consistency import find_problems
from tandem_desktop.core.exchange import (
    AUDIT_TABLE,
    ImportRejected,
    export_data,
    import_file,
    reading,
    write_export,
)
from tandem_desktop.core.settings import get_settings, logo_image, set_logo
from tandem_desktop.db.models import Activity, AuditEntry, utcnow
from tandem_desktop.db.models.enums import AuditAction
from tandem_desktop.db.store import Store, open_store
from tests.keys import test_key

from .test_exchange import build_programme, counts


def write_json(path: Path, document: Any) -> Path:
    # ASCII with escapes: the file can then hold what JSON allows and UTF-8 does not (a lone surrogate).
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "other", test_key(tmp_path / "other"))
    yield opened
    opened.close()


@pytest.fixture
def document(store: Store) -> dict[str, Any]:
    """A small programme's export, to change before importing it into `other`."""
    build_programme(store)
    return export_data(store)


def refused(store: Store, path: Path) -> list[tuple[str, str | None, str]]:
    """Import `path` and check that nothing changed; the invalid records as (table, id, reason)."""
    before = export_data(store)["tables"]
    report = import_file(store, path)
    assert not report.applied
    assert export_data(store)["tables"] == before
    return [(r.table, r.record_id, r.reason) for r in report.invalid]


# --- The programme's consistency, after the import -------------------------------------------------


def test_an_import_that_would_break_a_rule_of_the_programme_is_refused_whole(
    document: dict[str, Any], other: Store, tmp_path: Path
) -> None:
    activity = document["tables"]["activity"][0]
    activity["date"] = "2020-01-01"  # before its duo's start (2024-10-01): each record passes on its own
    path = write_json(tmp_path / "export.json", document)

    dry = import_file(other, path, dry_run=True)
    found = refused(other, path)

    assert [(table, record_id) for table, record_id, _ in found] == [("activity", activity["id"])]
    assert found[0][2].startswith("after the import: ") and "before its duo's start" in found[0][2]
    assert [(r.table, r.record_id, r.reason) for r in dry.invalid] == found  # the dry run says the same
    assert counts(other)["family"] == 0  # the valid records of the file did not come in either


def test_what_was_broken_before_the_import_does_not_refuse_it(
    document: dict[str, Any], store: Store, tmp_path: Path
) -> None:
    with store.transaction() as session:  # a problem `check` reports already
        activity = session.exec(select(Activity)).one()
        # Written past the audit hook, as a damaged or hand-edited database would hold it.
        session.execute(
            sa.update(Activity).where(col(Activity.id) == activity.id).values(date=dt.date(2020, 1, 1))
        )
    with store.session() as session:
        broken = find_problems(session, dt.date.today())
    assert broken
    organisation = dict(
        document["tables"]["organisation"][0], id=str(uuid.uuid4()), name="Speelplein De Sleep"
    )

    report = import_file(
        store, write_json(tmp_path / "more.json", {**document, "tables": {"organisation": [organisation]}})
    )

    assert report.applied and report.invalid == []
    assert report.added["organisation"] == 1
    with store.session() as session:
        assert find_problems(session, dt.date.today()) == broken


# --- The audit trail is the app's own -------------------------------------------------------------


def test_the_files_audit_trail_is_not_imported_and_the_import_is_recorded_once(
    document: dict[str, Any], store: Store, other: Store, tmp_path: Path
) -> None:
    family_id = document["tables"]["family"][0]["id"]
    forged = {
        "id": str(uuid.uuid4()),
        "at": "2020-01-01T00:00:00+00:00",
        "table_name": "family",
        "record_id": family_id,
        "action": "delete",
        "changes": {"name": ["Gezin Haile", None]},
    }
    document["tables"][AUDIT_TABLE] = [forged]
    path = write_json(tmp_path / "export.json", document)

    report = import_file(other, path)

    assert report.applied and report.ignored == {AUDIT_TABLE: 1}
    with other.session() as session:
        assert session.get(AuditEntry, uuid.UUID(forged["id"])) is None
        entries = session.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.IMPORT)).all()
    assert [e.changes["sha256"] for e in entries] == [hashlib.sha256(path.read_bytes()).hexdigest()]
    assert entries[0].changes["ignored_audit_entries"] == 1
    # Importing it again changes nothing, so it adds no entry either.
    before = counts(other)
    assert import_file(other, path).changed == 0
    assert counts(other) == before


# --- Paths stay inside the data folder ------------------------------------------------------------


@pytest.mark.parametrize(
    "logo_path",
    [
        "../../etc/passwd",
        "/etc/passwd",
        "C:\\Windows\\logo.png",
        "C:logo.png",
        "..\\logo.png",
        "sub/logo.png",
        "..",
        ".logo.png",
        "logo.png/..",
        "logo.exe",
        "",
    ],
)
def test_a_logo_path_outside_the_data_folder_is_refused_at_its_field(
    document: dict[str, Any], other: Store, tmp_path: Path, logo_path: str
) -> None:
    settings = document["tables"]["programme_settings"][0]
    settings["logo_path"] = logo_path

    found = refused(other, write_json(tmp_path / "export.json", document))

    assert [(t, i) for t, i, _ in found] == [("programme_settings", settings["id"])]
    assert found[0][2].startswith("logo_path: must be a file name in the data folder")


def test_a_logo_or_scan_in_the_data_folder_is_imported(
    document: dict[str, Any], other: Store, tmp_path: Path
) -> None:
    document["tables"]["programme_settings"][0]["logo_path"] = "logo.png"
    trajectory_id = document["tables"]["trajectory"][0]["id"]
    scan = f"agreements/{trajectory_id}/signed-2024-10-01-1a2b3c4d.pdf"
    agreement = {
        "id": str(uuid.uuid4()),
        "created_at": utcnow().isoformat(),
        "updated_at": utcnow().isoformat(),
        "trajectory_id": trajectory_id,
        "template_version": 1,
        "generated_at": utcnow().isoformat(),
        "pdf_sha256": "0" * 64,
        "signed_on": "2024-10-01",
        "scan_path": scan,
    }
    document["tables"]["agreement"] = [agreement]
    assert import_file(other, write_json(tmp_path / "good.json", document)).applied

    agreement.update(id=str(uuid.uuid4()), scan_path=f"agreements/../../{trajectory_id}.pdf")
    found = refused(other, write_json(tmp_path / "bad.json", document))
    assert [(t, i) for t, i, _ in found] == [("agreement", agreement["id"])]
    assert found[0][2].startswith("scan_path: must be a path inside the data folder")


def test_the_logo_is_read_from_the_database_only(store: Store, tmp_path: Path) -> None:
    """Whatever path the settings hold, no file is read for it: the logo is kept in the encrypted database."""
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    outside = tmp_path / "secret.png"
    outside.write_bytes(png)
    (store.data_dir / "logo.png").write_bytes(png)
    with store.transaction() as session:
        settings = get_settings(session)
        for path in ("../secret.png", str(outside), "logo.png", "logo.png\x00"):
            settings.logo_path = path
            assert logo_image(session, settings) is None, path
    chosen = tmp_path / "chosen.png"
    chosen.write_bytes(png)
    set_logo(store, chosen)
    with store.session() as session:
        assert logo_image(session, get_settings(session)) == png


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_no_stored_path_reaches_outside_the_data_folder(tmp_path: Path) -> None:
    """The one check behind the logo and the scans of signed agreements."""
    data_dir = tmp_path / "data"
    (data_dir / "agreements" / "duo").mkdir(parents=True)
    (data_dir / "agreements" / "duo" / "signed.pdf").write_bytes(b"%PDF")
    (data_dir / "out").symlink_to(tmp_path)
    for stored in ("../x.pdf", "/etc/passwd", "out/x.pdf", "agreements/../../x.pdf", "a\x00b", "."):
        assert paths.inside_data_dir(data_dir, stored) is None, stored
    found = paths.inside_data_dir(data_dir, "agreements/duo/signed.pdf")
    assert found == (data_dir / "agreements" / "duo" / "signed.pdf").resolve()


# --- The agreement's texts pass the editor's rules ----------------------------------------------------


@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        (
            {"nl": {"intro": "Welkom {__class__.__mro__}"}},
            "clauses.nl.intro: Unknown field {__class__.__mro__}",
        ),
        ({"nl": {"intro": "Welkom bij {organisation"}}, "clauses.nl.intro: A brace { or } is not closed"),
        (
            {"nl": {"buddy_not.items": ["  ", ""]}},
            "clauses.nl.buddy_not.items: This part of the agreement cannot be empty",
        ),
        ({"nl": {"salary": "Loon"}}, "clauses.nl.salary: This part of the agreement does not exist"),
        ({"xx": {"intro": "Hallo"}}, "clauses.xx: there is no agreement text in this language"),
        ({"nl": {"intro": 5}}, "clauses.nl.intro: a text or a list of texts is expected"),
        ({"nl": {"intro": [[["diep"]]]}}, "clauses: nested deeper than this field allows"),
    ],
)
def test_a_template_text_the_editor_would_refuse_is_refused(
    document: dict[str, Any], other: Store, tmp_path: Path, clauses: dict[str, Any], expected: str
) -> None:
    template = document["tables"]["agreement_template"][0]
    template["clauses"] = clauses

    found = refused(other, write_json(tmp_path / "export.json", document))

    assert [(t, i) for t, i, _ in found] == [("agreement_template", template["id"])]
    assert found[0][2].startswith(expected)


# --- Limits on every value ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "field", "value", "expected"),
    [
        ("family", "name", "Gezin " * 2_000_000, "name: longer than 200 characters"),
        ("family", "notes", "x" * 20_001, "notes: longer than 20000 characters"),
        ("organisation", "website", "w" * 1_001, "website: longer than 1000 characters"),
        ("signal", "description", "s" * 2_001, "description: longer than 2000 characters"),
        ("programme_settings", "coordinator_name", "c" * 201, "coordinator_name: longer than 200 characters"),
        ("family", "name", "Gezin \ud800", "name: contains characters that are not valid text"),
        ("family", "notes", "nul\x00byte", "notes: contains characters that are not valid text"),
        (
            "family",
            "contact_languages",
            ["ar", "\udfff"],
            "contact_languages: contains characters that are not valid",
        ),
        ("buddy", "trainings", [{"title": "x" * 1_001, "date": "2024-01-01"}], "trainings: longer than 1000"),
        ("buddy", "capacity", 10**30, "capacity: 1000000000000000000000000000000 is outside the range"),
        ("family_member", "position", 2**63, "position: 9223372036854775808 is outside the range"),
        ("family_member", "birth_year", -(2**70), "birth_year: -1180591620717411303424 is outside the range"),
        ("activity", "children_count", 31, "children_count: 31 is outside the range 0 to 30"),
        ("programme_settings", "duration_months", 0, "duration_months: 0 is outside the range 1 to 24"),
        (
            "family",
            "registered_on",
            "0001-01-01",
            "registered_on: 0001-01-01 is outside the years 1900 to 2999",
        ),
        ("family", "updated_at", "9999-12-31T23:00:00-05:00", "updated_at: outside the years 1900 to 2999"),
        ("family", "contact_languages", [[["ar"]]], "contact_languages.0: Input should be a valid string"),
        ("family", "needs", [[[[["childcare"]]]]], "needs: nested deeper than this field allows"),
    ],
)
def test_a_value_beyond_its_limits_is_refused_at_its_field(
    document: dict[str, Any], other: Store, tmp_path: Path, table: str, field: str, value: Any, expected: str
) -> None:
    record = document["tables"][table][0]
    record[field] = value

    found = refused(other, write_json(tmp_path / "export.json", document))

    assert [(t, i) for t, i, _ in found] == [(table, record["id"])]
    assert found[0][2].startswith(expected)
    assert len(found[0][2]) < 300  # the message quotes no 10 MB value


def test_ids_and_table_names_from_the_file_are_quoted_safely(
    document: dict[str, Any], other: Store, tmp_path: Path
) -> None:
    document["tables"]["organisation"][0]["id"] = "\ud800" * 10_000
    document["tables"]["pets\x00" + "\udc00" * 10_000] = []

    found = refused(other, write_json(tmp_path / "export.json", document))

    for table, record_id, reason in found:
        for text in (table, record_id or "", reason):
            text.encode("utf-8")  # printable: no lone surrogate left
            assert "\x00" not in text and len(text) < 300


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '{"format": "tandem-desktop-export", "format_version": 1, "tables": {"family": ['
            + "9" * 5000
            + "]}}",
            "not valid JSON",
        ),
        (
            '{"format": "tandem-desktop-export", "format_version": 1, "tables": {"family": ' + "[" * 100_000,
            "not valid JSON",
        ),
    ],
)
def test_a_file_the_parser_cannot_take_is_rejected(
    store: Store, tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "file.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRejected, match=expected):
        import_file(store, path)


def test_a_file_too_large_is_rejected_before_it_is_read(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.json"
    write_export(store, path, None)
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", path.stat().st_size - 1)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read"))
    with pytest.raises(ImportRejected, match="too large to import"):
        import_file(store, path)


# --- What the merge does not take is said -----------------------------------------------------------


def test_a_differing_record_that_is_not_taken_is_reported(
    document: dict[str, Any], other: Store, tmp_path: Path
) -> None:
    import_file(other, write_json(tmp_path / "export.json", document))
    family = document["tables"]["family"][0]
    buddy = document["tables"]["buddy"][0]
    older = dt.datetime.fromisoformat(buddy["updated_at"]) - dt.timedelta(days=1)
    buddy.update(name="Oude naam", email="oud@example.org", updated_at=older.isoformat())
    family.update(notes="Ander nieuws")  # the same updated_at: on a tie the stored one stays

    report = import_file(other, write_json(tmp_path / "changed.json", document))

    assert report.applied and report.changed == 0
    kept = {(k.table, k.record_id): k for k in report.kept}
    assert set(kept) == {("buddy", buddy["id"]), ("family", family["id"])}
    assert kept[("buddy", buddy["id"])].fields == ("email", "name")
    stored = older + dt.timedelta(days=1)
    assert kept[("buddy", buddy["id"])].reason == (
        f"kept the stored version: it is newer (updated_at {stored.isoformat()}) than the file's "
        f"({older.isoformat()}), which differs in email, name"
    )
    assert kept[("family", family["id"])].reason.startswith(
        "kept the stored version: it was changed at the same time"
    )
    assert kept[("family", family["id"])].reason.endswith("which differs in notes")


def test_a_single_huge_value_is_refused_without_reading_on(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hostile file with one value of hundreds of megabytes: refused once the value passes the limit, instead
    of decoding it again at every megabyte read (minutes of work for nothing)."""
    monkeypatch.setattr(reading, "MAX_VALUE_CHARS", 2 * 1024**2)
    huge = tmp_path / "huge.json"
    huge.write_text(
        '{"format": "tandem-desktop-export", "format_version": 1, "tables": {"family": [{"id": "'
        + "a" * (6 * 1024**2)
        + '"}]}}',
        encoding="utf-8",
    )
    before = counts(store)
    with pytest.raises(ImportRejected, match="larger than 2 MB"):
        import_file(store, huge)
    assert counts(store) == before
