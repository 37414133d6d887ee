"""The dialogs of the signals register: a signal, passing it on, the policy officer's answer, and the report
for the policy officer (PDF or CSV, without any name of a family or a buddy).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core import validation
from tandem_desktop.core.dates import add_months
from tandem_desktop.core.errors import DomainError, ValidationFailed
from tandem_desktop.core.organisations import family_choices
from tandem_desktop.core.progress import Progress
from tandem_desktop.core.settings import read_settings
from tandem_desktop.core.signals import (
    SignalDraft,
    SignalReport,
    SignalRow,
    check_description,
    load_signal,
    pass_on,
    record_answer,
    save_signal,
    signal_report,
    signal_rows,
)
from tandem_desktop.db.models.enums import SignalSource, SignalStatus, SignalTheme
from tandem_desktop.db.store import Store
from tandem_desktop.files import write_file
from tandem_desktop.gui.common.dates import date_edit, day_of, set_day
from tandem_desktop.gui.common.file_dialogs import save_file_name
from tandem_desktop.gui.common.form_dialog import FormDialog, Work
from tandem_desktop.gui.common.labels import (
    fill_choices,
    short_date,
    signal_source_label,
    signal_status_label,
    signal_theme_label,
)
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.network.network_columns import first_line
from tandem_desktop.gui.network.organisation_dialogs import ChoiceCombo
from tandem_desktop.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tandem_desktop.documents.signal_report import ReportTexts

log = logging.getLogger(__name__)

NONE_TEXT = "—"
TEXT_HEIGHT = 110


def _text_edit(parent: QWidget, text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(TEXT_HEIGHT)
    return edit


def _signal_heading(row: SignalRow) -> str:
    """ "Housing, raised on 3/11/2026: <first line>" as the dialogs' first line."""
    return (
        QCoreApplication.translate("SignalsPage", "<b>%1</b>, raised on %2:")
        .replace("%1", escape(signal_theme_label(row.theme)))
        .replace("%2", short_date(row.raised_on))
        + f"<br>{escape(first_line(row.description))}"
    )


def _signal_row(store: Store, signal_id: uuid.UUID) -> SignalRow:
    rows = signal_rows(store, signal_id)
    if not rows:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This signal no longer exists."))
    return rows[0]


class SignalDialog(FormDialog):
    """A signal the coordinator noticed, new (`signal_id` None) or changed."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        signal_id: uuid.UUID | None = None,
        family_id: uuid.UUID | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(store, parent)
        self.today = today or self.store.today()
        self.signal_id = signal_id
        draft = (
            load_signal(store, signal_id)
            if signal_id is not None
            else SignalDraft(SignalTheme.OTHER, "", self.today, family_id)
        )
        self.setWindowTitle(self.tr("Signal") if signal_id else self.tr("New signal"))
        self.intro.setText(
            self.tr(
                "A need or a problem you noticed, for the policy officer. Describe the situation; "
                "the report for the policy officer leaves out every name."
            )
        )
        self.theme = QComboBox(self)
        self.theme.setObjectName("signalTheme")
        fill_choices(self.theme, SignalTheme, signal_theme_label)
        self.theme.setCurrentIndex(self.theme.findData(draft.theme))
        self.raised_on = date_edit(self, draft.raised_on)
        self.raised_on.setObjectName("raisedOn")
        self.family = ChoiceCombo(self, NONE_TEXT)
        self.family.setObjectName("signalFamily")
        self.family.set_choices([(c.id, c.name) for c in family_choices(store)])
        if signal_id is not None and draft.family_id is not None:
            row = _signal_row(store, signal_id)
            self.family.add_choice(draft.family_id, row.family_name)  # a family that withdrew since
        self.family.set_chosen_id(draft.family_id)
        self.family.setToolTip(self.tr("Optional: the family the signal is about"))
        self.description = _text_edit(self, draft.description)
        self.description.setObjectName("signalDescription")
        self.description.setPlaceholderText(
            self.tr("For example: three families cannot find a place in childcare before their Dutch class")
        )
        self.form.addRow(self.tr("&Theme"), self.theme)
        self.form.addRow(self.tr("&Raised on"), self.raised_on)
        self.form.addRow(self.tr("&Concerns family"), self.family)
        self.form.addRow(self.tr("&Signal"), self.description)
        self.ok_button_text(self.tr("Save"))
        self.watch_fields(
            {"raised_on": self.raised_on, "family": self.family, "description": self.description}
        )
        self.theme.setFocus()

    def apply(self) -> Work:
        draft = SignalDraft(
            theme=SignalTheme(self.theme.currentData()),
            description=self.description.toPlainText(),
            raised_on=day_of(self.raised_on),
            family_id=self.family.chosen_id(),
            id=self.signal_id,
        )
        if self.family.unknown():  # said together with what core would refuse besides
            errors = validation.collect(
                [
                    lambda: check_description(draft.description),
                    lambda: validation.not_in_future(draft.raised_on, "raised_on", self.today),
                ]
            )
            family = DomainError(QT_TRANSLATE_NOOP("domain", "Choose one in the list."), field="family")
            raise ValidationFailed([*errors, family])
        store, today = self.store, self.today
        return lambda: save_signal(store, draft, today)

    def applied(self, result: object) -> None:
        self.signal_id = self.saved_id


class PassOnDialog(FormDialog):
    """The day the signal went to the policy officer."""

    def __init__(
        self, store: Store, signal_id: uuid.UUID, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(store, parent)
        self.today = today or self.store.today()
        self.signal_id = signal_id
        row = _signal_row(store, signal_id)
        self.setWindowTitle(self.tr("Pass the signal on"))
        self.intro.setText(_signal_heading(row))
        self.on = date_edit(self, row.passed_on_on or self.today)
        self.on.setObjectName("passedOnOn")
        self.form.addRow(self.tr("Passed on to the policy officer &on"), self.on)
        self.ok_button_text(self.tr("Passed on"))
        self.watch_fields({"passed_on_on": self.on})

    def apply(self) -> Work:
        store, signal_id, on, today = self.store, self.signal_id, day_of(self.on), self.today
        return lambda: pass_on(store, signal_id, on, today)


class AnswerDialog(FormDialog):
    """What the policy officer answered, and when."""

    def __init__(
        self, store: Store, signal_id: uuid.UUID, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(store, parent)
        self.today = today or self.store.today()
        self.signal_id = signal_id
        row = _signal_row(store, signal_id)
        self.setWindowTitle(self.tr("The policy officer's answer"))
        self.intro.setText(_signal_heading(row))
        self.on = date_edit(self, row.answered_on or self.today)
        self.on.setObjectName("answeredOn")
        self.answer = _text_edit(self, row.answer)
        self.answer.setObjectName("signalAnswer")
        self.answer.setPlaceholderText(self.tr("What the policy officer answered or will do"))
        self.form.addRow(self.tr("Answered &on"), self.on)
        self.form.addRow(self.tr("&Answer"), self.answer)
        self.ok_button_text(self.tr("Save"))
        self.watch_fields({"answered_on": self.on, "answer": self.answer})
        self.answer.setFocus()

    def apply(self) -> Work:
        store, signal_id, on, today = self.store, self.signal_id, day_of(self.on), self.today
        answer = self.answer.toPlainText()
        return lambda: record_answer(store, signal_id, on, answer, today)


# -- the report for the policy officer ---------------------------------------------------------------


def report_texts(organisation_name: str, start: dt.date, end: dt.date, today: dt.date) -> ReportTexts:
    """Every word of the report in the interface language."""
    from tandem_desktop.documents.signal_report import ReportTexts

    # One translate() call per string: lupdate files a string under its context only when it sees the call.
    return ReportTexts(
        title=QCoreApplication.translate("SignalReport", "Signals for the policy officer"),
        organisation=organisation_name,
        period=QCoreApplication.translate("SignalReport", "Signals raised from %1 to %2")
        .replace("%1", short_date(start))
        .replace("%2", short_date(end)),
        made_on=QCoreApplication.translate("SignalReport", "Made on %1").replace("%1", short_date(today)),
        privacy_note=QCoreApplication.translate(
            "SignalReport",
            "This report contains no names of families, family members or buddies: names in the texts "
            "are replaced by “…”.",
        ),
        summary_heading=QCoreApplication.translate("SignalReport", "Summary"),
        theme_heading=QCoreApplication.translate("SignalReport", "Theme"),
        count_heading=QCoreApplication.translate("SignalReport", "Signals"),
        total_label=QCoreApplication.translate("SignalReport", "Total"),
        no_signals=QCoreApplication.translate("SignalReport", "No signals were raised in this period."),
        page_label=QCoreApplication.translate("SignalReport", "Page {page} of {pages}"),
        date=QCoreApplication.translate("SignalReport", "Raised on"),
        source=QCoreApplication.translate("SignalReport", "From"),
        status=QCoreApplication.translate("SignalReport", "Status"),
        passed_on=QCoreApplication.translate("SignalReport", "Passed on"),
        answered_on=QCoreApplication.translate("SignalReport", "Answered on"),
        description=QCoreApplication.translate("SignalReport", "Signal"),
        answer=QCoreApplication.translate("SignalReport", "Answer"),
        theme=QCoreApplication.translate("SignalReport", "Theme"),
        concerns_duo=QCoreApplication.translate("SignalReport", "Concerns a duo"),
        yes=QCoreApplication.translate("SignalReport", "yes"),
        no=QCoreApplication.translate("SignalReport", "no"),
        theme_names={theme: signal_theme_label(theme) for theme in SignalTheme},
        status_names={status: signal_status_label(status) for status in SignalStatus},
        source_names={source: signal_source_label(source) for source in SignalSource},
        format_date=short_date,
    )


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the first day of the previous quarter to today: the policy officer is told about a quarter."""
    quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    return add_months(quarter_start, -3), today


def csv_delimiter() -> str:
    """What the spreadsheet on this computer expects between fields: where a comma is the decimal mark
    (Dutch, French: Belgium), Excel splits a CSV on semicolons."""
    return ";" if QLocale.system().decimalPoint() == "," else ","


class _NotSaved(Exception):
    """A file of the report could not be written; the files written before it are kept."""

    def __init__(self, path: Path, reason: OSError, written: list[Path]) -> None:
        super().__init__(path)
        self.path, self.reason, self.written = path, reason, written


class SignalReportDialog(FormDialog):
    """Choose a period; save the report as a PDF (to read) or a CSV (for a spreadsheet)."""

    def __init__(self, store: Store, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(store, parent)
        self.today = today or self.store.today()
        self.saved_paths: list[Path] = []
        self.report: SignalReport | None = None  # of the period chosen; None while the period is wrong
        self.setWindowTitle(self.tr("Report for the policy officer"))
        self.intro.setText(self.tr("The signals raised in a period, by theme, with what became of them."))
        start, end = default_period(self.today)
        self.start = date_edit(self, start)
        self.start.setObjectName("reportStart")
        self.end = date_edit(self, end)
        self.end.setObjectName("reportEnd")
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.privacy = QLabel(self.tr("The report contains no names of families or buddies."), self)
        self.privacy.setObjectName("reportPrivacy")
        self.privacy.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.status.linkActivated.connect(self._open_link)
        self.status.hide()
        self.form.addRow(self.tr("&From"), self.start)
        self.form.addRow(self.tr("&To"), self.end)
        self.form.addRow("", self.summary)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.buttons), self.privacy)
        layout.insertWidget(layout.indexOf(self.buttons), self.status)

        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_button.setObjectName("savePdf")
        self.csv_button = QPushButton(self.tr("Save as &CSV…"), self)
        self.csv_button.setObjectName("saveCsv")
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(lambda: self._ask_and_save("pdf"))
        self.csv_button.clicked.connect(lambda: self._ask_and_save("csv"))
        self.pdf_button.setDefault(True)
        self.watch_fields({"start": self.start, "end": self.end})
        self.start.dateChanged.connect(lambda _d: self._show_summary())
        self.end.dateChanged.connect(lambda _d: self._show_summary())
        self._show_summary()

    def period(self) -> tuple[dt.date, dt.date]:
        return day_of(self.start), day_of(self.end)

    def _report(self) -> SignalReport | None:
        """The report for the period chosen; None (and the reason at its field) when the period is wrong."""
        start, end = self.period()
        try:
            report = signal_report(self.store, start, end)
        except DomainError as error:
            errors = error.errors if isinstance(error, ValidationFailed) else [error]
            if self._errors is not None:
                self._errors.show(errors)
            return None
        if self._errors is not None:
            self._errors.clear()
        return report

    def _show_summary(self) -> None:
        # Read whenever a date changes: what the summary says is what gets saved.
        self.report = report = self._report()
        ready = report is not None
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)
        if report is None:
            self.summary.clear()
            return
        themes = len(report.themes)
        self.summary.setText(
            self.tr("Signals in this period: %1. Themes: %2.")
            .replace("%1", str(report.total))
            .replace("%2", str(themes))
        )

    def _ask_and_save(self, kind: str) -> None:
        start, end = self.period()
        name = self.tr("signals") + f"_{start.isoformat()}_{end.isoformat()}.{kind}"
        wanted = (
            self.tr("PDF document (*.pdf)") if kind == "pdf" else self.tr("CSV for a spreadsheet (*.csv)")
        )
        path = save_file_name(self, self.tr("Save the report"), name, wanted, f".{kind}")
        if path is None:
            return
        if kind == "pdf":
            self.export_report(start, end, pdf_path=path)
        else:
            self.export_report(start, end, csv_path=path)

    def export_report(
        self, start: dt.date, end: dt.date, pdf_path: Path | None = None, csv_path: Path | None = None
    ) -> None:
        """Save the report of `start`…`end` as a PDF and/or a CSV, as an operation (a year of signals is many
        pages). What was written, or the file that could not be, is said in the dialog, which stays open."""
        set_day(self.start, start)  # a date that changes reads the report again (_show_summary)
        set_day(self.end, end)
        report = self.report
        if report is None:
            return
        texts = report_texts(read_settings(self.store).organisation_name, start, end, self.today)
        delimiter = csv_delimiter()
        wanted = [(path, kind) for path, kind in ((pdf_path, "pdf"), (csv_path, "csv")) if path is not None]

        def write(_progress: Progress) -> list[Path]:
            from tandem_desktop.documents.signal_report import signal_report_csv, signal_report_pdf

            written: list[Path] = []
            for path, kind in wanted:
                if kind == "pdf":
                    content = signal_report_pdf(report, texts)
                else:
                    content = signal_report_csv(report, texts, delimiter=delimiter).encode("utf-8-sig")
                try:
                    write_file(path, content)
                except OSError as error:
                    raise _NotSaved(path, error, written) from error
                written.append(path)
            return written

        def done(written: list[Path]) -> None:
            self.saved_paths.extend(written)
            self._show_saved(written)

        def failed(error: BaseException) -> bool:
            if not isinstance(error, _NotSaved):
                return False
            log.warning("could not save the signal report: %s", error.reason.strerror or "error")
            self.saved_paths.extend(error.written)
            self._show_failure(error.path, error.reason)
            return True

        self.status.setText(escape(self.tr("Saving the report…")))
        self.status.show()
        runner().run(write, parent=self, done=done, failed=failed, progress=self.tr("Saving the report…"))

    def _show_saved(self, paths: list[Path]) -> None:
        lines = []
        for path in paths:
            link = QUrl.fromLocalFile(str(path)).toString()
            label = escape(self.tr("Open"))  # (outside the f-string, where pyside6-lupdate finds it)
            lines.append(
                escape(self.tr("Saved as %1.").replace("%1", str(path)))
                + f" <a href='{escape(link, quote=True)}'>{label}</a>"
            )
        self.status.setText("<br>".join(lines))
        self.status.show()

    def _show_failure(self, path: Path, error: OSError) -> None:
        reason = error.strerror or str(error)
        self.status.setText(
            "<span style='color:#b3261e'>"
            + escape(
                self.tr("Could not save %1: %2. Choose another folder or file name.")
                .replace("%1", str(path))
                .replace("%2", reason)
            )
            + "</span>"
        )
        self.status.show()

    def _open_link(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def apply(self) -> Work:  # no OK button: the buttons save, Close closes
        raise NotImplementedError
