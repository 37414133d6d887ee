"""“Wat we over jou bijhouden”: a family's or a buddy's own copy of their data (right of access) as a PDF, in plain
Dutch (B1) label/value tables, the intro, notes and headings followed by a second language in the agreement's tinted
blocks (right to left for Arabic). Input: `core.privacy.access.AccessCopy`; words: resources/access/CODE.json (Dutch
the reference). Every user value is a bidi isolate (`fonts.isolate`): no name in any script, nor a control typed into
it, turns a Dutch line around. The same copy gives the same bytes (invariant mode). Imports ReportLab: import it only
when the copy is made."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from tandem_desktop.core import weekgrid
from tandem_desktop.core.agreement_texts import languages as dated_languages
from tandem_desktop.core.bidi import without_reordering
from tandem_desktop.core.languages import language_name, language_names
from tandem_desktop.core.privacy import access
from tandem_desktop.files import write_file
from tandem_desktop.resource_files import resource_path

from . import house_style as hs
from .agreement import fill_placeholders, translation_block
from .fonts.direction import directed
from .fonts.isolates import isolate

BASE = "nl"
EMPTY = "—"
LABEL_WIDTH = 5.2 * cm
DATE_WIDTH = 3.5 * cm  # "28 september 2026" on one line


@dataclass(frozen=True)
class AccessLanguage:
    """One language of the document as its resource file gives it; `labels` and `values` only in Dutch."""

    code: str
    name: str  # in the language itself
    right_to_left: bool
    texts: Mapping[str, str]
    labels: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]]

    def format_date(self, day: dt.date) -> str:
        """As the agreement writes dates in this language ("5 december 2026"), else ISO."""
        found = dated_languages().get(self.code)
        return found.format_date(day) if found is not None else day.isoformat()


@functools.cache
def access_languages() -> dict[str, AccessLanguage]:
    """Every language with a file under resources/access/, Dutch first."""
    found = {}
    for path in sorted(resource_path("access").glob("*.json"), key=lambda p: (p.stem != BASE, p.stem)):
        document = json.loads(path.read_text(encoding="utf-8"))
        texts, labels, values = document["texts"], document.get("labels", {}), document.get("values", {})
        rtl = document.get("direction") == "rtl"
        found[path.stem] = AccessLanguage(path.stem, document["name"], rtl, texts, labels, values)
    return found


def second_languages() -> tuple[str, ...]:
    """The languages the copy can add to its Dutch text."""
    return tuple(code for code in access_languages() if code != BASE)


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    subheading: ParagraphStyle  # a duo within the trajectories, the activities of a duo
    second: ParagraphStyle  # the translation
    second_heading: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    small: ParagraphStyle


@functools.lru_cache(maxsize=2)  # the same styles for every copy
def _styles(second_right_to_left: bool) -> _Styles:
    """Dutch styles read left to right whatever the first letter of a value in them; the translation's read in
    its language's direction."""
    s = hs.styles()

    def dutch(name: str, parent: ParagraphStyle, **changes: Any) -> ParagraphStyle:
        return directed(ParagraphStyle(name, parent=parent, **changes), False)

    second = ParagraphStyle("access-second", parent=s.body, fontSize=9.5, leading=13, textColor=hs.GREY)
    bold_second = ParagraphStyle("access-second-heading", parent=second, fontName=hs.fonts.BOLD, spaceAfter=0)
    return _Styles(
        title=dutch("access-title", s.title, spaceAfter=2),
        subtitle=dutch("access-subtitle", s.subtitle, spaceAfter=8),
        body=dutch("access-body", s.body),
        subheading=dutch("access-subheading", s.body, fontName=hs.fonts.BOLD, spaceBefore=8, spaceAfter=4),
        second=directed(second, second_right_to_left),
        second_heading=directed(bold_second, second_right_to_left),
        label=dutch("access-label", s.cell_bold),
        cell=dutch("access-cell", s.cell),
        small=dutch("access-small", s.small, spaceBefore=2, spaceAfter=6),
    )


LANGUAGE_FIELDS = frozenset({"mother_tongue", "contact_languages", "languages"})
SLOT_FIELDS = frozenset({"unavailability", "availability"})


class _Document:
    """The words and pieces of one copy: Dutch, and the second language after the intro, notes and headings."""

    def __init__(self, copy: access.AccessCopy, second_language: str | None) -> None:
        self.copy = copy
        self.dutch = access_languages()[BASE]
        self.second = access_languages()[second_language] if second_language else None
        self.st = _styles(self.second is not None and self.second.right_to_left)

    def _filled(self, language: AccessLanguage, text: str, values: Mapping[str, object]) -> str:
        organisation = (
            isolate(self.copy.organisation) if self.copy.organisation else language.texts["organisation"]
        )
        filled = {
            key: language.format_date(v) if isinstance(v, dt.date) else str(v) for key, v in values.items()
        }
        return fill_placeholders(text, {"organisation": organisation, **filled})

    def label(self, key: str, **values: object) -> str:
        return self._filled(self.dutch, self.dutch.labels[key], values)

    def show(self, field: str, value: object) -> str:
        """A field's value in a cell: dates and yes/no in Dutch words, a vocabulary's value by its Dutch name,
        languages and week slots named, anything typed isolated (any script keeps its own direction); "—" for
        nothing."""
        if value is None or (isinstance(value, str | tuple) and not value):
            return EMPTY
        items = value if isinstance(value, tuple) else (value,)
        if field in LANGUAGE_FIELDS:
            return ", ".join(language_names(items, BASE))
        if field in SLOT_FIELDS:
            names = self.dutch.values["weekgrid"]
            return ", ".join(weekgrid.slot_name(slot, lambda t: names.get(t, t)) for slot in items)
        vocabulary = self.dutch.values.get(field, {})
        return ", ".join(self._one(item, vocabulary) for item in items if str(item).strip()) or EMPTY

    def _one(self, item: object, vocabulary: Mapping[str, str]) -> str:
        if isinstance(item, bool):
            return self.label("yes" if item else "no")
        if isinstance(item, dt.date):
            return self.dutch.format_date(item)
        return vocabulary[str(item)] if str(item) in vocabulary else isolate(str(item).strip())

    def part(self, key: str, *, boxed: bool = False, **values: object) -> list[Flowable]:
        """A paragraph of the document's own text in Dutch (in a note box: not to be missed), then its translation
        in a tinted block."""
        text = hs.para(self._filled(self.dutch, self.dutch.texts[key], values), self.st.body)
        flowables = [hs.note_box([text]), Spacer(1, 2)] if boxed else [text]
        if self.second is not None and key in self.second.texts:
            translated = self._filled(self.second, self.second.texts[key], values)
            flowables.append(
                translation_block([hs.para(translated, self.st.second)], self.second.right_to_left)
            )
        return flowables

    def heading(self, key: str, level: int = 1) -> list[Flowable]:
        """A heading (never the last line of a page) and its translation in a tinted block."""
        text = self.dutch.texts[key]
        heading = hs.heading(text) if level == 1 else [hs.para(text, self.st.subheading)]
        if self.second is None or key not in self.second.texts:
            return heading
        block = translation_block(
            [hs.para(self.second.texts[key], self.st.second_heading)], self.second.right_to_left
        )
        return [*heading[:-1], KeepTogether([heading[-1], block, Spacer(1, 4)])]

    def facts(self, rows: Sequence[tuple[str, str]]) -> Flowable:
        """Label and value side by side: (a key of `labels`, the value as shown)."""
        data = [
            [hs.para(self.label(key), self.st.label), hs.para(value, self.st.cell)] for key, value in rows
        ]
        return hs.table(data, [LABEL_WIDTH, hs.CONTENT_WIDTH - LABEL_WIDTH], header_rows=0)

    def pairs(self, record: object, fields: str) -> list[tuple[str, str]]:
        """(field, value as shown) of a record's fields, named separated by spaces: their labels' keys."""
        return [(field, self.show(field, getattr(record, field))) for field in fields.split()]

    def table(self, records: Sequence[object], fields: str, widths: Sequence[float]) -> Flowable:
        """A table of records, a column per field (a width of 0 takes the room left), or a line saying nothing
        is kept."""
        rows = [[value for _field, value in self.pairs(record, fields)] for record in records]
        return self.listed(fields, rows, widths)

    def listed(self, header: str, rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Flowable:
        """`table` of rows made by hand, under `header` (keys of `labels`, separated by spaces)."""
        if not rows:
            return self.none()
        rest = hs.CONTENT_WIDTH - sum(widths)
        data = [[hs.para(self.label(key), self.st.label) for key in header.split()]]
        data += [[hs.para(value, self.st.cell) for value in row] for row in rows]
        return hs.table(data, [width or rest for width in widths])

    def none(self) -> Flowable:
        return hs.para(self.label("none"), self.st.small)

    def lines(self, pairs: Iterable[tuple[str, str]]) -> str:
        """Labelled lines in one cell ("Wat ging goed: …"), those with a value only."""
        return "\n".join(f"{self.label(key)}: {value}" for key, value in pairs if value != EMPTY) or EMPTY


def access_pdf(copy: access.AccessCopy, second_language: str | None) -> bytes:
    """The copy as PDF bytes: Dutch, with `second_language` (one of `second_languages()`) after the intro, the
    notes and each heading. Raises ValueError for a language without a text."""
    if second_language is not None and second_language not in second_languages():
        raise ValueError(f"no text for the access copy in {second_language!r}")
    doc = _Document(copy, second_language)
    st, title = doc.st, doc.dutch.texts["title"]
    story: list[Flowable] = [hs.para(title, st.title)]
    if doc.second is not None:
        story.append(hs.para(doc.second.texts["title"], st.second_heading))
    person = copy.family.name if copy.family else copy.buddy.name if copy.buddy else ""
    story += [Spacer(1, 2), hs.para(doc.show("name", person), st.subtitle)]
    story += doc.part("intro.family" if copy.family else "intro.buddy")
    coordinator = [
        isolate(v) for v in (copy.coordinator, copy.coordinator_phone, copy.coordinator_email) if v
    ]
    if coordinator:
        story.append(hs.para(f"{doc.label('coordinator')}: {' · '.join(coordinator)}", st.small))
    for key, day in (("erased", copy.erased_on), ("deleted", None if copy.erased_on else copy.deleted_on)):
        if day is not None:
            story += [Spacer(1, 6), *doc.part(key, boxed=True, date=day)]
    story += doc.heading("retention.heading")
    story += doc.part(f"retention.{copy.retention_rule}", months=copy.retention_months)
    story += _family(doc, copy.family) if copy.family else _buddy(doc, copy.buddy) if copy.buddy else []
    history = [
        [*(v for _f, v in doc.pairs(c, "changed_on subject_type")), _change(doc, c), doc.show("note", c.note)]
        for c in copy.status_history
    ]
    story += doc.heading("history.heading")
    story.append(doc.listed("date subject change notes", history, [DATE_WIDTH, 2.4 * cm, 5.6 * cm, 0]))
    furniture = hs.PageFurniture(
        header_left=copy.organisation,
        header_right=title,
        footer_left=doc.label("made_on", date=copy.made_on),
        page_label=doc.dutch.labels["page"],  # the page numbers are filled in per page
    )
    # The file's properties name no one: they show in file managers and search indexes.
    author = without_reordering(copy.organisation)
    return hs.build_pdf(story, furniture, title=title, author=author, invariant=True)


def _change(doc: _Document, change: access.StatusLine) -> str:
    new = doc.show("status", change.new_status)
    return (
        doc.label("status_change", old=doc.show("status", change.old_status), new=new)
        if change.old_status
        else new
    )


def _family(doc: _Document, family: access.FamilyData) -> list[Flowable]:
    fields = "name status registered_on arrival_date family_reunification mother_tongue contact_languages"
    fields += " dutch_level needs needs_other unavailability referred_by buddy_preferences"
    consents = "kind given answered_on text_version recorded_by withdrawn_on"
    referrals = [
        [
            doc.show("date", r.referred_on),
            doc.show("organisation", r.organisation),
            _purpose(doc, r),
            doc.show("outcome", r.outcome),
        ]
        for r in family.referrals
    ]
    duos = [piece for duo in family.trajectories for piece in _trajectory(doc, duo)]
    return [
        *doc.heading("family.heading"),
        doc.facts(doc.pairs(family, fields)),
        *doc.heading("members.heading"),
        doc.table(family.members, "name role birth_year left_on", [0, 2.6 * cm, 2.8 * cm, DATE_WIDTH]),
        *doc.heading("contact.heading"),
        doc.facts(doc.pairs(family, "address postcode municipality phone whatsapp")),
        *doc.heading("notes.heading"),
        doc.facts(doc.pairs(family, "sensitive_constraints notes")),
        *doc.heading("consent.heading"),
        doc.facts(doc.pairs(family, "consent_date consent_text_version photo_consent")),
        Spacer(1, 8),
        doc.table(family.consents, consents, [2.6 * cm, 2.2 * cm, DATE_WIDTH, 2.6 * cm, 0, DATE_WIDTH]),
        *doc.heading("trajectories.heading"),
        *(duos or [doc.none()]),
        *doc.heading("group.heading"),
        doc.table(family.group_activities, "date title who", [DATE_WIDTH, 6 * cm, 0]),
        *doc.heading("referrals.heading"),
        doc.listed("date organisation purpose outcome", referrals, [DATE_WIDTH, 4.2 * cm, 0, 3.4 * cm]),
        *doc.heading("signals.heading"),
        *doc.part("signals.note"),
        doc.table(family.signals, "raised_on theme status", [DATE_WIDTH, 5 * cm, 0]),
    ]


def _purpose(doc: _Document, referral: access.ReferralLine) -> str:
    """What a referral was for, when to follow it up and the notes on it, a line each."""
    follow_up = doc.label("follow_up_on", date=referral.follow_up_on) if referral.follow_up_on else EMPTY
    lines = (doc.show("purpose", referral.purpose), follow_up, doc.show("notes", referral.notes))
    return "\n".join(line for line in lines if line != EMPTY) or EMPTY


def _trajectory(doc: _Document, duo: access.TrajectoryLine) -> list[Flowable]:
    fields = "start_date planned_end meetings_per_month status closed_on closure_reason ended_by"
    buddy = doc.show("buddy", duo.buddy_first_name)
    pauses = [
        doc.label("pause", start=p.start_date, end=p.end_date)
        if p.end_date
        else doc.label("pause_open", start=p.start_date)
        for p in duo.pauses
    ]
    activities = [
        [
            doc.show("date", a.date),
            doc.show("type", a.type) + (f"\n{isolate(a.place.strip())}" if a.place.strip() else ""),
            doc.label("held_no", reason=doc.show("cancel_reason", a.cancel_reason))
            if not a.held
            else doc.label("yes"),
            doc.show("dutch_practised", a.dutch_practised) if a.held else EMPTY,
            doc.lines(doc.pairs(a, "participants went_well wellbeing_note")),
        ]
        for a in duo.activities
    ]
    return [
        hs.para(doc.label("trajectory", buddy=buddy), doc.st.subheading),
        doc.facts(
            [
                ("buddy", buddy),
                *doc.pairs(duo, fields),
                ("pauses", "\n".join(pauses) or EMPTY),
                ("evaluations", "\n".join(_evaluation(doc, e) for e in duo.evaluations) or EMPTY),
                ("agreements", "\n".join(_agreement(doc, a) for a in duo.agreements) or EMPTY),
            ]
        ),
        *doc.heading("activities.heading", level=2),
        doc.listed(
            "date activity held dutch_practised remarks",
            activities,
            [DATE_WIDTH, 3.2 * cm, 2.6 * cm, 2.5 * cm, 0],
        ),
    ]


def _evaluation(doc: _Document, evaluation: access.EvaluationLine) -> str:
    kind = doc.show("kind", evaluation.kind)
    if evaluation.done_on is None:
        return doc.label("evaluation", kind=kind, due=evaluation.due_on)
    line = doc.label("evaluation_done", kind=kind, done=evaluation.done_on)
    return (
        line
        if evaluation.family_score is None
        else f"{line}, {doc.label('score', score=evaluation.family_score)}"
    )


def _agreement(doc: _Document, agreement: access.AgreementLine) -> str:
    parts = [doc.label("agreement", date=agreement.made_on, version=agreement.template_version)]
    if agreement.second_language:
        parts.append(doc.label("agreement_language", language=language_name(agreement.second_language, BASE)))
    if agreement.signed_on:
        parts.append(doc.label("agreement_signed", date=agreement.signed_on))
    if agreement.scan_kept:
        parts.append(doc.label("agreement_scan"))
    return ", ".join(parts)


def _buddy(doc: _Document, buddy: access.BuddyData) -> list[Flowable]:
    fields = "name status registered_on birth_year languages dutch_level ex_newcomer availability interests"
    fields += " capacity criminal_record_extract_on"
    trainings = [[_training_date(doc, t.date), doc.show("training", t.title)] for t in buddy.trainings]
    duos = "family start_date planned_end status closed_on"
    return [
        *doc.heading("buddy.heading"),
        doc.facts(doc.pairs(buddy, fields)),
        *doc.heading("contact.heading"),
        doc.facts(doc.pairs(buddy, "phone whatsapp email address postcode municipality")),
        *doc.heading("notes.heading"),
        doc.facts(doc.pairs(buddy, "notes")),
        *doc.heading("trainings.heading"),
        doc.listed("date training", trainings, [DATE_WIDTH, 0]),
        *doc.heading("duos.heading"),
        doc.table(buddy.duos, duos, [0, DATE_WIDTH, DATE_WIDTH, 2.8 * cm, DATE_WIDTH]),
        *doc.heading("meetings.heading"),
        doc.facts(doc.pairs(buddy, "buddy_meetings")) if buddy.buddy_meetings else doc.none(),
        *doc.heading("group.heading"),
        doc.table(buddy.group_activities, "date title", [DATE_WIDTH, 0]),
    ]


def _training_date(doc: _Document, text: str) -> str:
    """A training's date, kept as text: in Dutch words when it reads as a date, else as it stands."""
    try:
        return doc.show("date", dt.date.fromisoformat(text))
    except ValueError:
        return doc.show("training", text)


def suggested_language(copy: access.AccessCopy) -> str | None:
    """The family's own language for the copy: its first (mother tongue, then contact languages) that the copy
    has a text in; None for a buddy, or when that is Dutch."""
    if copy.family is None:
        return None
    for code in (copy.family.mother_tongue, *copy.family.contact_languages):
        if code == "nl":
            return None
        if code in second_languages():
            return code
    return None


def write_access_copy(copy: access.AccessCopy, pdf: Path, second_language: str | None) -> Path:
    """The PDF at `pdf` and the same data as JSON beside it (same name, .json), each whole or not at all;
    returns the JSON's path."""
    data = access_pdf(copy, second_language)
    json_path = pdf.with_suffix(".json")
    write_file(pdf, data)
    write_file(json_path, access.access_json(copy))
    return json_path
