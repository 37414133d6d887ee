"""What an empty page shows instead of an empty table: what the list will hold, and the button to begin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget, on_begin: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.text = QLabel(self)
        self.text.setObjectName("emptyStateText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width, and the height the wrapped text needs at it (set_texts): a word-wrapped label placed
        # with an alignment gets its one-line size hint, and its second line would be cut.
        self.text.setFixedWidth(520)
        self.button = QPushButton(self)
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(on_begin)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_texts(self, text: str, button: str) -> None:
        self.text.setText(text)
        self.text.setFixedHeight(self.text.heightForWidth(self.text.width()))
        self.button.setText(button)
