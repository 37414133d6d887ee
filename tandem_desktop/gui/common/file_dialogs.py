"""Asking for a file to save or open: the dialog opens in the folder used last (in this session), else in the
user's Documents folder; never in the program's working folder, where a bare file name would put it (on
Windows the folder the program was installed in). Qt's dialog shows in the interface language through Qt's own
catalogue (gui/shell/language.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None  # where the coordinator saved or chose a file last, for this session


def start_folder() -> Path:
    """Where the next file dialog opens."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()  # a system without a Documents folder


def remember(folder: Path) -> None:
    global _last_folder
    _last_folder = folder


def forget() -> None:
    """Back to the Documents folder (a new session; tests)."""
    global _last_folder
    _last_folder = None


def save_file_name(parent: QWidget | None, caption: str, name: str, filters: str, suffix: str) -> Path | None:
    """The file the user chose to save as (`name` proposed), with `suffix` (".pdf") added when it was left off;
    None when she cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(start_folder() / name), filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember(path.parent)
    return path


def open_file_name(parent: QWidget | None, caption: str, filters: str) -> Path | None:
    """The file the user chose to open; None when she cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, str(start_folder()), filters)
    if not chosen:
        return None
    path = Path(chosen)
    remember(path.parent)
    return path
