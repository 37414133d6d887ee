"""What the family and the buddy forms offer for the privacy duties: the person's own copy ("Wat we over jou
bijhouden", a PDF and the same as JSON), erasure on request (with its reason, after a safety backup), the
consent records as a line, and an erased record shown as such, read-only."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPushButton, QWidget

from tandem_desktop.core.families import ConsentLine
from tandem_desktop.core.privacy import erasing
from tandem_desktop.db.models.enums import ConsentKind
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.file_dialogs import save_file_name
from tandem_desktop.gui.common.form_dialog import FormDialog, Work, open_dialog
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.messages import UserFacingError


def erased_text(day: dt.date) -> str:
    """How an erased person's name reads in lists and forms."""
    return QCoreApplication.translate("privacy", "Erased on %1").replace("%1", short_date(day))


def consent_history(lines: Sequence[ConsentLine]) -> str:
    """The consent records, one line each: what, when, which text, who recorded it, and a withdrawal."""
    shown = []
    for line in lines:
        if line.kind == ConsentKind.DATA:
            what = QCoreApplication.translate("privacy", "Data: agreed on %1")
        elif line.given:
            what = QCoreApplication.translate("privacy", "Photos: yes, on %1")
        else:
            what = QCoreApplication.translate("privacy", "Photos: no, on %1")
        text = what.replace("%1", short_date(line.answered_on))
        if line.text_version:
            text += f" ({line.text_version})"
        if line.recorded_by:
            text += " · " + QCoreApplication.translate("privacy", "recorded by %1").replace(
                "%1", line.recorded_by
            )
        if line.withdrawn_on is not None:
            text += " · " + QCoreApplication.translate("privacy", "withdrawn on %1").replace(
                "%1", short_date(line.withdrawn_on)
            )
        shown.append(text)
    return "\n".join(shown)


def tell_file_fault(parent: QWidget, title: str, error: BaseException) -> bool:
    """A document that could not be made or written: said in a message, with the way out. True when told."""
    if isinstance(error, UserFacingError):
        QMessageBox.warning(parent, title, user_message(error))
        return True
    if isinstance(error, OSError):
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "privacy", "The file could not be written (%1). Choose another folder."
            ).replace("%1", error.strerror or type(error).__name__),
        )
        return True
    return False


class EraseDialog(FormDialog):
    """Erasure on request: what it does, the reason (without names), then the work: a safety backup and the
    erasure in one operation."""

    def __init__(self, store: Store, person: erasing.Person, parent: QWidget | None) -> None:
        super().__init__(store, parent)
        self.person = person
        self.setWindowTitle(QCoreApplication.translate("privacy", "Erase personal data"))
        self.intro.setText(
            QCoreApplication.translate(
                "privacy",
                "This erases for good the names, contacts, address, notes and free text of this person and of "
                "their duos, the scans of their agreements, and those values in the history. What the "
                "programme's figures need stays, without a name. A backup is made first.<br><br>"
                "<b>This cannot be undone.</b>",
            )
        )
        self.reason = QLineEdit(self)
        self.reason.setObjectName("eraseReason")
        self.reason.setMaxLength(erasing.MAX_REASON_LENGTH)
        self.reason.setPlaceholderText(
            QCoreApplication.translate("privacy", "e.g. asked by phone on 3 December")
        )
        self.form.addRow(QCoreApplication.translate("privacy", "&Why (no names)"), self.reason)
        self.ok_button_text(QCoreApplication.translate("privacy", "&Erase"))
        self.watch_fields({"reason": self.reason})
        self.reason.setFocus()

    def apply(self) -> Work:
        store, person, reason, today = self.store, self.person, self.reason.text(), self.store.today()
        return lambda: erasing.erase_on_request(store, person, reason, today)


class PrivacyButtons:
    """The two buttons a stored record's form gets, and how an erased record is shown."""

    def __init__(
        self, form: QWidget, buttons: QDialogButtonBox, store: Store, table: str, record_id: uuid.UUID
    ) -> None:
        self.form, self.store, self.person = form, store, erasing.Person(table, record_id)
        self.last_dialog: QWidget | None = None
        self.copy_button = self._button(buttons, "accessCopyButton", self.save_copy)
        self.erase_button = self._button(buttons, "eraseButton", self.ask_erase)
        self.erased: Callable[[], None] = lambda: None  # the form's reaction: it closes, the list reloads
        self.retranslate()

    @staticmethod
    def _button(buttons: QDialogButtonBox, name: str, slot: Callable[[], None]) -> QPushButton:
        button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.copy_button.setText(QCoreApplication.translate("privacy", "Own &copy…"))
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "privacy", "What we keep about this person: a PDF for them, and the same as data"
            )
        )
        self.erase_button.setText(QCoreApplication.translate("privacy", "E&rase…"))

    def save_copy(self) -> None:
        from tandem_desktop.core.privacy.access import access_copy
        from tandem_desktop.documents.access_copy import suggested_language, write_access_copy

        name = "wat-we-bijhouden" if self.person.table_name == "family" else "wat-we-bijhouden-buddy"
        path = save_file_name(
            self.form,
            QCoreApplication.translate("privacy", "Save the own copy"),
            f"{name}-{self.store.today().isoformat()}.pdf",
            QCoreApplication.translate("privacy", "PDF documents (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        store, person, today = self.store, self.person, self.store.today()

        def work() -> Path:
            copy = access_copy(store, person.table_name, person.record_id, today)
            return write_access_copy(copy, path, suggested_language(copy))

        runner().run(
            lambda _progress: work(),
            parent=self.form,
            done=lambda json_path: self._copy_saved(path, json_path),
            failed=self._failed,
        )

    def _copy_saved(self, pdf: Path, json_path: Path) -> None:
        QMessageBox.information(
            self.form,
            QCoreApplication.translate("privacy", "Own copy saved"),
            QCoreApplication.translate(
                "privacy",
                "Saved as %1, and the same data as %2. Give both to the person, then delete them here.",
            )
            .replace("%1", str(pdf))
            .replace("%2", json_path.name),
        )

    def _failed(self, error: BaseException) -> bool:
        return tell_file_fault(self.form, self.form.windowTitle(), error)

    def ask_erase(self) -> None:
        dialog = EraseDialog(self.store, self.person, self.form)
        dialog.accepted.connect(self.erased)
        self.last_dialog = open_dialog(dialog)
