"""The agreement a buddy, a family and the coordinator sign at the start of a duo: a PDF a family understands.

Plain language, short parts with a heading each, enough white space; two pages for the Dutch text. With a second
language every part is followed by its translation in a tinted block (right to left and right-aligned for Arabic),
so that the buddy can read it to the family part by part. The signature blocks come last, one per party, with an
on-screen signature drawn in when there is one.

The input is `core.agreements.AgreementContent` (plain data); the output is PDF bytes. The same content gives the
same bytes (ReportLab's invariant mode), so the SHA-256 recorded on the trajectory identifies the document.
This module imports ReportLab: import it only when an agreement is made.
"""

from __future__ import annotations

import functools
import io
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from tandem_desktop.core.agreements import AgreementContent, AgreementLanguageText
from tandem_desktop.db.models.enums import PhotoConsent

from . import house_style as hs
from .fonts.direction import directed
from .fonts.isolates import isolate, without_isolates

PARTIES = ("buddy", "family", "coordinator")  # the signature blocks, in this order
BLANK = "……………………"  # a value the settings lack: a line to write it on by hand

_SECTIONS = ("why", "agree", "buddy_does", "buddy_not", "talk", "privacy", "stop")


@dataclass(frozen=True)
class _Styles:
    """The agreement's styles, each with its direction: the Dutch ones left to right, the translation's that of
    its language (so that a value in Arabic script never turns a Dutch line around, see `fonts.directed`)."""

    title: ParagraphStyle
    lead: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    second: ParagraphStyle  # the translation
    second_heading: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle  # the table of parties, the signature blocks
    cell_bold: ParagraphStyle
    field: ParagraphStyle  # a signature field's label


@functools.lru_cache(maxsize=2)  # the same styles for every agreement (and the same caches keyed by them)
def _styles(second_right_to_left: bool) -> _Styles:
    s = hs.styles()

    def dutch(name: str, parent: ParagraphStyle, **changes: Any) -> ParagraphStyle:
        return directed(ParagraphStyle(name, parent=parent, **changes), False)

    second = ParagraphStyle("agreement-second", parent=s.body, fontSize=9.5, leading=13, textColor=hs.GREY)
    return _Styles(
        title=dutch("agreement-title", s.title, fontSize=17, leading=21, spaceAfter=2),
        lead=dutch("agreement-lead", s.body, spaceBefore=4, spaceAfter=2),
        heading=dutch("agreement-heading", s.heading, fontSize=12, leading=15, spaceBefore=9, spaceAfter=3),
        body=dutch("agreement-body", s.body, spaceAfter=1.5),
        second=directed(second, second_right_to_left),
        second_heading=directed(
            ParagraphStyle("agreement-second-heading", parent=second, fontName=hs.fonts.BOLD),
            second_right_to_left,
        ),
        label=dutch("agreement-label", s.body, fontName=hs.fonts.BOLD),
        small=dutch("agreement-small", s.small),
        cell=dutch("agreement-cell", s.cell),
        cell_bold=dutch("agreement-cell-bold", s.cell_bold),
        field=dutch("agreement-field", s.cell_small),
    )


class _Words:
    """One language's texts with the duo's values filled in."""

    def __init__(self, text: AgreementLanguageText, content: AgreementContent) -> None:
        self.text = text
        language = text.language
        self.values = {
            "organisation": isolate(content.organisation or BLANK),
            "months": str(content.months),
            "start": language.format_date(content.start),
            "end": language.format_date(content.end),
            "per_month": str(content.per_month),
            "coordinator": isolate(content.coordinator or BLANK),
            "coordinator_phone": isolate(content.coordinator_phone or BLANK),
            "day": language.format_date(content.made_on),
        }

    def __call__(self, key: str, **extra: object) -> str:
        value = self.text.texts.get(key, "")
        return self._fill(value if isinstance(value, str) else " ".join(value), extra)

    def items(self, key: str) -> tuple[str, ...]:
        value = self.text.texts.get(key, ())
        return tuple(self._fill(item, {}) for item in ((value,) if isinstance(value, str) else value))

    def raw(self, key: str) -> str:
        value = self.text.texts.get(key, "")
        return value if isinstance(value, str) else " ".join(value)

    def has(self, key: str) -> bool:
        return key in self.text.texts

    def _fill(self, text: str, extra: Mapping[str, object]) -> str:
        values = {**self.values, **{k: str(v) for k, v in extra.items()}}
        return fill_placeholders(text, values)


def fill_placeholders(text: str, values: Mapping[str, str]) -> str:
    """`text` with each `{name}` replaced by its value, and nothing else evaluated.

    Not str.format: a text from a template or a translation would reach Python's own objects through it
    (`{start.__class__}`, `{start[0]}`) or make it build a string of any size (`{start:>999999999}`). Here a
    field is only a plain name: one the agreement knows is filled in, another gets a line to write on (BLANK);
    a field with an attribute, an index, a conversion or a format is printed as it stands. A text whose braces
    do not pair up (a translation with a stray brace) is printed as it is.
    """
    try:
        pieces = list(string.Formatter().parse(text))
    except ValueError:
        return text
    out: list[str] = []
    for literal, name, spec, conversion in pieces:
        out.append(literal)
        if name is None:
            continue
        if name.isidentifier() and not spec and conversion is None:
            out.append(values.get(name, BLANK))
        else:
            out.append(
                "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            )
    return "".join(out)


ALL = ((0, 0), (-1, -1))


def _layout(
    rows: Sequence[list[Any]], widths: Sequence[float], *commands: tuple[Any, ...], **kwargs: Any
) -> Table:
    """A table that only places things: our font (a table's own default is Helvetica), cells top-aligned and
    without padding; `commands` add to that or override it. Left-aligned unless `hAlign` says otherwise."""
    base: list[tuple[Any, ...]] = [
        ("FONTNAME", *ALL, hs.fonts.REGULAR),
        ("VALIGN", *ALL, "TOP"),
        *((padding, *ALL, 0) for padding in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")),
    ]
    kwargs.setdefault("hAlign", "LEFT")
    return Table(rows, colWidths=list(widths), style=TableStyle([*base, *commands]), **kwargs)


def agreement_pdf(content: AgreementContent, signatures: Mapping[str, bytes] | None = None) -> bytes:
    """The agreement as PDF bytes. `signatures` maps a party ("buddy", "family", "coordinator") to a PNG of its
    on-screen signature (transparent background), drawn in its signature block.

    Every value of the duo (a name, the organisation, a phone number) is placed as a bidi isolate (`isolate`)."""
    dutch = _Words(content.dutch, content)
    second = _Words(content.second, content) if content.second is not None else None
    st = _styles(second is not None and second.text.language.right_to_left)
    story: list[Flowable] = [*_letterhead(content, st), hs.para(dutch("title"), st.title)]
    if second is not None and second.has("title"):
        story.append(hs.para(second("title"), st.second_heading))
    story.append(_part(st, dutch("intro"), None, second("intro") if second else None, None, intro=True))
    story.append(_parties(content, st, dutch, second))
    for name in _SECTIONS:
        story.append(_section(st, name, dutch, second))
        if name == "privacy":
            story.append(_photos(content, st, dutch, second))
    story.append(_signatures(content, st, dutch, second, signatures or {}))
    furniture = hs.PageFurniture(
        header_left=content.organisation,
        header_right=dutch("title"),
        footer_left=dutch("made_on"),
        page_label=dutch.raw("page") or "{page} / {pages}",  # the page numbers are filled in per page
    )
    return hs.build_pdf(
        story,
        furniture,
        title=without_isolates(dutch("title")),  # the file's properties: plain text
        author=content.organisation,
        subject=f"{content.family} · {content.buddy}",
        invariant=True,
    )


# -- pieces ---------------------------------------------------------------------------------------------------


def _letterhead(content: AgreementContent, st: _Styles) -> list[Flowable]:
    lines = [hs.para(isolate(content.organisation), st.label)] if content.organisation else []
    lines += [hs.para(isolate(line), st.small) for line in content.organisation_contact]
    logo = _logo(content)
    if logo is None and not lines:
        return []
    if logo is None:
        return [*lines, Spacer(1, 10)]
    logo_width = 3.6 * cm
    widths = [logo_width + 0.5 * cm, hs.CONTENT_WIDTH - logo_width - 0.5 * cm]
    table = _layout([[logo, lines]], widths, ("VALIGN", *ALL, "MIDDLE"))
    return [table, Spacer(1, 10)]


def _logo(content: AgreementContent) -> Flowable | None:
    """The organisation's logo, at most 3.6 × 1.8 cm; bytes that are not an image leave it out."""
    if content.logo is None:
        return None
    try:
        reader = ImageReader(io.BytesIO(content.logo))
        width, height = reader.getSize()
    except Exception:  # any unreadable image: the agreement is still made, without the logo
        return None
    scale = min(3.6 * cm / width, 1.8 * cm / height)
    return Image(io.BytesIO(content.logo), width=width * scale, height=height * scale, hAlign="LEFT")


BULLET_INDENT = 0.45 * cm


@functools.lru_cache(maxsize=16)
def _bullet_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(
        f"{style.name}-bullet", parent=style, leftIndent=BULLET_INDENT, bulletIndent=0, spaceAfter=1.5
    )


def _bullets(texts: Sequence[str], style: ParagraphStyle, right_to_left: bool) -> list[Flowable]:
    """A list. Left to right: paragraphs with ReportLab's own bullet. Right to left (Arabic), whose bullet
    stands on the right, which ReportLab cannot do: a text column and a bullet column."""
    if not right_to_left:
        bulleted = _bullet_style(style)
        return [hs.fonts.paragraph(text, bulleted, bullet="•") for text in texts]
    width = hs.CONTENT_WIDTH - 0.7 * cm - BULLET_INDENT
    table = _layout(
        # The bullet at the text's side of its column (left-aligned there), a padding away from the text.
        [[hs.para(text, style), hs.para("•", directed(style, False))] for text in texts],
        [width, BULLET_INDENT],
        ("RIGHTPADDING", (0, 0), (0, -1), 6),  # room between the text and its bullet
        ("BOTTOMPADDING", *ALL, 1.5),
        hAlign="RIGHT",
    )
    return [table]


def translation_block(content: Sequence[Flowable], right_to_left: bool) -> Flowable:
    """The second language's block: tinted, with a rule on its start side."""
    return _layout(
        [[list(content)]],
        [hs.CONTENT_WIDTH - 0.3 * cm],
        ("BACKGROUND", *ALL, hs.ZEBRA),
        ("LINEAFTER" if right_to_left else "LINEBEFORE", (0, 0), (0, -1), 2, hs.NOTE_RULE),
        ("LEFTPADDING", *ALL, 8),
        ("RIGHTPADDING", *ALL, 8),
        ("TOPPADDING", *ALL, 4),
        ("BOTTOMPADDING", *ALL, 5),
        hAlign="RIGHT",
        spaceBefore=3,
    )


def _part(
    st: _Styles,
    text: str | Sequence[str],
    heading: str | None,
    second_text: str | Sequence[str] | None,
    second_heading: str | None,
    *,
    second_rtl: bool = False,
    intro: bool = False,
) -> Flowable:
    """One part: its Dutch heading and text, then the translation; kept on one page where it fits."""
    body = st.lead if intro else st.body
    flowables: list[Flowable] = []
    if heading:
        flowables.append(hs.para(heading, st.heading))
    flowables += [hs.para(text, body)] if isinstance(text, str) else _bullets(text, body, False)
    if second_text is not None:
        inner: list[Flowable] = []
        if second_heading:
            inner.append(hs.para(second_heading, st.second_heading))
        inner += (
            [hs.para(second_text, st.second)]
            if isinstance(second_text, str)
            else _bullets(second_text, st.second, second_rtl)
        )
        flowables.append(translation_block(inner, second_rtl))
    return KeepTogether(flowables)


def _section(st: _Styles, name: str, dutch: _Words, second: _Words | None) -> Flowable:
    items_key, heading_key = f"{name}.items", f"{name}.heading"
    has_second = second is not None and second.has(items_key)
    return _part(
        st,
        dutch.items(items_key),
        dutch(heading_key),
        second.items(items_key) if second is not None and has_second else None,
        second(heading_key) if second is not None and has_second and second.has(heading_key) else None,
        second_rtl=second is not None and second.text.language.right_to_left,
    )


def _both(dutch: _Words, second: _Words | None, key: str) -> str:
    """A label in Dutch, with its translation after a slash (isolated: it keeps its own direction)."""
    if second is None or not second.has(key) or second(key) == dutch(key):
        return dutch(key)
    return f"{dutch(key)} / {isolate(second(key))}"


def _parties(content: AgreementContent, st: _Styles, dutch: _Words, second: _Words | None) -> Flowable:
    children = [
        isolate(child.first_name)
        + (f" ({dutch('parties.age', age=child.age)})" if child.age is not None else "")
        for child in content.children
    ]
    family = isolate(content.family)
    if content.adults:
        family += f": {', '.join(isolate(adult) for adult in content.adults)}"
    rows: list[list[Any]] = [
        [_both(dutch, second, "parties.buddy"), isolate(content.buddy)],
        [_both(dutch, second, "parties.family"), family],
    ]
    if children:
        rows.append([_both(dutch, second, "parties.children"), ", ".join(children)])
    coordinator = isolate(content.coordinator or BLANK)
    if content.coordinator_phone:
        coordinator += f" · {isolate(content.coordinator_phone)}"
    rows.append([_both(dutch, second, "parties.coordinator"), coordinator])
    data = [[hs.para(label, st.cell_bold), hs.para(value, st.cell)] for label, value in rows]
    table = _layout(
        data,
        [5.2 * cm, hs.CONTENT_WIDTH - 5.2 * cm],
        ("LINEBELOW", *ALL, 0.4, hs.RULE),
        ("RIGHTPADDING", *ALL, 6),
        ("TOPPADDING", *ALL, 3),
        ("BOTTOMPADDING", *ALL, 4),
    )
    heading = _both(dutch, second, "parties.heading")
    return KeepTogether([hs.para(heading, st.heading), table])


class _Box(Flowable):
    """A tick box to fill in by pen, or ticked when the answer is known."""

    def __init__(self, ticked: bool, size: float = 9) -> None:
        super().__init__()
        self.ticked, self.size = ticked, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size + 2

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(hs.INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 1, self.size, self.size)
        if self.ticked:
            s = self.size
            canvas.setLineWidth(1.4)
            path = canvas.beginPath()
            path.moveTo(0.18 * s, 0.52 * s + 1)
            path.lineTo(0.42 * s, 0.22 * s + 1)
            path.lineTo(0.85 * s, 0.86 * s + 1)
            canvas.drawPath(path, stroke=1, fill=0)


def _photos(content: AgreementContent, st: _Styles, dutch: _Words, second: _Words | None) -> Flowable:
    answers = [(PhotoConsent.YES, "photos.yes"), (PhotoConsent.NO, "photos.no")]
    rows: list[list[Any]] = [
        [_Box(content.photo_consent == value), hs.para(_both(dutch, second, key), st.body)]
        for value, key in answers
    ]
    table = _layout(
        rows,
        [0.6 * cm, hs.CONTENT_WIDTH - 0.6 * cm],
        ("VALIGN", *ALL, "MIDDLE"),
        ("TOPPADDING", *ALL, 1),
        ("BOTTOMPADDING", *ALL, 1),
    )
    question = [hs.para(dutch("photos"), st.label)]
    if second is not None and second.has("photos"):
        question.append(hs.para(second("photos"), st.second))
    return KeepTogether([Spacer(1, 5), *question, Spacer(1, 2), table])


def _signatures(
    content: AgreementContent,
    st: _Styles,
    dutch: _Words,
    second: _Words | None,
    signatures: Mapping[str, bytes],
) -> Flowable:
    width = (hs.CONTENT_WIDTH - 2 * 0.4 * cm) / 3
    field, value = st.field, st.cell
    columns = []
    for party in PARTIES:
        signed_now = party in signatures
        lines: list[Flowable] = [hs.para(_both(dutch, second, f"parties.{party}"), st.cell_bold)]
        for key, filled in (
            ("sign.name", isolate(content.signer(party))),
            ("sign.date", dutch.values["day"] if signed_now else ""),
            ("sign.place", ""),
        ):
            lines += [hs.para(_both(dutch, second, key), field), _line_with(filled, value, width)]
        lines += [
            hs.para(_both(dutch, second, "sign.signature"), field),
            _signature_box(signatures.get(party), width),
        ]
        columns.append(lines)
    table = _layout([columns], [width + 0.4 * cm, width + 0.4 * cm, width])
    head = [hs.para(_both(dutch, second, "sign.heading"), st.heading), hs.para(dutch("sign.intro"), st.body)]
    if second is not None and second.has("sign.intro"):
        head.append(hs.para(second("sign.intro"), st.second))
    return KeepTogether([*head, Spacer(1, 6), table])


def _line_with(text: str, style: ParagraphStyle, width: float) -> Flowable:
    """A value on a line to write on (the line alone when the value is to be written by hand)."""
    return _layout(
        [[hs.para(text, style) if text else Spacer(1, style.leading)]],
        [width],
        ("LINEBELOW", *ALL, 0.6, hs.GREY),
        ("TOPPADDING", *ALL, 2),
        ("BOTTOMPADDING", *ALL, 2),
        spaceAfter=4,
    )


def _signature_box(png: bytes | None, width: float) -> Flowable:
    height = 2.2 * cm
    content: Flowable = Spacer(1, height - 8)
    if png:
        reader = ImageReader(io.BytesIO(png))
        w, h = reader.getSize()
        scale = min((width - 8) / w, (height - 8) / h)
        content = Image(io.BytesIO(png), width=w * scale, height=h * scale)
    return _layout(
        [[content]],
        [width],
        ("BOX", *ALL, 0.6, colors.HexColor("#9aa3ad")),
        ("VALIGN", *ALL, "MIDDLE"),
        ("ALIGN", *ALL, "CENTER"),
        rowHeights=[height],
    )
