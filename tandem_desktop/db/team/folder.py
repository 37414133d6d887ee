"""The team folder: any folder the organisation already shares (a network drive, Nextcloud, OneDrive, a USB
stick). Every laptop writes only its own files there and reads the others', so a file-syncing client never has
to merge anything; every file but the team's marker is encrypted and authenticated with the team key
(AES-256-GCM, `cipher.seal`), so the folder names no family in plain bytes.

    tandem-team.txt                      the marker: the team's id and format, and a check of the team code
    laptops/<laptop>/laptop.sealed       who the laptop is, its schema revision, when it last synced
    laptops/<laptop>/changes/<n>.sealed  its changesets, numbered from 1, each with its schema revision
    laptops/<laptop>/state.sealed        its whole programme (encrypted SQLite, at most a day old), to join from

The team key comes from the team code (eight groups of four characters, as the recovery key: 160 bits), which
the coordinator who made the team gives to her colleagues; it is kept on each laptop sealed with its data key.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .. import cipher
from ..durable import write_durably

MARKER = "tandem-team.txt"
FIRST_LINE = "TANDEM-DESKTOP-TEAM"
FORMAT = 1
_CHECK = b"tandem team code check"
MAX_CHANGESET_BYTES = 512 * 1024 * 1024  # a hostile or damaged file is not read whole into memory


class TeamFolderError(Exception):
    """The folder is not a team folder, or not this team's, or a file in it does not open: `kind` says which."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


@dataclass(frozen=True)
class Laptop:
    laptop_id: str
    name: str  # the coordinator named in its settings, and the laptop's user
    schema: str  # its schema revision at its last sync
    last_sync: dt.datetime | None
    latest: int  # its newest changeset
    state_at: dt.datetime | None = None  # when its joinable state was written


def new_team_code() -> str:
    return cipher.new_recovery_key()


def team_key(code: str, team_id: str) -> bytes:
    """The team key from the team code as typed (any case, spaces or dashes; O for 0, I or L for 1)."""
    normalised = cipher.normalise_recovery_key(code)
    if normalised is None:
        raise TeamFolderError("not_a_code")
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=cipher.KEY_BYTES, salt=team_id.encode(), info=b"tandem team key"
    )
    return hkdf.derive(normalised.encode("ascii"))


def create_marker(folder: Path, key: bytes, team_id: str, *, replace: bool = False) -> None:
    """The team's marker; `replace`: a new team code for the same team (a laptop was lost)."""
    if (folder / MARKER).exists() and not replace:
        raise TeamFolderError("already_a_team")
    check = cipher.b64(cipher.seal(key, _CHECK, b"team check"))
    write_durably(
        folder / MARKER,
        f"{FIRST_LINE}\nformat={FORMAT}\nteam={team_id}\ncheck={check}\n".encode("ascii"),
    )


def read_marker(folder: Path) -> dict[str, str]:
    try:
        raw = (folder / MARKER).read_bytes()[:4096]
    except FileNotFoundError:
        raise TeamFolderError("no_team") from None
    except OSError:
        raise TeamFolderError("unreachable") from None
    lines = raw.decode("ascii", errors="replace").splitlines()
    if not lines or lines[0] != FIRST_LINE:
        raise TeamFolderError("no_team")
    values = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    if values.get("format") != str(FORMAT) or "team" not in values or "check" not in values:
        raise TeamFolderError("damaged")
    return values


def check_code(folder: Path, code: str) -> tuple[str, bytes]:
    """The team's id and key, when `code` is this team's; TeamFolderError("wrong_code") otherwise."""
    marker = read_marker(folder)
    key = team_key(code, marker["team"])
    if not key_matches(marker, key):
        raise TeamFolderError("wrong_code")
    return marker["team"], key


def key_matches(marker: dict[str, str], key: bytes) -> bool:
    """Whether `key` is the team's key now (a new team code makes the old key stop matching)."""
    try:
        return cipher.unseal(key, cipher.unb64(marker["check"]), b"team check") == _CHECK
    except (cipher.Unsealable, ValueError):
        return False


def reseal_own(folder: Path, laptop_id: str, old: bytes, new: bytes) -> None:
    """This laptop's files under the new team key: those still under the old one (a file that opens with the new
    key already is left as it is, so that an interrupted change of code can be done again)."""
    directory = _laptop_dir(folder, laptop_id)
    files = [(directory / "laptop.sealed", _purpose("laptop", laptop_id))]
    files += [
        (directory / "changes" / f"{n:08d}.sealed", _purpose("changeset", laptop_id, n))
        for n in changeset_numbers(folder, laptop_id)
    ]
    for path, purpose in files:
        sealed = path.read_bytes()
        try:
            cipher.unseal(new, sealed, purpose)
            continue
        except cipher.Unsealable:
            pass
        write_durably(path, cipher.seal(new, cipher.unseal(old, sealed, purpose), purpose))


def _laptop_dir(folder: Path, laptop_id: str) -> Path:
    return folder / "laptops" / laptop_id


def _purpose(kind: str, laptop_id: str, number: int = 0) -> bytes:
    # Bound to its place: a file copied to another laptop's folder, or renumbered, does not open.
    return f"tandem team {kind} {laptop_id} {number}".encode()


def write_changeset(
    folder: Path, key: bytes, laptop_id: str, number: int, schema: str, changes: bytes
) -> None:
    header = json.dumps({"schema": schema}).encode() + b"\n"
    sealed = cipher.seal(key, header + changes, _purpose("changeset", laptop_id, number))
    write_durably(_laptop_dir(folder, laptop_id) / "changes" / f"{number:08d}.sealed", sealed)


def read_changeset(folder: Path, key: bytes, laptop_id: str, number: int) -> tuple[str, bytes]:
    """A changeset's schema revision and bytes; TeamFolderError("damaged") when it does not open."""
    path = _laptop_dir(folder, laptop_id) / "changes" / f"{number:08d}.sealed"
    try:
        if path.stat().st_size > MAX_CHANGESET_BYTES:
            raise TeamFolderError("damaged")
        plain = cipher.unseal(key, path.read_bytes(), _purpose("changeset", laptop_id, number))
        header, _, changes = plain.partition(b"\n")
        return str(json.loads(header)["schema"]), changes
    except (cipher.Unsealable, ValueError, KeyError, TypeError):
        raise TeamFolderError("damaged") from None


def changeset_numbers(folder: Path, laptop_id: str) -> list[int]:
    changes = _laptop_dir(folder, laptop_id) / "changes"
    try:
        names = [p.name for p in changes.iterdir()]
    except FileNotFoundError:
        return []
    return sorted(int(n[:8]) for n in names if len(n) == 15 and n.endswith(".sealed") and n[:8].isdigit())


def laptop_ids(folder: Path) -> list[str]:
    try:
        return sorted(p.name for p in (folder / "laptops").iterdir() if p.is_dir() and _is_id(p.name))
    except FileNotFoundError:
        return []


def _is_id(text: str) -> bool:
    try:
        return uuid.UUID(text).hex == text
    except ValueError:
        return False


def write_laptop(folder: Path, key: bytes, laptop: Laptop) -> None:
    data: dict[str, Any] = {
        "name": laptop.name,
        "schema": laptop.schema,
        "last_sync": laptop.last_sync.isoformat() if laptop.last_sync else None,
        "latest": laptop.latest,
        "state_at": laptop.state_at.isoformat() if laptop.state_at else None,
    }
    sealed = cipher.seal(key, json.dumps(data).encode(), _purpose("laptop", laptop.laptop_id))
    write_durably(_laptop_dir(folder, laptop.laptop_id) / "laptop.sealed", sealed)


def read_laptop(folder: Path, key: bytes, laptop_id: str) -> Laptop | None:
    try:
        raw = (_laptop_dir(folder, laptop_id) / "laptop.sealed").read_bytes()[: 64 * 1024]
        data = json.loads(cipher.unseal(key, raw, _purpose("laptop", laptop_id)))
        last, state_at = data.get("last_sync"), data.get("state_at")
        return Laptop(
            laptop_id,
            str(data.get("name", "")),
            str(data.get("schema", "")),
            dt.datetime.fromisoformat(last) if last else None,
            int(data.get("latest", 0)),
            dt.datetime.fromisoformat(state_at) if state_at else None,
        )
    except (OSError, cipher.Unsealable, ValueError, TypeError, AttributeError):
        return None


def state_path(folder: Path, laptop_id: str) -> Path:
    """A laptop's whole programme as of `Laptop.state_at`: SQLCipher with the team key, for a laptop that joins."""
    return _laptop_dir(folder, laptop_id) / "state.sealed"
