"""The one way to find a file under resources/: from a source checkout, an installed wheel and the bundle.

The wheel and the PyInstaller bundle carry resources/ inside the package (tandem_desktop/resources);
a source checkout has it at the top level, beside the package.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_root() -> Path:
    packaged = Path(str(resources.files("tandem_desktop") / "resources"))
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the resources folder is missing (looked in {packaged} and {checkout})")


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
