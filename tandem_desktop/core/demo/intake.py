"""The demo's families and buddies: each registered through the forms' own service on its day, then moved on
through its statuses."""

from __future__ import annotations

import datetime as dt
import functools

from tandem_desktop.db.models.enums import (
    BuddyStatus,
    DutchLevel,
    FamilyStatus,
    MemberRole,
    Need,
    PhotoConsent,
)

from ..buddies import BuddyDraft, Training, save_buddy_in
from ..families import FamilyDraft, MemberDraft, current_members, save_family_in
from .data import BuddySpec, FamilySpec
from .programme import DuoPlans, Programme, slug


class Intake(Programme):
    # -- families ---------------------------------------------------------------------------------------------

    def plan_families(self, plans: DuoPlans) -> None:
        unmatched = {u.family: u for u in self.data.unmatched_families}
        for index, spec in enumerate(self.data.families, start=1):
            if spec.name in plans:
                _plan, _start, matched = plans[spec.name]
                registered = matched - dt.timedelta(days=self.rng.randint(25, 110))
                final = FamilyStatus.MATCHED  # the duo's events take it further
            else:
                final = unmatched[spec.name].status
                registered = self.day(unmatched[spec.name].registered_days_ago)
            intake = registered + dt.timedelta(days=self.rng.randint(5, 14))
            draft = self.family_draft(
                spec, index, registered, intake if final != FamilyStatus.REGISTERED else None
            )
            self.schedule(
                registered, 0, functools.partial(self.register_family, spec.name, draft, registered)
            )
            if final == FamilyStatus.REGISTERED:
                continue
            self.schedule_status(intake, self.families, spec.name, FamilyStatus.INTAKE_DONE)
            if final == FamilyStatus.INTAKE_DONE:
                continue
            waiting = intake + dt.timedelta(days=self.rng.randint(1, 3))
            self.schedule_status(waiting, self.families, spec.name, FamilyStatus.WAITING)
            if final == FamilyStatus.WITHDRAWN:
                withdrawn = min(waiting + dt.timedelta(days=self.rng.randint(20, 45)), self.today)
                note = self.data.withdrawal_notes[spec.name]
                self.schedule_status(withdrawn, self.families, spec.name, FamilyStatus.WITHDRAWN, note)

    def family_draft(
        self, spec: FamilySpec, index: int, registered: dt.date, intake: dt.date | None
    ) -> FamilyDraft:
        """The family as the coordinator types it in the form (the consent as given at the intake)."""
        phone = f"+32 470 00 {index // 100:02d} {index % 100:02d}"
        arrival = max(registered - dt.timedelta(days=self.rng.randint(20, 250)), self.day(700))
        takes_lessons = spec.dutch_level in (DutchLevel.NONE, DutchLevel.A1, DutchLevel.A2)
        unavailable = list(self.rng.choice(self.data.dutch_course_slots)) if takes_lessons else []
        if self.rng.random() < 0.3:
            unavailable.append("wed-afternoon")
        # The random choices are made in this order: keep it, or the same seed gives another programme.
        return FamilyDraft(
            name=spec.name,
            mother_tongue=spec.mother_tongue,
            contact_languages=list(spec.contact_languages),
            dutch_level=spec.dutch_level,
            arrival_date=arrival,
            family_reunification=spec.reunification,
            address=f"{self.rng.choice(self.data.streets)} {self.rng.randint(1, 180)}",
            postcode=spec.postcode,
            municipality=self.data.municipality,
            phone=phone,
            whatsapp=phone if self.rng.random() < 0.85 else "",
            needs=self.needs_of(spec),
            needs_other=spec.needs_other,
            unavailability=unavailable,
            sensitive_constraints=spec.sensitive,
            referred_by=spec.referred_by,
            consent_date=intake,
            consent_text_version=self.settings.consent_text_version if intake else "",
            photo_consent=self.photo_answer(intake),
            buddy_preferences=spec.preferences,
            notes=spec.notes,
            members=[MemberDraft(m.name, m.role, self.today.year - m.age) for m in spec.members],
        )

    def photo_answer(self, intake: dt.date | None) -> PhotoConsent:
        if intake is None:
            return PhotoConsent.NOT_ASKED
        return PhotoConsent.YES if self.rng.random() < 0.6 else PhotoConsent.NO

    def needs_of(self, spec: FamilySpec) -> list[str]:
        ages = [m.age for m in spec.members if m.role == MemberRole.CHILD]
        needs: set[Need] = set()
        if any(age <= 3 for age in ages):
            needs.add(Need.CHILDCARE)
        if any(4 <= age <= 12 for age in ages):
            needs.add(Need.PLAYGROUND_PROGRAMME)
        if any(6 <= age <= 14 for age in ages) and self.rng.random() < 0.5:
            needs.add(Need.LANGUAGE_CAMP)
        if self.rng.random() < 0.6:
            needs.add(Need.LIBRARY)
        if self.rng.random() < 0.3:
            needs.add(Need.SPORT)
        if self.rng.random() < 0.25 or not ages:
            needs.add(Need.VOLUNTEER_WORK)
        if spec.needs_other:
            needs.add(Need.OTHER)
        return [need.value for need in Need if need in needs]

    def register_family(self, name: str, draft: FamilyDraft, registered: dt.date) -> None:
        # Checked against the demo's today, as the data was made for it (a consent given at the intake,
        # a child born this year).
        family = save_family_in(self.session, draft, self.today, registered_on=registered)
        self.families[name] = family
        self.members[name] = current_members(self.session, family.id)

    # -- buddies ----------------------------------------------------------------------------------------------

    def plan_buddies(self, plans: DuoPlans) -> None:
        first_match: dict[str, dt.date] = {}
        for plan, _start, matched in plans.values():
            first_match[plan.buddy] = min(matched, first_match.get(plan.buddy, matched))
        for index, spec in enumerate(self.data.buddies, start=101):
            if spec.registered_days_ago is not None:
                registered = self.day(spec.registered_days_ago)
            else:
                registered = first_match[spec.name] - dt.timedelta(days=self.rng.randint(40, 120))
            screened = registered + dt.timedelta(days=self.rng.randint(10, 21))
            available = screened + dt.timedelta(days=self.rng.randint(5, 14))
            draft = self.buddy_draft(spec, index, registered, screened, available)
            self.schedule(registered, 0, functools.partial(self.register_buddy, spec.name, draft, registered))
            if spec.reached in (BuddyStatus.SCREENED, BuddyStatus.AVAILABLE):
                self.schedule_status(screened, self.buddies, spec.name, BuddyStatus.SCREENED)
            if spec.reached == BuddyStatus.AVAILABLE:
                self.schedule_status(available, self.buddies, spec.name, BuddyStatus.AVAILABLE)
            for status, days_ago, note in spec.later:
                self.schedule_status(self.day(days_ago), self.buddies, spec.name, status, note, rank=5)

    def buddy_draft(
        self, spec: BuddySpec, index: int, registered: dt.date, screened: dt.date, available: dt.date
    ) -> BuddyDraft:
        """The buddy as the coordinator types it in the form (the screening and trainings as they came)."""
        phone = f"+32 470 00 {index // 100:02d} {index % 100:02d}"
        extract: dt.date | None = None
        if spec.reached != BuddyStatus.CANDIDATE:
            extract = screened - dt.timedelta(days=self.rng.randint(2, 9))
            if extract < self.day(365) and spec.name != self.data.stale_extract_buddy:
                extract = self.day(self.rng.randint(20, 200))  # renewed after a year
        elif self.rng.random() < 0.5:  # a candidate who brought it along already
            extract = registered + dt.timedelta(days=self.rng.randint(0, (self.today - registered).days))
        trainings = []
        if spec.reached == BuddyStatus.AVAILABLE:
            trainings.append(Training(self.data.basic_training, available))
            for title in self.data.extra_trainings:
                when = available + dt.timedelta(days=self.rng.randint(20, 200))
                if when <= self.today and self.rng.random() < 0.4:
                    trainings.append(Training(title, when))
        # The random choices are made in this order: keep it, or the same seed gives another programme.
        return BuddyDraft(
            name=spec.name,
            birth_year=self.today.year - spec.age,
            phone=phone,
            whatsapp=phone,
            email=f"{slug(spec.name)}@example.org",
            address=f"{self.rng.choice(self.data.streets)} {self.rng.randint(1, 180)}",
            postcode=spec.postcode,
            municipality=self.data.municipality,
            dutch_level=spec.dutch_level,
            languages=list(spec.languages),
            ex_newcomer=spec.ex_newcomer,
            availability=self.rng.sample(self.data.availability_slots, self.rng.randint(3, 5)),
            interests=self.rng.sample(self.data.interests, self.rng.randint(2, 4)),
            capacity=spec.capacity,
            criminal_record_extract_on=extract,
            trainings=trainings,
            notes=spec.notes,
        )

    def register_buddy(self, name: str, draft: BuddyDraft, registered: dt.date) -> None:
        self.buddies[name] = save_buddy_in(self.session, draft, self.today, registered_on=registered)
