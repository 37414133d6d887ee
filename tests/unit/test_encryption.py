"""Encryption at rest: the key file, the encrypted store and backups, and the upgrade of an earlier version's
plain data folder."""

from __future__ import annotations

import datetime as dt
import json
from contextlib import closing
from pathlib import Path

import pytest
from sqlmodel import select

from tandem_desktop import paths
from tandem_desktop.core.demo import load_demo
from tandem_desktop.core.families import FamilyDraft, save_family
from tandem_desktop.db import backups, cipher, driver, encryption, kept_files, keyfile
from tandem_desktop.db.cipher import DataKey
from tandem_desktop.db.errors import (
    BackupFailed,
    KeyFileDamaged,
    KeyFileMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from tandem_desktop.db.models import Family
from tandem_desktop.db.store import open_store
from tests.keys import PASSPHRASE, plain_copy, test_key

TODAY = dt.date(2026, 12, 5)


def family_names(data_dir: Path, key: DataKey) -> list[str]:
    with open_store(data_dir, key) as store, store.session() as session:
        return sorted(f.name for f in session.exec(select(Family)))


def demo_names(data_dir: Path) -> list[str]:
    with open_store(data_dir, test_key(data_dir)) as store:
        load_demo(store, TODAY)
        store.backup("manual")
        with store.session() as session:
            return sorted(f.name for f in session.exec(select(Family)))


def raw_files(data_dir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}


# -- the key file --------------------------------------------------------------------------------------------


def test_the_passphrase_and_the_recovery_key_each_open_the_same_data_key(tmp_path: Path) -> None:
    new = keyfile.create(tmp_path, PASSPHRASE)
    assert keyfile.unlock(tmp_path, PASSPHRASE) == new.data_key
    typed = new.recovery_key.lower().replace("-", " ").replace("0", "o")  # as she may type it
    assert keyfile.recover(tmp_path, typed) == new.data_key
    with pytest.raises(WrongPassphrase):
        keyfile.unlock(tmp_path, PASSPHRASE + " ")
    with pytest.raises(WrongRecoveryKey):
        keyfile.recover(tmp_path, cipher.new_recovery_key())
    with pytest.raises(WrongRecoveryKey):
        keyfile.recover(tmp_path, "not a key")


def test_changing_the_passphrase_rewraps_the_key_and_the_old_one_no_longer_opens(tmp_path: Path) -> None:
    new = keyfile.create(tmp_path, PASSPHRASE)
    keyfile.change_passphrase(tmp_path, new.data_key, "een heel andere zin om te onthouden")
    assert keyfile.unlock(tmp_path, "een heel andere zin om te onthouden") == new.data_key
    with pytest.raises(WrongPassphrase):
        keyfile.unlock(tmp_path, PASSPHRASE)
    assert keyfile.recover(tmp_path, new.recovery_key) == new.data_key, "the recovery key stays"


def test_the_key_file_holds_no_key_in_the_clear_and_names_its_algorithms(tmp_path: Path) -> None:
    new = keyfile.create(tmp_path, PASSPHRASE)
    text = keyfile.key_file(tmp_path).read_text(encoding="utf-8")
    assert new.data_key.raw.hex() not in text and new.recovery_key not in text and PASSPHRASE not in text
    first, _, document = text.partition("\n")
    assert first == "TANDEM-DESKTOP-KEY-FILE"
    slots = json.loads(document)["slots"]
    assert slots["passphrase"]["kdf"] == "argon2id" and slots["recovery"]["kdf"] == "hkdf-sha256"


def test_the_real_cost_of_a_passphrase_is_memory_hard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one test on the real parameters (the others use conftest's cheap ones)."""
    monkeypatch.undo()
    assert cipher.PASSPHRASE_COST.memory_kib >= 64 * 1024
    keyfile.create(tmp_path, PASSPHRASE)
    slot = json.loads(keyfile.key_file(tmp_path).read_text(encoding="utf-8").partition("\n")[2])["slots"][
        "passphrase"
    ]
    assert (slot["time_cost"], slot["memory_kib"]) == (
        cipher.PASSPHRASE_COST.time_cost,
        cipher.PASSPHRASE_COST.memory_kib,
    )
    assert keyfile.unlock(tmp_path, PASSPHRASE) is not None


def test_a_damaged_key_file_is_replaced_by_its_copy_and_both_damaged_is_named(tmp_path: Path) -> None:
    new = keyfile.create(tmp_path, PASSPHRASE)
    keyfile.key_file(tmp_path).write_text("{not json", encoding="utf-8")
    assert keyfile.unlock(tmp_path, PASSPHRASE) == new.data_key
    keyfile.key_copy(tmp_path).write_bytes(b"")
    with pytest.raises(KeyFileDamaged) as caught:
        keyfile.unlock(tmp_path, PASSPHRASE)
    assert "tandem.key" in caught.value.message


def test_an_encrypted_database_without_its_key_file_is_named_not_overwritten(data_dir: Path) -> None:
    demo_names(data_dir)
    keyfile.key_file(data_dir).unlink()
    keyfile.key_copy(data_dir).unlink()
    with pytest.raises(KeyFileMissing):
        keyfile.needs_new_key(data_dir)


# -- the store -----------------------------------------------------------------------------------------------


def test_no_file_of_the_data_folder_shows_a_family_or_is_readable_as_sqlite_or_json(data_dir: Path) -> None:
    names = demo_names(data_dir)
    with open_store(data_dir, test_key(data_dir)) as store, store.engine.connect():
        store.backup("manual")
        # A connection held open keeps the write-ahead log beside the file, with the change just saved.
        save_family(store, FamilyDraft(name=names[0] + " Junior"), TODAY)
        files = raw_files(data_dir)
    assert any(p.name.endswith("-wal") for p in files) and backups.list_backups(paths.backup_dir(data_dir))
    for path, raw in files.items():
        assert not raw.startswith(driver.SQLITE_HEADER), path
        for name in names:
            assert name.encode() not in raw, (path, name)
    for raw in files.values():
        if raw.strip():
            with pytest.raises(ValueError):
                json.loads(raw)


def test_a_backup_of_another_data_folder_is_refused_by_restore(data_dir: Path, tmp_path: Path) -> None:
    from tandem_desktop.db.restore import RestoreRefused, validate_backup

    other = tmp_path / "other"
    demo_names(other)
    foreign = backups.latest_backup(paths.backup_dir(other))
    assert foreign is not None
    open_store(data_dir, test_key(data_dir)).close()
    with pytest.raises(RestoreRefused) as caught:
        validate_backup(foreign, test_key(data_dir))
    assert "key" in caught.value.message


# -- the upgrade of an earlier version's plain folder ------------------------------------------------------


@pytest.fixture
def plain_folder(tmp_path: Path) -> tuple[Path, list[str]]:
    """A data folder as the previous version left it: a plain database and plain backups, no key file."""
    source = tmp_path / "source"
    names = demo_names(source)
    key = test_key(source)
    folder = tmp_path / "plain"
    paths.backup_dir(folder).mkdir(parents=True)
    plain_copy(paths.database_path(source), key, paths.database_path(folder))
    for backup in backups.list_backups(paths.backup_dir(source)):
        plain_copy(backup.path, key, paths.backup_dir(folder) / backup.path.name)
    assert all(driver.is_plain(p) for p in raw_files(folder))
    return folder, names


def test_an_earlier_versions_plain_folder_ends_fully_encrypted(plain_folder: tuple[Path, list[str]]) -> None:
    folder, names = plain_folder
    assert keyfile.needs_new_key(folder)
    key = test_key(folder)
    steps: list[tuple[int, int]] = []
    with (
        open_store(folder, key, step=lambda done, total: steps.append((done, total))) as store,
        store.session() as session,
    ):
        assert sorted(f.name for f in session.exec(select(Family))) == names
    assert steps and steps[-1][0] == steps[-1][1]
    assert encryption.plain_files(folder) == []
    for path, raw in raw_files(folder).items():
        assert not raw.startswith(driver.SQLITE_HEADER), path
        assert not any(name.encode() in raw for name in names), path
    for backup in backups.list_backups(paths.backup_dir(folder)):  # each backup opens with the key
        with closing(driver.connect(backup.path, key, read_only=True)) as conn:
            assert conn.execute("SELECT count(*) FROM family").fetchone()[0] == len(names)


def test_a_failure_mid_way_leaves_the_plain_folder_as_it_was(
    plain_folder: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, names = plain_folder
    before = raw_files(folder)
    real_verify = encryption._verify
    calls: list[Path] = []

    def fails_at_the_database(original: Path, copy: Path, key: DataKey) -> None:
        calls.append(original)
        if original == paths.database_path(folder):
            raise BackupFailed(str(copy), "a fault injected by the test")
        real_verify(original, copy, key)

    monkeypatch.setattr(encryption, "_verify", fails_at_the_database)
    key = test_key(folder)
    with pytest.raises(BackupFailed):
        open_store(folder, key)
    assert len(calls) > 1, "the backups were encrypted before the database failed"
    after = {
        p: raw for p, raw in raw_files(folder).items() if p.name not in (paths.KEY_NAME, paths.LOCK_NAME)
    }
    assert after == before, "every plain file as it was, and no encrypted copy left beside it"

    monkeypatch.setattr(encryption, "_verify", real_verify)
    assert family_names(folder, key) == names, "the next start encrypts it"


def test_an_earlier_versions_plain_scans_and_logo_move_into_the_database(data_dir: Path) -> None:
    from tandem_desktop.core.agreements import agreements_of, scan_content
    from tandem_desktop.core.settings import read_logo
    from tandem_desktop.db.models import Agreement, ProgrammeSettings

    demo_names(data_dir)
    logo, scan = b"\x89PNG\r\n\x1a\n" + bytes(40), b"%PDF-1.4 the signed paper of Gezin Tesfaye"
    with open_store(data_dir, test_key(data_dir)) as store, store.transaction() as session:
        agreement = session.exec(select(Agreement)).first()
        settings = session.exec(select(ProgrammeSettings)).one()
        assert agreement is not None
        # As the previous version left them: plain files in the data folder, named by the records.
        agreement.scan_path = f"agreements/{agreement.trajectory_id}/signed-2026-01-01-1a2b3c4d.pdf"
        settings.logo_path = "logo.png"
        session.add_all([agreement, settings])
        duo_id, scan_name = agreement.trajectory_id, agreement.scan_path
    (data_dir / scan_name).parent.mkdir(parents=True)
    (data_dir / scan_name).write_bytes(scan)
    (data_dir / "logo.png").write_bytes(logo)
    orphan = data_dir / "agreements" / "a-deleted-duo" / "signed.jpg"  # its agreement is gone: still a scan
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"\xff\xd8\xff a photo of a signed paper")

    with open_store(data_dir, test_key(data_dir)) as store:
        assert read_logo(store) == logo
        [kept] = [r for r in agreements_of(store, duo_id) if r.scan == scan_name]
        assert scan_content(store, kept) == scan
        with store.session() as session:
            assert kept_files.read(session, "agreements/a-deleted-duo/signed.jpg") is not None
    assert not (data_dir / "logo.png").exists() and not (data_dir / "agreements").exists()
    assert not any(b"Gezin Tesfaye" in raw for raw in raw_files(data_dir).values())


@pytest.mark.parametrize(
    "slot_change", [{"memory_kib": 2**40}, {"time_cost": -1}, {"salt": ""}, {"sealed": "%%"}]
)
def test_a_damaged_or_hostile_key_file_is_named_not_tried(
    tmp_path: Path, slot_change: dict[str, object]
) -> None:
    keyfile.create(tmp_path, PASSPHRASE)
    for path in (keyfile.key_file(tmp_path), keyfile.key_copy(tmp_path)):
        first, _, document = path.read_text(encoding="utf-8").partition("\n")
        content = json.loads(document)
        content["slots"]["passphrase"].update(slot_change)
        path.write_text(first + "\n" + json.dumps(content), encoding="utf-8")
    with pytest.raises(KeyFileDamaged):
        keyfile.unlock(tmp_path, PASSPHRASE)
