"""The one SQLite library of the app: SQLCipher's build of SQLite (`sqlcipher3`), for every connection.

The engine, the backups, the integrity checks and the restore all connect through `connect` here: one library
in one process (two SQLite libraries on one file break each other's POSIX locks), and one place where a
connection is keyed. A database without a key is an ordinary SQLite file (read only to encrypt one made by an
earlier version, or a plain backup to restore).

The key is the raw data key (`PRAGMA key = "x'…'"`), first on each connection: SQLCipher would otherwise
derive a key from a passphrase at every connection (a quarter of a second each, measured). A wrong key shows
only at the first read: the first statement of the caller (every one is classified by db/faults.py).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlite

from .cipher import DataKey

Error = sqlite.Error
Connection = sqlite.Connection
DBAPI = sqlite

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher 4's page size: an encrypted file is a whole number of them.
CIPHER_PAGE_SIZE = 4096


def is_plain(path: Path) -> bool:
    """Whether `path` starts as an unencrypted SQLite database does (an encrypted one starts with its salt)."""
    with path.open("rb") as file:
        return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def uri(path: Path, *, read_only: bool = False) -> str:
    """`path` as an SQLite URI (a name with "?" or "#" in it stays a name)."""
    return f"file:{quote(path.as_posix())}" + ("?mode=ro" if read_only else "")


def connect(path: Path, key: DataKey | None, *, read_only: bool = False) -> sqlite.Connection:
    """A connection to `path`, keyed with `key` (None: a plain file), in autocommit mode. A key that does not
    open the file (or a damaged file) raises SQLITE_NOTADB at the first statement that reads it."""
    conn = sqlite.connect(
        uri(path, read_only=read_only), uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        # SQLCipher writes its own errors (a page that does not decrypt) to stderr: the app says them itself.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {key.sqlcipher_key()}")
        # Sorts and temporary indexes of a large query stay in memory: never plain pages in a temporary file.
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn
