"""What happened in the demo programme: the duos' activities, group activities, buddy meetings, signals and
referrals, written as records once the duos' lives have been replayed."""

from __future__ import annotations

import datetime as dt

from tandem_desktop.db.models import (
    Activity,
    Buddy,
    BuddyMeeting,
    BuddyMeetingAttendance,
    BuddyMeetingItem,
    GroupActivity,
    GroupAttendance,
    Referral,
    Signal,
)
from tandem_desktop.db.models.enums import (
    DutchPractised,
    MeetingItemKind,
    MemberRole,
    SignalSource,
    SignalStatus,
    SignalTheme,
)

from ..dates import add_months
from .data import Outing
from .programme import Duo, Programme


class Logbook(Programme):
    # -- duo activities ---------------------------------------------------------------------------------------

    def add_activities(self) -> None:
        for duo in self.duos:
            for day in self.activity_days(duo):
                self.add_activity(duo, day)

    def activity_days(self, duo: Duo) -> list[dt.date]:
        """Roughly twice a month from the start, never in a pause, after the close or after today."""
        last = duo.last_day(self.today)
        if duo.plan.rhythm == "stalled":
            last = min(last, self.day(38))
        gaps = (24, 36) if duo.plan.rhythm == "slow" else (11, 18)
        days = []
        day = duo.start + dt.timedelta(days=self.rng.randint(2, 7))
        while day <= last:
            pause = duo.pause_on(day)
            if pause is not None:
                _begin, resumed = pause
                if resumed is None:
                    break
                day = resumed + dt.timedelta(days=self.rng.randint(3, 7))
                continue
            days.append(day)
            day += dt.timedelta(days=self.rng.randint(*gaps))
        return days

    def add_activity(self, duo: Duo, day: dt.date) -> None:
        outing = self.rng.choice(self.data.outings)
        bias = duo.plan.cancel_bias
        if self.rng.random() < (0.35 if bias else 0.12):
            cancel_notes = self.data.cancel_notes
            reason = bias if bias and self.rng.random() < 0.7 else self.rng.choice(tuple(cancel_notes))
            activity = Activity(
                trajectory_id=duo.trajectory.id,
                date=day,
                type=outing.type,
                place=outing.place,
                held=False,
                cancel_reason=reason,
                cancel_note=self.rng.choice(cancel_notes[reason]),
            )
        else:
            activity = self.held_activity(duo, day, outing)
        self.add(activity)
        self.activities.append(activity)

    def held_activity(self, duo: Duo, day: dt.date, outing: Outing) -> Activity:
        members = self.members[duo.plan.family]
        first_parent = next(m for m in members if m.role == MemberRole.PARENT)
        came = [m for m in members if m is first_parent or self.rng.random() < (0.75 if m.is_child else 0.4)]
        organisation = self.organisations[outing.organisation].id if outing.organisation else None
        children_came = any(m.is_child for m in came)
        return Activity(
            trajectory_id=duo.trajectory.id,
            date=day,
            duration_minutes=self.rng.choice((60, 90, 120, 150, 180)),
            type=outing.type,
            place=outing.place,
            organisation_id=organisation,
            held=True,
            participant_ids=[str(m.id) for m in came],
            children_count=sum(1 for m in came if m.is_child),
            dutch_practised=self.rng.choice(
                (DutchPractised.NONE, DutchPractised.A_LITTLE, DutchPractised.A_LITTLE, DutchPractised.A_LOT)
            ),
            went_well=self.rng.choice(outing.went_well),
            wellbeing_note=self.rng.choice(self.data.wellbeing_notes) if children_came else "",
        )

    # -- group activities and buddy meetings ------------------------------------------------------------------

    def add_group_activities(self) -> None:
        for spec in self.data.group_activities:
            day = self.day(spec.days_ago + self.rng.randint(-2, 2))
            group = GroupActivity(title=spec.title, date=day, place=spec.place, description=spec.description)
            self.add(group, "group_activities")
            came: set[str] = set()
            for duo in self.duos:
                if not duo.running_on(day, self.today) or self.rng.random() > 0.65:
                    continue
                if duo.buddy.name not in came and self.rng.random() < 0.8:
                    came.add(duo.buddy.name)
                    self.add(GroupAttendance(group_activity_id=group.id, buddy_id=duo.buddy.id))
                for member in self.members[duo.plan.family]:
                    if member.is_child or member.role == MemberRole.PARENT or self.rng.random() < 0.3:
                        self.add(GroupAttendance(group_activity_id=group.id, family_member_id=member.id))

    def add_buddy_meetings(self) -> None:
        """One meeting a month for the last five months (not yet this month), each with a signal."""
        texts = self.data.meetings
        first_of_month = self.today.replace(day=1)
        for months_ago in range(5, 0, -1):
            month = add_months(first_of_month, -months_ago)
            day = _nth_weekday(month, weekday=3, n=2)  # the second Thursday
            index = 5 - months_ago
            meeting = BuddyMeeting(date=day, place=texts.place, notes=texts.notes[index])
            self.add(meeting, "buddy_meetings")
            self.add_meeting_attendance(meeting)
            self.add(
                BuddyMeetingItem(
                    buddy_meeting_id=meeting.id, kind=MeetingItemKind.IDEA, text=texts.ideas[index]
                )
            )
            self.add(
                BuddyMeetingItem(
                    buddy_meeting_id=meeting.id, kind=MeetingItemKind.NEED, text=texts.needs[index]
                )
            )
            spec = texts.signals[index]
            signal = self.make_signal(
                spec.theme, spec.description, day, spec.answer, SignalSource.BUDDY_MEETING
            )
            signal.buddy_meeting_id = meeting.id
            self.add(signal, "signals")
            self.session.flush()  # the signal before the item that refers to it
            self.add(
                BuddyMeetingItem(
                    buddy_meeting_id=meeting.id,
                    kind=MeetingItemKind.SIGNAL,
                    text=spec.description,
                    signal_id=signal.id,
                )
            )

    def add_meeting_attendance(self, meeting: BuddyMeeting) -> None:
        matched: dict[str, Buddy] = {}
        for duo in self.duos:
            if duo.matched_on_day(meeting.date):
                matched.setdefault(duo.buddy.name, duo.buddy)
        came = [b for b in matched.values() if self.rng.random() < 0.75] or list(matched.values())[:2]
        for buddy in came:
            self.add(BuddyMeetingAttendance(buddy_meeting_id=meeting.id, buddy_id=buddy.id))

    # -- signals and referrals --------------------------------------------------------------------------------

    def make_signal(
        self, theme: SignalTheme, description: str, raised: dt.date, answer: str, source: SignalSource
    ) -> Signal:
        """New for two weeks, then passed on (some days after it was raised), answered weeks later if at all."""
        age = (self.today - raised).days
        signal = Signal(theme=theme, description=description, source=source, raised_on=raised)
        if age >= 14:
            signal.status = SignalStatus.PASSED_ON
            signal.passed_on_on = raised + dt.timedelta(days=min(age, self.rng.randint(2, 6)))
        if answer and age >= 45:
            signal.status = SignalStatus.ANSWERED
            signal.answered_on = raised + dt.timedelta(days=self.rng.randint(20, 40))
            signal.answer = answer
        return signal

    def add_activity_signals(self) -> None:
        for spec in self.data.activity_signals:
            duo = self.duo_of(spec.family)
            assert duo is not None
            held = [a for a in self.activities if a.trajectory_id == duo.trajectory.id and a.held]
            if not held:
                continue  # only with another seed: this duo never met
            activity = held[-1]
            answer = self.data.activity_signal_answers[spec.theme]
            signal = self.make_signal(
                spec.theme, spec.description, activity.date, answer, SignalSource.ACTIVITY
            )
            signal.activity_id = activity.id
            signal.trajectory_id = duo.trajectory.id
            signal.family_id = duo.family.id
            self.add(signal, "signals")

    def add_coordinator_signals(self) -> None:
        for spec in self.data.coordinator_signals:
            signal = self.make_signal(
                spec.theme, spec.description, self.day(spec.days_ago), spec.answer, SignalSource.COORDINATOR
            )
            if spec.family is not None:
                signal.family_id = self.families[spec.family].id
                duo = self.duo_of(spec.family)
                signal.trajectory_id = duo.trajectory.id if duo else None
            self.add(signal, "signals")

    def add_referrals(self) -> None:
        for spec in self.data.referrals:
            family = self.families[spec.family]
            duo = self.duo_of(spec.family)
            anchor = duo.start if duo else family.registered_on
            referred = min(
                anchor + dt.timedelta(days=spec.after), duo.last_day(self.today) if duo else self.today
            )
            follow_up = None if spec.follow_up is None else self.today + dt.timedelta(days=spec.follow_up)
            referral = Referral(
                family_id=family.id,
                organisation_id=self.organisations[spec.organisation].id,
                trajectory_id=duo.trajectory.id if duo else None,
                purpose=spec.purpose,
                referred_on=referred,
                outcome=spec.outcome,
                follow_up_on=max(follow_up, referred) if follow_up else None,
                notes=spec.notes,
            )
            self.add(referral, "referrals")


def _nth_weekday(first_of_month: dt.date, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (0 = Monday) of the month that starts on `first_of_month`."""
    offset = (weekday - first_of_month.weekday()) % 7
    return first_of_month + dt.timedelta(days=offset + 7 * (n - 1))
