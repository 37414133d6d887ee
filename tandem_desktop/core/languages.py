"""The reference list of languages: codes stored on families and buddies, names shown in Dutch or English."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from tandem_desktop.resource_files import resource_path


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1 where one exists, else ISO 639-3
    nl: str
    en: str

    def name(self, ui_language: str) -> str:
        return self.en if ui_language == "en" else self.nl


@functools.cache
def all_languages() -> tuple[Language, ...]:
    document = json.loads(resource_path("reference", "languages.json").read_text(encoding="utf-8"))
    return tuple(Language(**entry) for entry in document["languages"])


@functools.cache
def _by_code() -> dict[str, Language]:
    return {language.code: language for language in all_languages()}


def language(code: str) -> Language | None:
    return _by_code().get(code)


def language_name(code: str, ui_language: str) -> str:
    """The language's name; an unknown code (from an import, say) is shown as it is, never dropped."""
    found = language(code)
    return found.name(ui_language) if found else code


def sorted_for(ui_language: str) -> list[Language]:
    """Sorted by name in the interface language; Dutch first, since every buddy speaks it."""
    return sorted(all_languages(), key=lambda lang: (lang.code != "nl", lang.name(ui_language).casefold()))
