"""The demo's duos: matched, started, paused, resumed and closed through core.trajectories on their days; their
evaluations held and their agreements made."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib

from tandem_desktop.db.models import Agreement, Evaluation
from tandem_desktop.db.models.enums import ClosureReason, EvaluationKind
from tandem_desktop.db.queries import live

from .. import trajectories
from ..dates import add_months, next_monday
from .data import DuoPlan
from .programme import Duo, DuoPlans, Programme

AGREEMENT_TEMPLATE_VERSION = 1  # the built-in text; the demo adds no AgreementTemplate row


class DuoLife(Programme):
    def plan_duos(self) -> DuoPlans:
        """Per household: its duo plan, match day and start day."""
        plans = {}
        for plan in self.data.duos:
            if plan.start is None:
                start = next_monday(self.today) + dt.timedelta(weeks=plan.weeks_ahead)
            else:
                start = self.day(plan.start)
            matched = min(start - dt.timedelta(days=plan.matched_before), self.day(2))
            plans[plan.family] = (plan, start, matched)
        return plans

    def plan_duo(self, plan: DuoPlan, start: dt.date, matched: dt.date) -> None:
        household = plan.family
        self.schedule(matched, 1, functools.partial(self.match, plan, start, matched))
        if start > self.today:
            return  # proposed: it starts on a coming Monday
        self.schedule(start, 2, functools.partial(self.activate, household))
        if plan.pause is not None:
            after, length = plan.pause
            paused = start + dt.timedelta(days=after)
            self.schedule(paused, 3, functools.partial(self.pause, household, paused))
            if length is not None:
                resumed = paused + dt.timedelta(days=length)
                self.schedule(resumed, 3, functools.partial(self.resume, household, resumed))
        if plan.reason == ClosureReason.DURATION_COMPLETED:
            self.schedule(self.closing_day(plan, start), 4, functools.partial(self.close, household, None))
        elif plan.reason is not None:
            assert plan.closed is not None
            closed = self.day(plan.closed)
            self.schedule(closed, 4, functools.partial(self.close, household, closed))

    def closing_day(self, plan: DuoPlan, start: dt.date) -> dt.date:
        end = add_months(start, self.settings.duration_months)
        if plan.pause is not None and plan.pause[1] is not None:
            end += dt.timedelta(days=plan.pause[1])
        return end

    def match(self, plan: DuoPlan, start: dt.date, matched: dt.date) -> None:
        family, buddy = self.families[plan.family], self.buddies[plan.buddy]
        trajectory = trajectories.create_trajectory(self.session, family, buddy, start, self.settings)
        self.duos.append(Duo(plan, trajectory, family, buddy, matched))

    def activate(self, household: str) -> None:
        duo = self.duo(household)
        trajectories.activate_trajectory(self.session, duo.trajectory, duo.family)

    def pause(self, household: str, on: dt.date) -> None:
        duo = self.duo(household)
        trajectories.pause(self.session, duo.trajectory, on, duo.plan.pause_reason)
        duo.pauses.append((on, None))

    def resume(self, household: str, on: dt.date) -> None:
        duo = self.duo(household)
        trajectories.resume(self.session, duo.trajectory, on)
        begin, _end = duo.pauses[-1]
        duo.pauses[-1] = (begin, on)

    def close(self, household: str, on: dt.date | None) -> None:
        """Close on `on`, or (None) at the planned end, which the pauses have moved by now."""
        duo = self.duo(household)
        plan = duo.plan
        assert plan.reason is not None
        closed = duo.trajectory.planned_end if on is None else on
        trajectories.close(
            self.session,
            duo.trajectory,
            duo.family,
            duo.buddy,
            closed,
            plan.reason,
            plan.ended_by,
            plan.closure_note,
        )

    # -- evaluations and agreements ---------------------------------------------------------------------------

    def complete_evaluations(self) -> None:
        order = list(EvaluationKind)
        for duo in self.duos:
            query = live(Evaluation).where(Evaluation.trajectory_id == duo.trajectory.id)
            evaluations = sorted(self.session.exec(query), key=lambda e: order.index(e.kind))
            closed = duo.trajectory.closed_on
            for evaluation in evaluations:
                self.complete_evaluation(duo, evaluation, closed)

    def complete_evaluation(self, duo: Duo, evaluation: Evaluation, closed: dt.date | None) -> None:
        kind, due = evaluation.kind, evaluation.due_on
        late = dt.timedelta(days=self.rng.randint(0, 6))
        if closed is not None and kind == EvaluationKind.END:
            done = closed  # the closing talk, also when the duo stopped early
        elif closed is not None and due > closed:
            evaluation.notes = self.data.evaluation_not_held
            self.session.add(evaluation)
            return
        elif due <= self.today and kind not in duo.plan.overdue:
            done = min(due + late, closed or self.today)
        else:
            return
        mismatch = duo.plan.reason == ClosureReason.MISMATCH
        notes = self.data.evaluation_notes
        evaluation.done_on = max(done, duo.start)
        evaluation.family_score = self.rng.randint(1, 3) if mismatch else self.rng.randint(3, 5)
        evaluation.buddy_score = self.rng.randint(2, 3) if mismatch else self.rng.randint(3, 5)
        evaluation.notes = duo.plan.closure_note if kind == EvaluationKind.END and mismatch else notes[kind]
        self.session.add(evaluation)

    def add_agreements(self) -> None:
        for duo in self.duos:
            if duo.start > self.today:
                continue  # a proposed duo gets its agreement at the start
            family, start = duo.family, duo.start
            languages = self.data.agreement_second_languages
            second = family.mother_tongue if family.mother_tongue in languages else None
            digest = hashlib.sha256(
                f"tandem-demo|agreement|{family.name}|{start.isoformat()}".encode()
            ).hexdigest()
            self.add(
                Agreement(
                    trajectory_id=duo.trajectory.id,
                    template_version=AGREEMENT_TEMPLATE_VERSION,
                    second_language=second,
                    generated_at=dt.datetime.combine(start, dt.time(9, 30), tzinfo=dt.UTC),
                    pdf_sha256=digest,
                    signed_on=start if duo.plan.signed else None,
                )
            )
