"""One record of the file checked on its own (_parse_row): the model's types, the limits, the forms' rules;
and the little an import keeps of it between its two readings of the file (_Row)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, cast

import pydantic
from sqlmodel import SQLModel

from tandem_desktop.db.models import Buddy, Family, FamilyMember

from .. import validation
from ..agreements import SCAN_SUFFIXES
from ..person_rules import buddy_errors, family_errors
from ..settings import LOGO_SUFFIXES
from .file_format import UNIQUE_ON_IMPORT, _table, table_name
from .limits import (
    _clause_problems,
    _limits,
    _path_problem,
    _range_problems,
    _settings_problems,
    _text_problem,
)
from .report import _record_id, _shown

# Fields every record of the file must carry even though the models have defaults for them: without
# them a record cannot be merged.
_RECORD_REQUIRED = ("id", "created_at", "updated_at")


@dataclass(slots=True)
class _Row:
    """One record of the file, while it is being checked: only what the checks across records need, so that
    200,000 of them fit in little memory (some 300 bytes each). Its values are read again from the file when
    it is applied."""

    table: str
    uid: uuid.UUID | None
    shown_id: str | None = None  # the file's id as the report shows it, when it is not a UUID
    passed: bool = False  # the record passed the checks on its own
    updated_at: dt.datetime | None = None
    cross: tuple[Any, ...] = ()  # the values of _cross_fields(its table), in that order
    problems: list[str] | tuple[()] = ()  # a list once there is one
    target: uuid.UUID | None = None  # the stored record it is merged into, when there is one
    span: int = 0  # where the record is in the file (see _SPAN_BITS)

    @property
    def record_id(self) -> str | None:
        """For the report: the UUID, or a safe rendering of the file's id."""
        return str(self.uid) if self.uid is not None else self.shown_id

    @property
    def valid(self) -> bool:
        return self.passed and not self.problems

    def flag(self, problem: str) -> None:
        if not self.problems:
            self.problems = []
        cast(list[str], self.problems).append(problem)


@functools.cache
def checking_model(model: type[SQLModel]) -> type[pydantic.BaseModel]:
    """A plain pydantic model with the table model's fields: same types, same defaults, no other fields.

    Records are validated with this rather than with `model.model_validate`: a table model validates
    the same way, but then sets every field through SQLAlchemy's instrumentation, which costs some
    60-90 µs per record (9 s for 100,000 activities, most of a large import); this costs under 10.
    The models declare no validators of their own (tests/unit/test_exchange.py checks that), so the
    two accept and refuse the same records.
    """
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        annotation: Any = info.annotation
        if info.metadata:  # constraints such as max_length
            annotation = Annotated[(annotation, *info.metadata)]
        if info.default_factory is not None:
            fields[name] = (annotation, pydantic.Field(default_factory=info.default_factory))
        elif info.is_required():
            fields[name] = (annotation, ...)
        else:
            fields[name] = (annotation, info.default)
    config = pydantic.ConfigDict(extra="forbid")
    return pydantic.create_model(f"{model.__name__}InExport", __config__=config, **fields)


def _describe_pydantic(error: Any) -> str:
    # Field names and values come from the file: quoted through _shown, whatever they hold.
    where = ".".join(_shown(part, 40) for part in error["loc"]) or "record"
    kind = error["type"]
    if kind == "missing":
        return f"{where}: missing"
    if kind == "extra_forbidden":
        return f"{where}: unknown field"
    if kind == "enum":
        return f"{where}: “{_shown(error['input'])}” is not an allowed value (allowed: {error['ctx']['expected']})"
    return f"{where}: {_shown(error['msg'], 200)}"  # some quote the input: "found `\x00` at 0"


# The household a member is checked in when checked on its own: core.person_rules' rules for a member do not
# depend on its family (those for the family are checked with the family's record).
_ANY_FAMILY = Family(name="-")


def _people_problems(name: str, obj: SQLModel, today: dt.date) -> Iterator[str]:
    """The rules the entry screens apply to a family, a member or a buddy (core.person_rules)."""
    if name == "buddy":
        errors = buddy_errors(cast(Buddy, obj), today)
    elif name == "family":
        errors = family_errors(cast(Family, obj), [], today)
    else:
        errors = family_errors(_ANY_FAMILY, [cast(FamilyMember, obj)], today)
    for error in errors:
        yield f"{(error.field or '').removeprefix('members[0].')}: {error.message}"


def _from_older_formats(name: str, raw: dict[str, Any]) -> dict[str, Any]:
    """A record of an older format in today's terms. Format 2 and before: `family.photo_consent` was true/false,
    false also meaning "not asked yet" (as migration 0005 reads it: an answer when consent was recorded)."""
    photos = raw.get("photo_consent")
    if name == "family" and isinstance(photos, bool):
        answer = "yes" if photos else "no" if raw.get("consent_date") else "not_asked"
        return {**raw, "photo_consent": answer}
    return raw


def _parse_row(
    model: type[SQLModel], name: str, raw: Any, today: dt.date, *, rules: bool = True
) -> tuple[_Row, dict[str, Any] | None, frozenset[str]]:
    """A record of the file checked on its own: the row, its values (None when refused) and the fields the
    file gives (an update sets only these). `rules=False` when it is read again to be applied: the rules of
    core.person_rules passed already, and building the model instance they take is the slowest part."""
    if not isinstance(raw, dict):
        return _Row(name, None, problems=["not a record (a JSON object is expected)"]), None, frozenset()
    raw = _from_older_formats(name, raw)
    raw_id = raw.get("id")
    shown_id = _record_id(raw_id)
    uid = None
    with contextlib.suppress(ValueError):
        uid = uuid.UUID(shown_id or "")
    row = _Row(name, uid, None if uid is not None else shown_id)
    problems: list[str] = []
    fields = frozenset(raw)
    limits = _limits(model)
    missing = [f for f in _RECORD_REQUIRED if raw.get(f) is None]
    problems.extend(f"{f}: missing" for f in missing)
    # Texts first, on the values as the file gives them: a 10 MB name or a NUL is refused at its field before
    # anything else reads it.
    text_problems = {
        field_name: problem
        for field_name, limit in limits.texts.items()
        if (problem := _text_problem(field_name, raw.get(field_name), limit)) is not None
    }
    problems.extend(text_problems.values())
    said = {(f,) for f in [*missing, *text_problems]}  # the model's word on these fields adds nothing
    try:
        checked = checking_model(model).model_validate(raw)
    except pydantic.ValidationError as exc:
        problems.extend(_describe_pydantic(e) for e in exc.errors() if e["loc"][:1] not in said)
        row.problems = problems
        return row, None, fields
    if text_problems or missing:
        row.problems = problems
        return row, None, fields
    values = dict(checked.__dict__)
    problems.extend(_range_problems(values, limits))
    if name == "programme_settings":
        problems.extend(_settings_problems(values))
        problem = _path_problem("logo_path", values["logo_path"], single=True, suffixes=LOGO_SUFFIXES)
        problems.extend([problem] if problem else [])
    elif name == "agreement":
        problem = _path_problem("scan_path", values["scan_path"], single=False, suffixes=SCAN_SUFFIXES)
        problems.extend([problem] if problem else [])
    elif name == "agreement_template":
        problems.extend(_clause_problems(values["clauses"]))
    elif name in _PEOPLE_TABLES and rules and not problems:
        # The rules take model instances. (model_construct would be quicker, but on a table model it skips
        # SQLAlchemy's set-up of the instance, and reading a field can then fail.)
        problems.extend(_people_problems(name, model.model_validate(values), today))
    if problems:
        row.problems = problems
        return row, None, fields
    if name in _PHONE_TABLES:  # numbers that parse are stored in E.164, as the app stores them
        for phone in ("phone", "whatsapp"):
            values[phone] = validation.phone_number(values[phone], phone)
    return row, values, fields


_PEOPLE_TABLES = frozenset({"family", "family_member", "buddy"})
_PHONE_TABLES = frozenset({"family", "buddy"})


@functools.cache
def _cross_fields(model: type[SQLModel]) -> tuple[str, ...]:
    """The fields the checks across records read, kept for every row of the table (for the settings, a row
    or two, all of them: they are also matched to the stored row)."""
    name = table_name(model)
    if name == "programme_settings":
        return tuple(model.model_fields)
    keys = [fk.parent.name for fk in _table(model).foreign_keys]
    unique = [c.name for index in _table(model).indexes if index.unique for c in index.columns]
    unique += [column for names in UNIQUE_ON_IMPORT.get(name, ()) for column in names]
    extra = {"status_change": ["subject_type", "subject_id"], "activity": ["participant_ids"]}.get(name, [])
    return tuple(dict.fromkeys([*keys, *unique, *extra]))


def _compact(value: Any) -> Any:
    # A list as a tuple: smaller, and an empty one takes no memory at all.
    return tuple(value) if isinstance(value, list) else value


# A record of the file with its values and given fields, while they are at hand.
_Full = tuple[_Row, dict[str, Any], frozenset[str]]
