"""The policy officer's signals report: PDF and CSV from the store, with no name in them, in any script."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tandem_desktop.core import duos
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family_in
from tandem_desktop.core.signals import (
    SignalDraft,
    SignalReport,
    pass_on,
    record_answer,
    save_signal,
    signal_report,
)
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models import Buddy, Family, Signal
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    FamilyStatus,
    MemberRole,
    SignalSource,
    SignalStatus,
    SignalTheme,
)
from tandem_desktop.db.store import Store
from tandem_desktop.documents.signal_report import ReportTexts, signal_report_csv, signal_report_pdf

from ..pdf_fonts import pdf_fonts

TODAY = dt.date(2026, 11, 26)
START, END = dt.date(2026, 9, 1), dt.date(2026, 11, 30)

# Fictional people, in four scripts.
NAMES = [
    "Gezin Haddad",
    "Fatima Haddad",
    "فاطمة",
    "Gezin Tesfaye",
    "ሰላም",
    "Yonas Kidane",
    "Оксана",
    "Lotte Janssens",
]

ARABIC_SIGNAL = "الأطفال يحتاجون إلى مكان في الحضانة قريب من البيت"
TIGRINYA_SIGNAL = "ቤተሰብ ብዛዕባ ቤት ትምህርቲ ህጻናት ሓበሬታ ይደልዩ።"
RUSSIAN_SIGNAL = "Семья ждёт социальное жильё уже восемь месяцев."
LONG_SIGNAL = (
    "Lange wachtlijst voor een sociale woning: het gezin woont met vijf in een studio zonder aparte slaapkamer. "
    * 12
).strip()
OUTSIDE = "Dit signaal valt buiten de periode."


def _people(store: Store) -> tuple[Family, Family, Buddy]:
    with store.transaction() as session:
        haddad = save_family_in(
            session,
            FamilyDraft(
                name="Gezin Haddad",
                mother_tongue="ar",
                postcode="9000",
                municipality="Gent",
                members=[
                    MemberDraft("Fatima Haddad", MemberRole.PARENT, 1990),
                    MemberDraft("فاطمة", MemberRole.CHILD, 2018),
                ],
            ),
            TODAY,
        )
        tesfaye = save_family_in(
            session,
            FamilyDraft(
                name="Gezin Tesfaye",
                mother_tongue="ti",
                postcode="9000",
                municipality="Gent",
                members=[MemberDraft("ሰላም", MemberRole.CHILD, 2019)],
            ),
            TODAY,
        )
        change_status(session, haddad, FamilyStatus.WAITING)
        yonas = save_buddy_in(
            session,
            BuddyDraft(
                name="Yonas Kidane",
                languages=["nl", "ti"],
                postcode="9000",
                availability=["sat-morning"],
                criminal_record_extract_on=TODAY - dt.timedelta(days=30),
            ),
            TODAY,
        )
        change_status(session, yonas, BuddyStatus.AVAILABLE)
        save_buddy_in(session, BuddyDraft(name="Оксана", languages=["nl", "ru"]), TODAY)
        save_buddy_in(session, BuddyDraft(name="Lotte Janssens", languages=["nl"]), TODAY)
    return haddad, tesfaye, yonas


@pytest.fixture
def report(store: Store) -> SignalReport:
    haddad, tesfaye, yonas = _people(store)
    duo = duos.create_duo(store, haddad.id, yonas.id, dt.date(2026, 9, 1))

    def draft(theme: SignalTheme, text: str, day: dt.date, family: Family | None = None) -> SignalDraft:
        return SignalDraft(theme, text, day, family.id if family else None)

    housing = save_signal(
        store,
        draft(SignalTheme.HOUSING, "Fatima Haddad zoekt een grotere woning.", dt.date(2026, 9, 3)),
        TODAY,
    )
    pass_on(store, housing, dt.date(2026, 9, 10), TODAY)
    record_answer(
        store, housing, dt.date(2026, 9, 20), "Yonas Kidane helpt met de inschrijving bij het SVK.", TODAY
    )
    save_signal(store, draft(SignalTheme.HOUSING, LONG_SIGNAL, dt.date(2026, 9, 5), tesfaye), TODAY)
    save_signal(store, draft(SignalTheme.HOUSING, RUSSIAN_SIGNAL, dt.date(2026, 10, 1)), TODAY)
    school = save_signal(
        store,
        draft(SignalTheme.SCHOOL, "ሰላም mist de schoolbus; Gezin Tesfaye vraagt hulp.", dt.date(2026, 10, 2)),
        TODAY,
    )
    pass_on(store, school, dt.date(2026, 10, 5), TODAY)
    save_signal(store, draft(SignalTheme.SCHOOL, TIGRINYA_SIGNAL, dt.date(2026, 10, 3)), TODAY)
    save_signal(store, draft(SignalTheme.HOUSING, OUTSIDE, dt.date(2026, 8, 31)), TODAY)
    with store.transaction() as session:
        session.add(
            Signal(
                theme=SignalTheme.CHILDCARE,
                description=f"{ARABIC_SIGNAL} (فاطمة)",
                source=SignalSource.BUDDY_MEETING,
                raised_on=dt.date(2026, 10, 14),
                trajectory_id=duo,
            )
        )
        session.add(
            Signal(
                theme=SignalTheme.HEALTH,
                description="Оксана merkt dat фатима en Lotte Janssens geen huisarts vinden.",
                source=SignalSource.ACTIVITY,
                raised_on=dt.date(2026, 11, 30),
                status=SignalStatus.PASSED_ON,
                passed_on_on=dt.date(2026, 11, 30),
            )
        )
    return signal_report(store, START, END)


def _pdf_text(pdf: bytes) -> str:
    """The PDF's text as a reader would copy it: ligatures undone (NFKC), lines joined."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _name_words() -> set[str]:
    return {word for name in NAMES for word in name.split() if word != "Gezin"}


def test_the_pdf_has_the_themes_and_the_signals_and_no_name(report: SignalReport) -> None:
    assert [theme for theme, _signals in report.themes] == [
        SignalTheme.HOUSING,
        SignalTheme.SCHOOL,
        SignalTheme.HEALTH,  # one signal each: in the order of the themes
        SignalTheme.CHILDCARE,
    ]
    pdf = signal_report_pdf(report, ReportTexts(organisation="IN-Gent vzw"))
    assert pdf.startswith(b"%PDF")
    text = _pdf_text(pdf)
    for heading in ("Housing (3)", "School (2)", "Childcare (1)", "Health (1)", "Summary", "Total"):
        assert heading in text
    assert "zoekt een grotere woning." in text
    assert "helpt met de inschrijving bij het SVK." in text
    assert " ".join(LONG_SIGNAL.split()[-12:]) in text  # the end of a long text: wrapped, not cut
    assert RUSSIAN_SIGNAL in text
    assert TIGRINYA_SIGNAL in text
    assert "This report contains no names" in text
    assert "Page 1 of " in text and "IN-Gent vzw" in text
    assert OUTSIDE not in text
    # Shaped Arabic comes out of a PDF in visual order and as presentation forms: look both ways.
    backwards = text[::-1]
    for word in _name_words():
        assert word not in text and word not in backwards, word
        assert word.casefold() not in text.casefold(), word


def test_every_font_in_the_pdf_is_embedded(report: SignalReport, tmp_path: Path) -> None:
    pdf = signal_report_pdf(report, ReportTexts())
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for name, font in page["/Resources"]["/Font"].items():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[name] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert fonts and all(fonts.values()), fonts

    used = pdf_fonts(pdf, tmp_path)
    assert {"NotoSansArabic-Regular", "NotoSansEthiopic-Regular"} <= {name for name, _ in used}
    assert not any("Helvetica" in name for name, _ in used)
    assert all(embedded for _, embedded in used), used


def test_the_csv_has_a_row_per_signal_and_no_name(report: SignalReport) -> None:
    texts = ReportTexts()
    content = signal_report_csv(report, texts)
    rows = list(csv.DictReader(io.StringIO(content)))
    assert list(rows[0]) == [
        "Theme",
        "Raised on",
        "From",
        "Status",
        "Passed on",
        "Answered on",
        "Concerns a duo",
        "Signal",
        "Answer",
    ]
    assert len(rows) == report.total == 7
    by_text = {row["Signal"]: row for row in rows}
    answered = by_text["… zoekt een grotere woning."]
    assert answered == {
        "Theme": "Housing",
        "Raised on": "2026-09-03",
        "From": "Coordinator",
        "Status": "Answered",
        "Passed on": "2026-09-10",
        "Answered on": "2026-09-20",
        "Concerns a duo": "no",
        "Signal": "… zoekt een grotere woning.",
        "Answer": "… helpt met de inschrijving bij het SVK.",
    }
    arabic = by_text[f"{ARABIC_SIGNAL} (…)"]
    assert (arabic["Theme"], arabic["From"], arabic["Concerns a duo"]) == (
        "Childcare",
        "Buddy meeting",
        "yes",
    )
    assert by_text[LONG_SIGNAL]["Status"] == "New" and by_text[LONG_SIGNAL]["Passed on"] == ""
    assert TIGRINYA_SIGNAL in by_text and RUSSIAN_SIGNAL in by_text
    assert OUTSIDE not in content
    for word in _name_words():
        assert word.casefold() not in content.casefold(), word


def test_the_texts_come_from_the_caller(report: SignalReport) -> None:
    texts = ReportTexts(
        title="Signalen voor de beleidsmedewerker",
        theme="Thema",
        yes="ja",
        no="nee",
        page_label="Pagina {page} van {pages}",
        theme_names={SignalTheme.HOUSING: "Wonen"},
        status_names={SignalStatus.NEW: "Nieuw"},
        source_names={SignalSource.COORDINATOR: "Coördinator"},
        format_date=lambda day: day.strftime("%d/%m/%Y"),
    )
    rows = list(csv.DictReader(io.StringIO(signal_report_csv(report, texts))))
    assert {row["Thema"] for row in rows} >= {"Wonen", "School"}  # a missing name falls back to English
    assert {row["Concerns a duo"] for row in rows} == {"ja", "nee"}
    assert "03/09/2026" in {row["Raised on"] for row in rows}
    text = _pdf_text(signal_report_pdf(report, texts))
    assert "Signalen voor de beleidsmedewerker" in text and "Wonen (3)" in text and "Pagina 1 van" in text
    assert "01/09/2026 – 30/11/2026" in text  # the period, made from the dates when not given


def test_an_empty_period_says_so(store: Store) -> None:
    _people(store)
    empty = signal_report(store, dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert empty.total == 0
    text = _pdf_text(signal_report_pdf(empty, ReportTexts(period="Q1 2025")))
    assert "No signals were raised in this period." in text and "Q1 2025" in text
    assert "Summary" not in text
    content = signal_report_csv(empty, ReportTexts())
    assert content.count("\r\n") == 1 and content.startswith("Theme,Raised on,")


def test_the_longest_texts_split_over_pages_and_are_never_cut() -> None:
    from tandem_desktop.core.signals import MAX_SIGNAL_LENGTH, ReportSignal

    description = ("Woord " * 400)[: MAX_SIGNAL_LENGTH - 8] + " EINDE-S"
    answer = ("Antwoord " * 300)[: MAX_SIGNAL_LENGTH - 8] + " EINDE-A"
    arabic = ("كلمة عربية طويلة " * 150)[:MAX_SIGNAL_LENGTH]
    signals = tuple(
        ReportSignal(
            dt.date(2026, 1, day),
            SignalSource.ACTIVITY,
            SignalStatus.ANSWERED,
            dt.date(2026, 2, 1),
            dt.date(2026, 3, 1),
            arabic if day == 2 else description,
            answer,
            concerns_a_duo=True,
        )
        for day in range(1, 5)
    )
    report = SignalReport(dt.date(2026, 1, 1), dt.date(2026, 3, 31), ((SignalTheme.HOUSING, signals),))
    pdf = signal_report_pdf(report, ReportTexts())
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = _pdf_text(pdf)
    assert (text.count("EINDE-S"), text.count("EINDE-A")) == (3, 4)
    assert len(pages) > 4 and text.count("Raised on") == len(pages)  # the table's header on every page
    assert f"Page {len(pages)} of {len(pages)}" in text


def test_a_broken_page_label_still_numbers_the_pages() -> None:
    from tandem_desktop.documents.house_style import page_label

    assert page_label("Page {page} of {pages}", 2, 5) == "Page 2 of 5"
    assert page_label("Pagina {pagina}", 2, 5) == "2 / 5"


def test_every_character_gets_a_font_that_has_it() -> None:
    from tandem_desktop.documents.fonts import families, script_runs

    text = "Zoë (فاطمة) ሰላም፣ «سلام» Оксана …። a<b>&c 中文 🙂\tend\u200b"
    markup = script_runs.markup(text)
    assert '<font name="NotoSansArabic">' in markup and '<font name="NotoSansEthiopic">' in markup
    assert "a&lt;b&gt;&amp;c" in markup
    assert "\u200b" not in markup and "\t" not in markup
    for script, run in script_runs._line_runs(text):
        for char in run:
            assert families.font_has(script, char), (script, char)
    assert script_runs.markup("a\nb") == "a<br/>b"
    assert '<font name="NotoSansArabic-Bold">' in script_runs.markup("فاطمة", bold=True)


def test_a_word_that_changes_font_is_shaped_without_empty_boxes() -> None:
    from tandem_desktop.documents import fonts, house_style

    style = house_style.styles().body
    for text in ("(مرحبا)", "…፣", "ሰላም.", "Gent-ሰላም", "x(فاطمة)y"):
        paragraph = fonts.paragraph(text, style)
        paragraph.wrap(400, 100)
        drawn = "".join(str(f.text) for line in paragraph.blPara.lines for f in line.words)
        assert drawn and "\uffff" not in drawn, text


def test_arabic_reads_right_to_left_with_numbers_left_to_right() -> None:
    from tandem_desktop.documents import fonts, house_style
    from tandem_desktop.documents.fonts import reading_order

    paragraph = fonts.paragraph("كلمة ١٢ ثانية 2026.", house_style.styles().body)
    assert paragraph.style.alignment == 2  # TA_RIGHT: the paragraph starts in Arabic
    paragraph.wrap(400, 100)
    [line] = paragraph.blPara.lines
    visual = "".join(str(f.text) for f in reading_order._visual_line(line.words, right_to_left=True))
    assert visual.startswith(".2026 ")  # the full stop ends the sentence: on the left
    assert "١٢" in visual  # the number reads left to right
    pieces = visual.split()
    assert pieces[-1] != pieces[0] and unicodedata.normalize("NFKC", pieces[-1][::-1]) == "كلمة"


def test_importing_the_report_loads_neither_qt_nor_reportlab() -> None:
    code = (
        "import sys, tandem_desktop.documents.signal_report\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'reportlab'})\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == ""


def test_a_text_a_spreadsheet_would_read_as_a_formula_stays_text() -> None:
    from tandem_desktop.core.signals import ReportSignal, SignalReport
    from tandem_desktop.db.models.enums import SignalSource, SignalStatus, SignalTheme
    from tandem_desktop.documents.signal_report import ReportTexts, signal_report_csv

    day = dt.date(2026, 11, 2)
    typed = ReportSignal(
        day, SignalSource.COORDINATOR, SignalStatus.NEW, None, None, "=HYPERLINK(1)", "- none", False
    )
    report = SignalReport(day, day, ((SignalTheme.OTHER, (typed,)),))
    [row] = list(csv.DictReader(io.StringIO(signal_report_csv(report, ReportTexts()))))
    assert (row["Signal"], row["Answer"]) == ("'=HYPERLINK(1)", "'- none")
