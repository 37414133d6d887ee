"""The organisation's own wording of the agreement: every part of the text, per language, edited and saved as
the template's next version (core/agreement_texts.py).

What the coordinator types is kept per language until saved, so switching parts or languages loses nothing;
a part core refuses (an unknown {field}, an empty text) is marked in the list and its message is shown under the
editor; closing with unsaved edits asks first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.agreement_texts import (
    BUILT_IN_VERSION,
    Template,
    Text,
    base_language,
    languages,
    placeholders,
    read_template,
    save_template,
)
from tandem_desktop.core.errors import DomainError, ValidationFailed
from tandem_desktop.core.progress import Progress
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.unsaved import may_close

ERROR_COLOUR = QColor("#b3261e")
SHORT_LABEL = 48  # characters of a part's own text shown in the list when it has no heading of its own


def _shortened(text: Text, length: int = SHORT_LABEL) -> str:
    line = text if isinstance(text, str) else (text[0] if text else "")
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def _editor_text(text: Text | None) -> str:
    """A text as the editor shows it: a list one item per line."""
    if text is None:
        return ""
    return text if isinstance(text, str) else "\n".join(text)


def _normalised(text: Text) -> Text:
    """As core will store it (trimmed, empty list items dropped): two texts equal so are the same change."""
    if isinstance(text, str):
        return text.strip()
    return tuple(item.strip() for item in text if item.strip())


def version_text(template: Template) -> str:
    """Which version of the agreement's text is in force, in a few words."""
    if template.version == BUILT_IN_VERSION:
        return QCoreApplication.translate("AgreementTemplateDialog", "Version %1: built-in text").replace(
            "%1", str(template.version)
        )
    return (
        QCoreApplication.translate("AgreementTemplateDialog", "Version %1, saved on %2")
        .replace("%1", str(template.version))
        .replace("%2", short_date(template.saved_on))
    )


@dataclass
class _Saved:
    """What a save of the edited languages came to: the languages saved, and the first one refused."""

    template: Template | None = None
    codes: list[str] = field(default_factory=list)
    refused: tuple[str, ValidationFailed] | None = None


class AgreementTemplateDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementTemplateDialog")
        self._store = store
        self._template: Template = read_template(store)
        self._keys = list(base_language().texts)
        self.saving = False  # a save is under way
        self._edits: dict[str, dict[str, Text]] = {}  # per language, the parts typed and not yet saved
        self._errors: dict[str, dict[str, DomainError]] = {}  # per language, the parts core refused
        self._loading = False  # the editor is being filled by the dialog, not typed in

        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("templateLanguage")
        for code, language in languages().items():
            self.language.addItem(language.name, code)
        self.language_label.setBuddy(self.language)
        self.version = QLabel(self)
        self.version.setObjectName("templateVersion")
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addSpacing(24)
        top.addWidget(self.version, 1)

        self.parts = QListWidget(self)
        self.parts.setObjectName("templateParts")
        self.parts.setMinimumWidth(260)
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names end in …
        for key in self._keys:
            item = QListWidgetItem(self._part_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.parts.addItem(item)

        self.part_heading = QLabel(self)
        self.part_heading.setObjectName("templatePartHeading")
        self.part_heading.setWordWrap(True)
        font = self.part_heading.font()
        font.setBold(True)
        self.part_heading.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("templateHint")
        self.hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("templateText")
        self.editor.setTabChangesFocus(True)
        self.part_error = QLabel(self)
        self.part_error.setObjectName("fieldError")
        self.part_error.setWordWrap(True)
        self.part_error.hide()
        self.built_in = QPushButton(self)
        self.built_in.setObjectName("builtInText")
        built_in_row = QHBoxLayout()
        built_in_row.addWidget(self.built_in)
        built_in_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.part_heading)
        right.addWidget(self.hint)
        right.addWidget(self.editor, 1)
        right.addWidget(self.part_error)
        right.addLayout(built_in_row)
        middle = QHBoxLayout()
        middle.addWidget(self.parts, 2)
        middle.addLayout(right, 3)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveTemplate")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

        self.language.currentIndexChanged.connect(lambda _i: self._show_language())
        self.parts.currentRowChanged.connect(lambda _row: self._show_part())
        self.editor.textChanged.connect(self._typed)
        self.built_in.clicked.connect(self.restore_built_in)

        self.resize(980, 600)  # fits a 1366×768 screen with the task bar
        self.retranslate()
        self.parts.setCurrentRow(0)
        self._show_language()

    # -- what is shown ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Text of the agreement"))
        self.language_label.setText(self.tr("&Language"))
        self.built_in.setText(self.tr("&Built-in text"))
        self.built_in.setToolTip(self.tr("Put this part's built-in text back in the editor."))
        for row, key in enumerate(self._keys):
            self.parts.item(row).setText(self._part_label(key))
        self._show_version()
        self._show_part()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _part_label(self, key: str) -> str:
        """A part as the list names it: the Dutch heading of its section, and which piece of it."""
        base = base_language().texts
        section, _dot, piece = key.partition(".")
        heading = base.get(f"{section}.heading")
        if heading is None and piece:
            heading = _shortened(base.get(section, section), SHORT_LABEL // 2)
        # (tr() outside the f-strings: pyside6-lupdate does not find it inside one)
        if piece == "heading":
            return self.tr("%1 — heading").replace("%1", _shortened(heading or ""))
        if piece == "items":
            return self.tr("%1 — list").replace("%1", _shortened(heading or ""))
        if heading is not None:
            return f"{_shortened(heading)} — {_shortened(base[key])}"
        return _shortened(base[key])

    def _show_version(self) -> None:
        self.version.setText(version_text(self._template))

    def code(self) -> str:
        return str(self.language.currentData())

    def key(self) -> str | None:
        item = self.parts.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def text_of(self, code: str, key: str) -> Text | None:
        """The part as the editor shows it: typed and unsaved, else the version in force (None: no text)."""
        typed = self._edits.get(code, {}).get(key)
        return typed if typed is not None else self._template.texts(code).get(key)

    def _show_language(self) -> None:
        code = self.code()
        right_to_left = languages()[code].right_to_left
        self.editor.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        for row in range(self.parts.count()):
            self._mark(row)
        self._show_part()

    def _show_part(self) -> None:
        key = self.key()
        if key is None:
            return
        code = self.code()
        self.part_heading.setText(self._part_label(key))
        allowed = sorted(placeholders(base_language().texts[key]))
        is_list = isinstance(base_language().texts[key], tuple)
        hints = [self.tr("One item per line.")] if is_list else []
        if allowed:
            hints.append(
                self.tr("Fields filled in when printing: %1").replace(
                    "%1", ", ".join(f"{{{name}}}" for name in allowed)
                )
            )
        if key not in languages()[code].texts:
            hints.append(self.tr("This language has no text for this part yet: it is printed in Dutch only."))
        self.hint.setText(" ".join(hints))
        self.hint.setVisible(bool(hints))
        self._loading = True
        self.editor.setPlainText(_editor_text(self.text_of(code, key)))
        self._loading = False
        self.built_in.setEnabled(key in languages()[code].texts)
        error = self._errors.get(code, {}).get(key)
        self.part_error.setText("" if error is None else user_message(error))
        self.part_error.setVisible(error is not None)
        self.editor.setProperty("invalid", error is not None)
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)

    def _mark(self, row: int) -> None:
        """A part in error in red with its message as tooltip; a part with unsaved edits in bold."""
        item = self.parts.item(row)
        key = self._keys[row]
        code = self.code()
        error = self._errors.get(code, {}).get(key)
        item.setForeground(QBrush(ERROR_COLOUR) if error is not None else QBrush())
        item.setToolTip(user_message(error) if error is not None else item.text())
        font = QFont(item.font())
        font.setBold(key in self._edits.get(code, {}))
        item.setFont(font)

    # -- typing -----------------------------------------------------------------------------------------
    def _typed(self) -> None:
        key = self.key()
        if self._loading or key is None:
            return
        code = self.code()
        raw = self.editor.toPlainText()
        typed: Text = tuple(raw.split("\n")) if isinstance(base_language().texts[key], tuple) else raw
        current = self._template.texts(code).get(key)
        edits = self._edits.setdefault(code, {})
        unchanged = (
            _normalised(typed) == _normalised(current) if current is not None else not _normalised(typed)
        )
        if unchanged:
            edits.pop(key, None)
        else:
            edits[key] = typed
        if not edits:
            del self._edits[code]
        self._mark(self.parts.currentRow())

    def restore_built_in(self) -> None:
        """The chosen part's built-in text back in the editor (saved with the rest)."""
        key = self.key()
        if key is None:
            return
        built_in = languages()[self.code()].texts.get(key)
        if built_in is not None:
            self.editor.setPlainText(_editor_text(built_in))  # counts as typed

    def has_changes(self) -> bool:
        return bool(self._edits)

    # -- saving -----------------------------------------------------------------------------------------
    def save(self, close_after: bool = False) -> bool:
        """Save every language with unsaved edits (the whole language each, as the next version), through the
        runner. A language with refused parts is shown with them marked; what was typed stays. Returns False:
        the dialog closes itself, when `close_after`, once everything is saved."""
        if self.saving:
            return False
        order = [self.code(), *(code for code in self._edits if code != self.code())]
        wholes = {
            code: {**self._template.texts(code), **self._edits[code]} for code in order if code in self._edits
        }
        store = self._store

        def work(_progress: Progress) -> _Saved:
            saved = _Saved()
            for code, whole in wholes.items():
                try:
                    saved.template = save_template(store, code, whole)
                except ValidationFailed as failed:
                    saved.refused = (code, failed)
                    break
                saved.codes.append(code)
            return saved

        self.saving = True
        runner().run(
            work, parent=self, done=lambda saved: self._saved(saved, close_after), failed=self._not_saved
        )
        return False

    def _saved(self, saved: _Saved, close_after: bool) -> None:
        self.saving = False
        if saved.template is not None:
            self._template = saved.template
        for code in saved.codes:
            del self._edits[code]
            self._errors.pop(code, None)
        if saved.refused is not None:
            code, failed = saved.refused
            self._errors[code] = {error.field: error for error in failed.errors if error.field}
            self._show_failed(code)
            return
        self._show_version()
        self._show_language()
        if close_after:
            super().reject()

    def _not_saved(self, error: BaseException) -> bool:
        self.saving = False
        return False  # a fault of the store (a full disk): the app's message; the edits stay

    def _show_failed(self, code: str) -> None:
        self._show_version()  # an earlier language of the same save may have made a version
        if self.code() != code:
            self.language.setCurrentIndex(self.language.findData(code))  # shows it, marked
        else:
            self._show_language()
        refused = self._errors.get(code, {})
        if self.key() not in refused:
            for row, key in enumerate(self._keys):
                if key in refused:
                    self.parts.setCurrentRow(row)
                    break
        self.editor.setFocus()

    # -- closing ----------------------------------------------------------------------------------------
    # Closing the window (its close button) goes through QDialog's closeEvent, which calls reject().
    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        return may_close(
            self,
            self.has_changes(),
            self.tr("Some parts of the agreement were changed but not saved. Save them?"),
            lambda: self.save(close_after=True),
        )
