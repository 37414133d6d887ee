"""The base of the app's short dialogs (a form whose OK writes through the operation runner), and how every
dialog of a page is opened."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop import APP_NAME
from tandem_desktop.core.errors import ValidationFailed
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.field_errors import FieldErrors
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.messages import UserFacingError

# What a dialog hands the runner: a call into core with the values read from the form.
Work = Callable[[], object]

D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D) -> D:
    """Open `dialog` window-modal, without a nested event loop (a test can drive it, the window repaints),
    to be deleted once closed; the page keeps it as `last_dialog`. What it changes reloads the pages through
    the runner's notification: the page has nothing to reload itself."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class FormDialog(QDialog):
    """A heading line, a form, OK/Cancel.

    On OK, `apply()` reads the form (on the GUI thread) and returns the work that writes it; the operation
    runner runs that work, and `applied(result)` follows on success before the dialog closes. What core
    refuses, or a fault of the store (a full disk), is shown at the field it is about, or in a message, and
    the dialog stays open with everything typed in it.
    """

    def __init__(self, store: Store, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store = store
        self.setMinimumWidth(520)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._errors: FieldErrors | None = None
        self.writing = False  # the work of OK is running
        self.saved_id: uuid.UUID | None = None  # the record the work saved, when it returns one

    def ok_button_text(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text)

    def watch_fields(self, fields: Mapping[str, QWidget]) -> None:
        """Call once the form is filled: core's `field` names and the widgets they are shown at."""
        self._errors = FieldErrors(fields)

    def apply(self) -> Work:
        """Read the form into plain values and return the work that writes them: it runs in the worker,
        so it must not touch a widget. May raise a UserFacingError for what is wrong before any work."""
        raise NotImplementedError

    def applied(self, result: object) -> None:
        """After the work succeeded, on the GUI thread, before the dialog closes: keep what it made."""

    def _accept(self) -> None:
        if self.writing:
            return  # OK pressed twice: the first save is still under way
        try:
            work = self.apply()
        except UserFacingError as error:
            self._refused(error)
            return
        self.writing = True
        self.buttons.setEnabled(False)
        runner().run(lambda _progress: work(), parent=self, done=self._written, failed=self._refused)

    def reject(self) -> None:
        if self.writing:
            return  # the save under way decides: the dialog closes with it, or stays with the refusal shown
        super().reject()

    def _written(self, result: object) -> None:
        self.writing = False
        self.buttons.setEnabled(True)
        if isinstance(result, uuid.UUID):
            self.saved_id = result
        self.applied(result)
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        """A rule, or a fault of the store: shown here, and the dialog stays open with what was typed."""
        self.writing = False
        self.buttons.setEnabled(True)
        if not isinstance(error, UserFacingError):
            return False  # the app's message for the unexpected
        errors = error.errors if isinstance(error, ValidationFailed) else [error]
        first = self._errors.show(errors) if self._errors is not None else None
        if first is None:  # not about a field of this form (the duo was closed elsewhere, say)
            QMessageBox.warning(self, APP_NAME, user_message(error))
        else:
            first.setFocus()
            self.fit_height()
        return True

    def fit_height(self) -> None:
        """Grow to show the messages that appeared under the fields: their wrapped lines (height for width)
        are not in the layout's minimum size, so the form would be squeezed under the buttons."""
        layout = self.layout()
        if layout is None:
            return
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)
