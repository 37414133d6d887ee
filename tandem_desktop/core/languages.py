"""The reference list of languages: codes stored on families and buddies, names shown in Dutch or English."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
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
    """The language's name; an unknown code (from an import, say) is shown as it is, never dropped. A tag with
    a region or script ("ar-SY", "AR", "sr_Latn", from another program) is named as its language."""
    found = language(code) or language(code.strip().lower().replace("_", "-").split("-")[0])
    return found.name(ui_language) if found else code


def distinct_codes(codes: Iterable[str | None], besides: str | None = None) -> list[str]:
    """The codes in their order, each once, without empty ones and without `besides` (a family's mother
    tongue, which its contact languages need not repeat). What a form saves: a language twice in one record
    says nothing more and showed as "Arabic, Arabic"."""
    seen = {besides} if besides else set()
    kept = []
    for code in codes:
        code = (code or "").strip()
        if code and code not in seen:
            seen.add(code)
            kept.append(code)
    return kept


def language_names(codes: Iterable[str | None], ui_language: str) -> list[str]:
    """The names of `codes` in their order (a mother tongue first), each name once: a code twice (a record
    saved before forms prevented it, an import) or two codes of one language ("ar" and "ar-SY") show as one
    language."""
    names: list[str] = []
    for code in distinct_codes(codes):
        name = language_name(code, ui_language)
        if name not in names:
            names.append(name)
    return names
