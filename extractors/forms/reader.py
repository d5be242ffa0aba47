"""Label-driven field extraction for FS3 and FP-KPA on the normalised document model.

Fields are found by their printed labels, not by coordinates: every visual row is
matched against the label vocabulary (:mod:`extractors.forms.labels`) with rapidfuzz,
and the value is what follows the label on the row (the rest of the line, or the next
table cell) plus the wrapped lines below it in the value column, up to the next label.
Option fields read the chosen option from a circled code, a ticked box glyph, "(X)",
or the option written out.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from extractors.document import TICK_MARKS, BBox, Document, Mark, Page, Word, union_bbox
from extractors.fields import ExtractedField
from extractors.forms.labels import CONCEPTS, ENTRIES, SECTIONS, TEKNIS_PREFIX, Entry
from validators.choices import LOOKUP
from validators.choices import choice_key as _choice_key
from validators.normalise import (
    MONTHS,
    InvalidValue,
    is_empty,
    normalise_bool,
    normalise_choice,
    normalise_choices,
    normalise_date,
    normalise_email,
    normalise_int,
    normalise_phone,
    normalise_region,
    normalise_regions,
    normalise_text,
)

log = logging.getLogger(__name__)

#: A label wording must match the start of a row at least this well (rapidfuzz ratio, 0-100).
LABEL_MIN_SCORE = 86.0
#: How far left of the value column a wrapped value line may start (points).
COLUMN_SLACK = 8.0
#: Most lines a wrapped value runs over.
MAX_VALUE_LINES = 14

#: An item number before a label, as printed or as OCR reads it ("R.1.1", "1.2", "a.",
#: "-", "RA.", "R-513", "510", a table rule "|").
_ITEM_NUMBER = re.compile(
    r"R[-.,:A-Z]{0,2}[\d.,:-]{0,6}|\d{1,3}(?:[.,]\d{1,2})*[.,)]?|[|Il1]?[a-pA-P][.,)]|[-•|]"
    # Items numbered by their block's Roman numeral ("I.2", "II.1.a", "V.11.a"), and
    # question codes with a letter ("511a").
    r"|[IVX]{1,4}\.\d{1,2}(?:\.(?:\d{1,2}|[a-z]))*\.?|\d{3}[a-z]\.?"
    # Block-and-row codes of a spreadsheet form ("B1R1", "B1R2a", "B5R11"), items coded
    # by their block's letter ("A1", "B10"), questions numbered "P01.".
    r"|[A-Z]\d{1,2}[A-Z]\d{1,2}[a-z]?|[A-H]\d{1,2}|[PQ]\d{2}\.?"
    # OCR's reading of "1.1" / "1.2" between table rules: "LI", "Il", "L2".
    r"|[LIl|][LIl|\d]?"
)
#: An item number that only items carry ("R.3.2", "R3.2", "3.2"), not a list bullet.
_ITEM_CODE = re.compile(
    r"R[-.]?\d{1,2}(?:[.,]\d{1,2})*[.,]?|\d{1,2}(?:[.,]\d{1,2})+[.,]?"
    r"|[IVX]{1,4}\.\d{1,2}(?:\.(?:\d{1,2}|[a-z]))*\.?|[A-Z]\d{1,2}[A-Z]\d{1,2}[a-z]?"
    r"|[A-H]\d{1,2}"
)
#: A block heading: "BLOK I.", "BAGIAN 5.", "A. PENYELENGGARA", "1. PENYELENGGARA",
#: "IV. TUJUAN".
_BLOCK = re.compile(
    r"^(?:BLOK\s+(?:[IVX]+|\d{1,2}|[A-H])\b|BAGIAN\s+(?:[IVX]+|\d{1,2})\b|[A-H]\.\s+[A-Z]{3,}|\d\.\s+[A-Z]{4,}"
    r"|[IVX]{1,4}\.\s+[A-Z]{3,})"
)
#: The variables table's header row as ``choice_key`` gives it ("No | Nama Variabel |
#: Referensi Waktu").
_VARIABEL_HEADER_ROW = re.compile(r"^(?:no|nama)\b.*\breferensi\b")
#: Names of an FS3's or FP-KPA's blocks, printed alone on a bar without a number.
_BLOCK_NAMES = frozenset(
    {
        "informasi penyelenggara",
        "identitas penyelenggara",
        "keterangan penyelenggara",
        "jenis survei",
        "jenis kegiatan",
        "tujuan dan variabel",
        "tujuan dan jadwal",
        "desain survei",
        "rancangan survei",
        "desain kegiatan",
        "rancangan kegiatan",
        "desain kompilasi",
        "rancangan kompilasi",
        "desain sampel",
        "pengolahan analisis dan diseminasi",
        "pengolahan dan analisis",
        "pengolahan dan penyajian",
    }
)
#: A caption asking for one detail of a numbered variable ("Nama variabel 1", "Referensi
#: waktu variabel 2", "Sumber data variabel ke-3"), and the key each detail fills.
_VARIABLE_CAPTION = re.compile(r"^(?P<what>\w[\w ]*?) variabel (?:ke )?(?P<n>\d{1,2})$")
_VARIABLE_FIELDS = {"nama": "nama", "referensi": "referensi_waktu", "waktu": "referensi_waktu"}
_VARIABLE_FIELDS |= {"sumber": "sumber", "asal": "sumber"}
#: A choice item whose wording, given a number, names the count of the same people.
_COUNT_OF = {"petugas": "jumlah_enumerator"}
#: Words that end a label, never a value alone ("Wilayah kegiatan survei" over its answer).
_LABEL_ENDINGS = frozenset(
    {"survei", "kegiatan", "kompilasi", "instansi", "penyelenggara", "kantor", "data"}
)
#: A web form's section divider ("Bagian 7 dari 8"): it ends the value above it.
_FORM_SECTION = re.compile(r"^(?:Bagian|Section)\s+\d+\s+(?:dari|of)\s+\d+$", re.IGNORECASE)
#: A block heading's number, dropped before its title is read.
_BLOCK_PREFIX = re.compile(
    r"^(?:(?i:BLOK|BAGIAN)\s+(?:[IVX]+|\d{1,2}|[A-H]\.)|[IVX]{1,4}|[A-H]|\d)\s*[.:–-]?\s*"
)
#: A block heading in title case ("Bagian V Desain Survei", "Blok 2. Penanggung Jawab",
#: "VII. Pengolahan dan Penyajian": a short row without a colon).
_BLOCK_TITLE = re.compile(
    r"^(?:(?:Bagian|Blok)\s+(?:[IVX]{1,4}|\d{1,2})\.?|[IVX]{1,4}\.)\s+[A-Z][a-z][^:]*$"
)
#: A page number out of the total ("2/4"), ending a row in the footer zone.
_PAGE_OF = re.compile(r"(?:^|\s)\d{1,3}\s?/\s?\d{1,3}$")
#: The mark of a required input after its caption ("Judul Survei *"): not a word of it.
_REQUIRED = frozenset({"*", "(*)", "**"})
#: Where a page's footer zone starts, as a share of its height from the top.
FOOTER_ZONE = 0.92
#: A page footer: "Halaman 2", "Hal. 2", "Page 2", "- 2 -".
_FOOTER = re.compile(r"\b(?:Halaman|Hal\.?|Page|Lembar)\s*\d+\b|^\W*-\s*\d+\s*-\W*$", re.IGNORECASE)
#: Marks of a chosen and an unchosen option (radio buttons typed as glyphs too: a filled
#: circle chosen, an empty one not).
_CHECKED = {"☑", "☒", "✓", "✔", "■", "▣", "⊠", "(X)", "(x)", "[X]", "[x]", "X", "x", "√"}
_CHECKED |= {"⬤", "●", "◉", "⦿"}
_UNCHECKED = {"☐", "□", "( )", "()", "[ ]", "[]", "◯", "○", "⚪"}
_CODE = re.compile(r"^(\d{1,2})[.),]?$")  # OCR reads "4." as "4," too
#: A lettered option's code ("a.", "b)").
_LETTER_CODE = re.compile(r"^([a-j])[.)]$")
#: A bracketed box typed in text: "( )", "[X]", "(v)", "[✓]" (split into words by PDF readers).
_BOX_TICKS = TICK_MARKS
#: Ticks typed after the chosen option's wording ("(v)"), not before it like a box.
_TICK_AFTER = frozenset(f"({t})" for t in _BOX_TICKS if t not in "Xx")
_BOX_OPEN = re.compile(r"[(\[]\s*[Xxv✓✔√V]?")
_BOX_CLOSE = re.compile(r"[Xxv✓✔√V]?[)\]]")
_BOX = re.compile(r"[(\[]\s*([Xxv✓✔√V]?)\s*[)\]]")
_DATE = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\s*[A-Za-z]{3,9}\.?\s*\d{4}"
)


@dataclass(slots=True)
class Row:
    """One visual row of a page (table cells side by side joined), with its words."""

    page: Page
    words: list[Word]
    x0: float
    top: float
    #: ids of the words that end a cell of a Word table row (a cell's border is a column
    #: gap however narrow).
    cell_ends: frozenset[int] = frozenset()
    #: One cell of a Word table row whose cells each hold a "Label: value" pair: it starts
    #: an item wherever it stands.
    own_cell: bool = False

    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(slots=True)
class Hit:
    """A label found on a row: the entry, how well it matched, the words after it."""

    entry: Entry
    score: float
    value_words: list[Word]
    row: int
    label_x0: float


@dataclass(slots=True)
class _State:
    form_type: str
    section: str = "penyelenggara"
    out: dict[str, ExtractedField] = field(default_factory=dict)


def _rows(document: Document, pages: tuple[int, int] | None) -> list[Row]:
    rows: list[Row] = []
    # A DOCX table row broken over a page stays one row (on the page it starts on).
    carried: dict[tuple[int, int], tuple[Row, list[Any]]] = {}
    for page in document.pages:
        if pages is not None and not pages[0] <= page.number <= pages[1]:
            continue
        # A DOCX table row is one row whatever its cells wrap to: label cell, then value cells.
        cells: dict[tuple[int, int], list[Any]] = {}
        merged: list[list[Any]] = []
        split: list[list[Any]] = []  # rows of cells broken into lines, a row a line
        for line in page.lines:
            if line.cell is None:
                continue
            slot = cells.get(line.cell[:2])
            if slot is None:
                slot = cells[line.cell[:2]] = [line.bbox[1], [], line.cell[:2]]
                merged.append(slot)
            slot[1].extend(
                (line.cell[2], page.number, line.bbox[1], w.bbox[0], w) for w in line.words
            )
        for slot in list(merged):
            prev = carried.get(slot[2])
            if prev is not None and prev[0].page is not page:
                prev[1].extend(slot[1])
                prev[0].words[:] = [item[4] for item in sorted(prev[1], key=lambda it: it[:4])]
                merged.remove(slot)
                continue
            items = sorted(slot[1], key=lambda it: it[:4])
            lines_of = _line_broken_cells(items)
            if lines_of is not None:
                # Sub-items over line breaks in one cell, their values over line breaks
                # in the next ("a. Nama / b. Jabatan" beside ": X / : Y"): a row a line.
                merged.remove(slot)
                split.extend(lines_of)
                continue
            slot[1] = [item[4] for item in items]
            slot[2] = (slot[2], items)
        # Other lines that share a top (side-by-side columns) make one row.
        loose: list[list[Any]] = []
        for line in sorted(page.lines, key=lambda ln: ln.bbox[1]):
            if line.cell is not None:
                continue
            if loose and abs(line.bbox[1] - loose[-1][0]) < 2.0:
                loose[-1][1].extend(line.words)
                loose[-1][1].sort(key=lambda w: w.bbox[0])
            else:
                loose.append([line.bbox[1], list(line.words)])
        loose = _side_by_side_columns(loose, page) + split
        boxes_above = False  # the row above had typed bracket boxes (its options wrap)
        if page.source == "text":
            loose = _top_align_centred_cells(loose)
        for top, words, *cell in sorted(merged + loose, key=lambda it: it[0]):
            text = " ".join(w.text for w in words)
            if _FOOTER.search(text) and (len(words) <= 4 or top > FOOTER_ZONE * page.height):
                continue  # "Halaman 1 dari 2", also beside the file's name at the bottom
            if top > FOOTER_ZONE * page.height and _PAGE_OF.search(text):
                continue  # a browser's footer: the page's address and "2/4"
            if words[0].text.lower() in ("catatan:", "nb:", "nb.:"):
                continue  # a note under a block ("Catatan: Blok VI tidak diisi ..."), no value
            words = [w for w in words if w.text not in _REQUIRED]
            if not words:
                continue
            if page.source == "ocr":
                boxed = _bracket_boxes(_ocr_words(words), after_boxes=boxes_above)
                boxes_above = any(w.text in ("[X]", "[ ]") for w in boxed)
                words = _block_bar(boxed)
                if not words:
                    continue
            words = _leaders_as_colons(words)
            ends: frozenset[int] = frozenset()
            if cell:
                items = cell[0][1]
                pairs = _label_value_cells(items)
                if pairs:
                    # Each cell holds a "Label: value" pair of its own: a row each, left
                    # to right, so one pair's value ends at its cell.
                    for one in pairs:
                        rows.append(Row(page, one, min(w.bbox[0] for w in one), top, own_cell=True))
                    continue
                ends = frozenset(id(a[4]) for a, b in itertools.pairwise(items) if a[0] != b[0])
            rows.append(Row(page, words, min(w.bbox[0] for w in words), top, ends))
            if cell:
                carried[cell[0][0]] = (rows[-1], cell[0][1])
    rows = _without_running_heads(_without_notes_column(rows))
    _ocr_colons(rows)
    return rows


#: Headers of a table's last column that holds the form's own notes, not values
#: ("Uraian | Keterangan | Catatan", "No | Rincian | Isian | Petunjuk").
_NOTES_HEADERS = frozenset(
    {"catatan", "petunjuk", "penjelasan", "keterangan", "petunjuk pengisian", "catatan pengisian"}
)


def _without_notes_column(rows: list[Row]) -> list[Row]:
    """Rows without the words of a notes column: under a header row of three or four
    columns whose last names notes (:data:`_NOTES_HEADERS`), the words from the one at
    that column's left edge on, down the page ("Kosongkan bila tidak ada" beside a fax
    number), are the form's instructions, which would run on the values."""
    out: list[Row] = []
    page: Page | None = None
    edge: float | None = None
    seen_edge: tuple[float, float] | None = None  # (header x, edge) of the last header
    for k, row in enumerate(rows):
        if row.page is not page:
            page, edge = row.page, None
        groups = _gap_groups(row.words, COLUMN_GAP_MIN)
        if 3 <= len(groups) <= 4 and all(len(g) <= 3 for g in groups):
            last = choice_key(" ".join(w.text for w in groups[-1]))
            if last in _NOTES_HEADERS and not any(c.isdigit() for w in row.words for c in w.text):
                below = [r for r in rows[k + 1 :] if r.page is page]
                header_x = groups[-1][0].bbox[0]
                # The column's edge: where most rows below start a word, left of its
                # (perhaps centred) header and right of the column before.
                starts = [
                    (n, x)
                    for x, n in _word_starts(below)
                    if n >= 3 and groups[-2][-1].bbox[2] < x <= header_x + 2
                ]
                # (The header repeated atop a later page: the edge found on the first,
                # which has more rows to find it by.)
                if seen_edge is not None and abs(seen_edge[0] - header_x) <= 3:
                    edge = seen_edge[1]
                else:
                    edge = max(starts, default=(0, header_x))[1]
                    seen_edge = (header_x, edge)
                continue  # the header row itself
        if edge is not None:
            # A note starts at the column's edge; words further right that start
            # elsewhere belong to a table in the value column (a schedule's end dates).
            at = next((k for k, w in enumerate(row.words) if abs(w.bbox[0] - edge) <= 3), None)
            if at == 0:
                continue
            if at is not None:
                words = row.words[:at]
                row = Row(row.page, words, row.x0, row.top, row.cell_ends, row.own_cell)
        out.append(row)
    return out


#: The top of a page where a running head stands, as a share of its height.
HEAD_ZONE = 0.1


#: A sub-item's marker at a line's start ("a.", "b)", "1.", "-").
_SUB_MARKER = re.compile(r"^(?:[a-z]|\d{1,2})[.)]$|^[-–•]$")


def _line_broken_cells(items: list[Any]) -> list[list[Any]] | None:
    """A Word table row whose first cell lists sub-items over line breaks ("a. Nama",
    "b. Jabatan", ..., perhaps under the item's own title) and whose last cell gives
    their values in the same order, each starting with a colon (": X", ": Y", a value's
    wrapped lines after it): one row a sub-item, [top, words], the title's row first;
    None for any other row, or when the counts differ."""
    lines: dict[tuple[int, float], list[Word]] = {}
    for col, _page, top, _x, word in items:
        lines.setdefault((col, top), []).append(word)
    cols = sorted({col for col, _ in lines})
    if len(cols) < 2:
        return None
    first = [ws for (col, _), ws in sorted(lines.items()) if col == cols[0]]
    last = [ws for (col, _), ws in sorted(lines.items()) if col == cols[-1]]
    labels: list[list[Word]] = []
    title: list[Word] = []
    for ws in first:
        if _SUB_MARKER.match(ws[0].text):
            labels.append(list(ws))
        elif labels:
            labels[-1].extend(ws)  # a sub-item's wording wrapped
        else:
            title.extend(ws)
    values: list[list[Word]] = []
    for ws in last:
        if ws[0].text.startswith(":"):
            values.append(list(ws))
        elif values:
            values[-1].extend(ws)  # a value wrapped
        else:
            return None
    if len(labels) < 2 or len(labels) != len(values):
        return None
    top = min(w.bbox[1] for ws in first for w in ws)
    out: list[list[Any]] = [[top, title]] if title else []
    for k, (label, value) in enumerate(zip(labels, values, strict=True)):
        out.append([top + 0.01 * (k + 1), [*label, *value]])
    return out


def _without_running_heads(rows: list[Row]) -> list[Row]:
    """Rows that head every page (the agency and the form's name at the top of page 1,
    printed again at the top of pages 2, 3, ...): dropped from the pages after the first,
    where they would glue onto a value or a table row running over the page break."""
    keys = {id(row): re.sub(r"\d+", "#", row.text()) for row in rows}
    tops: dict[int, set[str]] = {}
    feet: dict[str, set[int]] = {}
    for row in rows:
        if row.top < HEAD_ZONE * row.page.height:
            tops.setdefault(row.page.number, set()).add(keys[id(row)])
        elif row.top > FOOTER_ZONE * row.page.height:
            feet.setdefault(keys[id(row)], set()).add(row.page.number)
    # The same footer at the foot of two pages or more ("FP-KPA Dinas Sosial ... 1").
    footers = {text for text, pages in feet.items() if len(pages) >= 2}
    if footers:
        rows = [
            row
            for row in rows
            if row.top <= FOOTER_ZONE * row.page.height or keys[id(row)] not in footers
        ]
    if len(tops) < 2:
        return rows
    first = min(tops)
    # Only what the first page's top has too: a table's header row repeated on later
    # pages is not a running head (it may be the table's only header).
    repeated = {text for number, texts in tops.items() if number != first for text in texts} & tops[
        first
    ]
    return [
        row
        for row in rows
        if row.page.number == first
        or row.top >= HEAD_ZONE * row.page.height
        or keys[id(row)] not in repeated
    ]


#: Dot leaders from a label to its value ("Nama Instansi ........ Dinas ..."), alone or
#: glued to the label's last word.
_LEADER = re.compile(r"^(.*?[^.…·_])?([.…·_]{4,}|…+)$")


def _leaders_as_colons(words: list[Word]) -> list[Word]:
    """Dot leaders read as the colon they stand for: they end the label."""
    out: list[Word] = []
    for w in words:
        m = _LEADER.match(w.text)
        if m is None:
            out.append(w)
            continue
        x0, y0, x1, y1 = w.bbox
        if m[1]:
            split = x0 + (x1 - x0) * len(m[1]) / len(w.text)
            out.append(Word(m[1], (x0, y0, split, y1), w.confidence, w.source))
            x0 = split
        if not out or out[-1].text != ":":
            out.append(Word(":", (x0, y0, x1, y1), w.confidence, w.source))
    return out


#: A page printed in two columns (two blocks side by side): at least this many rows with
#: a colon on each side of the gutter (or two block headings side by side), and at most
#: this many lines across it (a title, a footer).
TWO_COLUMN_MIN_ROWS = 3
TWO_COLUMN_MAX_CROSSING = 3
#: The empty band between the two columns is at least this wide (points).
TWO_COLUMN_GUTTER = 16.0


def _side_by_side_columns(loose: list[list[Any]], page: Page) -> list[list[Any]]:
    """Rows of a page laid out in two columns, left column first, then the right one.

    The gutter is an x in the middle of the page that (almost) no word crosses, with
    "label : value" rows on both sides of it; the right column's rows are given tops
    below the page so that the left column is read to its end first."""
    if len(loose) < 2 * TWO_COLUMN_MIN_ROWS:
        return loose
    width = page.width
    steps = range(int(0.3 * width), int(0.7 * width), 2)
    crossings = _rows_across(loose, steps, TWO_COLUMN_GUTTER / 2)
    found: list[tuple[int, int, float]] = []
    for step, crossing in zip(steps, crossings, strict=True):
        x = float(step)
        if crossing > TWO_COLUMN_MAX_CROSSING:
            continue
        on_left = sum(1 for _, ws in loose if _labelled([w for w in ws if w.bbox[2] <= x]))
        on_right = sum(1 for _, ws in loose if _labelled([w for w in ws if w.bbox[0] >= x]))
        # Two block headings side by side ("BLOK III. TUJUAN ...   BLOK IV. VARIABEL").
        blocks = sum(
            1
            for _, ws in loose
            if _BLOCK.match(" ".join(w.text for w in ws if w.bbox[2] <= x))
            and _BLOCK.match(" ".join(w.text for w in ws if w.bbox[0] >= x))
        )
        if blocks or min(on_left, on_right) >= TWO_COLUMN_MIN_ROWS:
            found.append((crossing, -(min(on_left, on_right) + 5 * blocks), x))
    if not found:
        return loose
    # The fewest lines across, the most rows on both sides; the middle of the gap.
    crossing, both, _ = min(found)
    xs = [x for c, b, x in found if (c, b) == (crossing, both)]
    gutter = xs[len(xs) // 2]
    left: list[list[Any]] = []
    right: list[list[Any]] = []
    for top, ws in loose:
        if any(w.bbox[0] < gutter < w.bbox[2] for w in ws):
            left.append([top, ws])  # a title or footer across the page
            continue
        lw = [w for w in ws if w.bbox[2] <= gutter]
        rw = [w for w in ws if w.bbox[0] >= gutter]
        if lw:
            left.append([top, lw])
        if rw:
            right.append([top + page.height, rw])
    return left + right


def _label_value_cells(items: list[Any]) -> list[list[Word]] | None:
    """The cells of a Word table row when each holds its own "Label: value" pair (two
    items a row: "Nama: ..." | "Jabatan: ..."): a word ending in a colon among each
    cell's first six words, with words before it. None for any other row (a label cell
    beside its value cell, a number cell, a cell without a colon)."""
    cells: dict[int, list[Word]] = {}
    for item in items:
        cells.setdefault(item[0], []).append(item[4])
    if len(cells) < 2:
        return None
    for words in cells.values():
        if not any(
            w.text.endswith(":") and (len(w.text) > 1 or k > 0) for k, w in enumerate(words[:6])
        ):
            return None
    return [cells[col] for col in sorted(cells)]


def _rows_across(loose: list[list[Any]], steps: range, half: float) -> list[int]:
    """For each x of ``steps``, how many rows have a word within ``half`` of it (a word
    from x0 to x1 covers the x with x0 - half < x < x1 + half): one pass over the words
    and a running sum, instead of every word at every x (the page's rows are read on
    every page of every form)."""
    xs = list(steps)
    delta = [0] * (len(xs) + 1)
    for _, ws in loose:
        spans = sorted((w.bbox[0] - half, w.bbox[2] + half) for w in ws)
        merged: list[list[float]] = []
        for a, b in spans:
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in merged:
            lo, hi = bisect.bisect_right(xs, a), bisect.bisect_left(xs, b)
            if lo < hi:
                delta[lo] += 1
                delta[hi] -= 1
    return list(itertools.accumulate(delta[:-1]))


def _labelled(words: list[Word]) -> bool:
    """Words that hold a "label : value" pair: a colon with a word before it."""
    return any(w.text.endswith(":") for w in words[1:])


#: Lines of one table cell follow each other at most this many line heights apart; the
#: next cell starts further down (its padding and the rule between).
CELL_LEAD_MAX = 1.6
#: Two columns of a table row are vertically centred when their lines' midpoints agree
#: within this fraction of a line height.
CENTRE_SLACK = 0.35


def _top_align_centred_cells(loose: list[list[Any]]) -> list[list[Any]]:
    """A table row whose cells are vertically centred as if they were aligned to the top.

    With cells centred, a label shorter than its value sits between the value's lines
    ("☐ Bulanan" / "3.2 Frekuensi" / "☐ Triwulanan"), so no row holds both. Where rows
    left of a column and rows right of it interleave line by line (no gap of a cell
    boundary between them) and the two groups share their vertical middle, the k-th label
    line joins the k-th value line: the layout the reader knows."""
    out = list(loose)
    i = 0
    while i < len(out):
        words = out[i][1]
        height = max(w.bbox[3] - w.bbox[1] for w in words)
        x0 = min(w.bbox[0] for w in words)
        # The run of rows around row i: contiguous lines, no cell boundary between them.
        lo = hi = i
        while lo > 0 and out[lo][0] - out[lo - 1][0] <= CELL_LEAD_MAX * height:
            lo -= 1
        while hi + 1 < len(out) and out[hi + 1][0] - out[hi][0] <= CELL_LEAD_MAX * height:
            hi += 1
        run = out[lo : hi + 1]
        right_only = [r for r in run if min(w.bbox[0] for w in r[1]) > x0 + 2]
        column = min((w.bbox[0] for r in right_only for w in r[1]), default=0.0)
        split = [
            (
                [w for w in r[1] if w.bbox[0] < column - 2],
                [w for w in r[1] if w.bbox[0] >= column - 2],
            )
            for r in run
        ]
        left = [(r[0], a) for r, (a, _) in zip(run, split, strict=True) if a]
        right = [(r[0], b) for r, (_, b) in zip(run, split, strict=True) if b]
        if (
            len(run) < 3
            or not right_only
            or not left
            or any(abs(a[0].bbox[0] - x0) > 2 or a[-1].bbox[2] > column - 12 for _, a in left)
        ):
            i += 1
            continue
        mid_left = (left[0][0] + left[-1][0]) / 2
        mid_right = (right[0][0] + right[-1][0]) / 2
        if (
            abs(mid_left - mid_right) > CENTRE_SLACK * height
            or right[0][0] > left[0][0] - 2  # the value must start above the label
            or any(b[0] - a[0] > 1.2 * height * CELL_LEAD_MAX for a, b in itertools.pairwise(left))
        ):
            i = hi + 1
            continue
        merged = []
        for k, (top, part) in enumerate(right):
            merged.append([top, [*left[k][1], *part] if k < len(left) else list(part)])
        last = merged[-1][0]
        for k, (top, part) in enumerate(left[len(right) :], start=1):
            merged.append([max(top, last + 0.01 * k), list(part)])
        out[lo : hi + 1] = merged
        i = lo + len(merged)
    return out


#: A gap this wide (points) between words on a row separates a table's columns.
COLUMN_GAP_MIN = 24.0
_LABEL_TAIL_WORD = re.compile(r"^[^\W\d_][^\d]*$")


#: A gap this wide (points) ends a label when the page's value column starts after it.
CELL_GAP_MIN = 8.0
#: A label's Word cell runs on past the wording matched by at most this many words.
CELL_LABEL_MAX_WORDS = 12


def _label_tail(
    words: list[Word],
    n: int,
    cell_ends: frozenset[int] = frozenset(),
    columns: Sequence[float] = (),
) -> int:
    """The label's word count grown over the rest of its cell: a wording that matched only
    its start ("NAMA KEGIATAN" of "NAMA KEGIATAN SURVEI") leaves up to three words that
    run on from it without a space's gap, and then a column gap, or the end of a Word
    table cell (``cell_ends``: ids of words that end one), before the value."""
    if not 0 < n < len(words):
        return n
    # A question in its own Word cell, the answer in the next ("Apakah dilakukan uji coba
    # (pilot survey) kuesioner? | Ya"): the whole cell is the label.
    end = next((k for k in range(n - 1, len(words) - 1) if id(words[k]) in cell_ends), None)
    if (
        end is not None
        and end - n < CELL_LABEL_MAX_WORDS
        and not any(":" in w.text or _is_checked(w.text) is not None for w in words[n : end + 1])
    ):
        return end + 1
    for k in range(n, min(n + 3, len(words) - 1)):
        if not _runs_on(words, n, k + 1):
            return n
        gap = words[k + 1].bbox[0] - words[k].bbox[2]
        if gap >= COLUMN_GAP_MIN or id(words[k]) in cell_ends:
            return k + 1
        if gap >= CELL_GAP_MIN and any(abs(words[k + 1].bbox[0] - x) <= 2 for x in columns):
            return k + 1  # a narrower gap, before the page's value column
    return n


def _remark_tail(words: list[Word], n: int) -> int:
    """A remark in brackets that ends the label's row ("Metode Pengumpulan Data (boleh
    lebih dari satu)", perhaps with its colon) is part of the label: the value is below."""
    if not 0 < n < len(words) or not words[n].text.startswith("("):
        return n
    for k in range(n, min(n + 8, len(words))):
        text = words[k].text
        if any(c.isdigit() for c in text) or (k > n and "(" in text):
            return n  # options ("(1) Wawancara 2. ..."), a phone's area code
        if ")" in text:
            rest = [w for w in words[k + 1 :] if w.text != ":"]
            apart = bool(rest) and rest[0].bbox[0] - words[k].bbox[2] >= COLUMN_GAP_MIN
            return k + 1 if not rest or apart else n
        if k + 1 < len(words) and words[k + 1].bbox[0] - words[k].bbox[2] >= COLUMN_GAP_MIN:
            # The remark wraps in the label's column ("(jika" over "berulang)") and the
            # value stands a column away.
            return k + 1
    return n


def _runs_on(words: list[Word], n: int, end: int) -> bool:
    """Do ``words[n:end]`` run on from the label ending at ``words[n - 1]``: plain words
    a space apart (no wider than 0.8 of its height), no colon, no box?"""
    height = max(words[n - 1].bbox[3] - words[n - 1].bbox[1], 1.0)
    return all(
        w.bbox[0] - words[k - 1].bbox[2] <= 0.8 * height
        and ":" not in w.text
        and _LABEL_TAIL_WORD.match(w.text)
        and w.text not in _CHECKED
        and w.text not in _UNCHECKED
        for k, w in enumerate(words[n:end], start=n)
    )


#: How much further right than its label a value written on the row below starts.
UNDER_INDENT_MIN = 4.0


def _caps_over_value(rows: list[Row], i: int) -> bool:
    """Is row ``i`` a label in capitals on a row of its own, with its value (not in
    capitals) on the row below ("JENIS DATA ADMINISTRASI YANG DIGUNAKAN" over "Data Pokok
    Pendidikan ...")? The whole row is then the label, whatever part of it is known."""
    if i + 1 >= len(rows) or rows[i + 1].page is not rows[i].page:
        return False
    words = _strip_prefix(rows[i].words)
    if not words or any(":" in w.text for w in words) or not _all_caps(words):
        return False
    if any(b.bbox[0] - a.bbox[2] >= COLUMN_GAP_MIN for a, b in itertools.pairwise(words)):
        return False  # label and value a column apart, both in capitals
    below = rows[i + 1]
    return below.x0 >= rows[i].x0 - 2 and not _all_caps(below.words)


def _all_caps(words: list[Word]) -> bool:
    letters = [c for w in words for c in w.text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _value_below(rows: list[Row], i: int, label_x0: float) -> bool:
    """Does the row below hold the value of the label on row ``i``: on the same page,
    indented further than the label's first word ("I.1 Instansi yang menyelenggarakan"
    over "    Dinas Perhubungan ...")? A wrapped label lines up with its first word."""
    if i + 1 >= len(rows) or rows[i + 1].page is not rows[i].page:
        return False
    below = rows[i + 1]
    if below.x0 >= label_x0 - 2 and _is_checked(below.words[0].text) is not None:
        return True  # options under their caption ("Pelaksanaan Survei" over "◉ Satu kali")
    return below.x0 >= label_x0 + UNDER_INDENT_MIN


def _caption_over_value(rows: list[Row], i: int) -> bool:
    """Is row ``i`` a caption alone on its row over its answer, at the same left edge and
    nearer to it than to the row above (a web form printed: "Nomor telepon kantor" over
    "(0438) 21734", then a gap before the next caption)? Rows of an ordinary table stand
    evenly, a label wrapped onto the next row has its colon there."""
    if i + 1 >= len(rows):
        return False
    row, nxt = rows[i], rows[i + 1]
    if nxt.page is not row.page or abs(nxt.x0 - row.x0) > 2 or nxt.own_cell:
        return False
    if any(":" in w.text or _is_checked(w.text) is not None for w in row.words):
        return False  # a label and its value, or options
    if row.words[-1].text.endswith("?") or len(_gap_groups(row.words, COLUMN_GAP_MIN)) > 1:
        return False  # a question (read as such), or a value a column away
    if row.cell_ends - {id(row.words[-1])}:
        return False  # a value in a Word cell of its own
    if any(":" in w.text for w in nxt.words[:6]) or _is_checked(nxt.words[0].text) is not None:
        return False
    height = max(w.bbox[3] - w.bbox[1] for w in row.words)
    prev = rows[i - 1] if i > 0 and rows[i - 1].page is row.page else None
    above = row.top - prev.top if prev is not None else row.top
    below = nxt.top - row.top
    return CAPTION_GAP * height <= below <= CAPTION_NEARER * above


#: A caption's answer stands at least this many of its heights below it, and at most this
#: share of the caption's distance from the row above.
CAPTION_GAP = 1.6
CAPTION_NEARER = 0.7


def _value_under_number(rows: list[Row], i: int) -> bool:
    """A numbered label alone on its row ("P04. Alamat Kantor") over its answer, which
    starts under the item number rather than under the label's first word (an answer
    box as wide as the question's)."""
    if i + 1 >= len(rows) or rows[i + 1].page is not rows[i].page:
        return False
    row, nxt = rows[i], rows[i + 1]
    label = _strip_prefix(row.words)
    if not label or len(label) == len(row.words) or not nxt.words:
        return False
    first = nxt.words[0].text
    if _ITEM_CODE.fullmatch(first) or re.fullmatch(r"[A-Z]\d{1,2}\.?", first):
        return False  # the next item
    if len(nxt.words) == 1 and re.fullmatch(r"\d{1,3}[.)]?", first):
        return False  # the end of an item number wrapped in its cell ("2.1." over "4")
    if _is_checked(first) is not None:
        return False  # a row of options
    return row.x0 - 2 <= nxt.x0 < label[0].bbox[0]


def _runs_on_above_value(
    rows: list[Row], i: int, words: list[Word], n: int, entries: Sequence[Entry]
) -> bool:
    """A label whose known wording matched only its start ("Instansi" of "Instansi yang
    menyelenggarakan") runs to the end of its row when the value is on the row below:
    a few plain words in one run, no colon, and an indented row below that is no label."""
    if not 0 < len(words) - n <= 4 or n == 0 or not _runs_on(words, n, len(words)):
        return False
    return _value_below(rows, i, words[0].bbox[0]) and (
        _label_match(rows[i + 1].words, entries) is None
    )


def _gap_groups(words: list[Word], gap: float) -> list[list[Word]]:
    groups: list[list[Word]] = []
    for w in words:
        if groups and w.bbox[0] - groups[-1][-1].bbox[2] < gap:
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def _moved(words: list[Word], x0: float) -> list[Word]:
    """``words`` shifted to start at ``x0`` (their spacing kept)."""
    dx = x0 - words[0].bbox[0]
    return [
        Word(w.text, (w.bbox[0] + dx, w.bbox[1], w.bbox[2] + dx, w.bbox[3]), w.confidence, w.source)
        for w in words
    ]


def _persons_side_by_side(rows: list[Row], entries: Sequence[Entry]) -> list[Row]:
    """Persons printed side by side, one column each under a header row naming them
    ("Uraian | Penanggung Jawab | PJ Teknis", then "Nama | X | Y" ...), as the reader
    knows them: each person's heading, then the detail rows with that person's column."""
    person = [e for e in entries if e.kind.startswith("person:")]
    out: list[Row] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        groups = _gap_groups(_strip_prefix(row.words), COLUMN_GAP_MIN)
        named = [(g, _section_of(" ".join(w.text for w in g))) for g in groups]
        heads = [(g, sec) for g, sec in named if sec is not None]
        if len(heads) < 2 or len({sec for _, sec in heads}) < len(heads) or len(groups) > 3:
            out.append(row)
            i += 1
            continue
        cols = [g[0].bbox[0] for g, _ in heads]
        body: list[Row] = []
        j = i + 1
        while j < len(rows) and rows[j].page is row.page:
            nxt = rows[j]
            if _BLOCK.match(nxt.text()) and nxt.text().upper() == nxt.text():
                break
            if (
                nxt.x0 < cols[0] - COLUMN_SLACK
                and _label_match(_strip_prefix(nxt.words), person) is None
            ):
                # A value wrapped in its cell (starting right of the labels), or a label
                # ("Nama lengkap" over "dan gelar"), still belongs to the table.
                wrapped_value = body and nxt.x0 > body[0].x0 + COLUMN_SLACK
                wrapped_label = body and len(nxt.words) <= 4 and nxt.words[-1].bbox[2] < cols[0]
                if not (wrapped_value or wrapped_label):
                    break
            body.append(nxt)
            j += 1
        if not body:
            out.append(row)
            i += 1
            continue
        label_x = min(r.x0 for r in body)
        # A header centred over its column starts right of the column's values: the
        # column starts where the rows below line their words up, left of its header.
        aligned = _aligned_starts(body)
        cols = [
            max((x for x in aligned if label_x + COLUMN_SLACK < x <= c + 2), default=c)
            for c in cols
        ]
        for k, (g, _) in enumerate(heads):
            lo = cols[k] - COLUMN_SLACK
            hi = cols[k + 1] - COLUMN_SLACK if k + 1 < len(cols) else float("inf")
            out.append(Row(row.page, _moved(g, label_x), label_x, row.top + k * 0.01))
            for r in body:
                words = [
                    w for w in r.words if w.bbox[0] < cols[0] - COLUMN_SLACK or lo <= w.bbox[0] < hi
                ]
                if words:
                    out.append(Row(r.page, words, words[0].bbox[0], r.top + k * 0.01))
        i = j
    return out


def _aligned_starts(rows: list[Row], *, need: int | None = None) -> list[float]:
    """The x positions where at least ``need`` of ``rows`` (default: half of them, two at
    least) start a word, to a point or two: the left edges of a table's columns."""
    need = need or max(2, len(rows) // 2)
    return sorted(x for x, n in _word_starts(rows) if n >= need)


def _word_starts(rows: list[Row]) -> list[tuple[float, int]]:
    """Each x position where words of ``rows`` start (to a point or two), and how many of
    the rows start a word there."""
    starts: list[float] = []
    counts: list[int] = []
    for row in rows:
        seen: set[int] = set()
        for w in row.words:
            at = next((k for k, x in enumerate(starts) if abs(x - w.bbox[0]) <= 2), None)
            if at is None:
                starts.append(w.bbox[0])
                counts.append(0)
                at = len(starts) - 1
            if at not in seen:
                seen.add(at)
                counts[at] += 1
    return list(zip(starts, counts, strict=True))


def _captions_side_by_side(rows: list[Row], entries: Sequence[Entry]) -> list[Row]:
    """Two or three captions on one row, a column apart, each over its own input below
    ("Kabupaten/Kota | Provinsi" over "Kabupaten Klaten | Jawa Tengah", as a web form
    prints): each caption becomes a row of its own, followed by the words of the row
    below that stand in its column. Every group must be a whole label, and the row below
    no label."""
    out: list[Row] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        groups = _gap_groups(row.words, COLUMN_GAP_MIN)
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if (
            not 2 <= len(groups) <= 3
            or any(":" in w.text for w in row.words)
            or any(_whole_label(g, entries) is None for g in groups)
            or any(_marks_before(g[0].bbox, row.page) for g in groups)
        ):
            out.append(row)
            i += 1
            continue
        cols = [g[0].bbox[0] for g in groups]
        below: list[list[Word]] = [[] for _ in groups]
        if (
            nxt is not None
            and nxt.page is row.page
            and nxt.x0 >= cols[0] - 2
            and _label_match(_strip_prefix(nxt.words), entries) is None
            and _whole_label(nxt.words, entries) is None
        ):
            for w in nxt.words:
                k = max(k for k, x in enumerate(cols) if k == 0 or w.bbox[0] >= x - 2)
                below[k].append(w)
            i += 1
        for k, g in enumerate(groups):
            # A caption starts an item wherever it stands (never the value of the one
            # left of it).
            out.append(Row(row.page, g, g[0].bbox[0], row.top + k * 0.01, own_cell=True))
            if below[k]:
                out.append(Row(row.page, below[k], below[k][0].bbox[0], row.top + k * 0.01 + 0.005))
        i += 1
    return out


def _marks_before(box: BBox, page: Page) -> list[Mark]:
    """The page's marks just left of ``box`` on its line (an option's box on a scan)."""
    return [
        m
        for m in page.marks
        if m.bbox[1] < box[3]
        and m.bbox[3] > box[1]
        and box[0] - BOX_BEFORE_GAP <= m.bbox[2] <= box[0] + 1
    ]


#: Header words over the items' column of a yes/no table.
_YES_NO_HEADER = frozenset({"rincian", "uraian", "pertanyaan", "no", "keterangan", "kegiatan"})


def _yes_no_columns(rows: list[Row], entries: Sequence[Entry]) -> list[Row]:
    """Yes/no answered in columns: a header row "Ya | Tidak", then rows with a tick under
    one of them ("Penyuntingan      √", "Dilakukan/diberikan   √"). The header row is
    dropped and each tick becomes the answer's word ("Ya" or "Tidak"); a row's wording
    that is no label ("Dilakukan/diberikan") is dropped with it, so the answer is the
    value of the label above."""
    out: list[Row] = []
    cols: list[tuple[float, str]] | None = None
    for k, row in enumerate(rows):
        keys = [choice_key(w.text) for w in row.words]
        lead = len(keys) - 2
        titled = all(key in _YES_NO_HEADER for key in keys[:lead]) or (
            # A column title of its own ("Kegiatan Pengolahan | Ya | Tidak") over rows
            # ticked at their end.
            lead <= 4
            and not any(c.isdigit() or c == ":" for w in row.words for c in w.text)
            and k + 1 < len(rows)
            and rows[k + 1].words[-1].text in _BOX_TICKS
        )
        if (
            keys[lead:] == ["ya", "tidak"]
            and titled
            and row.words[-1].bbox[0] - row.words[-2].bbox[2] > 10
        ):
            # "Ya | Tidak", also under a header of the items' column ("Rincian | Ya | Tidak").
            cols = [((w.bbox[0] + w.bbox[2]) / 2, w.text) for w in row.words[lead:]]
            header = row
            continue
        if cols is not None and row.page is header.page and len(row.words) >= 2:
            tick = row.words[-1]
            if tick.text in _BOX_TICKS:
                centre = (tick.bbox[0] + tick.bbox[2]) / 2
                answer = min(cols, key=lambda c: abs(c[0] - centre))[1]
                words = row.words[:-1]
                if _label_match(_strip_prefix(words), entries) is None:
                    words = []
                said = Word(answer, tick.bbox, tick.confidence, tick.source)
                # A row that keeps its label is an item of its own ("Penyuntingan  Ya"
                # under "Tahapan Pengolahan"), never the value of the label above.
                out.append(
                    replace(
                        row,
                        words=[*words, said],
                        x0=(words or [said])[0].bbox[0],
                        own_cell=bool(words),
                    )
                )
                continue
        cols = None
        out.append(row)
    return out


def _whole_label(words: list[Word], entries: Sequence[Entry]) -> Entry | None:
    """The entry whose wording is all of ``words`` (a caption), else None."""
    if not words or _is_checked(words[0].text) is not None:
        return None  # an option ("☑ Publikasi cetak")
    found = _label_match(words, entries)
    if found is None or found[2] < len(words):
        return None
    return found[0]


def _strip_prefix(words: list[Word]) -> list[Word]:
    """Drop a leading item number ("R.1.1", "1.2", "a.", "-") so the label comes first."""
    out = list(words)
    for _ in range(3):
        if not out:
            break
        head = out[0].text
        if _ITEM_NUMBER.fullmatch(head):
            out = out[1:]
            continue
        break
    return out


def _label_match(words: list[Word], entries: Sequence[Entry]) -> tuple[Entry, float, int] | None:
    """The entry whose wording best matches the start of ``words``: (entry, score, n words).

    On an OCR row, an item marker OCR garbled beyond :data:`_ITEM_NUMBER` ("&" or "Cc."
    for "c.", "Rae2" for "R.7.2", "—.P aa") may precede the label: up to two such words
    are skipped when the label follows them.
    """
    found = _label_match_at(words, entries)
    if found is None and words and words[0].source == "ocr":
        for skip in (1, 2):
            if len(words) <= skip or not all(_garbled_marker(w.text) for w in words[:skip]):
                break
            later = _label_match_at(words[skip:], entries)
            if later is not None:
                return later[0], later[1], later[2] + skip
    if found is None and words and words[0].source == "ocr":
        found = _label_without_first_word(words, entries)
    return found


#: Score given to a label read from all but its first word (see below): under the normal
#: minimum, so calibration keeps such fields apart from clean matches.
GARBLED_FIRST_WORD_SCORE = 80.0


#: OCR's confidence in a first word below which it may be a garbled label word.
GARBLED_MAX_CONFIDENCE = 0.9


def _label_without_first_word(
    words: list[Word], entries: Sequence[Entry]
) -> tuple[Entry, float, int] | None:
    """On an OCR row, a label whose first word OCR garbled ("maja Kegiatan (jika
    sebagian" for "Wilayah Kegiatan (jika sebagian)", a pen circle over the word): the
    next two or more words must match the wording's next words, and only one key may
    fit, else nothing is read."""
    if words and words[0].confidence >= GARBLED_MAX_CONFIDENCE:
        return None  # a word OCR is sure of is a word, not a garbled label's start
    texts = [tok for w in words[1:6] for tok in choice_key(w.text).split()]
    if len(texts) < 2:
        return None
    fits: dict[str, tuple[Entry, int]] = {}
    for entry in entries:
        for label in entry.labels:
            _, tokens = _wording(label)
            k = 0
            while (
                k + 1 < len(tokens) and k < len(texts) and fuzz.ratio(tokens[k + 1], texts[k]) >= 85
            ):
                k += 1
            if k >= 2 and len(" ".join(tokens[1 : k + 1])) >= 12:
                best = fits.get(entry.key)
                if best is None or k > best[1]:
                    fits[entry.key] = (entry, k)
    if len(fits) != 1:
        return None
    ((entry, k),) = fits.values()
    # k tokens after the first word; count the words they cover.
    covered, seen = 1, 0
    for w in words[1:]:
        if seen >= k:
            break
        seen += len(choice_key(w.text).split())
        covered += 1
    return entry, GARBLED_FIRST_WORD_SCORE, covered


def _garbled_marker(text: str) -> bool:
    """A word short enough to be a misread item marker ("&", "Cc.", "Rae2", "R41")."""
    return len(text) <= 3 or (len(text) <= 6 and any(c.isdigit() for c in text))


#: ``choice_key`` is pure and the same label wordings and words come back on every row:
#: caching it took label matching from about half of a born-digital form's time to little.
choice_key = functools.lru_cache(maxsize=65536)(_choice_key)


@functools.lru_cache(maxsize=4096)
def _wording(label: str) -> tuple[str, tuple[str, ...]]:
    """A label wording as compared: its key and the key's tokens."""
    want = choice_key(label)
    return want, tuple(want.split())


#: Abbreviated label words of old typed templates ("NM. INSTANSI", "ALMT. KANTOR",
#: "JML. PETUGAS", "TGL. RILIS"), read as the words they stand for.
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "nm": ("nama",),
    "thn": ("tahun",),
    "almt": ("alamat",),
    "alm": ("alamat",),
    "prop": ("provinsi",),
    "prov": ("provinsi",),
    "kab": ("kabupaten",),
    "jab": ("jabatan",),
    "telp": ("telepon",),
    "tlp": ("telepon",),
    "frek": ("frekuensi",),
    "pengump": ("pengumpulan",),
    "wil": ("wilayah",),
    "mtd": ("metode",),
    "kues": ("kuesioner",),
    "ptgs": ("petugas",),
    "pend": ("pendidikan",),
    "jml": ("jumlah",),
    "ranc": ("rancangan",),
    "tgl": ("tanggal",),
    "tkt": ("tingkat",),
    "yg": ("yang",),
    "pj": ("penanggung", "jawab"),
    "keg": ("kegiatan",),
    "ref": ("referensi",),
    "dik": ("pendidikan",),
}
#: One-word wordings that also start values ("Kabupaten Gowa", "Kota Surabaya" wrapped
#: onto a line of their own) or longer labels ("Petugas Pencacah : 40"): labels only
#: when their colon follows at once.
_NEEDS_COLON = frozenset({"kabupaten", "kota", "petugas", "periode", "wilayah", "cakupan"})


def _label_match_at(words: list[Word], entries: Sequence[Entry]) -> tuple[Entry, float, int] | None:
    if not words:
        return None
    # Match on tokens ("Jabatan/Unit" is two), then count the words the tokens cover.
    texts: list[str] = []
    owner: list[int] = []
    for index, w in enumerate(words):
        if index and _is_checked(w.text) is not None:
            break  # a box starts the value ("Metode Pengumpulan: [V] ...")
        for tok in choice_key(w.text).split():
            for full in _ABBREVIATIONS.get(tok, (tok,)):
                texts.append(full)
                owner.append(index)
    if not texts:
        return None
    colon = next((i for i, w in enumerate(words) if w.text.endswith(":") or w.text == ":"), None)
    best: tuple[Entry, float, int] | None = None
    best_rank = 0.0
    first_scores: dict[str, float] = {}
    for entry in entries:
        for label in entry.labels:
            want, tokens = _wording(label)
            if not tokens:
                continue
            n = len(tokens)
            first = first_scores.get(tokens[0])
            if first is None:
                first = first_scores[tokens[0]] = fuzz.ratio(tokens[0], texts[0])
            if first < 75:
                continue  # the first word must be there: a label is read from its start
            # Compare the label with the first n tokens (and one more or less: OCR splits).
            for m in (n - 1, n, n + 1):
                if m < 1 or m > len(texts):
                    continue
                if (
                    want in _NEEDS_COLON
                    and (m != 1 or colon not in (0, 1))
                    and not (m == 1 and _translated_label(words, colon))
                ):
                    continue
                got = " ".join(texts[:m])
                score = fuzz.ratio(want, got)
                # A longer wording that matches beats a shorter one ("Nama Instansi" > "Nama");
                # an exact word count beats an OCR split or join.
                rank = score + min(len(want), 40) / 4 - (0 if m == n else 6)
                if score >= LABEL_MIN_SCORE and rank > best_rank:
                    best, best_rank = (entry, score, m), rank
            # A long label wrapped in its cell: all but its last word lead the row.
            if n >= 3 and n - 1 <= len(texts):
                k = 0
                while k < n - 1 and fuzz.ratio(tokens[k], texts[k]) >= 85:
                    k += 1
                rank = LABEL_MIN_SCORE + min(len(want), 40) / 4 - 8
                if k == n - 1 and rank > best_rank:
                    best, best_rank = (entry, LABEL_MIN_SCORE, k), rank
    if best is None:
        return None
    entry, score, m = best
    # A label wrapped or followed by more of its own words ("... Sampling Error Variabel"
    # with "Utama" on the next row): consume every token that continues one of its wordings.
    for label in entry.labels:
        wanted = choice_key(label).split()
        k = 0
        while k < len(wanted) and k < len(texts) and fuzz.ratio(wanted[k], texts[k]) >= 80:
            k += 1
        if k > m and k >= 2:
            score = fuzz.ratio(" ".join(wanted[:k]), " ".join(texts[:k]))
            m = k
    m = owner[m - 1] + 1
    if (
        colon is not None
        and colon >= m - 1
        and colon < m + 6
        and all(
            words[k + 1].bbox[0] - words[k].bbox[2] < COLUMN_GAP_MIN
            for k in range(max(m - 1, 0), colon - (words[colon].text == ":"))
        )
    ):
        # "Nama Lengkap Penanggung Jawab : ..." — the label runs to the colon (a lone colon
        # may stand apart, in its column), unless the colon ends a word across the column
        # gap, in the value ("☒ Sampel probabilitas:").
        m = colon + 1
    elif (
        colon is not None
        and words[colon].text == ":"
        and m <= colon <= m + 4
        and not any(c.isdigit() for w in words[m:colon] for c in w.text)
    ):
        # A second label in a column of its own between the label and a lone colon (the
        # English of a bilingual form: "Instansi Penyelenggara  Organizer  :  Pusat ...").
        m = colon + 1
    return entry, score, m


def _translated_label(words: list[Word], colon: int | None) -> bool:
    """Does a one-word label stand a column apart from a second label, its translation,
    before a lone colon ("Petugas   Field Staff   :   ...")?"""
    return (
        colon is not None
        and 1 < colon <= 5
        and words[colon].text == ":"
        and words[1].bbox[0] - words[0].bbox[2] >= COLUMN_GAP_MIN
        and not any(c.isdigit() for w in words[1:colon] for c in w.text)
    )


def _section_of(text: str) -> str | None:
    key = choice_key(text)
    for wording, section in SECTIONS:
        w = choice_key(wording)
        if key == w or fuzz.ratio(key, w) >= 90:
            return section
    return None


def _heading_in_own_words(text: str) -> str | None:
    """The person section a short heading of its own (no colon, no value, no label of
    an item) names in words no list has: the technical lead is "teknis" or a manager
    ("Pengelola teknis kegiatan"), the person in charge "penanggung jawab" ("Pejabat
    penanggung jawab kegiatan")."""
    key = choice_key(text)
    tokens = key.split()
    if re.search(r"[:?]", text) or len(tokens) > 5 or any(c.isdigit() for c in key):
        return None
    if "teknis" in tokens or "manajer" in tokens:
        return "teknis"
    if "penanggung jawab" in key or "penanggungjawab" in tokens:
        return "penanggung_jawab"
    return None


def _section_in_label(words: list[Word]) -> str | None:
    """A section named inside a colon label ("Nama Lengkap Pelaksana Teknis :")."""
    key = choice_key(" ".join(w.text for w in words))
    for wording, section in SECTIONS:
        if choice_key(wording) in key:
            return section
    return None


def _wrapped_label(rows: list[Row], i: int, entries: Sequence[Entry]) -> bool:
    """Whether row i+1 carries the rest of row i's label (same left edge, no label of its own)."""
    if i + 1 >= len(rows):
        return False
    nxt = rows[i + 1]
    if abs(nxt.x0 - rows[i].x0) >= 2 or nxt.page is not rows[i].page:
        return False
    text = nxt.text()
    if ":" in text or text.upper() == text or _BLOCK.match(text) or _section_of(text):
        return False
    words = _strip_prefix(nxt.words)
    if len(words) < len(nxt.words):
        return False  # a row with its own item number ("R.2.2 Manajer Survei") is a new item
    if _section_of(" ".join(w.text for w in words)):
        return False
    return _label_match(words, entries) is None


def extract_fields(
    document: Document, form_type: str, *, pages: tuple[int, int] | None = None
) -> dict[str, ExtractedField]:
    """Read every FORMS.md key of ``form_type`` that the document fills (see module doc)."""
    entries = ENTRIES[form_type]
    table_entry = next((e for e in entries if e.kind == "variabel"), None)
    rows = _persons_side_by_side(_rows(document, pages), entries)
    rows = _yes_no_columns(_captions_side_by_side(rows, entries), entries)
    state = _State(form_type)
    # Where the rows of each page line their values up (a table's value column): a label
    # ends there, however narrow the gap before it.
    columns: dict[int, list[float]] = {}
    for page_rows in itertools.groupby(rows, key=lambda r: id(r.page)):
        group = list(page_rows[1])
        starts = _aligned_starts(group, need=max(3, len(group) // 5))
        columns[page_rows[0]] = starts[1:]  # (not the left margin)
    hits: list[tuple[int, Entry, float, int, str | None]] = []
    headings: dict[int, str | None] = {}
    column: float | None = None  # value column of the last label with its value beside it
    label_numbered = False  # that label had an item number before it
    label_x0 = 0.0
    table_x0: float | None = None  # left edge of the variabel label while in its table
    table_row = 0  # the number of the table's next row, once its header is seen there
    below: tuple[float, bool] | None = None  # a "Label:" row's left edge, value row seen?
    under: float | None = None  # the left edge of a label whose value is indented below it
    wrapped_heading = -1  # the second row of a heading wrapped in its cell
    boxed: list[tuple[int, Entry, bool, float]] = []  # items answered by a box of their own
    listed: dict[int, dict[str, str]] = {}  # variables asked for in captions, by number
    variable_words: list[Word] = []
    variable_page: Page | None = None
    for i, row in enumerate(rows):
        if i == wrapped_heading:
            continue
        words = _strip_prefix(row.words)
        text = " ".join(w.text for w in words)
        is_block = bool(_BLOCK.match(row.text())) and row.text().upper() == row.text()
        is_block = is_block or (bool(_BLOCK_TITLE.match(row.text())) and len(row.words) <= 7)
        if (
            not is_block
            and len(row.words) <= 6
            and choice_key(row.text()) in _BLOCK_NAMES
            and (len(row.words) >= 3 or _label_match(words, entries) is None)
        ):
            # A block's name alone on a bar ("Rancangan survei"; "Tujuan dan Jadwal",
            # whose first word is an item's label).
            is_block = True
        is_block = is_block or bool(_FORM_SECTION.match(row.text()))
        if (
            is_block
            and _CODE_DOT.match(row.words[0].text)
            and (
                (column is not None and row.x0 >= column - COLUMN_SLACK)
                or sum(bool(_CODE_DOT.match(w.text)) for w in row.words) >= 2
            )
        ):
            # Coded options in capitals ("5. CATURWULANAN 6. SEMESTERAN") in the value
            # column, or several codes on the row: options, not a block heading.
            is_block = False
        if row.own_cell:
            under = below = None  # a cell of its own starts an item, never a value
        if under is not None:
            if not is_block and row.x0 >= under + UNDER_INDENT_MIN:
                continue  # the value (coded options too: "1. Ya (v) 2. Tidak")
            under = None
        if below is not None:
            # The value of "Label:" stands on the rows below it: the first row, and the
            # rows indented from the label's left edge, are not labels.
            numbered = len(words) < len(row.words)
            indented = not below[1] or row.x0 > below[0] + 2
            if (
                not is_block
                and not numbered
                and indented
                and (below[1] or ":" not in text or _label_match(words, entries) is None)
            ):
                below = (below[0], True)
                continue
            below = None
        if is_block:
            title = _BLOCK_PREFIX.sub("", row.text())
            if (
                table_entry is not None
                and "variabel" in choice_key(title).split()
                and i + 1 < len(rows)
                and _VARIABEL_HEADER_ROW.match(choice_key(rows[i + 1].text()))
            ):
                # A block named after the variables ("IV. Variabel") over their table's
                # header row heads the table.
                hits.append((i, table_entry, LABEL_MIN_SCORE, len(words), None))
                column, table_x0, table_row = None, row.x0, 0
                continue
            # A bilingual heading names its block twice, a column apart ("BLOK B.
            # PENANGGUNG JAWAB    SECTION B. PERSONS IN CHARGE"): the first is enough.
            first = " ".join(w.text for w in _gap_groups(row.words, COLUMN_GAP_MIN)[0])
            headings[i] = (
                _section_of(title) or _section_of(_BLOCK_PREFIX.sub("", first)) or "penyelenggara"
            )
            column = table_x0 = None
            continue
        if (
            column is not None
            and column - label_x0 > 40
            and not row.own_cell
            and _stage_row(words, entries) is None
        ):
            # Nothing but garble left of the value column (OCR's "ag" for the label's
            # wrapped "Umum" beside the options' second row): still the value.
            left = [w for w in row.words if w.bbox[0] < column - COLUMN_SLACK]
            if row.x0 >= column - COLUMN_SLACK or (
                len(left) < len(row.words)
                and all(w.source == "ocr" and w.confidence < 0.5 and len(w.text) <= 3 for w in left)
            ):
                continue  # a wrapped value or an option row, not a label
            if (
                label_numbered
                and 0 < len(left) <= 3
                and len(left) < len(row.words)
                and len(_strip_prefix(row.words)) == len(row.words)
                and not any(":" in w.text for w in left)
                and _label_match(left, entries) is None
                and not (table_x0 is not None and _VARIABEL_HEADER_ROW.match(choice_key(text)))
            ):
                # The numbered label's last word wrapped beside its value's next row
                # ("E4 Metode Pengumpulan" over "Data"): still the value (not the header
                # row of the variables table under its label).
                continue
        if table_x0 is not None and row.x0 > table_x0 + 5:
            continue  # a row of the variabel table ("3 Frekuensi pengangkutan sampah")
        if table_x0 is not None and _VARIABEL_HEADER_ROW.match(choice_key(text)):
            table_row = 1
            continue  # its header row, at the label's left edge ("No | Nama Variabel | ...")
        if table_x0 is not None and table_row and row.words[0].text.rstrip(".") == str(table_row):
            table_row += 1
            continue  # its rows numbered 1, 2, ... under that header ("1  Frekuensi ...")
        section = _section_of(text)
        if (
            section is None
            and len(_gap_groups(words, COLUMN_GAP_MIN)) == 1
            and (section := _heading_in_own_words(text)) is not None
            and _label_match(words, entries) is not None
        ):
            section = None  # a person's item naming its person ("Jabatan penanggung jawab")
        if section is None and ":" not in text:
            groups = _gap_groups(words, COLUMN_GAP_MIN)
            if len(groups) == 2:
                # A heading and its translation a column apart ("Manajer Survei  Survey
                # Manager").
                section = _section_of(" ".join(w.text for w in groups[0]))
        if section is None and text.endswith("?") and (inner := re.search(r"\(([^()]+)\)", text)):
            # A question naming its section in brackets ("Siapa yang mengelola survei
            # sehari-hari (manajer survei)?").
            section = _section_of(inner[1])
        if section is not None and i + 1 < len(rows) and rows[i + 1].page is row.page:
            # A heading wrapped in its cell ("Penanggung Jawab" / "Teknis / Pelaksana"):
            # the whole heading may name another section.
            nxt = rows[i + 1]
            if nxt.x0 > row.x0 and ":" not in nxt.text() and len(nxt.words) <= 4:
                whole = _section_of(f"{text} {nxt.text()}")
                if whole is not None and whole != section:
                    section, wrapped_heading = whole, i + 1
        if section is None and ":" not in text and 2 <= len(words) <= 6:
            # A heading that ends with a section's name ("Koordinator Lapangan/Manajer
            # Survei"), when no label reads it.
            key = choice_key(text)
            inside = next((sec for w, sec in SECTIONS if key.endswith(choice_key(w))), None)
            if inside is None and len(_gap_groups(words, COLUMN_GAP_MIN)) == 1:
                # ... or its name and one word more ("Manajer Lapangan").
                inside = next(
                    (
                        sec
                        for w, sec in SECTIONS
                        if key.startswith(choice_key(w) + " ")
                        and len(key.split()) == len(choice_key(w).split()) + 1
                    ),
                    None,
                )
            if inside is not None and _label_match(words, entries) is None:
                section = inside
        if section is not None:
            # A bare heading line: "Penanggung Jawab Kegiatan", "Manajer Survei".
            headings[i] = section
            column = table_x0 = None
            continue
        detail = _VARIABLE_CAPTION.match(choice_key(text))
        if detail and i + 1 < len(rows) and _caption_over_value(rows, i):
            # A web form asks for each variable's details in captions of their own
            # ("Nama variabel 1" over its name, "Referensi waktu variabel 1" ...).
            field = _VARIABLE_FIELDS.get(detail["what"].split()[0])
            if field is not None:
                details = listed.setdefault(int(detail["n"]), {})
                details.setdefault(field, rows[i + 1].text())
                variable_words.extend(rows[i + 1].words)
                variable_page = variable_page or row.page
                headings[i] = None  # it ends the value above
                continue
        if words and _is_checked(words[0].text) is not None:
            # A row of options ("☐ Publikasi cetak ☑ Publikasi elektronik"), or one item
            # answered by its own box ("☒ Penyuntingan (editing)" under "Tahapan
            # pengolahan data").
            item = _boxed_item(words, entries)
            if item is not None:
                boxed.append((i, *item))
            continue
        match = (
            _stage_row(words, entries)
            or _label_match(words, entries)
            or _qualified_label(words, entries)
            or _entry_by_options(rows, i, words, entries)
        )
        if match is None or match[0].kind not in ("enum", "set", "bool", "yesno", "checks"):
            # A label in capitals over boxed options: the options say which item, whether
            # its wording is unknown ("PENYELENGGARAAN KOMPILASI") or another item's
            # ("PETUGAS PENGHIMPUN DATA" reads like the number of collectors).
            match = _entry_by_options_below(rows, i, entries) or match
        if match is None:
            match = _question_label(rows, i, words, entries)
        if match is None and table_x0 is None:
            # (Never in the variables table: its rows hold variables' names.)
            match = _unknown_label(words, row.cell_ends, entries)
        if match is None:
            continue
        column = table_x0 = None
        entry, score, n = match
        if (
            entry.kind == "jadwal"
            and not any(c.isdigit() for w in words[n:] for c in w.text)
            and not (_caption_over_value(rows, i) and _DATE.search(rows[i + 1].text()))
        ):
            # A stage name without dates is prose ("perencanaan program ..." wrapped back
            # to the margin in Word), or an item's label before its options ("Analisis"
            # before "☒ Deskriptif ☐ Inferensial" is the analysis method).
            match = _entry_by_options(rows, i, words, entries)
            if match is None:
                continue
            entry, score, n = match
        elif entry.kind == "heading" and (
            any(w.text.endswith(":") for w in words[: n + 1])
            or (
                0 < len(words) - n <= 2
                and words[n].text.isdigit()
                and words[n].bbox[0] - words[n - 1].bbox[2] >= COLUMN_GAP_MIN
            )
        ):
            # A heading's wording with a value after its colon ("Jumlah Petugas : 6" with
            # "Pengumpul" wrapped below), or a count a column away ("Jumlah Petugas  10"),
            # is an item's label cut short, not a heading; a count of "petugas" beside
            # the heading over the supervisors and collectors counts the collectors.
            if any(w.text not in (":", ".") for w in words[n:]):
                items = [e for e in entries if e.kind != "heading"]
                found = _label_match(words, items)
                if found is None and words[n].text.isdigit() and "petugas" in choice_key(text):
                    counts = [e for e in entries if e.key == "jumlah_enumerator"]
                    found = (counts[0], score, n) if counts else None
                entry, score, n = found or match
        elif entry.kind == "heading" and _caps_over_value(rows, i):
            # ... and so is one in capitals over its value ("ALAMAT LENGKAP" over
            # "Jl. Pahlawan No. 4, ...": the address, not a block of address parts).
            items = [e for e in entries if e.kind != "heading"]
            entry, score, n = _label_match(words, items) or match
        elif entry.kind in _FREE_KINDS and _boxes_follow(words[n:]):
            # A wording of a free-value item before boxed options ("Wilayah yang dicakup :
            # [X] Seluruh Indonesia [ ] Sebagian wilayah"): the options say which item.
            entry, score, n = _entry_by_options(rows, i, words, entries) or match
        elif entry.kind in ("enum", "set"):
            # One item's wording used for another ("Cara pengumpulan data" before the
            # interview methods): options that only the other item lists say which.
            other = _entry_by_options(rows, i, words, entries) or _entry_by_wordings(
                words[n:], entry, entries, n
            )
            if other is not None and other[0].key != entry.key:
                entry, score, n = other
        if entry.key in _COUNT_OF and re.fullmatch(
            r":?\s*\d{1,4}\s*(?:orang|org\.?|petugas)?", " ".join(w.text for w in words[n:])
        ):
            # "Petugas pengumpul data : 6 orang" under "Jumlah petugas": a count.
            entry = next((e for e in entries if e.key == _COUNT_OF[entry.key]), entry)
        if entry.kind not in ("jadwal", "variabel"):
            n = _remark_tail(words, _label_tail(words, n, rows[i].cell_ends, columns[id(row.page)]))
            if _runs_on_above_value(rows, i, words, n, entries):
                n = len(words)
            if 0 < len(words) - n <= 2 and all(
                choice_key(w.text) in _LABEL_ENDINGS for w in words[n:]
            ):
                n = len(words)  # "Wilayah kegiatan survei": the label's own last word
            asked = next(
                (k for k, w in enumerate(words[n:QUESTION_MAX_WORDS], n) if w.text.endswith("?")),
                None,
            )
            if asked is not None and not any(":" in w.text for w in words[n:asked]):
                n = asked + 1  # the rest of the question is the label's ("... atau sensus?")
        if entry.kind == "heading":
            headings[i] = None
            continue
        caps = entry.kind not in ("variabel", "jadwal") and _caps_over_value(rows, i)
        caption = (
            not caps
            and entry.kind != "variabel"
            and not any(c.isdigit() or c == "@" for w in words[n:] for c in w.text)
            and _caption_over_value(rows, i)
        )
        if caps or caption:
            n = len(words)  # the whole row is the label
        rest = [w for w in words[n:] if w.text not in (":", ".")]
        label_words = words[:n]
        if rest and _wrapped_label(rows, i, entries):
            # A label wrapped onto the next row ("Nama Lengkap Penanggung Jawab : X" over
            # "Teknis/Manajer"): its words left of the value column belong to the label.
            label_words = label_words + [
                w for w in rows[i + 1].words if w.bbox[2] < rest[0].bbox[0] - COLUMN_SLACK
            ]
        label_section = _section_in_label(label_words) if len(label_words) > 1 else None
        hits.append((i, entry, score, n, label_section))
        if rest:
            column, label_x0 = rest[0].bbox[0], row.x0
            label_numbered = len(words) < len(row.words)
        elif (
            row.words[-1].text.endswith((":", "?"))
            or caps
            or caption
            or _value_under_number(rows, i)
        ) and entry.kind != "variabel":
            below = (row.x0, False)
        elif words and entry.kind != "variabel" and _value_below(rows, i, words[0].bbox[0]):
            under = words[0].bbox[0]
        if entry.kind == "variabel":
            table_x0, table_row = row.x0, 0

    hit_rows = {h[0] for h in hits} | set(headings)
    for i, entry, score, n, label_section in hits:
        # The section context: the nearest heading above, or one named in the label itself.
        section = label_section
        if section is None:
            for j in range(i - 1, -1, -1):
                if headings.get(j):
                    section = headings[j]
                    break
        section = section or "penyelenggara"
        _read_hit(rows, i, entry, score, n, section, hit_rows, state)
    if listed and table_entry is not None and "variabel" not in state.out:
        wanted = ("nama", "referensi_waktu", "sumber")[: 3 if form_type == "fp-kpa" else 2]
        variables = [
            {k: v for k, v in listed[n].items() if k in wanted}
            for n in sorted(listed)
            if listed[n].get("nama")
        ]
        _field(
            state, "variabel", variables, variable_words, variable_page or rows[0].page,
            score=LABEL_MIN_SCORE, method="caption", normalised=True,
            raw=f"{len(variables)} rows",
        )  # fmt: skip
    for i, entry, checked, score in boxed:
        if entry.key not in state.out:
            _field(
                state, entry.key, checked, rows[i].words, rows[i].page, score=score,
                method="mark", normalised=True, raw=rows[i].text(),
            )  # fmt: skip
    if table_entry is not None and "variabel" not in state.out:
        # "Variabel : lihat Lampiran": the table on an appendix page headed "LAMPIRAN".
        for j, row in enumerate(rows):
            if re.match(r"^lampiran\b", choice_key(row.text())) and len(row.words) <= 8:
                n = len(_strip_prefix(row.words))
                _read_variabel(rows, j, n, hit_rows - {j}, state, LABEL_MIN_SCORE)
                if "variabel" in state.out:
                    break
    return state.out


#: Words that name a stage of the schedule in a row of its table, whatever else the row's
#: wording says ("Persiapan dan perencanaan", "Analisis data dan penyusunan laporan").
_STAGE_WORDS = (
    ("perencanaan", ("perencanaan", "persiapan", "perancangan")),
    ("lapangan", ("lapangan", "pencacahan", "pendataan")),
    ("pengumpulan", ("pengumpulan", "penghimpunan", "pendataan")),
    ("pengolahan", ("pengolahan", "entri", "penyuntingan")),
    ("analisis", ("analisis",)),
    ("diseminasi", ("diseminasi", "publikasi", "penyebarluasan", "rilis")),
)
#: A stage row's wording before its dates has at most this many words.
STAGE_MAX_WORDS = 8


def _stage_row(words: list[Word], entries: Sequence[Entry]) -> tuple[Entry, float, int] | None:
    """A row of the schedule table: a few words naming one stage, then its two dates (or
    one range). The stage word decides, so a wording no office list has is read, and
    "Analisis data  16 Februari 2026  22 Desember 2026" is the analysis stage, not the
    analysis method."""
    n = next((k for k, w in enumerate(words) if any(c.isdigit() for c in w.text)), None)
    if not n or n > STAGE_MAX_WORDS:
        return None
    rest = " ".join(w.text for w in words[n:])
    if len(_DATE.findall(rest)) < 2 and not _date_range(rest):
        return None
    said = set(choice_key(" ".join(w.text for w in words[:n])).split())
    stages = {e.key.split(".", 1)[1]: e for e in entries if e.kind == "jadwal"}
    named = [stage for stage, names in _STAGE_WORDS if stage in stages and said.intersection(names)]
    if len(named) != 1:
        return None
    return stages[named[0]], LABEL_MIN_SCORE, n


#: A label read by what it is about (:data:`CONCEPTS`) has at most this many words; a
#: question asking for its answer beside it, this many.
CONCEPT_MAX_WORDS = 8
QUESTION_MAX_WORDS = 16
#: ... and this score: under the normal minimum, so calibration keeps such fields apart.
CONCEPT_SCORE = 80.0


def _label_span(words: list[Word], cell_ends: frozenset[int]) -> int | None:
    """How many of ``words`` are a label the row itself ends: at its colon, its question
    mark, a column gap or a Word cell's end, with the value after it on the row; None
    when the row shows no such end."""
    for k, w in enumerate(words[: QUESTION_MAX_WORDS + 1]):
        if k + 1 >= len(words):
            return None
        if w.text.endswith(("?", ":")):
            inside = words[: k + 1]
            if any(b.bbox[0] - a.bbox[2] >= COLUMN_GAP_MIN for a, b in itertools.pairwise(inside)):
                return None  # the colon stands in the value, a column away
            return k + 1 if w.text.endswith("?") or k < CONCEPT_MAX_WORDS else None
        if k < CONCEPT_MAX_WORDS and (
            id(w) in cell_ends or words[k + 1].bbox[0] - w.bbox[2] >= COLUMN_GAP_MIN
        ):
            return k + 1
    return None


def _unknown_label(
    words: list[Word], cell_ends: frozenset[int], entries: Sequence[Entry]
) -> tuple[Entry, float, int] | None:
    """A label no wording list has, with its value beside it on the row: read by what it
    is about (:data:`CONCEPTS`: "Cara perolehan data" is the collection method, "Petugas
    mendapat pelatihan" the training), else by its answer, when that is an option of one
    list only ("Apakah survei dilaksanakan satu kali atau berulang?  Berulang")."""
    n = _label_span(words, cell_ends)
    if n is None:
        return None
    label = words[:n]
    if any(c.isdigit() for w in label for c in w.text):
        return None  # a value, a date, a count: no label
    tokens = [
        tok[:-3] if tok.endswith("nya") and len(tok) > 5 else tok
        for tok in choice_key(" ".join(w.text for w in label)).split()
    ]
    if not tokens:
        return None
    text = " ".join(tokens)
    about = _concept_entry(tokens, text, entries)
    answer = " ".join(w.text for w in words[n:] if w.text not in (":", "："))
    named: list[Entry] = []
    for entry in entries:
        if entry.kind not in ("enum", "set") or entry.choice not in LOOKUP:
            continue
        try:
            code = normalise_choice(answer, entry.choice)
        except InvalidValue:
            continue
        if code is not None and entry.key not in {e.key for e in named}:
            named.append(entry)
    if about is not None and (
        about.kind not in ("enum", "set") or not named or about in named or len(named) > 1
    ):
        return about, CONCEPT_SCORE, n
    if len(named) == 1:
        # (Also when the label's words name a choice item whose list lacks the answer:
        # "Bagaimana cara pengumpulan datanya?  Sampel" asks for sample or census.)
        return named[0], CONCEPT_SCORE, n
    return None


def _concept_entry(tokens: list[str], text: str, entries: Sequence[Entry]) -> Entry | None:
    """The entry whose concept (``labels.CONCEPTS``) the label's words name, if any."""
    by_key = {e.key: e for e in entries if e.kind != "heading"}
    return next(
        (
            by_key[key]
            for key, groups in CONCEPTS
            if key in by_key and all(_names_root(tokens, text, roots) for roots in groups)
        ),
        None,
    )


def _names_root(tokens: list[str], text: str, roots: Sequence[str]) -> bool:
    """Does a label (its words, and their text) hold one of ``roots``: a short root as a
    word of its own, a longer one starting a word or inside it between Indonesian
    affixes ("latih": pelatihan, dilatih; "oleh": perolehan, diperoleh; not "tujuan" in
    "persetujuan"), a root of several words in the text."""
    for root in roots:
        if " " in root:
            if root in text:
                return True
        elif len(root) <= 3:
            if root in tokens:
                return True
        elif any(t.startswith(root) or _affixed(t, root) for t in tokens):
            return True
    return False


#: Indonesian prefixes and suffixes a root may stand between; a nasal prefix drops a root's
#: first k, p, t or s ("peng" + "kumpul" + "an": pengumpulan).
_PREFIXES = ("di", "ke", "se", "ter", "ber", "per", "pe", "me", "diper", "memper", "keber")
_NASALS = ("pem", "pen", "peng", "peny", "mem", "men", "meng", "meny")
_SUFFIXES = ("", "an", "kan", "i", "nya", "annya", "kannya")


def _affixed(token: str, root: str) -> bool:
    stems = [(p, root) for p in _PREFIXES + _NASALS]
    if root[0] in "kpts":
        stems += [(p, root[1:]) for p in _NASALS]
    return any(
        token.startswith(p) and token[len(p) :] in {stem + s for s in _SUFFIXES}
        for p, stem in stems
    )


#: A wording this short found inside a question is one word ("Wilayah"): what two of the
#: question's words are about says more.
QUESTION_WORD_LABEL = 10
#: Words that ask a label as a question ("Apakah dilakukan penyuntingan?").
_QUESTION_WORDS = frozenset({"apakah", "dilakukan", "ada", "melakukan"})
#: A known wording after one unknown word must match at least this well.
QUALIFIED_MIN_SCORE = 95.0


def _qualified_label(
    words: list[Word], entries: Sequence[Entry]
) -> tuple[Entry, float, int] | None:
    """A known wording after a question ("Apakah dilakukan Penyuntingan?") or after one
    qualifying word ("Perkiraan Tanggal Rilis", "Banyaknya Supervisor"): the whole label
    must be read, up to its colon, a column gap or the end of the row."""
    skip = 0
    while skip < min(len(words) - 1, 2) and choice_key(words[skip].text) in _QUESTION_WORDS:
        skip += 1
    if skip == 0:
        if len(words) < 2 or not words[0].text.isalpha() or len(words[0].text) < 4:
            return None
        skip = 1
    found = _label_match_at(words[skip:], entries)
    if found is None or found[1] < QUALIFIED_MIN_SCORE:
        return None
    entry, score, n = found
    n += skip
    if n < len(words):
        nxt = words[n]
        ends = nxt.text.startswith(":") or nxt.bbox[0] - words[n - 1].bbox[2] >= COLUMN_GAP_MIN
        if not ends and not words[n - 1].text.endswith((":", "?")):
            return None
    return entry, score, n


#: Kinds whose value is written, not chosen from a list.
_FREE_KINDS = frozenset({"text", "regions", "region"})


#: Words that open a question ("Apa judul survei ...?", "Siapa yang menjadi responden?").
_ASKING = frozenset(
    {"apa", "siapa", "berapa", "bagaimana", "kapan", "mana", "dimana", "mengapa", "seberapa"}
)
#: Kinds a question may ask for with its answer written below it (choices are read by
#: their options, tables by their headers).
_WRITTEN_KINDS = frozenset({"text", "int", "date", "region", "regions"})
#: What a question asks about when no label wording is in it: a word (or two) of the
#: question, its "-nya" dropped, and the key it asks for.
_QUESTION_TOPICS: tuple[tuple[str, str], ...] = (
    ("untuk apa", "tujuan"),
    ("mengapa", "tujuan"),
    ("judul", "judul"),
    ("tahun", "tahun"),
    ("tujuan", "tujuan"),
    ("menyelenggarakan", "penyelenggara.instansi"),
    ("penyelenggara", "penyelenggara.instansi"),
    ("responden", "responden"),
    ("wilayah", "wilayah"),
    ("lokasi", "wilayah"),
    ("fraksi", "fraksi_sampel"),
    ("kerangka", "kerangka_sampel"),
    ("dirilis", "tanggal_rilis"),
    ("rilis", "tanggal_rilis"),
)


def _question_label(
    rows: list[Row], i: int, words: list[Word], entries: Sequence[Entry]
) -> tuple[Entry, float, int] | None:
    """An item asked as a question with its answer written on the rows below ("Apa
    judul survei yang akan dilaksanakan?", "Siapa yang menjadi responden?"): the key is
    the longest label wording inside the question, else the first topic word in it
    (:data:`_QUESTION_TOPICS`). The whole row is the label. Not when the row below holds
    boxed options or another label (sub-items under a question). The answer may start
    the next page."""
    if not words or i + 1 >= len(rows):
        return None
    if rows[i + 1].page is not rows[i].page and rows[i + 1].page.number != rows[i].page.number + 1:
        return None
    tokens = [
        tok[:-3] if tok.endswith("nya") and len(tok) > 5 else tok
        for w in words
        for tok in choice_key(w.text).split()
    ]
    if not tokens or not (words[-1].text.endswith("?") or tokens[0] in _ASKING):
        return None
    below = rows[i + 1]
    if (
        below.x0 < rows[i].x0 - 2
        or _is_checked(below.words[0].text) is not None
        or _label_match(_strip_prefix(below.words), entries) is not None
    ):
        return None
    written = [e for e in entries if e.kind in _WRITTEN_KINDS or e.kind.startswith("person:")]
    best: tuple[int, Entry] | None = None
    ambiguous = False
    for entry in written:
        for label in entry.labels:
            _, want = _wording(label)
            if len(want) > len(tokens) or (best is not None and len(label) < best[0]):
                continue
            for start in range(len(tokens) - len(want) + 1):
                if all(fuzz.ratio(a, b) >= 88 for a, b in zip(want, tokens[start:], strict=False)):
                    if best is not None and len(label) == best[0] and best[1].key != entry.key:
                        ambiguous = True
                    elif best is None or len(label) > best[0]:
                        best, ambiguous = (len(label), entry), False
                    break
    text = " ".join(tokens)
    about = _concept_entry(tokens, text, entries)
    if best is not None and best[0] >= 5 and not ambiguous:
        if (
            about is not None
            and best[0] <= QUESTION_WORD_LABEL
            and about.key != best[1].key
            and len(next(g for k, g in CONCEPTS if k == about.key)) > 1
        ):
            # A one-word wording inside is weaker than what two of its words are about
            # ("Sampai tingkat wilayah mana hasil survei diestimasi?" asks for the
            # estimation level, not the regions).
            return about, CONCEPT_SCORE, len(words)
        return best[1], LABEL_MIN_SCORE, len(words)
    by_key = {e.key: e for e in entries if e.kind != "heading"}
    found = [
        (m.start(), key)
        for topic, key in _QUESTION_TOPICS
        if key in by_key and (m := re.search(rf"\b{topic}\b", text))
    ]
    if not found:
        return None
    return by_key[min(found)[1]], LABEL_MIN_SCORE, len(words)


def _boxed_item(words: list[Word], entries: Sequence[Entry]) -> tuple[Entry, bool, float] | None:
    """A yes/no item answered by its own box before its wording, alone on its row ("☒
    Penyuntingan (editing)", "☐ Entri data"): the item, whether it is ticked, the score."""
    checked = _is_checked(words[0].text)
    if checked is None or len(words) < 2 or _is_checked(words[-1].text) is not None:
        return None
    found = _label_match(words[1:], [e for e in entries if e.kind == "bool"])
    if found is None:
        return None
    entry, score, n = found
    rest = words[1 + n :]
    if rest and not (rest[0].text.startswith("(") and rest[-1].text.endswith(")")):
        return None  # more words than the item's wording and a remark
    return entry, checked, score


def _entry_by_wordings(
    rest: list[Word], entry: Entry, entries: Sequence[Entry], n: int
) -> tuple[Entry, float, int] | None:
    """The choice item whose options the rest of a label's row names, when the item the
    label was read as names none of them: "Pelaksana Pengumpulan" (read like
    "Pelaksanaan") before "Pegawai KSOP / Tenaga mitra/kontrak" is the collectors' item.
    Two of the other item's options must be named."""
    text = choice_key(" ".join(w.text for w in rest))

    def named(choice: str) -> int:
        table = LOOKUP.get(choice, {})
        return len(
            {c for wording, c in table.items() if re.search(rf"\b{re.escape(wording)}\b", text)}
        )

    if not text or named(entry.choice) > 0:
        return None
    best = max(
        ((named(e.choice), e) for e in entries if e.kind in ("enum", "set") and e.choice),
        key=lambda pair: pair[0],
        default=(0, entry),
    )
    return (best[1], CONCEPT_SCORE, n) if best[0] >= 2 else None


def _boxes_follow(rest: list[Word]) -> bool:
    """Does the value start with a box ("[X] Seluruh ...", "☐ Ya"), after a colon?"""
    first = next((w for w in rest[:2] if w.text not in (":", "：")), None)
    return first is not None and (
        first.text in _CHECKED or first.text in _UNCHECKED or first.text in ("[", "(")
    )


def _entry_by_options(
    rows: list[Row], i: int, words: list[Word], entries: Sequence[Entry]
) -> tuple[Entry, float, int] | None:
    """An unknown label before a list of boxed options: the one item whose choice list
    reads every option ("Pendekatan Pemilihan Sampel : ☒ Probabilitas ☐ Non-probabilitas"
    is item 5.5 whatever its wording). The label ends at the first box or column gap."""
    boxes = _CHECKED | _UNCHECKED
    n = next(
        (
            k
            for k in range(1, min(len(words), 9))
            if words[k].text in boxes or words[k].bbox[0] - words[k - 1].bbox[2] >= COLUMN_GAP_MIN
        ),
        None,
    )
    if n is None or any(w.text in boxes for w in words[:n]):
        return None
    page = rows[i].page
    first = words[n].bbox
    # The options' column starts at the box before the first one, when the box is a mark
    # found on the image rather than a word.
    column = min([first[0]] + [m.bbox[0] for m in _marks_before(first, page)])
    lines = [[w for w in words[n:] if w.text not in (":", "：")]]
    for j in range(i + 1, min(len(rows), i + 1 + MAX_VALUE_LINES)):
        if rows[j].page is not page or rows[j].x0 < column - COLUMN_SLACK:
            break
        lines.append(rows[j].words)
    found = _entry_for_options(lines, page, entries)
    return None if found is None else (found, LABEL_MIN_SCORE, n)


def _entry_by_options_below(
    rows: list[Row], i: int, entries: Sequence[Entry]
) -> tuple[Entry, float, int] | None:
    """A label on a row of its own over rows of boxed options ("PETUGAS PENGHIMPUN DATA"
    over "☒ Pegawai instansi ☐ Tenaga kontrak/mitra ...", "Berapa kali survei ini
    dilaksanakan?" over "☐ Satu kali ☑ Berulang"): the one item whose choice list reads
    every option. The whole row is the label."""
    if i + 1 >= len(rows) or rows[i + 1].page is not rows[i].page:
        return None
    if any(_is_checked(w.text) is not None for w in rows[i].words):
        return None  # a row of options itself
    first = rows[i + 1]
    if first.x0 < rows[i].x0 - 2:
        return None
    if not first.words:
        return None
    if _is_checked(first.words[0].text) is None:
        # ... or over a small table of options with a tick column ("Kode | Uraian |
        # Pilihan (√)", then "1  Probabilitas  √").
        lines = [first.words]
        for j in range(i + 2, min(len(rows), i + 1 + MAX_VALUE_LINES)):
            if rows[j].page is not first.page or rows[j].x0 < first.x0 - 2:
                break
            lines.append(rows[j].words)
        if _tick_column(lines) is None:
            return None
        found = _entry_for_options(lines, first.page, entries)
        n = len(_strip_prefix(rows[i].words))
        return None if found is None else (found, LABEL_MIN_SCORE, n)
    lines = [first.words]
    for j in range(i + 2, min(len(rows), i + 1 + MAX_VALUE_LINES)):
        nxt = rows[j]
        if nxt.page is not first.page or not nxt.words or _is_checked(nxt.words[0].text) is None:
            break
        lines.append(nxt.words)
    found = _entry_for_options(lines, first.page, entries, checks=True)
    return None if found is None else (found, LABEL_MIN_SCORE, len(_strip_prefix(rows[i].words)))


def _entry_for_options(
    lines: list[list[Word]], page: Page, entries: Sequence[Entry], *, checks: bool = False
) -> Entry | None:
    """The one choice item whose list reads every one of these options (two at least,
    each with its marker); with ``checks``, a check list's too (options on rows of their
    own: beside a label, its wrapped second row may show only part of the list)."""
    opts = _options(lines, page.marks)
    texts = [" ".join(w.text for w in ws) for chosen, ws in opts if chosen is not None]
    if len(texts) < 2 or len(texts) != len(opts):
        return None
    found: dict[str, Entry] = {}
    for entry in entries:
        if (
            checks
            and entry.kind == "checks"
            and all(
                any(
                    fuzz.partial_ratio(wording, choice_key(text)) >= 95
                    for wording, _ in entry.options
                )
                for text in texts
            )
        ):
            # A check list ("☐ Publikasi cetak ☑ Publikasi elektronik ☑ Data makro").
            found.setdefault(entry.key, entry)
            continue
        if entry.kind not in ("enum", "set") or not entry.choice:
            continue
        try:
            if all(normalise_choice(text, entry.choice) for text in texts):
                found.setdefault(entry.key, entry)
        except InvalidValue:
            continue
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def _unknown_label_row(row: Row, column: float) -> bool:
    """A "label : value" row whose label is not in the vocabulary: it ends the value above
    (its colon stands at or left of the value column, with label words before it), as
    does a row with its own item number ("R.3.2", "3.2") left of the value column."""
    first = row.words[0]
    if first.bbox[0] < column - COLUMN_SLACK and _ITEM_CODE.fullmatch(first.text):
        return True
    for w in row.words[1:]:
        if (w.text == ":" or w.text.endswith(":")) and w.bbox[0] < column + 2:
            return row.words[0].bbox[0] < column - COLUMN_SLACK
    return False


def _value_lines(
    rows: list[Row], i: int, n: int, hit_rows: set[int], *, multiline: bool
) -> list[list[Word]]:
    """The value's words row by row: the rest of the label row, then wrapped rows below."""
    row = rows[i]
    label = _strip_prefix(row.words)
    words = label[n:]
    if words and words[0].text in (":", "：", "."):
        words = words[1:]
    elif words and words[0].text.startswith(":"):
        first = words[0]
        words = [Word(first.text[1:], first.bbox, first.confidence, first.source), *words[1:]]
    lines = _cell_lines(words) if row.own_cell else [words] if words else []
    label_x1 = label[n - 1].bbox[2] if n else row.x0
    start = i + 1
    if (
        not words
        and not row.words[-1].text.endswith((":", "?"))
        and i + 1 < len(rows)
        and i + 1 not in hit_rows
        and rows[i + 1].page is row.page
    ):
        # A label wrapped onto the next row, which ends it with its colon and holds the
        # value ("Apakah data dikumpulkan dari sampel" / "(bukan sensus)? ...: ☑ Ya").
        second = rows[i + 1].words
        colon = next((k for k, w in enumerate(second[:5]) if w.text.endswith(":")), None)
        if colon is not None and 0 < colon < len(second) - 1:
            words = [w for w in second[colon + 1 :] if w.text not in (":", "：")]
            lines = [words] if words else []
            label_x1 = second[colon].bbox[2]
            start = i + 2
    column = words[0].bbox[0] if words else label_x1
    if (
        not words
        and i + 1 < len(rows)
        and i + 1 not in hit_rows
        and rows[i + 1].page is row.page
        and (
            row.words[-1].text.endswith((":", "?"))
            or (label and _value_below(rows, i, label[0].bbox[0]))
            or _caps_over_value(rows, i)
            or _value_under_number(rows, i)
            or _caption_over_value(rows, i)
        )
    ):
        # "Label:" with its value on the rows below, or a label with its value indented
        # on the row below.
        column = rows[i + 1].x0
        if not multiline:
            return [rows[i + 1].words]
    if not multiline:
        return lines
    page = row.page
    for j in range(start, min(len(rows), i + 1 + MAX_VALUE_LINES)):
        if j in hit_rows or rows[j].own_cell:
            break  # a cell of its own holds an item, never a wrapped value
        nxt = rows[j]
        if nxt.page is not page:
            # A long value runs on at the top of the next page, in its column.
            if not lines or column - row.x0 <= 40 or nxt.x0 < column - COLUMN_SLACK:
                break
            page = nxt.page
        if _unknown_label_row(nxt, column):
            break
        head = _strip_prefix(nxt.words)
        if (
            lines
            and len(head) < len(nxt.words)
            and _all_caps(head)
            and not _all_caps([w for line in lines for w in line])
            and (nxt.x0 < column - COLUMN_SLACK or _ITEM_CODE.fullmatch(nxt.words[0].text))
        ):
            # A numbered item in capitals ("III.2 JADWAL TAHAPAN") ends the value; an
            # option in capitals under its code in the value column ("5  PPS") does not.
            break
        if (
            nxt.page.source == "docx"
            and ":" not in nxt.text()
            and (nxt.x0 >= column - COLUMN_SLACK or nxt.x0 <= row.x0 + 1)
        ):
            # Word wraps a tab-aligned value back to the margin.
            lines.append(nxt.words)
            continue
        # Only the words in the value column: a wrapped label may share the row.
        part = [w for w in nxt.words if w.bbox[0] >= column - COLUMN_SLACK]
        if part:
            lines.append(part)
    return lines


def _cell_lines(words: list[Word]) -> list[list[Word]]:
    """The words of a Word cell wrapped over several lines, line by line (a word back
    left and below the one before starts a line)."""
    lines: list[list[Word]] = []
    for w in words:
        if lines and not (
            w.bbox[0] < lines[-1][-1].bbox[0] and w.bbox[1] >= lines[-1][-1].bbox[3] - 1
        ):
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _field(
    state: _State,
    key: str,
    value: Any,
    words: Sequence[Word],
    page: Page,
    *,
    score: float,
    method: str,
    normalised: bool,
    raw: str,
) -> None:
    if key in state.out and state.out[key].signals.get("normalised") == 1 and not normalised:
        return
    if key in state.out and state.out[key].signals.get("normalised") == 1 and normalised:
        return  # the first occurrence wins (a later same-named label is another item)
    ocr = sum(w.confidence for w in words) / len(words) if words else 1.0
    conf = (score / 100) * (0.35 + 0.65 * ocr) * (1.0 if normalised else 0.3)
    box = union_bbox(w.bbox for w in words) if words else (0.0, 0.0, 0.0, 0.0)
    state.out[key] = ExtractedField(
        key=key,
        value=value,
        confidence=round(min(conf, 0.99), 4),
        page=page.number,
        bbox=box,
        raw=raw,
        signals={
            "label_score": round(score, 1),
            "ocr_conf": round(ocr, 4),
            "method": method,
            "normalised": 1 if normalised else 0,
        },
    )


def _read_hit(
    rows: list[Row],
    i: int,
    entry: Entry,
    score: float,
    n: int,
    section: str,
    hit_rows: set[int],
    state: _State,
) -> None:
    kind = entry.kind
    key = entry.key
    page = rows[i].page
    if kind.startswith("person:"):
        if section == "teknis":
            section = TEKNIS_PREFIX[state.form_type]
        if section == "penyelenggara" and key in ("nama", "jabatan"):
            return
        key = f"{section}.{key}"
        kind = kind.split(":", 1)[1]
    if kind == "variabel":
        _read_variabel(rows, i, n, hit_rows, state, score)
        return
    multiline = kind in ("text", "enum", "set", "checks", "regions", "bool", "yesno", "jadwal")
    lines = _value_lines(rows, i, n, hit_rows, multiline=multiline)
    words = [w for line in lines for w in line]
    if not words:
        return
    raw = " ".join(w.text for w in words)
    own = _strip_prefix(rows[i].words)
    if (
        kind in ("phone", "email", "int", "date")
        and not any(c.isdigit() or c == "@" for c in raw)
        and 0 < n < len(own)
        and lines[0]
        and lines[0][0] is own[n]
        and _runs_on(own, n, len(own))
    ):
        return  # the rest of a longer wording ("Nomor faksimile kantor"), its value empty
    if kind == "jadwal":
        found = _DATE.findall(raw)
        if len(found) < 2:
            found = _date_range(raw) or _two_columns(lines) or found
        if len(found) >= 2:
            for end, text in zip(("mulai", "selesai"), found[:2], strict=True):
                _scalar(state, f"{key}.{end}", "date", text, words, page, score, "right")
        elif len(found) == 1:
            # A stage's start and end asked one at a time ("Perencanaan - tanggal mulai"
            # over its date, "... tanggal selesai" over the other).
            asked = set(choice_key(" ".join(w.text for w in rows[i].words)).split())
            which = (
                "mulai"
                if asked & {"mulai", "awal"}
                else "selesai"
                if asked & {"selesai", "akhir"}
                else None
            )
            if which is not None:
                _scalar(state, f"{key}.{which}", "date", found[0], words, page, score, "below")
        return
    if kind in ("enum", "set", "bool", "yesno", "checks"):
        _read_options(state, entry, key, kind, lines, page, score)
        return
    if (
        kind == "phone"
        and key.endswith(".telepon")
        and (
            both := re.match(
                r"(?i)^(.*?\d.*?)[,;]?\s*(?:faks(?:imile?)?|fax)\.?\s*:?\s*(\(?\+?\d.*)$", raw
            )
        )
    ):
        # "Telepon (0551) 21187, faksimile (0551) 21188": the phone, then the fax.
        _scalar(state, key, kind, both[1], words, page, score, "right")
        faks = key.removesuffix(".telepon") + ".faks"
        _scalar(state, faks, kind, both[2], words, page, score, "right")
        return
    if kind == "phone" and key.endswith(".telepon") and " / " in raw:
        label = " ".join(choice_key(w.text) for w in _strip_prefix(rows[i].words)[:n])
        if re.search(r"\bfa(?:x|ks)", label):
            # "TELP/FAX : (0732) 21045 / (0732) 21046": the phone, then the fax.
            phone, fax = (part.strip() for part in raw.split(" / ", 1))
            _scalar(state, key, kind, phone, words, page, score, "right")
            if fax.strip(" -"):
                faks = key.removesuffix(".telepon") + ".faks"
                _scalar(state, faks, kind, fax, words, page, score, "right")
            return
    _scalar(state, key, kind, raw, words, page, score, "right" if lines[0] else "below")


#: A range of dates sharing their month or year: "5 s.d. 30 Januari 2026", "2 Februari
#: s.d. 20 Maret 2026", "5 - 30 Januari 2026", "5 Januari sampai dengan 20 Maret 2026".
_DATE_RANGE = re.compile(
    r"(\d{1,2})(?:\s+([A-Za-z]{3,9})\.?)?(?:\s+(\d{4}))?\s*"
    r"(?:s\.\s?d\.?|s/d|sampai\s+dengan|sampai|hingga|[-–—])\s*"
    r"(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})"
)


def _date_range(raw: str) -> list[str]:
    """Start and end of a date range written once for both ends; [] when there is none
    (or its month is not a month)."""
    match = _DATE_RANGE.search(raw)
    if match is None:
        return []
    d1, m1, y1, d2, m2, y2 = match.groups()
    start, end = f"{d1} {m1 or m2} {y1 or y2}", f"{d2} {m2} {y2}"
    try:
        if normalise_date(start) is None or normalise_date(end) is None:
            return []
    except InvalidValue:
        return []
    return [start, end]


def _two_columns(lines: list[list[Word]]) -> list[str]:
    """Start and end dates written in two table columns, each wrapping over rows."""
    first = lines[0]
    if len(first) < 2:
        return []
    gaps = [(first[k + 1].bbox[0] - first[k].bbox[2], k) for k in range(len(first) - 1)]
    _, k = max(gaps)
    split = first[k + 1].bbox[0] - 1
    left = " ".join(w.text for line in lines for w in line if w.bbox[0] < split)
    right = " ".join(w.text for line in lines for w in line if w.bbox[0] >= split)
    found = [_DATE.findall(left), _DATE.findall(right)]
    return [found[0][0], found[1][0]] if found[0] and found[1] else []


def _normalise(kind: str, raw: str, key: str) -> Any:
    if kind == "text":
        return normalise_text(raw)
    if kind == "int":
        return normalise_int(raw)
    if kind == "date":
        d = normalise_date(raw)
        return d.isoformat() if isinstance(d, date) else d
    if kind == "phone":
        return normalise_phone(raw)
    if kind == "email":
        return normalise_email(raw)
    if kind == "region":
        level = "provinsi" if key.endswith("provinsi") else "kabupaten_kota"
        return normalise_region(raw, level=level)  # type: ignore[arg-type]
    if kind == "regions":
        return normalise_regions(raw)
    if kind == "bool":
        return normalise_bool(raw)
    raise ValueError(kind)


#: A count in a sentence ("1.200 rumah tangga"), not part of a date, a code or a number.
_COUNT = re.compile(r"(?<![\d.,/-])\d{1,3}(?:\.\d{3})*(?![\d,/-]|\.\d)")


def _in_sentence(kind: str, raw: str) -> Any:
    """The value of ``kind`` a sentence gives when it gives one: its only date, or its
    only count; None otherwise."""
    try:
        if kind in ("date", "int"):
            pattern = _DATE if kind == "date" else _COUNT
            found = pattern.findall(raw)
            return _normalise(kind, found[0], "") if len(found) == 1 else None
    except InvalidValue:
        return None
    return None


#: Captions a paper form prints inside a phone number's answer space.
_PHONE_CAPTIONS = re.compile(r"(?i)(?<=\s)(?:kode\s+(?:area|wilayah)|nomor|no\.?)(?=\s|$)")


def _scalar(
    state: _State,
    key: str,
    kind: str,
    raw: str,
    words: Sequence[Word],
    page: Page,
    score: float,
    method: str,
) -> None:
    raw = " ".join(raw.split())
    if kind == "phone":
        # The form's own captions around its boxes ("Kode area 0512 Nomor 21047"); with
        # no number after them, the item was left empty.
        raw = _PHONE_CAPTIONS.sub(" ", f" {raw} ").strip()
    if is_empty(raw):
        return
    if words and all(w.source == "ocr" for w in words):
        repaired = _ocr_repair(kind, raw)
        if repaired != raw:
            try:
                value = _normalise(kind, repaired, key)
            except InvalidValue:
                value = None
            if value is not None:
                _field(
                    state,
                    key,
                    value,
                    words,
                    page,
                    score=score,
                    method=method,
                    normalised=True,
                    raw=raw,
                )
                return
    try:
        value = _normalise(kind, raw, key)
    except InvalidValue:
        said = _in_sentence(kind, raw)
        if said is not None:
            # The one date or number a sentence gives ("Hasil survei dirilis pada tanggal
            # 1 September 2026."): a little less sure than a value alone.
            _field(
                state, key, said, words, page, score=score * OCR_REPAIR_FACTOR,
                method="sentence", normalised=True, raw=raw,
            )  # fmt: skip
            return
        # Kept as read with a low confidence: validation turns it into a finding.
        _field(state, key, raw, words, page, score=score, method=method, normalised=False, raw=raw)
        return
    if value is None:
        return
    _field(state, key, value, words, page, score=score, method=method, normalised=True, raw=raw)


# --- options ----------------------------------------------------------------------------


#: A typed box OCR glued to its wording or half lost: "(X)Ya", "X)Ya", "(XX)", "( )inferensia".
_GLUED_BOX = re.compile(r"^(\(?\s*[Xx]{1,2}\s*\)|\(\s*\))(.*)$")

#: Typed "[√]" / "[v]" as OCR reads it off a photo: "IV)", "(Iv)", "(vj", "IVl", "(VJ".
_TICKED_BRACKET = re.compile(r"^[\[(|]?I?[vV√✓][\])|JjlI1]?$")
#: The halves of a typed "[ ]" as OCR reads them: "(", ")", "J", "( )", "(J", "J)".
_EMPTY_BRACKET = re.compile(r"^(?:[\[(]\s*[\])J]?|[\])J]\)?)$")
#: A bracket box glued to its option's wording: ")Satu", "JHarian", "IVlYa", "(vjYa".
_GLUED_BRACKET = re.compile(
    r"^([\[(|]?I?[vV][\])|Jjl]|[\[(]?[\])]|J)((?:[A-Z0-9]|(?<=[)\]])[a-z]).*)$"
)


#: OCR's confidence under which the words after a block heading on a dark bar are the
#: bar's texture read as letters ("III. TUJUAN DAN JADWAL #0010 ani MAA ...").
BAR_JUNK_CONFIDENCE = 0.5


def _block_bar(words: list[Word]) -> list[Word]:
    """A block heading printed white on a dark bar, as OCR reads it off a photo: the
    heading in capitals, then a run of low-confidence junk to the bar's end, dropped."""
    sure = list(itertools.takewhile(lambda w: w.confidence >= BAR_JUNK_CONFIDENCE, words))
    if len(sure) == len(words) or len(sure) < 2:
        return words
    text = " ".join(w.text for w in sure)
    if not (_BLOCK.match(text) and text.upper() == text):
        return words
    if any(w.confidence >= BAR_JUNK_CONFIDENCE for w in words[len(sure) :]):
        return words
    return sure


def _bracket_boxes(words: list[Word], *, after_boxes: bool = False) -> list[Word]:
    """Typed bracket boxes on a photo or scan ("[√] Berulang  [ ] Satu kali"), which OCR
    reads as "IV)", "(Iv)", "( J", ")Satu", as the box words "[X]" and "[ ]". Only on a
    row with two boxes at least, one of them ticked, so a stray bracket in prose stays as
    it is; or, ``after_boxes`` (the options of the row above wrap onto this one), on a
    row that starts with a box."""
    if not words or words[0].source != "ocr":
        return words
    parts: list[tuple[Word, str | None]] = []  # word, "x" / "o" for a box part, None
    for w in words:
        m = _GLUED_BRACKET.match(w.text)
        if m and w.text not in ("IV", "Iv"):
            x0, y0, x1, y1 = w.bbox
            split = x0 + (x1 - x0) * len(m[1]) / len(w.text)
            parts.append((Word(m[1], (x0, y0, split, y1), w.confidence, w.source), None))
            parts.append((Word(m[2], (split, y0, x1, y1), w.confidence, w.source), None))
        else:
            parts.append((w, None))
    parts = [
        (w, "x" if _TICKED_BRACKET.match(w.text) and w.text not in ("V", "v", "IV", "Iv")
         else "o" if _EMPTY_BRACKET.match(w.text) else None)
        for w, _ in parts
    ]  # fmt: skip
    if after_boxes and parts[0][1] is None and (m := re.match(r"^[1lI|]([A-Z].*)$", words[0].text)):
        # The wrapped row's first box read as a "1" glued to its option ("1D4/S1").
        w = words[0]
        x0, y0, x1, y1 = w.bbox
        split = x0 + (x1 - x0) / len(w.text)
        parts[0:1] = [
            (Word("[ ]", (x0, y0, split, y1), w.confidence, w.source), "o"),
            (Word(m[1], (split, y0, x1, y1), w.confidence, w.source), None),
        ]
    wrapped = after_boxes and parts[0][1] is not None
    if not wrapped and (
        sum(kind is not None for _, kind in parts) < 2 or not any(k == "x" for _, k in parts)
    ):
        return words
    out: list[Word] = []
    k = 0
    while k < len(parts):
        w, kind = parts[k]
        if kind is None:
            out.append(w)
            k += 1
            continue
        # "(" and "J" read apart are one box; so are the halves of a ticked one.
        box, ticked = w.bbox, kind == "x"
        height = w.bbox[3] - w.bbox[1]
        while (
            k + 1 < len(parts)
            and parts[k + 1][1] is not None
            and parts[k + 1][0].bbox[0] - box[2] < 0.6 * height
            and not (w.text.endswith((")", "]")) and kind == "x")
        ):
            k += 1
            nxt, nkind = parts[k]
            box = union_bbox([box, nxt.bbox])
            ticked = ticked or nkind == "x"
            if nxt.text.endswith((")", "]", "J", "j")):
                break
        out.append(Word("[X]" if ticked else "[ ]", box, w.confidence, w.source))
        k += 1
    return out


def _split_glued_boxes(words: list[Word]) -> list[Word]:
    """OCR words with a typed box glued on split into the box ("(X)" or "( )") and the rest."""
    out: list[Word] = []
    for w in words:
        m = _GLUED_BOX.match(w.text)
        if m is None or w.text in _CHECKED or w.text in _UNCHECKED:
            out.append(w)
            continue
        box = "( )" if "x" not in m[1].lower() else "(X)"
        x0, y0, x1, y1 = w.bbox
        split = x0 + (x1 - x0) * len(m[1]) / len(w.text)
        out.append(Word(box, (x0, y0, split, y1), w.confidence, w.source))
        if m[2]:
            out.append(Word(m[2], (split, y0, x1, y1), w.confidence, w.source))
    return out


def _is_checked(text: str) -> bool | None:
    if text in _CHECKED:
        return True
    if text in _UNCHECKED:
        return False
    box = _BOX.fullmatch(text)
    if box:
        return bool(box[1])
    return None


def _options(
    lines: list[list[Word]], marks: Sequence[Mark]
) -> list[tuple[bool | None, list[Word]]]:
    """Split option words into options: (chosen?, words of the option's wording).

    ``chosen`` is None when the layout shows no marker at all (a value written out).
    """
    listed = _ticked_list(lines) or _tick_column(lines) or _marks_under(lines)
    if listed is not None:
        return listed
    circles = [m.bbox for m in marks if m.kind == "circle"]
    written: set[str] = set()
    if not circles:
        written, lines = _written_codes(lines)
    words = [w for line in lines for w in line]
    # "( )", "[ X ]" print as two or three words; join them.
    joined: list[Word] = []
    for w in words:
        if joined and (
            (_BOX_OPEN.fullmatch(joined[-1].text) and _BOX_CLOSE.fullmatch(w.text))
            or (joined[-1].text in ("(", "[") and w.text in _BOX_TICKS)
        ):
            prev = joined.pop()
            joined.append(
                Word(prev.text + w.text, union_bbox([prev.bbox, w.bbox]), w.confidence, w.source)
            )
        else:
            joined.append(w)
    words = joined
    if words and words[0].source == "ocr":
        words = _split_glued_boxes(words)
    if circles:
        words = _split_circled(words, circles)
        if words and words[0].source == "ocr":
            words = _empty_circles_as_codes(words, circles)
    if words and words[0].source == "ocr":
        words = _boxes_as_glyphs(words, [m for m in marks if m.kind != "circle"])
    glyphs = [k for k, w in enumerate(words) if _is_checked(w.text) is not None]
    if not circles and glyphs and glyphs[0] > 0 and glyphs[-1] == len(words) - 1:
        # Boxes after their wordings ("Satu kali ☐  Berulang ☒"): each closes the option
        # before it.
        after: list[tuple[bool | None, list[Word]]] = []
        start = 0
        for k in glyphs:
            # Coded options without a box of their own before the boxed one ("1. Seluruh
            # Indonesia 2. Sebagian wilayah (v)"): each code starts an option, unticked.
            cuts = [j for j in range(start + 1, k) if _CODE.match(words[j].text)]
            for lo, hi in zip([start, *cuts], cuts, strict=False):
                after.append((False, words[lo:hi]))
            after.append((_is_checked(words[k].text), words[cuts[-1] if cuts else start : k]))
            start = k + 1
        return [(c, ws) for c, ws in after if ws]
    coded_after = _codes_after(words, circles, written)
    if coded_after is not None:
        return coded_after
    checked_marks = [m.bbox for m in marks if m.kind in ("checked", "unchecked")]
    out: list[tuple[bool | None, list[Word]]] = []
    has_marker = False
    # Lettered options ("a. Ya  b. Tidak") when at least two letters mark them.
    lettered = len({w.text[0] for w in words if _LETTER_CODE.match(w.text)}) >= 2
    # A number in a sentence ("kuota, 40 rumah tangga per kelurahan") is no option code:
    # printed codes start at 1.
    numbers = {m[1] for w in words if (m := _CODE.match(w.text))}
    prose_numbers = bool(words) and words[0].source != "ocr" and "1" not in numbers
    for w in words:
        if w.text == "&" and len(out) == 7 and w.source == "ocr":
            # OCR's "&" for the code "8." after the seventh option ("(7)Tahunan & Lebih
            # dari setahun").
            w = Word("8.", w.bbox, w.confidence, w.source)
        if w.text in _TICK_AFTER and out and out[-1][1]:
            # A tick typed after the option's wording ("1. Satu kali (v) 2. Berulang").
            out[-1] = (True, out[-1][1])
            has_marker = True
            continue
        state = _is_checked(w.text)
        code = (None if prose_numbers else _CODE.match(w.text)) or (
            _LETTER_CODE.match(w.text) if lettered else None
        )
        if code is not None and state is None and out and out[-1][0] and not out[-1][1]:
            continue  # the code of the option a box just before it opened ("(X) b. Ya")
        marker = state is not None or (code is not None and (circles or len(words) > 2))
        if marker:
            has_marker = True
            chosen = state
            if code is not None and state is None:
                chosen = any(_inside(w.bbox, c) for c in circles) or code[1] in written
            # A checkbox Mark (DOCX, AcroForm) just left of the word says it too.
            for b in checked_marks:
                if abs(b[2] - w.bbox[0]) < 4 and abs(b[1] - w.bbox[1]) < 6:
                    chosen = (
                        True
                        if any(m.bbox == b and m.kind == "checked" for m in marks)
                        else bool(chosen)
                    )
            out.append((chosen, []))
        elif out:
            out[-1][1].append(w)
        else:
            out.append((None, [w]))
    if not has_marker:
        return [(None, words)]
    return [(c, ws) for c, ws in out if ws]


def _codes_after(
    words: list[Word], circles: Sequence[BBox], written: set[str]
) -> list[tuple[bool | None, list[Word]]] | None:
    """Codes printed after their wordings ("Sampel 1   Sensus 2", "Ya 1  Tidak 2", as
    paper forms print them), the chosen ones circled or typed into answer boxes: each
    code closes the option before it. None when the words are no such list: they must
    start with a wording, end with a code, and have two codes or more, numbered up from
    1 in the order printed (a count in a sentence is no code)."""
    if len(words) < 4 or _CODE.match(words[0].text) or _LETTER_CODE.match(words[0].text):
        return None
    coded = [(k, int(m[1])) for k, w in enumerate(words) if (m := _CODE.match(w.text))]
    at = [k for k, _ in coded]
    numbers = [number for _, number in coded]
    if len(at) < 2 or at[-1] != len(words) - 1 or any(b - a < 2 for a, b in itertools.pairwise(at)):
        return None
    # A circled code read as junk was given the code "0." by _split_circled.
    known = [n for n in numbers if n]
    if not known or known != sorted(set(known)) or known[0] > 2:
        return None
    if any(words[k].text.endswith(".") and numbers[j] for j, k in enumerate(at)):
        return None  # "1." opens an option: codes before their wordings
    out: list[tuple[bool | None, list[Word]]] = []
    start = 0
    for k, number in zip(at, numbers, strict=True):
        chosen = any(_inside(words[k].bbox, c) for c in circles) or str(number) in written
        out.append((chosen, words[start:k]))
        start = k + 1
    return out


#: Ticks typed after a chosen option's wording in a list separated by semicolons.
_BARE_TICKS = frozenset("√✓✔")


def _ticked_list(lines: list[list[Word]]) -> list[tuple[bool | None, list[Word]]] | None:
    """Options written as a list separated by semicolons, a tick after each chosen one
    ("Satu kali; Berulang √", "Harian; ... Tahunan √; Lebih dari satu tahun"); None when
    the words are no such list. A line break also ends an option."""
    words = [w for line in lines for w in line]
    if not any(w.text.rstrip(";") in _BARE_TICKS for w in words):
        return None
    if not any(w.text.endswith(";") for w in words):
        return None
    out: list[tuple[bool | None, list[Word]]] = [(False, [])]
    for line in lines:
        if out[-1][1]:
            out.append((False, []))  # a line ends the option (no ";" at the wrap)
        for w in line:
            text = w.text.rstrip(";")
            if text in _BARE_TICKS:
                out[-1] = (True, out[-1][1])
            elif text:
                out[-1][1].append(
                    Word(text, w.bbox, w.confidence, w.source) if text != w.text else w
                )
            if w.text.endswith(";"):
                out.append((False, []))
    return [(c, ws) for c, ws in out if ws]


#: Header words of a small table of options ("Kode | Uraian | Pilihan (√)").
_OPTION_TABLE_HEADER = frozenset({"kode", "uraian", "pilihan", "pilih", "jawaban", "tanda", "no"})


def _tick_column(lines: list[list[Word]]) -> list[tuple[bool | None, list[Word]]] | None:
    """Options one a line, perhaps under a header "Kode | Uraian | Pilihan (√)", the
    chosen ones with a tick a column to the right of their wording ("2  Berulang    √"):
    each line an option, its code dropped. None for anything else."""
    body = list(lines)
    header = bool(body and body[0]) and all(
        choice_key(w.text) in _OPTION_TABLE_HEADER or not choice_key(w.text) for w in body[0]
    )
    if header:
        body = body[1:]
    if len(body) < 2:
        return None
    out: list[tuple[bool | None, list[Word]]] = []
    ticks: list[float] = []
    for line in body:
        words = [w for w in line if w.text]
        if not words:
            continue
        tick = words[-1].text in _BARE_TICKS and len(words) >= 2
        if tick:
            if not header and words[-1].bbox[0] - words[-2].bbox[2] < COLUMN_GAP_MIN:
                return None  # a tick typed after its wording: not a column
            ticks.append(words[-1].bbox[0])
            words = words[:-1]
        if _CODE.match(words[0].text) and len(words) > 1:
            words = words[1:]
        if any(_is_checked(w.text) is not None for w in words):
            return None  # boxes of their own: the usual reading
        out.append((tick, words))
    if not ticks or max(ticks) - min(ticks) > 12:
        return None
    return out


def _marks_under(lines: list[list[Word]]) -> list[tuple[bool | None, list[Word]]] | None:
    """Options as a row of cells, each wording (perhaps wrapped in its cell) with the
    chosen ones marked by an "X" typed under it ("Survei sampel | Sensus" over "X"):
    the cells are the columns the wordings' words overlap in, and a mark chooses the
    cell it stands in. None unless the last lines hold only marks."""
    k = len(lines)
    while k > 0 and lines[k - 1] and all(w.text in _BOX_TICKS for w in lines[k - 1]):
        k -= 1
    marks = [w for line in lines[k:] for w in line]
    wording = [w for line in lines[:k] for w in line]
    if not marks or not wording or any(w.text in _BOX_TICKS for w in wording):
        return None
    cells: list[list[Word]] = []
    for w in sorted(wording, key=lambda w: w.bbox[0]):
        gap = 0.5 * (w.bbox[3] - w.bbox[1])
        cell = next(
            (
                c
                for c in cells
                if w.bbox[0] <= max(x.bbox[2] for x in c) + gap
                and w.bbox[2] >= min(x.bbox[0] for x in c) - gap
            ),
            None,
        )
        if cell is None:
            cells.append([w])
        else:
            cell.append(w)
    if len(cells) < 2:
        return None
    chosen = [False] * len(cells)
    for m in marks:
        centre = (m.bbox[0] + m.bbox[2]) / 2
        hit = [
            i
            for i, c in enumerate(cells)
            if min(x.bbox[0] for x in c) - 4 <= centre <= max(x.bbox[2] for x in c) + 4
        ]
        if len(hit) != 1:
            return None
        chosen[hit[0]] = True
    return [
        (chosen[i], sorted(c, key=lambda w: (round(w.bbox[1]), w.bbox[0])))
        for i, c in enumerate(cells)
    ]


def _written_codes(lines: list[list[Word]]) -> tuple[set[str], list[list[Word]]]:
    """Codes typed into the paper form's answer boxes: bare numbers standing apart at the
    end of a line of coded options ("1. Sekali  2. Berulang      [2]"). Returns the codes
    and the lines without them."""
    codes = {m[1] for line in lines for w in line if (m := _CODE_DOT.match(w.text))}
    found: set[str] = set()
    out = []
    for line in lines:
        said = next((k for k, w in enumerate(line) if _ANSWER_WORD.fullmatch(w.text)), None)
        if said is not None:
            # "1. Satu kali  2. Berulang   JAWAB: 2" (also "Jawaban : 1, 4").
            given = {t for w in line[said + 1 :] for t in re.findall(r"\d{1,2}", w.text)}
            if (
                given
                and given <= codes
                and all(re.fullmatch(r"[:\d,;/ ]+|dan", w.text) for w in line[said + 1 :])
            ):
                found |= given
                out.append(line[:said])
                continue
        k = len(line)
        while (
            k >= 2
            and re.fullmatch(r"\d{1,2}", line[k - 1].text)
            and line[k - 1].bbox[0] - line[k - 2].bbox[2] >= 3
        ):
            k -= 1
        tail = {w.text for w in line[k:]}
        # The boxes stand well apart from the option wordings (boxes may touch each other).
        if tail and tail <= codes and line[k].bbox[0] - line[k - 1].bbox[2] >= 10:
            found |= tail
            line = line[:k]
        out.append(line)
    return found, out


_CODE_DOT = re.compile(r"^(\d{1,2})[.)]$")
#: The word before the chosen codes written after a coded list ("JAWAB: 2").
_ANSWER_WORD = re.compile(r"(?i)(?:jawab|jawaban|pilihan|dipilih)\s*:?")
_GLUED_CODE = re.compile(r"^(\d{1,2}\.)([^\d\W].*)$")


#: A ring OCR read nothing in stands at most this far (points) right of the option word
#: before it.
EMPTY_CIRCLE_GAP = 24.0


def _empty_circles_as_codes(words: list[Word], circles: Sequence[BBox]) -> list[Word]:
    """A circled code OCR dropped altogether ("Ya  Tidak 2" for "Ya (1) Tidak 2" on a
    scan): a ring on one of the options' lines that holds no word becomes a code word
    "0." in its place, after the word just left of it."""
    out = list(words)
    for c in circles:
        cy = (c[1] + c[3]) / 2
        if any(
            _inside(w.bbox, c) or (w.bbox[0] < c[2] and w.bbox[2] > c[0])
            for w in out
            if w.bbox[1] < cy < w.bbox[3]
        ):
            continue  # a word stands in it (read by _split_circled)
        left = [
            k
            for k, w in enumerate(out)
            if w.bbox[1] < cy < w.bbox[3]
            and w.bbox[2] <= c[0] + 1
            and c[0] - w.bbox[2] <= EMPTY_CIRCLE_GAP
        ]
        if not left:
            continue
        k = max(left, key=lambda j: out[j].bbox[2])
        cx = (c[0] + c[2]) / 2
        out.insert(k + 1, Word("0.", (cx - 1, cy - 1, cx + 1, cy + 1), out[k].confidence, "ocr"))
    return out


def _split_circled(words: list[Word], circles: Sequence[BBox]) -> list[Word]:
    """OCR glues a code to its wording ("1.Harian") and reads a circled code as junk
    ("(@Berulang", "(Dcross"): split the code off, and put a code word for the circle."""
    out: list[Word] = []
    for w in words:
        x0, y0, x1, y1 = w.bbox
        glued = _GLUED_CODE.match(w.text)
        circled = next(
            (c for c in circles if c[0] - 2 <= x0 <= c[2] and min(y1, c[3]) - max(y0, c[1]) > 0),
            None,
        )
        if circled is not None and not _CODE.match(w.text):
            cx = (circled[0] + circled[2]) / 2
            cy = (circled[1] + circled[3]) / 2
            out.append(Word("0.", (cx - 1, cy - 1, cx + 1, cy + 1), w.confidence, w.source))
            text = w.text[2:] if w.text.startswith("(") else w.text
            text = re.sub(r"^[^\w]+", "", text)
            if text and x1 > circled[2] + 1:  # (a word within the ring is its code's garble)
                out.append(Word(text, (circled[2], y0, x1, y1), w.confidence, w.source))
        elif glued:
            split = x0 + (x1 - x0) * len(glued[1]) / len(w.text)
            out.append(Word(glued[1], (x0, y0, split, y1), w.confidence, w.source))
            out.append(Word(glued[2], (split, y0, x1, y1), w.confidence, w.source))
        else:
            out.append(w)
    return out


#: First characters of what OCR makes of a printed box glued to the next word.
_BOX_MISREADS = frozenset("OoCcQDGWMHEIl|[(0&@©®¤aqUuLJ")
_BOX_MISREAD_CHARS = "".join(sorted(_BOX_MISREADS))
#: How far (points) left of the first option word its box may end.
BOX_BEFORE_GAP = 8.0


def _boxes_as_glyphs(words: list[Word], boxes: Sequence[Mark]) -> list[Word]:
    """On an OCR page, put a ☒/☐ word for each checkbox found in the image among the value
    words, and drop what OCR made of the box itself ("O", "CO", "&", the "O" of
    "OMingguan").

    ``words`` are in reading order, line after line; each glyph goes into the line it
    shares most height with, before the first word right of it. (Sorting all the words
    into rows again would split a skewed line in two and mix up its options.)
    """
    if not boxes:
        return words
    top = min(w.bbox[1] for w in words)
    bottom = max(w.bbox[3] for w in words)
    # A box just left of the first option (its wording begins a gap after it) is its box.
    left = min(w.bbox[0] for w in words) - BOX_BEFORE_GAP
    mine = [m for m in boxes if m.bbox[1] < bottom and m.bbox[3] > top and m.bbox[2] >= left]
    if not mine:
        return words
    lines: list[list[Word]] = []
    previous: Word | None = None
    for w in words:
        if previous is None or w.bbox[0] < previous.bbox[0] - 1:
            lines.append([])  # back to the left: the next line
        previous = w
        box = next((m.bbox for m in mine if _over_box(w.bbox, m.bbox)), None)
        if box is None:
            lines[-1].append(w)
            continue
        if w.bbox[2] <= box[2] + 2:
            continue  # the box itself, misread
        # Glued: cut the characters that lie over the box -- when OCR read the box as
        # something ("OMingguan", "&Ya"); a word that starts like a wording ("Ya" whose
        # box was read as nothing but whose bbox took the box in) stays whole.
        share = (box[2] - w.bbox[0]) / max(w.bbox[2] - w.bbox[0], 1e-6)
        cut = max(1, round(len(w.text) * share))
        if w.text[0] not in _BOX_MISREADS and w.text[0].isalpha() and len(w.text) > cut:
            cut = 0
        # Never more than the leading characters a box is misread as ("(Tidak" loses
        # its "(", not its "T", when the box is wider than the bracket OCR saw).
        lead = len(w.text) - len(w.text.lstrip(_BOX_MISREAD_CHARS))
        if lead:
            cut = min(cut, lead)
        text = re.sub(r"^[^\w(]+", "", w.text[cut:])
        if text:
            lines[-1].append(
                Word(text, (box[2], w.bbox[1], w.bbox[2], w.bbox[3]), w.confidence, w.source)
            )
    lines = [line for line in lines if line]
    for m in mine:
        glyph = Word("☒" if m.kind == "checked" else "☐", m.bbox, m.confidence, "ocr")
        shares = [
            min(m.bbox[3], max(w.bbox[3] for w in line))
            - max(m.bbox[1], min(w.bbox[1] for w in line))
            for line in lines
        ]
        if not lines or max(shares) <= 0:
            # A line of nothing but boxes: a line of its own, in its place from the top.
            at = sum(1 for line in lines if min(w.bbox[1] for w in line) < m.bbox[1])
            lines.insert(at, [glyph])
            continue
        line = lines[shares.index(max(shares))]
        cx = (m.bbox[0] + m.bbox[2]) / 2
        k = next((k for k, w in enumerate(line) if (w.bbox[0] + w.bbox[2]) / 2 > cx), len(line))
        line.insert(k, glyph)
    return [w for line in lines for w in line]


def _over_box(word: BBox, box: BBox) -> bool:
    """Does an OCR word start on a checkbox (the box misread, or glued to the wording)?"""
    if not box[0] - 6 <= word[0] <= box[2]:
        return False
    if min(word[3], box[3]) <= max(word[1], box[1]):
        return False
    across = min(word[2], box[2]) - max(word[0], box[0])
    return across > 0.4 * min(word[2] - word[0], box[2] - box[0])


def _inside(word: BBox, circle: BBox) -> bool:
    cx = (word[0] + word[2]) / 2
    cy = (word[1] + word[3]) / 2
    return circle[0] - 2 <= cx <= circle[2] + 2 and circle[1] - 2 <= cy <= circle[3] + 2


def _read_options(
    state: _State,
    entry: Entry,
    key: str,
    kind: str,
    lines: list[list[Word]],
    page: Page,
    score: float,
) -> None:
    opts = _options(lines, page.marks)
    if len(opts) == 1 and opts[0][0] is None:
        # The option written out: "Frekuensi : Tahunan".
        words = opts[0][1]
        raw = " ".join(w.text for w in words)
        if kind == "checks":
            # Only the chosen products written out: those named are on, the rest off; a
            # clause that denies some ("...; tidak ada publikasi cetak") names none.
            said = _without_denials(words)
            raw = " ".join(w.text for w in said)
            _read_checks(state, entry, [(said, raw)], words, page, score, "option_text")
            return
        _choice(state, entry, key, kind, raw, words, page, score, "option_text")
        return
    chosen = [_leading_option(ws, entry.choice) for c, ws in opts if c]
    method = "mark"
    if kind == "checks":
        if not any(c is not None for c, _ in opts):
            return
        every = [w for ws in opts for w in ws[1]]
        # An option with no marker among marked ones lost its code or box on the scan
        # (a circle OpenCV did not find): whether it was chosen is not known.
        unsure = [" ".join(w.text for w in ws) for c, ws in opts if c is None]
        _read_checks(state, entry, chosen, every, page, score, method, unsure=unsure)
        return
    if (
        not chosen
        and kind == "bool"
        and len(opts) == 2
        and [c for c, _ in opts].count(None) == 1
        and [c for c, _ in opts].count(False) == 1
        and page.source == "ocr"
    ):
        # One answer kept its code, uncircled ("2. Tidak"); the other's code is garble
        # glued to its wording ('("ya' for a circled "1. Ya" no circle was found for):
        # that one was circled, when it reads as the other answer.
        lost = next(ws for c, ws in opts if c is None)
        other = _as_bool(" ".join(w.text for w in next(ws for c, ws in opts if c is False)))
        text = " ".join(w.text for w in lost)
        if other is not None and re.match(r"^[^\w\s]", text) and _as_bool(text) is (not other):
            _field(
                state, key, not other, lost, page, score=score * OCR_REPAIR_FACTOR,
                method=method, normalised=True, raw=text,
            )  # fmt: skip
        return
    if not chosen:
        return
    if kind == "bool" and len(chosen) == 1 and len(opts) == 2 and _as_bool(chosen[0][1]) is None:
        # The chosen answer's wording went with its circle ("(Wa" for a circled "1. Ya");
        # the other answer, read and not chosen, says which it was.
        answer = _as_bool(next(" ".join(w.text for w in ws) for c, ws in opts if not c))
        if answer is not None:
            _field(
                state, key, not answer, chosen[0][0], page, score=score * OCR_REPAIR_FACTOR,
                method=method, normalised=True, raw=chosen[0][1],
            )  # fmt: skip
            return
    words = [w for ws, _ in chosen for w in ws]
    raw = "; ".join(text for _, text in chosen)
    _choice(state, entry, key, kind, raw, words, page, score, method)


def _leading_option(words: list[Word], choice: str) -> tuple[list[Word], str]:
    """A chosen option's words, and their text: all of them, or when those name no option
    of list ``choice``, the first words that do. The options after a marked one that lost
    their own empty boxes (a blank of dots painted out, a box OCR did not see) run on
    after its wording: "X Bulanan Triwulanan Caturwulanan" is "Bulanan"."""
    text = " ".join(w.text for w in words)
    first = _cell_lines(words)[0] if len(words) >= 2 else words
    if not choice or choice not in LOOKUP:
        if len(first) < len(words) and _as_bool(" ".join(w.text for w in first)) is not None:
            return first, " ".join(w.text for w in first)  # "☒ Ya" over "Tidak"
        return words, text
    if len(words) < 2:
        return words, text
    try:
        if normalise_choice(text, choice) is not None:
            return words, text
    except InvalidValue:
        pass
    if len(first) < len(words):
        # One option a line ("Deskriptif" over "Inferensia" over "Deskriptif dan
        # inferensia"): the marked line, by its wording or one it names ("SLTA/sederajat").
        head = " ".join(w.text for w in first)
        key = choice_key(head)
        named = {
            c
            for wording, c in LOOKUP[choice].items()
            if re.search(rf"\b{re.escape(wording)}\b", key)
        }
        try:
            if normalise_choice(head, choice) is not None or len(named) == 1:
                return first, head
        except InvalidValue:
            if len(named) == 1:
                return first, head
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(w.text for w in words[:n])
        try:
            if normalise_choice(head, choice) is not None:
                return words[:n], head
        except InvalidValue:
            continue
    return words, text


def _past_stray_letters(raw: str, read: Callable[[str], Any], *, retry: bool = True) -> Any:
    """``read`` the ";"-separated answers; with ``retry``, again without one or two stray
    letters before each (a circled code read by OCR leaves them: "Dya" for a circled
    "1. Ya"). Raises the last InvalidValue when no reading works."""
    error: InvalidValue | None = None
    for cut in (0, 1, 2) if retry else (0,):
        text = "; ".join(item.strip()[cut:] for item in raw.split(";"))
        if cut and any(is_empty(item) for item in text.split(";")):
            continue  # nothing left to read: not an empty answer
        try:
            return read(text)
        except InvalidValue as exc:
            error = exc
    assert error is not None  # (the first reading, uncut, is always tried)
    raise error


def _as_bool(text: str) -> bool | None:
    """An answer's wording as yes/no, also with a stray letter or two of its box or
    circle before it; None when it is neither."""
    try:
        value: bool | None = _past_stray_letters(text, normalise_bool)
    except InvalidValue:
        return None
    return value


#: Words that deny what follows them in a clause.
_DENIALS = frozenset({"tidak", "tanpa", "bukan", "belum"})


def _without_denials(words: list[Word]) -> list[Word]:
    """``words`` without the clauses (ended by ";", "." or ",") that hold a denial."""
    out: list[Word] = []
    clause: list[Word] = []
    for w in words:
        clause.append(w)
        if w.text.endswith((";", ".", ",")) or w is words[-1]:
            if not any(choice_key(c.text) in _DENIALS for c in clause):
                out.extend(clause)
            clause = []
    return out


def _read_checks(
    state: _State,
    entry: Entry,
    chosen: list[tuple[list[Word], str]],
    every: list[Word],
    page: Page,
    score: float,
    method: str,
    *,
    unsure: Sequence[str] = (),
) -> None:
    """One bool per target of a check list; a target may have several wordings. A target
    named only by an ``unsure`` option (chosen or not, nobody can tell) is left out."""
    found: dict[str, list[Word] | None] = {}
    matched: set[int] = set()
    for wording, target in entry.options:
        # partial_ratio: OCR may leave a bit of the circle before the wording.
        hit = [
            k for k, (_, text) in enumerate(chosen)
            if fuzz.partial_ratio(wording, choice_key(text)) >= 95
        ]  # fmt: skip
        matched.update(hit)
        if hit and found.get(target) is None:
            found[target] = chosen[hit[0]][0]
        else:
            found.setdefault(target, None)
    for k, (option_words, text) in enumerate(chosen):
        # A chosen wording OCR misread ("joata mikro" for a circled "4. Data mikro"): the
        # one target it is clearly closest to.
        if k in matched:
            continue
        best: dict[str, float] = {}
        for wording, target in entry.options:
            best[target] = max(best.get(target, 0.0), fuzz.partial_ratio(wording, choice_key(text)))
        ranked = sorted(((v, t) for t, v in best.items()), reverse=True)
        if (
            ranked
            and ranked[0][0] >= 85
            and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= 5)
            and found.get(ranked[0][1]) is None
        ):
            found[ranked[0][1]] = option_words
    if method == "option_text" and not any(found.values()):
        return  # text that names no product: not this list
    for wording, target in entry.options:
        if found.get(target) is None and any(
            fuzz.partial_ratio(wording, choice_key(text)) >= 95 for text in unsure
        ):
            found.pop(target, None)
    raw = "; ".join(t for _, t in chosen)
    for target, words in found.items():
        _field(
            state,
            target,
            words is not None,
            words or every[:1],
            page,
            score=score,
            method=method,
            normalised=True,
            raw=raw,
        )


#: Items whose labels offices word alike ("Metode Penarikan Sampel" for the sampling
#: family, item 5.5, or for the technique, 5.6): an option of the other item's list moves
#: the value there. Key and choice list share the name.
SIBLING_CHOICES = {"metode_sampel": "metode_pemilihan", "metode_pemilihan": "metode_sampel"}


def _choice(
    state: _State,
    entry: Entry,
    key: str,
    kind: str,
    raw: str,
    words: Sequence[Word],
    page: Page,
    score: float,
    method: str,
) -> None:
    raw = " ".join(raw.split())
    if is_empty(raw):
        return
    if kind in ("bool", "yesno"):
        raw = re.sub(r"^\([^()]*\)\s*", "", raw)  # a remark ending the label: "(laman) Ya"
    if kind == "yesno":
        # A yes/no question for a choice ("Apakah kegiatan ini berulang?  [X] Ya  [ ] Tidak"):
        # read the answer as a bool, and the entry's options name the code of each answer.
        answers = dict(entry.options)
        before = state.out.get(key)
        if _as_bool(raw) is None and key in LOOKUP:
            # Answered with the options themselves ("Apakah data dikumpulkan dari seluruh
            # populasi atau dari sampel?  ☑ Survei sampel  ☐ Sensus"): the key's own list.
            _choice(state, replace(entry, choice=key), key, "enum", raw, words, page, score, method)
            return
        _choice(state, entry, key, "bool", raw, words, page, score, method)
        got = state.out.get(key)
        if got is not None and got is not before and isinstance(got.value, bool):
            state.out[key] = replace(got, value=answers["ya" if got.value else "tidak"])
        return
    value: Any = None
    read: Callable[[str], Any] = (
        normalise_bool
        if kind == "bool"
        else (lambda text: normalise_choice(text, entry.choice))
        if kind == "enum"
        else (lambda text: normalise_choices(text, entry.choice))
    )
    try:
        value = _past_stray_letters(raw, read, retry=method == "mark")
    except InvalidValue:
        sibling = SIBLING_CHOICES.get(key) if kind == "enum" else None
        if sibling is not None:
            # "Metode Penarikan Sampel" names either item: the chosen option tells which.
            try:
                value = normalise_choice(raw, sibling)
            except InvalidValue:
                value = None
            if value is not None:
                _field(
                    state, sibling, value, words, page, score=score, method=method,
                    normalised=True, raw=raw,
                )  # fmt: skip
                return
        if words and all(w.source == "ocr" for w in words):
            value = _ocr_choice(kind, entry.choice, raw)
        if value is None and method in ("option_text", "mark"):
            # A wording of the office's own ("Pegawai/ASN dinas"): the list's wordings it
            # names.
            value = _sentence_choice(
                kind, entry.choice, raw, min_words=1 if method == "mark" else 3
            )
        if value is None:
            _field(
                state, key, raw, words, page, score=score, method=method, normalised=False, raw=raw
            )
            return
        # A fuzzy reading of misread wordings: a little less sure than an exact one.
        score *= OCR_REPAIR_FACTOR
    if value is None:
        return
    _field(state, key, value, words, page, score=score, method=method, normalised=True, raw=raw)


# --- variabel -------------------------------------------------------------------------------


_VARIABEL_HEADER_WORDS = frozenset(
    [
        "no",
        "nama",
        "variabel",
        "referensi",
        "waktu",
        "sumber",
        "data",
        "definisi",
        "konsep",
        "satuan",
        "keterangan",
        "kode",
    ]
)


def _variabel_columns(row: Row) -> list[tuple[float, str]]:
    """The variables table's columns a header row names: (left edge, key filled)."""
    out = []
    for w in row.words:
        k = choice_key(w.text)
        name = next((key for head, key in _VARIABEL_HEADS if k.startswith(head)), None)
        if name is not None:
            out.append((w.bbox[0], name))
    return out


def _header_words_only(row: Row) -> bool:
    """Does ``row`` hold nothing but words of the variables table's header?"""
    tokens = choice_key(re.sub(r"\bref\b", "referensi", row.text().lower())).split()
    return bool(tokens) and all(t in _VARIABEL_HEADER_WORDS | {"administrasi"} for t in tokens)


def _lines_of_next_row(body: list[Row]) -> set[int]:
    """Body rows that belong to the table row numbered below them.

    A table whose cells are aligned to the bottom prints a wrapped name's first lines
    above the row's number. Table rows are set apart by cell padding, lines within a cell
    by the leading: between two numbered rows the widest gap is the table-row boundary,
    and the lines after it belong to the second number. (Text-layer pages only: a DOCX
    row is one row, OCR line tops are too uneven.)
    """
    numbered = [
        k
        for k, row in enumerate(body)
        if row.words and re.fullmatch(r"\d{1,3}[.:,]?", row.words[0].text)
    ]
    out: set[int] = set()
    if numbered and body[numbered[0]].page.source == "text":
        # Above the first number: lines of the first row (not a "(1) (2) (3)" row, not
        # the second line of the header).
        first = body[numbered[0]]
        out.update(
            k
            for k in range(numbered[0])
            if body[k].page is first.page
            and re.search(r"[^\W\d_]{2}", body[k].text())
            and not {t for t in choice_key(body[k].text()).split() if len(t) > 1}
            <= _VARIABEL_HEADER_WORDS
        )
    for p, q in itertools.pairwise(numbered):
        run = body[p : q + 1]
        if q - p < 2 or any(r.page is not run[0].page for r in run) or run[0].page.source != "text":
            continue
        gaps = [run[k + 1].top - run[k].top for k in range(len(run) - 1)]
        widest = max(range(len(gaps)), key=gaps.__getitem__)
        if widest < len(gaps) - 1 and gaps[widest] >= gaps[-1] + 2:
            out.update(range(p + widest + 1, q))
    return out


#: Variable-table header words that start a column, and the key the column fills ("" for
#: columns not read: a definition, concept, unit, code or note).
_VARIABEL_HEADS = (
    # Named too, for tables whose columns come in another order ("Sumber Data | Nama
    # Variabel | Periode Referensi").
    ("nama", "nama"),
    ("periode", "referensi_waktu"),
    ("referensi", "referensi_waktu"),
    ("ref", "referensi_waktu"),
    ("sumber", "sumber"),
    ("definisi", ""),
    ("konsep", ""),
    ("satuan", ""),
    ("keterangan", ""),
    ("kode", ""),
)
_REF_INLINE = re.compile(r"^(?P<nama>.*?)\s*\(\s*referensi waktu\s*:\s*(?P<ref>.*?)\)?\s*$", re.I)


def _read_variabel(
    rows: list[Row], i: int, n: int, hit_rows: set[int], state: _State, score: float
) -> None:
    """A table No | Nama | Referensi waktu [| Sumber], or numbered "nama (referensi waktu: x)"."""
    head = _strip_prefix(rows[i].words)[n:]
    if head and head[0].text == ":":
        head = head[1:]
    if any(w.text.endswith("?") for w in head):
        head = []  # the label asked as a question ("Variabel apa saja yang dikumpulkan?")
    columns: list[tuple[float, str]] = []  # header column starts and the key each one fills
    body: list[Row] = []
    start = Row(rows[i].page, head, head[0].bbox[0], rows[i].top) if head else None
    candidates = ([start] if start else []) + rows[i + 1 : i + 60]
    idx = i
    for row in candidates:
        if row is not start:
            idx = rows.index(row)
            if idx in hit_rows:
                break
        text = choice_key(row.text())
        text = re.sub(r"\bref\b", "referensi", text)  # "REF. WAKTU"
        if "referensi" in text and not re.match(r"^\d", text) and not columns:
            # The header row, and the rows of a header wrapped in its cells above it
            # ("Referensi" over "No. | Nama Variabel | Referensi | Sumber" over "Waktu").
            while body and _header_words_only(body[-1]):
                columns += _variabel_columns(body.pop())
            columns = sorted(columns + _variabel_columns(row))
            continue
        if columns and not any(r is not start for r in body) and _header_words_only(row):
            columns = sorted(columns + _variabel_columns(row))
            continue  # ... and below it
        if columns and "referensi" in text and re.match(r"^(no|nama)\b", text):
            continue  # the header row repeated on the next page
        body.append(row)
    if not columns and body and body[0].page.source == "ocr":
        # OCR lost the header row ("Referensi Waktu" dropped next to a rule): the column
        # the numbered rows all jump to is the reference-time column.
        columns = _gap_columns(body)
    if columns and body:
        # A header centred over its column starts right of the column's cells: the
        # column starts where the rows below line their words up, left of its header.
        aligned = _aligned_starts(body, need=2)
        snapped: list[tuple[float, str]] = []
        for x, name in columns:
            after = snapped[-1][0] if snapped else float("-inf")
            snapped.append((max((a for a in aligned if after < a <= x + 2), default=x), name))
        columns = snapped
    items: list[dict[str, str]] = []
    words_used: list[Word] = []
    page = rows[i].page
    # (The rest of the label's own row is never part of a table row.)
    ahead = {k for k in _lines_of_next_row(body) if body[k] is not start} if columns else set()
    pending: list[Row] = []
    # A table without a number column: each row with cells in two columns or more starts
    # a variable, a row with its first cell only continues it (a name wrapped).
    unnumbered = bool(columns) and not any(
        r.words and re.fullmatch(r"\d{1,3}[.:,]?", r.words[0].text) for r in body
    )
    for at, row in enumerate(body):
        if at in ahead:
            pending.append(row)
            continue
        ws = [w for w in row.words if w.text not in (".",)]
        if not ws:
            continue
        if unnumbered and ws[0].bbox[0] < columns[0][0] - COLUMN_SLACK:
            break  # the next item, left of the table
        numbered = re.fullmatch(r"\d{1,3}[.:,]?", ws[0].text) or (
            ws[0].source == "ocr" and re.fullmatch(r"[IlL|][L.,]", ws[0].text)  # "1." as "IL"
        )
        in_columns = {sum(1 for x, _ in columns if w.bbox[0] >= x - 3) for w in ws}
        if unnumbered and (len(in_columns) >= 2 or not items):
            items.append({})
        elif numbered:
            ws = ws[1:]
            items.append({})
            # Lines of this table row printed above its number (cells aligned to the bottom).
            ws = [w for r in pending for w in r.words] + ws
            pending = []
        elif not items:
            if columns and len(in_columns) >= 2 and _second_row_next(body, at):
                items.append({})  # the first row, its number lost on a photo
            else:
                continue
        elif ws[0].source == "ocr" and _all_caps(ws) and len(in_columns) == 1:
            break  # what OCR kept of the next block's heading on a dark bar ("OMPILA")
        item = items[-1]
        if columns:
            parts: dict[str, list[str]] = {}
            for w in ws:
                col = sum(1 for x, _ in columns if w.bbox[0] >= x - 3)
                name = columns[col - 1][1] if col else "nama"
                if name:  # a definition, unit or code column is not read
                    parts.setdefault(name, []).append(w.text)
            for name, part in parts.items():
                item[name] = (item.get(name, "") + " " + " ".join(part)).strip()
        else:
            item["nama"] = (item.get("nama", "") + " " + " ".join(w.text for w in ws)).strip()
        words_used.extend(ws)
    out: list[dict[str, str]] = []
    for item in items:
        if not columns and "nama" in item:
            m = _REF_INLINE.match(item["nama"])
            if m:
                ref, _, sumber = m["ref"].rstrip(")").partition("; sumber:")
                item = {"nama": m["nama"], "referensi_waktu": ref}
                if sumber:
                    item["sumber"] = sumber
        clean = {k: " ".join(v.split()) for k, v in item.items() if not is_empty(v)}
        if page.source == "ocr":
            # A cell's left rule read as "(": drop it when nothing closes it.
            clean = {k: v.lstrip("(") if ")" not in v else v for k, v in clean.items()}
        if clean.get("nama"):
            out.append(clean)
    if out:
        _field(
            state,
            "variabel",
            out,
            words_used,
            page,
            score=score,
            method="cell",
            normalised=True,
            raw=f"{len(out)} rows",
        )


def _second_row_next(body: list[Row], at: int) -> bool:
    """Is the row after ``body[at]`` the table's row "2" (so this one, unnumbered, is
    row 1)?"""
    if at + 1 >= len(body) or not body[at + 1].words:
        return False
    return re.fullmatch(r"2[.:,]?", body[at + 1].words[0].text) is not None


#: A gap between words this wide (points) may separate two table columns.
COLUMN_GAP_PT = 12.0


def _gap_columns(body: list[Row]) -> list[tuple[float, str]]:
    """The second column of a numbered table read without its header: where most numbered
    rows resume after their widest gap (within 6 pt), or nothing when they do not agree."""
    starts: list[float] = []
    numbered = 0
    for row in body:
        ws = row.words
        if not ws or not re.fullmatch(r"\d{1,3}[.:]?", ws[0].text):
            continue
        numbered += 1
        ws = ws[1:]
        gaps = [(ws[k + 1].bbox[0] - ws[k].bbox[2], k) for k in range(len(ws) - 1)]
        if gaps and max(gaps)[0] >= COLUMN_GAP_PT:
            starts.append(ws[max(gaps)[1] + 1].bbox[0])
    if numbered < 3 or len(starts) < 0.7 * numbered:
        return []
    starts.sort()
    middle = starts[len(starts) // 2]
    agree = [x for x in starts if abs(x - middle) <= 6.0]
    if len(agree) < 0.7 * numbered:
        return []
    return [(min(agree), "referensi_waktu")]


# --- OCR noise ------------------------------------------------------------------------------

#: What OCR makes of table rules, dust and cell edges: words of these characters only.
_OCR_JUNK = re.compile(r"^[|!¦£_~`'‘’\"“”,;:.—–-]+$")
_OCR_EDGE = "|¦!‘’“”`~_\"'"


#: A cross typed over a dotted blank, what is left of the blank's dots glued to it.
_DOTTED_MARK = re.compile(r"[.…·]+[Xx×][.…·]*|[.…·]*[Xx×][.…·]+")


def _ocr_words(words: list[Word]) -> list[Word]:
    """An OCR row without rule and speck debris: stray "|", "!", quotes and lone punctuation
    at the ends of the row, and rule strokes glued to a word ("|Dermaga", "Tengah|").

    A colon inside the row is kept (it ends a label), and so is a lone "-" (an empty item).
    """
    out: list[Word] = []
    for w in words:
        if w.source != "ocr":
            out.append(w)
            continue
        text = w.text.strip(_OCR_EDGE) if len(w.text) > 1 else w.text
        if not text or (text in "|¦!'‘’“”`~_£—–,;."):
            continue
        if _DOTTED_MARK.fullmatch(text):
            text = "X"  # a cross typed on a dotted blank ("..X..") before an option
        out.append(w if text == w.text else Word(text, w.bbox, w.confidence, w.source))
    # Debris at the row's ends: a trailing ":" or "." after the value is a cell edge.
    while out and out[-1].source == "ocr" and _OCR_JUNK.match(out[-1].text) and len(out) > 1:
        if out[-1].text == "-" and len(out) <= 2:
            break
        out.pop()
    return out


#: Label score factor for an option read by fuzzy matching of an OCR-garbled wording.
OCR_REPAIR_FACTOR = 0.9
#: Least rapidfuzz ratio of a garbled wording to a known one, and the lead it needs over
#: the best wording of any other code.
OCR_CHOICE_MIN = 78.0
OCR_CHOICE_MARGIN = 4.0
#: What OCR reads for a "+" before a country code, and for an "@".
_PLUS_MISREAD = re.compile(r"^[#“”\"'*«»tT¥±‡]\s*(?=62\b|62[\s(-]|\(62)")
_PLUS_AS_DIGIT = re.compile(r"^[14]\s?(?=62\s?[2-9])")
_AT_MISREAD = "@©®QD"
_AT_LETTER_MISREADS = "e@©®QaDOo2"
_MAIL_PROVIDERS = (
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "ymail.com",
)


def _ocr_repair(kind: str, raw: str) -> str:
    """Undo OCR's usual misreads in a value of ``kind`` before normalising it.

    Phones: a speck before the number ("5 021 ..."), a "+" read as "#", a quote or a
    digit ("#62 511 ...", "462511 ...", "162 822-..."; no Indonesian number starts 16 or
    46 after its trunk 0 is gone). E-mails: an "@" read as a letter or lost
    ("dewi.ratnasari Dbangka.go.id", "retno83egmail.com"), "!" for "l"/"1". Counts: "|",
    "l", "I" or "!" for 1 before the unit ("| orang"). Dates: glued parts spaced
    ("2Mei2026"), a misread month name taken as the nearest one ("Fcb").
    """
    text = raw.strip()
    if kind == "phone":
        # A speck before the number: one character, then the trunk "0", "+" or "(".
        text = re.sub(r"^\S\s+(?=[0+(])", "", text)
        # A typewriter's dotted zero read as "9" before an area code or a mobile prefix
        # ("9813 ..." for "0813 ...", "(9512)" for "(0512)"): no number starts 98 or 95.
        text = re.sub(r"^(\(?)9(?=[1-9]\d)", r"\g<1>0", text)
        text = _PLUS_MISREAD.sub("+", text)
        digits = re.sub(r"\D", "", text)
        if not text.startswith("+") and 11 <= len(digits) <= 16:
            text = _PLUS_AS_DIGIT.sub("+", text)
        return text
    if kind == "email":
        # No address has two dots running: the rest of a dotted line it was typed over.
        text = re.sub(r"\.{2,}", ".", text).strip(".")
        text = re.sub(r"(?<=[a-z])!", "l", text)
        text = re.sub(r"!", "1", text)
        if "@" not in text:
            tokens = text.split()
            if len(tokens) >= 2 and "." in tokens[-1]:
                domain = tokens[-1]
                local = "".join(t for t in tokens[:-1] if len(t) > 1 or t.isalnum())
                if domain[0] in _AT_MISREAD and re.match(r"^.[a-z0-9-]+\.", domain):
                    domain = domain[1:]
                elif len(tokens) >= 3 and len(tokens[-2]) == 1:
                    local = "".join(tokens[:-2])
                text = f"{local}@{domain}"
        if "@" not in text:
            # "retno.rahayu83egmail.com": the "@" before a big mail provider read as a letter.
            for provider in _MAIL_PROVIDERS:
                at = text.rfind(provider) - 1
                if at > 0 and text[at] in _AT_LETTER_MISREADS:
                    text = text[:at] + "@" + text[at + 1 :]
                    break
        return text
    if kind == "int":
        return re.sub(r"^[|lI!](?=\s+[^\W\d_])", "1", text)
    if kind == "date":
        # "2Mei2026" glued, "Fcb" for "Feb": space the parts, take the nearest month name.
        text = re.sub(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)", " ", text)
        return re.sub(r"[^\W\d_]{3,9}", _nearest_month, text)
    return text


def _nearest_month(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.casefold() in MONTHS:
        return word
    scored = sorted(((fuzz.ratio(word.casefold(), m), m) for m in MONTHS), reverse=True)
    if scored[0][0] >= 66 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return word


def _sentence_choice(kind: str, name: str, raw: str, *, min_words: int = 3) -> Any:
    """A choice answered in a sentence ("Data dikumpulkan melalui survei sampel.",
    "Ya, seluruh kuesioner disunting.", "Sampel dipilih secara non-probabilitas."): a
    yes/no by its first word; otherwise the option wordings the sentence names, longest
    first and not overlapping (one code for a single choice, else nothing)."""
    text = choice_key(raw)
    if len(text.split()) < min_words:
        return None
    if kind == "bool":
        first = text.split()[0]
        return True if first == "ya" else False if first == "tidak" else None
    wordings = sorted(LOOKUP.get(name, {}).items(), key=lambda item: -len(item[0]))
    taken: list[tuple[int, int]] = []
    codes: list[str] = []
    for wording, code in wordings:
        for m in re.finditer(rf"\b{re.escape(wording)}\b", text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            if code not in codes:
                codes.append(code)
    if kind == "set":
        return sorted(codes) or None
    both = [c for c in codes if c in _BOTH]
    if len(both) == 1:
        return both[0]  # "staf ... (gabungan staf dan mitra)": the both option names the others
    if len(codes) == 2:
        # Both single options named ("Staf dinas dan mitra"): the list's "both" option.
        both = [c for c in _BOTH if c in LOOKUP.get(name, {}).values()]
        others = set(LOOKUP.get(name, {}).values()) - set(both)
        if len(both) == 1 and set(codes) == others:
            return both[0]
    return codes[0] if len(codes) == 1 else None


#: Codes that mean both of a list's two other options.
_BOTH = ("keduanya", "gabungan")


def _ocr_choice(kind: str, name: str, raw: str) -> Any:
    """The option(s) an OCR-garbled wording most likely names, or None when unsure.

    Each chosen item is compared with every wording of the choice list (rapidfuzz ratio
    on the normalised key, also without one or two stray leading letters left by a
    circle or a box); it must score :data:`OCR_CHOICE_MIN` and lead every other code by
    :data:`OCR_CHOICE_MARGIN`. Ya/Tidak: a short item ending like "ya" ("Dva", "yi") is
    Ya, one close to "tidak" is Tidak.
    """
    items = [item.strip() for item in raw.split(";") if item.strip()]
    if not items:
        return None
    codes: list[Any] = []
    for item in items:
        key = choice_key(item)
        if kind == "bool":
            if fuzz.partial_ratio("tidak", key) >= 80:
                codes.append(False)
            elif len(key) <= 4 and ("y" in key or key.endswith("a")):
                codes.append(True)
            else:
                return None
            continue
        table = LOOKUP.get(name, {})
        best: dict[str, float] = {}
        for cut in (0, 1, 2):
            probe = key[cut:].strip()
            if len(probe) < 4:
                continue
            for wording, code in table.items():
                best[code] = max(best.get(code, 0.0), fuzz.ratio(probe, wording))
        ranked = sorted(best.items(), key=lambda it: it[1], reverse=True)
        if not ranked or ranked[0][1] < OCR_CHOICE_MIN:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < OCR_CHOICE_MARGIN:
            return None
        codes.append(ranked[0][0])
    if kind == "bool" or kind == "enum":
        return codes[0] if len(set(codes)) == 1 else None
    return sorted(set(codes))


#: What OCR reads for a colon in a column of colons (thin strokes of a bilevel scan).
_COLON_MISREADS = frozenset({"1", "l", "I", "|", "i", ";", "!", ">", "1:", "l:", "I:", "i:", "::"})
#: How far (points) a word may sit from the colon column to be taken for its colon.
COLON_COLUMN_SLACK = 4.0


def _ocr_colons(rows: list[Row]) -> None:
    """On an OCR page laid out "Label : value" with the colons in one column, a word in
    that column read as "1", "l" or ";" is the colon ("Fax 1 (0419) 8637336")."""
    by_page: dict[int, list[Row]] = {}
    for row in rows:
        if row.page.source == "ocr":
            by_page.setdefault(id(row.page), []).append(row)
    for page_rows in by_page.values():
        xs = sorted(w.bbox[0] for r in page_rows for w in r.words if w.text == ":")
        if len(xs) < 3:
            continue
        # The colon column: the x most colons share.
        column = max(xs, key=lambda x: sum(abs(y - x) <= COLON_COLUMN_SLACK for y in xs))
        if sum(abs(y - column) <= COLON_COLUMN_SLACK for y in xs) < 3:
            continue
        for row in page_rows:
            for k, w in enumerate(row.words[1:-1], start=1):
                if w.text in _COLON_MISREADS and abs(w.bbox[0] - column) <= COLON_COLUMN_SLACK:
                    row.words[k] = Word(":", w.bbox, w.confidence, w.source)
