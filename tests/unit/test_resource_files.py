"""Resources are found by one helper, the same from a source checkout and from an installed wheel."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tandem_desktop.db.migrate import SCHEMA_HEAD
from tandem_desktop.resource_files import resource_path, resource_root

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ["style.qss", "icons/tandem.svg", "translations/tandem_nl.qm", "demo/families.json"]


def test_from_the_source_checkout() -> None:
    assert resource_root() == ROOT / "resources"
    for name in NEEDED:
        assert resource_path(*name.split("/")).is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("tandem_desktop-*.whl")
    return built


def test_the_wheel_carries_resources_forms_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in NEEDED:
        assert f"tandem_desktop/resources/{name}" in names
    assert "tandem_desktop/gui/forms/ui_main_window.py" in names
    assert any(n.startswith("tandem_desktop/db/migrations/versions/0001") for n in names)
    assert "tandem_desktop/db/migrations/script.py.mako" in names


def test_from_a_wheel_installed_into_a_scratch_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The wheel is installed for real, by pip; its dependencies come from this environment, added
    # behind it on the path, so that nothing is downloaded.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
    )
    deps = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    (purelib / "zz_test_dependencies.pth").write_text("\n".join(deps) + "\n")
    probe = (
        "import tandem_desktop, tandem_desktop.resource_files as r, tandem_desktop.db.migrate as m;"
        "from tandem_desktop.gui.forms import ui_main_window;"
        "print(tandem_desktop.__file__); print(r.resource_path('style.qss')); print(m.head_revision())"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    result = subprocess.run(
        [str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path, env=env
    )
    package_file, style, head = result.stdout.split()
    assert Path(package_file).is_relative_to(purelib), "the installed copy, not the checkout, was imported"
    assert Path(style) == purelib / "tandem_desktop" / "resources" / "style.qss"
    assert Path(style).is_file()
    assert head == SCHEMA_HEAD, "the wheel carries every migration"
    assert (venv / "bin" / "tandem-desktop").is_file(), "the wheel installs the command"
