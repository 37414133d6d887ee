"""An export sealed with a passphrase: the JSON of the export, encrypted and authenticated piece by piece.

An export holds everything the database holds; written plain, it would undo the encryption of the data folder
the moment it is copied to a USB stick. So `export` seals it by default, with a passphrase asked for the
export (not the data folder's own: the colleague who imports it must not learn that one).

The layout, so that it can be read in any year with the standard algorithms it names:

    TANDEM-SEALED-EXPORT\\n
    {"version": 1, "kdf": "argon2id", "time_cost": …, "memory_kib": …, "parallelism": …, "salt": …,
     "nonce_prefix": …, "chunk": 1048576}\\n
    the pieces: each CHUNK bytes of the JSON (the last one shorter), sealed with AES-256-GCM

The key is Argon2id of the passphrase. Piece i is sealed with the nonce nonce_prefix (7 bytes) + i (4 bytes)
+ 1 byte that is 1 for the last piece only, and the header line as associated data: a piece moved, dropped,
or a file cut short after a piece, does not open (the STREAM construction of Hoang, Reyhanitabar, Rogaway and
Vizár). Pieces can be opened one at a time, in any order: the import reads the file as a stream and reads
records again by their offsets, and neither needs the whole export in memory, nor a plain copy on disk.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tandem_desktop.db import cipher
from tandem_desktop.db.cipher import PassphraseCost

MAGIC = b"TANDEM-SEALED-EXPORT\n"
VERSION = 1
CHUNK = 1 << 20
TAG = 16
NONCE_PREFIX = 7
MAX_HEADER = 4096


class NotOpened(Exception):
    """The passphrase does not open the export, or the file was changed or cut short."""


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False  # the reader names the fault


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class SealedWriter(io.RawIOBase):
    """Writes sealed pieces to `file` as the JSON is written to it; `close()` seals the last piece."""

    def __init__(self, file: IO[bytes], passphrase: str, cost: PassphraseCost | None = None) -> None:
        super().__init__()
        cost = cost or cipher.PASSPHRASE_COST
        salt = os.urandom(cipher.SALT_BYTES)
        self._prefix = os.urandom(NONCE_PREFIX)
        header = {
            "version": VERSION,
            "kdf": "argon2id",
            "time_cost": cost.time_cost,
            "memory_kib": cost.memory_kib,
            "parallelism": cost.parallelism,
            "salt": cipher.b64(salt),
            "nonce_prefix": cipher.b64(self._prefix),
            "chunk": CHUNK,
        }
        self._header = (json.dumps(header) + "\n").encode("ascii")
        self._aead = AESGCM(cipher.passphrase_key(passphrase, salt, cost))
        self._file = file
        self._pending = bytearray()
        self._index = 0
        file.write(MAGIC + self._header)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._pending += bytes(data)
        # Keep at least one byte back: the last piece is sealed as the last only at close().
        while len(self._pending) > CHUNK:
            self._seal(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]
        return len(data)

    def _seal(self, piece: bytes, last: bool) -> None:
        nonce = _nonce(self._prefix, self._index, last)
        self._file.write(self._aead.encrypt(nonce, piece, self._header))
        self._index += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._pending), last=True)
            self._pending.clear()
            self._file.flush()
        super().close()


class SealedReader(io.RawIOBase):
    """The JSON of a sealed export, read and sought as a plain binary file is; each piece opened when read."""

    def __init__(self, path: Path, passphrase: str) -> None:
        super().__init__()
        self._file = path.open("rb")
        try:
            if self._file.read(len(MAGIC)) != MAGIC:
                raise NotOpened("not a sealed export")
            self._header = self._file.readline(MAX_HEADER)
            header = json.loads(self._header)
            cost = PassphraseCost(
                int(header["time_cost"]), int(header["memory_kib"]), int(header["parallelism"])
            )
            salt, self._prefix = cipher.unb64(header["salt"]), cipher.unb64(header["nonce_prefix"])
            if (
                header.get("version") != VERSION
                or int(header["chunk"]) != CHUNK
                or len(self._prefix) != NONCE_PREFIX
            ):
                raise NotOpened("an unknown layout")
            self._aead = AESGCM(cipher.passphrase_key(passphrase, salt, cost))
        except (KeyError, TypeError, ValueError) as exc:
            self._file.close()
            raise NotOpened("a damaged header") from exc
        except BaseException:
            self._file.close()
            raise
        self._start = self._file.tell()
        sealed_size = os.fstat(self._file.fileno()).st_size - self._start
        self._pieces = max(1, -(-sealed_size // (CHUNK + TAG)))
        self.size = sealed_size - self._pieces * TAG
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        self._piece(0)  # a wrong passphrase is told now, not in the middle of the import

    def _piece(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._file.seek(self._start + index * (CHUNK + TAG))
        sealed = self._file.read(CHUNK + TAG)
        try:
            piece = self._aead.decrypt(
                _nonce(self._prefix, index, index == self._pieces - 1), sealed, self._header
            )
        except InvalidTag:
            raise NotOpened("the passphrase does not open it, or it was changed") from None
        self._cached = (index, piece)
        return piece

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            index, within = divmod(self._pos, CHUNK)
            piece = self._piece(index)[within : within + len(view) - done]
            view[done : done + len(piece)] = piece
            done += len(piece)
            self._pos += len(piece)
        return done

    def close(self) -> None:
        self._file.close()
        super().close()
