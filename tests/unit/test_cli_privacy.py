"""The privacy commands: retention (and --erase-due), erase on request, a person's own copy, the record of
processing, and the ids to name people by."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from tandem_desktop.core.demo import load_demo
from tandem_desktop.db.store import open_store
from tests.keys import test_key

from .test_cli import run

TODAY = dt.date.today()


@pytest.fixture
def old_programme(data_dir: Path) -> Path:
    """The demo programme as it was three years ago: its ended duos ended more than two years ago."""
    with open_store(data_dir, test_key(data_dir)) as store:
        load_demo(store, TODAY.replace(year=TODAY.year - 3))
    return data_dir


def _ids(output: str, kind: str) -> list[str]:
    return [line.split()[0] for line in output.splitlines() if f"  {kind} " in line]


def test_retention_lists_who_is_due_and_erase_due_erases_them(
    old_programme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(old_programme)
    code, out = run(capsys, "--data-dir", data, "retention")
    assert code == 0 and "due for erasure on" in out and "Erase them with" in out
    due = _ids(out, "family") + _ids(out, "buddy")
    assert due and "months after" in out
    code, out = run(capsys, "--data-dir", data, "retention", "--erase-due")
    assert code == 0 and f"Erased {len(due)} of {len(due)}" in out
    code, out = run(capsys, "--data-dir", data, "retention")
    assert "0 person(s) due" in out
    code, out = run(capsys, "--data-dir", data, "people")
    assert sum("erased on" in line for line in out.splitlines()) == len(due)
    assert run(capsys, "--data-dir", data, "check")[0] == 0


def test_erase_on_request_refuses_a_running_duo_and_needs_a_reason(
    old_programme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(old_programme)
    code, out = run(capsys, "--data-dir", data, "duos")
    running = next(line.split()[0] for line in out.splitlines() if " active " in line)
    with open_store(old_programme, test_key(old_programme)) as store:
        from tandem_desktop.core.duos import duo_rows

        family_id = next(str(r.family_id) for r in duo_rows(store, TODAY) if str(r.id) == running)
    code, out = run(capsys, "--data-dir", data, "erase", family_id[:8], "--reason", "gevraagd per mail")
    assert code == 1 and "running duo" in out and len(out.strip().splitlines()) == 1
    code, out = run(capsys, "--data-dir", data, "erase", "zzzz", "--reason", "x")
    assert code == 1 and "No family or buddy has the id zzzz" in out

    _code, out = run(capsys, "--data-dir", data, "retention")
    ended = _ids(out, "family")[0]
    code, out = run(capsys, "--data-dir", data, "erase", ended, "--reason", " ")
    assert code == 1 and "Say why" in out
    code, out = run(capsys, "--data-dir", data, "erase", ended, "--reason", "gevraagd aan de telefoon")
    assert code == 0 and "Erased the family" in out
    code, out = run(capsys, "--data-dir", data, "erase", ended, "--reason", "nog eens")
    assert code == 0 and "erased before" in out


def test_access_writes_the_familys_copy_and_the_record_of_processing_is_one_page(
    old_programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(old_programme)
    _code, out = run(capsys, "--data-dir", data, "people")
    line = next(line for line in out.splitlines() if "  family " in line)
    family_id, name = line.split()[0], line.split(maxsplit=3)[3]
    pdf = tmp_path / "kopie.pdf"
    code, out = run(capsys, "--data-dir", data, "access", family_id, "--out", str(pdf))
    assert code == 0 and pdf.is_file() and pdf.with_suffix(".json").is_file()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert name in text and "Wat we over jou bijhouden" in text and "Jullie gezin" in text
    data_json = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    assert data_json["family"]["name"] == name and data_json["family"]["members"]
    code, out = run(capsys, "--data-dir", data, "access", family_id, "--lang", "xx", "--out", str(pdf))
    assert code == 1

    record = tmp_path / "register.pdf"
    code, out = run(capsys, "--data-dir", data, "processing-record", "--out", str(record))
    assert code == 0
    info = subprocess.run(["pdfinfo", str(record)], capture_output=True, text=True, check=True).stdout
    assert [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")] == ["1"]
    code, out = run(capsys, "--data-dir", data, "processing-record", "--out", str(tmp_path / "no" / "r.pdf"))
    assert code == 1 and "Could not write" in out
