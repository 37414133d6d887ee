"""Match suggestions: which buddies fit a waiting family, which waiting families fit a buddy, and why.

Pure functions: profiles in, ranked suggestions out (the store is read in `core/match_data.py`). Every
point of a score comes with a reason in plain words, and every exclusion too: a buddy who cannot be
matched is listed with the reason, never dropped silently.

All weights are in `WEIGHTS`; the tests pin the ordering they give on hand-made cases.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from tandem_desktop.db.models.enums import BuddyStatus, DutchLevel
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .buddies import ExtractState
from .languages import language_name
from .weekgrid import normalised, slot_name


@dataclass(frozen=True)
class MatchWeights:
    """Points a suggestion earns for each kind of fit. Language weighs most: without it a duo cannot talk."""

    mother_tongue: int = 40  # the buddy speaks the family's mother tongue
    contact_language: int = 20  # another language the family speaks (English, French, ...)
    dutch_only: int = 10  # only Dutch in common, and the family speaks some Dutch
    shared_slot: int = 6  # per week slot the buddy is free and the family can meet ...
    shared_slots_counted: int = 3  # ... counting at most this many slots
    same_postcode: int = 15
    same_municipality: int = 6  # when the postcode differs
    no_duo_yet: int = 5
    room_for_one_more: int = 2
    ex_newcomer: int = 4  # knows the way from the inside


WEIGHTS = MatchWeights()

# Dutch at this level and up counts as a language a family can be matched in.
FAMILY_DUTCH_LEVELS = frozenset((DutchLevel.A2, DutchLevel.B1, DutchLevel.B2_OR_HIGHER, DutchLevel.NATIVE))
BUDDY_DUTCH_LEVELS = frozenset((DutchLevel.B1, DutchLevel.B2_OR_HIGHER, DutchLevel.NATIVE))
DUTCH = "nl"


@dataclass(frozen=True)
class FamilyProfile:
    id: uuid.UUID
    name: str
    mother_tongue: str | None
    contact_languages: tuple[str, ...]
    dutch_level: DutchLevel
    postcode: str
    municipality: str
    unavailability: frozenset[str]
    has_children: bool
    waiting_since: dt.date

    @functools.cached_property  # asked once per buddy ranked: computed once
    def languages(self) -> frozenset[str]:
        spoken = set(self.contact_languages)
        if self.mother_tongue:
            spoken.add(self.mother_tongue)
        if self.dutch_level in FAMILY_DUTCH_LEVELS:
            spoken.add(DUTCH)
        return frozenset(spoken)


@dataclass(frozen=True)
class BuddyProfile:
    id: uuid.UUID
    name: str
    status: BuddyStatus
    languages: tuple[str, ...]
    dutch_level: DutchLevel
    postcode: str
    municipality: str
    availability: frozenset[str]
    capacity: int
    open_duos: int
    extract: ExtractState
    ex_newcomer: bool = False

    @functools.cached_property  # asked for every family the buddy is ranked for: computed once
    def spoken(self) -> frozenset[str]:
        spoken = set(self.languages)
        if self.dutch_level in BUDDY_DUTCH_LEVELS:
            spoken.add(DUTCH)
        return frozenset(spoken)


_NO_VALUES: Mapping[str, str | int] = MappingProxyType({})


class Reason(NamedTuple):
    """One line of why: its English template (translated by the GUI in the "matching" context) and values.

    `languages` and `slots` are codes, named in the reader's language when the reason is shown.
    (A named tuple, not a frozen dataclass: thousands are made per ranking, and it is made four times faster.)
    """

    template: str
    points: int = 0
    blocking: bool = False
    languages: tuple[str, ...] = ()
    slots: tuple[str, ...] = ()
    values: Mapping[str, str | int] = _NO_VALUES

    @property
    def text(self) -> str:
        """The reason in English, as the command line and the tests read it."""
        return reason_text(self, lambda text: text, lambda code: language_name(code, "en"))


AND = QT_TRANSLATE_NOOP("matching", "{first} and {last}")
MORE = QT_TRANSLATE_NOOP("matching", "{count} more")
SLOTS_NAMED = 3  # a reason names this many week slots; the rest are counted


def reason_text(reason: Reason, translate: Callable[[str], str], name_of: Callable[[str], str]) -> str:
    """The reason as the user reads it: `translate` gives a text of the "matching" or "weekgrid" context."""

    def listed(names: list[str]) -> str:
        if len(names) <= 1:
            return "".join(names)
        return translate(AND).format(first=", ".join(names[:-1]), last=names[-1])

    slots = [slot_name(slot, translate) for slot in reason.slots[:SLOTS_NAMED]]
    if len(reason.slots) > SLOTS_NAMED:
        slots.append(translate(MORE).format(count=len(reason.slots) - SLOTS_NAMED))
    return translate(reason.template).format(
        languages=listed([name_of(code) for code in reason.languages]),
        slots=listed(slots),
        **reason.values,
    )


class Suggestion(NamedTuple):
    family: FamilyProfile
    buddy: BuddyProfile
    reasons: tuple[Reason, ...]  # the blocking ones first
    blocking: int  # how many reasons exclude the match
    points: int  # what the fit scores without its blocking reasons (ranks the excluded among themselves)

    @property
    def possible(self) -> bool:
        return self.blocking == 0

    @property
    def score(self) -> int:
        return self.points if self.possible else 0


_STATUS_BLOCKS = {
    BuddyStatus.CANDIDATE: QT_TRANSLATE_NOOP("matching", "Not available yet: the screening is not finished"),
    BuddyStatus.SCREENED: QT_TRANSLATE_NOOP("matching", "Not available yet: screened, but not yet trained"),
    BuddyStatus.PAUSED: QT_TRANSLATE_NOOP("matching", "Paused as a buddy for now"),
    BuddyStatus.STOPPED: QT_TRANSLATE_NOOP("matching", "No longer a buddy"),
}


def assess(family: FamilyProfile, buddy: BuddyProfile, weights: MatchWeights = WEIGHTS) -> Suggestion:
    """How well the buddy fits the family: the reasons for and against, blocking ones first."""
    blocking: list[Reason] = []
    reasons: list[Reason] = []

    if buddy.status in _STATUS_BLOCKS:
        blocking.append(Reason(_STATUS_BLOCKS[buddy.status], blocking=True))
    if buddy.open_duos >= buddy.capacity:
        blocking.append(
            Reason(
                QT_TRANSLATE_NOOP("matching", "Already has {duos} of {capacity} duos: no room for another"),
                blocking=True,
                values={"duos": buddy.open_duos, "capacity": buddy.capacity},
            )
        )
    elif buddy.open_duos == 0:
        reasons.append(Reason(QT_TRANSLATE_NOOP("matching", "Has no duo yet"), weights.no_duo_yet))
    else:
        reasons.append(
            Reason(QT_TRANSLATE_NOOP("matching", "Has time for one more duo"), weights.room_for_one_more)
        )

    _language(family, buddy, weights, blocking, reasons)
    _times(family, buddy, weights, blocking, reasons)
    _extract(family, buddy, blocking, reasons)

    if family.postcode and family.postcode == buddy.postcode:
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("matching", "Lives in the same postcode ({postcode})"),
                weights.same_postcode,
                values={"postcode": family.postcode},
            )
        )
    elif family.municipality and family.municipality.casefold() == buddy.municipality.casefold():
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("matching", "Lives in the same municipality ({municipality})"),
                weights.same_municipality,
                values={"municipality": family.municipality},
            )
        )
    if buddy.ex_newcomer:
        reasons.append(Reason(QT_TRANSLATE_NOOP("matching", "Was a newcomer too"), weights.ex_newcomer))

    reasons.sort(key=lambda reason: -reason.points)  # the weightiest reason reads first
    return Suggestion(family, buddy, tuple(blocking + reasons), len(blocking), sum(r.points for r in reasons))


def _language(
    family: FamilyProfile,
    buddy: BuddyProfile,
    weights: MatchWeights,
    blocking: list[Reason],
    reasons: list[Reason],
) -> None:
    spoken = buddy.spoken
    if family.mother_tongue and family.mother_tongue in spoken and family.mother_tongue != DUTCH:
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("matching", "Speaks {languages}, the family's mother tongue"),
                weights.mother_tongue,
                languages=(family.mother_tongue,),
            )
        )
        return
    shared = sorted(code for code in family.languages & spoken if code != DUTCH)
    if shared:
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("matching", "Speaks {languages}, which the family speaks too"),
                weights.contact_language,
                languages=tuple(shared),
            )
        )
    elif DUTCH in family.languages & spoken:
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("matching", "Only Dutch in common; the family speaks some Dutch"),
                weights.dutch_only,
            )
        )
    else:
        blocking.append(
            Reason(QT_TRANSLATE_NOOP("matching", "No language in common with the family"), blocking=True)
        )


def _times(
    family: FamilyProfile,
    buddy: BuddyProfile,
    weights: MatchWeights,
    blocking: list[Reason],
    reasons: list[Reason],
) -> None:
    if not buddy.availability:
        reasons.append(Reason(QT_TRANSLATE_NOOP("matching", "No free times known for the buddy")))
        return
    shared = normalised(buddy.availability - family.unavailability)
    if not shared:
        blocking.append(
            Reason(QT_TRANSLATE_NOOP("matching", "Free only when the family cannot meet"), blocking=True)
        )
        return
    counted = min(len(shared), weights.shared_slots_counted)
    both_free = QT_TRANSLATE_NOOP("matching", "Both free on {slots}")
    reasons.append(Reason(both_free, counted * weights.shared_slot, slots=tuple(shared)))


def _extract(
    family: FamilyProfile, buddy: BuddyProfile, blocking: list[Reason], reasons: list[Reason]
) -> None:
    if buddy.extract == ExtractState.VALID:
        return
    if family.has_children:
        if buddy.extract == ExtractState.MISSING:
            template = QT_TRANSLATE_NOOP(
                "matching", "No criminal-record extract yet; the family has children"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "matching", "Criminal-record extract older than a year; the family has children"
            )
        blocking.append(Reason(template, blocking=True))
    elif buddy.extract == ExtractState.MISSING:
        reasons.append(Reason(QT_TRANSLATE_NOOP("matching", "No criminal-record extract yet")))
    else:
        reasons.append(Reason(QT_TRANSLATE_NOOP("matching", "Criminal-record extract older than a year")))


def _rank_key(suggestion: Suggestion) -> tuple[int, int]:
    # Possible matches first, best score first; then the excluded: the fewest blocking reasons (closest to
    # possible) first, and among those the best fit otherwise.
    return (suggestion.blocking, -suggestion.points)


def suggest_buddies(
    family: FamilyProfile, buddies: Iterable[BuddyProfile], weights: MatchWeights = WEIGHTS
) -> list[Suggestion]:
    """Every buddy for the family, ranked: possible matches by score, then the excluded ones with why."""
    suggestions = [assess(family, buddy, weights) for buddy in buddies]
    suggestions.sort(key=lambda s: (*_rank_key(s), s.buddy.name.casefold()))
    return suggestions


def suggest_families(
    buddy: BuddyProfile, families: Iterable[FamilyProfile], weights: MatchWeights = WEIGHTS
) -> list[Suggestion]:
    """The reverse view: the waiting families for one buddy; at an equal score, the longest wait first."""
    suggestions = [assess(family, buddy, weights) for family in families]
    suggestions.sort(key=lambda s: (*_rank_key(s), s.family.waiting_since, s.family.name.casefold()))
    return suggestions
