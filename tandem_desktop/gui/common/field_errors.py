"""Validation messages shown at the field they belong to, in the form, without losing what was typed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QSizePolicy, QTabWidget, QWidget

from tandem_desktop.gui.common.dates import DateField
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.messages import UserFacingError


def _layout_holding(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    if top is None:
        return None
    todo: list[QLayout] = [top]
    while todo:
        layout = todo.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            item = layout.itemAt(i)
            child = item.layout() if item is not None else None
            if child is not None:
                todo.append(child)
    return None


def _form_row(layout: QFormLayout, widget: QWidget) -> int:
    # PySide6 returns (row, role) here; its stubs say only `object`.
    row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(widget))
    return row


class FieldErrors:
    """An error label under each field (hidden while the field is fine); a marked field gets the
    "invalid" property that the style sheet draws in red, and its tab is brought forward."""

    def __init__(self, fields: Mapping[str, QWidget], tabs: QTabWidget | None = None) -> None:
        self._fields = dict(fields)
        self._tabs = tabs
        self._labels: dict[str, QLabel] = {}
        for name, widget in self._fields.items():
            if isinstance(widget, DateField) and widget.field_name is None:
                widget.field_name = name  # a date that cannot be read is then shown here, like core's errors
            label = QLabel(widget.parentWidget())
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            # As wide as the field's column: a form layout keeps a Preferred label at its size hint,
            # which wraps a message after a few words.
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._place(widget, label)
            label.hide()
            self._labels[name] = label

    @staticmethod
    def _place(widget: QWidget, label: QLabel) -> None:
        layout = _layout_holding(widget)
        if isinstance(layout, QFormLayout):
            row = _form_row(layout, widget)
            layout.insertRow(row + 1, "", label)
            layout.setRowVisible(row + 1, False)
        elif isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(widget) + 1, label)

    def clear(self) -> None:
        for name in self._fields:
            self._set(name, None)

    def show(self, errors: Iterable[UserFacingError]) -> QWidget | None:
        """Show each error at its field; returns the first field in error (to give it the focus)."""
        self.clear()
        first: QWidget | None = None
        for error in errors:
            if error.field in self._fields:
                self._set(error.field, user_message(error))
                first = first or self._fields[error.field]
        if first is not None and self._tabs is not None:
            for i in range(self._tabs.count()):
                page = self._tabs.widget(i)
                if page is not None and page.isAncestorOf(first):
                    self._tabs.setCurrentIndex(i)
                    break
        return first

    def has(self, name: str) -> bool:
        return self._labels[name].text() != ""

    def message(self, name: str) -> str:
        return self._labels[name].text()

    def _set(self, name: str, text: str | None) -> None:
        widget, label = self._fields[name], self._labels[name]
        label.setText(text or "")
        layout = _layout_holding(label)
        if isinstance(layout, QFormLayout):
            row = _form_row(layout, label)
            layout.setRowVisible(row, bool(text))
        label.setVisible(bool(text))
        widget.setProperty("invalid", bool(text))
        # Re-polish so the style sheet's [invalid="true"] rule follows the property.
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setToolTip(text or "")
