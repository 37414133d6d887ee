"""What `pdffonts` (poppler-utils, installed by .ci/system-deps) says of a PDF's fonts."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_fonts(pdf: bytes, folder: Path) -> list[tuple[str, bool]]:
    """Each font the PDF uses: its name without the subset prefix ("ABCDEF+"), and whether it is embedded."""
    path = folder / "fonts-of.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in lines.splitlines()[2:] if line.strip()]
    # Columns: name type encoding emb sub uni object ID; the type and encoding may hold spaces.
    return [(row[0].split("+")[-1], row[-5] == "yes") for row in rows]
