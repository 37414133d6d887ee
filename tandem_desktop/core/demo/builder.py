"""The demo's builder: every part of the programme in the order its records depend on each other."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import event

from .. import validation
from ..organisations import OrganisationDraft, save_organisation_in
from ..progress import NO_PROGRESS, Progress
from .duo_life import DuoLife
from .intake import Intake
from .logbook import Logbook
from .programme import slug


@dataclass(frozen=True)
class DemoSummary:
    families: int
    buddies: int
    trajectories: int
    activities: int
    group_activities: int
    buddy_meetings: int
    signals: int
    organisations: int
    referrals: int


class DemoBuilder(Intake, DuoLife, Logbook):
    def build(self, progress: Progress = NO_PROGRESS) -> DemoSummary:
        # Flushed part by part, so that every row's parents are in before it: without relationship() the unit
        # of work orders one flush's inserts by class name, not by foreign key.
        parts = (
            self.fill_settings,
            self.add_organisations,
            self.replay_statuses,
            self.complete_evaluations,
            self.add_agreements,
            self.add_activities,
            self.add_group_activities,
            self.add_buddy_meetings,
            self.add_activity_signals,
            self.add_coordinator_signals,
            self.add_referrals,
        )
        for done, part in enumerate(parts):
            progress(done, len(parts))  # a cancel stops here; the caller's transaction rolls it all back
            part()
            self.session.flush()
        progress(len(parts), len(parts))
        return DemoSummary(
            families=len(self.families),
            buddies=len(self.buddies),
            trajectories=len(self.duos),
            activities=len(self.activities),
            group_activities=self.counts["group_activities"],
            buddy_meetings=self.counts["buddy_meetings"],
            signals=self.counts["signals"],
            organisations=len(self.organisations),
            referrals=self.counts["referrals"],
        )

    def fill_settings(self) -> None:
        for name, value in self.data.settings.items():
            if name.endswith("_phone"):
                value = validation.phone_number(value, name) or ""
            setattr(self.settings, name, value)
        self.session.add(self.settings)

    def add_organisations(self) -> None:
        for i, spec in enumerate(self.data.organisations):
            draft = OrganisationDraft(
                name=spec.name,
                category=spec.category,
                address=spec.address,
                postcode=spec.postcode,
                municipality=self.data.municipality,
                contact_person=spec.contact_person,
                phone=f"+32 9 210 {10 + i:02d} 00",
                email=f"{slug(spec.contact_person.removeprefix('Dr. ').removeprefix('Mr. '))}@example.org",
                languages=list(spec.languages),
                notes=spec.notes,
            )
            self.organisations[spec.key] = save_organisation_in(self.session, draft)

    def replay_statuses(self) -> None:
        """Families, buddies and duos through their statuses, event by event in date order, each status change
        dated on its simulated day."""
        plans = self.plan_duos()
        self.plan_families(plans)
        self.plan_buddies(plans)
        for plan, start, matched in plans.values():
            self.plan_duo(plan, start, matched)
        listener = self.clock.stamp_new_changes
        event.listen(self.session, "before_flush", listener)
        try:
            for day, _rank, _seq, action in sorted(self.events, key=lambda e: e[:3]):
                self.clock.set_day(day)
                action()
                self.session.flush()
        finally:
            event.remove(self.session, "before_flush", listener)
