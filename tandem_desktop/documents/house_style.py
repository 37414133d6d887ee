"""The house style of Tandem's documents: A4, sober, plain and readable, with room to breathe.

Margins of 2 cm, body text of 10.5 pt on 14.5 pt lines, headings in bold, a small grey line at the top of each page
(the organisation, the document's title) and at the bottom ("page N of M", in the caller's words), tables with a
light grid and zebra rows whose header row comes back on every page. Every style uses our Noto fonts (see
`fonts`), the canvas's starting font too, so a PDF embeds all its fonts and names no font it does not carry.

All text goes through `para()` (any script); a user value placed into a text (a name in a sentence, names
joined in a cell, the organisation in the header) goes through `fonts.isolate()` first, so that its script
cannot change the reading order around it. The house styles take their direction from their first strong
letter; a document in a known language gives its styles that language's direction (`fonts.directed()`). This
module imports ReportLab: import it only when a document is made.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)

from . import fonts

PAGE_SIZE = A4
MARGIN = 2 * cm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
FURNITURE_GAP = 0.8 * cm  # between the header/footer line and the text area

INK = colors.HexColor("#1f2328")
GREY = colors.HexColor("#5f6670")
RULE = colors.HexColor("#c6ccd2")
HEADER_FILL = colors.HexColor("#e6ebf0")
ZEBRA = colors.HexColor("#f5f7f9")
NOTE_FILL = colors.HexColor("#eef3f7")
NOTE_RULE = colors.HexColor("#9fb3c8")


@dataclass(frozen=True)
class HouseStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle  # grey lines under the title, notes
    note: ParagraphStyle  # the text in a note box
    cell: ParagraphStyle
    cell_bold: ParagraphStyle  # header rows and totals
    cell_number: ParagraphStyle  # right-aligned counts
    cell_number_bold: ParagraphStyle
    cell_small: ParagraphStyle  # a grey second line in a cell
    furniture: ParagraphStyle  # the header and footer lines
    furniture_right: ParagraphStyle


def _style(name: str, **kwargs: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": fonts.REGULAR,
        "fontSize": 10.5,
        "leading": 14.5,
        "textColor": INK,
        "alignment": TA_LEFT,
        "shaping": 1,  # HarfBuzz joins Arabic letters (needs uharfbuzz)
        "bulletFontName": fonts.REGULAR,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def styles() -> HouseStyles:
    fonts.register_fonts()
    cell: dict[str, Any] = {"fontSize": 9.5, "leading": 13}
    return HouseStyles(
        title=_style("title", fontName=fonts.BOLD, fontSize=19, leading=24, spaceAfter=6),
        subtitle=_style("subtitle", fontSize=12, leading=16, textColor=GREY, spaceAfter=2),
        heading=_style("heading", fontName=fonts.BOLD, fontSize=13, leading=17, spaceBefore=16, spaceAfter=7),
        body=_style("body", spaceAfter=6),
        small=_style("small", fontSize=9, leading=12.5, textColor=GREY),
        note=_style("note", fontSize=9.5, leading=13.5),
        cell=_style("cell", **cell),
        cell_bold=_style("cell_bold", fontName=fonts.BOLD, **cell),
        cell_number=_style("cell_number", alignment=TA_RIGHT, **cell),
        cell_number_bold=_style("cell_number_bold", fontName=fonts.BOLD, alignment=TA_RIGHT, **cell),
        cell_small=_style("cell_small", fontSize=8.5, leading=11.5, textColor=GREY),
        furniture=_style("furniture", fontSize=8, leading=10, textColor=GREY),
        furniture_right=_style("furniture_right", fontSize=8, leading=10, textColor=GREY, alignment=TA_RIGHT),
    )


def para(text: str, style: ParagraphStyle, *, bold: bool | None = None) -> Flowable:
    """A paragraph of plain text (escaped here; any script; user values in it isolated) in a house style."""
    return fonts.paragraph(text, style, bold=bold)


def rich(markup: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of ready markup: build it from `fonts.markup()` pieces and tags of your own."""
    return fonts.ScriptParagraph(markup, style)


Cell = (
    Flowable | str | Sequence[Flowable]
)  # a text becomes a paragraph; a list of flowables stacks in the cell


def heading(text: str, room_below: float = 4 * cm) -> list[Flowable]:
    """A heading that starts a new page rather than stand alone at the bottom of one: it needs `room_below`
    (about the heading, a table's header and its first rows) left on the page."""
    return [CondPageBreak(room_below), para(text, styles().heading)]


def table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    total_row: bool = False,
) -> Table:
    """A table in the house style. Texts in cells become paragraphs (any script; long texts wrap, never cut); the
    header row(s) repeat on every page; a row taller than what is left of a page splits inside its cells."""
    s = styles()
    data = [
        [
            para(cell, s.cell_bold if r < header_rows else s.cell) if isinstance(cell, str) else cell
            for cell in row
        ]
        for r, row in enumerate(rows)
    ]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # the table's own default is Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.BOLD),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, GREY),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    if total_row:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, GREY),
            ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
        ]
    return Table(
        data,
        colWidths=list(col_widths),
        repeatRows=header_rows,
        # A row that does not fit the rest of the page splits inside its cells (keeping 3 lines or more on
        # each side), instead of leaving a gap or starting the rest of the table under a repeated header.
        splitByRow=0,
        splitInRow=40,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def note_box(content: Sequence[Flowable], width: float = CONTENT_WIDTH) -> Table:
    """A lightly tinted box with a rule on its start side, for a short note the reader must not miss."""
    return Table(
        [[list(content)]],
        colWidths=[width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, NOTE_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        ),
        hAlign="LEFT",
    )


@dataclass(frozen=True)
class PageFurniture:
    """The small grey lines on every page. `page_label` is a template with {page} and {pages}."""

    header_left: str = ""  # the organisation: a user value, isolated when drawn
    header_right: str = ""  # the document's title
    footer_left: str = ""  # e.g. the day it was made
    page_label: str = "Page {page} of {pages}"


def page_label(template: str, page: int, pages: int) -> str:
    """The footer's page number; a translation that broke the placeholders still gives a page number."""
    try:
        return template.format(page=page, pages=pages)
    except (KeyError, IndexError, ValueError):
        return f"{page} / {pages}"


def _numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps every page until the end, so that each can say "page N of M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._kept_pages)
            for number, state in enumerate(self._kept_pages, start=1):
                self.__dict__.update(state)
                _draw_furniture(self, furniture, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _line(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float, width: float, top: bool
) -> None:
    if not text:
        return
    flowable = para(text, style)
    _w, height = flowable.wrap(width, 3 * style.leading)
    flowable.drawOn(canvas, x, y if top else y - height)


# Characters of the organisation's name that fit half the header line in any script: a longer name (the settings
# allow 200) would grow the line upwards, off the page. Documents print the full name in their body.
HEADER_NAME_LENGTH = 48


def header_name(name: str) -> str:
    """The organisation in the header line: one line of it, cut at a word and marked "…"."""
    if len(name) <= HEADER_NAME_LENGTH:
        return name
    cut = name[: HEADER_NAME_LENGTH - 1].rsplit(" ", 1)[0] or name[: HEADER_NAME_LENGTH - 1]
    return cut.rstrip(" ,;:-") + "…"


def _draw_furniture(canvas: Canvas, furniture: PageFurniture, number: int, total: int) -> None:
    s = styles()
    width, height = PAGE_SIZE
    half = (CONTENT_WIDTH - 0.5 * cm) / 2
    top = height - MARGIN + FURNITURE_GAP
    bottom = MARGIN - FURNITURE_GAP
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 3, width - MARGIN, top - 3)
    canvas.line(MARGIN, bottom + 3, width - MARGIN, bottom + 3)
    _line(canvas, fonts.isolate(header_name(furniture.header_left)), s.furniture, MARGIN, top, half, top=True)
    _line(canvas, furniture.header_right, s.furniture_right, width - MARGIN - half, top, half, top=True)
    _line(canvas, furniture.footer_left, s.furniture, MARGIN, bottom, half, top=False)
    label = page_label(furniture.page_label, number, total)
    _line(canvas, label, s.furniture_right, width - MARGIN - half, bottom, half, top=False)
    canvas.restoreState()


def build_pdf(
    story: Sequence[Flowable],
    furniture: PageFurniture,
    *,
    title: str = "",
    author: str = "",
    subject: str = "",
    invariant: bool = False,
) -> bytes:
    """The PDF of `story` in the house style, as bytes. `invariant`: no creation time or random id in the file,
    so that the same story gives the same bytes (and the same SHA-256)."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="Tandem Desktop",
        initialFontName=fonts.REGULAR,  # the canvas's starting font: else an unembedded Helvetica is listed
        initialFontSize=10.5,
        invariant=int(invariant),
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        CONTENT_WIDTH,
        PAGE_SIZE[1] - 2 * MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_numbered_canvas(furniture))
    return buffer.getvalue()
