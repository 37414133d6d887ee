"""Choosing languages in the intake forms: one (`LanguageCombo`) or several in order (`LanguageListEdit`).

The languages are the reference list of `core.languages`, named and sorted in the interface language. A code
that is not on the list (from an import, say) is shown as it is and kept, never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core import languages
from tandem_desktop.core.search import fold
from tandem_desktop.gui.common.collation import text_key
from tandem_desktop.gui.common.folding_completer import FoldingCompleter, add_folded_item
from tandem_desktop.gui.shell.language import current_ui_language

NONE_TEXT = "—"  # the first entry of the list: no language


class LanguageCombo(QComboBox):
    """One language from the reference list, or none. Type part of a name ("arab") to find it; text that
    names no language is not taken: when the focus leaves, the field shows the last valid value again."""

    changed = Signal()  # only when the user changes the value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code: str | None = None
        self._unknown: list[str] = []  # codes not on the reference list, set by set_code
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text never becomes an entry
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = FoldingCompleter(self.model(), self)  # "oekraiens" finds "Oekraïens"
        self.setCompleter(completer)
        # Enter on typed text with nothing picked in the completer's list takes the text (see eventFilter).
        popup = completer.popup()  # made on the first call: never None
        assert popup is not None
        self.completion_popup = popup
        self.completion_popup.installEventFilter(self)
        self.activated.connect(self._accept)
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.returnPressed.connect(self.take_typed)
        self.retranslate()

    # The value -------------------------------------------------------------------------------------

    def code(self) -> str | None:
        """The chosen language's code, None for none. Text being typed counts once taken (Enter, leaving the
        field, or `commit()`)."""
        return self._code

    def set_code(self, code: str | None) -> None:
        """Show `code` (None: none); an unknown code is shown as it is. No `changed`."""
        code = code or None
        unknown = [code] if code is not None and languages.language(code) is None else []
        self._code = code
        if unknown != self._unknown:
            self._unknown = unknown
            self._fill()
        self._show(self._index_of(code))

    def commit(self) -> None:
        """Take the typed text as the value when it names one language; otherwise show the value again.
        Done when the focus leaves the field."""
        if not self.take_typed():
            self._show(self._index_of(self._code))

    def take_typed(self) -> bool:
        """Take the typed text as the value if it names one language (done on Enter); else leave it be."""
        index = self._resolve(self.currentText())
        if index is None:
            return False
        self._accept(index)
        return True

    # Inside ----------------------------------------------------------------------------------------

    def _accept(self, index: int) -> None:
        if index < 0:
            return
        code = self.itemData(index)
        self._show(index)
        if code != self._code:
            self._code = code
            self.changed.emit()

    def _show(self, index: int) -> None:
        self.setCurrentIndex(index)
        # None shows as an empty field with the placeholder, ready to type in.
        self.setEditText("" if index <= 0 else self.itemText(index))

    def _index_of(self, code: str | None) -> int:
        for index in range(self.count()):
            if self.itemData(index) == code:
                return index
        return 0

    def _resolve(self, text: str) -> int | None:
        """The entry `text` names: the same name (any case or accents), else the only name containing it."""
        wanted = fold(text)
        if not wanted:  # nothing, or the dash of no language
            return 0
        names = [(index, fold(self.itemText(index))) for index in range(1, self.count())]
        exact = [index for index, name in names if name == wanted]
        if exact:
            return exact[0]
        containing = [index for index, name in names if wanted in name]
        return containing[0] if len(containing) == 1 else None

    def _fill(self) -> None:
        ui_language = current_ui_language()
        blocked = self.blockSignals(True)
        self.clear()
        self.addItem(NONE_TEXT, None)
        self.setItemData(0, self.tr("No language"), Qt.ItemDataRole.ToolTipRole)
        # Dutch first, since every buddy speaks it; then in the order of the interface language.
        key = text_key()
        for language in sorted(
            languages.all_languages(), key=lambda lang: (lang.code != "nl", key(lang.name(ui_language)))
        ):
            add_folded_item(self, language.name(ui_language), language.code)
        for code in self._unknown:
            add_folded_item(self, code, code)
        self.blockSignals(blocked)

    def retranslate(self) -> None:
        self._fill()
        self._show(self._index_of(self._code))
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Type to search…"))
        self.setAccessibleDescription(
            self.tr("Type part of a language's name, then choose it from the list.")
        )

    def completion_picked(self) -> bool:
        """Whether an entry of the completer's list is highlighted (Enter then takes that entry)."""
        popup = self.completion_popup
        selection = popup.selectionModel()
        return popup.currentIndex().isValid() and selection is not None and selection.hasSelection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.completion_popup and _is_enter(event) and not self.completion_picked():
            self.completion_popup.hide()
            self.take_typed()
            return True
        return super().eventFilter(watched, event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling a long form over the field must not change the language.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A popup (the list, the completer) or another window taking over is not leaving the field.
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.commit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _is_enter(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    )


class _ChosenList(QListWidget):
    """The chosen languages, one per row; says so when there are none."""

    delete_pressed = Signal(int)  # the row

    ROW_HEIGHT = 26
    MAX_ROWS = 5

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.placeholder = ""
        self.fit_height()

    def fit_height(self) -> None:
        rows = min(max(self.count(), 1), self.MAX_ROWS)
        self.setFixedHeight(rows * self.ROW_HEIGHT + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            self.delete_pressed.emit(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(6, 0, -6, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.placeholder,
            )
            painter.end()


class LanguageListEdit(QWidget):
    """Several languages, in the order they were added, without duplicates: a LanguageCombo with an Add button
    (Enter in the combo adds), and below them the chosen ones (Delete or the small cross removes one)."""

    changed = Signal()  # only when the user adds or removes a language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        # Made in the order of the tab chain, which is also the order on screen.
        self.combo = LanguageCombo(self)
        self.combo.installEventFilter(self)
        # Installed after the combo's own filter on its completer list, so it runs first.
        self.combo.completion_popup.installEventFilter(self)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)  # Enter in a dialog must not add by surprise
        self.add_button.clicked.connect(self._add_chosen)
        self.chosen = _ChosenList(self)
        self.chosen.delete_pressed.connect(self._remove_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        adding = QHBoxLayout()
        adding.setSpacing(6)
        adding.addWidget(self.combo, 1)
        adding.addWidget(self.add_button)
        layout.addLayout(adding)
        layout.addWidget(self.chosen)
        # A form label's buddy (and Tab) lands where languages are added.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.combo)
        self.retranslate()

    # The value -------------------------------------------------------------------------------------

    def codes(self) -> list[str]:
        return list(self._codes)

    def set_codes(self, codes: Sequence[str]) -> None:
        """Show `codes` in this order (duplicates once; unknown codes as they are). No `changed`."""
        self._codes = list(dict.fromkeys(code for code in codes if code))
        self.chosen.clear()
        for code in self._codes:
            self._append_row(code)
        self.chosen.fit_height()

    # Adding and removing -----------------------------------------------------------------------------

    def _add_chosen(self) -> None:
        if not self.combo.take_typed():
            return  # text that names no language stays there to be corrected
        code = self.combo.code()
        if code is None:
            return
        self.combo.set_code(None)
        if code in self._codes:  # already there: point at it instead of adding it twice
            self.chosen.setCurrentRow(self._codes.index(code))
            return
        self._codes.append(code)
        self._append_row(code)
        self.chosen.fit_height()
        self.chosen.scrollToBottom()
        self.changed.emit()

    def _remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._codes):
            return
        del self._codes[row]
        self.chosen.takeItem(row)  # its remove button goes with it
        self.chosen.fit_height()
        if self._codes:
            self.chosen.setCurrentRow(min(row, len(self._codes) - 1))
        self.changed.emit()

    def _remove_code(self, code: str) -> None:
        if code in self._codes:
            self._remove_row(self._codes.index(code))

    def _append_row(self, code: str) -> None:
        item = QListWidgetItem(self.chosen)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setSizeHint(QSize(0, _ChosenList.ROW_HEIGHT))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 3, 0)
        row.addStretch(1)
        remove = QToolButton(holder)
        remove.setObjectName("removeLanguage")
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # from the keyboard: Delete on the row
        remove.setFixedSize(22, 22)
        remove.clicked.connect(lambda _checked=False, code=code: self._remove_code(code))
        row.addWidget(remove)
        self.chosen.setItemWidget(item, holder)
        self._label_row(item)

    def _label_row(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        name = languages.language_name(code, current_ui_language())
        item.setText(name)
        holder = self.chosen.itemWidget(item)
        remove = holder.findChild(QToolButton, "removeLanguage") if holder else None
        if remove is not None:
            tip = self.tr("Remove %1").replace("%1", name)
            remove.setToolTip(tip)
            remove.setAccessibleName(tip)

    def remove_button(self, code: str) -> QToolButton:
        """The small cross of `code`'s row."""
        item = self.chosen.item(self._codes.index(code))
        holder = self.chosen.itemWidget(item)
        button = holder.findChild(QToolButton, "removeLanguage") if holder else None
        if button is None:
            raise KeyError(code)
        return button

    # Keyboard and language ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the combo adds (and is not passed on to a dialog's default button); in the completer's
        # list, Enter on a highlighted entry picks it (Enter again adds), and on typed text adds that.
        if _is_enter(event) and (
            (watched is self.combo and not self.combo.view().isVisible())
            or (watched is self.combo.completion_popup and not self.combo.completion_picked())
        ):
            self.combo.completion_popup.hide()
            self._add_chosen()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        # No mnemonic: a form can hold several of these, and their shortcuts would clash.
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(
            self.tr("Add this language to the list (Enter in the field does the same)")
        )
        self.chosen.setAccessibleName(self.tr("Chosen languages"))
        self.chosen.setAccessibleDescription(self.tr("Press Delete to remove the selected language."))
        self.chosen.placeholder = self.tr("No languages yet")
        self.chosen.viewport().update()
        self.combo.setAccessibleName(self.tr("Language to add"))
        for row in range(self.chosen.count()):
            item = self.chosen.item(row)
            if item is not None:
                self._label_row(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
