"""The administrator's commands, run as `tandem-desktop --data-dir D COMMAND`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tandem_desktop.cli import main
from tandem_desktop.paths import KEY_NAME, database_path
from tests.damage import KINDS, damage
from tests.keys import passphrase_file, test_key


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert (
        main(["--data-dir", str(folder), "--passphrase-file", str(passphrase_file(folder.parent)), "demo"])
        == 0
    )
    return folder


def test_demo_then_check_passes(demo_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--data-dir", str(demo_folder), "check")
    assert code == 0, out
    assert out.startswith("OK:")


def test_demo_refuses_a_folder_that_holds_a_programme(
    demo_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_path(demo_folder).stat().st_mtime_ns
    code, out = run(capsys, "--data-dir", str(demo_folder), "demo")
    assert code == 1
    assert "empty" in out and "Traceback" not in out
    assert database_path(demo_folder).stat().st_mtime_ns == before


def test_export_then_import_into_an_empty_folder_gives_the_same_data(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run(capsys, "--data-dir", str(demo_folder), "export", "--plain", "--out", str(first))[0] == 0
    other = tmp_path / "other"
    test_key(other)
    code, out = run(capsys, "--data-dir", str(other), "import", str(first))
    assert code == 0, out
    assert run(capsys, "--data-dir", str(other), "export", "--plain", "--out", str(second))[0] == 0
    a, b = json.loads(first.read_text("utf-8")), json.loads(second.read_text("utf-8"))
    assert a["tables"]["family"] and a["tables"]["trajectory"]
    for table, rows in a["tables"].items():
        if table == "audit_entry":
            continue  # the import writes its own entries on top of the imported ones
        assert b["tables"][table] == rows, table
    assert run(capsys, "--data-dir", str(other), "check")[0] == 0


def test_import_dry_run_changes_nothing(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "e.json"
    run(capsys, "--data-dir", str(demo_folder), "export", "--plain", "--out", str(export))
    other = tmp_path / "other"
    test_key(other)
    code, out = run(capsys, "--data-dir", str(other), "import", "--dry-run", str(export))
    assert code == 0 and "would add" in out
    code, out = run(
        capsys, "--data-dir", str(other), "export", "--plain", "--out", str(tmp_path / "after.json")
    )
    assert json.loads((tmp_path / "after.json").read_text("utf-8"))["tables"]["family"] == []


@pytest.mark.parametrize("kind", KINDS)
def test_check_reports_a_damaged_database_and_the_way_out(
    demo_folder: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    assert (
        run(capsys, "--data-dir", str(demo_folder), "backup", "--out", str(tmp_path / "copy.sqlite3"))[0] == 0
    )
    folder.mkdir()
    (tmp_path / "copy.sqlite3").replace(database_path(folder))
    shutil.copy(demo_folder / KEY_NAME, folder / KEY_NAME)  # the key that opens it travels with it
    assert run(capsys, "--data-dir", str(folder), "backup")[0] == 0
    damage(kind, database_path(folder))
    code, out = run(capsys, "--data-dir", str(folder), "check")
    assert code == 1
    assert out.startswith("FAILED") and "tandem-desktop restore" in out
    assert "Traceback" not in out
    # The way out works: restore the latest backup, then check passes.
    latest = next((folder / "backups").glob("tandem-*-manual.sqlite3"))
    code, out = run(capsys, "--data-dir", str(folder), "restore", str(latest))
    assert code == 0, out
    assert run(capsys, "--data-dir", str(folder), "check")[0] == 0


def test_the_module_entry_point_and_the_help(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tandem_desktop", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("demo", "check", "backup", "restore", "export", "import", "--data-dir"):
        assert command in result.stdout


def test_check_on_a_folder_without_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--data-dir", str(tmp_path / "nothing"), "check")
    assert code == 1 and "no database" in out


def test_an_export_into_a_missing_folder_says_so(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "export.json"
    code, out = run(capsys, "--data-dir", str(demo_folder), "export", "--plain", "--out", str(target))
    assert code == 1
    assert "The export to" in out and "failed" in out and "Traceback" not in out


@pytest.mark.parametrize("refused_by", ["the database", "the model"])
def test_a_write_that_is_refused_leaves_its_values_in_no_message_and_no_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], refused_by: str
) -> None:
    import datetime as dt
    import logging

    from sqlalchemy import insert

    from tandem_desktop import admin
    from tandem_desktop.core.families import FamilyDraft, save_family
    from tandem_desktop.db.models import Family
    from tandem_desktop.db.store import open_store

    data = tmp_path / "data"
    with open_store(data, test_key(data)) as store:
        family_id = save_family(store, FamilyDraft(name="Gezin A"), dt.date.today())
    # Values, as a family's name and health note would be (the log quotes the lines of code, not values).
    name, secret = "Gezin " + "Bekele", "Geheim" + "-4711"

    def write_it(data_dir: Path, *_args: object, **_kwargs: object) -> int:
        if refused_by == "the model":  # pydantic quotes the input it refuses in its error's text
            Family.model_validate({"name": name, "photo_consent": secret})
        with open_store(data_dir, test_key(data_dir)) as store, store.engine.begin() as conn:
            # The same id once more, with the note: the database refuses the row, and its values with it.
            row = Family(name=name, sensitive_constraints=secret).model_dump() | {"id": family_id}
            conn.execute(insert(Family), [row])
        return 0

    monkeypatch.setattr(admin, "cmd_check", write_it)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        assert main(["--data-dir", str(data), "check"]) == 1
    finally:
        for handler in set(root.handlers) - set(handlers):  # the log file the command opened
            root.removeHandler(handler)
            handler.close()
    said = capsys.readouterr().err
    log = (data / "logs" / "tandem.log").read_text(encoding="utf-8")
    kind = "IntegrityError" if refused_by == "the database" else "ValidationError"
    assert kind in said and kind in log and "in write_it" in log  # what and where, for whoever supports her
    assert secret not in said and secret not in log and name not in log
