"""The forms of the organisations directory: an organisation, and the referral of a family to one.

Both are short forms on the pattern of the duo dialogs: what core refuses shows at its field and the
dialog stays open, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tandem_desktop.core.organisations import (
    OPEN_OUTCOMES,
    OrganisationDraft,
    ReferralDraft,
    family_choices,
    load_organisation,
    load_referral,
    organisation_choices,
    organisation_rows,
    referral_rows,
    save_organisation,
    save_referral,
)
from tandem_desktop.core.search import fold
from tandem_desktop.db.models.enums import OrganisationCategory, ReferralOutcome
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.collation import sorted_by_text
from tandem_desktop.gui.common.dates import date_edit, day_of
from tandem_desktop.gui.common.folding_completer import FoldingCompleter, add_folded_item
from tandem_desktop.gui.common.form_dialog import FormDialog, Work
from tandem_desktop.gui.common.labels import fill_choices, organisation_category_label, referral_outcome_label
from tandem_desktop.gui.common.language_picker import LanguageListEdit
from tandem_desktop.gui.common.optional_date import OptionalDateEdit

FOLLOW_UP_AFTER = dt.timedelta(days=14)  # a new referral's follow-up: two weeks after it was made
NOTES_HEIGHT = 70


def notes_edit(parent: QWidget, text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(NOTES_HEIGHT)
    return edit


class ChoiceCombo(QComboBox):
    """One record from a list (a family, an organisation), found by typing part of its name.

    The value is what the text names: the entry of that name (any case, any accents), else the only entry
    containing it. Text naming no entry or several is no choice (`chosen_id()` is None, `unknown()` True);
    the form then says "Choose one in the list." at the field, and the typed text stays.
    """

    def __init__(self, parent: QWidget | None = None, none_text: str | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text never becomes an entry
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Finds "Gezin Çelik" from "celik", as the lists' search does.
        self.setCompleter(FoldingCompleter(self.model(), self))
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(self._tidy)
        line_edit.setPlaceholderText(self.tr("Type to search…"))

    def set_choices(self, choices: Sequence[tuple[uuid.UUID, str]]) -> None:
        """The entries (id, text shown) in the order of the interface language, keeping the current choice
        when it is still among them."""
        current = self.chosen_id()
        blocked = self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        for record_id, text in sorted_by_text(choices, lambda choice: choice[1]):
            add_folded_item(self, text, str(record_id))
        self.blockSignals(blocked)
        self.set_chosen_id(current)

    def add_choice(self, record_id: uuid.UUID, text: str) -> None:
        if self.findData(str(record_id)) < 0:
            add_folded_item(self, text, str(record_id))

    def set_chosen_id(self, record_id: uuid.UUID | None) -> None:
        index = self.findData(str(record_id)) if record_id is not None else -1
        if index < 0 and self._none_text is not None:
            index = 0
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index) if index >= 0 else "")

    def chosen_id(self) -> uuid.UUID | None:
        index = self._resolve(self.currentText())
        data = self.itemData(index) if index >= 0 else None
        return uuid.UUID(data) if data else None

    def unknown(self) -> bool:
        """Text is typed that names no entry, or several."""
        return self._resolve(self.currentText()) < 0 and self.currentText().strip() != ""

    def _resolve(self, text: str) -> int:
        wanted = fold(text.strip())
        if not wanted or (self._none_text is not None and wanted == fold(self._none_text)):
            return 0 if self._none_text is not None else -1
        first = 1 if self._none_text is not None else 0
        names = [(index, fold(self.itemText(index))) for index in range(first, self.count())]
        exact = [index for index, name in names if name == wanted]
        if exact:
            return exact[0]
        containing = [index for index, name in names if wanted in name]
        return containing[0] if len(containing) == 1 else -1

    def _tidy(self) -> None:
        """On leaving the field, text that names one entry shows that entry's full text."""
        index = self._resolve(self.currentText())
        if index >= 0 and self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling over the form must not change the choice.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class OrganisationDialog(FormDialog):
    """An organisation of the directory: new (`organisation_id` None) or changed."""

    def __init__(
        self, store: Store, organisation_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, parent)
        self.organisation_id = organisation_id
        draft = load_organisation(store, organisation_id) if organisation_id else OrganisationDraft()
        self.setWindowTitle(self.tr("Organisation") if organisation_id else self.tr("New organisation"))
        self.intro.setText(
            self.tr("An organisation families can be referred to: who to call, and in which languages.")
        )
        self.name = QLineEdit(draft.name, self)
        self.name.setObjectName("organisationName")
        self.category = QComboBox(self)
        self.category.setObjectName("organisationCategory")
        fill_choices(self.category, OrganisationCategory, organisation_category_label)
        self.category.setCurrentIndex(self.category.findData(draft.category))
        self.address = QLineEdit(draft.address, self)
        self.address.setPlaceholderText(self.tr("Street and number"))
        self.postcode = QLineEdit(draft.postcode, self)
        self.postcode.setPlaceholderText(self.tr("Postcode"))
        self.postcode.setMaximumWidth(90)
        self.municipality = QLineEdit(draft.municipality, self)
        self.municipality.setPlaceholderText(self.tr("Municipality"))
        place = QHBoxLayout()
        place.setSpacing(6)
        place.addWidget(self.postcode)
        place.addWidget(self.municipality, 1)
        self.contact_person = QLineEdit(draft.contact_person, self)
        self.phone = QLineEdit(draft.phone, self)
        self.phone.setObjectName("organisationPhone")
        self.phone.setPlaceholderText(self.tr("For example: 09 123 45 67"))
        self.email = QLineEdit(draft.email, self)
        self.email.setObjectName("organisationEmail")
        self.website = QLineEdit(draft.website, self)
        self.languages = LanguageListEdit(self)
        self.languages.set_codes(draft.languages)
        self.notes = notes_edit(self, draft.notes)
        self.notes.setPlaceholderText(self.tr("Opening hours, how to enrol, what to bring…"))

        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.tr("&Address"), self.address)
        place_label = QLabel(self.tr("Postcode and &municipality"), self)
        place_label.setBuddy(self.postcode)
        self.form.addRow(place_label, place)
        self.form.addRow(self.tr("Contact &person"), self.contact_person)
        self.form.addRow(self.tr("&Phone"), self.phone)
        self.form.addRow(self.tr("&E-mail"), self.email)
        self.form.addRow(self.tr("&Website"), self.website)
        self.form.addRow(self.tr("&Languages spoken"), self.languages)
        self.form.addRow(self.tr("N&otes"), self.notes)
        self.ok_button_text(self.tr("Save"))
        self.watch_fields({"name": self.name, "phone": self.phone, "email": self.email})

    def draft(self) -> OrganisationDraft:
        self.languages.combo.commit()
        return OrganisationDraft(
            name=self.name.text(),
            category=OrganisationCategory(self.category.currentData()),
            address=self.address.text(),
            postcode=self.postcode.text(),
            municipality=self.municipality.text(),
            contact_person=self.contact_person.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            languages=self.languages.codes(),
            notes=self.notes.toPlainText(),
            id=self.organisation_id,
        )

    def apply(self) -> Work:
        store, draft = self.store, self.draft()
        return lambda: save_organisation(store, draft)

    def applied(self, result: object) -> None:
        self.organisation_id = self.saved_id


class ReferralDialog(FormDialog):
    """A family referred to an organisation: new, or followed up (closing it is choosing its outcome)."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        family_id: uuid.UUID | None = None,
        organisation_id: uuid.UUID | None = None,
        referral_id: uuid.UUID | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(store, parent)
        self.today = today or self.store.today()
        self.referral_id = referral_id
        if referral_id is not None:
            draft = load_referral(store, referral_id)
        else:
            draft = ReferralDraft(
                family_id=family_id,
                organisation_id=organisation_id,
                purpose="",
                referred_on=self.today,
                follow_up_on=self.today + FOLLOW_UP_AFTER,
            )
        editing = referral_id is not None
        self.setWindowTitle(self.tr("Referral") if editing else self.tr("New referral"))

        self.family = ChoiceCombo(self)
        self.family.setObjectName("referralFamily")
        self.organisation = ChoiceCombo(self)
        self.organisation.setObjectName("referralOrganisation")
        self._fill_choices(draft)
        self.family.set_chosen_id(draft.family_id)
        self.organisation.set_chosen_id(draft.organisation_id)
        self.purpose = QLineEdit(draft.purpose, self)
        self.purpose.setObjectName("referralPurpose")
        self.purpose.setPlaceholderText(
            self.tr("For example: enrol the children at the playground programme")
        )
        self.referred_on = date_edit(self, draft.referred_on)
        self.referred_on.setObjectName("referredOn")
        self.follow_up_on = OptionalDateEdit(self)
        self.follow_up_on.setObjectName("followUpOn")
        self.follow_up_on.set_date_value(draft.follow_up_on)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("referralOutcome")
        fill_choices(self.outcome, ReferralOutcome, referral_outcome_label)
        self.outcome.setCurrentIndex(self.outcome.findData(draft.outcome))
        self.notes = notes_edit(self, draft.notes)
        self.notes.setObjectName("referralNotes")

        # The follow-up moves with the referral date until it is set by hand.
        self._follow_up_set = editing
        self.follow_up_on.changed.connect(self._follow_up_changed)
        self.referred_on.dateChanged.connect(lambda _d: self._move_follow_up())
        self.outcome.currentIndexChanged.connect(lambda _i: self._follow_outcome())

        outcome_label = QLabel(self.tr("O&utcome"), self)
        outcome_label.setBuddy(self.outcome)
        if editing:
            # Following a referral up is mostly choosing its outcome: that comes first, in bold.
            bold = QFont(outcome_label.font())
            bold.setBold(True)
            outcome_label.setFont(bold)
            self.outcome.setFont(bold)
            self.form.addRow(outcome_label, self.outcome)
        self.form.addRow(self.tr("&Family"), self.family)
        self.form.addRow(self.tr("O&rganisation"), self.organisation)
        self.form.addRow(self.tr("&Purpose"), self.purpose)
        self.form.addRow(self.tr("Referred &on"), self.referred_on)
        self.form.addRow(self.tr("Follow &up on"), self.follow_up_on)
        if not editing:
            self.form.addRow(outcome_label, self.outcome)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.ok_button_text(self.tr("Save"))
        self.watch_fields(
            {
                "family": self.family,
                "organisation": self.organisation,
                "purpose": self.purpose,
                "referred_on": self.referred_on,
                "follow_up_on": self.follow_up_on,
            }
        )
        self._editing = editing
        self._open_when_loaded = draft.outcome in OPEN_OUTCOMES
        self._follow_outcome()
        if editing:
            self.outcome.setFocus()
        elif draft.family_id is None:
            self.family.setFocus()
        elif draft.organisation_id is None:
            self.organisation.setFocus()
        else:
            self.purpose.setFocus()

    def _fill_choices(self, draft: ReferralDraft) -> None:
        self.family.set_choices([(c.id, c.name) for c in family_choices(self.store)])
        categories = {row.id: row.category for row in organisation_rows(self.store)}
        self.organisation.set_choices(
            [
                (
                    c.id,
                    f"{c.name} ({organisation_category_label(categories[c.id])})"
                    if c.id in categories
                    else c.name,
                )
                for c in organisation_choices(self.store)
            ]
        )
        if self.referral_id is not None:
            # A family that withdrew since stays this referral's family.
            for row in referral_rows(self.store, self.referral_id):
                self.family.add_choice(row.family_id, row.family_name)
                self.organisation.add_choice(row.organisation_id, row.organisation_name)

    def _follow_up_changed(self) -> None:
        self._follow_up_set = True

    def _move_follow_up(self) -> None:
        if not self._follow_up_set:
            self.follow_up_on.set_date_value(day_of(self.referred_on) + FOLLOW_UP_AFTER)

    def _follow_outcome(self) -> None:
        """A closed referral has nothing to follow up: its date field rests, and the intro says so."""
        open_ = ReferralOutcome(self.outcome.currentData()) in OPEN_OUTCOMES
        self.follow_up_on.setEnabled(open_)
        self.follow_up_on.setToolTip("" if open_ else self.tr("A closed referral needs no follow-up."))
        if not self._editing:
            self.intro.setText(
                self.tr(
                    "Guide a family to an organisation. On the follow-up date, the overview reminds you "
                    "to ask how it went."
                )
            )
        elif self._open_when_loaded:
            self.intro.setText(
                self.tr("To close this referral, choose its <b>outcome</b> and save.")
                if open_
                else self.tr("The referral will be closed with this outcome.")
            )
        else:
            self.intro.setText(self.tr("This referral is closed. Choose “Pending” to follow it up again."))

    def draft(self) -> ReferralDraft:
        return ReferralDraft(
            family_id=self.family.chosen_id(),
            organisation_id=self.organisation.chosen_id(),
            purpose=self.purpose.text(),
            referred_on=day_of(self.referred_on),
            follow_up_on=self.follow_up_on.date_value(),
            outcome=ReferralOutcome(self.outcome.currentData()),
            notes=self.notes.toPlainText(),
            id=self.referral_id,
        )

    def apply(self) -> Work:
        store, draft, today = self.store, self.draft(), self.today
        return lambda: save_referral(store, draft, today)

    def applied(self, result: object) -> None:
        self.referral_id = self.saved_id
