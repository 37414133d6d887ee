"""Joining a colleague's team at the first start of a new data folder: the team folder and the team code, checked
before she chooses her passphrase (the programme is then the team's, copied when the key is made: key_prompt.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.db.team import folder as team_folder
from tandem_desktop.gui.common.operations import runner


class JoinTeamDialog(QDialog):
    """Ends accepted with `folder` and `code` once the code opens the team in the folder."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("joinTeamDialog")
        self.setWindowTitle(self.tr("Join a colleague's team"))
        self.setMinimumWidth(560)
        self.folder: Path | None = None
        self.code = ""
        intro = QLabel(
            self.tr(
                "Choose the team folder your colleague shares, and type the team code she gave you. This "
                "laptop then starts with the team's programme."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("teamFolder")
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        holder = QWidget(self)
        holder.setLayout(row)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("teamCode")
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Team &folder"), holder)
        form.addRow(self.tr("Team &code"), self.code_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Join"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("The team folder"))
        if chosen:
            self.folder_edit.setText(chosen)

    def _check(self) -> None:
        folder, code = Path(self.folder_edit.text().strip()), self.code_edit.text()
        if not self.folder_edit.text().strip():
            self._say(self.tr("Choose the team folder first."))
            return
        self.buttons.setEnabled(False)
        runner().run(
            lambda _progress: team_folder.check_code(folder, code),
            parent=self,
            done=lambda _found: self._joined(folder, code),
            failed=self._refused,
        )

    def _joined(self, folder: Path, code: str) -> None:
        self.folder, self.code = folder, code
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if not isinstance(error, team_folder.TeamFolderError):
            return False
        texts = {
            "wrong_code": self.tr(
                "This is not the code of the team in this folder. Check it with your colleague."
            ),
            "not_a_code": self.tr("A team code is eight groups of four letters and digits."),
            "no_team": self.tr("This folder is not a team folder. Choose the folder your colleague shares."),
            "unreachable": self.tr(
                "This folder cannot be reached now. Is the network drive or USB stick there?"
            ),
        }
        self._say(texts.get(error.kind, self.tr("A file in this team folder is damaged.")))
        return True

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.problem.setAlignment(Qt.AlignmentFlag.AlignLeft)
