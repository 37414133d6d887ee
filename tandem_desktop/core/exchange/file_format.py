"""What an export file is: its format's name and version, its tables in order, and the tables' names.

The format is documented for administrators in docs/export-format.md; keep the two in step, and bump
FORMAT_VERSION by the rules written there.
"""

from __future__ import annotations

import functools
from typing import cast

import sqlalchemy as sa
from sqlmodel import SQLModel

from tandem_desktop.db.models import RECORD_TABLES, AuditEntry, Record

FORMAT_NAME = "tandem-desktop-export"
# 2: the audit trail may hold "import" entries (AuditAction.IMPORT); an import ignores the file's audit trail.
# 3: the privacy duties: `consent` and `erasure`, erased_on, three-state photo consent, retention settings.
FORMAT_VERSION = 3

AUDIT_TABLE = "audit_entry"
# Unique for an import though not in the database: an agreement text's version number (two laptops of a team may
# each save one before they sync, and the sync keeps both; a file that would do it is refused).
UNIQUE_ON_IMPORT: dict[str, tuple[tuple[str, ...], ...]] = {"agreement_template": (("version",),)}
# Every table of an export, in the order they are written and applied: parents before children,
# the audit trail last.
EXPORT_TABLES: tuple[type[SQLModel], ...] = (*RECORD_TABLES, AuditEntry)
# The audit entry that records an import names this instead of a table (and its own id as the record).
IMPORT_AUDIT_SUBJECT = "import"


def table_name(model: type[SQLModel]) -> str:
    return _table(model).name


def _table(model: type[SQLModel]) -> sa.Table:
    return cast(sa.Table, sa.inspect(model).local_table)


@functools.cache
def _models() -> dict[str, type[Record]]:
    return {table_name(m): m for m in RECORD_TABLES}


# The envelope's mark of an export whose sensitive fields and notes were left empty (`export --without-sensitive`).
WITHOUT_SENSITIVE = "without_sensitive"
