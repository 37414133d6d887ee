"""Logging to a file in the data folder: where unexpected errors go instead of to the user's screen, told
without the data (kinds of error and where they happened, never their texts)."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from tandem_desktop import paths

LOG_NAME = "tandem.log"


def setup_file_logging(data_dir: Path) -> Path | None:
    """Log to data_dir/logs/tandem.log (rotated); returns the file, or None when it cannot be written."""
    folder = paths.log_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / LOG_NAME


def failure_details(error: BaseException) -> str:
    """What the log keeps of an unexpected error: the kind of each error in its chain (with SQLite's name of
    the fault) and where it happened, file, line and code. Not the errors' texts: a text may quote what was
    being saved (a pydantic error its input, a value that did not parse, a name), and the log is no place
    for a family's data."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(_kind(current) + "\n" + "".join(traceback.extract_tb(current.__traceback__).format()))
        current = current.__cause__ or current.__context__
    # The first cause last, as Python prints a chain.
    return "\nwhich was raised while handling\n".join(reversed(parts))


def _kind(error: BaseException) -> str:
    kind = f"{type(error).__module__}.{type(error).__qualname__}"
    original = getattr(error, "orig", None)  # SQLAlchemy's wrapper around the driver's error
    fault = original if isinstance(original, Exception) else error
    # The driver's errors (SQLCipher's build of SQLite) carry SQLite's name of the fault.
    name = getattr(fault, "sqlite_errorname", None)
    return f"{kind} ({name})" if isinstance(name, str) else kind
