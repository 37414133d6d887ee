"""The duos page: the overview of all duos with the flags a coordinator acts on, most urgent first, and
below it the chosen duo: its timeline and what can be done with it (start, pause, resume, end, evaluate).
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core import agreements, duos
from tandem_desktop.core.agreements import AgreementRecord
from tandem_desktop.core.bidi import isolate, left_to_right
from tandem_desktop.core.duos import (
    DuoRow,
    DuoTimeline,
    TimelineActivity,
    TimelineEvaluation,
)
from tandem_desktop.core.trajectories import OPEN_STATUSES
from tandem_desktop.db.models.enums import TrajectoryStatus
from tandem_desktop.db.store import Store
from tandem_desktop.gui.activities.activity_dialog import ActivityDialog
from tandem_desktop.gui.common.empty_state import EmptyState
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.labels import count_text, fill_choices, flag_text, short_date, status_label
from tandem_desktop.gui.common.list_panel import ListPanel, RowTest
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.row_models import select_row_id, selected_row_id
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.gui.duos.duo_columns import (
    FLAGS_COLUMN,
    ChipRowHeights,
    DuoTableModel,
    FlagChipsDelegate,
    meetings_text,
    month_text,
)
from tandem_desktop.gui.duos.duo_dialogs import (
    CloseDuoDialog,
    EvaluationDialog,
    PauseDialog,
    ResumeDialog,
    StartDuoDialog,
)
from tandem_desktop.gui.duos.duo_timeline import DuoTimelineView
from tandem_desktop.gui.duos.timeline_layout import TimelineItem
from tandem_desktop.messages import UserFacingError

OPEN = "open"  # the status filter's default: every duo not yet closed
EVERY = "all"


class DuoPanel(QWidget):
    """One duo: a summary line, its timeline, the details of the item clicked, and the actions."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.row: DuoRow | None = None
        self.agreements: list[AgreementRecord] = []
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests drive it)
        self.summary = QLabel(self)
        self.summary.setObjectName("duoSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.timeline = DuoTimelineView(self)
        self.timeline.setObjectName("duoTimeline")
        self.timeline.item_activated.connect(self.open_item)
        self.details = QLabel(self)
        self.details.setObjectName("timelineDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.start_button = QPushButton(self)
        self.pause_button = QPushButton(self)
        self.resume_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.evaluate_button = QPushButton(self)
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("logActivity")
        self.agreement_button = QPushButton(self)
        self.agreement_button.setObjectName("openAgreement")
        self.agreement_button.clicked.connect(self.open_agreement)
        self.start_button.clicked.connect(self.start_duo)
        self.pause_button.clicked.connect(self.pause_duo)
        self.resume_button.clicked.connect(self.resume_duo)
        self.close_button.clicked.connect(self.close_duo)
        self.evaluate_button.clicked.connect(self.evaluate_next)
        self.log_button.clicked.connect(self.log_activity)
        actions = QHBoxLayout()
        for button in (
            self.log_button,
            self.agreement_button,
            self.start_button,
            self.pause_button,
            self.resume_button,
            self.evaluate_button,
            self.close_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        self.retranslate()
        self.show_duo(None)

    def sizeHint(self) -> QSize:
        # The least that shows the whole timeline: the page's splitter gives the rest to the list of duos.
        return self.minimumSizeHint()

    # -- what is shown -------------------------------------------------------------------------------
    def show_duo(self, duo_id: uuid.UUID | None) -> None:
        timeline: DuoTimeline | None = None
        if duo_id is not None:
            try:
                timeline = duos.load_timeline(self.store, duo_id, self.store.today())
            except UserFacingError:
                timeline = None  # deleted meanwhile
        self.row = timeline.row if timeline is not None else None
        self.agreements = agreements.agreements_of(self.store, self.row.id) if self.row is not None else []
        self.timeline.set_timeline(timeline)
        self.details.clear()
        self._show_summary()
        self._enable_actions()

    def _show_summary(self) -> None:
        row = self.row
        if row is None:
            self.summary.setText(self.tr("Choose a duo in the list to see its timeline."))
            return
        parts = [
            self.tr("<b>%1</b> with buddy <b>%2</b>")
            .replace("%1", escape(isolate(row.family_name)))
            .replace("%2", escape(isolate(row.buddy_name))),
            status_label(row.status),
            month_text(row),
            self.tr("%1 activities").replace("%1", meetings_text(row)),
        ]
        if row.closed_on is not None:
            parts.append(self.tr("ended %1").replace("%1", short_date(row.closed_on)))
        else:
            parts.append(self.tr("planned end %1").replace("%1", short_date(row.planned_end)))
        text = " · ".join(parts) + "<br>" + escape(self._agreement_text())
        if row.flags:
            flags = ", ".join(escape(flag_text(flag)) for flag in row.flags)
            text += f"<br><span style='color:#8a2a1d'>{flags}</span>"
        self.summary.setText(left_to_right(text))

    def _agreement_text(self) -> str:
        signed = next((a for a in self.agreements if a.signed_on is not None), None)
        if signed is not None and signed.signed_on is not None:
            return self.tr("Agreement signed on %1").replace("%1", short_date(signed.signed_on))
        if self.agreements:
            made = self.agreements[0].made_at.astimezone().date()
            return self.tr("Agreement made on %1, not signed yet").replace("%1", short_date(made))
        return self.tr("Agreement not made yet")

    def _enable_actions(self) -> None:
        status = self.row.status if self.row is not None else None
        self.start_button.setVisible(status == TrajectoryStatus.PROPOSED)
        self.pause_button.setVisible(status == TrajectoryStatus.ACTIVE)
        self.resume_button.setVisible(status == TrajectoryStatus.PAUSED)
        self.close_button.setVisible(status in OPEN_STATUSES)
        self.evaluate_button.setVisible(self._next_evaluation() is not None and status in OPEN_STATUSES)
        # Also for an ended duo: an activity is often logged afterwards (core refuses dates after the end).
        self.log_button.setVisible(status is not None and status != TrajectoryStatus.PROPOSED)
        self.agreement_button.setVisible(status is not None)
        self.close_button.setText(
            self.tr("Withdraw the proposal…")
            if status == TrajectoryStatus.PROPOSED
            else self.tr("&End the duo…")
        )

    def _next_evaluation(self) -> TimelineEvaluation | None:
        timeline = self.timeline.timeline()
        if timeline is None:
            return None
        return next((e for e in timeline.evaluations if e.done_on is None), None)

    # -- items of the timeline -----------------------------------------------------------------------
    def open_item(self, item: TimelineItem) -> None:
        """An evaluation opens to be recorded, an activity to be edited; the other items show their details
        under the timeline (an activity's too)."""
        if isinstance(item, TimelineEvaluation):
            self.last_dialog = open_dialog(EvaluationDialog(self.store, item, self.store.today(), self))
            return
        self.details.setText(self.timeline.tooltip_text(item))
        if isinstance(item, TimelineActivity):
            self._open_activity(activity_id=item.id)

    # -- actions ---------------------------------------------------------------------------------------
    def start_duo(self) -> None:
        if self.row is None:
            return
        dialog = StartDuoDialog(self.store, self.row, self.store.today(), self)
        self.last_dialog = open_dialog(dialog)
        dialog.accepted.connect(lambda: self._started(dialog.open_agreement.isChecked()))

    def _started(self, open_agreement: bool) -> None:
        if open_agreement:
            self.open_agreement()

    def pause_duo(self) -> None:
        if self.row is not None:
            self.last_dialog = open_dialog(PauseDialog(self.store, self.row, self.store.today(), self))

    def resume_duo(self) -> None:
        timeline = self.timeline.timeline()
        if self.row is None or timeline is None:
            return
        open_pause = next((p for p in timeline.pauses if p.end is None), None)
        since = open_pause.start if open_pause is not None else self.store.today()
        self.last_dialog = open_dialog(ResumeDialog(self.store, self.row, since, self.store.today(), self))

    def close_duo(self) -> None:
        if self.row is not None:
            self.last_dialog = open_dialog(CloseDuoDialog(self.store, self.row, self.store.today(), self))

    def log_activity(self) -> None:
        if self.row is not None:
            self._open_activity(trajectory_id=self.row.id)

    def _open_activity(
        self, trajectory_id: uuid.UUID | None = None, activity_id: uuid.UUID | None = None
    ) -> None:
        try:
            dialog = ActivityDialog(
                self.store, self.store.today(), self, trajectory_id=trajectory_id, activity_id=activity_id
            )
        except UserFacingError as error:  # the activity or the duo was deleted meanwhile
            self.details.setText(user_message(error))
            return
        self.last_dialog = open_dialog(dialog)

    def open_agreement(self) -> None:
        if self.row is None:
            return
        # QtPdf and ReportLab load when the first agreement is opened, not at the app's start.
        from tandem_desktop.gui.agreement.agreement_dialog import AgreementDialog

        dialog = AgreementDialog(self.store, self.row.id, self.store.today(), self)
        self.last_dialog = open_dialog(dialog)

    def evaluate_next(self) -> None:
        evaluation = self._next_evaluation()
        if evaluation is not None:
            self.last_dialog = open_dialog(EvaluationDialog(self.store, evaluation, self.store.today(), self))

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("&Start the duo…"))
        self.pause_button.setText(self.tr("&Pause…"))
        self.resume_button.setText(self.tr("&Resume…"))
        self.evaluate_button.setText(self.tr("Record e&valuation…"))
        self.log_button.setText(self.tr("&Log activity…"))
        self.agreement_button.setText(self.tr("A&greement…"))
        self._show_summary()
        self._enable_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DuosPage(SectionPage):
    matching_requested = Signal()  # from the empty page's button
    fills_height = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = DuoTableModel()
        self.list = ListPanel(
            self.model,
            self,
            name="duo",
            count_text=self._count_text,
            row_test=self._row_test,
            count_name="duoCount",
        )
        self.proxy, self.search, self.count = self.list.proxy, self.list.search, self.list.count
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("duoStatusFilter")
        self.list.add_filter(self.status_filter)
        self.list.filtered.connect(self._show_empty)
        self.body.addWidget(self.list)

        # The flags take the room the other columns leave; chips that do not fit side by side go on a next
        # line, in a row as high as they need (the table gives the delegate the column's width only with word
        # wrap on), so that none is cut short.
        self.table = self.list.table("duoTable", FLAGS_COLUMN)
        chips = FlagChipsDelegate(self.table)
        self.table.setItemDelegateForColumn(FLAGS_COLUMN, chips)
        self.table.setWordWrap(True)
        self.row_heights = ChipRowHeights(self.table, chips, FLAGS_COLUMN)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_selected())

        self.panel = DuoPanel(store, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        # The list first: the panel asks no more than its least height (see DuoPanel.sizeHint), and of the
        # room beyond both, the list takes three parts and the timeline two. At 1366×768 the list shows
        # twice as many duos as with equal shares.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Before the first duo, the page says where duos come from, and offers the way there. (A stack, not
        # hide and show: its pages keep their geometry, so the panel's buttons are where they are drawn.)
        self.empty = EmptyState(self, self.matching_requested.emit)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(splitter)
        self._stack.addWidget(self.empty)
        self.body.addWidget(self._stack, 1)

        self.retranslate()
        self.data_changed()  # loaded when first shown
        self.table.sortByColumn(FLAGS_COLUMN, Qt.SortOrder.AscendingOrder)

    # -- list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        # The chosen duo is shown once at the end, reloaded even when it stays the same (its timeline may have
        # changed elsewhere): the selection's own signals would load it a second time on the way.
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.set_rows(duos.duo_rows(self.store, self.store.today()))
            self.list.refilter()
            self.row_heights.fit()  # now, so that scrolling to the chosen duo lands where its row is
            if selected is not None:
                self.select(selected)
            elif self.proxy.rowCount() > 0:
                self.table.selectRow(0)  # the most urgent duo, so that a timeline shows from the start
        finally:
            selection.blockSignals(False)
        self.panel.show_duo(self.selected_id())

    def _row_test(self) -> RowTest | None:
        wanted = self.status_filter.currentData()
        if wanted == OPEN:
            return lambda row: row.status in OPEN_STATUSES
        if wanted not in (None, EVERY):
            return lambda row: bool(row.status == wanted)
        return None

    def _count_text(self, shown: int, total: int) -> str:
        return count_text(shown, total, self.tr("%n duos", "", total), self.tr("%1 of %n duos", "", total))

    def _show_empty(self) -> None:
        self._stack.setCurrentIndex(1 if self.model.rowCount() == 0 else 0)

    def selected_id(self) -> uuid.UUID | None:
        return selected_row_id(self.table)

    def select(self, duo_id: uuid.UUID) -> None:
        if not select_row_id(self.table, self.model, duo_id) and self.model.row_of(duo_id) is not None:
            # Filtered out (a closed duo in the view of open duos): show every duo, then choose it.
            self.search.clear()
            self.status_filter.setCurrentIndex(self.status_filter.findData(EVERY))
            select_row_id(self.table, self.model, duo_id)

    def _show_selected(self) -> None:
        selected = self.selected_id()
        if self.panel.row is None or selected != self.panel.row.id:
            self.panel.show_duo(selected)

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Duos"))
        self.intro.setText(
            self.tr(
                "Every duo with its progress; the ones that need a call come first. Choose a duo to see its timeline."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by family or buddy"))
        self.search.setAccessibleName(self.tr("Search duos"))
        statuses = [OPEN, *TrajectoryStatus, EVERY]
        fill_choices(self.status_filter, statuses, self._status_choice)
        self.model.retranslate()
        self.empty.set_texts(
            self.tr(
                "No duos yet. A duo is made in Matching: choose a family on the waiting list and a buddy "
                "who fits."
            ),
            self.tr("Go to Matching"),
        )
        self.list.show_count()
        self._show_empty()

    def _status_choice(self, value: str) -> str:
        if value == OPEN:
            return self.tr("Open duos")
        if value == EVERY:
            return self.tr("All duos")
        return status_label(TrajectoryStatus(value))
