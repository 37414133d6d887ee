"""The fonts that ship with the app (resources/fonts: Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic), known
to Qt at start as well as to the PDFs.

The screens use the system's font; where it lacks a script (Ethiopic on a bare Windows or Linux), Qt's font
fallback looks among the fonts it knows, and these are then among them: Tigrinya and Amharic names show as
letters, not as empty boxes, without installing anything. Registering takes about 20 ms at start.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from tandem_desktop.resource_files import resource_path

log = logging.getLogger(__name__)

_registered: list[int] = []  # Qt's ids of the fonts added, for the application's lifetime


def register_fonts() -> list[str]:
    """Add the shipped fonts to Qt's font database (once per application); returns their families."""
    if not (_registered and QFontDatabase.applicationFontFamilies(_registered[0])):
        _registered.clear()  # none yet, or those of an application that has ended
        for path in sorted(resource_path("fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                # The screens then depend on the system's fonts, as before; the PDFs read the files themselves.
                log.warning("could not load the font %s", path.name)
            else:
                _registered.append(font_id)
    return sorted(
        {family for font_id in _registered for family in QFontDatabase.applicationFontFamilies(font_id)}
    )
