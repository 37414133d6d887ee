"""Match suggestions drawn as cards: the name and score on top, then every reason on its own line, marked
✓ (counts for the match), ✕ (excludes it) or • (worth knowing). Excluded suggestions are greyed, never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tandem_desktop.core.matching import Reason, Suggestion
from tandem_desktop.gui.common.labels import match_reason_text

Index = QModelIndex | QPersistentModelIndex
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1

FOR = "for"  # a reason that counts for the match
AGAINST = "against"  # a reason that excludes it
NOTE = "note"  # worth knowing, counts neither way

_MARKS = {FOR: ("✓", "#2f7d45"), AGAINST: ("✕", "#b23b2b"), NOTE: ("•", "#6b7b7e")}


def reason_kind(reason: Reason) -> str:
    return AGAINST if reason.blocking else FOR if reason.points > 0 else NOTE


class SuggestionListModel(QAbstractListModel):
    """The ranked suggestions for one family (the buddies) or one buddy (the families)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestions: list[Suggestion] = []
        self.of_buddies = True  # the cards name the buddy (True) or the family (False)

    def set_suggestions(self, suggestions: list[Suggestion], of_buddies: bool) -> None:
        self.beginResetModel()
        self._suggestions = list(suggestions)
        self.of_buddies = of_buddies
        self.endResetModel()

    def suggestions(self) -> list[Suggestion]:
        return self._suggestions

    def suggestion(self, row: int) -> Suggestion:
        return self._suggestions[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._suggestions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._suggestions):
            return None
        suggestion = self._suggestions[index.row()]
        if role == SUGGESTION_ROLE:
            return suggestion
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.name(suggestion)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return "\n".join(match_reason_text(reason) for reason in suggestion.reasons)
        return None

    def name(self, suggestion: Suggestion) -> str:
        return suggestion.buddy.name if self.of_buddies else suggestion.family.name

    def retranslate(self) -> None:
        if self._suggestions:
            self.dataChanged.emit(self.index(0), self.index(len(self._suggestions) - 1))


class SuggestionDelegate(QStyledItemDelegate):
    MARGIN = 10
    LINE_GAP = 2

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFont, QFontMetrics, QFont, QFontMetrics]:
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() * 1.1)
        return font, QFontMetrics(font), bold, QFontMetrics(bold)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        suggestion: Suggestion = index.data(SUGGESTION_ROLE)
        _font, metrics, _bold, bold_metrics = self._metrics(option)
        lines = len(suggestion.reasons) if suggestion is not None else 0
        height = 2 * self.MARGIN + bold_metrics.height() + 4 + lines * (metrics.height() + self.LINE_GAP)
        return QSize(400, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        suggestion: Suggestion | None = index.data(SUGGESTION_ROLE)
        if suggestion is None:
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        font, metrics, bold, bold_metrics = self._metrics(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = rect.adjusted(2, 2, -2, -2)
        background = (
            QColor("#e3eefb") if selected else QColor("#ffffff" if suggestion.possible else "#f4f5f5")
        )
        painter.setPen(QColor("#1a4f9c") if selected else QColor("#d3dadb"))
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor("#1a4f9c"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 5, 5)

        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = QColor("#6b7b7e")
        inner = card.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        # The score on the right: a number for a possible match, "excluded" otherwise.
        if suggestion.possible:
            score = QCoreApplication.translate("SuggestionDelegate", "score %1").replace(
                "%1", str(suggestion.score)
            )
        else:
            score = QCoreApplication.translate("SuggestionDelegate", "excluded")
        painter.setFont(font)
        score_width = metrics.horizontalAdvance(score)
        painter.setPen(QColor("#2f7d45") if suggestion.possible else QColor("#b23b2b"))
        painter.drawText(
            QRect(inner.right() - score_width, inner.top(), score_width, bold_metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            score,
        )
        painter.setFont(bold)
        painter.setPen(text_colour if suggestion.possible else muted)
        name = index.data(Qt.ItemDataRole.DisplayRole)
        name_width = inner.width() - score_width - 12
        painter.drawText(
            QRect(inner.left(), inner.top(), name_width, bold_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width),
        )

        painter.setFont(font)
        y = inner.top() + bold_metrics.height() + 4
        mark_width = metrics.horizontalAdvance("✓") + 8
        for reason in suggestion.reasons:
            mark, colour = _MARKS[reason_kind(reason)]
            line = QRect(inner.left(), y, inner.width(), metrics.height())
            painter.setPen(QColor(colour))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mark)
            painter.setPen(
                QColor(colour) if reason.blocking else text_colour if suggestion.possible else muted
            )
            text_rect = line.adjusted(mark_width, 0, 0, 0)
            text = metrics.elidedText(
                match_reason_text(reason), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += metrics.height() + self.LINE_GAP
        painter.restore()
