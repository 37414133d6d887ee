"""The agreement as the coordinator handles it, in Dutch: opened from a duo, previewed in another language, signed
on the screen, saved, marked as signed; the duo's flag goes. Fictional people only."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tandem_desktop.core import duos
from tandem_desktop.core.agreements import agreements_of, scan_content
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family_in
from tandem_desktop.core.rhythm import Flag
from tandem_desktop.core.settings import get_settings
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models import Family
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, MemberRole, PhotoConsent
from tandem_desktop.db.store import Store
from tandem_desktop.gui.agreement.agreement_dialog import AgreementDialog
from tandem_desktop.gui.agreement.signing_dialogs import MarkSignedDialog, SignatureDialog
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import wait_until_idle, work_done

TODAY = dt.date.today()


def running_duo(store: Store, mother_tongue: str = "ar", contact: tuple[str, ...] = ()) -> uuid.UUID:
    """A duo that started three weeks ago: the Haddad family (one child) and buddy Lotte."""
    with store.transaction() as session:
        settings = get_settings(session)
        settings.organisation_name = "Buddywerking Tandem (test)"
        settings.coordinator_name = "Ine Coördinator"
        settings.coordinator_phone = "+3292100000"
        family = save_family_in(
            session,
            FamilyDraft(
                name="Gezin Haddad",
                mother_tongue=mother_tongue,
                contact_languages=list(contact),
                members=[
                    MemberDraft("Rania Haddad", MemberRole.PARENT, 1991),
                    MemberDraft("Sami Haddad", MemberRole.CHILD, 2018),
                ],
            ),
            TODAY,
        )
        change_status(session, family, FamilyStatus.WAITING)
        buddy = save_buddy_in(session, BuddyDraft(name="Lotte Janssens", languages=["nl", "ar"]), TODAY)
        change_status(session, buddy, BuddyStatus.AVAILABLE)
    duo_id = duos.create_duo(store, family.id, buddy.id, TODAY - dt.timedelta(days=21))
    duos.start_duo(store, duo_id)
    return duo_id


def flags_of(store: Store, duo_id: uuid.UUID) -> set[Flag]:
    row = duos.duo_row(store, duo_id, TODAY)
    assert row is not None
    return {raised.flag for raised in row.flags}


def text_of(pdf: bytes | Path) -> str:
    reader = PdfReader(pdf if isinstance(pdf, Path) else io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def draw(qtbot: QtBot, widget: QWidget) -> None:
    """A stroke with the mouse across the pad, as a signature."""
    points = [QPointF(20 + 12 * i, 40 + (i % 3) * 15) for i in range(15)]

    def send(kind: QEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind,
            point,
            widget.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)

    send(QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
    for point in points[1:]:
        send(QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def opened(qtbot: QtBot, store: Store, duo_id: uuid.UUID) -> AgreementDialog:
    """The agreement dialog of the duo, once its PDF is made (by the operation runner)."""
    with work_done(qtbot):
        dialog = AgreementDialog(store, duo_id, TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_from_a_duo_the_agreement_is_previewed_in_two_languages_saved_signed_and_the_flag_goes(
    qtbot: QtBot, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    window = open_window()
    duo_id = running_duo(window.store)
    assert Flag.AGREEMENT_NOT_SIGNED in flags_of(window.store, duo_id)
    window.overview.refresh()
    unsigned = "Lopende duo&#x27;s zonder getekende overeenkomst: 1."  # as rich text
    assert unsigned in window.overview.to_do_text.text()
    window.show_duo(duo_id)
    page = window.duos
    panel = page.panel
    assert "Overeenkomst nog niet gemaakt" in panel.summary.text()

    # The preview opens with the family's language chosen, and shows the real PDF.
    with work_done(qtbot):  # the PDF is made by the operation runner
        qtbot.mouseClick(panel.agreement_button, Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, AgreementDialog) and dialog.isVisible()
    assert dialog.second_language() == "ar"
    assert dialog.language.currentText() == "Nederlands en Arabisch (العربية)"
    arabic_pages = dialog.page_count()
    assert arabic_pages > 2

    # Dutch only is shorter: two pages at most.
    with work_done(qtbot):
        dialog.choose_language(None)
    assert dialog.second_language() is None
    assert dialog.page_count() <= 2 < arabic_pages
    start = TODAY - dt.timedelta(days=21)
    assert "Gezin Haddad: Rania Haddad" in text_of(dialog.pdf)
    assert f"Sami ({start.year - 2018} jaar)" in text_of(dialog.pdf)
    # Looking records nothing; saving does, and the file is the PDF shown.
    assert agreements_of(window.store, duo_id) == []
    target = tmp_path / "overeenkomst.pdf"
    with work_done(qtbot):  # the agreement made is recorded through the operation runner
        saved = dialog.save_to(target)
    assert saved
    assert target.read_bytes() == dialog.pdf
    assert "Opgeslagen als" in dialog.status.text()
    [made] = agreements_of(window.store, duo_id)
    assert made.signed_on is None and made.second_language is None

    # The buddy signs on the screen: the signature is drawn into the PDF's signature block.
    images_before = sum(len(p.images) for p in PdfReader(target).pages)
    qtbot.mouseClick(dialog.sign_buttons["buddy"], Qt.MouseButton.LeftButton)
    pad_dialog = dialog.last_dialog
    assert isinstance(pad_dialog, SignatureDialog)
    assert not pad_dialog.ok.isEnabled()  # nothing drawn yet
    draw(qtbot, pad_dialog.pad)
    assert pad_dialog.ok.isEnabled()
    with work_done(qtbot):
        pad_dialog.ok.click()
    assert "buddy" in dialog.signatures
    assert dialog.sign_states["buddy"].text() == "getekend op het scherm"
    signed_pdf = dialog.pdf
    images_after = sum(len(p.images) for p in PdfReader(io.BytesIO(signed_pdf)).pages)
    assert images_after == images_before + 1

    # Marked as signed: with no scan chosen, the PDF signed on the screen is kept; the family's photo answer too.
    with work_done(qtbot):  # recorded first, then the dialog to mark it signed opens
        qtbot.mouseClick(dialog.signed_button, Qt.MouseButton.LeftButton)
    mark = dialog.last_dialog
    assert isinstance(mark, MarkSignedDialog)
    mark.photos.setCurrentIndex(mark.photos.findData(PhotoConsent.YES))
    with work_done(qtbot), qtbot.waitSignal(mark.finished):
        mark.buttons.button(mark.buttons.StandardButton.Ok).click()
    signed = next(r for r in agreements_of(window.store, duo_id) if r.signed_on is not None)
    assert signed.signed_on == TODAY
    assert signed.scan is not None and scan_content(window.store, signed) == signed_pdf
    assert "Getekend op" in dialog.status.text()
    with window.store.session() as session:
        family = session.get(Family, duos.duo_row(window.store, duo_id, TODAY).family_id)  # type: ignore[union-attr]
        assert (
            family is not None and family.photo_consent == PhotoConsent.YES and family.consent_date == TODAY
        )

    # The overview of duos no longer flags the duo, and the duo says it is signed.
    assert Flag.AGREEMENT_NOT_SIGNED not in flags_of(window.store, duo_id)
    assert panel.row is not None and Flag.AGREEMENT_NOT_SIGNED not in {f.flag for f in panel.row.flags}
    row = page.model.rows()[page.model.row_of(duo_id)]  # type: ignore[index]
    assert Flag.AGREEMENT_NOT_SIGNED not in {f.flag for f in row.flags}
    assert "Overeenkomst getekend op" in panel.summary.text()
    dialog.close()
    window.overview.refresh()
    assert unsigned not in window.overview.to_do_text.text()


def test_a_future_signing_date_is_refused_at_its_field_and_nothing_is_signed(
    qtbot: QtBot, store: Store, translators: Translators
) -> None:
    duo_id = running_duo(store)
    dialog = opened(qtbot, store, duo_id)
    with work_done(qtbot):
        dialog.mark_signed()
    mark = dialog.last_dialog
    assert isinstance(mark, MarkSignedDialog)
    mark.signed_on.setDate(mark.signed_on.date().addDays(3))
    with work_done(qtbot):
        mark.buttons.button(mark.buttons.StandardButton.Ok).click()
    assert mark.isVisible()
    assert "toekomst" in " ".join(label.text() for label in mark.findChildren(type(dialog.status)))
    assert all(r.signed_on is None for r in agreements_of(store, duo_id))
    mark.reject()


def test_a_folder_that_cannot_be_written_is_said_in_the_dialog_and_nothing_is_recorded(
    qtbot: QtBot, store: Store, tmp_path: Path, translators: Translators
) -> None:
    duo_id = running_duo(store)
    dialog = opened(qtbot, store, duo_id)
    target = tmp_path / "no such folder" / "overeenkomst.pdf"
    assert not dialog.save_to(target)
    assert not target.exists()
    assert f"Kon {target} niet opslaan" in dialog.status.text()
    assert agreements_of(store, duo_id) == []


def test_a_language_without_translation_and_missing_settings_are_said(
    qtbot: QtBot, store: Store, translators: Translators
) -> None:
    duo_id = running_duo(store, mother_tongue="ti", contact=("en",))
    with store.transaction() as session:
        get_settings(session).coordinator_phone = None
    dialog = opened(qtbot, store, duo_id)
    # Tigrinya has no agreement text yet: English, the family's contact language, is offered, and it is said.
    assert dialog.second_language() == "en"
    notice = dialog.notice.text()
    assert "Tigrinya" in notice
    assert "telefoonnummer van de coördinator" in notice
    # The PDF still names the coordinator, with a line to write the phone number on.
    assert "Ine Coördinator" in text_of(dialog.pdf)


def test_the_preview_shows_the_language_chosen_last_and_nothing_leaves_before_it_is_shown(
    qtbot: QtBot, store: Store, translators: Translators
) -> None:
    duo_id = running_duo(store)
    dialog = opened(qtbot, store, duo_id)
    assert dialog.second_language() == "ar" and dialog.print_button.isEnabled()
    # Two quick choices: while the agreement is being made, what is shown can be neither printed nor saved.
    dialog.choose_language("en")
    dialog.choose_language(None)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.signed_button.isEnabled()
    wait_until_idle(qtbot)
    # The last choice is what is shown, not the one made before it.
    assert dialog.content is not None and dialog.content.second is None
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.status.text() == "Nog niet afgedrukt of opgeslagen."
