"""The engine-independent document model: pages -> lines -> words.

Every reader (PDF text layer, Tesseract, DOCX, AcroForm widgets) produces this
model and nothing else, so field extraction is written once. Geometry is in PDF
points (1/72 inch) from the top-left corner of the page, ``bbox = (x0, y0, x1,
y1)`` with ``x0 <= x1`` and ``y0 <= y1``; what "the page" is for each source is
described in docs/extraction.md.

The classes are frozen, slotted dataclasses: a page holds thousands of words and
pydantic validation per word would cost more than the extraction itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias, TypeVar

BBox: TypeAlias = tuple[float, float, float, float]
T = TypeVar("T")
WordSource: TypeAlias = Literal["text", "ocr", "docx", "acroform"]
PageSource: TypeAlias = Literal["text", "ocr", "docx"]
SourceKind: TypeAlias = Literal["pdf", "image", "docx"]
MarkKind: TypeAlias = Literal["checked", "unchecked", "circle"]
#: (table, row, column), all 0-based; ``table`` counts tables in document order.
Cell: TypeAlias = tuple[int, int, int]

#: Version of the JSON form written by :meth:`Document.to_dict`.
SCHEMA_VERSION = 1

#: Glyphs that mean a ticked / an empty box, whatever the source (DOCX symbols,
#: AcroForm checkboxes, OCR). Readers map what they find onto these two.
CHECKED_GLYPH = "☒"
UNCHECKED_GLYPH = "☐"
#: What is typed or written in a box to tick it ("[X]", "(v)", an "X" in a drawn square).
TICK_MARKS = ("X", "x", "v", "V", "✓", "✔", "√")

#: Symbol fonts' checkboxes and ticks by font family and code (the private-use code a
#: Word symbol is stored and printed under), as glyphs.
_WINGDINGS = {
    0xF0FE: CHECKED_GLYPH,
    0xF0FD: CHECKED_GLYPH,
    0xF078: CHECKED_GLYPH,
    0xF0A8: UNCHECKED_GLYPH,
    0xF06F: UNCHECKED_GLYPH,
    0xF071: UNCHECKED_GLYPH,
    0xF06E: CHECKED_GLYPH,
    0xF0FC: "✓",
    0xF0FB: "✗",
}
_SYMBOL_FONTS = {
    "wingdings": _WINGDINGS,
    "wingdings 2": {
        0xF052: CHECKED_GLYPH,
        0xF053: CHECKED_GLYPH,
        0xF054: CHECKED_GLYPH,
        0xF0A3: UNCHECKED_GLYPH,
        0xF02A: UNCHECKED_GLYPH,
        0xF050: "✓",
        0xF04F: "✗",
    },
    "symbol": {0xF0D6: "√"},
    # LibreOffice prints Wingdings and Symbol characters it has no font for in its own
    # OpenSymbol, under the same codes.
    "opensymbol": {**_WINGDINGS, 0xF0D6: "√"},
}


def _symbol_table(font: str | None) -> dict[int, str] | None:
    family = (font or "").rsplit("+", 1)[-1].replace("-", " ").replace(",", " ").lower()
    family = re.sub(r"\s+(?:regular|bold|italic|mt|ms)\b.*$", "", family).strip()
    return _SYMBOL_FONTS.get(family) or _SYMBOL_FONTS.get(family.replace(" ", ""))


def is_symbol_font(font: str | None) -> bool:
    """Is ``font`` one whose characters :func:`symbol_glyph` knows (Wingdings, Symbol)?"""
    return _symbol_table(font) is not None


def symbol_glyph(font: str | None, code: int) -> str | None:
    """The checkbox or tick glyph that character ``code`` stands for in ``font`` (a Word
    font name, or a PDF font name with its subset tag: "EAAAAA+OpenSymbol"); None for
    any other character or font."""
    table = _symbol_table(font)
    if table is None:
        return None
    if code < 0xF000:
        code |= 0xF000
    return table.get(code)


def union_bbox(boxes: Iterable[BBox]) -> BBox:
    """The smallest box holding every box given (at least one)."""
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for b in boxes:
        x0 = min(x0, b[0])
        y0 = min(y0, b[1])
        x1 = max(x1, b[2])
        y1 = max(y1, b[3])
    if x0 == float("inf"):
        raise ValueError("union_bbox needs at least one box")
    return (x0, y0, x1, y1)


def _round_box(b: BBox) -> list[float]:
    return [round(v, 2) for v in b]


@dataclass(frozen=True, slots=True)
class Word:
    """One word with where it is and how sure the reader is of it."""

    text: str
    bbox: BBox
    #: 0-1; 1.0 for a text layer, DOCX and AcroForm values, Tesseract's conf / 100 for OCR.
    confidence: float = 1.0
    source: WordSource = "text"


@dataclass(frozen=True, slots=True)
class Line:
    """Words on one visual line, left to right.

    For DOCX, ``cell`` says which table cell the line comes from, so a
    ``label | value`` table can be read by structure as well as by position.
    """

    words: tuple[Word, ...]
    bbox: BBox
    cell: Cell | None = None

    @classmethod
    def of(cls, words: Sequence[Word], *, cell: Cell | None = None) -> Line:
        """A line from its words, with the bbox computed."""
        return cls(tuple(words), union_bbox(w.bbox for w in words), cell)

    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def confidence(self) -> float:
        """The lowest word confidence: a line is as sure as its weakest word."""
        return min((w.confidence for w in self.words), default=1.0)


@dataclass(frozen=True, slots=True)
class Mark:
    """A checkbox or option mark found on a page (ticked box, empty box, circled code)."""

    bbox: BBox
    kind: MarkKind
    confidence: float = 1.0
    #: The form field the mark belongs to, when the source names it (AcroForm, DOCX control).
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page: size in points and its lines in reading order (top to bottom)."""

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    source: PageSource
    #: Resolution the page was OCRed at; None for text-layer and DOCX pages.
    dpi: int | None = None
    #: Degrees clockwise the page image was turned to make it upright (0, 90, 180, 270).
    rotation: int = 0
    #: Skew measured and corrected, degrees counter-clockwise (the text rose to the right).
    skew: float = 0.0
    marks: tuple[Mark, ...] = ()

    def words(self) -> Iterator[Word]:
        for line in self.lines:
            yield from line.words

    def text(self) -> str:
        """Lines joined by newlines; lines side by side (table cells) joined by a tab."""
        out: list[str] = []
        prev_top: float | None = None
        for line in self.lines:
            if prev_top is not None and abs(line.bbox[1] - prev_top) < 0.5 and out:
                out[-1] += "\t" + line.text()
            else:
                out.append(line.text())
            prev_top = line.bbox[1]
        return "\n".join(out)


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document, whatever it came as."""

    pages: tuple[Page, ...]
    source_kind: SourceKind
    file_name: str | None = None
    #: AcroForm values by full field name: text and choices as str, checkboxes as bool.
    form_fields: dict[str, str | bool] = field(default_factory=dict)
    #: Things the reader noticed but could live with (a repaired PDF, an assumed dpi).
    warnings: tuple[str, ...] = ()

    @property
    def ocr_page_numbers(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.pages if p.source == "ocr")

    @property
    def ocr_pages(self) -> int:
        """How many pages were read by OCR."""
        return len(self.ocr_page_numbers)

    def lines(self) -> Iterator[tuple[Page, Line]]:
        """Every line of every page, in reading order, with its page."""
        for page in self.pages:
            for line in page.lines:
                yield page, line

    def text(self) -> str:
        """All pages' text, pages separated by a form feed."""
        return "\f".join(p.text() for p in self.pages)

    # -- JSON ---------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; words are compact ``[text, bbox, confidence, source]`` lists."""
        return {
            "schema": SCHEMA_VERSION,
            "source_kind": self.source_kind,
            "file_name": self.file_name,
            "form_fields": dict(self.form_fields),
            "warnings": list(self.warnings),
            "pages": [_page_to_dict(p) for p in self.pages],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        if data.get("schema") != SCHEMA_VERSION:
            raise ValueError(f"unknown document schema {data.get('schema')!r}")
        return cls(
            pages=tuple(_page_from_dict(p) for p in data["pages"]),
            source_kind=data["source_kind"],
            file_name=data.get("file_name"),
            form_fields=dict(data.get("form_fields", {})),
            warnings=tuple(data.get("warnings", ())),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Document:
        return cls.from_dict(json.loads(text))


def _page_to_dict(p: Page) -> dict[str, Any]:
    return {
        "number": p.number,
        "width": round(p.width, 2),
        "height": round(p.height, 2),
        "source": p.source,
        "dpi": p.dpi,
        "rotation": p.rotation,
        "skew": round(p.skew, 3),
        "lines": [
            {
                "bbox": _round_box(line.bbox),
                "cell": list(line.cell) if line.cell is not None else None,
                "words": [
                    [w.text, _round_box(w.bbox), round(w.confidence, 4), w.source]
                    for w in line.words
                ],
            }
            for line in p.lines
        ],
        "marks": [
            {"bbox": _round_box(m.bbox), "kind": m.kind, "confidence": m.confidence, "name": m.name}
            for m in p.marks
        ],
    }


def _box(values: Sequence[float]) -> BBox:
    return (float(values[0]), float(values[1]), float(values[2]), float(values[3]))


def _page_from_dict(d: dict[str, Any]) -> Page:
    lines = tuple(
        Line(
            words=tuple(Word(w[0], _box(w[1]), float(w[2]), w[3]) for w in ld["words"]),
            bbox=_box(ld["bbox"]),
            cell=(ld["cell"][0], ld["cell"][1], ld["cell"][2]) if ld.get("cell") else None,
        )
        for ld in d["lines"]
    )
    marks = tuple(
        Mark(_box(m["bbox"]), m["kind"], float(m["confidence"]), m.get("name"))
        for m in d.get("marks", ())
    )
    return Page(
        number=d["number"],
        width=float(d["width"]),
        height=float(d["height"]),
        lines=lines,
        source=d["source"],
        dpi=d.get("dpi"),
        rotation=d.get("rotation", 0),
        skew=float(d.get("skew", 0.0)),
        marks=marks,
    )


def group_rows(
    items: Sequence[T], *, key: Callable[[T], BBox], overlap: float = 0.5
) -> list[list[T]]:
    """Cluster boxed items into rows (see :func:`group_lines`); rows top to bottom, items by x."""
    ordered = sorted(items, key=lambda it: (key(it)[1] + key(it)[3]) / 2)
    rows: list[list[T]] = []
    # Running sums of the current row's tops and bottoms: the row's "core" band is their
    # mean, so one tall word (a heading, a box glyph) does not swallow the next line.
    sum_top = sum_bottom = 0.0
    for item in ordered:
        b = key(item)
        if rows:
            n = len(rows[-1])
            core_top, core_bottom = sum_top / n, sum_bottom / n
            shared = min(b[3], core_bottom) - max(b[1], core_top)
            smaller = min(b[3] - b[1], core_bottom - core_top)
            if smaller <= 0 or shared >= overlap * smaller:
                rows[-1].append(item)
                sum_top += b[1]
                sum_bottom += b[3]
                continue
        rows.append([item])
        sum_top, sum_bottom = b[1], b[3]
    for row in rows:
        row.sort(key=lambda it: key(it)[0])
    rows.sort(key=lambda row: min(key(it)[1] for it in row))
    return rows


def group_lines(words: Sequence[Word], *, overlap: float = 0.5) -> tuple[Line, ...]:
    """Group positioned words into visual lines, top to bottom, each left to right.

    A word joins a line when it overlaps the line vertically by at least
    ``overlap`` of the smaller height, so a label and its value on the same row
    share a line even when they are far apart. Words must be in an upright frame.
    """
    return tuple(Line.of(ws) for ws in group_rows(words, key=lambda w: w.bbox, overlap=overlap))
