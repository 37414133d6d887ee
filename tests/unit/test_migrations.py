"""The schema comes from Alembic revisions; the models and the migrated database must agree."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tandem_desktop.db import driver, migrate
from tandem_desktop.db.engine import make_engine
from tandem_desktop.db.errors import DatabaseTooNew, NotATandemDatabase
from tandem_desktop.db.models import metadata
from tandem_desktop.db.store import open_store
from tandem_desktop.paths import database_path
from tests.keys import test_key


def test_an_empty_database_migrated_to_head_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "t.sqlite3", test_key(tmp_path))
    assert migrate.ensure_schema(engine, tmp_path / "t.sqlite3", backup=lambda reason: None) == "new"
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    engine.dispose()
    assert diff == []
    assert (
        migrate.current_revision(make_engine(tmp_path / "t.sqlite3", test_key(tmp_path)))
        == migrate.head_revision()
    )


def test_the_head_known_without_alembic_is_alembics_head() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_a_database_from_a_newer_app_is_refused_and_left_alone(data_dir: Path) -> None:
    open_store(data_dir, test_key(data_dir)).close()
    db = database_path(data_dir)
    with closing(driver.connect(db, test_key(data_dir))) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = db.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        open_store(data_dir, test_key(data_dir))
    assert "newer version" in caught.value.message
    assert db.read_bytes() == before


def test_a_foreign_sqlite_file_is_not_taken_for_ours_nor_encrypted(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with closing(sqlite3.connect(database_path(data_dir))) as conn, conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    before = database_path(data_dir).read_bytes()
    with pytest.raises(NotATandemDatabase):
        open_store(data_dir, test_key(data_dir))
    assert database_path(data_dir).read_bytes() == before


def test_an_outdated_database_is_backed_up_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(tmp_path / "t.sqlite3", test_key(tmp_path))
    migrate.upgrade_to_head(engine)
    calls: list[str] = []
    upgraded: list[bool] = []
    monkeypatch.setattr(migrate, "schema_state", lambda e, p: "outdated")
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda e: upgraded.append(bool(calls)))
    migrate.ensure_schema(engine, tmp_path / "t.sqlite3", backup=calls.append)
    engine.dispose()
    assert calls == ["before-migration"]
    assert upgraded == [True], "the backup must come before the upgrade"


def test_a_database_of_the_first_release_is_upgraded_and_keeps_its_settings(data_dir: Path) -> None:
    from alembic import command
    from sqlmodel import select

    from tandem_desktop.db.models import ProgrammeSettings

    data_dir.mkdir(parents=True)
    engine = make_engine(database_path(data_dir), None)  # as the first release left it: not encrypted
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO programme_settings (id, created_at, updated_at, organisation_name, organisation_address,"
            " organisation_email, coordinator_name, coordinator_email, policy_officer_name, duration_months,"
            " meetings_per_month, buddy_meeting_monthly, consent_text_version, flag_no_activity_days,"
            " flag_ending_within_days, flag_evaluation_overdue_days, backup_interval_days) VALUES"
            " ('0123456789abcdef0123456789abcdef', '2026-01-01', '2026-01-01', 'Tandem Gent', '', '', '', '', '',"
            " 6, 2, 1, '1', 21, 14, 14, 1)"
        )
    engine.dispose()
    with open_store(data_dir, test_key(data_dir)) as store, store.session() as session:
        settings = session.exec(select(ProgrammeSettings)).one()
    assert (settings.organisation_name, settings.flag_no_activity_days) == ("Tandem Gent", 21)
    assert settings.flag_behind_meetings == 2
    assert (
        migrate.current_revision(make_engine(database_path(data_dir), test_key(data_dir)))
        == migrate.SCHEMA_HEAD
    )


def test_photo_consent_of_an_earlier_version_becomes_an_answer_or_not_asked_with_its_records(
    data_dir: Path,
) -> None:
    from alembic import command
    from sqlmodel import select

    from tandem_desktop.db.models import Consent, Family
    from tandem_desktop.db.models.enums import ConsentKind, PhotoConsent

    data_dir.mkdir(parents=True)
    engine = make_engine(database_path(data_dir), None)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0004")
        for hex_id, name, consented, photos in (
            ("a" * 32, "Gezin Ja", "'2026-03-01'", 1),
            ("b" * 32, "Gezin Nee", "'2026-03-02'", 0),
            ("c" * 32, "Gezin Nog niet", "NULL", 0),
        ):
            conn.exec_driver_sql(
                "INSERT INTO family (id, created_at, updated_at, name, status, registered_on, contact_languages,"
                " dutch_level, family_reunification, address, postcode, municipality, needs, needs_other,"
                " unavailability, sensitive_constraints, referred_by, consent_date, consent_text_version,"
                " photo_consent, buddy_preferences, notes) VALUES"
                f" ('{hex_id}', '2026-01-01', '2026-01-01', '{name}', 'registered', '2026-01-01', '[]', 'none', 0,"
                f" '', '', '', '[]', '', '[]', '', '', {consented}, '1', {photos}, '', '')"
            )
    engine.dispose()
    with open_store(data_dir, test_key(data_dir)) as store, store.session() as session:
        answers = {f.name: f.photo_consent for f in session.exec(select(Family))}
        records = sorted((c.kind, c.given, c.answered_on.isoformat()) for c in session.exec(select(Consent)))
    assert answers == {
        "Gezin Ja": PhotoConsent.YES,
        "Gezin Nee": PhotoConsent.NO,
        "Gezin Nog niet": PhotoConsent.NOT_ASKED,
    }
    assert records == [
        (ConsentKind.DATA, True, "2026-03-01"),
        (ConsentKind.DATA, True, "2026-03-02"),
        (ConsentKind.PHOTOS, False, "2026-03-02"),
        (ConsentKind.PHOTOS, True, "2026-03-01"),
    ]
