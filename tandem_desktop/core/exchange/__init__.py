"""Export of the whole programme as one JSON file, and its import: a merge by id.

The format is documented for administrators in docs/export-format.md; keep the two in step, and bump
FORMAT_VERSION (file_format) by the rules written there.

An import is one gate, the same for every record whatever its way in: it first reads and checks every
record of the file against the models, limits on every value (lengths, ranges, real text, paths inside
the data folder), the foreign keys and the rules the forms apply (core.person_rules, the settings page, the
agreement's text editor); only when every record passes does it apply anything, in one transaction, and
keeps it only when the programme's consistency rules (core.consistency, as `check` runs them) find no
problem the database did not have before. A record whose id is new is added; one whose id is stored
already replaces the stored one when its `updated_at` is later, and is otherwise left alone (and said
in the report when it differs). The file's audit trail is not imported: the app writes its own.

Both ways stream, so that memory stays small whatever the size of the programme: the export writes each
row as it reads it; the import reads the file twice, a piece at a time, keeping per record only what the
checks across records need between the two readings.

The modules, in the order an import goes through them:
- file_format: the format's name and version, the tables of an export and their names;
- report: what an import reports (ImportReport, ImportRejected), and how it quotes the file's values;
- export: writing the export file (write_export), or the document in memory (export_data);
- reading: the file read as a stream (_Reader), the envelope's checks, unreadable files;
- limits: what a value may be beyond its type: lengths, real text, ranges, paths, template texts;
- rows: one record checked on its own (_parse_row), and what is kept of it (_Row);
- checking: the checks across records (_Checker): ids, references, unique columns;
- planning: the plan of the import (_Plan): what would be added, updated, unchanged or kept;
- applying: the plan applied to the database, with the audit entries;
- importing: the entry point (import_file) and the consistency check before and after.
"""

from __future__ import annotations

from .export import ExportFailed, export_data, write_export
from .file_format import (
    AUDIT_TABLE,
    EXPORT_TABLES,
    FORMAT_NAME,
    FORMAT_VERSION,
    IMPORT_AUDIT_SUBJECT,
    table_name,
)
from .importing import import_file
from .reading import check_envelope
from .report import ImportRejected, ImportReport, InvalidRecord, KeptRecord
from .rows import checking_model

__all__ = [
    "AUDIT_TABLE",
    "EXPORT_TABLES",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "IMPORT_AUDIT_SUBJECT",
    "ExportFailed",
    "ImportRejected",
    "ImportReport",
    "InvalidRecord",
    "KeptRecord",
    "check_envelope",
    "checking_model",
    "export_data",
    "import_file",
    "table_name",
    "write_export",
]
