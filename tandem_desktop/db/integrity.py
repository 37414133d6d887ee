"""Is this file a healthy database (encrypted with the data key, or a plain one of an earlier version)?
Checked without changing it.

Only damage is a "problem" here. A file that cannot be read for another reason (no permission, a disk
error, a full disk that stops SQLite from making its shared-memory file) raises the StoreError that names
that cause (db/faults.py): such a file may be perfectly healthy, and must never be treated as damaged.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from . import driver
from .cipher import DataKey
from .driver import SQLITE_HEADER
from .faults import SQLITE_NOTADB, classify_os, classify_sqlite, is_damage, primary_code


def header_problem(path: Path) -> str | None:
    """A problem visible from the first bytes alone (cheap: done at every start). An encrypted file shows
    nothing but its length: its header is encrypted with the rest."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        fault = classify_os(exc, path)
        if fault is not None:
            raise fault from exc
        raise
    if len(header) < 100:
        return "the file is too short to be a database"
    if not header.startswith(SQLITE_HEADER):
        if path.stat().st_size % driver.CIPHER_PAGE_SIZE:
            return "the file is not a whole number of pages long (truncated?)"
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "the header names an impossible page size"
    pages_in_header = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    if size % page_size:
        return "the file is not a whole number of pages long (truncated?)"
    # The in-header page count is only trustworthy when its change counter matches (bytes 24 and 92).
    if header[24:28] == header[92:96] and pages_in_header * page_size > size:
        return f"the file is shorter than the {pages_in_header} pages its header announces (truncated)"
    return None


def check_file(path: Path, key: DataKey | None, *, quick: bool = False) -> list[str]:
    """Every problem found in the database file; an empty list means healthy.

    `quick` uses PRAGMA quick_check (done at every start); the full check adds the index
    cross-checks of integrity_check and the foreign keys.
    """
    problem = header_problem(path)
    if problem:
        return [problem]
    try:
        with closing(driver.connect(path, None if driver.is_plain(path) else key, read_only=True)) as conn:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
            problems = [] if rows == ["ok"] else [str(r) for r in rows]
            if not quick:
                for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                    problems.append(f"{table} row {rowid} refers to a missing {parent}")
            return problems
    except driver.Error as exc:
        if is_damage(exc):
            if primary_code(exc) == SQLITE_NOTADB and not driver.is_plain(path):
                return [
                    "it cannot be read with this data folder's key: it is damaged, or from another data folder"
                ]
            return [str(exc)]
        fault = classify_sqlite(exc, path)
        if fault is not None:
            raise fault from exc
        raise
