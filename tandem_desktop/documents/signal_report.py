"""The report of signals for the policy officer: a PDF to read and a CSV to count with.

The input is `core.signals.SignalReport`, already without names (the core takes them out); the words come from a
`ReportTexts` that the GUI fills in in the user's language (English defaults for the CLI and tests). Importing
this module is cheap: ReportLab is loaded only when a PDF is made.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from tandem_desktop.core.signals import ReportSignal, SignalReport
from tandem_desktop.db.models.enums import SignalSource, SignalStatus, SignalTheme

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


E = TypeVar("E", bound=StrEnum)


def _readable(enum: type[E]) -> dict[E, str]:
    return {member: member.value.replace("_", " ").capitalize() for member in enum}


def _iso(day: dt.date) -> str:
    return day.isoformat()


@dataclass(frozen=True)
class ReportTexts:
    """Every word of the report, in the reader's language."""

    title: str = "Signals for the policy officer"
    organisation: str = ""
    period: str = ""  # preformatted; "" gives "start – end" with format_date
    made_on: str = ""  # preformatted, e.g. "Made on 3 March 2027"; "" leaves the line out
    privacy_note: str = "This report contains no names of families, family members or buddies."
    summary_heading: str = "Summary"
    theme_heading: str = "Theme"
    count_heading: str = "Signals"
    total_label: str = "Total"
    no_signals: str = "No signals were raised in this period."
    page_label: str = "Page {page} of {pages}"
    # column titles
    date: str = "Raised on"
    source: str = "From"
    status: str = "Status"
    passed_on: str = "Passed on"
    answered_on: str = "Answered on"
    description: str = "Signal"
    answer: str = "Answer"
    theme: str = "Theme"
    concerns_duo: str = "Concerns a duo"
    yes: str = "yes"
    no: str = "no"
    theme_names: dict[SignalTheme, str] = field(default_factory=lambda: _readable(SignalTheme))
    status_names: dict[SignalStatus, str] = field(default_factory=lambda: _readable(SignalStatus))
    source_names: dict[SignalSource, str] = field(default_factory=lambda: _readable(SignalSource))
    format_date: Callable[[dt.date], str] = _iso

    def theme_name(self, theme: SignalTheme) -> str:
        return self.theme_names.get(theme) or _readable(SignalTheme)[theme]

    def status_name(self, status: SignalStatus) -> str:
        return self.status_names.get(status) or _readable(SignalStatus)[status]

    def source_name(self, source: SignalSource) -> str:
        return self.source_names.get(source) or _readable(SignalSource)[source]

    def period_of(self, report: SignalReport) -> str:
        return self.period or f"{self.format_date(report.start)} – {self.format_date(report.end)}"

    def optional_date(self, day: dt.date | None) -> str:
        return self.format_date(day) if day is not None else ""


# -- CSV ---------------------------------------------------------------------------------------------------


def signal_report_csv(report: SignalReport, texts: ReportTexts, *, delimiter: str = ",") -> str:
    """One row per signal (theme, raised on, from, status, passed on, answered on, concerns a duo, signal,
    answer) under a header row, as text with "\\r\\n" line ends.

    The caller writes it as UTF-8 *with* a byte order mark (encoding "utf-8-sig") and newline="", so that Excel
    reads the accents and scripts right. Excel set to Dutch or French (Belgium) expects ";" between fields:
    pass `delimiter=";"` there.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(
        [
            texts.theme,
            texts.date,
            texts.source,
            texts.status,
            texts.passed_on,
            texts.answered_on,
            texts.concerns_duo,
            texts.description,
            texts.answer,
        ]
    )
    for theme, signals in report.themes:
        for signal in signals:
            writer.writerow(
                [
                    texts.theme_name(theme),
                    texts.format_date(signal.raised_on),
                    texts.source_name(signal.source),
                    texts.status_name(signal.status),
                    texts.optional_date(signal.passed_on_on),
                    texts.optional_date(signal.answered_on),
                    texts.yes if signal.concerns_a_duo else texts.no,
                    _inert(signal.description),
                    _inert(signal.answer),
                ]
            )
    return buffer.getvalue()


def _inert(text: str) -> str:
    """Typed text as a spreadsheet shows it: one starting with = + - or @ would be read as a formula (and
    could run one), so it gets a leading apostrophe, which spreadsheets hide."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


# -- PDF ---------------------------------------------------------------------------------------------------


def signal_report_pdf(report: SignalReport, texts: ReportTexts) -> bytes:
    """The report as a PDF: title, period and privacy note; a summary by theme and status; then each theme with
    its signals (raised on, from, status with its dates, the signal and the answer)."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer

    from . import house_style as hs

    s = hs.styles()
    story: list[Flowable] = [hs.para(texts.title, s.title)]
    if texts.organisation:
        story.append(hs.para(texts.organisation, s.subtitle))
    story.append(Spacer(1, 4))
    story.append(hs.para(texts.period_of(report), s.small))
    if texts.made_on:
        story.append(hs.para(texts.made_on, s.small))
    story += [Spacer(1, 12), hs.note_box([hs.para(texts.privacy_note, s.note)])]

    if not report.themes:
        story += [Spacer(1, 18), hs.para(texts.no_signals, s.body)]
    else:
        story += [*hs.heading(texts.summary_heading), _summary(report, texts)]
        for theme, signals in report.themes:
            story += [
                *hs.heading(f"{texts.theme_name(theme)} ({len(signals)})"),
                _theme_table(signals, texts),
            ]
        story.append(Spacer(1, 0.5 * cm))

    furniture = hs.PageFurniture(
        header_left=texts.organisation,
        header_right=texts.title,
        footer_left=texts.made_on or texts.period_of(report),
        page_label=texts.page_label,
    )
    return hs.build_pdf(
        story, furniture, title=texts.title, author=texts.organisation, subject=texts.period_of(report)
    )


_STATUSES = (SignalStatus.NEW, SignalStatus.PASSED_ON, SignalStatus.ANSWERED)


def _summary(report: SignalReport, texts: ReportTexts) -> Flowable:
    from reportlab.lib.units import cm

    from . import house_style as hs

    s = hs.styles()
    header = [
        hs.para(texts.theme_heading, s.cell_bold),
        hs.para(texts.count_heading, s.cell_number_bold),
        *(hs.para(texts.status_name(status), s.cell_number_bold) for status in _STATUSES),
    ]
    rows: list[list[Flowable]] = [header]
    for theme, signals in report.themes:
        counts = [sum(1 for signal in signals if signal.status == status) for status in _STATUSES]
        rows.append(
            [
                hs.para(texts.theme_name(theme), s.cell),
                hs.para(str(len(signals)), s.cell_number),
                *(hs.para(str(count), s.cell_number) for count in counts),
            ]
        )
    rows.append(
        [
            hs.para(texts.total_label, s.cell_bold),
            hs.para(str(report.total), s.cell_number_bold),
            *(hs.para(str(report.count(status)), s.cell_number_bold) for status in _STATUSES),
        ]
    )
    number = 2.6 * cm
    return hs.table(rows, [hs.CONTENT_WIDTH - 4 * number] + [number] * 4, total_row=True)


def _theme_table(signals: tuple[ReportSignal, ...], texts: ReportTexts) -> Flowable:
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer

    from . import house_style as hs

    s = hs.styles()
    header: list[Flowable | list[Flowable]] = [
        hs.para(texts.date, s.cell_bold),
        hs.para(texts.source, s.cell_bold),
        hs.para(texts.status, s.cell_bold),
        hs.para(texts.description, s.cell_bold),
    ]
    rows: list[list[Flowable | list[Flowable]]] = [header]
    for signal in signals:
        source: list[Flowable] = [hs.para(texts.source_name(signal.source), s.cell)]
        if signal.concerns_a_duo:
            source.append(hs.para(texts.concerns_duo, s.cell_small))
        status: list[Flowable] = [hs.para(texts.status_name(signal.status), s.cell)]
        for label, day in ((texts.passed_on, signal.passed_on_on), (texts.answered_on, signal.answered_on)):
            if day is not None:
                status.append(hs.para(f"{label}: {texts.format_date(day)}", s.cell_small))
        text: list[Flowable] = [hs.para(signal.description, s.cell)]
        if signal.answer:
            text += [Spacer(1, 4), hs.para(texts.answer, s.cell_small), hs.para(signal.answer, s.cell)]
        rows.append([hs.para(texts.format_date(signal.raised_on), s.cell), source, status, text])
    widths = [2.4 * cm, 2.9 * cm, 3.4 * cm]
    return hs.table(rows, [*widths, hs.CONTENT_WIDTH - sum(widths)])
