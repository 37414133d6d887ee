# Generated from ui/buddy_form.ui by pyside6-uic (make forms). Do not edit: edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'buddy_form.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from tandem_desktop.gui.common.language_picker import LanguageListEdit
from tandem_desktop.gui.common.optional_date import OptionalDateEdit
from tandem_desktop.gui.common.week_grid import WeekGridEdit

class Ui_BuddyForm(object):
    def setupUi(self, BuddyForm):
        if not BuddyForm.objectName():
            BuddyForm.setObjectName(u"BuddyForm")
        BuddyForm.resize(1040, 640)
        self.formLayout = QVBoxLayout(BuddyForm)
        self.formLayout.setObjectName(u"formLayout")
        self.tabs = QTabWidget(BuddyForm)
        self.tabs.setObjectName(u"tabs")
        self.buddyTab = QWidget()
        self.buddyTab.setObjectName(u"buddyTab")
        self.buddyTabLayout = QHBoxLayout(self.buddyTab)
        self.buddyTabLayout.setSpacing(18)
        self.buddyTabLayout.setObjectName(u"buddyTabLayout")
        self.buddyLeft = QVBoxLayout()
        self.buddyLeft.setObjectName(u"buddyLeft")
        self.buddyFields = QFormLayout()
        self.buddyFields.setObjectName(u"buddyFields")
        self.buddyFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.buddyTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.buddyFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.buddyTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.buddyFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.statusLabel = QLabel(self.buddyTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.buddyFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.buddyTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.buddyFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.birthYearLabel = QLabel(self.buddyTab)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.buddyFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearEdit = QLineEdit(self.buddyTab)
        self.birthYearEdit.setObjectName(u"birthYearEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.birthYearEdit.sizePolicy().hasHeightForWidth())
        self.birthYearEdit.setSizePolicy(sizePolicy)
        self.birthYearEdit.setMaxLength(4)

        self.buddyFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthYearEdit)

        self.dutchLevelLabel = QLabel(self.buddyTab)
        self.dutchLevelLabel.setObjectName(u"dutchLevelLabel")

        self.buddyFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dutchLevelLabel)

        self.dutchLevelCombo = QComboBox(self.buddyTab)
        self.dutchLevelCombo.setObjectName(u"dutchLevelCombo")

        self.buddyFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dutchLevelCombo)

        self.languagesLabel = QLabel(self.buddyTab)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.buddyFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = LanguageListEdit(self.buddyTab)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.buddyFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.exNewcomerCheck = QCheckBox(self.buddyTab)
        self.exNewcomerCheck.setObjectName(u"exNewcomerCheck")

        self.buddyFields.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.exNewcomerCheck)

        self.capacityLabel = QLabel(self.buddyTab)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.buddyFields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.buddyTab)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(10)
        sizePolicy.setHeightForWidth(self.capacitySpin.sizePolicy().hasHeightForWidth())
        self.capacitySpin.setSizePolicy(sizePolicy)

        self.buddyFields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capacitySpin)


        self.buddyLeft.addLayout(self.buddyFields)

        self.buddyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buddyLeft.addItem(self.buddyLeftSpacer)


        self.buddyTabLayout.addLayout(self.buddyLeft)

        self.weekSide = QVBoxLayout()
        self.weekSide.setObjectName(u"weekSide")
        self.availabilityLabel = QLabel(self.buddyTab)
        self.availabilityLabel.setObjectName(u"availabilityLabel")

        self.weekSide.addWidget(self.availabilityLabel)

        self.availabilityGrid = WeekGridEdit(self.buddyTab)
        self.availabilityGrid.setObjectName(u"availabilityGrid")

        self.weekSide.addWidget(self.availabilityGrid)

        self.weekSideGap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.weekSide.addItem(self.weekSideGap)

        self.interestsLabel = QLabel(self.buddyTab)
        self.interestsLabel.setObjectName(u"interestsLabel")

        self.weekSide.addWidget(self.interestsLabel)

        self.interestsEdit = QLineEdit(self.buddyTab)
        self.interestsEdit.setObjectName(u"interestsEdit")
        self.interestsEdit.setMaxLength(500)

        self.weekSide.addWidget(self.interestsEdit)

        self.weekSideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.weekSide.addItem(self.weekSideSpacer)


        self.buddyTabLayout.addLayout(self.weekSide)

        self.tabs.addTab(self.buddyTab, "")
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

        self.emailLabel = QLabel(self.contactTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.contactFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.addressLabel = QLabel(self.contactTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.contactTab)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.contactFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postcodeLabel = QLabel(self.contactTab)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.contactFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(self.contactTab)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(10)

        self.contactFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.municipalityLabel = QLabel(self.contactTab)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.contactFields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityEdit = QLineEdit(self.contactTab)
        self.municipalityEdit.setObjectName(u"municipalityEdit")
        self.municipalityEdit.setMaxLength(100)

        self.contactFields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)


        self.contactTabLayout.addLayout(self.contactFields)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactTabLayout.addItem(self.contactSpacer)

        self.tabs.addTab(self.contactTab, "")
        self.screeningTab = QWidget()
        self.screeningTab.setObjectName(u"screeningTab")
        self.screeningTabLayout = QVBoxLayout(self.screeningTab)
        self.screeningTabLayout.setObjectName(u"screeningTabLayout")
        self.extractGroup = QGroupBox(self.screeningTab)
        self.extractGroup.setObjectName(u"extractGroup")
        self.extractLayout = QVBoxLayout(self.extractGroup)
        self.extractLayout.setObjectName(u"extractLayout")
        self.extractNote = QLabel(self.extractGroup)
        self.extractNote.setObjectName(u"extractNote")
        self.extractNote.setWordWrap(True)

        self.extractLayout.addWidget(self.extractNote)

        self.extractFields = QFormLayout()
        self.extractFields.setObjectName(u"extractFields")
        self.extractDateLabel = QLabel(self.extractGroup)
        self.extractDateLabel.setObjectName(u"extractDateLabel")

        self.extractFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.extractDateLabel)

        self.extractDateEdit = OptionalDateEdit(self.extractGroup)
        self.extractDateEdit.setObjectName(u"extractDateEdit")
        sizePolicy.setHeightForWidth(self.extractDateEdit.sizePolicy().hasHeightForWidth())
        self.extractDateEdit.setSizePolicy(sizePolicy)

        self.extractFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.extractDateEdit)

        self.extractWarning = QLabel(self.extractGroup)
        self.extractWarning.setObjectName(u"extractWarning")
        self.extractWarning.setWordWrap(True)

        self.extractFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.extractWarning)


        self.extractLayout.addLayout(self.extractFields)


        self.screeningTabLayout.addWidget(self.extractGroup)

        self.trainingsGroup = QGroupBox(self.screeningTab)
        self.trainingsGroup.setObjectName(u"trainingsGroup")
        self.trainingsLayout = QVBoxLayout(self.trainingsGroup)
        self.trainingsLayout.setObjectName(u"trainingsLayout")
        self.trainingsTable = QTableWidget(self.trainingsGroup)
        if (self.trainingsTable.columnCount() < 2):
            self.trainingsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.trainingsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.trainingsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.trainingsTable.setObjectName(u"trainingsTable")
        self.trainingsTable.setColumnCount(2)
        self.trainingsTable.setAlternatingRowColors(True)
        self.trainingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trainingsTable.setTabKeyNavigation(False)

        self.trainingsLayout.addWidget(self.trainingsTable)

        self.trainingsError = QLabel(self.trainingsGroup)
        self.trainingsError.setObjectName(u"trainingsError")
        self.trainingsError.setWordWrap(True)

        self.trainingsLayout.addWidget(self.trainingsError)

        self.trainingButtons = QHBoxLayout()
        self.trainingButtons.setObjectName(u"trainingButtons")
        self.addTrainingButton = QPushButton(self.trainingsGroup)
        self.addTrainingButton.setObjectName(u"addTrainingButton")

        self.trainingButtons.addWidget(self.addTrainingButton)

        self.removeTrainingButton = QPushButton(self.trainingsGroup)
        self.removeTrainingButton.setObjectName(u"removeTrainingButton")

        self.trainingButtons.addWidget(self.removeTrainingButton)

        self.trainingButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trainingButtons.addItem(self.trainingButtonsSpacer)


        self.trainingsLayout.addLayout(self.trainingButtons)


        self.screeningTabLayout.addWidget(self.trainingsGroup)

        self.tabs.addTab(self.screeningTab, "")
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

        self.duplicateNotice = QLabel(BuddyForm)
        self.duplicateNotice.setObjectName(u"duplicateNotice")
        self.duplicateNotice.setWordWrap(True)

        self.formLayout.addWidget(self.duplicateNotice)

        self.errorSummary = QLabel(BuddyForm)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.formLayout.addWidget(self.errorSummary)

        self.buttons = QDialogButtonBox(BuddyForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.formLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.birthYearLabel.setBuddy(self.birthYearEdit)
        self.dutchLevelLabel.setBuddy(self.dutchLevelCombo)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.availabilityLabel.setBuddy(self.availabilityGrid)
        self.interestsLabel.setBuddy(self.interestsEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.whatsappLabel.setBuddy(self.whatsappEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.extractDateLabel.setBuddy(self.extractDateEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.historyLabel.setBuddy(self.statusHistory)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.birthYearEdit)
        QWidget.setTabOrder(self.birthYearEdit, self.dutchLevelCombo)
        QWidget.setTabOrder(self.dutchLevelCombo, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.exNewcomerCheck)
        QWidget.setTabOrder(self.exNewcomerCheck, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.availabilityGrid)
        QWidget.setTabOrder(self.availabilityGrid, self.interestsEdit)
        QWidget.setTabOrder(self.interestsEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.whatsappEdit)
        QWidget.setTabOrder(self.whatsappEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.extractDateEdit)
        QWidget.setTabOrder(self.extractDateEdit, self.trainingsTable)
        QWidget.setTabOrder(self.trainingsTable, self.addTrainingButton)
        QWidget.setTabOrder(self.addTrainingButton, self.removeTrainingButton)
        QWidget.setTabOrder(self.removeTrainingButton, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.statusHistory)

        self.retranslateUi(BuddyForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(BuddyForm)
    # setupUi

    def retranslateUi(self, BuddyForm):
        BuddyForm.setWindowTitle(QCoreApplication.translate("BuddyForm", u"Buddy", None))
        self.nameLabel.setText(QCoreApplication.translate("BuddyForm", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"first name and surname", None))
        self.statusLabel.setText(QCoreApplication.translate("BuddyForm", u"Stat&us", None))
        self.birthYearLabel.setText(QCoreApplication.translate("BuddyForm", u"Birth &year", None))
        self.birthYearEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"e.g. 1985", None))
        self.dutchLevelLabel.setText(QCoreApplication.translate("BuddyForm", u"&Dutch", None))
        self.languagesLabel.setText(QCoreApplication.translate("BuddyForm", u"&Languages", None))
        self.exNewcomerCheck.setText(QCoreApplication.translate("BuddyForm", u"&Is an ex-newcomer (came to Belgium as a newcomer)", None))
        self.capacityLabel.setText(QCoreApplication.translate("BuddyForm", u"&Capacity (duos at once)", None))
        self.availabilityLabel.setText(QCoreApplication.translate("BuddyForm", u"When is the buddy &free?", None))
        self.interestsLabel.setText(QCoreApplication.translate("BuddyForm", u"&Hobbies and interests", None))
        self.interestsEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"separated by commas, e.g. cooking, cycling, football", None))
        self.tabs.setTabText(self.tabs.indexOf(self.buddyTab), QCoreApplication.translate("BuddyForm", u"&Buddy", None))
        self.phoneLabel.setText(QCoreApplication.translate("BuddyForm", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"0470 12 34 56 or +32 470 12 34 56", None))
        self.whatsappLabel.setText(QCoreApplication.translate("BuddyForm", u"&WhatsApp", None))
        self.whatsappEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"empty: the same as the phone", None))
        self.emailLabel.setText(QCoreApplication.translate("BuddyForm", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"name@example.org", None))
        self.addressLabel.setText(QCoreApplication.translate("BuddyForm", u"A&ddress", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"street and number", None))
        self.postcodeLabel.setText(QCoreApplication.translate("BuddyForm", u"Post&code", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"9000", None))
        self.municipalityLabel.setText(QCoreApplication.translate("BuddyForm", u"M&unicipality", None))
        self.municipalityEdit.setPlaceholderText(QCoreApplication.translate("BuddyForm", u"Gent", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactTab), QCoreApplication.translate("BuddyForm", u"C&ontact", None))
        self.extractGroup.setTitle(QCoreApplication.translate("BuddyForm", u"Extract of the criminal record (model 2)", None))
        self.extractNote.setText(QCoreApplication.translate("BuddyForm", u"Every buddy works with children, so the programme asks for an extract of model 2, and a new one every year.", None))
        self.extractDateLabel.setText(QCoreApplication.translate("BuddyForm", u"&Date of the extract", None))
        self.extractWarning.setText("")
        self.trainingsGroup.setTitle(QCoreApplication.translate("BuddyForm", u"Trainings followed", None))
        ___qtablewidgetitem = self.trainingsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BuddyForm", u"Training", None))
        ___qtablewidgetitem1 = self.trainingsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BuddyForm", u"Date", None))
#if QT_CONFIG(accessibility)
        self.trainingsTable.setAccessibleName(QCoreApplication.translate("BuddyForm", u"Trainings followed", None))
#endif // QT_CONFIG(accessibility)
        self.trainingsError.setText("")
        self.addTrainingButton.setText(QCoreApplication.translate("BuddyForm", u"&Add training", None))
        self.removeTrainingButton.setText(QCoreApplication.translate("BuddyForm", u"&Remove training", None))
        self.tabs.setTabText(self.tabs.indexOf(self.screeningTab), QCoreApplication.translate("BuddyForm", u"E&xtract and trainings", None))
        self.notesLabel.setText(QCoreApplication.translate("BuddyForm", u"&Notes", None))
        self.historyLabel.setText(QCoreApplication.translate("BuddyForm", u"Status history", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("BuddyForm", u"No&tes and history", None))
        self.duplicateNotice.setText("")
        self.errorSummary.setText("")
    # retranslateUi

