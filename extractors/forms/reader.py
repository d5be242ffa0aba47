"""Label-driven field extraction for FS3 and FP-KPA on the normalised document model.

Fields are found by their printed labels, not by coordinates: every visual row is
matched against the label vocabulary (:mod:`extractors.forms.labels`) with rapidfuzz,
and the value is what follows the label on the row (the rest of the line, or the next
table cell) plus the wrapped lines below it in the value column, up to the next label.
Option fields read the chosen option from a circled code, a ticked box glyph, "(X)",
or the option written out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from extractors.document import BBox, Document, Mark, Page, Word, group_rows, union_bbox
from extractors.fields import ExtractedField
from extractors.forms.labels import ENTRIES, SECTIONS, TEKNIS_PREFIX, Entry
from validators.choices import choice_key
from validators.normalise import (
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
    r"R[-.,:A-Z]{0,2}[\d.,:-]{0,6}|\d{1,3}(?:[.,]\d{1,2})*[.,]?|[a-g][.)]|[-•|]"
)
_BLOCK = re.compile(r"^(?:BLOK\s+[IVX]+\b|[A-H]\.\s+[A-Z]{3,}|\d\.\s+[A-Z]{4,})")
_FOOTER = re.compile(r"\bHalaman\s+\d+\b", re.IGNORECASE)
_CHECKED = {"☑", "☒", "✓", "✔", "■", "▣", "⊠", "(X)", "(x)", "[X]", "[x]", "X", "x", "√"}
_UNCHECKED = {"☐", "□", "( )", "()", "[ ]", "[]"}
_CODE = re.compile(r"^(\d{1,2})[.)]?$")
_DATE = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
)


@dataclass(slots=True)
class Row:
    """One visual row of a page (table cells side by side joined), with its words."""

    page: Page
    words: list[Word]
    x0: float
    top: float

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
    for page in document.pages:
        if pages is not None and not pages[0] <= page.number <= pages[1]:
            continue
        # A DOCX table row is one row whatever its cells wrap to: label cell, then value cells.
        cells: dict[tuple[int, int], list[Any]] = {}
        merged: list[list[Any]] = []
        for line in page.lines:
            if line.cell is None:
                continue
            slot = cells.get(line.cell[:2])
            if slot is None:
                slot = cells[line.cell[:2]] = [line.bbox[1], []]
                merged.append(slot)
            slot[1].extend((line.cell[2], line.bbox[1], w.bbox[0], w) for w in line.words)
        for slot in merged:
            slot[1] = [item[3] for item in sorted(slot[1], key=lambda it: it[:3])]
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
        for top, words in sorted(merged + loose, key=lambda it: it[0]):
            text = " ".join(w.text for w in words)
            if _FOOTER.search(text) and len(words) <= 4:
                continue
            rows.append(Row(page, words, min(w.bbox[0] for w in words), top))
    return rows


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
    """The entry whose wording best matches the start of ``words``: (entry, score, n words)."""
    if not words:
        return None
    # Match on tokens ("Jabatan/Unit" is two), then count the words the tokens cover.
    texts: list[str] = []
    owner: list[int] = []
    for index, w in enumerate(words):
        for tok in choice_key(w.text).split():
            texts.append(tok)
            owner.append(index)
    if not texts:
        return None
    colon = next((i for i, w in enumerate(words) if w.text.endswith(":") or w.text == ":"), None)
    best: tuple[Entry, float, int] | None = None
    best_rank = 0.0
    for entry in entries:
        for label in entry.labels:
            want = choice_key(label)
            n = len(want.split())
            # Compare the label with the first n tokens (and one more or less: OCR splits).
            for m in (n - 1, n, n + 1):
                if m < 1 or m > len(texts):
                    continue
                got = " ".join(texts[:m])
                score = fuzz.ratio(want, got)
                if fuzz.ratio(want.split()[0], texts[0]) < 75:
                    continue  # the first word must be there: a label is read from its start
                # A longer wording that matches beats a shorter one ("Nama Instansi" > "Nama");
                # an exact word count beats an OCR split or join.
                rank = score + min(len(want), 40) / 4 - (0 if m == n else 6)
                if score >= LABEL_MIN_SCORE and rank > best_rank:
                    best, best_rank = (entry, score, m), rank
            # A long label wrapped in its cell: all but its last word lead the row.
            tokens = want.split()
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
    if colon is not None and colon >= m - 1 and colon < m + 6:
        # "Nama Lengkap Penanggung Jawab : ..." — the label runs to the colon.
        m = colon + 1
    return entry, score, m


def _section_of(text: str) -> str | None:
    key = choice_key(text)
    for wording, section in SECTIONS:
        w = choice_key(wording)
        if key == w or fuzz.ratio(key, w) >= 90:
            return section
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
    return _label_match(_strip_prefix(nxt.words), entries) is None


def extract_fields(
    document: Document, form_type: str, *, pages: tuple[int, int] | None = None
) -> dict[str, ExtractedField]:
    """Read every FORMS.md key of ``form_type`` that the document fills (see module doc)."""
    entries = ENTRIES[form_type]
    rows = _rows(document, pages)
    state = _State(form_type)
    hits: list[tuple[int, Entry, float, int, str | None]] = []
    headings: dict[int, str | None] = {}
    column: float | None = None  # value column of the last label with its value beside it
    label_x0 = 0.0
    table_x0: float | None = None  # left edge of the variabel label while in its table
    for i, row in enumerate(rows):
        words = _strip_prefix(row.words)
        text = " ".join(w.text for w in words)
        is_block = bool(_BLOCK.match(row.text())) and row.text().upper() == row.text()
        if column is not None and row.x0 >= column - COLUMN_SLACK and column - label_x0 > 40:
            continue  # a wrapped value or an option row, not a label
        if table_x0 is not None and row.x0 > table_x0 + 5 and not is_block:
            continue  # a row of the variabel table ("3 Frekuensi pengangkutan sampah")
        if is_block:
            title = re.sub(r"^(?:BLOK\s+[IVX]+|[A-H]|\d)\.?\s*", "", row.text())
            headings[i] = _section_of(title) or "penyelenggara"
            column = table_x0 = None
            continue
        section = _section_of(text)
        if section is not None:
            # A bare heading line: "Penanggung Jawab Kegiatan", "Manajer Survei".
            headings[i] = section
            column = table_x0 = None
            continue
        match = _label_match(words, entries)
        if match is None:
            continue
        column = table_x0 = None
        entry, score, n = match
        if entry.kind == "heading":
            headings[i] = None
            continue
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
        if entry.kind == "variabel":
            table_x0 = row.x0

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
    return state.out


def _value_lines(
    rows: list[Row], i: int, n: int, hit_rows: set[int], *, multiline: bool
) -> list[list[Word]]:
    """The value's words row by row: the rest of the label row, then wrapped rows below."""
    row = rows[i]
    words = _strip_prefix(row.words)[n:]
    if words and words[0].text in (":", "：", "."):
        words = words[1:]
    elif words and words[0].text.startswith(":"):
        first = words[0]
        words = [Word(first.text[1:], first.bbox, first.confidence, first.source), *words[1:]]
    lines = [words] if words else []
    label_x1 = _strip_prefix(row.words)[n - 1].bbox[2] if n else row.x0
    column = words[0].bbox[0] if words else label_x1
    if not multiline:
        return lines
    for j in range(i + 1, min(len(rows), i + 1 + MAX_VALUE_LINES)):
        if j in hit_rows:
            break
        nxt = rows[j]
        if nxt.page is not row.page:
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
    multiline = kind in ("text", "enum", "set", "checks", "regions", "bool", "jadwal")
    lines = _value_lines(rows, i, n, hit_rows, multiline=multiline)
    words = [w for line in lines for w in line]
    if not words:
        return
    raw = " ".join(w.text for w in words)
    if kind == "jadwal":
        found = _DATE.findall(raw)
        if len(found) < 2:
            found = _two_columns(lines)
        if len(found) >= 2:
            for end, text in zip(("mulai", "selesai"), found[:2], strict=True):
                _scalar(state, f"{key}.{end}", "date", text, words, page, score, "right")
        return
    if kind in ("enum", "set", "bool", "checks"):
        _read_options(state, entry, key, kind, lines, page, score)
        return
    _scalar(state, key, kind, raw, words, page, score, "right" if lines[0] else "below")


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
    if is_empty(raw):
        return
    try:
        value = _normalise(kind, raw, key)
    except InvalidValue:
        # Kept as read with a low confidence: validation turns it into a finding.
        _field(state, key, raw, words, page, score=score, method=method, normalised=False, raw=raw)
        return
    if value is None:
        return
    _field(state, key, value, words, page, score=score, method=method, normalised=True, raw=raw)


# --- options ----------------------------------------------------------------------------


def _is_checked(text: str) -> bool | None:
    if text in _CHECKED:
        return True
    if text in _UNCHECKED:
        return False
    return None


def _options(
    lines: list[list[Word]], marks: Sequence[Mark]
) -> list[tuple[bool | None, list[Word]]]:
    """Split option words into options: (chosen?, words of the option's wording).

    ``chosen`` is None when the layout shows no marker at all (a value written out).
    """
    words = [w for line in lines for w in line]
    # "( )" prints as two words "(" ")"; join them.
    joined: list[Word] = []
    for w in words:
        if joined and joined[-1].text == "(" and w.text in (")", "X)", "x)"):
            prev = joined.pop()
            joined.append(
                Word(prev.text + w.text, union_bbox([prev.bbox, w.bbox]), w.confidence, w.source)
            )
        else:
            joined.append(w)
    words = joined
    circles = [m.bbox for m in marks if m.kind == "circle"]
    if circles:
        words = _split_circled(words, circles)
    if words and words[0].source == "ocr":
        words = _boxes_as_glyphs(words, [m for m in marks if m.kind != "circle"])
    checked_marks = [m.bbox for m in marks if m.kind in ("checked", "unchecked")]
    out: list[tuple[bool | None, list[Word]]] = []
    has_marker = False
    for w in words:
        state = _is_checked(w.text)
        code = _CODE.match(w.text)
        marker = state is not None or (code is not None and (circles or len(words) > 2))
        if marker:
            has_marker = True
            chosen = state
            if code is not None and state is None:
                chosen = any(_inside(w.bbox, c) for c in circles)
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


_GLUED_CODE = re.compile(r"^(\d{1,2}\.)([^\d\W].*)$")


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
            if text:
                out.append(Word(text, (circled[2], y0, x1, y1), w.confidence, w.source))
        elif glued:
            split = x0 + (x1 - x0) * len(glued[1]) / len(w.text)
            out.append(Word(glued[1], (x0, y0, split, y1), w.confidence, w.source))
            out.append(Word(glued[2], (split, y0, x1, y1), w.confidence, w.source))
        else:
            out.append(w)
    return out


def _boxes_as_glyphs(words: list[Word], boxes: Sequence[Mark]) -> list[Word]:
    """On an OCR page, put a ☒/☐ word for each checkbox found in the image among the value
    words, and drop what OCR made of the box itself ("O", "CO", "&", the "O" of
    "OMingguan")."""
    if not boxes:
        return words
    top = min(w.bbox[1] for w in words)
    bottom = max(w.bbox[3] for w in words)
    left = min(w.bbox[0] for w in words) - 2
    mine = [m for m in boxes if m.bbox[1] < bottom and m.bbox[3] > top and m.bbox[2] >= left]
    if not mine:
        return words
    out: list[Word] = []
    for w in words:
        box = next((m.bbox for m in mine if m.bbox[0] - 2 <= w.bbox[0] <= m.bbox[2]), None)
        box = box if box is not None and min(w.bbox[3], box[3]) > max(w.bbox[1], box[1]) else None
        if box is None:
            out.append(w)
            continue
        if w.bbox[2] <= box[2] + 2:
            continue  # the box itself, misread
        # Glued: cut the characters that lie over the box.
        share = (box[2] - w.bbox[0]) / max(w.bbox[2] - w.bbox[0], 1e-6)
        cut = max(1, round(len(w.text) * share))
        text = re.sub(r"^[^\w(]+", "", w.text[cut:])
        if text:
            out.append(
                Word(text, (box[2], w.bbox[1], w.bbox[2], w.bbox[3]), w.confidence, w.source)
            )
    for m in mine:
        glyph = "☒" if m.kind == "checked" else "☐"
        out.append(Word(glyph, m.bbox, m.confidence, "ocr"))
    # Reading order: by row, then left to right.
    return [w for row in group_rows(out, key=lambda w: w.bbox) for w in row]


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
            return
        _choice(state, entry, key, kind, raw, words, page, score, "option_text")
        return
    chosen = [(ws, " ".join(w.text for w in ws)) for c, ws in opts if c]
    method = "mark"
    if kind == "checks":
        if not any(c is not None for c, _ in opts):
            return
        for wording, target in entry.options:
            # partial_ratio: OCR may leave a bit of the circle before the wording.
            hit = [ws for ws, text in chosen if fuzz.partial_ratio(wording, choice_key(text)) >= 95]
            on = bool(hit)
            words = hit[0] if hit else [w for ws in opts for w in ws[1]][:1]
            _field(
                state,
                target,
                on,
                words,
                page,
                score=score,
                method=method,
                normalised=True,
                raw="; ".join(t for _, t in chosen),
            )
        return
    if not chosen:
        return
    words = [w for ws, _ in chosen for w in ws]
    raw = "; ".join(text for _, text in chosen)
    _choice(state, entry, key, kind, raw, words, page, score, method)


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
    value: Any = None
    # A circled code read by OCR can leave a stray letter or two before the wording
    # ("Dya" for a circled "1. Ya"): retry without them before giving up.
    for cut in (0, 1, 2) if method == "mark" else (0,):
        text = "; ".join(item.strip()[cut:] for item in raw.split(";"))
        try:
            if kind == "bool":
                value = normalise_bool(text)
            elif kind == "enum":
                value = normalise_choice(text, entry.choice)
            else:
                value = normalise_choices(text, entry.choice)
            break
        except InvalidValue:
            continue
    else:
        _field(state, key, raw, words, page, score=score, method=method, normalised=False, raw=raw)
        return
    if value is None:
        return
    _field(state, key, value, words, page, score=score, method=method, normalised=True, raw=raw)


# --- variabel -------------------------------------------------------------------------------

_REF_INLINE = re.compile(r"^(?P<nama>.*?)\s*\(\s*referensi waktu\s*:\s*(?P<ref>.*?)\)?\s*$", re.I)


def _read_variabel(
    rows: list[Row], i: int, n: int, hit_rows: set[int], state: _State, score: float
) -> None:
    """A table No | Nama | Referensi waktu [| Sumber], or numbered "nama (referensi waktu: x)"."""
    head = _strip_prefix(rows[i].words)[n:]
    if head and head[0].text == ":":
        head = head[1:]
    columns: list[float] = []
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
        if "referensi" in text and not re.match(r"^\d", text) and not columns:
            for w in row.words:
                k = choice_key(w.text)
                if k.startswith("referensi") or k.startswith("sumber"):
                    columns.append(w.bbox[0])
            continue
        body.append(row)
    items: list[dict[str, str]] = []
    words_used: list[Word] = []
    page = rows[i].page
    for row in body:
        ws = [w for w in row.words if w.text not in (".",)]
        if not ws:
            continue
        numbered = re.fullmatch(r"\d{1,3}\.?", ws[0].text)
        if numbered:
            ws = ws[1:]
            items.append({})
        elif not items:
            if columns and choice_key(row.text()) in ("o", "no"):
                continue
            continue
        item = items[-1]
        if columns:
            parts: list[list[str]] = [[] for _ in range(len(columns) + 1)]
            for w in ws:
                col = sum(1 for c in columns if w.bbox[0] >= c - 3)
                parts[col].append(w.text)
            names = ["nama", "referensi_waktu", "sumber"]
            for name, part in zip(names, parts, strict=False):
                if part:
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
