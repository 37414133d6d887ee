"""The small dialogs of a duo's life: create it from a suggestion, pause, resume, end it, record an evaluation.

Each is a short form; what core refuses is shown at the field it belongs to and the dialog stays open,
so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import uuid
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tandem_desktop.core import duos
from tandem_desktop.core.bidi import isolate, left_to_right
from tandem_desktop.core.dates import add_months
from tandem_desktop.core.duos import DuoRow, TimelineEvaluation
from tandem_desktop.core.matching import Suggestion
from tandem_desktop.core.rhythm import months_between
from tandem_desktop.core.settings import read_settings
from tandem_desktop.core.trajectories import end_after_resume, evaluation_dates, planned_end
from tandem_desktop.db.models.enums import ClosureReason, EndedBy, EvaluationKind
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.dates import date_edit, day_of
from tandem_desktop.gui.common.form_dialog import FormDialog, Work
from tandem_desktop.gui.common.labels import (
    closure_reason_label,
    ended_by_label,
    evaluation_kind_label,
    fill_choices,
    match_reason_text,
    short_date,
)
from tandem_desktop.gui.common.optional_date import OptionalDateEdit


class CreateDuoDialog(FormDialog):
    """A suggestion becomes a proposed duo: the start date (today unless changed) sets the rest."""

    def __init__(self, store: Store, suggestion: Suggestion, today: dt.date, parent: QWidget | None) -> None:
        super().__init__(store, parent)
        self.suggestion = suggestion
        self.created_id: uuid.UUID | None = None
        self._settings = read_settings(store)
        self.setWindowTitle(self.tr("New duo"))
        family, buddy = suggestion.family.name, suggestion.buddy.name
        reasons = "".join(f"<li>{escape(match_reason_text(r))}</li>" for r in suggestion.reasons)
        self.intro.setText(
            left_to_right(
                self.tr("<p><b>%1</b> with buddy <b>%2</b></p>")
                .replace("%1", escape(isolate(family)))
                .replace("%2", escape(isolate(buddy)))
            )
            + f"<ul style='margin-left:-20px'>{reasons}</ul>"
        )
        self.start = date_edit(self, today)
        self.start.setObjectName("duoStart")
        self.start.dateChanged.connect(lambda _d: self._show_plan())
        self.plan = QLabel(self)
        self.plan.setWordWrap(True)
        self.form.addRow(self.tr("&Start"), self.start)
        self.form.addRow(self.tr("Plan"), self.plan)
        self.ok_button_text(self.tr("Create duo"))
        self.watch_fields({"start_date": self.start})
        self._show_plan()

    def _show_plan(self) -> None:
        start = day_of(self.start)
        dates = evaluation_dates(start, self._settings)
        self.plan.setText(
            self.tr(
                "Runs %1 months, until %2, with %3 activities a month.\n"
                "Evaluations: at the start, mid-way on %4, at the end on %5."
            )
            .replace("%1", str(self._settings.duration_months))
            .replace("%2", short_date(planned_end(start, self._settings)))
            .replace("%3", str(self._settings.meetings_per_month))
            .replace("%4", short_date(dates[EvaluationKind.MIDWAY]))
            .replace("%5", short_date(dates[EvaluationKind.END]))
        )

    def apply(self) -> Work:
        store, family, buddy, start = (
            self.store,
            self.suggestion.family.id,
            self.suggestion.buddy.id,
            day_of(self.start),
        )
        return lambda: duos.create_duo(store, family, buddy, start)

    def applied(self, result: object) -> None:
        self.created_id = self.saved_id


class StartDuoDialog(FormDialog):
    """The proposed duo starts on the day she chooses (today unless changed), confirmed here; from that day
    on its activities can be logged. The agreement opens next, to be printed and signed, unless unticked."""

    def __init__(self, store: Store, row: DuoRow, today: dt.date, parent: QWidget | None) -> None:
        super().__init__(store, parent)
        self.row = row
        self.setWindowTitle(self.tr("Start the duo"))
        self.on = date_edit(self, today)
        self.on.setObjectName("duoStartOn")
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.on.dateChanged.connect(lambda _d: self._show_plan())
        self.open_agreement = QCheckBox(self.tr("Then open the &agreement to print and sign"), self)
        self.open_agreement.setObjectName("openAgreementAfterStart")
        self.open_agreement.setChecked(True)
        self.form.addRow(self.tr("&Starts on"), self.on)
        self.form.addRow("", self.open_agreement)
        self.ok_button_text(self.tr("&Start the duo"))
        self.watch_fields({"start_date": self.on})
        self._show_plan()

    def _show_plan(self) -> None:
        start = day_of(self.on)
        months = months_between(self.row.start, self.row.planned_end)
        self.intro.setText(
            left_to_right(
                self.tr(
                    "<b>%1</b> with buddy <b>%2</b> start on %3 and run until %4. "
                    "Activities can be logged from the start."
                )
                .replace("%1", escape(isolate(self.row.family_name)))
                .replace("%2", escape(isolate(self.row.buddy_name)))
                .replace("%3", short_date(start))
                .replace("%4", short_date(add_months(start, months)))
            )
        )

    def apply(self) -> Work:
        store, duo_id, on = self.store, self.row.id, day_of(self.on)
        return lambda: duos.start_duo(store, duo_id, on)


class PauseDialog(FormDialog):
    def __init__(self, store: Store, row: DuoRow, today: dt.date, parent: QWidget | None) -> None:
        super().__init__(store, parent)
        self.row = row
        self.setWindowTitle(self.tr("Pause the duo"))
        self.intro.setText(
            self.tr(
                "While the duo is paused, no activities are expected. The planned end moves by the pause's length."
            )
        )
        self.on = date_edit(self, max(today, row.start))
        self.on.setObjectName("pauseStart")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("pauseReason")
        self.reason.setPlaceholderText(self.tr("For example: hospital stay, moving house"))
        self.form.addRow(self.tr("Paused &from"), self.on)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.ok_button_text(self.tr("&Pause"))
        self.watch_fields({"start_date": self.on})

    def apply(self) -> Work:
        store, duo_id, on, reason = self.store, self.row.id, day_of(self.on), self.reason.text()
        return lambda: duos.pause_duo(store, duo_id, on, reason)


class ResumeDialog(FormDialog):
    def __init__(
        self, store: Store, row: DuoRow, paused_since: dt.date, today: dt.date, parent: QWidget | None
    ):
        super().__init__(store, parent)
        self.row = row
        self._paused_since = paused_since
        self.setWindowTitle(self.tr("Resume the duo"))
        self.on = date_edit(self, max(today, paused_since))
        self.on.setObjectName("resumeOn")
        self.on.dateChanged.connect(lambda _d: self._show_end())
        self.form.addRow(self.tr("Resumed &on"), self.on)
        self.ok_button_text(self.tr("Resume"))
        self.watch_fields({"end_date": self.on})
        self._show_end()

    def _show_end(self) -> None:
        moved = end_after_resume(self.row.planned_end, self._paused_since, day_of(self.on))
        self.intro.setText(
            self.tr("Paused since %1. The planned end moves from %2 to <b>%3</b>.")
            .replace("%1", short_date(self._paused_since))
            .replace("%2", short_date(self.row.planned_end))
            .replace("%3", short_date(moved))
        )

    def apply(self) -> Work:
        store, duo_id, on = self.store, self.row.id, day_of(self.on)
        return lambda: duos.resume_duo(store, duo_id, on)


class CloseDuoDialog(FormDialog):
    """Complete the duo, or stop it early with a reason from the fixed list, and who ended it."""

    def __init__(self, store: Store, row: DuoRow, today: dt.date, parent: QWidget | None) -> None:
        super().__init__(store, parent)
        self.row = row
        self.setWindowTitle(self.tr("End the duo"))
        self.intro.setText(
            left_to_right(
                self.tr("<b>%1</b> with buddy <b>%2</b>. The reason is kept for the programme's reports.")
                .replace("%1", escape(isolate(row.family_name)))
                .replace("%2", escape(isolate(row.buddy_name)))
            )
        )
        self.on = date_edit(self, today)
        self.on.setObjectName("closeOn")
        self.reason = QComboBox(self)
        self.reason.setObjectName("closeReason")
        fill_choices(self.reason, ClosureReason, closure_reason_label)
        # Before the planned end, ending is stopping early: no reason is presumed.
        if today < row.planned_end:
            self.reason.setCurrentIndex(self.reason.findData(ClosureReason.FAMILY_NO_LONGER_WISHES))
        self.reason.currentIndexChanged.connect(lambda _i: self._follow_reason())
        self.note = QLineEdit(self)
        self.note.setObjectName("closeNote")
        self.ended_by = QComboBox(self)
        self.ended_by.setObjectName("endedBy")
        fill_choices(self.ended_by, EndedBy, ended_by_label)
        self.form.addRow(self.tr("Ended &on"), self.on)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow(self.tr("&Explanation"), self.note)
        self.form.addRow(self.tr("Ended &by"), self.ended_by)
        self.watch_fields({"closed_on": self.on, "closure_note": self.note})
        self._follow_reason()

    def _follow_reason(self) -> None:
        reason = ClosureReason(self.reason.currentData())
        completed = reason == ClosureReason.DURATION_COMPLETED
        self.ok_button_text(self.tr("Complete the duo") if completed else self.tr("Stop the duo"))
        if completed:
            self.ended_by.setCurrentIndex(self.ended_by.findData(EndedBy.MUTUAL))
        self.note.setPlaceholderText(
            self.tr("Required for “Other”") if reason == ClosureReason.OTHER else self.tr("Optional")
        )

    def apply(self) -> Work:
        store, duo_id, on, note = self.store, self.row.id, day_of(self.on), self.note.text()
        reason, ended_by = ClosureReason(self.reason.currentData()), EndedBy(self.ended_by.currentData())
        return lambda: duos.close_duo(store, duo_id, on, reason, ended_by, note)


SCORES = tuple(range(duos.LOWEST_SCORE, duos.HIGHEST_SCORE + 1))


class EvaluationDialog(FormDialog):
    def __init__(
        self, store: Store, evaluation: TimelineEvaluation, today: dt.date, parent: QWidget | None
    ) -> None:
        super().__init__(store, parent)
        self.evaluation = evaluation
        self.setWindowTitle(evaluation_kind_label(evaluation.kind))
        self.intro.setText(
            self.tr(
                "Due on %1. How do the family and the buddy experience the duo (1: not well, 5: very well)?"
            ).replace("%1", short_date(evaluation.due_on))
        )
        self.done_on = OptionalDateEdit(self)
        self.done_on.setObjectName("evaluationDone")
        self.done_on.set_date_value(evaluation.done_on or today)
        self.family_score = self._score_box(evaluation.family_score)
        self.buddy_score = self._score_box(evaluation.buddy_score)
        self.notes = QPlainTextEdit(evaluation.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.form.addRow(self.tr("&Done on"), self.done_on)
        self.form.addRow(self.tr("&Family"), self.family_score)
        self.form.addRow(self.tr("&Buddy"), self.buddy_score)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.ok_button_text(self.tr("Save"))
        self.watch_fields({"done_on": self.done_on, "score": self.family_score})

    def _score_box(self, value: int | None) -> QComboBox:
        box = QComboBox(self)
        box.addItem("—", None)
        for score in SCORES:
            box.addItem(str(score), score)
        box.setCurrentIndex(max(0, box.findData(value)))
        return box

    def apply(self) -> Work:
        store, evaluation_id, done_on = self.store, self.evaluation.id, self.done_on.date_value()
        family_score, buddy_score = self.family_score.currentData(), self.buddy_score.currentData()
        notes = self.notes.toPlainText()
        return lambda: duos.record_evaluation(store, evaluation_id, done_on, family_score, buddy_score, notes)
