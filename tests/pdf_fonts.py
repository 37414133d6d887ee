"""What poppler-utils (installed by .ci/system-deps) say of a PDF: its fonts (`pdffonts`), its text as a reader
copies it (`pdftotext`), and where each word stands on a page (`pdftotext -bbox`)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

# pdftotext wraps each right-to-left run in RLE … PDF (and a left-to-right run on a right-to-left page in LRE …
# PDF); the documents put a left-to-right mark after a right-to-left run in a left-to-right line (see
# tandem_desktop.documents.fonts). None of them shows: compare without them.
DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pdf_fonts(pdf: bytes, folder: Path) -> list[tuple[str, bool]]:
    """Each font the PDF uses: its name without the subset prefix ("ABCDEF+"), and whether it is embedded."""
    path = folder / "fonts-of.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in lines.splitlines()[2:] if line.strip()]
    # Columns: name type encoding emb sub uni object ID; the type and encoding may hold spaces.
    return [(row[0].split("+")[-1], row[-5] == "yes") for row in rows]


def pdf_text_lines(pdf: bytes, folder: Path) -> list[str]:
    """The PDF's text as pdftotext gives it (poppler puts right-to-left runs back in logical order), line by
    line, without direction marks and empty lines."""
    path = folder / "text-of.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    lines = (DIRECTION_MARKS.sub("", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


@dataclass(frozen=True)
class Word:
    """A word as pdftotext finds it on a page: its box (points from the top left), and its characters in the
    order they stand on the page, left to right (a right-to-left word reads backwards), without direction
    marks."""

    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str

    @property
    def middle(self) -> float:
        """The height of the middle of its box: the same for the words of a line, whatever their script."""
        return (self.y_min + self.y_max) / 2


def pdf_words(pdf: bytes, folder: Path) -> list[Word]:
    path = folder / "words-of.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    words: list[Word] = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for x_min, y_min, x_max, y_max, text in _WORD.findall(page):
            text = DIRECTION_MARKS.sub("", unescape(text))
            words.append(Word(number, float(x_min), float(y_min), float(x_max), float(y_max), text))
    return words
