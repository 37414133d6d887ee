"""The quick log of one duo activity: held (who came, how long, what went well) or cancelled (and why).

The coordinator often logs afterwards, from a WhatsApp message, so the form is short to fill in: the date is
today, the duration two hours, the children counted follow the children ticked. What core refuses is shown at
its field and the dialog stays open; switching between held and cancelled hides fields but keeps what was
typed in them. Closing it with changes (Escape, Cancel, the window's close button) asks first, as the family
and buddy forms do.
"""

from __future__ import annotations

import datetime as dt
import uuid
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core import activities, activity_list
from tandem_desktop.core.activities import ActivityContext, ActivityDraft, Member
from tandem_desktop.core.activity_list import DuoChoice
from tandem_desktop.core.dates import age_in_year
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.organisations import organisation_choices
from tandem_desktop.db.models.enums import ActivityType, CancelReason, DutchPractised, SignalTheme
from tandem_desktop.db.store import Store
from tandem_desktop.gui.activities.activity_widgets import (
    ChildrenCount,
    FittingScrollArea,
    MembersBox,
    duration_edit,
    fit_to_screen,
    label_on_top,
    minutes_of,
    place_box,
    place_of,
    show_minutes,
    show_place,
    text_box,
)
from tandem_desktop.gui.common.dates import UnreadableDate, date_edit, day_of, set_day
from tandem_desktop.gui.common.form_dialog import FormDialog, Work
from tandem_desktop.gui.common.labels import (
    activity_type_label,
    cancel_reason_label,
    dutch_practised_label,
    fill_choices,
    short_date,
    signal_theme_label,
)
from tandem_desktop.gui.common.unsaved import may_close
from tandem_desktop.messages import QT_TRANSLATE_NOOP

NO_DUO = QT_TRANSLATE_NOOP("domain", "Choose the duo the activity belongs to.")


class ActivityDialog(FormDialog):
    """A new activity (of the duo given, or chosen in the dialog) or an existing one to edit; `saved_id`
    holds the activity's id once it is saved."""

    def __init__(
        self,
        store: Store,
        today: dt.date,
        parent: QWidget | None,
        *,
        trajectory_id: uuid.UUID | None = None,
        activity_id: uuid.UUID | None = None,
        duos: list[DuoChoice] | None = None,
    ) -> None:
        super().__init__(store, parent)
        self.setObjectName("activityDialog")
        self.today = today
        self.context: ActivityContext | None = None
        # Loaded first: an activity deleted meanwhile raises here, before anything is shown.
        draft = activities.load_activity(store, activity_id) if activity_id is not None else None
        self._activity_id = activity_id
        if draft is not None:
            trajectory_id = draft.trajectory_id
        if trajectory_id is not None:
            self.context = activities.activity_context(store, trajectory_id)
        self._organisations = organisation_choices(store)
        self._loaded_place: tuple[str, uuid.UUID | None] = ("", None)

        self.duo: QComboBox | None = None
        if trajectory_id is None:
            self.duo = QComboBox(self)
            self.duo.setObjectName("activityDuo")
            for choice in duos if duos is not None else activity_list.duo_choices(store):
                self.duo.addItem(choice.label, str(choice.id))
            self.duo.setPlaceholderText(self.tr("Choose a duo"))
            self.duo.setCurrentIndex(-1)
            self.duo.currentIndexChanged.connect(lambda _i: self._duo_chosen())
            self.form.addRow(self.tr("&Duo"), self.duo)

        content = QWidget(self)
        content.setObjectName("activityForm")
        self.left = QFormLayout()
        self.right = QFormLayout()
        for form in (self.left, self.right):
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(10)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._columns = columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        for form in (self.left, self.right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)  # the rows stay together at the top when the other column is longer
            columns.addLayout(column, 1)
        self._build_left(content)
        self._build_right(content)
        self.form_area = FittingScrollArea(self)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setWidgetResizable(True)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area.setWidget(content)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.buttons), self.form_area, 1)

        self.ok_button_text(self.tr("Save"))
        fields: dict[str, QWidget] = {
            "date": self.date,
            "duration": self.duration,
            "participants": self.members_box,
            "children_count": self.children_count,
            "cancel_reason": self.cancel_reason,
            "cancel_note": self.cancel_note,
        }
        if self.duo is not None:
            fields["trajectory"] = self.duo
        self.watch_fields(fields)

        self._show(draft or ActivityDraft(trajectory_id=trajectory_id or uuid.UUID(int=0), date=today))
        self.setWindowTitle(
            self.tr("Activity of %1").replace("%1", short_date(draft.date))
            if draft is not None
            else self.tr("Log an activity")
        )
        self._show_intro()
        self._fit_screen()
        self._loaded = self._snapshot()
        (self.duo or self.date).setFocus()

    # -- building ------------------------------------------------------------------------------------
    def _build_left(self, content: QWidget) -> None:
        outcome = QWidget(content)
        row = QHBoxLayout(outcome)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        self.held_button = QRadioButton(self.tr("&Held"), outcome)
        self.held_button.setObjectName("activityHeld")
        self.cancelled_button = QRadioButton(self.tr("&Cancelled"), outcome)
        self.cancelled_button.setObjectName("activityCancelled")
        self._outcome = QButtonGroup(self)
        self._outcome.addButton(self.held_button)
        self._outcome.addButton(self.cancelled_button)
        row.addWidget(self.held_button)
        row.addWidget(self.cancelled_button)
        row.addStretch(1)
        self.held_button.toggled.connect(lambda _on: self._follow_held())

        self.date = date_edit(content, self.today, field_name="date")
        self.date.setObjectName("activityDate")
        self.date.dateChanged.connect(lambda _d: self._show_members())
        self.duration = duration_edit(content)
        self.duration.setObjectName("activityDuration")
        self.duration.setToolTip(self.tr("Hours and minutes, e.g. 1:30"))
        self.cancel_reason = QComboBox(content)
        self.cancel_reason.setObjectName("cancelReason")
        self.cancel_reason.setPlaceholderText(self.tr("Choose a reason"))
        fill_choices(self.cancel_reason, CancelReason, cancel_reason_label)
        self.cancel_reason.setCurrentIndex(-1)
        self.cancel_reason.currentIndexChanged.connect(lambda _i: self._follow_reason())
        self.cancel_note = QLineEdit(content)
        self.cancel_note.setObjectName("cancelNote")
        self.type = QComboBox(content)
        self.type.setObjectName("activityType")
        fill_choices(self.type, ActivityType, activity_type_label)
        self.place = place_box(content, self._organisations)
        self.place.setObjectName("activityPlace")
        place_edit = self.place.lineEdit()
        assert place_edit is not None
        place_edit.setPlaceholderText(self.tr("Organisation or place"))
        self.dutch = QComboBox(content)
        self.dutch.setObjectName("dutchPractised")
        fill_choices(self.dutch, DutchPractised, dutch_practised_label)
        self.went_well = text_box(content, 3)
        self.went_well.setObjectName("wentWell")

        self.left.addRow(outcome)
        self.left.addRow(self.tr("Da&te"), self.date)
        self.left.addRow(self.tr("D&uration (h:mm)"), self.duration)
        self.left.addRow(self.tr("&Reason"), self.cancel_reason)
        self.left.addRow(self.tr("E&xplanation"), self.cancel_note)
        self.left.addRow(self.tr("T&ype"), self.type)
        self.left.addRow(self.tr("&Place"), self.place)
        self.left.addRow(self.tr("Dutch pr&actised"), self.dutch)
        self.left.addRow(self.tr("What went we&ll"), self.went_well)
        label_on_top(self.left, self.went_well)

    def _build_right(self, content: QWidget) -> None:
        self.members_box = MembersBox(content)
        self.members_box.setObjectName("activityMembers")
        self.members: dict[uuid.UUID, QCheckBox] = {}  # the members offered on the activity's date
        self.children_count = ChildrenCount(content)
        self.children_count.setObjectName("childrenCount")
        self.children_count.setToolTip(
            self.tr("Follows the children ticked; change it when other children came along too.")
        )
        self.wellbeing = text_box(content, 3)
        self.wellbeing.setObjectName("wellbeing")
        self.wellbeing.setPlaceholderText(self.tr("How were the children? What did they enjoy?"))
        self.signal_text = text_box(content, 2)
        self.signal_text.setObjectName("signalText")
        self.signal_text.setPlaceholderText(self.tr("Needs follow-up? Note a signal for the policy officer"))
        self.signal_theme = QComboBox(content)
        self.signal_theme.setObjectName("signalTheme")
        fill_choices(self.signal_theme, SignalTheme, signal_theme_label)

        self.right.addRow(self.tr("&Who came"), self.members_box)
        self.right.addRow(self.tr("Childre&n"), self.children_count)
        self.right.addRow(self.tr("Children's wellb&eing"), self.wellbeing)
        self.right.addRow(self.tr("&Signal"), self.signal_text)
        for box in (self.members_box, self.wellbeing, self.signal_text):
            label_on_top(self.right, box)
        self.right.addRow(self.tr("The&me"), self.signal_theme)

    def _fit_screen(self) -> None:
        """As big as the form asks (and never smaller than it is), but within the screen: beyond, it scrolls."""
        fit_to_screen(self, (self._columns, self.layout()), self.form_area)

    def fit_height(self) -> None:
        # The form scrolls inside the dialog: grow within the screen rather than to the layout's full height.
        self._fit_screen()

    # -- draft <-> widgets ---------------------------------------------------------------------------
    def _show(self, draft: ActivityDraft) -> None:
        (self.held_button if draft.held else self.cancelled_button).setChecked(True)
        self.date.blockSignals(True)
        set_day(self.date, draft.date)
        self.date.blockSignals(False)
        show_minutes(self.duration, draft.duration_minutes)
        self.cancel_reason.setCurrentIndex(
            self.cancel_reason.findData(draft.cancel_reason) if draft.cancel_reason is not None else -1
        )
        self.cancel_note.setText(draft.cancel_note)
        self.type.setCurrentIndex(max(0, self.type.findData(draft.type)))
        self._loaded_place = show_place(self.place, draft.place, draft.organisation_id)
        self.dutch.setCurrentIndex(max(0, self.dutch.findData(draft.dutch_practised)))
        self.went_well.setPlainText(draft.went_well)
        self.wellbeing.setPlainText(draft.wellbeing_note)
        self.signal_text.setPlainText(draft.signal_text)
        self.signal_theme.setCurrentIndex(max(0, self.signal_theme.findData(draft.signal_theme)))
        self._make_member_boxes(set(draft.participant_ids))
        if draft.id is not None:
            ticked_children = self._ticked_children()
            self.children_count.follows = draft.children_count == ticked_children if draft.held else True
            if draft.held:
                self.children_count.set_count(draft.children_count)
        self._follow_held()
        self._follow_reason()

    def draft(self) -> ActivityDraft:
        """What the dialog holds now, for the duo chosen (raises when none is)."""
        if self.context is None:
            raise DomainError(NO_DUO, field="trajectory")
        reason = self.cancel_reason.currentData()
        place, organisation_id = place_of(self.place, self._loaded_place)
        return ActivityDraft(
            id=self._activity_id,
            trajectory_id=self.context.trajectory_id,
            date=day_of(self.date),
            held=self.held_button.isChecked(),
            duration_minutes=minutes_of(self.duration),
            type=ActivityType(self.type.currentData()),
            place=place,
            organisation_id=organisation_id,
            cancel_reason=CancelReason(reason) if reason is not None else None,
            cancel_note=self.cancel_note.text(),
            participant_ids=[member_id for member_id, box in self.members.items() if box.isChecked()],
            children_count=self.children_count.value(),
            dutch_practised=DutchPractised(self.dutch.currentData()),
            went_well=self.went_well.toPlainText(),
            wellbeing_note=self.wellbeing.toPlainText(),
            signal_text=self.signal_text.toPlainText(),
            signal_theme=SignalTheme(self.signal_theme.currentData()),
        )

    def apply(self) -> Work:
        store, draft, today = self.store, self.draft(), self.today
        return lambda: activities.save_activity(store, draft, today)

    # -- closing -------------------------------------------------------------------------------------
    def _snapshot(self) -> tuple[object, ...]:
        """Everything the coordinator can change, as the fields show it (a draft needs a duo chosen)."""
        return (
            self.duo.currentIndex() if self.duo is not None else None,
            self.held_button.isChecked(),
            self.date.text(),
            self.duration.time().toString("H:mm"),
            self.cancel_reason.currentIndex(),
            self.cancel_note.text(),
            self.type.currentIndex(),
            self.place.currentText(),
            self.dutch.currentIndex(),
            self.went_well.toPlainText(),
            tuple((member_id, box.isChecked()) for member_id, box in self.members_box.boxes.items()),
            self.children_count.value(),
            self.wellbeing.toPlainText(),
            self.signal_text.toPlainText(),
            self.signal_theme.currentIndex(),
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._loaded

    def reject(self) -> None:
        # Escape, Cancel and the window's close button (QDialog's closeEvent calls reject) all come here. An
        # open list or completion popup takes the Escape pressed in it and closes alone, so it does not.
        if not self.writing and self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        """Changes typed: save, discard or stay, as the family and buddy forms ask. True when it may close."""

        def save() -> bool:
            self._accept()  # closes the dialog when core takes it; otherwise the messages show at the fields
            return False

        return may_close(
            self, self.has_changes(), self.tr("This activity has changes that are not saved yet."), save
        )

    # -- what follows what ---------------------------------------------------------------------------
    def _show_intro(self) -> None:
        context = self.context
        if self.duo is not None and context is None:
            self.intro.setText(
                self.tr("Choose the duo, then note what they did, or why it did not go ahead.")
            )
        elif context is not None:
            self.intro.setText(
                self.tr("<b>%1</b> with buddy <b>%2</b>, since %3")
                .replace("%1", escape(context.family_name))
                .replace("%2", escape(context.buddy_name))
                .replace("%3", short_date(context.start))
            )

    def _duo_chosen(self) -> None:
        assert self.duo is not None
        data = self.duo.currentData()
        try:
            self.context = activities.activity_context(self.store, uuid.UUID(data)) if data else None
        except DomainError:
            self.context = None
        self.children_count.follows = True
        self._make_member_boxes(set())
        self._show_intro()

    def _make_member_boxes(self, ticked: set[uuid.UUID]) -> None:
        """A check box for every member of the family (shown or not by `_show_members`)."""
        members = self.context.members if self.context is not None else ()
        self.members_box.make_boxes(members, ticked, self._ticked)
        self._show_members()

    def _show_members(self) -> None:
        """The household on the activity's date: members who had left by then are not offered (unless
        already ticked, so that core can say why that cannot be); a child's age is the age that year."""
        context = self.context
        try:
            day = day_of(self.date)
        except UnreadableDate:  # half typed (the duo chosen meanwhile): the household of the last date stays
            return
        boxes = self.members_box.boxes
        ticked = frozenset(i for i, box in boxes.items() if box.isChecked())
        offered = context.members_on(day, keep=ticked) if context is not None else []
        offered_ids = {m.id for m in offered}
        for member in context.members if context is not None else ():
            box = boxes[member.id]
            box.setText(self._member_text(member, day))
            box.setVisible(member.id in offered_ids)
        self.members = {m.id: boxes[m.id] for m in offered}
        if context is None:
            self.members_box.empty.setText(self.tr("Choose the duo first."))
        elif not offered:
            self.members_box.empty.setText(
                self.tr("Nobody of the family lived in the household on this date.")
            )
        self.members_box.empty.setVisible(not offered)
        first = next(iter(self.members.values()), None)
        self.members_box.setFocusProxy(first)  # type: ignore[arg-type]  # None: no proxy

    def _member_text(self, member: Member, day: dt.date) -> str:
        if not member.is_child:
            return member.name
        age = age_in_year(member.birth_year, day)
        if age is None or age < 0:  # a date typed before the child's birth: no age to show
            return self.tr("%1 (child)").replace("%1", member.name)
        return self.tr("%1 (child, age %2)").replace("%2", str(age)).replace("%1", member.name)

    def _ticked_children(self) -> int:
        if self.context is None:
            return 0
        return sum(
            1
            for m in self.context.members
            if m.is_child and m.id in self.members and self.members[m.id].isChecked()
        )

    def _ticked(self) -> None:
        if self.children_count.follows:
            self.children_count.set_count(self._ticked_children())

    def _follow_held(self) -> None:
        """Cancelled: the fields of a held activity go out of sight (keeping what they hold) and the reason
        comes in."""
        held = self.held_button.isChecked()
        rows: list[tuple[QFormLayout, QWidget, bool]] = [
            (self.left, self.duration, held),
            (self.left, self.dutch, held),
            (self.left, self.went_well, held),
            (self.left, self.cancel_reason, not held),
            (self.left, self.cancel_note, not held),
            (self.right, self.members_box, held),
            (self.right, self.children_count, held),
            (self.right, self.wellbeing, held),
        ]
        for form, widget, shown in rows:
            form.setRowVisible(widget, shown)
        if self._errors is not None:
            self._errors.clear()

    def _follow_reason(self) -> None:
        other = self.cancel_reason.currentData() == CancelReason.OTHER
        self.cancel_note.setPlaceholderText(self.tr("Required for “Other”") if other else self.tr("Optional"))
