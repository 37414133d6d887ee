"""The emergency sheet: the recovery key on one A4 page, to print once and keep in the office safe.

The key is shown only at set-up and is never stored (`db.keyfile`), so this page is the only copy: it prints the
key large, in a monospace font, group by group in a box, so that it can be typed back without mistakes, and says
in plain words where to keep it and when to use it. The words come from an `EmergencySheetTexts` that the GUI
fills in in the user's language (English defaults for the CLI and tests). Importing this module is cheap:
ReportLab is loaded only when the PDF is made.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

# ReportLab's built-in Courier: the key is ASCII, and in a monospace font every character takes the same room, so
# the groups line up and none is lost or doubled when typed back. A standard font, so it is named in the PDF, not
# embedded: every PDF viewer and printer has it (or a font with the same metrics).
KEY_FONT = "Courier-Bold"
KEY_SIZE = 28
GROUPS_PER_ROW = 4  # eight groups in two rows: large enough to read, and read and typed a group at a time


@dataclass(frozen=True)
class EmergencySheetTexts:
    """Every word of the sheet, in the reader's language. Short sentences: the reader may be stressed."""

    title: str = "Emergency sheet"
    intro: str = (
        "This sheet holds the recovery key of Tandem Desktop. "
        "With this key you can open your data again when you forget your passphrase."
    )
    key_heading: str = "Your recovery key"
    key_hint: str = "Type the letters and digits as you see them. Spaces and dashes do not matter."
    keep_heading: str = "Where to keep this sheet"
    keep: str = (
        "Keep this sheet in a safe place, for example the office safe. "
        "Keep it away from the laptop. Never put it in the same bag as the laptop."
    )
    use_heading: str = "When to use the key"
    use: str = (
        "Use it when you forget your passphrase. "
        "Start Tandem Desktop and choose “Use the recovery key”. Then type the key from this sheet."
    )
    warning: str = "Whoever has this sheet and the laptop can read all the data. Do not show it to anyone."
    lost: str = (
        "If you lose both your passphrase and this sheet, nobody can get the data back. "
        "Not you, not IT support, not the makers of Tandem Desktop."
    )
    data_folder_label: str = "Data folder"
    made_on_label: str = "Made on"


def emergency_sheet_pdf(
    recovery_key: str,
    *,
    data_folder: str,
    made_on: str,
    organisation: str = "",
    texts: EmergencySheetTexts = EmergencySheetTexts(),  # frozen: safe to share
) -> bytes:
    """The emergency sheet as PDF bytes: one A4 page. `made_on` is the date as the GUI formats it; `organisation`
    and `data_folder` may be in any script. Raises ValueError when `recovery_key` is not a recovery key (so
    that a sheet with a wrong key, or with the passphrase, is never printed)."""
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepInFrame, Spacer

    from tandem_desktop.db.cipher import normalise_recovery_key

    from . import house_style as hs
    from .fonts import isolate

    key = normalise_recovery_key(recovery_key)
    if key is None:
        raise ValueError("not a recovery key")

    s = hs.styles()
    story: list[Flowable] = [hs.para(texts.title, s.title)]
    if organisation:
        story.append(hs.para(isolate(organisation), s.subtitle))
    story += [
        Spacer(1, 6),
        _details(texts, data_folder=data_folder, made_on=made_on),
        Spacer(1, 14),
        hs.para(texts.intro, s.body),
        hs.para(texts.key_heading, s.heading),
        _key_box(key),
        Spacer(1, 6),
        hs.para(texts.key_hint, s.small),
        hs.para(texts.keep_heading, s.heading),
        hs.para(texts.keep, s.body),
        hs.para(texts.use_heading, s.heading),
        hs.para(texts.use, s.body),
        Spacer(1, 14),
        hs.note_box([hs.para(texts.warning, s.note), Spacer(1, 5), hs.para(texts.lost, _bold(s.note))]),
    ]
    # One page, always: a long translation or path shrinks the page a little rather than spill the sheet (and
    # perhaps the key) onto a second sheet of paper that gets separated from the first.
    page = KeepInFrame(hs.CONTENT_WIDTH, hs.PAGE_SIZE[1] - 2 * hs.MARGIN - 0.1 * cm, story, mode="shrink")
    # A single page needs no "page 1 of 1".
    furniture = hs.PageFurniture(header_left=organisation, header_right=texts.title, page_label="")
    # The key stays out of the file's properties: they show in file managers and search indexes.
    return hs.build_pdf([page], furniture, title=texts.title, author=_plain(organisation))


@functools.lru_cache(maxsize=4)  # the same house style each time: one bold style, not one per sheet
def _bold(style: ParagraphStyle) -> ParagraphStyle:
    """`style` in bold: the sentence the reader must not miss."""
    from reportlab.lib.styles import ParagraphStyle

    from .fonts import BOLD

    return ParagraphStyle(f"{style.name}-bold", parent=style, fontName=BOLD)


def _plain(value: str) -> str:
    """A user value for the file's properties: plain text, without the controls that reorder text."""
    from tandem_desktop.core.bidi import without_reordering

    return without_reordering(value)


def _details(texts: EmergencySheetTexts, *, data_folder: str, made_on: str) -> Flowable:
    """Label and value side by side, in two columns: a value in any script cannot reorder its label."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Table, TableStyle

    from . import house_style as hs
    from .fonts import REGULAR, isolate

    s = hs.styles()
    rows = [(texts.data_folder_label, data_folder), (texts.made_on_label, made_on)]
    data = [[hs.para(label, s.small), hs.para(isolate(value), s.small)] for label, value in rows if value]
    label_width = 3.6 * cm
    return Table(
        data,
        colWidths=[label_width, hs.CONTENT_WIDTH - label_width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # a table's own default is Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
        hAlign="LEFT",
    )


def _key_box(key: str) -> Flowable:
    """The key in a framed box: its eight groups in two rows of four, each group in a cell of its own."""
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    from . import house_style as hs
    from .fonts import REGULAR

    # A plain Paragraph: the key is ASCII, nothing to shape or reorder.
    style = ParagraphStyle(
        "recovery-key",
        fontName=KEY_FONT,
        fontSize=KEY_SIZE,
        leading=KEY_SIZE * 1.25,
        alignment=TA_CENTER,
        textColor=hs.INK,
    )
    groups = key.split("-")
    rows = [
        [Paragraph(escape(group), style) for group in groups[i : i + GROUPS_PER_ROW]]
        for i in range(0, len(groups), GROUPS_PER_ROW)
    ]
    return Table(
        rows,
        colWidths=[hs.CONTENT_WIDTH / GROUPS_PER_ROW] * GROUPS_PER_ROW,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), hs.ZEBRA),
                ("BOX", (0, 0), (-1, -1), 1.5, hs.INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 18),  # room inside the frame, above and below the key
                ("BOTTOMPADDING", (0, -1), (-1, -1), 18),
            ]
        ),
        hAlign="LEFT",
    )
