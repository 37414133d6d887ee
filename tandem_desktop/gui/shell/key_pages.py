"""The pages that ask for the key to the data, shown in the main window's stack like the opening page: the
passphrase (at start, on the lock screen), a new passphrase (first run), the recovery key once made, and the
recovery key typed back when the passphrase is lost. Widgets only: what their signals lead to (deriving the
key, opening the store) is the start-up's. Each page is a narrow centred column, like a login page."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tandem_desktop import keychain
from tandem_desktop.db import cipher
from tandem_desktop.documents.emergency_sheet import EmergencySheetTexts, emergency_sheet_pdf
from tandem_desktop.files import write_file
from tandem_desktop.gui.common.file_dialogs import save_file_name

log = logging.getLogger(__name__)
W = TypeVar("W", bound=QWidget)

COLUMN_WIDTH = 480
_PROBLEM_STYLE = "color: #b3261e;"
_NOTE_STYLE = "color: #4a5b5e;"
_LINK_STYLE = (
    "QPushButton { border: none; padding: 2px 0; color: #1f6f78; text-decoration: underline; }"
    "QPushButton:focus { background: #dde8ea; } QPushButton:disabled { color: #8a9a9d; }"
)
_KEY_STYLE = "background: #eef3f4; border: 1px solid #d5dfe1; border-radius: 4px; padding: 12px;"


def _named(widget: W, name: str, default: bool = False) -> W:
    """`widget` named for the style sheet and the tests; a label wraps, a button may be the default one."""
    widget.setObjectName(name)
    if isinstance(widget, QLabel):
        widget.setWordWrap(True)
    if isinstance(widget, QPushButton):
        widget.setDefault(default)
    return widget


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = _named(QLineEdit(parent), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _monospace(widget: QWidget, point_size: int, bold: bool = False) -> None:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(bold)
    widget.setFont(font)


class _CheckText(QLabel):
    """A checkbox's text that wraps (a QCheckBox's own does not, and a translation may be longer)."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text, box.parentWidget())
        self.setWordWrap(True)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._box.click()  # nothing when the box is disabled


class KeyPage(QWidget):
    """A page's frame: a heading, an intro and a message line in a centred column that subclasses fill."""

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._busy = False
        self._busy_text = ""
        self._first: QWidget = self  # what has the focus when the page is shown
        self._inputs: list[QWidget] = []  # what cannot be used while busy
        self.title = _named(QLabel(self), "pageHeading")
        self.intro = _named(QLabel(self), "pageIntro")
        self.message = _named(QLabel(self), "keyMessage")
        # Room for two lines kept: the column does not jump when a message comes or goes.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)
        box = QWidget(self)
        box.setMaximumWidth(COLUMN_WIDTH)
        self.column = QVBoxLayout(box)
        self.column.setContentsMargins(0, 0, 0, 0)
        self._add(self.title, self.intro, 12)
        row = QHBoxLayout()
        # The column takes its full width before the sides get the rest: centred, narrower in a small window.
        row.addStretch(1)
        row.addWidget(box, 10)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _add(self, *parts: QWidget | int | tuple[QWidget, ...]) -> None:
        """Widgets, spacings (an int) and rows of buttons (a tuple, at the right) to the column, top down."""
        for part in parts:
            if isinstance(part, QWidget):
                self.column.addWidget(part)
            elif isinstance(part, int):
                self.column.addSpacing(part)
            else:
                row = QHBoxLayout()
                row.addStretch(1)
                for button in part:
                    row.addWidget(button)
                self.column.addLayout(row)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet(_PROBLEM_STYLE if problem else _NOTE_STYLE)
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        """While the key is derived (about half a second) nothing can be typed or pressed, and the page says so."""
        self._busy = busy
        for widget in self._inputs:
            widget.setEnabled(not busy)
        self._update()
        if busy:
            self._say(self._busy_text)
        else:
            if self.message.text() == self._busy_text:
                self._say("")
            self._first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, text: str) -> None:
        """`text` under the field (a wrong passphrase or key), and what was typed selected, to be typed over."""
        self.set_busy(False)  # the focus back in the first field
        self._say(text, problem=True)
        if isinstance(self._first, QLineEdit):
            self._first.selectAll()

    def _update(self) -> None:
        """Enable what may be pressed now."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first.setFocus(Qt.FocusReason.OtherFocusReason)


class UnlockPage(KeyPage):
    """The passphrase, at start and on the lock screen."""

    submitted = Signal(str, bool)  # the passphrase, and whether to remember it on this computer
    recovery_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("unlockPage", parent)
        self.title.setText(self.tr("Open the programme"))
        self.intro.setText(self.tr("Type your passphrase to open the data."))
        self.passphrase = _password_field(self, "passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.remember = _named(QCheckBox(self.tr("Remember on this computer"), self), "remember")
        self.remember.setVisible(keychain.available())
        self.unlock_button = _named(QPushButton(self.tr("Open"), self), "unlockButton", default=True)
        forgot = self.tr("I forgot my passphrase: use the recovery key")
        self.use_recovery_key = _named(QPushButton(forgot, self), "useRecoveryKey")
        self.use_recovery_key.setStyleSheet(_LINK_STYLE)
        self.use_recovery_key.setCursor(Qt.CursorShape.PointingHandCursor)
        self._add(self.passphrase, self.remember, self.message, (self.unlock_button,), 16)
        self.column.addWidget(self.use_recovery_key, 0, Qt.AlignmentFlag.AlignLeft)
        self._first = self.passphrase
        self._inputs = [self.passphrase, self.remember, self.use_recovery_key]
        self._busy_text = self.tr("Opening…")
        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.use_recovery_key.clicked.connect(self.recovery_requested)
        self._update()

    def locked_title(self) -> str:
        """The lock screen's heading, translated here: `page.set_title(page.locked_title())`."""
        return self.tr("Tandem Desktop is locked")

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def clear(self) -> None:
        self.passphrase.clear()
        self._say("")

    def _update(self) -> None:
        self.unlock_button.setEnabled(not self._busy and bool(self.passphrase.text()))

    def _submit(self) -> None:
        if self.unlock_button.isEnabled():
            remember = self.remember.isChecked() and not self.remember.isHidden()
            self.submitted.emit(self.passphrase.text(), remember)


class NewPassphrasePage(KeyPage):
    """A new passphrase, typed twice, with a hint on its strength as she types."""

    chosen = Signal(str)
    join_requested = (
        Signal()
    )  # a new folder may start from a colleague's team instead (gui/team/join_dialog.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("newPassphrasePage", parent)
        self.title.setText(self.tr("Choose a passphrase"))
        intro = self.tr("The passphrase protects the data. You type it each time you open Tandem Desktop.")
        self.intro.setText(intro)
        first_label = QLabel(self.tr("&Passphrase"), self)
        self.first = _password_field(self, "newPassphrase")
        first_label.setBuddy(self.first)
        repeat_label = QLabel(self.tr("&Type it again"), self)
        self.repeat = _password_field(self, "repeatPassphrase")
        repeat_label.setBuddy(self.repeat)
        self.hint = _named(QLabel(self), "strengthHint")
        tip = self.tr("A few words you remember, with a space between them, make a strong passphrase.")
        self.tip = _named(QLabel(tip, self), "passphraseTip")
        self.tip.setStyleSheet(_NOTE_STYLE)
        self.show_passphrase = _named(QCheckBox(self.tr("Show the passphrase"), self), "showPassphrase")
        self.choose_button = _named(QPushButton(self.tr("Continue"), self), "choosePassphrase", default=True)
        self._add(first_label, self.first, 4, repeat_label, self.repeat, self.hint, self.tip, 4)
        self._add(self.show_passphrase, self.message, (self.choose_button,), 16)
        self.join_team = _named(QPushButton(self.tr("Join a colleague's team…"), self), "joinTeam")
        self.join_team.setStyleSheet(_LINK_STYLE)
        self.join_team.setCursor(Qt.CursorShape.PointingHandCursor)
        self.join_team.clicked.connect(self.join_requested)
        self.join_team.hide()  # shown for a new folder only (key_prompt.py)
        self.column.addWidget(self.join_team, 0, Qt.AlignmentFlag.AlignLeft)
        self._first = self.first
        self._inputs = [self.first, self.repeat, self.show_passphrase, self.join_team]
        self._busy_text = self.tr("Opening…")
        self.first.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.first.returnPressed.connect(lambda: self.repeat.setFocus(Qt.FocusReason.TabFocusReason))
        self.repeat.returnPressed.connect(self._choose)
        self.choose_button.clicked.connect(self._choose)
        self.show_passphrase.toggled.connect(self._show_typed)
        self._update()

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)

    def _update(self) -> None:
        first, repeat = self.first.text(), self.repeat.text()
        strength = cipher.passphrase_strength(first)
        if first != repeat and repeat and len(repeat) >= len(first):
            self.hint.setText(self.tr("The two passphrases differ."))
            self.hint.setStyleSheet(_PROBLEM_STYLE)
        else:
            short = self.tr("Too short: at least %n characters.", "", cipher.MIN_PASSPHRASE_LENGTH)
            hints = (short, self.tr("Weak: add a few words."), self.tr("Fair."), self.tr("Strong."))
            self.hint.setText(hints[strength])
            self.hint.setStyleSheet("")
        self.choose_button.setEnabled(not self._busy and strength >= 1 and first == repeat)

    def _show_typed(self, shown: bool) -> None:
        for field in (self.first, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _choose(self) -> None:
        if self.choose_button.isEnabled():
            self.chosen.emit(self.first.text())


class RecoveryKeyPage(KeyPage):
    """The recovery key, shown once: saved as the emergency sheet, and her word that it is kept safe."""

    done = Signal()

    def __init__(
        self, recovery_key: str, data_folder: str, organisation: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__("recoveryKeyPage", parent)
        # The key is never logged: whoever reads it and has the laptop reads the data.
        self._sheet = functools.partial(
            emergency_sheet_pdf, recovery_key, data_folder=data_folder, organisation=organisation
        )
        self.title.setText(self.tr("Your emergency sheet"))
        self.intro.setText(
            self.tr(
                "This recovery key opens the data when the passphrase is lost. It is shown only now. Save or "
                "print the emergency sheet and keep it in a safe place, away from this laptop."
            )
        )
        groups = recovery_key.split("-")  # two rows of four groups, as on the sheet
        self.key = _named(QLabel("\n".join("-".join(groups[i : i + 4]) for i in (0, 4)), self), "recoveryKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setStyleSheet(_KEY_STYLE)
        _monospace(self.key, 20, bold=True)
        self.save_button = _named(QPushButton(self.tr("Save the emergency sheet…"), self), "saveSheet")
        kept = self.tr("I have saved or printed the emergency sheet and will keep it safe")
        self.kept = _named(QCheckBox(self), "sheetKept")
        self.kept.setAccessibleName(kept)
        self.kept_text = _CheckText(kept, self.kept)
        self.done_button = _named(QPushButton(self.tr("Continue"), self), "recoveryKeyDone", default=True)
        self._add(self.key, 8)
        self.column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept, 0, Qt.AlignmentFlag.AlignTop)
        kept_row.addWidget(self.kept_text, 1)
        self._add(self.message)
        self.column.addLayout(kept_row)
        self._add((self.done_button,))
        self._first = self.save_button
        self._inputs = [self.save_button, self.kept]
        self.save_button.clicked.connect(self.save_sheet)
        self.kept.toggled.connect(self._update)
        self.done_button.clicked.connect(self.done)
        self._update()

    def sheet_texts(self) -> EmergencySheetTexts:
        """The sheet's words in the interface's language: EmergencySheetTexts' defaults, translated."""
        return EmergencySheetTexts(
            title=self.tr("Emergency sheet"),
            intro=self.tr(
                "This sheet holds the recovery key of Tandem Desktop. "
                "With this key you can open your data again when you forget your passphrase."
            ),
            key_heading=self.tr("Your recovery key"),
            key_hint=self.tr("Type the letters and digits as you see them. Spaces and dashes do not matter."),
            keep_heading=self.tr("Where to keep this sheet"),
            keep=self.tr(
                "Keep this sheet in a safe place, for example the office safe. "
                "Keep it away from the laptop. Never put it in the same bag as the laptop."
            ),
            use_heading=self.tr("When to use the key"),
            use=self.tr(
                "Use it when you forget your passphrase. "
                "Start Tandem Desktop and choose “Use the recovery key”. Then type the key from this sheet."
            ),
            warning=self.tr(
                "Whoever has this sheet and the laptop can read all the data. Do not show it to anyone."
            ),
            lost=self.tr(
                "If you lose both your passphrase and this sheet, nobody can get the data back. "
                "Not you, not IT support, not the makers of Tandem Desktop."
            ),
            data_folder_label=self.tr("Data folder"),
            made_on_label=self.tr("Made on"),
        )

    def sheet_pdf(self) -> bytes:
        made_on = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        return self._sheet(made_on=made_on, texts=self.sheet_texts())

    def save_sheet(self) -> None:
        """Ask where, and save the sheet there; a file that cannot be written is said on the page."""
        name = self.tr("Tandem emergency sheet") + ".pdf"
        caption, filters = self.tr("Save the emergency sheet"), self.tr("PDF document (*.pdf)")
        path = save_file_name(self, caption, name, filters, ".pdf")
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            write_file(path, self.sheet_pdf())
        except OSError as error:
            reason = error.strerror or type(error).__name__
            log.warning("could not save the emergency sheet: %s", reason)
            text = self.tr("Could not save %1: %2. Choose another folder or file name.")
            self._say(text.replace("%1", str(path)).replace("%2", reason), problem=True)
            return False
        text = self.tr("Saved as %1. Print it, or keep it on a USB stick, away from this laptop.")
        self._say(text.replace("%1", str(path)))
        return True

    def _update(self) -> None:
        self.done_button.setEnabled(not self._busy and self.kept.isChecked())


class RecoverPage(KeyPage):
    """The recovery key from the emergency sheet, when the passphrase is lost."""

    submitted = Signal(str)  # the key in its printed form
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("recoverPage", parent)
        self.title.setText(self.tr("Use the recovery key"))
        intro = self.tr("Type the recovery key from the emergency sheet. Spaces and dashes do not matter.")
        self.intro.setText(intro)
        self.key_input = _named(QLineEdit(self), "recoveryKeyInput")
        self.key_input.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_input.setAccessibleName(self.tr("Recovery key"))
        _monospace(self.key_input, 12)
        self.back_button = _named(QPushButton(self.tr("Back"), self), "recoverBack")
        recover = self.tr("Open with the recovery key")
        self.recover_button = _named(QPushButton(recover, self), "recoverButton", default=True)
        self._add(self.key_input, self.message, (self.back_button, self.recover_button))
        self._first = self.key_input
        self._inputs = [self.key_input, self.back_button]
        self._busy_text = self.tr("Opening…")
        self.key_input.textChanged.connect(self._update)
        self.key_input.returnPressed.connect(self._submit)
        self.recover_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back)
        self._update()

    def _update(self) -> None:
        key = cipher.normalise_recovery_key(self.key_input.text())
        self.recover_button.setEnabled(not self._busy and key is not None)

    def _submit(self) -> None:
        if self.recover_button.isEnabled():  # a recovery key, then
            self.submitted.emit(cipher.normalise_recovery_key(self.key_input.text()))
