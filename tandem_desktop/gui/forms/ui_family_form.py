# Generated from ui/family_form.ui by pyside6-uic (make forms). Do not edit: edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from tandem_desktop.gui.common.language_picker import (LanguageCombo, LanguageListEdit)
from tandem_desktop.gui.common.optional_date import OptionalDateEdit
from tandem_desktop.gui.common.week_grid import WeekGridEdit

class Ui_FamilyForm(object):
    def setupUi(self, FamilyForm):
        if not FamilyForm.objectName():
            FamilyForm.setObjectName(u"FamilyForm")
        FamilyForm.resize(1040, 640)
        self.formLayout = QVBoxLayout(FamilyForm)
        self.formLayout.setObjectName(u"formLayout")
        self.tabs = QTabWidget(FamilyForm)
        self.tabs.setObjectName(u"tabs")
        self.familyTab = QWidget()
        self.familyTab.setObjectName(u"familyTab")
        self.familyTabLayout = QHBoxLayout(self.familyTab)
        self.familyTabLayout.setSpacing(18)
        self.familyTabLayout.setObjectName(u"familyTabLayout")
        self.familyLeft = QVBoxLayout()
        self.familyLeft.setObjectName(u"familyLeft")
        self.familyFields = QFormLayout()
        self.familyFields.setObjectName(u"familyFields")
        self.familyFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.familyTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.familyFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.familyTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.familyFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.statusLabel = QLabel(self.familyTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.familyFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.familyTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.familyFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.motherTongueLabel = QLabel(self.familyTab)
        self.motherTongueLabel.setObjectName(u"motherTongueLabel")

        self.familyFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.motherTongueLabel)

        self.motherTongueCombo = LanguageCombo(self.familyTab)
        self.motherTongueCombo.setObjectName(u"motherTongueCombo")

        self.familyFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.motherTongueCombo)

        self.contactLanguagesLabel = QLabel(self.familyTab)
        self.contactLanguagesLabel.setObjectName(u"contactLanguagesLabel")

        self.familyFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLanguagesLabel)

        self.contactLanguagesEdit = LanguageListEdit(self.familyTab)
        self.contactLanguagesEdit.setObjectName(u"contactLanguagesEdit")

        self.familyFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactLanguagesEdit)

        self.dutchLevelLabel = QLabel(self.familyTab)
        self.dutchLevelLabel.setObjectName(u"dutchLevelLabel")

        self.familyFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dutchLevelLabel)

        self.dutchLevelCombo = QComboBox(self.familyTab)
        self.dutchLevelCombo.setObjectName(u"dutchLevelCombo")

        self.familyFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dutchLevelCombo)

        self.arrivalLabel = QLabel(self.familyTab)
        self.arrivalLabel.setObjectName(u"arrivalLabel")

        self.familyFields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.arrivalLabel)

        self.arrivalDateEdit = OptionalDateEdit(self.familyTab)
        self.arrivalDateEdit.setObjectName(u"arrivalDateEdit")

        self.familyFields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.arrivalDateEdit)

        self.reunificationCheck = QCheckBox(self.familyTab)
        self.reunificationCheck.setObjectName(u"reunificationCheck")

        self.familyFields.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.reunificationCheck)


        self.familyLeft.addLayout(self.familyFields)

        self.familyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.familyLeft.addItem(self.familyLeftSpacer)


        self.familyTabLayout.addLayout(self.familyLeft)

        self.membersGroup = QGroupBox(self.familyTab)
        self.membersGroup.setObjectName(u"membersGroup")
        self.membersLayout = QVBoxLayout(self.membersGroup)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersTable = QTableWidget(self.membersGroup)
        if (self.membersTable.columnCount() < 4):
            self.membersTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setColumnCount(4)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setTabKeyNavigation(False)

        self.membersLayout.addWidget(self.membersTable)

        self.membersError = QLabel(self.membersGroup)
        self.membersError.setObjectName(u"membersError")
        self.membersError.setWordWrap(True)

        self.membersLayout.addWidget(self.membersError)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.addMemberButton = QPushButton(self.membersGroup)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.memberButtons.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.membersGroup)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.memberButtons.addWidget(self.removeMemberButton)

        self.memberButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberButtonsSpacer)

        self.childrenSummary = QLabel(self.membersGroup)
        self.childrenSummary.setObjectName(u"childrenSummary")

        self.memberButtons.addWidget(self.childrenSummary)


        self.membersLayout.addLayout(self.memberButtons)


        self.familyTabLayout.addWidget(self.membersGroup)

        self.tabs.addTab(self.familyTab, "")
        self.contactTab = QWidget()
        self.contactTab.setObjectName(u"contactTab")
        self.contactTabLayout = QVBoxLayout(self.contactTab)
        self.contactTabLayout.setObjectName(u"contactTabLayout")
        self.contactFields = QFormLayout()
        self.contactFields.setObjectName(u"contactFields")
        self.contactFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.phoneLabel = QLabel(self.contactTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.contactFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.whatsappLabel = QLabel(self.contactTab)
        self.whatsappLabel.setObjectName(u"whatsappLabel")

        self.contactFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whatsappLabel)

        self.whatsappEdit = QLineEdit(self.contactTab)
        self.whatsappEdit.setObjectName(u"whatsappEdit")
        self.whatsappEdit.setMaxLength(40)

        self.contactFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whatsappEdit)

        self.addressLabel = QLabel(self.contactTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.contactTab)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.contactFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postcodeLabel = QLabel(self.contactTab)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.contactFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(self.contactTab)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(10)

        self.contactFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.municipalityLabel = QLabel(self.contactTab)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.contactFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityEdit = QLineEdit(self.contactTab)
        self.municipalityEdit.setObjectName(u"municipalityEdit")
        self.municipalityEdit.setMaxLength(100)

        self.contactFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.referredByLabel = QLabel(self.contactTab)
        self.referredByLabel.setObjectName(u"referredByLabel")

        self.contactFields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referredByLabel)

        self.referredByEdit = QLineEdit(self.contactTab)
        self.referredByEdit.setObjectName(u"referredByEdit")
        self.referredByEdit.setMaxLength(200)

        self.contactFields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referredByEdit)


        self.contactTabLayout.addLayout(self.contactFields)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactTabLayout.addItem(self.contactSpacer)

        self.tabs.addTab(self.contactTab, "")
        self.needsTab = QWidget()
        self.needsTab.setObjectName(u"needsTab")
        self.needsTabLayout = QHBoxLayout(self.needsTab)
        self.needsTabLayout.setSpacing(18)
        self.needsTabLayout.setObjectName(u"needsTabLayout")
        self.needsGroup = QGroupBox(self.needsTab)
        self.needsGroup.setObjectName(u"needsGroup")
        self.needsLayout = QVBoxLayout(self.needsGroup)
        self.needsLayout.setObjectName(u"needsLayout")
        self.need_childcare = QCheckBox(self.needsGroup)
        self.need_childcare.setObjectName(u"need_childcare")

        self.needsLayout.addWidget(self.need_childcare)

        self.need_library = QCheckBox(self.needsGroup)
        self.need_library.setObjectName(u"need_library")

        self.needsLayout.addWidget(self.need_library)

        self.need_language_camp = QCheckBox(self.needsGroup)
        self.need_language_camp.setObjectName(u"need_language_camp")

        self.needsLayout.addWidget(self.need_language_camp)

        self.need_playground_programme = QCheckBox(self.needsGroup)
        self.need_playground_programme.setObjectName(u"need_playground_programme")

        self.needsLayout.addWidget(self.need_playground_programme)

        self.need_volunteer_work = QCheckBox(self.needsGroup)
        self.need_volunteer_work.setObjectName(u"need_volunteer_work")

        self.needsLayout.addWidget(self.need_volunteer_work)

        self.need_sport = QCheckBox(self.needsGroup)
        self.need_sport.setObjectName(u"need_sport")

        self.needsLayout.addWidget(self.need_sport)

        self.need_other = QCheckBox(self.needsGroup)
        self.need_other.setObjectName(u"need_other")

        self.needsLayout.addWidget(self.need_other)

        self.needsOtherEdit = QLineEdit(self.needsGroup)
        self.needsOtherEdit.setObjectName(u"needsOtherEdit")
        self.needsOtherEdit.setMaxLength(200)

        self.needsLayout.addWidget(self.needsOtherEdit)

        self.needsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.needsLayout.addItem(self.needsSpacer)


        self.needsTabLayout.addWidget(self.needsGroup)

        self.weekSide = QVBoxLayout()
        self.weekSide.setObjectName(u"weekSide")
        self.unavailabilityLabel = QLabel(self.needsTab)
        self.unavailabilityLabel.setObjectName(u"unavailabilityLabel")

        self.weekSide.addWidget(self.unavailabilityLabel)

        self.unavailabilityGrid = WeekGridEdit(self.needsTab)
        self.unavailabilityGrid.setObjectName(u"unavailabilityGrid")

        self.weekSide.addWidget(self.unavailabilityGrid)

        self.buddyPreferencesLabel = QLabel(self.needsTab)
        self.buddyPreferencesLabel.setObjectName(u"buddyPreferencesLabel")

        self.weekSide.addWidget(self.buddyPreferencesLabel)

        self.buddyPreferencesEdit = QPlainTextEdit(self.needsTab)
        self.buddyPreferencesEdit.setObjectName(u"buddyPreferencesEdit")

        self.weekSide.addWidget(self.buddyPreferencesEdit)


        self.needsTabLayout.addLayout(self.weekSide)

        self.tabs.addTab(self.needsTab, "")
        self.consentTab = QWidget()
        self.consentTab.setObjectName(u"consentTab")
        self.consentTabLayout = QVBoxLayout(self.consentTab)
        self.consentTabLayout.setObjectName(u"consentTabLayout")
        self.sensitiveGroup = QGroupBox(self.consentTab)
        self.sensitiveGroup.setObjectName(u"sensitiveGroup")
        self.sensitiveLayout = QVBoxLayout(self.sensitiveGroup)
        self.sensitiveLayout.setObjectName(u"sensitiveLayout")
        self.sensitiveNote = QLabel(self.sensitiveGroup)
        self.sensitiveNote.setObjectName(u"sensitiveNote")
        self.sensitiveNote.setWordWrap(True)

        self.sensitiveLayout.addWidget(self.sensitiveNote)

        self.sensitiveEdit = QPlainTextEdit(self.sensitiveGroup)
        self.sensitiveEdit.setObjectName(u"sensitiveEdit")

        self.sensitiveLayout.addWidget(self.sensitiveEdit)


        self.consentTabLayout.addWidget(self.sensitiveGroup)

        self.consentGroup = QGroupBox(self.consentTab)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentFields = QFormLayout(self.consentGroup)
        self.consentFields.setObjectName(u"consentFields")
        self.consentFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.consentDateLabel = QLabel(self.consentGroup)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.consentFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateEdit = OptionalDateEdit(self.consentGroup)
        self.consentDateEdit.setObjectName(u"consentDateEdit")

        self.consentFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.consentVersionLabel = QLabel(self.consentGroup)
        self.consentVersionLabel.setObjectName(u"consentVersionLabel")

        self.consentFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentVersionLabel)

        self.consentVersionEdit = QLineEdit(self.consentGroup)
        self.consentVersionEdit.setObjectName(u"consentVersionEdit")
        self.consentVersionEdit.setMaxLength(40)

        self.consentFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consentVersionEdit)

        self.photoConsentLabel = QLabel(self.consentGroup)
        self.photoConsentLabel.setObjectName(u"photoConsentLabel")

        self.consentFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.photoConsentLabel)

        self.photoConsentCombo = QComboBox(self.consentGroup)
        self.photoConsentCombo.setObjectName(u"photoConsentCombo")

        self.consentFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.photoConsentCombo)

        self.consentHistoryLabel = QLabel(self.consentGroup)
        self.consentHistoryLabel.setObjectName(u"consentHistoryLabel")
        self.consentHistoryLabel.setWordWrap(True)
        self.consentHistoryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.consentFields.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.consentHistoryLabel)


        self.consentTabLayout.addWidget(self.consentGroup)

        self.tabs.addTab(self.consentTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesTabLayout = QHBoxLayout(self.notesTab)
        self.notesTabLayout.setObjectName(u"notesTabLayout")
        self.notesSide = QVBoxLayout()
        self.notesSide.setObjectName(u"notesSide")
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesSide.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesSide.addWidget(self.notesEdit)


        self.notesTabLayout.addLayout(self.notesSide)

        self.historySide = QVBoxLayout()
        self.historySide.setObjectName(u"historySide")
        self.historyLabel = QLabel(self.notesTab)
        self.historyLabel.setObjectName(u"historyLabel")

        self.historySide.addWidget(self.historyLabel)

        self.statusHistory = QListWidget(self.notesTab)
        self.statusHistory.setObjectName(u"statusHistory")

        self.historySide.addWidget(self.statusHistory)


        self.notesTabLayout.addLayout(self.historySide)

        self.tabs.addTab(self.notesTab, "")

        self.formLayout.addWidget(self.tabs)

        self.duplicateNotice = QLabel(FamilyForm)
        self.duplicateNotice.setObjectName(u"duplicateNotice")
        self.duplicateNotice.setWordWrap(True)

        self.formLayout.addWidget(self.duplicateNotice)

        self.errorSummary = QLabel(FamilyForm)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.formLayout.addWidget(self.errorSummary)

        self.buttons = QDialogButtonBox(FamilyForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.formLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.motherTongueLabel.setBuddy(self.motherTongueCombo)
        self.contactLanguagesLabel.setBuddy(self.contactLanguagesEdit)
        self.dutchLevelLabel.setBuddy(self.dutchLevelCombo)
        self.arrivalLabel.setBuddy(self.arrivalDateEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.whatsappLabel.setBuddy(self.whatsappEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.referredByLabel.setBuddy(self.referredByEdit)
        self.unavailabilityLabel.setBuddy(self.unavailabilityGrid)
        self.buddyPreferencesLabel.setBuddy(self.buddyPreferencesEdit)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentVersionLabel.setBuddy(self.consentVersionEdit)
        self.photoConsentLabel.setBuddy(self.photoConsentCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.historyLabel.setBuddy(self.statusHistory)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.motherTongueCombo)
        QWidget.setTabOrder(self.motherTongueCombo, self.contactLanguagesEdit)
        QWidget.setTabOrder(self.contactLanguagesEdit, self.dutchLevelCombo)
        QWidget.setTabOrder(self.dutchLevelCombo, self.arrivalDateEdit)
        QWidget.setTabOrder(self.arrivalDateEdit, self.reunificationCheck)
        QWidget.setTabOrder(self.reunificationCheck, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.removeMemberButton)

        self.retranslateUi(FamilyForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FamilyForm)
    # setupUi

    def retranslateUi(self, FamilyForm):
        FamilyForm.setWindowTitle(QCoreApplication.translate("FamilyForm", u"Family", None))
        self.nameLabel.setText(QCoreApplication.translate("FamilyForm", u"&Name of the family", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"e.g. Family Haile", None))
        self.statusLabel.setText(QCoreApplication.translate("FamilyForm", u"&Status", None))
        self.motherTongueLabel.setText(QCoreApplication.translate("FamilyForm", u"&Mother tongue", None))
        self.contactLanguagesLabel.setText(QCoreApplication.translate("FamilyForm", u"&Contact languages", None))
        self.dutchLevelLabel.setText(QCoreApplication.translate("FamilyForm", u"&Dutch", None))
        self.arrivalLabel.setText(QCoreApplication.translate("FamilyForm", u"&Arrival in Belgium", None))
        self.reunificationCheck.setText(QCoreApplication.translate("FamilyForm", u"Came through &family reunification", None))
        self.membersGroup.setTitle(QCoreApplication.translate("FamilyForm", u"Household members", None))
        ___qtablewidgetitem = self.membersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FamilyForm", u"Name", None))
        ___qtablewidgetitem1 = self.membersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FamilyForm", u"Role", None))
        ___qtablewidgetitem2 = self.membersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FamilyForm", u"Birth year", None))
        ___qtablewidgetitem3 = self.membersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FamilyForm", u"Age", None))
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleName(QCoreApplication.translate("FamilyForm", u"Household members", None))
#endif // QT_CONFIG(accessibility)
        self.membersError.setText("")
        self.addMemberButton.setText(QCoreApplication.translate("FamilyForm", u"&Add member", None))
        self.removeMemberButton.setText(QCoreApplication.translate("FamilyForm", u"&Remove member", None))
        self.childrenSummary.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.familyTab), QCoreApplication.translate("FamilyForm", u"&Family", None))
        self.phoneLabel.setText(QCoreApplication.translate("FamilyForm", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"0470 12 34 56 or +32 470 12 34 56", None))
        self.whatsappLabel.setText(QCoreApplication.translate("FamilyForm", u"&WhatsApp", None))
        self.whatsappEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"empty: the same as the phone", None))
        self.addressLabel.setText(QCoreApplication.translate("FamilyForm", u"A&ddress", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"street and number", None))
        self.postcodeLabel.setText(QCoreApplication.translate("FamilyForm", u"Post&code", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"9000", None))
        self.municipalityLabel.setText(QCoreApplication.translate("FamilyForm", u"M&unicipality", None))
        self.municipalityEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"Gent", None))
        self.referredByLabel.setText(QCoreApplication.translate("FamilyForm", u"&Referred by", None))
        self.referredByEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"e.g. the social service, a school", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactTab), QCoreApplication.translate("FamilyForm", u"C&ontact", None))
        self.needsGroup.setTitle(QCoreApplication.translate("FamilyForm", u"Needs", None))
        self.need_childcare.setText(QCoreApplication.translate("FamilyForm", u"Childcare", None))
        self.need_library.setText(QCoreApplication.translate("FamilyForm", u"Library", None))
        self.need_language_camp.setText(QCoreApplication.translate("FamilyForm", u"Language camp", None))
        self.need_playground_programme.setText(QCoreApplication.translate("FamilyForm", u"Playground programme", None))
        self.need_volunteer_work.setText(QCoreApplication.translate("FamilyForm", u"Volunteer work", None))
        self.need_sport.setText(QCoreApplication.translate("FamilyForm", u"Sport", None))
        self.need_other.setText(QCoreApplication.translate("FamilyForm", u"Other:", None))
        self.needsOtherEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"which other need?", None))
        self.unavailabilityLabel.setText(QCoreApplication.translate("FamilyForm", u"When can the family &not meet? (e.g. Dutch course)", None))
        self.buddyPreferencesLabel.setText(QCoreApplication.translate("FamilyForm", u"&Wishes for the buddy", None))
        self.buddyPreferencesEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"e.g. a woman, speaks Arabic, likes football", None))
        self.tabs.setTabText(self.tabs.indexOf(self.needsTab), QCoreApplication.translate("FamilyForm", u"N&eeds and week", None))
        self.sensitiveGroup.setTitle(QCoreApplication.translate("FamilyForm", u"Housing and health (sensitive)", None))
        self.sensitiveNote.setText(QCoreApplication.translate("FamilyForm", u"Only what the coordinator needs to know to plan the meetings. It is kept apart from the rest and left out of every report.", None))
#if QT_CONFIG(accessibility)
        self.sensitiveEdit.setAccessibleName(QCoreApplication.translate("FamilyForm", u"Housing and health constraints", None))
#endif // QT_CONFIG(accessibility)
        self.consentGroup.setTitle(QCoreApplication.translate("FamilyForm", u"Consent", None))
        self.consentDateLabel.setText(QCoreApplication.translate("FamilyForm", u"Consent &given on", None))
        self.consentVersionLabel.setText(QCoreApplication.translate("FamilyForm", u"Consent text &version", None))
        self.consentVersionEdit.setPlaceholderText(QCoreApplication.translate("FamilyForm", u"e.g. 2026-1", None))
        self.photoConsentLabel.setText(QCoreApplication.translate("FamilyForm", u"&Photos", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consentTab), QCoreApplication.translate("FamilyForm", u"Consent and &sensitive", None))
        self.notesLabel.setText(QCoreApplication.translate("FamilyForm", u"&Notes", None))
        self.historyLabel.setText(QCoreApplication.translate("FamilyForm", u"Status history", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("FamilyForm", u"No&tes and history", None))
        self.duplicateNotice.setText("")
        self.errorSummary.setText("")
    # retranslateUi

