"""Reading an export as a stream (_Reader): the envelope's fields and checks, then the records one at a time,
with where each lies in the file so that it can be read again; and why a file is refused as unreadable."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .file_format import FORMAT_NAME, FORMAT_VERSION
from .report import ImportRejected, _shown
from .sealed import NotOpened, SealedReader, is_sealed

# A larger file is refused before it is read. An export of ten years of a large programme (200,000
# activities) is some 150 MB. (Below 2**32: see _SPAN_BITS.)
MAX_FILE_BYTES = 1024**3
# The largest single value (a record, or a field of the envelope) read; a programme's records are kilobytes.
MAX_VALUE_CHARS = 64 * 1024**2
# What the reader reads at a time. A record longer than this (a 10 MB name) makes the buffer grow to hold it.
_READ_SIZE = 1024**2
_WHITESPACE = " \t\n\r"
# What the reader passes on at the start of a table: a list of records follows, or its value is not a list.
TABLE_START = object()
NOT_A_LIST = object()
# A record's place in the file is kept as one number, its first byte * 2**32 + its length: a record is
# shorter than the file, and the file than MAX_FILE_BYTES.
_SPAN_BITS = 32


class _BadJSON(Exception):
    def __init__(self, line: int, column: int) -> None:
        super().__init__(f"line {line}, column {column}")
        self.where = f"line {line}, column {column}"


def _cannot_read(path: Path, exc: OSError) -> ImportRejected:
    return ImportRejected(
        QT_TRANSLATE_NOOP("domain", "{path} cannot be read: {reason}."),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def _not_json(path: Path, where: str) -> ImportRejected:
    return ImportRejected(
        QT_TRANSLATE_NOOP(
            "domain",
            "{path} cannot be imported: it is not valid JSON (error at {where}). "
            "The file may be incomplete or damaged.",
        ),
        path=str(path),
        where=where,
    )


def _value_too_large(path: Path, at: _BadJSON) -> ImportRejected:
    return ImportRejected(
        QT_TRANSLATE_NOOP(
            "domain",
            "{path} cannot be imported: the value at {where} is larger than {maximum} MB, which no record of "
            "a programme is. The file is damaged or not an export.",
        ),
        path=str(path),
        where=at.where,
        maximum=MAX_VALUE_CHARS // 1024**2,
    )


@dataclass
class _Record:
    """A record as the file gives it, and where it is in the file (bytes), to be read again when applied."""

    table: str
    raw: Any
    start: int
    end: int


class _Reader:
    """An export read as a stream: the envelope's fields, and the records of its tables one at a time.

    json.load would hold the whole document at once: some 350 MB of Python objects for 200,000 activities,
    besides the text. This reads the file a megabyte at a time, walks the envelope and the `tables` object
    itself, and leaves each record (or any other value) to the json module's decoder. It also hashes the file
    as it goes. The layout does not matter: any JSON with the export's structure reads the same way.
    """

    def __init__(self, path: Path, passphrase: str | None = None) -> None:
        self.path = Path(path)
        try:
            size = self.path.stat().st_size
            if size > MAX_FILE_BYTES:
                # Refused before reading: parsing a file this size would take the laptop's memory.
                raise ImportRejected(
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "{path} is too large to import ({size} MB; at most {maximum} MB). "
                        "It is not an export of one programme.",
                    ),
                    path=str(self.path),
                    size=size // 1024**2,
                    maximum=MAX_FILE_BYTES // 1024**2,
                )
            self._file: io.RawIOBase | io.BufferedIOBase = self._open(passphrase)
        except OSError as exc:
            raise _cannot_read(self.path, exc) from exc
        self._hash = hashlib.sha256()
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._json = json.JSONDecoder()
        self._buffer = ""
        self._pos = 0  # in the buffer
        self._offset = 0  # the file's byte offset of the buffer's position
        self._line = 1  # the line of the buffer's start, and the characters of that line before it
        self._column = 0
        self._eof = False
        self.envelope: dict[str, Any] = {}
        try:
            bom = self._file.read(len(codecs.BOM_UTF8))
        except OSError as exc:
            self._file.close()
            raise _cannot_read(self.path, exc) from exc
        if bom == codecs.BOM_UTF8:  # tolerate the BOM some editors add
            self._hash.update(bom)
            self._offset = len(bom)
        else:
            self._file.seek(0)

    def _open(self, passphrase: str | None) -> io.RawIOBase | io.BufferedIOBase:
        """The file's JSON: the file itself, or a sealed export opened with its passphrase (sealed.py)."""
        if not is_sealed(self.path):
            return self.path.open("rb")
        if passphrase is None:
            raise ImportRejected(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "{path} is an encrypted export: give the passphrase it was made with (--export-passphrase-file).",
                ),
                path=str(self.path),
            )
        try:
            return SealedReader(self.path, passphrase)
        except NotOpened:
            raise ImportRejected(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "This passphrase does not open {path}, or the file was changed or cut short. Check the "
                    "passphrase the export was made with, or make the export again.",
                ),
                path=str(self.path),
            ) from None

    def close(self) -> None:
        self._file.close()

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file: known once every record was read."""
        return self._hash.hexdigest()

    def _more(self) -> bool:
        """Read the next piece of the file into the buffer; False at its end."""
        if self._eof:
            return False
        try:
            data = self._file.read(_READ_SIZE)
        except OSError as exc:
            raise _cannot_read(self.path, exc) from exc
        self._hash.update(data)
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise ImportRejected(
                QT_TRANSLATE_NOOP(
                    "domain", "{path} is not a Tandem Desktop export: it is not a UTF-8 text file."
                ),
                path=str(self.path),
            ) from exc
        if not data:
            self._eof = True
            return False
        # What was read before the position is done with: drop it, keeping count of lines for messages.
        done = self._buffer[: self._pos]
        newline = done.rfind("\n")
        self._line += done.count("\n")
        self._column = self._column + len(done) if newline < 0 else len(done) - newline - 1
        self._buffer = self._buffer[self._pos :] + text
        self._pos = 0
        return True

    def _advance(self, to: int) -> None:
        self._offset += len(self._buffer[self._pos : to].encode("utf-8"))
        self._pos = to

    def _error(self, at: int | None = None) -> _BadJSON:
        at = self._pos if at is None else at
        newline = self._buffer.rfind("\n", 0, at)
        line = self._line + self._buffer.count("\n", 0, at)
        return _BadJSON(line, at - newline if newline >= 0 else self._column + at + 1)

    def _peek(self) -> str:
        """The next character after white space ('' at the end of the file)."""
        while True:
            at = self._pos
            while at < len(self._buffer) and self._buffer[at] in _WHITESPACE:
                at += 1
            self._advance(at)
            if at < len(self._buffer) or not self._more():
                return self._buffer[self._pos : self._pos + 1]

    def _expect(self, characters: str) -> str:
        found = self._peek()
        if not found or found not in characters:
            raise self._error()
        self._advance(self._pos + 1)
        return found

    def _value(self) -> tuple[Any, int, int]:
        """The next JSON value, with the file's byte offsets of its start and end."""
        self._peek()
        while True:
            try:
                value, end = self._json.raw_decode(self._buffer, self._pos)
            except (ValueError, RecursionError) as exc:
                # The value may go on in the part of the file not read yet; if not, the file is not JSON. (A
                # number of more than 4,300 digits is a ValueError too, and deep nesting a RecursionError.)
                # Each retry decodes the value from its start again: one value past MAX_VALUE_CHARS is no
                # record of a programme, and reading on would take minutes for nothing.
                if len(self._buffer) - self._pos > MAX_VALUE_CHARS:
                    raise _value_too_large(self.path, self._error()) from exc
                if self._more():
                    continue
                raise self._error(exc.pos if isinstance(exc, json.JSONDecodeError) else None) from exc
            # A number ending where the buffer ends may go on in the next piece.
            if end == len(self._buffer) and self._more():
                continue
            start = self._offset
            self._advance(end)
            return value, start, self._offset

    def _items(self, close: str) -> Iterator[None]:
        """The items of an object or array whose opening bracket was read: yields before each item."""
        if self._peek() == close:
            self._advance(self._pos + 1)
            return
        while True:
            yield
            if self._expect("," + close) == close:
                return

    def _key(self) -> str:
        key = self._value()[0]
        if not isinstance(key, str):
            raise self._error()
        self._expect(":")
        return key

    def records(self) -> Iterator[_Record]:
        """The records of every table, in the file's order, each table's announced first by a _Record whose raw
        is TABLE_START (or NOT_A_LIST, when its value is not a list). The envelope's other fields land in
        `envelope`, checked at the end of the file, or as soon as the tables begin when they come first (so
        that a file of a newer format is refused before its records are read)."""
        try:
            if self._peek() != "{":  # not an object: read it whole, for check_envelope to say what it is
                document = self._value()[0]
                if self._peek():
                    raise self._error()  # something after the document
                check_envelope(document, str(self.path))
                return
            self._expect("{")
            tables = False
            for _ in self._items("}"):
                key = self._key()
                if key == "tables" and self._peek() == "{":
                    if {"format", "format_version"} <= self.envelope.keys():
                        check_envelope({**self.envelope, "tables": {}}, str(self.path))
                    tables = True
                    self.envelope.pop("tables", None)
                    yield from self._tables()
                else:
                    self.envelope[key] = self._value()[0]
                    tables = tables and key != "tables"  # the last "tables" is the one that counts
            if self._peek():
                raise self._error()  # something after the document
            check_envelope({**self.envelope, **({"tables": {}} if tables else {})}, str(self.path))
        except _BadJSON as exc:
            raise _not_json(self.path, exc.where) from None

    def _tables(self) -> Iterator[_Record]:
        self._expect("{")
        for _ in self._items("}"):
            name = self._key()
            if self._peek() != "[":
                self._value()
                yield _Record(name, NOT_A_LIST, 0, 0)
                continue
            self._expect("[")
            yield _Record(name, TABLE_START, 0, 0)
            for _ in self._items("]"):
                raw, start, end = self._value()
                yield _Record(name, raw, start, end)

    def reread(self, start: int, end: int) -> Any:
        """The value at these byte offsets, read again (the records to apply are not kept in memory)."""
        try:
            self._file.seek(start)
            data = self._file.read(end - start)
        except OSError as exc:
            raise _cannot_read(self.path, exc) from exc
        return json.loads(data.decode("utf-8"))


def check_envelope(document: Any, path: str = "The file") -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} is not a Tandem Desktop export. Choose a file made with “export” in Tandem Desktop.",
            ),
            path=path,
        )
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("domain", "{path} is damaged: its format version ({version}) is not valid."),
            path=path,
            version=_shown(version),
        )
    if version > FORMAT_VERSION:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} was made by a newer version of Tandem Desktop (export format {version}); this version "
                "reads formats up to {supported}. Update Tandem Desktop, then import the file again.",
            ),
            path=path,
            version=version if version < 10**6 else _shown(version),
            supported=FORMAT_VERSION,
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportRejected(
            QT_TRANSLATE_NOOP("domain", "{path} is damaged: it holds no tables of records."), path=path
        )
    return tables
