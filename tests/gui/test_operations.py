"""The operation runner: work runs off the GUI thread (the window keeps painting), long work shows its progress
and can be cancelled without leaving anything half done, and what it changed reaches every page once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tandem_desktop.core.progress import Cancelled, Progress
from tandem_desktop.db.changes import Changes
from tandem_desktop.db.models import Organisation
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.network.organisation_dialogs import OrganisationDialog
from tandem_desktop.gui.overview.overview_page import OverviewPage
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import answer_next_message_box, work_done


class _CountingLabel(QLabel):
    def __init__(self) -> None:
        super().__init__("…")
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def _progress_dialog() -> QProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    return found[0] if found else None


def _organisations(store: Store) -> list[str]:
    with store.session() as session:
        return [o.name for o in session.exec(select(Organisation))]


def _slow_import(store: Store, names: list[str], go_on: threading.Event) -> Callable[[Progress], int]:
    """Work that writes in one transaction, step by step, reporting progress; it waits for the test between
    the first and second step, as a long import would take its time."""

    def work(progress: Progress) -> int:
        with store.transaction() as session:
            for done, name in enumerate(names):
                session.add(Organisation(name=name))
                session.flush()
                progress(done + 1, len(names))
                if done == 0:
                    go_on.wait(timeout=20)
        return len(names)

    return work


def test_the_window_repaints_while_long_work_runs_and_its_progress_shows(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    label = _CountingLabel()
    window.statusBar().addWidget(label)
    go_on = threading.Event()
    finished: list[int] = []
    runner().run(
        _slow_import(window.store, ["Bibliotheek", "Sportdienst"], go_on),
        parent=window,
        done=finished.append,
        progress="Importeren…",
    )
    try:
        assert runner().busy
        before = label.paints
        label.setText("still painting")  # the GUI thread is free: the change is painted at once
        qtbot.waitUntil(lambda: label.paints > before)
        qtbot.waitUntil(lambda: _progress_dialog() is not None)  # after a moment, not at once
        dialog = _progress_dialog()
        assert dialog is not None and dialog.labelText() == "Importeren…"
        assert dialog.findChild(QPushButton) is None  # not cancellable: no button that does nothing
        qtbot.waitUntil(lambda: dialog.value() == 1 and dialog.maximum() == 2)
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: not runner().busy)
    assert finished == [2]
    assert _progress_dialog() is None
    assert sorted(_organisations(window.store)) == ["Bibliotheek", "Sportdienst"]


def test_cancel_leaves_nothing_half_done(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    go_on = threading.Event()
    finished: list[int] = []
    with work_done(qtbot):
        runner().run(
            _slow_import(window.store, ["Bibliotheek", "Sportdienst", "OCMW"], go_on),
            parent=window,
            done=finished.append,
            progress="Importeren…",
            cancellable=True,
        )
        qtbot.waitUntil(lambda: _progress_dialog() is not None)
        dialog = _progress_dialog()
        assert dialog is not None
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Annuleren"
        cancel.click()
        go_on.set()  # the work reaches its next step and stops there
    assert finished == []  # no "done": nothing to go on from
    assert _organisations(window.store) == []  # the first, written before the cancel, rolled back too
    assert _progress_dialog() is None


def test_what_changed_reaches_the_pages_once(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    heard: list[Changes] = []
    runner().changed.connect(heard.append)
    go_on = threading.Event()
    go_on.set()
    with work_done(qtbot):
        runner().run(_slow_import(window.store, ["Bibliotheek", "OCMW"], go_on), parent=window)
    assert len(heard) == 1
    assert heard[0].kinds == {"organisation"} and len(heard[0].ids("organisation")) == 2
    assert not window.organisations.isVisible() and window.organisations._stale  # reloaded when shown


def test_a_failure_in_the_worker_is_told_without_a_traceback_and_logged_without_the_data(
    qtbot: QtBot, open_window: Callable[[], MainWindow], caplog: pytest.LogCaptureFixture
) -> None:
    window = open_window()
    seen: list[str] = []

    family = "Gezin " + "Haile"  # a value, as a saved family's name would be (the log quotes code lines)

    def broken(_progress: Progress) -> None:
        raise RuntimeError(f"a bug, with {family} in its text")

    answer_next_message_box("OK", seen)
    with work_done(qtbot):
        runner().run(broken, parent=window)
    assert seen and "Er ging iets mis" in seen[0]
    assert "Haile" not in seen[0] and "Traceback" not in seen[0]
    # The log says what kind of error, and where: not its text, which quotes the data.
    assert "builtins.RuntimeError" in caplog.text and "in broken" in caplog.text
    assert "Haile" not in caplog.text


def test_the_window_does_not_close_while_work_is_under_way(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    go_on = threading.Event()
    runner().run(_slow_import(window.store, ["Bibliotheek", "OCMW"], go_on), parent=window)
    try:
        assert not window.close()
        assert window.isVisible()
        assert window.statusBar().currentMessage() == "Even geduld: er wordt nog gewerkt en bewaard."
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: not runner().busy)
    assert sorted(_organisations(window.store)) == ["Bibliotheek", "OCMW"]


def test_a_cancelled_demo_leaves_an_empty_programme_and_can_be_loaded_again(
    qtbot: QtBot, open_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    overview = window.overview
    run = runner().run

    def cancelled_at_once(work: Callable[[Progress], object], **kwargs: Any) -> object:
        def cancelled(_done: int, _total: int) -> None:
            raise Cancelled  # what the progress of a cancelled operation raises at the next step

        return run(lambda _progress: work(cancelled), **kwargs)

    monkeypatch.setattr(runner(), "run", cancelled_at_once)
    with work_done(qtbot):
        qtbot.mouseClick(overview.demo_button, Qt.MouseButton.LeftButton)
    monkeypatch.undo()
    assert overview.demo_button.isEnabled()  # ready to be tried again
    assert _families_counted(overview) == 0
    with work_done(qtbot, timeout=60_000):
        qtbot.mouseClick(overview.demo_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Het voorbeeldprogramma is geladen."
    assert _families_counted(overview) > 0


def _families_counted(overview: OverviewPage) -> int:
    return sum(int(label.text()) for label in overview.families_box.findChildren(QLabel, "count"))


def test_escape_while_a_save_runs_does_not_close_the_form(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    go_on = threading.Event()
    runner().run(_slow_import(window.store, ["Bibliotheek", "OCMW"], go_on), parent=window)  # ahead in line
    dialog = OrganisationDialog(window.store, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Sportdienst Gent")
    try:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.writing and not dialog.buttons.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # the save under way decides
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: not runner().busy)
    assert not dialog.isVisible()
    assert sorted(_organisations(window.store)) == ["Bibliotheek", "OCMW", "Sportdienst Gent"]
