"""Qt's own words that Qt's Dutch catalogue (qtbase_nl.qm) lacks, so that no dialog of Qt's is half English.

Qt 6 changed them ("&Look in:" where the catalogue has "Look in:") or added them after the catalogue was last
translated. They are marked here in Qt's own contexts, so that they land in our translation files:
`Translators.switch` installs Qt's catalogue after ours, and Qt asks ours when its own has no answer. Found by
opening the file, print and message dialogs in Dutch with a translator that notes every word asked for.
"""

from __future__ import annotations

from tandem_desktop.messages import QT_TRANSLATE_NOOP

# (context, source) as Qt asks for them.
QT_GAPS: tuple[tuple[str, str], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    # The file dialog's Type column for a folder (Qt asks with a disambiguation, and falls back to none).
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:")),
)
