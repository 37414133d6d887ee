"""The agreement of a duo: the real PDF previewed, in Dutch with a second language of choice; printed, saved,
signed on screen and marked as signed (with a scan of the paper).

Every agreement that leaves the app (printed, saved, or marked as signed) is recorded on the trajectory with its
template version, the time and its SHA-256 (core.agreements.record_made); looking at the preview records nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core import agreements
from tandem_desktop.core.agreement_texts import languages, missing_keys
from tandem_desktop.core.agreements import AgreementContent, AgreementRecord
from tandem_desktop.core.bidi import isolate, left_to_right
from tandem_desktop.core.languages import language_name
from tandem_desktop.core.progress import Progress
from tandem_desktop.db.store import Store
from tandem_desktop.documents.agreement import PARTIES
from tandem_desktop.files import file_name_part, write_file
from tandem_desktop.gui.agreement.pdf_preview import PdfPreview
from tandem_desktop.gui.agreement.printing import PrintJob, PrintOutcome, ask_and_print, load_pdf
from tandem_desktop.gui.agreement.signing_dialogs import MarkSignedDialog, SignatureDialog
from tandem_desktop.gui.common.file_dialogs import save_file_name
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.operations import Latest, runner
from tandem_desktop.gui.shell.language import current_ui_language
from tandem_desktop.messages import UserFacingError

log = logging.getLogger(__name__)

DUTCH_ONLY = ""  # the language choice "Dutch only"


class AgreementDialog(QDialog):
    """The preview of a duo's agreement, its language, the on-screen signatures, and what to do with it."""

    def __init__(
        self, store: Store, duo_id: uuid.UUID, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.duo_id = duo_id
        self.today = today
        self.content: AgreementContent | None = None
        self.pdf: bytes = b""
        self.signatures: dict[str, bytes] = {}
        self.saved_paths: list[Path] = []
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests drive it)
        self.print_job: PrintJob | None = None  # the agreement being handed to the printer
        # The PDFs made (refresh): until the latest is shown, nothing can be printed or saved.
        self._makes = Latest()
        self.setObjectName("agreementDialog")

        # One document for the preview, loaded anew from one buffer when the language or a signature changes.
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = PdfPreview(self)
        self.view.setObjectName("agreementPreview")
        self.view.setDocument(self.document)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.heading = QLabel(self)
        self.heading.setObjectName("agreementHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("agreementLanguage")
        self.language_label.setBuddy(self.language)
        self.notice = QLabel(self)
        self.notice.setObjectName("agreementNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)

        self.sign_box = QGroupBox(self)
        sign_grid = QGridLayout(self.sign_box)
        self.sign_buttons: dict[str, QPushButton] = {}
        self.sign_states: dict[str, QLabel] = {}
        for row, party in enumerate(PARTIES):
            button = QPushButton(self.sign_box)
            button.setObjectName(f"sign_{party}")
            button.clicked.connect(lambda _c=False, party=party: self.sign(party))
            state = QLabel(self.sign_box)
            state.setObjectName(f"signState_{party}")
            sign_grid.addWidget(button, row, 0)
            sign_grid.addWidget(state, row, 1)
            self.sign_buttons[party] = button
            self.sign_states[party] = state
        sign_grid.setColumnStretch(1, 1)

        self.status = QLabel(self)
        self.status.setObjectName("agreementStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.setOpenExternalLinks(True)

        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printAgreement")
        self.print_button.clicked.connect(self.print_agreement)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveAgreement")
        self.save_button.clicked.connect(self._ask_and_save)
        self.signed_button = QPushButton(self)
        self.signed_button.setObjectName("markSigned")
        self.signed_button.clicked.connect(self.mark_signed)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)

        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.heading)
        side.addWidget(self.language_label)
        side.addWidget(self.language)
        side.addWidget(self.notice)
        side.addWidget(self.sign_box)
        side.addWidget(self.status)
        side.addStretch(1)
        for button in (self.print_button, self.save_button, self.signed_button):
            side.addWidget(button)
        side.addSpacing(8)
        side.addWidget(self.close_button)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(340)
        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addWidget(self.view, 1)

        self._fill_languages()
        self.retranslate()
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(900, screen.height() - 40))

    # -- the document -------------------------------------------------------------------------------------
    def second_language(self) -> str | None:
        return self.language.currentData() or None

    def choose_language(self, code: str | None) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(code or DUTCH_ONLY)))

    def refresh(self) -> None:
        """Make the PDF for the language and signatures chosen, as an operation (shaping a second script takes
        a moment), and show it. Meanwhile what is shown cannot be printed or saved: it is about to change."""
        store, duo_id, language, today = self.store, self.duo_id, self.second_language(), self.today
        signatures = dict(self.signatures)
        making = self._makes.start()

        def make(_progress: Progress) -> tuple[AgreementContent, bytes]:
            from tandem_desktop.documents.agreement import agreement_pdf

            content = agreements.agreement_content(store, duo_id, language, today)
            return content, agreement_pdf(content, signatures)

        def done(result: tuple[AgreementContent, bytes]) -> None:
            if self._makes.is_latest(making):  # else a later choice replaces this one
                self._makes.take(making)
                self._show_made(*result)

        def failed(error: BaseException) -> bool:
            if not isinstance(error, UserFacingError):
                return False
            if self._makes.is_latest(making):  # the duo was deleted meanwhile
                self.content, self.pdf = None, b""
                self.notice.setText(escape(user_message(error)))
                self.notice.show()
                self.status.clear()
                self._enable()
            return True

        self._enable()
        self.status.setText(escape(self.tr("Making the agreement…")))
        runner().run(make, parent=self, done=done, failed=failed)

    def _show_made(self, content: AgreementContent, pdf: bytes) -> None:
        self.content, self.pdf = content, pdf
        self._show_heading()
        load_pdf(self.document, self._buffer, pdf)
        self._show_state()

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- actions ------------------------------------------------------------------------------------------
    def sign(self, party: str) -> None:
        if self.content is None:
            return
        dialog = SignatureDialog(self.content.signer(party) or self.tr("the coordinator"), self)

        def signed() -> None:
            png = dialog.png()
            if png:
                self.signatures[party] = png
                self.refresh()

        dialog.accepted.connect(signed)
        self.last_dialog = open_dialog(dialog)

    def record(
        self, then: Callable[[AgreementRecord], None] | None = None, refused: Callable[[], None] | None = None
    ) -> None:
        """Note on the trajectory that the agreement shown left the app, then `then(record)`. Refused (a
        full disk): the state line says why, then `refused()`."""
        if self.content is None:
            return
        store, content, pdf = self.store, self.content, self.pdf

        def failed(error: BaseException) -> bool:
            if not isinstance(error, UserFacingError):
                return False
            self.status.setText(escape(user_message(error)))
            if refused is not None:
                refused()
            return True

        def done(record: object) -> None:
            assert isinstance(record, AgreementRecord)
            if then is not None:
                then(record)

        runner().run(
            lambda _progress: agreements.record_made(store, content, pdf),
            parent=self,
            done=done,
            failed=failed,
        )

    def print_agreement(self) -> None:
        if self.content is None or self.print_job is not None:
            return
        title = self.tr("Agreement %1").replace("%1", file_name_part(self.content.family))
        job = ask_and_print(self.pdf, title, self)
        if job is None:
            return
        # Until the printer's system answers, the document shown may not change (it is what gets recorded) and
        # nothing else is printed; the window stays responsive meanwhile.
        self.print_job = job
        job.finished.connect(self._printed)
        self._show_state(self.tr("Handing the agreement to the printer…"))

    def _printed(self, outcome: PrintOutcome) -> None:
        self.print_job = None
        if not outcome.accepted:
            self._show_state(outcome.message, error=True)  # nothing left the app: nothing recorded
            return
        self.record(then=lambda _record: self._show_printed(outcome), refused=self._enable)

    def _show_printed(self, outcome: PrintOutcome) -> None:
        if outcome.path is not None:
            self.saved_paths.append(outcome.path)
            self._show_state(self.tr("Saved as %1.").replace("%1", str(outcome.path)))
        else:
            self._show_state(self.tr("Sent to the printer."))

    def done(self, result: int) -> None:
        # The job's outcome is recorded here, so the dialog stays until lp has answered (a second, at most a
        # minute); Close is disabled meanwhile and Escape or the window's close button wait too.
        if self.print_job is None:
            super().done(result)

    def _ask_and_save(self) -> None:
        if self.content is None:
            return
        # The date first: the name may be Arabic, and the extension then follows it directly, never reordered.
        family = file_name_part(self.content.family)
        name = self.tr("agreement") + f" {self.content.start.isoformat()} {family}.pdf"
        path = save_file_name(
            self, self.tr("Save the agreement"), name, self.tr("PDF document (*.pdf)"), ".pdf"
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save the agreement shown as `path`; a file that cannot be written is said here, and nothing is
        recorded."""
        try:
            write_file(path, self.pdf)
        except OSError as error:
            # Not the path: its name is the family's.
            log.warning("could not save the agreement: %s", error.strerror or type(error).__name__)
            self._show_state(
                self.tr("Could not save %1: %2. Choose another folder or file name.")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
                error=True,
            )
            return False
        self.saved_paths.append(path)
        self.record()
        self._show_state(self.tr("Saved as %1.").replace("%1", str(path)))
        return True

    def mark_signed(self) -> None:
        self.record(then=self._ask_signed)

    def _ask_signed(self, record: AgreementRecord) -> None:
        if self.content is None:
            return
        dialog = MarkSignedDialog(
            self.store,
            record,
            self.content.photo_consent,
            self.today,
            self,
            self.pdf if self.signatures else None,
        )
        dialog.accepted.connect(self.refresh)  # the photo answer is now part of the agreement
        self.last_dialog = open_dialog(dialog)

    # -- what is shown ------------------------------------------------------------------------------------
    def _fill_languages(self) -> None:
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem("", DUTCH_ONLY)
        for code, language in languages().items():
            if code != "nl":
                self.language.addItem("", code)
                self.language.setItemData(
                    self.language.count() - 1, language.name, Qt.ItemDataRole.ToolTipRole
                )
        try:
            self._family_languages = agreements.duo_languages(self.store, self.duo_id)
        except UserFacingError:  # the duo was deleted meanwhile: refresh() says so
            self._family_languages = ()
        self.choose_language(agreements.suggested_language(self._family_languages))
        self.language.blockSignals(False)

    def _language_names(self) -> None:
        ui = current_ui_language()
        self.language.setItemText(0, self.tr("Dutch only"))
        for index in range(1, self.language.count()):
            code = self.language.itemData(index)
            own = languages()[code].name
            name = language_name(code, ui)
            self.language.setItemText(
                index, self.tr("Dutch and %1").replace("%1", name if own == name else f"{name} ({own})")
            )

    def _notices(self) -> list[str]:
        ui = current_ui_language()
        lines = []
        untranslated = [code for code in self._family_languages if code != "nl" and code not in languages()]
        if untranslated:
            names = ", ".join(language_name(code, ui) for code in untranslated)
            lines.append(
                self.tr(
                    "There is no translation of the agreement in %1 yet: the buddy can explain it."
                ).replace("%1", names)
            )
        second = self.second_language()
        untranslated_parts = len(missing_keys(second)) if second is not None else 0
        if untranslated_parts:
            lines.append(
                self.tr(
                    "The translation misses %n parts: those are printed in Dutch only.",
                    "",
                    untranslated_parts,
                )
            )
        if self.content is not None:
            missing = {
                "organisation_name": self.tr("the organisation's name"),
                "coordinator_name": self.tr("the coordinator's name"),
                "coordinator_phone": self.tr("the coordinator's phone"),
            }
            absent = [missing[name] for name in self.content.missing]
            if absent:
                lines.append(
                    self.tr("The settings lack %1: the agreement has a line to write it on by hand.").replace(
                        "%1", ", ".join(absent)
                    )
                )
        return lines

    def _show_state(self, message: str = "", error: bool = False) -> None:
        notices = self._notices()
        self.notice.setText("<br>".join(f"⚠ {escape(line)}" for line in notices))
        self.notice.setVisible(bool(notices))
        for party in PARTIES:
            signed = party in self.signatures
            self.sign_states[party].setText(self.tr("signed on the screen") if signed else "")
        records = agreements.agreements_of(self.store, self.duo_id)
        signed_record = next((r for r in records if r.signed_on is not None), None)
        if signed_record is not None:
            state = self.tr("Signed on %1.").replace("%1", short_date(signed_record.signed_on))
            if signed_record.scan is not None:
                state += " " + self.tr("The signed paper is kept.")
        elif records:
            state = self.tr("Made on %1; not signed yet.").replace(
                "%1", short_date(records[0].made_at.astimezone().date())
            )
        else:
            state = self.tr("Not printed or saved yet.")
        lines = [escape(state)]
        if message:
            colour = "#b3261e" if error else "#1d6b34"
            lines.append(f"<span style='color:{colour}'>{escape(message)}</span>")
        self.status.setText("<br>".join(lines))
        self._enable()

    def _enable(self) -> None:
        ready = not self._makes.pending and self.content is not None and self.print_job is None
        for widget in (self.print_button, self.save_button, self.signed_button, self.language, self.sign_box):
            widget.setEnabled(ready)
        self.close_button.setEnabled(self.print_job is None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agreement"))
        self.language_label.setText(self.tr("&Language"))
        self.sign_box.setTitle(self.tr("Sign on the screen (optional)"))
        titles = {
            "buddy": self.tr("&Buddy signs…"),
            "family": self.tr("&Family signs…"),
            "coordinator": self.tr("C&oordinator signs…"),
        }
        for party, button in self.sign_buttons.items():
            button.setText(titles[party])
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save as P&DF…"))
        self.signed_button.setText(self.tr("&Mark as signed…"))
        self.close_button.setText(self.tr("Close"))
        self._language_names()
        if self.content is not None:
            self._show_heading()
            self._show_state()

    def _show_heading(self) -> None:
        if self.content is not None:
            self.heading.setText(
                left_to_right(
                    self.tr("<b>%1</b> with buddy <b>%2</b><br>from %3 to %4")
                    .replace("%1", escape(isolate(self.content.family)))
                    .replace("%2", escape(isolate(self.content.buddy)))
                    .replace("%3", short_date(self.content.start))
                    .replace("%4", short_date(self.content.end))
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
