"""Logging to a file in the data folder: where unexpected errors go instead of to the user's screen."""

from __future__ import annotations

import logging
import logging.handlers
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
