"""User-facing messages raised below the GUI, translatable without importing Qt.

Layers under `gui/` may not import Qt, yet their errors reach the user. They raise a `UserFacingError`
whose English template is marked with `QT_TRANSLATE_NOOP(context, text)`: pyside6-lupdate finds these
marks by name, so the template lands in the .ts files, and the GUI translates the template and then fills
in the parameters. The CLI prints the English text.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class UserFacingError(Exception):
    """An error whose message is fit for the coordinator; never a traceback."""

    context = "messages"

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)
