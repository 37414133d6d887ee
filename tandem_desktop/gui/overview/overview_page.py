"""The overview: where the programme stands, and on first use the way to demo data."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.overview import ProgrammeCounts, ToDo, programme_counts, to_do
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, TrajectoryStatus
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import month_name, short_date, status_label
from tandem_desktop.gui.common.section_page import SectionPage


class _CountsBox(QGroupBox):
    """A titled column of "label ... number" rows for one kind of record."""

    def __init__(self, statuses: Sequence[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses = statuses
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        self._labels: list[QLabel] = []
        self._numbers: list[QLabel] = []
        for row, _status in enumerate(statuses):
            label, number = QLabel(self), QLabel(self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setObjectName("count")
            grid.addWidget(label, row, 0)
            grid.addWidget(number, row, 1)
            self._labels.append(label)
            self._numbers.append(number)
        grid.setRowStretch(len(statuses), 1)

    def show_counts(self, counts: dict[str, int]) -> None:
        for status, label, number in zip(self._statuses, self._labels, self._numbers, strict=True):
            label.setText(status_label(status))
            number.setText(str(counts.get(status.value, 0)))


# Where a to-do line leads: the sections the main window opens for them.
MEETINGS, REFERRALS, SIGNALS, DUOS, ERASURE = "buddy-meetings", "referrals", "signals", "duos", "erasure"
SHOWN_REFERRALS = 5  # more are summed up in one line: the list stays a glance


class OverviewPage(SectionPage):
    demo_requested = Signal()
    go_to = Signal(str)  # a to-do line was clicked: MEETINGS, REFERRALS, SIGNALS, DUOS or ERASURE

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._counts: ProgrammeCounts | None = None
        self._to_do: ToDo | None = None

        self.welcome = QFrame(self)
        self.welcome.setObjectName("welcome")
        welcome_layout = QVBoxLayout(self.welcome)
        self.welcome_text = QLabel(self.welcome)
        self.welcome_text.setWordWrap(True)
        self.demo_button = QPushButton(self.welcome)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        welcome_layout.addWidget(self.welcome_text)
        welcome_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.welcome)

        boxes = QHBoxLayout()
        boxes.setSpacing(16)
        self.families_box = _CountsBox(list(FamilyStatus), self)
        self.buddies_box = _CountsBox(list(BuddyStatus), self)
        self.duos_box = _CountsBox(list(TrajectoryStatus), self)
        for box in (self.families_box, self.buddies_box, self.duos_box):
            boxes.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(boxes)

        self.to_do_box = QGroupBox(self)
        self.to_do_box.setObjectName("toDo")
        to_do_layout = QVBoxLayout(self.to_do_box)
        self.to_do_text = QLabel(self.to_do_box)
        self.to_do_text.setObjectName("toDoText")
        self.to_do_text.setWordWrap(True)
        self.to_do_text.setTextFormat(Qt.TextFormat.RichText)
        self.to_do_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.to_do_text.linkActivated.connect(self.go_to)
        to_do_layout.addWidget(self.to_do_text)
        self.body.addWidget(self.to_do_box)
        self.retranslate()
        self.data_changed()  # loaded when first shown

    def set_demo_busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.demo_button.setText(
            self.tr("Loading the demo programme…") if busy else self.tr("Load demo data")
        )

    def refresh(self) -> None:
        self._counts = programme_counts(self._store)
        self._to_do = to_do(self._store, self._store.today())
        self.welcome.setVisible(self._counts.is_empty)
        self.to_do_box.setVisible(not self._counts.is_empty)
        self._show_counts()
        self._show_to_do()

    def _show_to_do(self) -> None:
        work = self._to_do
        if work is None:
            return
        lines: list[str] = []
        if not work.meeting_held:
            lines.append(
                self._link(
                    MEETINGS,
                    self.tr("No buddy meeting recorded for %1 yet.").replace("%1", month_name(work.month)),
                )
            )
        for referral in work.referrals_due[:SHOWN_REFERRALS]:
            lines.append(
                self._link(
                    REFERRALS,
                    self.tr("Follow up the referral of %1 to %2 (since %3).")
                    .replace("%1", isolate(referral.family_name))
                    .replace("%2", isolate(referral.organisation_name))
                    .replace("%3", short_date(referral.follow_up_on)),
                )
            )
        more = len(work.referrals_due) - SHOWN_REFERRALS
        if more > 0:
            lines.append(
                self._link(REFERRALS, self.tr("More referrals to follow up: %1.").replace("%1", str(more)))
            )
        if work.new_signals:
            lines.append(
                self._link(
                    SIGNALS,
                    self.tr("Signals not yet passed on to the policy officer: %1.").replace(
                        "%1", str(work.new_signals)
                    ),
                )
            )
        if work.unsigned_agreements:
            lines.append(
                self._link(
                    DUOS,
                    self.tr("Running duos whose agreement is not signed: %1.").replace(
                        "%1", str(work.unsigned_agreements)
                    ),
                )
            )
        if work.due_for_erasure:
            lines.append(
                self._link(
                    ERASURE,
                    self.tr("Families and buddies whose data is due for erasure: %1.").replace(
                        "%1", str(work.due_for_erasure)
                    ),
                )
            )
        if not lines:
            self.to_do_text.setText(
                self.tr("Nothing is waiting: this month's buddy meeting is held and no follow-up is due.")
            )
            return
        self.to_do_text.setText(
            "<ul style='margin-left:-24px'>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
        )

    @staticmethod
    def _link(target: str, text: str) -> str:
        return f"<a href='{target}'>{escape(text)}</a>"

    def _show_counts(self) -> None:
        if self._counts is None:
            return
        self.families_box.show_counts(self._counts.families)
        self.buddies_box.show_counts(self._counts.buddies)
        self.duos_box.show_counts(self._counts.trajectories)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Overview"))
        self.intro.setText(self.tr("Where the programme stands today: families, buddies and duos by status."))
        self.welcome_text.setText(
            self.tr(
                "Welcome to Tandem Desktop. There is no data yet. Start with the first family or buddy, "
                "or load a fictional demo programme to get to know the app. You can remove it later by "
                "starting with a new data folder."
            )
        )
        self.set_demo_busy(False)
        self.families_box.setTitle(self.tr("Families"))
        self.buddies_box.setTitle(self.tr("Buddies"))
        self.duos_box.setTitle(self.tr("Duos"))
        self.to_do_box.setTitle(self.tr("To do"))
        self._show_counts()
        self._show_to_do()
