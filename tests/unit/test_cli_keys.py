"""The commands on an encrypted data folder: the passphrase from a file, the keychain or a terminal, one clear line
when it is missing or wrong, changing it, the recovery key, and sealed exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tandem_desktop.cli import main
from tandem_desktop.db import driver, keyfile
from tandem_desktop.paths import KEY_NAME, backup_dir
from tests.keys import PASSPHRASE, cli_in_child, passphrase_file, test_key

NAMES = ("Gezin Tesfaye", "Gezin Haddad", "Gezin Petrenko")  # some of the demo's fictional families


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def written(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo programme made by the command in a process of its own, at the real cost of the key derivation."""
    root = tmp_path_factory.mktemp("cli-keys")
    data = root / "data"
    result = cli_in_child(data, "demo")
    assert "recovery key" in result.stdout
    (root / "recovery.txt").write_text(
        result.stdout.split("shown only now:")[1].split()[0] + "\n", encoding="utf-8"
    )
    return data


def demo_names(folder: Path) -> list[str]:
    with driver.connect(folder / "tandem.sqlite3", keyfile.unlock(folder, PASSPHRASE)) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM family")]


def test_the_demo_folder_holds_nothing_readable(folder: Path) -> None:
    names = demo_names(folder)
    assert len(names) > 20
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.parent == backup_dir(folder) for p in files)
    for path in files:
        raw = path.read_bytes()
        assert not raw.startswith(driver.SQLITE_HEADER), path
        assert not any(name.encode() in raw for name in names), path
        if raw.strip():
            with pytest.raises(ValueError):
                json.loads(raw)


def test_every_command_works_with_the_passphrase_file(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_passphrase = ("--data-dir", str(folder), "--passphrase-file", str(passphrase_file(tmp_path)))
    assert run(capsys, *with_passphrase, "check")[0] == 0
    code, out = run(capsys, *with_passphrase, "backup", "--out", str(tmp_path / "copy.sqlite3"))
    assert code == 0, out
    code, out = run(capsys, *with_passphrase, "duos")
    duo_id = out.split()[0]
    code, out = run(capsys, *with_passphrase, "agreement", duo_id, "--out", str(tmp_path / "agreement.pdf"))
    assert code == 0 and (tmp_path / "agreement.pdf").read_bytes().startswith(b"%PDF"), out
    code, out = run(capsys, *with_passphrase, "restore", str(tmp_path / "copy.sqlite3"))
    assert code == 0, out
    assert run(capsys, *with_passphrase, "check")[0] == 0

    sealed = tmp_path / "export.tandem"
    export_passphrase = written(tmp_path / "export-passphrase.txt", "voor de collega in Brugge")
    code, out = run(
        capsys,
        *with_passphrase,
        "export",
        "--out",
        str(sealed),
        "--export-passphrase-file",
        str(export_passphrase),
    )
    assert code == 0 and "encrypted" in out, out
    raw = sealed.read_bytes()
    assert not any(name.encode() in raw for name in demo_names(folder))
    with pytest.raises(ValueError):
        json.loads(raw)

    test_key(tmp_path / "other")  # a colleague's programme
    other = ("--data-dir", str(tmp_path / "other"), "--passphrase-file", str(passphrase_file(tmp_path)))
    wrong = written(tmp_path / "wrong.txt", "niet de zin van de export")
    code, out = run(capsys, *other, "import", str(sealed), "--export-passphrase-file", str(wrong))
    assert (
        code == 1 and "does not open" in out and "Traceback" not in out and len(out.strip().splitlines()) == 1
    )
    code, out = run(capsys, *other, "import", str(sealed), "--export-passphrase-file", str(export_passphrase))
    assert code == 0 and "Added" in out, out

    shared = tmp_path / "for-a-developer.json"
    code, out = run(
        capsys, *with_passphrase, "export", "--plain", "--without-sensitive", "--out", str(shared)
    )
    assert code == 0 and "not encrypted" in out, out
    families = json.loads(shared.read_text(encoding="utf-8"))["tables"]["family"]
    assert families and all(f["sensitive_constraints"] == "" and f["notes"] == "" for f in families)

    cut = tmp_path / "cut.tandem"
    cut.write_bytes(raw[: len(raw) - 100])
    code, out = run(capsys, *other, "import", str(cut), "--export-passphrase-file", str(export_passphrase))
    assert code == 1 and "cut short" in out


@pytest.mark.usefixtures("keychain_is_empty")
def test_without_a_passphrase_with_a_wrong_one_or_a_damaged_key_file_one_clear_line(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "--data-dir", str(folder), "check")  # no terminal under pytest: nobody to ask
    assert code == 1 and "--passphrase-file" in out and len(out.strip().splitlines()) == 1
    wrong = written(tmp_path / "wrong.txt", "dit is niet de wachtwoordzin")
    code, out = run(capsys, "--data-dir", str(folder), "--passphrase-file", str(wrong), "check")
    assert code == 1 and "does not open" in out and len(out.strip().splitlines()) == 1

    copy = tmp_path / "damaged"
    copy.mkdir()
    (copy / KEY_NAME).write_bytes(b"\x00" * 40)
    (copy / "tandem.sqlite3").write_bytes((folder / "tandem.sqlite3").read_bytes())
    code, out = run(
        capsys, "--data-dir", str(copy), "--passphrase-file", str(passphrase_file(tmp_path)), "check"
    )
    assert code == 1 and "key file" in out and "damaged" in out and len(out.strip().splitlines()) == 1
    (copy / KEY_NAME).unlink()
    code, out = run(
        capsys, "--data-dir", str(copy), "--passphrase-file", str(passphrase_file(tmp_path)), "check"
    )
    assert code == 1 and "missing" in out and len(out.strip().splitlines()) == 1


def test_the_passphrase_is_changed_and_the_recovery_key_sets_a_new_one(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = written(tmp_path / "new.txt", "een nieuwe zin voor het nieuwe jaar")
    code, out = run(
        capsys,
        "--data-dir",
        str(folder),
        "--passphrase-file",
        str(passphrase_file(tmp_path)),
        "passphrase",
        "--new-passphrase-file",
        str(new),
    )
    assert code == 0, out
    assert run(capsys, "--data-dir", str(folder), "--passphrase-file", str(new), "check")[0] == 0

    def recover(key_file: Path, new_passphrase: Path) -> tuple[int, str]:
        return run(
            capsys, "--data-dir", str(folder), "recover",
            "--recovery-key-file", str(key_file), "--new-passphrase-file", str(new_passphrase),
        )  # fmt: skip

    recovery = folder.parent / "recovery.txt"
    code, out = recover(recovery, written(tmp_path / "short.txt", "kort"))
    assert code == 1 and "at least" in out
    code, out = recover(recovery, passphrase_file(tmp_path))
    assert code == 0, out
    assert (
        run(capsys, "--data-dir", str(folder), "--passphrase-file", str(passphrase_file(tmp_path)), "check")[
            0
        ]
        == 0
    )
    code, out = recover(written(tmp_path / "wrong-key.txt", "0000-0000-0000-0000-0000-0000-0000-0000"), new)
    assert code == 1 and "not the recovery key" in out


def test_a_passphrase_file_named_by_mistake_is_refused_in_one_line(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    video = tmp_path / "holiday.jpg"
    video.write_bytes(b"\xff\xd8\xff\xe0" + bytes(10_000_000))  # ten megabytes of a photo: no text
    code, out = run(capsys, "--data-dir", str(folder), "--passphrase-file", str(video), "check")
    assert code == 1 and "is not UTF-8 text" in out and len(out.strip().splitlines()) == 1
    code, out = run(
        capsys, "--data-dir", str(folder), "--passphrase-file", str(tmp_path / "missing.txt"), "check"
    )
    assert code == 1 and "cannot be read" in out and len(out.strip().splitlines()) == 1
