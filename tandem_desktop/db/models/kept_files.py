"""Files the programme keeps: the scans of signed agreements and the organisation's logo.

In the database rather than beside it: they are encrypted with it, travel in its backups, and a restore brings
them back with the records that name them. Records name a kept file by its path (`Agreement.scan_path`,
`ProgrammeSettings.logo_path`), as they did when the files lay in the data folder.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import LargeBinary
from sqlmodel import Field, SQLModel

from .base import UTCDateTime, utcnow


class KeptFile(SQLModel, table=True):
    # Not a Record: its bytes must not be copied into the audit trail; the record that names it is audited.
    __tablename__ = "kept_file"

    path: str = Field(primary_key=True)  # as the record names it: "agreements/<duo>/signed-….pdf", "logo.png"
    content: bytes = Field(sa_type=LargeBinary)
    kept_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
