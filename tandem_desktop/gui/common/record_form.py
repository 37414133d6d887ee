"""What the family and the buddy forms share: saving with validation at the fields, the notice of a
likely duplicate, and asking before unsaved changes are lost.

A form subclasses RecordForm, builds its Designer form (which has `tabs`, `errorSummary`,
`duplicateNotice` and `buttons`), sets `_errors` and `_original`, and fills in the hooks.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from tandem_desktop.core.errors import DomainError, ValidationFailed
from tandem_desktop.core.families import PossibleDuplicate
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.dates import UnreadableDate
from tandem_desktop.gui.common.field_errors import FieldErrors
from tandem_desktop.gui.common.form_dialog import Work, open_dialog
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.privacy_actions import PrivacyButtons
from tandem_desktop.gui.common.unsaved import may_close
from tandem_desktop.messages import UserFacingError


class RecordForm(QDialog):
    saved = Signal(uuid.UUID)
    open_record_requested = Signal(uuid.UUID)  # a name clicked in the duplicate notice

    ui: Any
    _errors: FieldErrors
    _original: Any  # the draft as loaded (or as last saved): "unsaved changes" compare with it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writing = False  # a save is under way
        self._acknowledged: list[uuid.UUID] = []  # duplicates the coordinator has seen for this save
        self.history_button: QPushButton | None = None
        self.privacy: PrivacyButtons | None = None
        self.erased_on: dt.date | None = None
        self.last_dialog: QDialog | None = None

    def offer_record_actions(
        self, store: Store, table: str, record_id: uuid.UUID | None, erased_on: dt.date | None
    ) -> None:
        """A stored record's form has a History button (when, who and which fields changed: history_dialog.py),
        and the privacy duties' buttons (privacy_actions.py); an erased record is shown read-only."""
        if record_id is None:
            return
        button = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName("historyButton")
        button.setAutoDefault(False)

        def show() -> None:
            from tandem_desktop.gui.common.history_dialog import HistoryDialog

            name = self.ui.nameEdit.text().strip()
            self.last_dialog = open_dialog(HistoryDialog(store, table, record_id, name, self))

        button.clicked.connect(show)
        self.history_button = button
        self.privacy = PrivacyButtons(self, self.ui.buttons, store, table, record_id)
        self.privacy.erased = lambda: self._erased(record_id)
        self._retranslate_actions()
        if erased_on is not None:
            self._show_erased(erased_on)

    def _retranslate_actions(self) -> None:
        if self.history_button is not None:
            self.history_button.setText(QCoreApplication.translate("RecordForm", "&History…"))
        if self.privacy is not None:
            self.privacy.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_actions()
        super().changeEvent(event)

    def _erased(self, record_id: uuid.UUID) -> None:
        """Erased on request: what the form shows is gone from the store; the list reloads, the form closes."""
        self._original = self.draft()  # nothing here is "unsaved" any more
        self.saved.emit(record_id)
        self.accept()

    def _show_erased(self, erased_on: dt.date) -> None:
        """Read-only: every tab can still be looked at, nothing changed or saved; a notice says why."""
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            tabs.widget(index).setEnabled(False)
        self.save_button().setEnabled(False)
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(QCoreApplication.translate("RecordForm", "&Close"))
        assert self.privacy is not None
        self.privacy.erase_button.hide()
        self.ui.duplicateNotice.setText(
            QCoreApplication.translate(
                "RecordForm", "The personal data was erased on %1. What is left cannot be changed."
            ).replace("%1", short_date(erased_on))
        )
        self.ui.duplicateNotice.show()
        self.erased_on = erased_on

    def connect_common(self) -> None:
        """Call after setupUi: the buttons, Ctrl+S and the duplicate notice's links."""
        self.ui.errorSummary.hide()
        self.ui.duplicateNotice.hide()
        self.ui.duplicateNotice.setTextFormat(Qt.TextFormat.RichText)
        self.ui.duplicateNotice.linkActivated.connect(
            lambda href: self.open_record_requested.emit(uuid.UUID(href))
        )
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.activated.connect(self.save)

    # -- hooks ---------------------------------------------------------------------------------------
    def draft(self) -> Any:
        raise NotImplementedError

    def validation_errors(self, draft: Any) -> list[DomainError]:
        """Core's errors for the draft, plus what the form itself could not read (a year in letters)."""
        raise NotImplementedError

    def show_table_errors(self, errors: list[DomainError]) -> QWidget | None:
        """Mark the errors of rows in tables (members, trainings); returns the table to focus, if any."""
        return None

    def find_duplicates(self, draft: Any) -> list[PossibleDuplicate]:
        raise NotImplementedError

    def write(self, draft: Any) -> Work:
        """The work that saves the draft (run by the operation runner: no widget in it); it returns the id."""
        raise NotImplementedError

    def before_save(self) -> None:
        """Take in what is still being typed (a language name, say)."""

    def duplicate_texts(self) -> tuple[str, str]:
        """The question above the likely duplicates, and the hint under them."""
        raise NotImplementedError

    def unsaved_text(self) -> str:
        raise NotImplementedError

    # -- saving --------------------------------------------------------------------------------------
    def has_changes(self) -> bool:
        try:
            return bool(self.draft() != self._original)
        except UnreadableDate:  # a date half-typed is a change: closing must not drop it silently
            return True

    def save_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        """Check the form, then save it through the operation runner; the form closes once it is saved."""
        self.before_save()
        errors: list[DomainError]
        try:
            draft = self.draft()
        except UnreadableDate as error:  # shown at its field; the rest waits until it is a date
            draft, errors = None, [error]
        else:
            errors = self.validation_errors(draft)
        first = self._errors.show(errors)
        table = self.show_table_errors(errors)
        if errors:
            self.ui.errorSummary.setText(
                QCoreApplication.translate(
                    "RecordForm",
                    "Not saved yet: correct the fields marked in red. Nothing you typed is lost.",
                )
            )
            self.ui.errorSummary.show()
            target = first or table
            if target is not None:
                self._bring_forward(target)
                target.setFocus()
            return
        self.ui.errorSummary.hide()
        assert draft is not None
        hints = [hint for hint in self.find_duplicates(draft) if hint.id not in self._acknowledged]
        if hints:
            self._show_duplicates(hints)
            return
        if self.writing:
            return  # saved twice (Ctrl+S held down): the first save is still under way
        work = self.write(draft)  # read here, on the GUI thread; run in the worker
        self.writing = True
        self.save_button().setEnabled(False)
        runner().run(
            lambda _progress: work(),
            parent=self,
            done=lambda record_id: self._written(draft, record_id),
            failed=self._refused,
        )

    def _written(self, draft: Any, record_id: object) -> None:
        assert isinstance(record_id, uuid.UUID)
        self.writing = False
        self.save_button().setEnabled(True)
        self._original = draft
        self._original.id = record_id
        self.saved.emit(record_id)
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        """What core refused, or a fault of the store (a full disk): shown, and nothing typed is lost."""
        self.writing = False
        self.save_button().setEnabled(True)
        if isinstance(error, ValidationFailed):  # the rules changed between the check and the save
            self._errors.show(error.errors)
            return True
        if isinstance(error, UserFacingError):
            QMessageBox.warning(self, self.windowTitle(), user_message(error))
            return True
        return False

    def _bring_forward(self, widget: QWidget) -> None:
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(widget):
                tabs.setCurrentIndex(i)
                return

    def _show_duplicates(self, hints: list[PossibleDuplicate]) -> None:
        lines = [
            QCoreApplication.translate("domain", hint.reason).format(
                **{k: f'<a href="{hint.id}">{v}</a>' if k == "name" else v for k, v in hint.params.items()}
            )
            for hint in hints
        ]
        question, hint = self.duplicate_texts()
        self.ui.duplicateNotice.setText(f"<b>{question}</b><br>" + "<br>".join(lines) + f"<br>{hint}")
        self.ui.duplicateNotice.show()
        self._acknowledged += [h.id for h in hints]
        self.save_button().setText(QCoreApplication.translate("RecordForm", "Save anyway"))

    def save_button_text(self) -> str:
        """The save button's text for the language of the moment (after a language change)."""
        if self._acknowledged:
            return QCoreApplication.translate("RecordForm", "Save anyway")
        return QCoreApplication.translate("RecordForm", "&Save")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter finishes a field (a language, a table cell); it does not save a half-typed intake, as a dialog's
        # default button would. Saving is Ctrl+S or the Save button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    # -- closing -------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.writing:
            return  # the save under way decides: the form closes with it, or stays with the refusal shown
        if self._confirm_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() == QDialog.DialogCode.Accepted or self._confirm_close():
            event.accept()
        else:
            event.ignore()

    def _confirm_close(self) -> bool:
        """Unsaved changes: save, discard or stay. True when the form may close."""

        # Saving closes the form when it succeeds; otherwise the errors show and it stays open.
        def save() -> bool:
            self.save()
            return False  # the form closes itself once it is saved

        return may_close(self, self.has_changes(), self.unsaved_text(), save)
