"""The record of processing activities (GDPR art. 30, the "verwerkingsregister"): one A4 page in Dutch for the
organisation's data protection officer.

Label and content side by side, a row per question the officer asks: who is responsible, why, on what legal
basis, about whom, which data, who receives it, how long it is kept, where, who sees it, how it is protected,
and how people use their rights. What differs between organisations comes from `core.privacy.processing`
(the settings and a few counts); the rest describes what the app does. A setting left empty gets a dotted line
to write it on. The Dutch is plain but precise: the reader checks it against the law.

One page, always (as the emergency sheet): an extreme value shrinks the page a little rather than spill onto
a second sheet. The same record gives the same bytes (ReportLab's invariant mode). Importing this module is
cheap: ReportLab is loaded only when the PDF is made.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from tandem_desktop.core.privacy.processing import ProcessingRecord

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

TITLE = "Register van verwerkingsactiviteiten"
SHORT_TITLE = "Verwerkingsregister"  # the header line: the title is on the page already
SUBTITLE = "Buddywerking voor nieuwkomers · artikel 30 AVG"
FOOTER = "Gemaakt met Tandem Desktop op {day}"

# The headings of the rows, in the order the officer reads them.
HEADINGS = (
    "Verwerkings-\nverantwoordelijke",
    "Contactpersoon",
    "Doel",
    "Rechtsgrond",
    "Betrokkenen",
    "Omvang",
    "Gegevens",
    "Ontvangers",
    "Bewaartermijn",
    "Waar",
    "Wie ziet het",
    "Beveiliging",
    "Rechten",
)


def processing_record_pdf(record: ProcessingRecord) -> bytes:
    """The record of processing activities as PDF bytes: one A4 page in Dutch."""
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepInFrame, Spacer

    from tandem_desktop.core.agreement_texts import base_language
    from tandem_desktop.core.bidi import without_reordering

    from . import house_style as hs

    s = hs.styles()
    made_on = base_language().format_date(record.made_on)  # "5 december 2026"
    story: list[Flowable] = [
        hs.para(TITLE, s.title),
        hs.para(SUBTITLE, s.subtitle),
        Spacer(1, 8),
        _table(record, made_on),
    ]
    # A long organisation name, address or e-mail (up to the settings' 200 characters each) shrinks the page
    # rather than start a second one: the register is read, filed and signed as one sheet.
    page = KeepInFrame(hs.CONTENT_WIDTH, hs.PAGE_SIZE[1] - 2 * hs.MARGIN - 0.1 * cm, story, mode="shrink")
    furniture = hs.PageFurniture(
        header_left=record.organisation_name,  # cut to one line by house_style
        header_right=SHORT_TITLE,
        footer_left=FOOTER.format(day=made_on),
        page_label="",  # a single page needs no "page 1 of 1"
    )
    return hs.build_pdf(
        [page],
        furniture,
        title=TITLE,
        author=without_reordering(record.organisation_name),  # the file's properties: plain text
        subject=SUBTITLE,
        invariant=True,
    )


def _value(text: str) -> str:
    """A setting placed into a sentence: isolated (any script), or a dotted line to write it on."""
    from .agreement import BLANK
    from .fonts import isolate

    return isolate(text) if text.strip() else BLANK


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _months(count: int) -> str:
    return _plural(count, "maand", "maanden")


Content = str | list[tuple[str, str]]  # a text, or lead-in and text pairs (the lead-in in bold)


def _contents(record: ProcessingRecord, made_on: str) -> tuple[Content, ...]:
    """Each row's content, in the order of HEADINGS."""
    v = _value
    families = _plural(record.families, "gezin", "gezinnen")
    buddies = _plural(record.buddies, "buddy", "buddy's")
    duos = _plural(record.running_duos, "lopend duo", "lopende duo's")
    return (
        [
            ("", v(record.organisation_name)),
            ("Adres:", v(record.organisation_address)),
            ("E-mail:", f"{v(record.organisation_email)} · telefoon: {v(record.organisation_phone)}"),
        ],
        [
            ("", f"{v(record.coordinator_name)}, coördinator van de buddywerking"),
            ("E-mail:", f"{v(record.coordinator_email)} · telefoon: {v(record.coordinator_phone)}"),
        ],
        "Gezinnen die nieuw zijn in de stad koppelen aan een vrijwillige buddy voor "
        f"{_months(record.duration_months)}; het traject opvolgen (afspraken, activiteiten, evaluaties); "
        "gezinnen toeleiden naar organisaties; signalen zonder namen geven aan de beleidsmedewerker.",
        "Toestemming van het gezin (art. 6.1.a AVG) bij de ondertekening van de overeenkomst, bewaard met "
        "datum en versie van de tekst. Foto's alleen met een aparte toestemming.",
        "Gezinnen die nieuw zijn in de stad, en hun leden, ook kinderen. Vrijwillige buddy's.",
        f"Op {made_on}: {families}, {buddies}, {duos} (niet gewist of verwijderd).",
        [
            (
                "Gezinnen:",
                "namen, rol en geboortejaar van de leden; adres, telefoon, WhatsApp; talen en niveau Nederlands; "
                "aankomstdatum, gezinshereniging; noden; wanneer het gezin niet kan afspreken; verslagen van "
                "activiteiten, doorverwijzingen, evaluaties; toestemmingen; scan van de ondertekende overeenkomst.",
            ),
            (
                "Gevoelig:",
                "beperkingen rond huisvesting en gezondheid, apart bewaard; de audittrail bewaart die tekst "
                "niet, een export met --without-sensitive laat ze weg (en de notities).",
            ),
            (
                "Buddy's:",
                "naam, geboortejaar, contactgegevens, talen, beschikbaarheid, interesses, datum van het uittreksel "
                "uit het strafregister, gevolgde vormingen.",
            ),
        ],
        "Niemand buiten de organisatie krijgt persoonsgegevens. De beleidsmedewerker "
        f"({v(record.policy_officer_name)}) krijgt signalen zonder namen. De app maakt geen netwerkverbinding.",
        [
            (
                "Gezinnen:",
                f"{_months(record.retention_months_after_trajectory)} na het einde van hun laatste traject.",
            ),
            (
                "Nooit gekoppelde gezinnen:",
                f"{_months(record.retention_months_never_matched)} na vertrek of afsluiting.",
            ),
            ("Buddy's:", f"{_months(record.retention_months_buddy)} nadat ze stopten."),
            (
                "",
                "Daarna wist de app de persoonsgegevens, ook in de audittrail; de cijfers blijven, zonder namen "
                "(zie docs/privacy.md).",
            ),
            # Said as the rotation works (db/backups.py): the routine backups keep the newest of the last 12
            # months that have one, and the safety copies the last 10 of each reason, whatever their age.
            (
                "Back-ups:",
                "van de gewone back-ups blijft de nieuwste van de laatste 7 dagen, 4 weken en 12 maanden; van de "
                "veiligheidskopieën (vóór import, herstel, upgrade of wissen) de laatste 10 per soort. Een "
                "teruggezette back-up wordt bij het openen opnieuw gewist.",
            ),
        ],
        "Alleen op de laptop van de coördinator, in één versleuteld bestand (SQLCipher, AES-256) dat ook de "
        "scans bevat, te openen met de wachtwoordzin of met de herstelsleutel van het noodblad. De back-ups "
        "staan versleuteld in dezelfde map.",
        "De coördinator. Niemand anders heeft de sleutel.",
        "Versleuteling van het bestand en de back-ups; vergrendeling na een tijd zonder gebruik; een audittrail "
        "van elke wijziging die niet ongemerkt herschreven kan worden (een keten van SHA-256); een export "
        "versleuteld met een eigen wachtwoordzin (onversleuteld alleen op uitdrukkelijke vraag); geen "
        "persoonsgegevens in de logbestanden; de map alleen toegankelijk voor de gebruiker van de laptop.",
        [
            ("Inzage:", "het overzicht “Wat we over jou bijhouden”, vanuit het formulier van het gezin."),
            ("Wissen op verzoek:", "de app wist de persoonsgegevens, ook in de audittrail."),
            ("Foto's:", "het gezin kan de toestemming altijd intrekken; de app noteert het, met de datum."),
        ],
    )


@functools.lru_cache(maxsize=1)  # the same styles for every record
def _styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    """The table's text and its labels: a point smaller than the house style's cells, so that the whole record
    fits one page with room for long names; left to right, as the document is Dutch (an organisation's name in
    Arabic script at the start of a cell must not turn the cell around)."""
    from reportlab.lib.styles import ParagraphStyle

    from . import house_style as hs
    from .fonts.direction import directed

    s = hs.styles()
    cell = directed(ParagraphStyle("processing-cell", parent=s.cell, fontSize=9, leading=12), False)
    label = directed(ParagraphStyle("processing-label", parent=s.cell_bold, fontSize=9, leading=12), False)
    return cell, label


def _cell(content: Content) -> list[Flowable]:
    """A paragraph for a text; a paragraph each for lead-in and text pairs, the lead-in in bold, so that the
    officer finds each part of a long row at a glance."""
    from . import house_style as hs
    from .fonts.script_runs import markup

    style, _label = _styles()
    pairs = [("", content)] if isinstance(content, str) else content
    return [
        hs.rich((f"<b>{markup(lead, bold=True)}</b> " if lead else "") + markup(text), style)
        for lead, text in pairs
    ]


def _table(record: ProcessingRecord, made_on: str) -> Flowable:
    from reportlab.lib.units import cm
    from reportlab.platypus import TableStyle

    from . import house_style as hs

    _cell_style, label = _styles()
    label_width = 3.4 * cm  # "verantwoordelijke" in bold on a line of its own
    rows: list[list[hs.Cell]] = [
        [hs.para(heading, label), _cell(content)]
        for heading, content in zip(HEADINGS, _contents(record, made_on), strict=True)
    ]
    table = hs.table(rows, [label_width, hs.CONTENT_WIDTH - label_width], header_rows=0)
    # A point less padding than the house style's tables: thirteen rows, one page.
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table
