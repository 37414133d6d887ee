"""Agreement benchmark: making the PDF agreement of a duo (its content from the store, then the PDF), Dutch only
and Dutch with Arabic, one at a time and 100 in a row, on the demo programme (fictional, ~20 duos).

Baseline, same run: a bare ReportLab document (SimpleDocTemplate, plain Paragraphs in the same Noto fonts, HarfBuzz
shaping for Arabic) holding the same texts, filled in the same way, over the same number of pages. The goals: one
agreement under 150 ms, and under 1.5x the bare document. Prints figures, ratios and pass/miss; never fails.

    .venv/bin/python bench/agreement.py [--runs N] [--batch N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import io
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from tandem_desktop.core.agreements import (
    AgreementContent,
    AgreementLanguageText,
    agreement_content,
    suggested_language,
)
from tandem_desktop.core.demo import DEMO_PASSPHRASE, load_demo
from tandem_desktop.db.keyfile import key_for
from tandem_desktop.db.models import Trajectory
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.documents import fonts
from tandem_desktop.documents.agreement import agreement_pdf

TODAY = dt.date(2026, 11, 26)
GOAL_MS = 150.0
GOAL_RATIO = 1.5
_ARABIC_RUN = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+(?:\s+[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+)*"
)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
MARGIN = 2 * cm
FRAME_WIDTH = A4[0] - 2 * MARGIN - 12  # SimpleDocTemplate's frame has 6 pt of padding on each side
FRAME_HEIGHT = A4[1] - 2 * MARGIN - 12


# -- the bare document ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bare:
    """A bare document's input: its paragraphs (markup, and whether a translation) split into pages."""

    pages: list[list[tuple[str, bool]]]
    shaping: bool


def _fill(text: str, text_of: AgreementLanguageText, content: AgreementContent) -> str:
    language = text_of.language
    values = {
        "organisation": content.organisation,
        "months": str(content.months),
        "start": language.format_date(content.start),
        "end": language.format_date(content.end),
        "per_month": str(content.per_month),
        "coordinator": content.coordinator,
        "coordinator_phone": content.coordinator_phone,
        "day": language.format_date(content.made_on),
        "age": "7",
        "page": "1",
        "pages": "2",
    }
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _texts(content: AgreementContent) -> list[tuple[str, bool]]:
    """Every text the agreement prints, as plain paragraphs in the document's order (the letterhead, the duo's
    names, then each language's texts in the order of the Dutch file, each part followed by its translation;
    the signature labels once per party), each with whether it is the translation."""
    duo = [
        content.organisation,
        *content.organisation_contact,
        content.buddy,
        f"{content.family}: {', '.join(content.adults)}",
        ", ".join(f"{child.first_name} ({child.age})" for child in content.children),
        f"{content.coordinator} · {content.coordinator_phone}",
        content.buddy,
        content.adults[0] if content.adults else content.family,
        content.coordinator,
    ]
    texts = [(text, False) for text in duo]
    languages = [content.dutch] if content.second is None else [content.dutch, content.second]
    for key in content.dutch.texts:
        for language in languages:
            value = language.texts.get(key)
            if value is None:
                continue
            items = (value,) if isinstance(value, str) else value
            times = 3 if key.startswith("sign.") and key not in ("sign.heading", "sign.intro") else 1
            translated = language is not content.dutch
            texts.extend((_fill(item, language, content), translated) for item in items for _ in range(times))
    return [(text, translated) for text, translated in texts if text]


def _markup(text: str) -> str:
    """Plain paragraph markup: escaped, Arabic runs in Noto Sans Arabic (the rest takes the style's Noto Sans)."""
    escaped = escape(text)
    return _ARABIC_RUN.sub(lambda m: f'<font name="NotoSansArabic">{m.group(0)}</font>', escaped)


@functools.cache
def bare_style(translated: bool, shaping: bool) -> ParagraphStyle:
    # The agreement's sizes: its body text, and the smaller text of its translations.
    size, leading = (9.5, 13) if translated else (10.5, 14.5)
    return ParagraphStyle(
        "bare", fontName=fonts.REGULAR, fontSize=size, leading=leading, shaping=int(shaping)
    )


def bare_input(content: AgreementContent, pages: int) -> Bare:
    """The texts split into `pages` pages of about the same height (each paragraph measured once here)."""
    shaping = content.second is not None
    paragraphs = [(_markup(text), translated) for text, translated in _texts(content)]
    heights = [
        Paragraph(text, bare_style(translated, shaping)).wrap(FRAME_WIDTH, FRAME_HEIGHT)[1]
        for text, translated in paragraphs
    ]
    total = sum(heights)
    chunks: list[list[tuple[str, bool]]] = [[] for _ in range(pages)]
    page, filled = 0, 0.0
    for paragraph, height in zip(paragraphs, heights, strict=True):
        if page < pages - 1 and filled + height / 2 > total * (page + 1) / pages:
            page += 1
        chunks[page].append(paragraph)
        filled += height
    return Bare(chunks, shaping)


def bare_pdf(bare: Bare) -> bytes:
    story: list[Paragraph | PageBreak] = []
    for number, page in enumerate(bare.pages):
        if number:
            story.append(PageBreak())
        story.extend(Paragraph(text, bare_style(translated, bare.shaping)) for text, translated in page)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        initialFontName=fonts.REGULAR,
        invariant=1,
    )
    doc.build(story)
    return buffer.getvalue()


# -- measuring ------------------------------------------------------------------------------------------------


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def text_chars(pdf: bytes) -> int:
    return sum(len(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def interleaved_ms(actions: list[Callable[[], object]], runs: int) -> list[float]:
    """The median ms of each action, run in turn (so that machine load hits them alike), after one warm-up."""
    for action in actions:
        action()
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, kept in zip(actions, times, strict=True):
            started = time.perf_counter()
            action()
            kept.append(time.perf_counter() - started)
    return [statistics.median(kept) * 1000 for kept in times]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def duos(store: Store) -> list[tuple[uuid.UUID, AgreementContent]]:
    with store.session() as session:
        ids = [t.id for t in session.exec(live(Trajectory))]
    found = [(duo, agreement_content(store, duo, None, TODAY)) for duo in ids]
    return sorted(found, key=lambda d: (d[1].family, d[1].buddy))  # the demo's ids are random: sort by name


def household(content: AgreementContent) -> int:
    return len(content.adults) + len(content.children)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    fonts.register_fonts()  # once, as in the app

    with (
        tempfile.TemporaryDirectory() as tmp,
        open_store(Path(tmp) / "data", key_for(Path(tmp) / "data", DEMO_PASSPHRASE)) as store,
    ):
        summary = load_demo(store, TODAY)
        all_duos = duos(store)
        # The largest Arabic-speaking household for one agreement; the batch cycles over the households of 3 or more.
        arabic = [d for d in all_duos if suggested_language(d[1].family_languages) == "ar"] or all_duos
        duo, content = max(arabic, key=lambda d: (household(d[1]), d[1].family))
        print(
            f"agreements on the demo programme ({summary.trajectories} duos); one agreement: {content.family},"
            f" household of {household(content)}"
        )

        results: list[tuple[str, float, float]] = []
        for label, second in (("Dutch", None), ("Dutch + Arabic", "ar")):
            one = agreement_content(store, duo, second, TODAY)
            pdf = agreement_pdf(one)
            pages = page_count(pdf)
            bare = bare_input(one, pages)
            plain = bare_pdf(bare)
            content_ms, pdf_ms, tandem_ms, bare_ms = interleaved_ms(
                [
                    lambda second=second: agreement_content(store, duo, second, TODAY),
                    lambda one=one: agreement_pdf(one),
                    lambda second=second: agreement_pdf(agreement_content(store, duo, second, TODAY)),
                    lambda bare=bare: bare_pdf(bare),
                ],
                args.runs,
            )
            results.append((label, tandem_ms, bare_ms))
            print(f"one agreement, {label}, median of {args.runs} runs after a warm-up")
            print(
                f"  pages: agreement {pages}, bare {page_count(plain)};"
                f" text (pypdf) agreement {text_chars(pdf)} chars, bare {text_chars(plain)} chars"
            )
            print(f"  bare ReportLab document                    {bare_ms:7.1f} ms")
            print(f"  agreement_content                          {content_ms:7.1f} ms")
            print(f"  agreement_pdf                              {pdf_ms:7.1f} ms")
            ratio = tandem_ms / bare_ms
            print(
                f"  agreement_content + agreement_pdf          {tandem_ms:7.1f} ms   {verdict(tandem_ms < GOAL_MS)}"
                f" (goal {GOAL_MS:.0f} ms)"
            )
            print(
                f"  ratio                                      {ratio:7.2f} x    {verdict(ratio < GOAL_RATIO)}"
                f" (goal {GOAL_RATIO} x)"
            )

        # 100 in a row: each duo with the second language the app offers it first (Dutch only when none).
        cycle = [d for d in all_duos if household(d[1]) >= 3] or all_duos
        jobs = [(d, suggested_language(c.family_languages)) for d, c in cycle]
        bares = {}
        for d, second in jobs:
            one = agreement_content(store, d, second, TODAY)
            bares[d] = bare_input(one, page_count(agreement_pdf(one)))
        batch = [jobs[i % len(jobs)] for i in range(args.batch)]
        with_second = sum(1 for _d, second in batch if second)

        started = time.perf_counter()
        for d, second in batch:
            agreement_pdf(agreement_content(store, d, second, TODAY))
        tandem_s = time.perf_counter() - started
        started = time.perf_counter()
        for d, _second in batch:
            bare_pdf(bares[d])
        bare_s = time.perf_counter() - started
        ratio = tandem_s / bare_s
        print(
            f"{args.batch} agreements in a row, cycling over {len(jobs)} duos (households of 3 or more;"
            f" {with_second} with a second language)"
        )
        print(
            f"  bare ReportLab documents                   {bare_s:7.2f} s    {bare_s * 1000 / args.batch:6.1f} ms each"
        )
        print(
            f"  agreements                                 {tandem_s:7.2f} s    {tandem_s * 1000 / args.batch:6.1f} ms each"
            f"   {verdict(tandem_s * 1000 / args.batch < GOAL_MS)} (goal {GOAL_MS:.0f} ms)"
        )
        print(
            f"  ratio                                      {ratio:7.2f} x    {verdict(ratio < GOAL_RATIO)}"
            f" (goal {GOAL_RATIO} x)"
        )
        missed = [
            label for label, tandem, plain in results if tandem >= GOAL_MS or tandem / plain >= GOAL_RATIO
        ]
        if tandem_s * 1000 / args.batch >= GOAL_MS or ratio >= GOAL_RATIO:
            missed.append(f"{args.batch} in a row")
        print("goals: " + ("all met" if not missed else "missed for " + ", ".join(missed)))


if __name__ == "__main__":
    main()
