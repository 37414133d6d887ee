"""Ways a database file gets damaged on a real laptop: a bad write, a cut-off copy, a full disk."""

from __future__ import annotations

from pathlib import Path

KINDS = ("zeroed header", "truncated", "damaged page")


def damage(kind: str, db: Path) -> None:
    data = bytearray(db.read_bytes())
    if kind == "zeroed header":
        data[:100] = bytes(100)
    elif kind == "truncated":
        data = data[: len(data) // 2 + 100]
    elif kind == "damaged page":
        # One page in the middle (table or index data) overwritten; the schema on page 1 stays readable.
        # An encrypted file's header is encrypted too: its pages are SQLCipher's 4096 bytes.
        plain = data.startswith(b"SQLite format 3\x00")
        page_size = int.from_bytes(data[16:18], "big") if plain else 4096
        start = (len(data) // page_size // 2) * page_size
        data[start : start + page_size] = b"\xa5" * page_size
    db.write_bytes(bytes(data))
