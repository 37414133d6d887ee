"""Export of the whole programme to JSON and its import (a merge by id): core/exchange/."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from tandem_desktop.core import exchange
from tandem_desktop.core.buddies import BuddyDraft, Training, save_buddy_in
from tandem_desktop.core.exchange import (
    AUDIT_TABLE,
    FORMAT_NAME,
    FORMAT_VERSION,
    ImportRejected,
    export,
    export_data,
    import_file,
    reading,
    table_name,
    write_export,
)
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family_in
from tandem_desktop.core.settings import get_settings
from tandem_desktop.core.trajectories import create_trajectory
from tandem_desktop.db import backups, migrate
from tandem_desktop.db.models import (
    RECORD_TABLES,
    Activity,
    AgreementTemplate,
    AuditEntry,
    Buddy,
    Family,
    FamilyMember,
    Organisation,
    ProgrammeSettings,
    Referral,
    Signal,
    metadata,
    utcnow,
)
from tandem_desktop.db.models.enums import (
    ActivityType,
    AuditAction,
    DutchPractised,
    FamilyStatus,
    MemberRole,
    OrganisationCategory,
    SignalSource,
    SignalTheme,
)
from tandem_desktop.db.store import Store, open_store
from tests.keys import test_key

ETHIOPIC_NAME = "ሀይለ ገብረመድህን"
ARABIC_NAME = "سارة حسن"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "other", test_key(tmp_path / "other"))
    yield opened
    opened.close()


def build_programme(store: Store) -> dict[str, uuid.UUID]:
    """A small programme by hand, through the core services where there are any."""
    today = dt.date.today()
    with store.transaction() as session:
        settings = get_settings(session)
        settings.coordinator_name = "Coördinator Gent"
        session.add(
            AgreementTemplate(
                version=2, clauses={"nl": {"title": "Onze afspraken", "intro": "Welkom bij {organisation}."}}
            )
        )
        family = save_family_in(
            session,
            FamilyDraft(
                name="Gezin Haile",
                mother_tongue="ti",
                contact_languages=["ar", "en"],
                phone="0470 12 34 56",
                needs=["childcare", "library"],
                unavailability=["mon-morning", "thu-evening"],
                arrival_date=dt.date(2024, 5, 1),
                family_reunification=True,
                sensitive_constraints="Vochtige woning",
                members=[
                    MemberDraft(ETHIOPIC_NAME, MemberRole.PARENT, 1988),
                    MemberDraft(ARABIC_NAME, MemberRole.CHILD, 2017),
                ],
            ),
            today,
        )
        buddy = save_buddy_in(
            session,
            BuddyDraft(
                name="Ilse Peeters",
                phone="+32 470 98 76 54",
                languages=["nl", "ar"],
                availability=["wed-afternoon"],
                trainings=[Training("Introductie", dt.date(2024, 9, 1))],
            ),
            today,
        )
        session.flush()
        trajectory = create_trajectory(session, family, buddy, dt.date(2024, 10, 1), settings, activate=True)
        organisation = Organisation(name="Bibliotheek De Krook", category=OrganisationCategory.LIBRARY)
        session.add(organisation)
        session.flush()
        members = session.exec(select(FamilyMember).where(FamilyMember.family_id == family.id)).all()
        activity = Activity(
            trajectory_id=trajectory.id,
            date=dt.date(2024, 10, 12),
            duration_minutes=90,
            type=ActivityType.LIBRARY,
            organisation_id=organisation.id,
            participant_ids=[str(m.id) for m in members],
            children_count=1,
            dutch_practised=DutchPractised.A_LITTLE,
            went_well="Voorgelezen",
        )
        session.add(activity)
        session.flush()
        referral = Referral(
            family_id=family.id,
            organisation_id=organisation.id,
            trajectory_id=trajectory.id,
            purpose="Bibliotheekkaart",
            referred_on=dt.date(2024, 10, 12),
        )
        signal = Signal(
            theme=SignalTheme.HOUSING,
            description="Gezin zoekt een grotere woning",
            source=SignalSource.ACTIVITY,
            raised_on=dt.date(2024, 10, 12),
            activity_id=activity.id,
            trajectory_id=trajectory.id,
            family_id=family.id,
        )
        session.add_all([referral, signal])
        gone = save_family_in(session, FamilyDraft(name="Gezin Vertrokken"), today)
    with store.transaction() as session:
        gone.deleted_at = utcnow()
        session.add(gone)
    return {"family": family.id, "buddy": buddy.id, "trajectory": trajectory.id, "gone": gone.id}


def record_tables(document: dict[str, Any]) -> dict[str, Any]:
    return {name: rows for name, rows in document["tables"].items() if name != AUDIT_TABLE}


def counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {
            name: session.execute(sa.select(sa.func.count()).select_from(metadata.tables[name])).scalar_one()
            for name in (*(table_name(m) for m in RECORD_TABLES), AUDIT_TABLE)
        }


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def find(document: dict[str, Any], table: str, record_id: uuid.UUID) -> dict[str, Any]:
    return next(r for r in document["tables"][table] if r["id"] == str(record_id))


# --- Export ---------------------------------------------------------------------------------------


def test_export_holds_every_table_soft_deleted_records_and_the_audit_trail(
    store: Store, tmp_path: Path
) -> None:
    ids = build_programme(store)
    path = tmp_path / "export.json"

    written = write_export(store, path, None)

    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_NAME
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_revision"] == migrate.SCHEMA_HEAD
    assert dt.datetime.fromisoformat(document["exported_at"]).tzinfo is not None
    assert list(document["tables"]) == [*(m.__tablename__ for m in RECORD_TABLES), AUDIT_TABLE]
    assert written == {name: len(rows) for name, rows in document["tables"].items()}
    assert written == counts(store)
    assert find(document, "family", ids["gone"])["deleted_at"] is not None
    assert not list(tmp_path.glob("*.partial"))
    if os.name == "posix":  # it holds everything the database holds: readable by its owner only
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_export_writes_plain_json_values_and_every_script_as_is(store: Store, tmp_path: Path) -> None:
    ids = build_programme(store)
    path = tmp_path / "export.json"
    write_export(store, path, None)
    text = path.read_text(encoding="utf-8")
    assert ETHIOPIC_NAME in text
    assert ARABIC_NAME in text

    family = find(json.loads(text), "family", ids["family"])
    assert family["id"] == str(ids["family"])
    assert family["status"] == FamilyStatus.IN_TRAJECTORY.value
    assert family["arrival_date"] == "2024-05-01"
    assert family["created_at"].endswith("+00:00")
    assert family["phone"] == "+32470123456"
    assert family["needs"] == ["childcare", "library"]
    assert list(family) == sorted(family)
    template = json.loads(text)["tables"]["agreement_template"][0]
    # JSON columns keep their own order (an agreement's clauses are printed in it).
    assert list(template["clauses"]["nl"]) == ["title", "intro"]


def test_the_file_has_one_record_per_line(store: Store, tmp_path: Path) -> None:
    build_programme(store)
    path = tmp_path / "export.json"
    written = write_export(store, path, None)
    record_lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("      {")
    ]
    assert len(record_lines) == sum(written.values())
    assert all(isinstance(json.loads(line.rstrip(",")), dict) for line in record_lines)


def test_a_failed_export_leaves_the_previous_file_as_it_was(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_programme(store)
    path = tmp_path / "out" / "export.json"
    path.parent.mkdir()
    write_export(store, path, None)
    before = path.read_bytes()

    def broken(out: Any, *_document: Any) -> None:
        out.write('{"format": ')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_document", broken)
    with pytest.raises(exchange.ExportFailed) as caught:
        write_export(store, path, None)
    assert "No space left on device" in caught.value.message

    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["export.json"]


@pytest.mark.parametrize("model", exchange.EXPORT_TABLES, ids=table_name)
def test_records_are_checked_as_their_table_model_would(store: Store, model: type[SQLModel]) -> None:
    """The import validates with a plain pydantic copy of each table model (for speed): same fields,
    same types and defaults, and the table models have no validators the copy would miss."""
    build_programme(store)
    checking = exchange.checking_model(model)
    assert list(checking.model_fields) == list(model.model_fields)
    for name, info in model.model_fields.items():
        copied = checking.model_fields[name]
        assert (copied.annotation, copied.is_required()) == (info.annotation, info.is_required())
        assert (copied.default, copied.default_factory) == (info.default, info.default_factory)
    decorators = model.__pydantic_decorators__
    assert not (decorators.validators or decorators.field_validators or decorators.model_validators)
    for record in export_data(store)["tables"][table_name(model)]:
        checked = checking.model_validate(record).__dict__
        assert checked == {f: getattr(model.model_validate(record), f) for f in model.model_fields}


# --- Round trip and merge ---------------------------------------------------------------------------


def test_round_trip_into_an_empty_store_is_exact(store: Store, other: Store, tmp_path: Path) -> None:
    build_programme(store)
    path = tmp_path / "export.json"
    write_export(store, path, None)
    before = export_data(store)

    report = import_file(other, path)

    assert report.applied
    assert report.invalid == []
    assert report.added == {name: len(rows) for name, rows in record_tables(before).items()}
    assert report.ignored == {AUDIT_TABLE: len(before["tables"][AUDIT_TABLE])}
    after = export_data(other)
    assert record_tables(after) == record_tables(before)
    # The audit trail is the app's own: the file's entries stay out, the import writes one "create" per
    # record it added and one entry for the import itself, with the file's SHA-256.
    trail = after["tables"][AUDIT_TABLE]
    assert not {e["id"] for e in before["tables"][AUDIT_TABLE]} & {e["id"] for e in trail}
    creates = [e for e in trail if e["action"] == AuditAction.CREATE.value]
    assert len(creates) == sum(len(rows) for rows in record_tables(before).values())
    (imported,) = [e for e in trail if e["action"] == AuditAction.IMPORT.value]
    assert imported["changes"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert imported["changes"]["ignored_audit_entries"] == len(before["tables"][AUDIT_TABLE])
    assert len(trail) == len(creates) + 1


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    store: Store, other: Store, tmp_path: Path
) -> None:
    build_programme(store)
    path = tmp_path / "export.json"
    write_export(store, path, None)
    import_file(other, path)
    counts_after_first = counts(other)

    report = import_file(other, path)

    assert report.applied
    assert report.invalid == []
    assert sum(report.added.values()) == sum(report.updated.values()) == 0
    assert report.unchanged == {name: n for name, n in counts(store).items() if name != AUDIT_TABLE}
    assert counts(other) == counts_after_first


def test_importing_into_its_own_store_changes_nothing(store: Store, tmp_path: Path) -> None:
    build_programme(store)
    path = tmp_path / "export.json"
    write_export(store, path, None)
    before = counts(store)

    report = import_file(store, path)

    assert report.applied and report.changed == 0
    assert counts(store) == before


def test_a_newer_record_updates_the_stored_one_and_keeps_its_timestamps(
    store: Store, other: Store, tmp_path: Path
) -> None:
    ids = build_programme(store)
    write_export(store, tmp_path / "export.json", None)
    import_file(other, tmp_path / "export.json")
    document = export_data(store)
    family = find(document, "family", ids["family"])
    newer = (dt.datetime.fromisoformat(family["updated_at"]) + dt.timedelta(days=1)).isoformat()
    family.update(name="Gezin Haile-Tesfaye", notes="Verhuisd", updated_at=newer)

    report = import_file(other, write_json(tmp_path / "newer.json", document))

    assert report.applied
    assert report.updated["family"] == 1
    assert sum(report.updated.values()) == 1
    assert report.unchanged["family"] == 1  # the soft-deleted one
    with other.session() as session:
        stored = session.get(Family, ids["family"])
        assert stored is not None
        assert stored.name == "Gezin Haile-Tesfaye"
        assert stored.updated_at == dt.datetime.fromisoformat(newer)
        assert stored.created_at == dt.datetime.fromisoformat(family["created_at"])
        updates = session.exec(
            select(AuditEntry).where(
                AuditEntry.record_id == ids["family"], AuditEntry.action == AuditAction.UPDATE
            )
        ).all()
        # The import's own entry, besides the status changes that came along from the first store.
        assert {"name": ["Gezin Haile", "Gezin Haile-Tesfaye"], "notes": None} in [e.changes for e in updates]
    # Merged once, the same file is old news.
    again = import_file(other, tmp_path / "newer.json")
    assert again.changed == 0


def test_an_older_or_equally_old_record_leaves_the_stored_one_alone(
    store: Store, other: Store, tmp_path: Path
) -> None:
    ids = build_programme(store)
    write_export(store, tmp_path / "export.json", None)
    import_file(other, tmp_path / "export.json")
    document = export_data(store)
    buddy = find(document, "buddy", ids["buddy"])
    older = (dt.datetime.fromisoformat(buddy["updated_at"]) - dt.timedelta(days=1)).isoformat()
    buddy.update(name="Oude naam", updated_at=older)
    family = find(document, "family", ids["family"])
    family.update(name="Zelfde tijdstip, andere naam")

    report = import_file(other, write_json(tmp_path / "older.json", document))

    assert report.applied
    assert report.changed == 0
    with other.session() as session:
        assert session.get(Buddy, ids["buddy"]).name == "Ilse Peeters"  # type: ignore[union-attr]
        assert session.get(Family, ids["family"]).name == "Gezin Haile"  # type: ignore[union-attr]


def test_a_soft_delete_travels_as_an_update(store: Store, other: Store, tmp_path: Path) -> None:
    build_programme(store)
    write_export(store, tmp_path / "export.json", None)
    import_file(other, tmp_path / "export.json")
    with store.transaction() as session:
        signal = session.exec(select(Signal)).one()
        signal.deleted_at = utcnow()
        session.add(signal)
    write_export(store, tmp_path / "later.json", None)

    report = import_file(other, tmp_path / "later.json")

    assert report.updated["signal"] == 1
    assert record_tables(export_data(other)) == record_tables(export_data(store))


def test_the_programme_settings_stay_one_row(store: Store, other: Store, tmp_path: Path) -> None:
    build_programme(store)
    with other.transaction() as session:
        own = get_settings(session)
    with store.transaction() as session:  # edited after the other store made its own settings
        settings = get_settings(session)
        settings.coordinator_name = "Nieuwe coördinator"
        session.add(settings)
    write_export(store, tmp_path / "export.json", None)

    report = import_file(other, tmp_path / "export.json")

    assert report.updated["programme_settings"] == 1
    assert report.added["programme_settings"] == 0
    with other.session() as session:
        rows = session.exec(select(ProgrammeSettings)).all()
        assert [(r.id, r.coordinator_name) for r in rows] == [(own.id, "Nieuwe coördinator")]


def test_phone_numbers_that_parse_are_stored_in_e164(store: Store, other: Store, tmp_path: Path) -> None:
    ids = build_programme(store)
    document = export_data(store)
    find(document, "family", ids["family"])["whatsapp"] = "0032 470 55 66 77"

    report = import_file(other, write_json(tmp_path / "export.json", document))

    assert report.applied
    with other.session() as session:
        assert session.get(Family, ids["family"]).whatsapp == "+32470556677"  # type: ignore[union-attr]


# --- Invalid records ------------------------------------------------------------------------------


def test_every_invalid_record_is_reported_and_nothing_is_applied(
    store: Store, other: Store, tmp_path: Path
) -> None:
    ids = build_programme(store)
    document = export_data(store)
    find(document, "family", ids["family"])["status"] = "on_holiday"
    child = next(r for r in document["tables"]["family_member"] if r["name"] == ARABIC_NAME)
    child["birth_year"] = dt.date.today().year + 3
    activity = document["tables"]["activity"][0]
    activity["trajectory_id"] = str(uuid.uuid4())
    buddy = find(document, "buddy", ids["buddy"])
    buddy["colour"] = "blue"
    del buddy["name"]
    document["tables"]["pets"] = [{"id": str(uuid.uuid4()), "name": "Minoes"}]
    before = counts(other)

    report = import_file(other, write_json(tmp_path / "bad.json", document))

    assert not report.applied
    reasons = {(r.table, r.record_id): r.reason for r in report.invalid}
    assert len(reasons) == len(report.invalid) == 5
    assert "status" in reasons[("family", str(ids["family"]))]
    assert "“on_holiday” is not an allowed value" in reasons[("family", str(ids["family"]))]
    assert "The birth year" in reasons[("family_member", child["id"])]
    assert "lies in the future" in reasons[("family_member", child["id"])]
    assert (
        f"trajectory_id: refers to trajectory {activity['trajectory_id']}"
        in reasons[("activity", activity["id"])]
    )
    assert "colour: unknown field" in reasons[("buddy", str(ids["buddy"]))]
    assert "name: missing" in reasons[("buddy", str(ids["buddy"]))]
    assert "unknown table “pets”" in reasons[("pets", None)]
    assert counts(other) == before
    assert backups.list_backups(other.backup_dir) == []


def test_invalid_records_in_a_store_that_has_data_change_nothing(store: Store, tmp_path: Path) -> None:
    ids = build_programme(store)
    document = export_data(store)
    family = find(document, "family", ids["family"])
    family.update(name="Nieuwe naam", updated_at=utcnow().isoformat(), phone="12")
    before = export_data(store)

    report = import_file(store, write_json(tmp_path / "bad.json", document))

    assert not report.applied
    assert [(r.table, r.record_id) for r in report.invalid] == [("family", str(ids["family"]))]
    assert "phone" in report.invalid[0].reason
    assert report.updated["family"] == 0
    assert export_data(store)["tables"] == before["tables"]


@pytest.mark.parametrize(
    ("table", "change", "expected"),
    [
        ("family", {"created_at": "2024-01-01T10:00:00"}, "created_at: the time zone is missing"),
        ("family", {"id": None}, "id: missing"),
        ("family", {"updated_at": None}, "updated_at: missing"),
        ("activity", {"participant_ids": ["not-an-id"]}, "participant_ids: no family member"),
        ("status_change", {"subject_type": "cat"}, "subject_type: “cat” is not one of"),
        ("status_change", {"subject_id": "00000000-0000-4000-8000-000000000000"}, "subject_id: refers to"),
        ("buddy", {"capacity": "many"}, "capacity: Input should be a valid integer"),
        ("agreement_template", {"id": "00000000-0000-4000-8000-000000000001"}, "version 2 is already used"),
    ],
)
def test_each_kind_of_invalid_record_is_named(
    store: Store, other: Store, tmp_path: Path, table: str, change: dict[str, Any], expected: str
) -> None:
    build_programme(store)
    document = export_data(store)
    # The agreement template case: the other store has its own template with the same version.
    write_export(store, tmp_path / "export.json", None)
    import_file(other, tmp_path / "export.json")
    document["tables"][table][0].update(change)
    before = counts(other)

    report = import_file(other, write_json(tmp_path / "bad.json", document))

    assert not report.applied
    assert [r.table for r in report.invalid] == [table]
    assert expected in report.invalid[0].reason
    assert counts(other) == before


def test_a_record_that_is_not_an_object_and_a_table_that_is_not_a_list(
    store: Store, other: Store, tmp_path: Path
) -> None:
    build_programme(store)
    document = export_data(store)
    document["tables"]["organisation"].append("Bibliotheek")
    document["tables"]["signal"] = {"oops": True}

    report = import_file(other, write_json(tmp_path / "bad.json", document))

    assert not report.applied
    assert sorted((r.table, r.record_id) for r in report.invalid) == [
        ("organisation", None),
        ("signal", None),
    ]


def test_duplicate_ids_in_one_table_are_invalid(store: Store, other: Store, tmp_path: Path) -> None:
    build_programme(store)
    document = export_data(store)
    document["tables"]["organisation"].append(copy.deepcopy(document["tables"]["organisation"][0]))

    report = import_file(other, write_json(tmp_path / "bad.json", document))

    assert not report.applied
    assert len(report.invalid) == 1
    assert "more than once" in report.invalid[0].reason


def test_a_child_may_refer_to_a_parent_already_in_the_database(
    store: Store, other: Store, tmp_path: Path
) -> None:
    ids = build_programme(store)
    write_export(store, tmp_path / "export.json", None)
    import_file(other, tmp_path / "export.json")
    document = export_data(store)
    member_id = str(uuid.uuid4())
    member: dict[str, Any] = {
        "id": member_id,
        "family_id": str(ids["family"]),
        "name": "Yonas",
        "role": "child",
        "birth_year": dt.date.today().year + 1,
        "created_at": utcnow().isoformat(),
        "updated_at": utcnow().isoformat(),
    }
    only_members = {**document, "tables": {"family_member": [member]}}

    report = import_file(other, write_json(tmp_path / "bad.json", only_members))
    assert [r.record_id for r in report.invalid] == [member_id]
    assert "lies in the future" in report.invalid[0].reason

    member["birth_year"] = 2020
    report = import_file(other, write_json(tmp_path / "good.json", only_members))
    assert report.applied
    assert report.added == {"family_member": 1}
    with other.session() as session:
        stored = session.get(FamilyMember, uuid.UUID(member_id))
        assert stored is not None and stored.position == 0  # a field the file left out takes its default


# --- Dry run --------------------------------------------------------------------------------------


def test_a_dry_run_reports_what_would_be_added_and_applies_nothing(
    store: Store, other: Store, tmp_path: Path
) -> None:
    build_programme(store)
    path = tmp_path / "export.json"
    written = write_export(store, path, None)
    before = counts(other)

    report = import_file(other, path, dry_run=True)

    assert not report.applied
    assert report.invalid == []
    assert report.added == {name: n for name, n in written.items() if name != AUDIT_TABLE}
    assert counts(other) == before
    assert import_file(other, path).added == report.added


# --- Files that are not exports -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"name": "something else"}', "is not a Tandem Desktop export"),
        (b"[1, 2, 3]", "is not a Tandem Desktop export"),
        (b'{"format": "tandem-desktop-export", "format_version": 1, "tables": {"fa', "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not a UTF-8 text file"),
        (b'{"format": "tandem-desktop-export", "format_version": 99, "tables": {}}', "newer version"),
        (b'{"format": "tandem-desktop-export", "format_version": "1", "tables": {}}', "format version"),
        (b'{"format": "tandem-desktop-export", "format_version": 1}', "holds no tables"),
    ],
)
def test_a_file_that_is_not_a_readable_export_is_rejected(
    store: Store, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "file.json"
    path.write_bytes(content)

    with pytest.raises(ImportRejected) as caught:
        import_file(store, path)

    assert expected in caught.value.message
    assert str(path) in caught.value.message


def test_a_missing_file_is_rejected(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="cannot be read"):
        import_file(store, tmp_path / "nowhere.json")


def test_the_newer_format_message_says_what_to_do(store: Store, tmp_path: Path) -> None:
    path = write_json(tmp_path / "new.json", {"format": FORMAT_NAME, "format_version": 99, "tables": {}})
    with pytest.raises(ImportRejected) as caught:
        import_file(store, path)
    assert caught.value.params["version"] == 99
    assert "Update Tandem Desktop" in caught.value.message


def test_a_format_2_photo_consent_reads_as_an_answer_or_not_asked(store: Store, tmp_path: Path) -> None:
    stamp = "2026-01-01T10:00:00+00:00"
    families = [
        {"id": str(uuid.uuid4()), "created_at": stamp, "updated_at": stamp, "name": name, "registered_on": "2026-01-01",
         "consent_date": consented, "photo_consent": photos}
        for name, consented, photos in (("Gezin Ja", "2026-03-01", True), ("Gezin Nee", "2026-03-01", False),
                                        ("Gezin Nog niet", None, False))
    ]  # fmt: skip
    path = write_json(
        tmp_path / "v2.json", {"format": FORMAT_NAME, "format_version": 2, "tables": {"family": families}}
    )
    report = import_file(store, path)
    assert not report.invalid
    with store.session() as session:
        answers = {f.name: f.photo_consent.value for f in session.exec(select(Family))}
    assert answers == {"Gezin Ja": "yes", "Gezin Nee": "no", "Gezin Nog niet": "not_asked"}


# --- Reading the file as a stream -----------------------------------------------------------------


@pytest.mark.parametrize("piece", [1, 7, 4096])
def test_any_layout_reads_the_same_in_pieces_of_any_size(
    store: Store, other: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    """The import reads the file a piece at a time: pieces that cut a record, a number or a character of
    several bytes (the Ethiopic and Arabic names) change nothing, nor does the layout or the order of the keys."""
    build_programme(store)
    document = export_data(store)
    reordered = {"tables": document["tables"], **{k: v for k, v in document.items() if k != "tables"}}
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(reordered, indent=3, ensure_ascii=False).encode("utf-8"))
    monkeypatch.setattr(reading, "_READ_SIZE", piece)

    report = import_file(other, path)

    assert report.applied and report.invalid == []
    assert record_tables(export_data(other)) == record_tables(document)


def test_the_place_of_a_json_error_is_given_as_json_gives_it(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_programme(store)
    path = tmp_path / "export.json"
    write_export(store, path, None)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    damaged = [i for i, line in enumerate(lines) if line.startswith("      {")][-1]  # the last record
    lines[damaged] = lines[damaged].replace('", "', '" "', 3)  # commas lost
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(path.read_text(encoding="utf-8"))
    monkeypatch.setattr(reading, "_READ_SIZE", 100)  # the error lies many pieces into the file

    with pytest.raises(ImportRejected) as caught:
        import_file(store, path)

    assert f"line {expected.value.lineno}, column {expected.value.colno}" in caught.value.message


def test_a_table_given_twice_is_refused(store: Store, other: Store, tmp_path: Path) -> None:
    build_programme(store)
    text = json.dumps(export_data(store))
    organisations = json.dumps(export_data(store)["tables"]["organisation"])
    path = tmp_path / "twice.json"
    path.write_text(text[:-2] + f', "organisation": {organisations}' + "}}", encoding="utf-8")

    report = import_file(other, path)

    assert not report.applied
    assert ("organisation", None) in [(r.table, r.record_id) for r in report.invalid]
    assert counts(other)["organisation"] == 0


def test_a_file_changed_while_it_is_imported_is_refused_whole(
    store: Store, other: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_programme(store)
    path = tmp_path / "export.json"
    write_export(store, path, None)
    before = counts(other)
    reread = reading._Reader.reread

    def changed(reader: reading._Reader, start: int, end: int) -> Any:
        record = reread(reader, start, end)
        return {**record, "updated_at": utcnow().isoformat()}

    monkeypatch.setattr(reading._Reader, "reread", changed)
    with pytest.raises(ImportRejected, match="changed while it was being imported"):
        import_file(other, path)
    assert counts(other) == before


def test_an_export_without_sensitive_fields_empties_them_and_never_updates_a_stored_record(
    store: Store, other: Store, tmp_path: Path
) -> None:
    ids = build_programme(store)
    path = tmp_path / "for-a-developer.json"
    write_export(store, path, None, without_sensitive=True)
    text = path.read_text(encoding="utf-8")
    assert "Vochtige woning" not in text
    document = json.loads(text)
    assert document["without_sensitive"] is True
    family = find(document, "family", ids["family"])
    assert family["sensitive_constraints"] == "" and family["name"]

    assert import_file(other, path).applied  # into another folder: added, with the fields empty
    with other.session() as session:
        stored = session.get(Family, ids["family"])
        assert stored is not None and stored.sensitive_constraints == ""

    # Back into the programme it came from, as a newer version of a family: it would empty its notes.
    newer = (dt.datetime.fromisoformat(family["updated_at"]) + dt.timedelta(days=1)).isoformat()
    family.update(name="Gezin Haile-Tesfaye", updated_at=newer)
    with pytest.raises(ImportRejected) as refused:
        import_file(store, write_json(tmp_path / "newer.json", document))
    assert "without its sensitive fields" in refused.value.message
    with store.session() as session:
        kept = session.get(Family, ids["family"])
        assert kept is not None and kept.sensitive_constraints == "Vochtige woning"


def test_a_sealed_export_holds_no_readable_record_and_imports_with_its_passphrase(
    store: Store, other: Store, tmp_path: Path
) -> None:
    build_programme(store)
    path = tmp_path / "export.tandem"
    write_export(store, path, "de zin voor deze export")
    raw = path.read_bytes()
    assert b"Vochtige woning" not in raw and b"Gezin" not in raw
    with pytest.raises(ImportRejected) as refused:
        import_file(other, path, passphrase="een andere zin")
    assert "does not open" in refused.value.message
    with pytest.raises(ImportRejected) as no_passphrase:
        import_file(other, path)
    assert "encrypted export" in no_passphrase.value.message
    report = import_file(other, path, passphrase="de zin voor deze export")
    assert report.applied and counts(other)["family"] == counts(store)["family"]


@pytest.mark.parametrize(
    "header_change",
    [{"memory_kib": 2**40}, {"time_cost": 10**9}, {"salt": ""}, {"chunk": 7}, {"nonce_prefix": "AAAA"}],
)
def test_a_hostile_sealed_exports_header_is_refused_without_trying_it(
    store: Store, other: Store, tmp_path: Path, header_change: dict[str, object]
) -> None:
    """A header that asks for a terabyte of memory or years of work is refused, not attempted."""
    path = tmp_path / "export.tandem"
    write_export(store, path, "de zin voor deze export")
    magic, header, rest = path.read_bytes().split(b"\n", 2)
    changed = {**json.loads(header), **header_change}
    path.write_bytes(magic + b"\n" + json.dumps(changed).encode() + b"\n" + rest)
    with pytest.raises(ImportRejected) as refused:
        import_file(other, path, passphrase="de zin voor deze export")
    assert "does not open" in refused.value.message
