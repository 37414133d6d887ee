"""The agreement's words: the built-in text per language (resources/agreement/CODE.json) and the organisation's
own versions of it (the template, one `AgreementTemplate` row per change).

A language is offered for the agreement when its file is in resources/agreement/; Dutch (`BASE`) is the reference
every other file is checked against. Version 1 of the template is the built-in text; each change the coordinator
saves makes the next version, which stores only what differs from the built-in text, per language. Every key's text
may use the placeholders its Dutch built-in text uses (`{start}`, `{coordinator_phone}`, …), and no others.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import AgreementTemplate
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP
from tandem_desktop.resource_files import resource_path

from .errors import DomainError, ValidationFailed

BASE = "nl"
BUILT_IN_VERSION = 1

Text = str | tuple[str, ...]  # one paragraph, or the items of a list
Texts = Mapping[str, Text]


@dataclass(frozen=True)
class AgreementLanguage:
    """One language of the agreement as its resource file gives it."""

    code: str
    name: str  # in the language itself: "العربية"
    right_to_left: bool
    months: tuple[str, ...]
    date_pattern: str  # with {day} {month} {year}
    texts: Texts

    def format_date(self, day: dt.date) -> str:
        return self.date_pattern.format(day=day.day, month=self.months[day.month - 1], year=day.year)


def _as_text(value: Any) -> Text:
    return tuple(str(item) for item in value) if isinstance(value, list) else str(value)


@functools.cache
def languages() -> dict[str, AgreementLanguage]:
    """Every language with a file under resources/agreement/, Dutch first, then by code."""
    found: dict[str, AgreementLanguage] = {}
    for path in sorted(resource_path("agreement").glob("*.json"), key=lambda p: (p.stem != BASE, p.stem)):
        document = json.loads(path.read_text(encoding="utf-8"))
        found[path.stem] = AgreementLanguage(
            code=path.stem,
            name=document["name"],
            right_to_left=document.get("direction") == "rtl",
            months=tuple(document["months"]),
            date_pattern=document["date"],
            texts={key: _as_text(value) for key, value in document["texts"].items()},
        )
    return found


def base_language() -> AgreementLanguage:
    return languages()[BASE]


def placeholders(text: Text) -> set[str]:
    """The names in braces a text uses; raises ValueError on a brace that does not close."""
    names: set[str] = set()
    for piece in (text,) if isinstance(text, str) else text:
        # "{}" has the name "": an unknown field like any other (it cannot be filled in).
        names.update(name for _lit, name, _spec, _conv in string.Formatter().parse(piece) if name is not None)
    return names


def missing_keys(code: str) -> list[str]:
    """The keys of the Dutch text that the language's file leaves out (those parts are printed in Dutch only)."""
    texts = languages()[code].texts
    return [key for key in base_language().texts if key not in texts]


# -- the template: the organisation's version of the text ----------------------------------------------------


@dataclass(frozen=True)
class Template:
    version: int
    changes: Mapping[str, Texts]  # per language, what differs from the built-in text
    saved_on: dt.date | None = None  # None for the built-in text

    def texts(self, code: str) -> dict[str, Text]:
        """The language's text in this version: the built-in file with the organisation's changes over it."""
        return {**languages()[code].texts, **self.changes.get(code, {})}

    def changed(self, code: str, key: str) -> bool:
        return key in self.changes.get(code, {})


BUILT_IN = Template(BUILT_IN_VERSION, {})


def _template_of(row: AgreementTemplate) -> Template:
    changes = {
        code: {key: _as_text(value) for key, value in texts.items()}
        for code, texts in (row.clauses or {}).items()
        if code in languages()
    }
    return Template(row.version, changes, row.created_at.date())


def current_template(session: Session) -> Template:
    """The version in force: the newest the organisation saved, else the built-in text."""
    # The same number saved on two laptops of a team: the later saved is in force, on every laptop.
    row = session.exec(
        live(AgreementTemplate).order_by(
            col(AgreementTemplate.version).desc(),
            col(AgreementTemplate.created_at).desc(),
            col(AgreementTemplate.id),
        )
    ).first()
    return BUILT_IN if row is None else _template_of(row)


def template_of_version(session: Session, version: int) -> Template:
    """The text as it was in `version` (the one an agreement was made with); the built-in text when that
    version is no longer stored."""
    row = session.exec(
        live(AgreementTemplate)
        .where(AgreementTemplate.version == version)
        .order_by(col(AgreementTemplate.created_at).desc(), col(AgreementTemplate.id))
    ).first()
    return BUILT_IN if row is None else _template_of(row)


def read_template(store: Store) -> Template:
    with store.session() as session:
        return current_template(session)


def check_text(key: str, value: Text) -> Text:
    """The text as it will be stored (lines trimmed, empty list items dropped), or a DomainError for `key`.

    The template editor and the import both use it: a text reaches the agreement only through these rules."""
    reference = base_language().texts.get(key)
    if reference is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "This part of the agreement does not exist."), field=key
        )
    if isinstance(value, str):
        cleaned: Text = value.strip()
        empty = not cleaned
    else:
        cleaned = tuple(item.strip() for item in value if item.strip())
        empty = not cleaned
    if empty:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "This part of the agreement cannot be empty."), field=key
        )
    try:
        used = placeholders(cleaned)
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "domain", "A brace {{ or }} is not closed. Use them only around a field's name."
            ),
            field=key,
        ) from None
    allowed = placeholders(reference)
    unknown = sorted(used - allowed)
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Unknown field {{{name}}}. This part may use: {allowed}."),
            field=key,
            name=unknown[0],
            allowed=", ".join(f"{{{name}}}" for name in sorted(allowed)) or "—",
        )
    return cleaned


def save_template(store: Store, code: str, edited: Mapping[str, Text]) -> Template:
    """Save the coordinator's text for one language as the next version of the template.

    `edited` holds the language's texts as the editor shows them; a text equal to the built-in one is not stored
    as a change (so "back to the built-in text" is simply typing it back). Nothing is saved when nothing differs
    from the version in force; every refused part is reported at once (ValidationFailed, one error per key).
    """
    if code not in languages():
        raise DomainError(QT_TRANSLATE_NOOP("domain", "There is no agreement text in this language."))
    errors: list[DomainError] = []
    checked: dict[str, Text] = {}
    for key, value in edited.items():
        try:
            checked[key] = check_text(key, value)
        except DomainError as error:
            errors.append(error)
    if errors:
        raise ValidationFailed(errors)
    built_in = languages()[code].texts
    with store.transaction() as session:
        current = current_template(session)
        ours = {key: value for key, value in current.changes.get(code, {}).items() if key not in checked}
        ours.update({key: value for key, value in checked.items() if built_in.get(key) != value})
        if ours == dict(current.changes.get(code, {})):
            return current
        changes: dict[str, Any] = {
            language: {
                key: list(value) if isinstance(value, tuple) else value for key, value in texts.items()
            }
            for language, texts in {**current.changes, code: ours}.items()
            if texts
        }
        highest = session.execute(sa.select(sa.func.max(col(AgreementTemplate.version)))).scalar()
        row = AgreementTemplate(version=max(highest or 0, BUILT_IN_VERSION) + 1, clauses=changes)
        session.add(row)
        session.flush()
        return _template_of(row)
