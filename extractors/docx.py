"""DOCX reader: paragraphs and tables in document order, checkboxes, content controls.

The body XML is walked directly (zipfile + lxml with entities and network off),
so paragraphs and tables interleave exactly as written, nested content controls
and text boxes are seen, and a damaged part fails as one clear error. Before
anything is unpacked, the sizes declared in the zip's central directory are
checked against ``max_unzipped_bytes`` (zipfile never yields more than the
declared size of a member, so the check bounds the work).

A DOCX has no geometry until Word lays it out, so this reader lays it out
roughly: A4, 72 pt margins, 14 pt lines, 5.5 pt per character, wrapping at the
text width; table columns side by side with the widths of the table grid, each
cell's lines tagged with ``Line.cell``. Pages break at explicit page breaks,
"page break before" and section breaks, and otherwise every ~50 lines. So for a
DOCX, ``page`` and ``bbox`` are approximate; positions relative to each other
(a value to the right of its label, below its heading) are what they mean.

Checkboxes, whatever their form, become a box glyph word (☒ ticked, ☐ empty) and
a :class:`Mark`: Unicode symbols typed in the text (☐ ☑ ☒ □ ■; ticks ✓ ✔ and
crosses ✗ ✘ are kept as typed but still marked), Wingdings / Wingdings 2 symbols
(``w:sym`` or text in a symbol font), checkbox content controls (``w14:checkbox``,
the state from ``w14:checked``) and legacy FORMCHECKBOX fields (``w:checked``).
Named controls and legacy fields also go into ``Document.form_fields``.
"""

from __future__ import annotations

import logging
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from extractors.base import ExtractOptions, MiB, Source, register_reader
from extractors.document import (
    CHECKED_GLYPH,
    UNCHECKED_GLYPH,
    Cell,
    Document,
    Line,
    Mark,
    Page,
    Word,
    is_symbol_font,
    symbol_glyph,
)
from rekom.errors import CorruptDocument, DocumentTooLarge

log = logging.getLogger(__name__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


#: Synthetic layout (points).
PAGE_WIDTH = 595.28
PAGE_HEIGHT = 841.89
MARGIN = 72.0
LINE_HEIGHT = 14.0
CHAR_WIDTH = 5.5
TEXT_HEIGHT = 11.0
#: One XML part bigger than this is refused even when the total is under the limit.
MAX_PART_BYTES = 64 * MiB
MAX_ZIP_ENTRIES = 10_000

#: Unicode box glyphs -> normalised glyph; ticks and crosses are kept but marked checked.
_BOX_GLYPHS = {
    "☐": UNCHECKED_GLYPH,
    "□": UNCHECKED_GLYPH,
    "❑": UNCHECKED_GLYPH,
    "☑": CHECKED_GLYPH,
    "☒": CHECKED_GLYPH,
    "■": CHECKED_GLYPH,
}
_TICKS = {"✓", "✔", "✗", "✘"}
CHECKBOX_CHARS = set(_BOX_GLYPHS) | _TICKS


def _parser() -> etree.XMLParser:
    # No entities, no network, no huge-tree mode: a hostile part fails instead of expanding.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
    )


# -- flow: blocks of text as the walker finds them ----------------------------------------------


@dataclass(slots=True)
class _Para:
    """A paragraph's text, one string per forced line (``w:br``)."""

    lines: list[str] = field(default_factory=lambda: [""])
    #: Indexes of forced lines that start a new page (a page break inside the paragraph;
    #: 0 for "page break before").
    page_starts: set[int] = field(default_factory=set)
    #: A section break ends the paragraph: what follows starts a new page.
    page_break_after: bool = False
    cell: Cell | None = None

    def add(self, text: str) -> None:
        self.lines[-1] += text

    def newline(self) -> None:
        self.lines.append("")


@dataclass(slots=True)
class _Table:
    index: int
    #: Column widths as shares of the table width.
    grid: list[float]
    #: rows -> cells -> (first grid column, span, blocks)
    rows: list[list[tuple[int, int, list[Any]]]] = field(default_factory=list)


@dataclass(slots=True)
class _Walker:
    """Walks WordprocessingML into _Para/_Table blocks; collects named form values."""

    form_fields: dict[str, str | bool] = field(default_factory=dict)
    tables: int = 0

    # block level

    def blocks(self, parent: Any, *, cell: Cell | None = None) -> list[Any]:
        out: list[Any] = []
        for child in parent:
            tag = child.tag
            if tag == _w("p"):
                out.extend(self.paragraph(child, cell=cell))
            elif tag == _w("tbl"):
                out.append(self.table(child))
            elif tag in (_w("sdt"), _w("customXml")):
                content = child.find(_w("sdtContent")) if tag == _w("sdt") else child
                if content is not None:
                    out.extend(self.blocks(content, cell=cell))
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    out.extend(self.blocks(choice, cell=cell))
        return out

    def table(self, tbl: Any) -> _Table:
        table = _Table(index=self.tables, grid=[])
        self.tables += 1
        cols = [float(g.get(_w("w")) or 0) for g in tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}")]
        total = sum(cols)
        for row_index, tr in enumerate(_children(tbl, "tr")):
            cells: list[tuple[int, int, list[Any]]] = []
            col = 0
            for tc in _row_cells(tr):
                pr = tc.find(_w("tcPr"))
                span = 1
                merged = False
                if pr is not None:
                    gs = pr.find(_w("gridSpan"))
                    if gs is not None and (gs.get(_w("val")) or "").isdigit():
                        span = max(1, int(gs.get(_w("val"))))
                    vm = pr.find(_w("vMerge"))
                    # A continued vertical merge is the same cell as the one above: empty here.
                    merged = vm is not None and vm.get(_w("val")) in (None, "continue")
                blocks = [] if merged else self.blocks(tc, cell=(table.index, row_index, col))
                cells.append((col, span, blocks))
                col += span
            table.rows.append(cells)
        ncols = max([len(cols)] + [c[0] + c[1] for r in table.rows for c in r] + [1])
        if total > 0 and len(cols) == ncols:
            table.grid = [c / total for c in cols]
        else:
            table.grid = [1.0 / ncols] * ncols
        return table

    # run level

    def paragraph(self, p: Any, *, cell: Cell | None) -> list[Any]:
        para = _Para(cell=cell)
        ppr = p.find(_w("pPr"))
        if ppr is not None:
            pbb = ppr.find(_w("pageBreakBefore"))
            if pbb is not None and pbb.get(_w("val")) not in ("0", "false"):
                para.page_starts.add(0)
            sect = ppr.find(_w("sectPr"))
            if sect is not None:
                kind = sect.find(_w("type"))
                para.page_break_after = kind is None or kind.get(_w("val")) != "continuous"
        extra: list[Any] = []  # text boxes anchored in this paragraph, after it
        state = _FieldState()
        self._inline(p, para, extra, state)
        out: list[Any] = [para]
        out.extend(extra)
        return out

    def _inline(self, node: Any, para: _Para, extra: list[Any], state: _FieldState) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == _w("r"):
                self._run(child, para, extra, state)
            elif tag in (
                _w("hyperlink"),
                _w("ins"),
                _w("smartTag"),
                _w("customXml"),
                _w("fldSimple"),
                _w("moveTo"),
                _w("dir"),
                _w("bdo"),
            ):
                self._inline(child, para, extra, state)
            elif tag == _w("sdt"):
                self._inline_sdt(child, para, extra, state)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._inline(choice, para, extra, state)
            # w:del, w:moveFrom, w:pPr, bookmarks, comments: not shown text.

    def _inline_sdt(self, sdt: Any, para: _Para, extra: list[Any], state: _FieldState) -> None:
        pr = sdt.find(_w("sdtPr"))
        content = sdt.find(_w("sdtContent"))
        name = None
        if pr is not None:
            for key in ("tag", "alias"):
                el = pr.find(_w(key))
                if el is not None and el.get(_w("val")):
                    name = el.get(_w("val"))
                    break
            box = pr.find(f"{{{W14}}}checkbox")
            if box is not None:
                checked_el = box.find(f"{{{W14}}}checked")
                checked = checked_el is not None and checked_el.get(f"{{{W14}}}val") in (
                    "1",
                    "true",
                    "on",
                )
                para.add(f" {CHECKED_GLYPH if checked else UNCHECKED_GLYPH} ")
                if name:
                    self.form_fields[name] = checked
                return
            if pr.find(_w("showingPlcHdr")) is not None:
                return  # "Klik di sini untuk memasukkan teks": a prompt, not a value
        if content is None:
            return
        before = "\n".join(para.lines)
        self._inline(content, para, extra, state)
        if name:
            value = "\n".join(para.lines)[len(before) :].strip()
            if value:
                self.form_fields[name] = " ".join(value.split())

    def _run(self, r: Any, para: _Para, extra: list[Any], state: _FieldState) -> None:
        rpr = r.find(_w("rPr"))
        font = None
        struck = False
        if rpr is not None:
            fonts = rpr.find(_w("rFonts"))
            if fonts is not None:
                font = fonts.get(_w("ascii")) or fonts.get(_w("hAnsi"))
            # Text struck through is crossed out ("Satu kali / Berulang" with the option
            # not chosen struck through): not read.
            struck = _on(rpr.find(_w("strike"))) or _on(rpr.find(_w("dstrike")))
        if _marked(rpr) and _some_unmarked(r):
            # An option shaded or highlighted among others that are not ("Satu kali" /
            # "Berulang" on grey): the chosen one, as if ticked.
            para.add(f" {CHECKED_GLYPH} ")
        for child in r:
            tag = child.tag
            if tag == _w("fldChar"):
                state.fld_char(child, para, self.form_fields)
            elif state.in_code:
                continue  # field instructions (between begin and separate) are not shown
            elif tag == _w("t"):
                if not struck:
                    para.add(_symbol_text(child.text or "", font))
            elif tag in (_w("tab"), _w("ptab")):
                para.add(" ")
            elif tag in (_w("br"), _w("cr")):
                kind = child.get(_w("type"))
                para.newline()
                if kind == "page":
                    para.page_starts.add(len(para.lines) - 1)
            elif tag == _w("sym"):
                code = child.get(_w("char")) or ""
                try:
                    glyph = symbol_glyph(child.get(_w("font")), int(code, 16))
                except ValueError:
                    glyph = None
                if glyph:
                    para.add(f" {glyph} ")
            elif tag in (_w("noBreakHyphen"), _w("softHyphen")):
                para.add("-" if tag == _w("noBreakHyphen") else "")
            elif tag in (_w("drawing"), _w("pict"), f"{{{MC}}}AlternateContent"):
                for txbx in _text_boxes(child):
                    extra.extend(self.blocks(txbx, cell=para.cell))


@dataclass(slots=True)
class _FieldState:
    """Legacy fields: code between begin and separate, shown result after it."""

    depth: int = 0
    in_code: bool = False

    def fld_char(self, el: Any, para: _Para, form_fields: dict[str, str | bool]) -> None:
        kind = el.get(_w("fldCharType"))
        if kind == "begin":
            self.depth += 1
            self.in_code = True
            data = el.find(_w("ffData"))
            if data is not None:
                box = data.find(_w("checkBox"))
                if box is not None:
                    checked = _on(box.find(_w("checked")))
                    if box.find(_w("checked")) is None:
                        checked = _on(box.find(_w("default")))
                    para.add(f" {CHECKED_GLYPH if checked else UNCHECKED_GLYPH} ")
                    name_el = data.find(_w("name"))
                    if name_el is not None and name_el.get(_w("val")):
                        form_fields[name_el.get(_w("val"))] = checked
        elif kind == "separate":
            self.in_code = False
        elif kind == "end":
            self.depth = max(0, self.depth - 1)
            self.in_code = False


def _marked(rpr: Any) -> bool:
    """Is a run shaded or highlighted (Word's highlighter, a shading fill)?"""
    if rpr is None:
        return False
    light = rpr.find(_w("highlight"))
    if light is not None and light.get(_w("val")) not in (None, "none"):
        return True
    shade = rpr.find(_w("shd"))
    return shade is not None and (shade.get(_w("fill")) or "auto").lower() not in (
        "auto",
        "ffffff",
        "none",
    )


def _some_unmarked(r: Any) -> bool:
    """Does the paragraph of run ``r`` have text in runs neither shaded nor highlighted?"""
    p = r.getparent()
    while p is not None and p.tag != _w("p"):
        p = p.getparent()
    if p is None:
        return False
    return any(
        "".join(t.text or "" for t in run.iter(_w("t"))).strip()
        and not _marked(run.find(_w("rPr")))
        for run in p.iter(_w("r"))
    )


def _on(el: Any) -> bool:
    if el is None:
        return False
    return el.get(_w("val")) not in ("0", "false", "off")


def _symbol_text(text: str, font: str | None) -> str:
    """Text in a symbol font (Wingdings, Symbol) is symbols: map the checkbox and tick
    ones, keep the rest."""
    if not is_symbol_font(font):
        return text
    out = []
    for ch in text:
        glyph = symbol_glyph(font, ord(ch))
        out.append(f" {glyph} " if glyph else ch)
    return "".join(out)


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Direct children with ``tag``, looking through content controls and custom XML."""
    for child in parent:
        if child.tag == _w(tag):
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == _w("customXml"):
            yield from _children(child, tag)


def _row_cells(tr: Any) -> Iterator[Any]:
    return _children(tr, "tc")


def _text_boxes(node: Any) -> Iterator[Any]:
    """Text box contents inside a drawing, the modern (Choice) form only, never the fallback."""
    for el in node.iter(_w("txbxContent"), f"{{{MC}}}Fallback"):
        if el.tag == f"{{{MC}}}Fallback":
            continue
        if any(a.tag == f"{{{MC}}}Fallback" for a in el.iterancestors()):
            continue
        yield el


# -- layout --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Segment:
    x0: float
    x1: float
    text: str
    cell: Cell | None


@dataclass(slots=True)
class _Row:
    """One synthetic visual line: segments side by side (table cells) or one paragraph line."""

    segments: list[_Segment]
    break_before: bool = False


def _wrap(text: str, width: float) -> list[str]:
    """Words of ``text`` in lines of at most ``width`` points.

    A token longer than a line (an e-mail address or URL in a narrow table cell, a long
    word) gets a line of its own and stays whole: Word breaks it only visually at the
    cell edge, and cutting it would turn "nama@dinas.go.id" into two words. Its box is
    clamped to the column when the page is laid out.
    """
    per_line = max(1, int(width // CHAR_WIDTH))
    lines: list[str] = []
    current = ""
    for token in text.split():
        if not current:
            current = token
        elif len(current) + 1 + len(token) <= per_line:
            current += " " + token
        else:
            lines.append(current)
            current = token
    if current:
        lines.append(current)
    return lines


def _spaced(text: str) -> str:
    """Checkbox glyphs as words of their own ("☒Ya" -> "☒ Ya")."""
    if not any(ch in CHECKBOX_CHARS for ch in text):
        return text
    return "".join(f" {ch} " if ch in CHECKBOX_CHARS else ch for ch in text)


def _layout(blocks: list[Any], x0: float, x1: float) -> list[_Row]:
    rows: list[_Row] = []
    for block in blocks:
        if isinstance(block, _Para):
            for k, forced in enumerate(block.lines):
                if k in block.page_starts:
                    rows.append(_Row([], break_before=True))
                rows.extend(
                    _Row([_Segment(x0, x1, text, block.cell)])
                    for text in _wrap(_spaced(forced), x1 - x0)
                )
            if block.page_break_after:
                rows.append(_Row([], break_before=True))
        elif isinstance(block, _Table):
            rows.extend(_layout_table(block, x0, x1))
    return rows


def _layout_table(table: _Table, x0: float, x1: float) -> list[_Row]:
    width = x1 - x0
    edges = [x0]
    for share in table.grid:
        edges.append(edges[-1] + share * width)
    rows: list[_Row] = []
    for cells in table.rows:
        columns: list[list[_Row]] = []
        for col, span, blocks in cells:
            last = min(col + span, len(edges) - 1)
            first = min(col, len(edges) - 2)
            # 3 pt padding each side, as Word's default cell margins roughly are.
            columns.append(_layout(blocks, edges[first] + 3, edges[last] - 3))
        height = max((len(c) for c in columns), default=0)
        for slot in range(height):
            segments: list[_Segment] = []
            brk = False
            for col_rows in columns:
                if slot < len(col_rows):
                    segments.extend(col_rows[slot].segments)
                    brk = brk or col_rows[slot].break_before
            rows.append(_Row(segments, break_before=brk))
    return rows


def _paginate(rows: list[_Row]) -> list[Page]:
    pages: list[Page] = []
    lines: list[Line] = []
    marks: list[Mark] = []
    bottom = PAGE_HEIGHT - MARGIN
    y = MARGIN

    def flush() -> None:
        nonlocal lines, marks, y
        pages.append(
            Page(
                number=len(pages) + 1,
                width=PAGE_WIDTH,
                height=PAGE_HEIGHT,
                lines=tuple(lines),
                source="docx",
                marks=tuple(marks),
            )
        )
        lines, marks, y = [], [], MARGIN

    for row in rows:
        if (row.break_before and lines) or (y + LINE_HEIGHT > bottom and lines):
            flush()
        if not row.segments:
            continue
        for seg in row.segments:
            words: list[Word] = []
            x = seg.x0
            for token in seg.text.split():
                w = len(token) * CHAR_WIDTH
                box = (x, y, min(x + w, max(seg.x1, x + CHAR_WIDTH)), y + TEXT_HEIGHT)
                words.append(Word(token, box, 1.0, "docx"))
                if token in CHECKBOX_CHARS:
                    empty = _BOX_GLYPHS.get(token) == UNCHECKED_GLYPH
                    marks.append(Mark(box, "unchecked" if empty else "checked", 1.0))
                x += w + CHAR_WIDTH
            if words:
                lines.append(Line.of(words, cell=seg.cell))
        y += LINE_HEIGHT
    if lines or not pages:
        flush()
    return pages


def _normalise_glyphs(text: str) -> str:
    return "".join(_BOX_GLYPHS.get(ch, ch) for ch in text)


# -- package -------------------------------------------------------------------------------------


def _check_zip(source: Source, options: ExtractOptions) -> None:
    members = source.zip_members()
    if len(members) > MAX_ZIP_ENTRIES:
        raise DocumentTooLarge(
            f"DOCX berisi terlalu banyak bagian ({len(members)}) / too many zip entries: "
            f"{source.label}"
        )
    total = sum(size for _, size in members)
    if total > options.max_unzipped_bytes:
        raise DocumentTooLarge(
            f"DOCX terurai menjadi {total / MiB:.0f} MiB, batas "
            f"{options.max_unzipped_bytes / MiB:.0f} MiB (kemungkinan bom zip) / DOCX unpacks "
            f"to more than the limit (zip bomb?): {source.label}"
        )
    for name, size in members:
        if name.endswith(".xml") and size > MAX_PART_BYTES:
            raise DocumentTooLarge(
                f"Bagian {name} terlalu besar ({size / MiB:.0f} MiB) / DOCX part too large: "
                f"{source.label}"
            )


def _read_part(zf: zipfile.ZipFile, name: str, label: str) -> Any:
    try:
        data = zf.read(name)
        return etree.fromstring(data, parser=_parser())
    except KeyError:
        return None
    except (zipfile.BadZipFile, etree.XMLSyntaxError, OSError, ValueError, EOFError) as exc:
        raise CorruptDocument(
            f"DOCX rusak ({name}) / damaged DOCX: {label}", detail=str(exc)
        ) from exc


def _first_header(zf: zipfile.ZipFile, body: Any, label: str) -> Any:
    """The header shown on page 1 (first-page header when the section has one)."""
    sect = None
    for el in body.iter(_w("sectPr")):
        sect = el  # the first sectPr in document order closes the first section
        break
    if sect is None:
        return None
    refs = {
        ref.get(_w("type")): ref.get(f"{{{R}}}id") for ref in sect.findall(_w("headerReference"))
    }
    title_page = sect.find(_w("titlePg")) is not None and _on_default(sect.find(_w("titlePg")))
    rid = refs.get("first") if title_page and refs.get("first") else refs.get("default")
    if not rid:
        return None
    rels = _read_part(zf, "word/_rels/document.xml.rels", label)
    if rels is None:
        return None
    for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
        if rel.get("Id") == rid and rel.get("TargetMode") != "External":
            target = posixpath.normpath(posixpath.join("word", rel.get("Target") or ""))
            return _read_part(zf, target, label)
    return None


def _on_default(el: Any) -> bool:
    return el is not None and el.get(_w("val")) not in ("0", "false", "off")


class DocxReader:
    """Word documents (.docx): body, first-page header, tables, checkboxes, controls."""

    name = "docx"

    def score(self, source: Source) -> int | None:
        if not source.head.startswith(b"PK\x03\x04"):
            return None
        names = {n for n, _ in source.zip_members()}
        return 100 if "word/document.xml" in names else None

    def read(self, source: Source, options: ExtractOptions) -> Document:
        _check_zip(source, options)
        with source.open() as fh:
            try:
                zf = zipfile.ZipFile(fh)
            except (zipfile.BadZipFile, OSError) as exc:
                raise CorruptDocument(
                    f"DOCX rusak / damaged DOCX: {source.label}", detail=str(exc)
                ) from exc
            with zf:
                root = _read_part(zf, "word/document.xml", source.label)
                if root is None:
                    raise CorruptDocument(f"DOCX tanpa isi / DOCX without a body: {source.label}")
                body = root.find(_w("body"))
                if body is None:
                    if root.tag.startswith("{http://purl.oclc.org/ooxml/"):
                        raise CorruptDocument(
                            "DOCX format Strict tidak didukung; simpan ulang sebagai DOCX biasa / "
                            f"Strict Open XML is not supported: {source.label}"
                        )
                    raise CorruptDocument(f"DOCX tanpa isi / DOCX without a body: {source.label}")
                walker = _Walker()
                header = _first_header(zf, body, source.label)
                blocks: list[Any] = []
                if header is not None:
                    blocks.extend(walker.blocks(header))
                blocks.extend(walker.blocks(body))
        for block in _all_paras(blocks):
            block.lines = [_normalise_glyphs(t) for t in block.lines]
        rows = _layout(blocks, MARGIN, PAGE_WIDTH - MARGIN)
        pages = _paginate(rows)
        if len(pages) > options.max_pages:
            from rekom.errors import TooManyPages

            raise TooManyPages(
                f"DOCX sekitar {len(pages)} halaman, batas {options.max_pages} / too many pages: "
                f"{source.label}"
            )
        return Document(
            pages=tuple(pages),
            source_kind="docx",
            file_name=source.name,
            form_fields=walker.form_fields,
        )


def _all_paras(blocks: list[Any]) -> Iterator[_Para]:
    for block in blocks:
        if isinstance(block, _Para):
            yield block
        elif isinstance(block, _Table):
            for row in block.rows:
                for _, _, inner in row:
                    yield from _all_paras(inner)


register_reader(DocxReader())
