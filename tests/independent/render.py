"""Renderers of held-out form scripts (:mod:`tests.independent.scripts`) to PDF and DOCX.

Own code, unrelated to ``samples/``: a reportlab canvas one-column layout, a reportlab
platypus table layout and python-docx (table or tab-aligned one-column).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.independent.scripts import Item

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _fonts() -> tuple[str, str]:
    """DejaVu Sans (box glyphs) when installed, else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.is_file() and bold.is_file():
        if "IndepSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("IndepSans", str(regular)))
            pdfmetrics.registerFont(TTFont("IndepSans-Bold", str(bold)))
        return "IndepSans", "IndepSans-Bold"
    return "Helvetica", "Helvetica-Bold"


# --- one column on a canvas -----------------------------------------------------------


class _Canvas:
    def __init__(self, path: Path, font: str, bold: str, size: float) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        self.c = Canvas(str(path), pagesize=A4)
        self.width, self.height = A4
        self.font, self.bold, self.size = font, bold, size
        self.lead = size * 1.45
        self.y = self.height - 56
        self.page = 1

    def need(self, lines: int) -> None:
        if self.y - lines * self.lead < 50:
            self.c.drawString(50, 30, f"hal. {self.page}")
            self.c.showPage()
            self.page += 1
            self.y = self.height - 56

    def text(self, x: float, s: str, *, bold: bool = False) -> None:
        self.c.setFont(self.bold if bold else self.font, self.size)
        self.c.drawString(x, self.y, s)

    def width_of(self, s: str, *, bold: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(s, self.bold if bold else self.font, self.size)

    def wrap(self, s: str, width: float) -> list[str]:
        from reportlab.lib.utils import simpleSplit

        return simpleSplit(s, self.font, self.size, width) or [""]

    def down(self, n: float = 1.0) -> None:
        self.y -= self.lead * n

    def centred(self, s: str, *, bold: bool = False) -> None:
        """``s`` centred on the page's width, on the current line."""
        self.text((self.width - self.width_of(s, bold=bold)) / 2, s, bold=bold)

    def para(self, x: float, s: str, right: float) -> None:
        """``s`` wrapped between ``x`` and ``right``, a line at a time, moving down."""
        for line in self.wrap(s, right - x):
            self.need(1)
            self.text(x, line)
            self.down()

    def sign(self, lines: list[str], x: float = 340.0) -> None:
        """The signature block at ``x``: place and date, title, a gap to sign in before
        the name, then the NIP."""
        self.down()
        self.need(len(lines) + 3)
        for k, line in enumerate(lines):
            self.text(x, line)
            self.down(3.5 if k == len(lines) - 3 else 1)

    def finish(self) -> None:
        """Number the last page and write the file."""
        self.c.drawString(50, 30, f"hal. {self.page}")
        self.c.save()


def render_pdf_colon(
    script: list[Item],
    path: Path,
    *,
    options: str,
    jadwal: str = "table",
) -> None:
    """One column "label : value"; options ``circle`` (codes, chosen circled), ``text``
    (the chosen wording written out) or ``xbox`` ("[X]"/"[ ]" before each option);
    ``jadwal`` "table" (Tahapan | Mulai | Selesai) or "range" ("Stage : d1 s.d. d2").
    A "text" item with a fifth element k breaks the page after its k-th value line."""
    font, bold = _fonts()
    cv = _Canvas(path, font, bold, 9.5)
    x_num, x_label, x_colon, x_val, right = 48.0, 86.0, 262.0, 270.0, 550.0
    for item in script:
        kind = item[0]
        if kind == "title":
            cv.need(1)
            cv.centred(item[1], bold=True)
            cv.down()
        elif kind == "block":
            cv.down(0.6)
            cv.need(2)
            cv.text(x_num, item[1], bold=True)
            cv.down()
        elif kind == "note":
            cv.need(1)
            cv.text(x_num, item[1])
            cv.down()
        elif kind == "gap":
            cv.down(item[1])
        elif kind == "head":
            cv.need(2)
            cv.text(x_num, item[1])
            cv.text(x_label, item[2])
            cv.down()
        elif kind in ("text", "opts"):
            _, number, label = item[:3]
            lx = x_label if number else x_num
            labels = cv.wrap(label, x_colon - lx - 6)
            if kind == "text":
                values = cv.wrap(item[3], right - x_val)
                cv.need(max(len(labels), len(values)))
                cv.text(x_num, number)
                cv.text(x_colon, ":")
                for k in range(max(len(labels), len(values))):
                    if k and len(item) > 4 and k == item[4]:
                        cv.need(10_000)  # this value runs onto the next page here
                    elif k:
                        cv.need(1)
                    if k < len(labels):
                        cv.text(lx, labels[k])
                    if k < len(values):
                        cv.text(x_val, values[k])
                    cv.down()
                continue
            cv.need(len(labels) + 1)
            cv.text(x_num, number)
            cv.text(x_colon, ":")
            top = cv.y
            for lab in labels:
                cv.text(lx, lab)
                cv.down()
            cv.y = top
            _options_line(cv, item[3], x_val, right, options)
            cv.y = min(cv.y, top - cv.lead * (len(labels) - 1))
            cv.down()
        elif kind == "table":
            _, number, label, header, rows = item
            cv.need(3)
            cv.text(x_num, number)
            cv.text(x_label if number else x_num, label)
            cv.down()
            cols = {
                3: [x_label, x_label + 22, 330.0],
                4: [x_label, x_label + 22, 330.0, 450.0],
                5: [x_label, x_label + 22, 250.0, 360.0, 450.0],
            }[len(header)]
            for k, h in enumerate(header):
                x = cols[0] if k == 0 else cols[k]
                cv.text(x, h, bold=True)
            cv.down()
            for n, row in enumerate(rows, start=1):
                edges = [*cols[1:], right]
                cells = [
                    cv.wrap(str(cell), edges[k + 1] - edges[k] - 6) for k, cell in enumerate(row)
                ]
                height = max(len(c) for c in cells)
                cv.need(height)
                cv.text(cols[0], f"{n}.")
                for k in range(height):
                    for col, cell in enumerate(cells):
                        if k < len(cell):
                            cv.text(edges[col], cell[k])
                    cv.down()
        elif kind == "persons":
            # People side by side: a header row with each person's role, then one row per
            # detail with every person's value in its own column.
            _, number, heads, details = item
            cols = [x_label + 110, x_label + 110 + (right - x_label - 110) / 2]
            cv.need(3)
            cv.text(x_num, number)
            cv.text(x_label, "Uraian", bold=True)
            for x, h in zip(cols, heads, strict=True):
                cv.text(x, h, bold=True)
            cv.down()
            for label, values in details:
                cells = [cv.wrap(v, cols[1] - cols[0] - 8) for v in values]
                height = max(len(c) for c in cells)
                cv.need(height)
                cv.text(x_label, label)
                for k in range(height):
                    for x, cell in zip(cols, cells, strict=True):
                        if k < len(cell):
                            cv.text(x, cell[k])
                    cv.down()
        elif kind == "jadwal" and jadwal == "range":
            _, number, label, header, rows = item
            cv.need(2)
            cv.text(x_num, number)
            cv.text(x_label, label)
            cv.down()
            for k, (stage, start, end) in enumerate(rows):
                cv.need(1)
                cv.text(x_label, f"{'abcde'[k]}. {stage}")
                cv.text(x_colon, ":")
                cv.text(x_val, f"{start} s.d. {end}")
                cv.down()
        elif kind == "jadwal":
            _, number, label, header, rows = item
            cv.need(3)
            cv.text(x_num, number)
            cv.text(x_label, label)
            cv.down()
            cols = [x_label + 14, x_val, x_val + 120]
            for x, h in zip(cols, header, strict=True):
                cv.text(x, h, bold=True)
            cv.down()
            for row in rows:
                cv.need(1)
                for x, cell in zip(cols, row, strict=True):
                    cv.text(x, cell)
                cv.down()
        elif kind == "sign":
            cv.sign(item[1])
    cv.finish()


def _options_line(
    cv: _Canvas, opts: list[tuple[str, bool]], x0: float, right: float, mode: str
) -> None:
    if mode == "text":
        chosen = ", ".join(t for t, on in opts if on) or "-"
        for line in cv.wrap(chosen, right - x0):
            cv.text(x0, line)
            cv.down()
        cv.y += cv.lead
        return
    x, top = x0, cv.y
    if mode == "codebox":
        # The paper form's code boxes: options printed with codes, the chosen codes
        # written in boxes at the right end of the item's first line.
        chosen = [str(code) for code, (_, on) in enumerate(opts, start=1) if on]
        for k, code in enumerate(chosen):
            bx = right - 16 * (len(chosen) - k)
            cv.c.setLineWidth(0.6)
            cv.c.rect(bx, top - 3, 13, 13, stroke=1, fill=0)
            cv.text(bx + 6.5 - cv.width_of(code) / 2, code)
        right -= 16 * max(len(chosen), 1) + 8
    for code, (wording, on) in enumerate(opts, start=1):
        marker = f"{code}." if mode in ("circle", "codebox") else ("[X]" if on else "[ ]")
        piece = f"{marker} {wording}"
        w = cv.width_of(piece)
        if x + w > right and x > x0:
            cv.down()
            cv.need(1)
            x = x0
        cv.text(x, piece)
        if mode == "circle" and on:
            mw = cv.width_of(marker)
            cv.c.setLineWidth(0.8)
            cv.c.ellipse(x - 2.5, cv.y - 3, x + mw + 2.5, cv.y + cv.size - 0.5, stroke=1, fill=0)
        x += w + 14


def render_pdf_stacked(script: list[Item], path: Path) -> None:
    """Each label on its own line ending with ":", the value on the lines below it at the
    label's indent (a free-form Word document printed to PDF); options written out,
    variables as "1. nama (referensi waktu: x; sumber: y)", schedule as range lines."""
    font, bold = _fonts()
    cv = _Canvas(path, font, bold, 10)
    x_num, x_label, right = 56.0, 92.0, 540.0

    for item in script:
        kind = item[0]
        if kind == "title":
            cv.centred(item[1], bold=True)
            cv.down()
        elif kind == "block":
            cv.down(0.5)
            cv.need(3)
            cv.text(x_num, item[1], bold=True)
            cv.down()
        elif kind in ("note", "gap"):
            continue
        elif kind == "sign":
            cv.sign(item[1])
        else:
            number, label = item[1], item[2]
            lx = x_label if number else x_num
            cv.need(3)
            cv.text(x_num, number)
            cv.text(lx, label + ("" if kind == "head" else ":"))
            cv.down()
            if kind == "text":
                cv.para(lx, item[3], right)
            elif kind == "opts":
                cv.para(lx, ", ".join(t for t, on in item[3] if on) or "-", right)
            elif kind == "table":
                for n, row in enumerate(item[4], start=1):
                    ref = f"referensi waktu: {row[1]}" + (
                        f"; sumber: {row[2]}" if len(row) > 2 else ""
                    )
                    cv.para(lx, f"{n}. {row[0]} ({ref})", right)
            elif kind == "jadwal":
                for stage, start, end in item[4]:
                    cv.para(lx, f"- {stage}: {start} s.d. {end}", right)
    cv.finish()


# --- table on platypus ------------------------------------------------------------------


def render_pdf_table(
    script: list[Item],
    path: Path,
    *,
    on: str,
    off: str,
    box_after: bool = False,
    landscape: bool = False,
    valign: str = "TOP",
    mixed: bool = False,
) -> None:
    """A three-column table No | Uraian | Isian, each option on its own line after a box
    glyph (``on``/``off``; after the wording when ``box_after``), blocks as shaded
    full-width rows. ``landscape`` turns the page, ``valign`` aligns every cell (also in
    the variable table) and ``mixed`` prints lists of up to three options on one line with
    the box after each wording, longer lists one a line with the box before."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = _fonts()
    st = ParagraphStyle("c", fontName=font, fontSize=9, leading=11.5)
    stb = ParagraphStyle("b", fontName=bold, fontSize=9.5, leading=12)
    title = ParagraphStyle("t", fontName=bold, fontSize=11, leading=14, alignment=1)
    story: list[Any] = []
    rows: list[list[Any]] = []
    styles: list[tuple[Any, ...]] = []
    scale = 742 / 495 if landscape else 1.0
    widths = [40, 170 * scale, 285 * scale + 40 * (scale - 1)]

    def p(s: str, style: ParagraphStyle = st) -> Paragraph:
        return Paragraph(s.replace("&", "&amp;").replace("<", "&lt;"), style)

    def flush() -> None:
        nonlocal rows, styles
        if rows:
            t = Table(rows, colWidths=widths, repeatRows=0)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), valign),
                        *styles,
                    ]
                )
            )
            story.append(t)
        rows, styles = [], []

    for item in script:
        kind = item[0]
        if kind == "title":
            story.append(p(item[1], title))
        elif kind == "block":
            rows.append([p(item[1], stb), "", ""])
            styles += [
                ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.lightgrey),
            ]
        elif kind == "note":
            rows.append([p(item[1]), "", ""])
            styles.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        elif kind == "head":
            rows.append([p(item[1]), p(item[2]), ""])
        elif kind == "text":
            rows.append([p(item[1]), p(item[2]), p(item[3])])
        elif kind == "opts" and mixed and len(item[3]) <= 3:
            line = "    ".join(f"{w} {on if c else off}" for w, c in item[3])
            rows.append([p(item[1]), p(item[2]), p(line)])
        elif kind == "opts" and mixed:
            rows.append(
                [p(item[1]), p(item[2]), [p(f"{on if c else off} {w}") for w, c in item[3]]]
            )
        elif kind == "opts":
            lines = [
                p(
                    f"{wording} {on if chosen else off}"
                    if box_after
                    else f"{on if chosen else off} {wording}"
                )
                for wording, chosen in item[3]
            ]
            rows.append([p(item[1]), p(item[2]), lines])
        elif kind == "table":
            _, number, label, header, body = item
            rows.append([p(number), p(label), ""])
            flush()
            tw = {3: [30, 280, 185], 4: [30, 215, 125, 125], 5: [30, 165, 70, 110, 120]}[
                len(header)
            ]
            tw = [w * scale for w in tw]
            data = [[p(h, stb) for h in header]]
            data += [[p(str(n)), *[p(c) for c in row]] for n, row in enumerate(body, start=1)]
            t = Table(data, colWidths=tw, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), valign),
                    ]
                )
            )
            story.append(t)
        elif kind == "jadwal":
            _, number, label, header, body = item
            rows.append([p(number), p(label), ""])
            flush()
            data = [[p(h, stb) for h in header]] + [[p(c) for c in row] for row in body]
            t = Table(data, colWidths=[210 * scale, 142 * scale, 143 * scale])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(t)
        elif kind == "sign":
            flush()
            story.append(Spacer(1, 18))
            sign = ParagraphStyle("s", parent=st, leftIndent=300)
            for k, line in enumerate(item[1]):
                story.append(p(line, sign))
                if k == len(item[1]) - 3:
                    story.append(Spacer(1, 40))
    flush()
    SimpleDocTemplate(
        str(path),
        pagesize=(A4[1], A4[0]) if landscape else A4,
        leftMargin=50,
        rightMargin=50,
        topMargin=50,
        bottomMargin=50,
    ).build(story)


# --- Word -------------------------------------------------------------------------------

_WINGDINGS_ON, _WINGDINGS_OFF = "\uf0fe", "\uf0a8"


def _sdt_checkbox(paragraph: Any, chosen: bool) -> None:
    """A Word checkbox content control (Developer tab > Check Box), as Word 2010+ saves it."""
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    glyph = "☒" if chosen else "☐"
    xml = (
        f'<w:sdt xmlns:w="{w}" xmlns:w14="{w14}"><w:sdtPr>'
        f'<w14:checkbox><w14:checked w14:val="{1 if chosen else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
        "</w:sdtPr><w:sdtContent><w:r><w:rPr>"
        '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f"<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )
    paragraph._p.append(parse_xml(xml))


def _sdt_text(paragraph: Any, value: str, tag: str) -> None:
    """A plain-text content control (Developer tab > Plain Text) holding ``value``."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (
        f'<w:sdt xmlns:w="{w}"><w:sdtPr><w:alias w:val="{escape(tag)}"/>'
        f'<w:tag w:val="{escape(tag)}"/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
        "</w:sdtContent></w:sdt>"
    )
    paragraph._p.append(parse_xml(xml))


def _box(paragraph: Any, chosen: bool, marker: str) -> None:
    if marker == "sdt":
        _sdt_checkbox(paragraph, chosen)
    elif marker == "wingdings":
        run = paragraph.add_run(_WINGDINGS_ON if chosen else _WINGDINGS_OFF)
        run.font.name = "Wingdings"
    else:
        run = paragraph.add_run("☒" if chosen else "☐")
        run.font.name = "Segoe UI Symbol"
    paragraph.add_run(" ")


def render_docx(
    script: list[Item], path: Path, *, mode: str, marker: str, value_sdt: bool = False
) -> None:
    """A Word file: ``mode`` "table" (No | Uraian | : | Isian rows) or "colon" (tab-aligned
    lines); option boxes as Unicode ☒/☐ or Wingdings symbols (``marker``); with
    ``value_sdt`` every typed value sits in a plain-text content control."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    table = None

    def new_table() -> Any:
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for col, width in zip(t.columns, (Cm(1.2), Cm(5.5), Cm(0.5), Cm(9.3)), strict=True):
            for cell in col.cells:
                cell.width = width
        return t

    def colon_line(number: str, label: str) -> Any:
        para = doc.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        para.paragraph_format.tab_stops.add_tab_stop(Cm(7.0))
        para.paragraph_format.tab_stops.add_tab_stop(Cm(7.4))
        para.add_run(f"{number}\t{label}\t:\t" if number else f"{label}\t\t:\t")
        return para

    for item in script:
        kind = item[0]
        if kind == "title":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(item[1]).bold = True
            table = None
        elif kind in ("block", "note"):
            para = doc.add_paragraph()
            para.add_run(item[1]).bold = kind == "block"
            table = None
        elif kind == "sign":
            doc.add_paragraph()
            for k, line in enumerate(item[1]):
                para = doc.add_paragraph(line)
                para.paragraph_format.left_indent = Cm(9)
                if k == len(item[1]) - 3:
                    doc.add_paragraph()
                    doc.add_paragraph()
            table = None
        elif mode == "table" and kind in ("head", "text", "opts"):
            if table is None:
                table = new_table()
            cells = table.add_row().cells
            cells[0].text = item[1]
            cells[1].text = item[2]
            if kind == "text" and value_sdt:
                cells[2].text = ":"
                _sdt_text(cells[3].paragraphs[0], item[3], item[2])
            elif kind == "text":
                cells[2].text = ":"
                cells[3].text = item[3]
            elif kind == "opts":
                cells[2].text = ":"
                para = cells[3].paragraphs[0]
                for k, (wording, chosen) in enumerate(item[3]):
                    if k and len(item[3]) > 3:
                        para = cells[3].add_paragraph()
                    _box(para, chosen, marker)
                    para.add_run(wording + ("   " if len(item[3]) <= 3 else ""))
        elif kind == "head":
            para = doc.add_paragraph()
            para.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
            para.add_run(f"{item[1]}\t{item[2]}")
        elif kind == "text":
            colon_line(item[1], item[2]).add_run(item[3])
        elif kind == "opts":
            para = colon_line(item[1], item[2])
            for wording, chosen in item[3]:
                _box(para, chosen, marker)
                para.add_run(wording + "  ")
        elif kind in ("table", "jadwal"):
            _, number, label, header, body = item
            if mode == "table":
                if table is None:
                    table = new_table()
                cells = table.add_row().cells
                cells[0].text, cells[1].text = number, label
            else:
                para = doc.add_paragraph()
                para.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
                para.add_run(f"{number}\t{label}")
            table = None
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, header, strict=True):
                cell.text = h
            for n, row in enumerate(body, start=1):
                cells = t.add_row().cells
                values = [str(n), *row] if kind == "table" else list(row)
                for cell, value in zip(cells, values, strict=True):
                    cell.text = value
    doc.save(str(path))


# --- letters ----------------------------------------------------------------------------


def render_letter_pdf(lines: list[tuple[str, str]], path: Path) -> None:
    """A letter from ``(style, text)`` lines: styles "kop" (centred bold), "kop-small"
    (centred), "rule", "left", "right" (from the middle), "indent", "blank", "field"
    ("Label\\tvalue" with the colon aligned), "field-date" (a field with a date at the right),
    "center" (centred in the page) and "cell" ("Label\\tvalue" as a ruled table row)."""
    font, bold = _fonts()
    cv = _Canvas(path, font, bold, 11)
    for style, text in lines:
        cv.need(1)
        if style == "kop":
            cv.c.setFont(bold, 13)
            w = cv.c.stringWidth(text, bold, 13)
            cv.c.drawString((cv.width - w) / 2 + 20, cv.y, text)
        elif style == "kop-small":
            cv.c.setFont(font, 9)
            w = cv.c.stringWidth(text, font, 9)
            cv.c.drawString((cv.width - w) / 2 + 20, cv.y, text)
        elif style == "rule":
            cv.c.setLineWidth(2)
            cv.c.line(60, cv.y + 8, cv.width - 60, cv.y + 8)
            cv.c.setLineWidth(0.5)
            cv.c.line(60, cv.y + 5, cv.width - 60, cv.y + 5)
            cv.down(0.3)
            continue
        elif style == "left":
            for part in cv.wrap(text, 470):
                cv.text(70, part)
                cv.down()
            continue
        elif style == "indent":
            for k, part in enumerate(cv.wrap(text, 440)):
                cv.text(100 if k == 0 else 70, part)
                cv.down()
            continue
        elif style == "right":
            cv.text(330, text)
        elif style in ("field", "field-date", "field-right"):
            label, _, rest = text.partition("\t")
            value, _, date = rest.partition("\t")
            if label:
                cv.text(70, label)
                cv.text(140, ":")
            cv.text(150, value)
            if date:
                cv.text(380 if style == "field-date" else 330, date)
        elif style == "pair":
            left, _, right_text = text.partition("\t")
            cv.text(70, left)
            cv.text(330, right_text)
        elif style == "center":
            cv.centred(text)
        elif style == "break":
            # A new page headed by its number ("- 2 -"), as a letter running over a page.
            cv.c.showPage()
            cv.page += 1
            cv.y = cv.height - 56
            cv.centred(text)
            cv.down(2)
            continue
        elif style == "cell":
            # A ruled two-column table row ("Label\tvalue"), rows stacked without gaps.
            label, _, value = text.partition("\t")
            values = cv.wrap(value, 300)
            top = cv.y + cv.size + 1
            cv.text(76, label)
            for k, line in enumerate(values):
                if k:
                    cv.down()
                cv.text(166, line)
            bottom = cv.y - 5
            cv.c.setLineWidth(0.5)
            cv.c.rect(70, bottom, 90, top - bottom, stroke=1, fill=0)
            cv.c.rect(160, bottom, 310, top - bottom, stroke=1, fill=0)
            cv.down(1.12)
            continue
        cv.down()
    cv.c.save()


def render_letter_docx(
    lines: list[tuple[str, str]], path: Path, *, kop_in_header: bool = False
) -> None:
    """The same line styles as a Word letter (fields in a borderless table); the
    letterhead in the page header when ``kop_in_header``."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Bookman Old Style"
    doc.styles["Normal"].font.size = Pt(11)
    table = None
    for style, text in lines:
        if style in ("field", "field-date"):
            if table is None:
                table = doc.add_table(rows=0, cols=3)
            label, _, value = text.partition("\t")
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = label, ":", value.replace("\t", " ")
            for cell, width in zip(cells, (Cm(2.5), Cm(0.5), Cm(12)), strict=True):
                cell.width = width
            continue
        table = None
        if style == "twocol":
            left, _, right_text = text.partition("\t")
            grid = doc.add_table(rows=1, cols=2)
            for cell, part in zip(grid.rows[0].cells, (left, right_text), strict=True):
                cell.text = ""
                for k, line in enumerate(part.split("|")):
                    para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    para.add_run(line)
            continue
        if kop_in_header and style in ("kop", "kop-small", "rule"):
            header = doc.sections[0].header
            first = header.paragraphs[0]
            para = first if not first.text else header.add_paragraph()
            para.add_run("_" * 70 if style == "rule" else text).bold = style == "kop"
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if style == "rule":
            doc.add_paragraph("_" * 70)
            continue
        if style in ("pair", "field-right"):
            text = text.replace("\t", "    ")
        para = doc.add_paragraph(text if style != "blank" else "")
        para.paragraph_format.space_after = Pt(0)
        if style in ("kop", "kop-small"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if style == "kop":
                para.runs[0].bold = True
        elif style == "right":
            para.paragraph_format.left_indent = Cm(9)
        elif style == "indent":
            para.paragraph_format.first_line_indent = Cm(1.25)
    doc.save(str(path))


# --- tenth wave -------------------------------------------------------------------------


def _grid(cv: _Canvas, x_edges: list[float], rows: list[list[str]], bold_first: bool) -> None:
    """A ruled table at the canvas position: one row per ``rows`` entry, cells wrapped
    inside the column edges, every cell boxed."""
    for r, row in enumerate(rows):
        cells = [cv.wrap(str(cell), x_edges[k + 1] - x_edges[k] - 8) for k, cell in enumerate(row)]
        height = max(len(c) for c in cells)
        cv.need(height + 1)
        top = cv.y + cv.size + 2
        for k in range(height):
            for col, cell in enumerate(cells):
                if k < len(cell):
                    cv.text(x_edges[col] + 4, cell[k], bold=bold_first and r == 0)
            cv.down()
        bottom = cv.y + cv.size - 1
        cv.c.setLineWidth(0.5)
        cv.c.line(x_edges[0], top, x_edges[-1], top)
        cv.c.line(x_edges[0], bottom, x_edges[-1], bottom)
        for x in x_edges:
            cv.c.line(x, top, x, bottom)
        cv.down(0.25)


def render_pdf_leaders(script: list[Item], path: Path, *, on: str, off: str) -> None:
    """One column with question codes, each label followed by a dotted leader up to its
    value; options as ``on``/``off`` boxes before each wording, wrapped after the value
    column; the variable list and the schedule as ruled tables."""
    font, bold = _fonts()
    cv = _Canvas(path, font, bold, 9)
    x_num, x_label, x_val, right = 46.0, 80.0, 300.0, 552.0

    def leader(lx: float, label: str) -> None:
        lines = cv.wrap(label, x_val - lx - 24)
        for line in lines[:-1]:
            cv.text(lx, line)
            cv.down()
        cv.text(lx, lines[-1])
        start = lx + cv.width_of(lines[-1]) + 4
        dots = "." * max(int((x_val - 6 - start) / cv.width_of(".")), 2)
        cv.text(start, dots)

    for item in script:
        kind = item[0]
        if kind == "title":
            cv.centred(item[1], bold=True)
            cv.down()
        elif kind == "block":
            cv.down(0.7)
            cv.need(3)
            cv.c.setFillGray(0.85)
            cv.c.rect(x_num - 4, cv.y - 3, right - x_num + 8, cv.size + 5, stroke=0, fill=1)
            cv.c.setFillGray(0)
            cv.text(x_num, item[1], bold=True)
            cv.down(1.2)
        elif kind in ("note", "gap"):
            if kind == "note":
                cv.need(1)
                cv.text(x_label, item[1])
                cv.down()
        elif kind == "head":
            cv.need(2)
            cv.text(x_num, item[1])
            cv.text(x_label, item[2], bold=True)
            cv.down()
        elif kind == "text":
            _, number, label, value = item[:4]
            lx = x_label if number else x_num
            values = cv.wrap(value, right - x_val)
            cv.need(len(values) + 1)
            cv.text(x_num, number)
            leader(lx + (10 if number and not number.isdigit() else 0), label)
            for k, line in enumerate(values):
                if k:
                    cv.down()
                    cv.need(1)
                cv.text(x_val, line)
            cv.down()
        elif kind == "opts":
            _, number, label, opts = item
            lx = x_label if number else x_num
            cv.need(2)
            cv.text(x_num, number)
            leader(lx + (10 if number and not number.isdigit() else 0), label)
            x = x_val
            for wording, chosen in opts:
                piece = f"{on if chosen else off} {wording}"
                w = cv.width_of(piece)
                if x + w > right and x > x_val:
                    cv.down()
                    cv.need(1)
                    x = x_val
                cv.text(x, piece)
                x += w + 12
            cv.down()
        elif kind in ("table", "jadwal"):
            _, number, label, header, rows = item
            cv.need(4)
            cv.text(x_num, number)
            cv.text(x_label, label)
            cv.down(1.2)
            if kind == "table":
                edges = [x_label, x_label + 26, x_label + 260, right]
                body = [[f"{n}", *row] for n, row in enumerate(rows, start=1)]
            else:
                edges = [x_label, x_label + 190, x_label + 330, right]
                body = [list(row) for row in rows]
            if len(header) != len(edges) - 1:
                step = (right - x_label - 26) / (len(header) - 1)
                edges = [x_label, x_label + 26] + [
                    x_label + 26 + step * k for k in range(1, len(header))
                ]
            _grid(cv, edges, [list(header), *body], bold_first=True)
            cv.down(0.4)
        elif kind == "sign":
            cv.sign(item[1])
    cv.finish()


def _mono() -> tuple[str, str]:
    """DejaVu Sans Mono (a typewriter look) when installed, else Courier."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = FONT_DIR / "DejaVuSansMono.ttf", FONT_DIR / "DejaVuSansMono-Bold.ttf"
    if regular.is_file() and bold.is_file():
        if "IndepMono" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("IndepMono", str(regular)))
            pdfmetrics.registerFont(TTFont("IndepMono-Bold", str(bold)))
        return "IndepMono", "IndepMono-Bold"
    return "Courier", "Courier-Bold"


def render_pdf_under(script: list[Item], path: Path) -> None:
    """A typed form: the item number and label on one line, the value on the next line(s)
    indented under the label; every option listed with its code, "(v)" typed right after
    the chosen ones; variables and schedule as typed columns under their label."""
    font, bold = _mono()
    cv = _Canvas(path, font, bold, 9)
    x_num, x_label, indent, right = 48.0, 100.0, 124.0, 548.0

    for item in script:
        kind = item[0]
        if kind == "title":
            cv.centred(item[1], bold=True)
            cv.down()
        elif kind == "block":
            cv.down(0.6)
            cv.need(3)
            cv.text(x_num, item[1], bold=True)
            cv.c.setLineWidth(0.4)
            cv.c.line(x_num, cv.y - 3, right, cv.y - 3)
            cv.down(1.2)
        elif kind == "note":
            cv.para(x_label, item[1], right)
        elif kind == "gap":
            continue
        elif kind == "sign":
            cv.sign(item[1], x=330)
        else:
            number, label = item[1], item[2]
            lx = x_label if number else x_num
            ix = indent if number else x_num + 24
            cv.need(3)
            cv.text(x_num, number)
            for line in cv.wrap(label, right - lx):
                cv.text(lx, line)
                cv.down()
            if kind == "text":
                cv.para(ix, item[3], right)
            elif kind == "opts":
                x = ix
                for code, (wording, chosen) in enumerate(item[3], start=1):
                    piece = f"{code}. {wording}" + (" (v)" if chosen else "")
                    w = cv.width_of(piece)
                    if x + w > right and x > ix:
                        cv.down()
                        cv.need(1)
                        x = ix
                    cv.text(x, piece)
                    x += w + cv.width_of("   ")
                cv.down()
            elif kind in ("table", "jadwal"):
                header, rows = item[3], item[4]
                if kind == "table":
                    cols = [ix, ix + 24, ix + 230] + ([ix + 330] if len(header) > 3 else [])
                    body = [[f"{n}.", *row] for n, row in enumerate(rows, start=1)]
                else:
                    cols = [ix, ix + 150, ix + 270]
                    body = [list(row) for row in rows]
                edges = [*cols, right]
                for r, row in enumerate([list(header), *body]):
                    cells = [
                        cv.wrap(str(cell), edges[k + 1] - edges[k] - 8)
                        for k, cell in enumerate(row)
                    ]
                    height = max(len(c) for c in cells)
                    cv.need(height)
                    for k in range(height):
                        for col, cell in enumerate(cells):
                            if k < len(cell):
                                cv.text(edges[col], cell[k], bold=r == 0)
                        cv.down()
            cv.down(0.3)
    cv.c.drawString(50, 30, f"Halaman {cv.page}")
    cv.c.save()


def render_docx_grid(script: list[Item], path: Path, *, on: str = "■", off: str = "□") -> None:
    """A Word form as one grid per block: a narrow number column, the label and the value
    (no colon column); the block heading a merged shaded row; options one a line with
    ``on``/``off`` squares; the variable list and schedule as tables of their own."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    widths = (Cm(1.0), Cm(6.0), Cm(9.5))
    table: Any = None
    w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def row() -> Any:
        nonlocal table
        if table is None:
            table = doc.add_table(rows=0, cols=3)
            table.style = "Table Grid"
        cells = table.add_row().cells
        for cell, width in zip(cells, widths, strict=True):
            cell.width = width
        return cells

    for item in script:
        kind = item[0]
        if kind == "title":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(item[1]).bold = True
            table = None
        elif kind == "block":
            table = None
            doc.add_paragraph()
            cells = row()
            merged = cells[0].merge(cells[2])
            merged.text = ""
            merged.paragraphs[0].add_run(item[1]).bold = True
            merged._tc.get_or_add_tcPr().append(
                parse_xml(f'<w:shd xmlns:w="{w_ns}" w:val="clear" w:fill="D9D9D9"/>')
            )
        elif kind == "note":
            cells = row()
            merged = cells[0].merge(cells[2])
            merged.text = item[1]
        elif kind == "head":
            cells = row()
            cells[0].text = item[1]
            merged = cells[1].merge(cells[2])
            merged.text = ""
            merged.paragraphs[0].add_run(item[2]).italic = True
        elif kind == "text":
            cells = row()
            cells[0].text, cells[1].text, cells[2].text = item[1], item[2], item[3]
        elif kind == "opts":
            cells = row()
            cells[0].text, cells[1].text = item[1], item[2]
            for k, (wording, chosen) in enumerate(item[3]):
                para = cells[2].paragraphs[0] if k == 0 else cells[2].add_paragraph()
                para.add_run(f"{on if chosen else off}  {wording}")
        elif kind in ("table", "jadwal"):
            _, number, label, header, body = item
            cells = row()
            cells[0].text = number
            merged = cells[1].merge(cells[2])
            merged.text = label
            table = None
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, header, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for n, line in enumerate(body, start=1):
                values = [str(n), *line] if kind == "table" else list(line)
                for cell, value in zip(t.add_row().cells, values, strict=True):
                    cell.text = value
            doc.add_paragraph()
        elif kind == "sign":
            table = None
            doc.add_paragraph()
            for k, line in enumerate(item[1]):
                para = doc.add_paragraph(line)
                para.paragraph_format.left_indent = Cm(9.5)
                para.paragraph_format.space_after = Pt(0)
                if k == len(item[1]) - 3:
                    doc.add_paragraph()
                    doc.add_paragraph()
    doc.save(str(path))


def render_pdf_two_blocks(script: list[Item], path: Path, *, on: str, off: str) -> None:
    """Landscape A4 in two frames side by side, every block starting a new frame (two
    blocks on a page; a long block runs on into the next frame); inside a block a
    No | Rincian | : | Isian grid without rules, options ``on``/``off`` one a line."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        FrameBreak,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.doctemplate import PageTemplate
    from reportlab.platypus.frames import Frame

    font, bold = _fonts()
    st = ParagraphStyle("c2", fontName=font, fontSize=8.5, leading=11)
    stb = ParagraphStyle("b2", fontName=bold, fontSize=9, leading=12)
    title = ParagraphStyle("t2", fontName=bold, fontSize=10.5, leading=13, alignment=1)
    width, height = A4[1], A4[0]
    margin, gutter = 34.0, 24.0
    col_w = (width - 2 * margin - gutter) / 2
    frames = [
        Frame(margin, margin, col_w, height - 2 * margin, id="kiri", showBoundary=0),
        Frame(margin + col_w + gutter, margin, col_w, height - 2 * margin, id="kanan"),
    ]

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(width / 2, margin, width / 2, height - margin)
        canvas.setFont(font, 8)
        canvas.drawCentredString(width / 2, 18, f"FP-KPA  |  halaman {doc.page}")
        canvas.restoreState()

    def p(s: str, style: ParagraphStyle = st) -> Paragraph:
        return Paragraph(s.replace("&", "&amp;").replace("<", "&lt;"), style)

    story: list[Any] = []
    rows: list[list[Any]] = []
    widths = [44, 116, 14, col_w - 174]
    started = False

    def flush() -> None:
        nonlocal rows
        if rows:
            t = Table(rows, colWidths=widths)
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                    ]
                )
            )
            story.append(t)
        rows = []

    for item in script:
        kind = item[0]
        if kind == "title":
            story.append(p(item[1], title))
        elif kind == "block":
            flush()
            if started:
                story.append(FrameBreak())
            else:
                story.append(Spacer(1, 8))
            started = True
            story.append(p(item[1], stb))
            story.append(Spacer(1, 4))
        elif kind == "note":
            rows.append(["", p(item[1]), "", ""])
        elif kind == "head":
            rows.append([p(item[1]), p(item[2], stb), "", ""])
        elif kind == "text":
            rows.append([p(item[1]), p(item[2]), ":", p(item[3])])
        elif kind == "opts":
            rows.append(
                [
                    p(item[1]),
                    p(item[2]),
                    ":",
                    [p(f"{on if c else off} {w}") for w, c in item[3]],
                ]
            )
        elif kind in ("table", "jadwal"):
            _, number, label, header, body = item
            rows.append([p(number), p(label), "", ""])
            flush()
            data = [[p(h, stb) for h in header]]
            if kind == "table":
                data += [[p(str(n)), *[p(c) for c in r]] for n, r in enumerate(body, start=1)]
                rest = col_w - 28
                share = (
                    [0.4, 0.25, 0.35]
                    if len(header) == 4
                    else [1 / (len(header) - 1)] * (len(header) - 1)
                )
                tw = [28, *(rest * f for f in share)]
            else:
                data += [[p(c) for c in r] for r in body]
                tw = [col_w * 0.44, col_w * 0.28, col_w * 0.28]
            t = Table(data, colWidths=tw, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sign":
            flush()
            story.append(Spacer(1, 16))
            sign = ParagraphStyle("s2", parent=st, leftIndent=col_w * 0.45)
            for k, line in enumerate(item[1]):
                story.append(p(line, sign))
                if k == len(item[1]) - 3:
                    story.append(Spacer(1, 36))
    flush()
    doc = BaseDocTemplate(str(path), pagesize=(width, height))
    doc.addPageTemplates([PageTemplate(id="dua", frames=frames, onPage=page)])
    doc.build(story)


# --- eleventh wave ----------------------------------------------------------------------


def _lettered(opts: list[tuple[str, bool]]) -> list[str]:
    """Options as "a. wording", "(X)" typed before the chosen ones."""
    return [
        f"{'(X) ' if chosen else ''}{'abcdefghij'[k]}. {wording}"
        for k, (wording, chosen) in enumerate(opts)
    ]


def render_pdf_centred(script: list[Item], path: Path) -> None:
    """A ruled table No | Rincian | Isian whose number and label cells are vertically
    centred against the value cell (long values run over several lines); options listed
    "a. ... b. ..." (one a line when more than three) with "(X)" before the chosen ones;
    the variable list and the schedule as ruled tables with centred cells."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = _fonts()
    st = ParagraphStyle("c11", fontName=font, fontSize=9, leading=11.5)
    stb = ParagraphStyle("b11", fontName=bold, fontSize=9.5, leading=12)
    title = ParagraphStyle("t11", fontName=bold, fontSize=11, leading=14, alignment=1)
    story: list[Any] = []
    rows: list[list[Any]] = []
    styles: list[tuple[Any, ...]] = []
    widths = [44, 180, 271]

    def p(s: str, style: ParagraphStyle = st) -> Paragraph:
        return Paragraph(s.replace("&", "&amp;").replace("<", "&lt;"), style)

    def flush() -> None:
        nonlocal rows, styles
        if rows:
            t = Table(rows, colWidths=widths)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (1, -1), "MIDDLE"),
                        ("VALIGN", (2, 0), (2, -1), "TOP"),
                        *styles,
                    ]
                )
            )
            story.append(t)
        rows, styles = [], []

    def side_table(header: tuple[str, ...], body: list[list[str]], tw: list[float]) -> None:
        data = [[p(h, stb) for h in header]] + [[p(c) for c in r] for r in body]
        t = Table(data, colWidths=tw, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ]
            )
        )
        story.append(t)

    for item in script:
        kind = item[0]
        if kind == "title":
            story.append(p(item[1], title))
            story.append(Spacer(1, 4))
        elif kind == "block":
            rows.append([p(item[1], stb), "", ""])
            styles.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        elif kind == "note":
            rows.append(["", p(item[1]), ""])
            styles.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
        elif kind == "head":
            rows.append([p(item[1]), p(item[2], stb), ""])
            styles.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
        elif kind == "text":
            rows.append([p(item[1]), p(item[2]), p(item[3])])
        elif kind == "opts":
            pieces = _lettered(item[3])
            if len(pieces) <= 3:
                # Kept apart by hard spaces, each option unbroken across lines.
                line = "&nbsp;" * 6 + " "
                line = line.join(s.replace("&", "&amp;").replace(" ", "&nbsp;") for s in pieces)
                rows.append([p(item[1]), p(item[2]), Paragraph(line, st)])
            else:
                rows.append([p(item[1]), p(item[2]), [p(s) for s in pieces]])
        elif kind in ("table", "jadwal"):
            _, number, label, header, body = item
            rows.append([p(number), p(label), ""])
            styles.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
            flush()
            if kind == "table":
                side_table(
                    header,
                    [[f"{n}.", *r] for n, r in enumerate(body, start=1)],
                    [44, 271, 180],
                )
            else:
                side_table(header, [list(r) for r in body], [224, 135.5, 135.5])
        elif kind == "sign":
            flush()
            story.append(Spacer(1, 18))
            sign = ParagraphStyle("s11", parent=st, leftIndent=300)
            for k, line in enumerate(item[1]):
                story.append(p(line, sign))
                if k == len(item[1]) - 3:
                    story.append(Spacer(1, 40))
    flush()
    SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=46, bottomMargin=46
    ).build(story)


def _drawn_boxes(
    cv: _Canvas, opts: list[tuple[str, bool]], x0: float, right: float, mark: str
) -> None:
    """Options as drawn squares (``mark`` written in the chosen ones) before each wording,
    wrapped at ``right``; leaves the canvas on the last line used."""
    x = x0
    side = cv.size + 1
    for wording, chosen in opts:
        w = side + 4 + cv.width_of(wording)
        if x + w > right and x > x0:
            cv.down()
            cv.need(1)
            x = x0
        cv.c.setLineWidth(0.7)
        cv.c.rect(x, cv.y - 2, side, side, stroke=1, fill=0)
        if chosen:
            cv.text(x + (side - cv.width_of(mark, bold=True)) / 2, mark, bold=True)
        cv.text(x + side + 4, wording)
        x += w + 16


def render_pdf_formlines(script: list[Item], path: Path) -> None:
    """A printed paper form: blocks under black title bars with white capitals, every
    value typed on a ruled writing line starting at a fixed column (no colon), options
    as drawn boxes with a tick in the chosen ones, tables as ruled grids."""
    font, bold = _fonts()
    cv = _Canvas(path, font, bold, 9.5)
    x_num, x_label, x_val, right = 46.0, 80.0, 262.0, 550.0

    def ruled(lines: list[str]) -> None:
        for k, line in enumerate(lines):
            if k:
                cv.down()
                cv.need(1)
            cv.text(x_val + 2, line)
            cv.c.setLineWidth(0.4)
            cv.c.line(x_val, cv.y - 3, right, cv.y - 3)

    for item in script:
        kind = item[0]
        if kind == "title":
            cv.centred(item[1], bold=True)
            cv.down()
        elif kind == "block":
            cv.down(0.8)
            cv.need(3)
            cv.c.setFillGray(0)
            cv.c.rect(x_num - 4, cv.y - 4, right - x_num + 8, cv.size + 7, stroke=0, fill=1)
            cv.c.setFillGray(1)
            cv.text(x_num, item[1], bold=True)
            cv.c.setFillGray(0)
            cv.down(1.4)
        elif kind == "note":
            cv.need(1)
            cv.text(x_label, item[1])
            cv.down()
        elif kind == "gap":
            continue
        elif kind == "head":
            cv.need(2)
            cv.text(x_num, item[1])
            cv.text(x_label, item[2], bold=True)
            cv.down(1.1)
        elif kind in ("text", "opts"):
            _, number, label = item[:3]
            lx = x_label + (12 if number and not number[-1].isdigit() else 0) if number else x_num
            labels = cv.wrap(label, x_val - lx - 8)
            cv.need(max(len(labels), 2))
            top = cv.y
            cv.text(x_num, number)
            for k, lab in enumerate(labels):
                cv.text(lx, lab)
                if k < len(labels) - 1:
                    cv.down()
            low = cv.y
            cv.y = top
            if kind == "text":
                ruled(cv.wrap(item[3], right - x_val - 4))
            else:
                _drawn_boxes(cv, item[3], x_val + 2, right, "✓")
            cv.y = min(cv.y, low)
            cv.down(1.35)
        elif kind in ("table", "jadwal"):
            _, number, label, header, rows = item
            cv.need(4)
            cv.text(x_num, number)
            cv.text(x_label, label)
            cv.down(1.2)
            if kind == "table":
                edges = [x_label, x_label + 26, x_label + 290, right]
                body = [[f"{n}", *row] for n, row in enumerate(rows, start=1)]
            else:
                edges = [x_label, x_label + 180, x_label + 325, right]
                body = [list(row) for row in rows]
            _grid(cv, edges, [list(header), *body], bold_first=True)
            cv.down(0.4)
        elif kind == "sign":
            cv.sign(item[1])
    cv.finish()


def scan_to_tiff(
    make_pdf: Any, path: Path, *, dpi: int = 300, angle: float = 0.7, noise: float = 7.0
) -> None:
    """``make_pdf(pdf_path)`` rasterised like a flatbed scan: grey pages at ``dpi``, turned
    by ``angle`` degrees (white fill), light Gaussian noise, saved as a multi-page TIFF."""
    import tempfile

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(11)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "form.pdf"
        make_pdf(pdf)
        doc = pdfium.PdfDocument(str(pdf))
        pages = []
        for k in range(len(doc)):
            img = doc[k].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            arr = np.asarray(img, dtype=np.float32) + rng.normal(
                0.0, noise, (img.height, img.width)
            )
            pages.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L"))
        doc.close()
    pages[0].save(
        str(path),
        save_all=True,
        append_images=pages[1:],
        dpi=(dpi, dpi),
        compression="tiff_deflate",
    )


def render_docx_caps_below(script: list[Item], path: Path) -> None:
    """A Word form without a grid: each number and label in bold capitals on its own
    paragraph, the value in the paragraph below it (indented, no colon); options on one
    line as "☐ A   ☒ B   ☐ C"; the variable list and schedule as Word tables."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(10.5)

    def label_para(number: str, label: str) -> None:
        para = doc.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.paragraph_format.space_before = Pt(4)
        para.add_run(f"{number}  {label.upper()}" if number else label.upper()).bold = True

    def value_para(text: str) -> None:
        para = doc.add_paragraph(text)
        para.paragraph_format.left_indent = Cm(0.8)
        para.paragraph_format.space_after = Pt(2)

    for item in script:
        kind = item[0]
        if kind == "title":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(item[1]).bold = True
        elif kind == "block":
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(10)
            run = para.add_run(item[1])
            run.bold = True
            run.underline = True
        elif kind == "note":
            value_para(item[1])
        elif kind == "head":
            label_para(item[1], item[2])
        elif kind == "text":
            label_para(item[1], item[2])
            value_para(item[3])
        elif kind == "opts":
            label_para(item[1], item[2])
            value_para("   ".join(f"{'☒' if c else '☐'} {w}" for w, c in item[3]))
        elif kind in ("table", "jadwal"):
            _, number, label, header, body = item
            label_para(number, label)
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, header, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for n, line in enumerate(body, start=1):
                values = [str(n), *line] if kind == "table" else list(line)
                for cell, value in zip(t.add_row().cells, values, strict=True):
                    cell.text = value
        elif kind == "sign":
            doc.add_paragraph()
            for k, line in enumerate(item[1]):
                para = doc.add_paragraph(line)
                para.paragraph_format.left_indent = Cm(9.5)
                para.paragraph_format.space_after = Pt(0)
                if k == len(item[1]) - 3:
                    doc.add_paragraph()
                    doc.add_paragraph()
    doc.save(str(path))


def render_pdf_outline(script: list[Item], path: Path) -> None:
    """A lettered outline: blocks "A.", items "1)", sub-items "a)" indented a step further;
    each value at a fixed column after a wide gap (no colon); options as drawn boxes with
    an "X" in the chosen ones; tables as ruled grids of as many columns as given."""
    font, bold = _fonts()
    cv = _Canvas(path, font, bold, 9.5)
    x_block, x_item, x_val, right = 50.0, 66.0, 290.0, 550.0

    def where(number: str) -> tuple[float, float]:
        """(number x, label x) of an item or a sub-item."""
        if number[:1].isalpha():
            return x_item + 18, x_item + 34
        return x_item, x_item + 18

    for item in script:
        kind = item[0]
        if kind == "title":
            cv.centred(item[1], bold=True)
            cv.down()
        elif kind == "block":
            cv.down(0.7)
            cv.need(3)
            cv.text(x_block, item[1], bold=True)
            cv.down(1.2)
        elif kind == "note":
            cv.need(1)
            cv.text(x_item, item[1])
            cv.down()
        elif kind == "gap":
            continue
        elif kind == "head":
            cv.need(2)
            nx, lx = where(item[1])
            cv.text(nx, item[1])
            cv.text(lx, item[2])
            cv.down()
        elif kind in ("text", "opts"):
            _, number, label = item[:3]
            nx, lx = where(number) if number else (x_block, x_block)
            labels = cv.wrap(label, x_val - lx - 20)
            cv.need(max(len(labels), 2))
            top = cv.y
            cv.text(nx, number)
            for k, lab in enumerate(labels):
                cv.text(lx, lab)
                if k < len(labels) - 1:
                    cv.down()
            low = cv.y
            cv.y = top
            if kind == "text":
                for k, line in enumerate(cv.wrap(item[3], right - x_val)):
                    if k:
                        cv.down()
                        cv.need(1)
                    cv.text(x_val, line)
            else:
                _drawn_boxes(cv, item[3], x_val, right, "X")
            cv.y = min(cv.y, low)
            cv.down(1.15)
        elif kind in ("table", "jadwal"):
            _, number, label, header, rows = item
            nx, lx = where(number)
            cv.need(4)
            cv.text(nx, number)
            cv.text(lx, label)
            cv.down(1.2)
            left = x_item + 18
            if kind == "table":
                shares = {6: [0.3, 0.11, 0.15, 0.24, 0.2], 4: [0.4, 0.25, 0.35]}
                share = shares.get(len(header), [1 / (len(header) - 1)] * (len(header) - 1))
                edges = [left, left + 24]
                for f in share:
                    edges.append(edges[-1] + (right - left - 24) * f)
                body = [[f"{n}", *row] for n, row in enumerate(rows, start=1)]
            else:
                edges = [left, left + 170, left + 317, right]
                body = [list(row) for row in rows]
            _grid(cv, edges, [list(header), *body], bold_first=True)
            cv.down(0.4)
        elif kind == "sign":
            cv.sign(item[1])
    cv.finish()


def render_letter_split(
    kop: list[str],
    left: list[tuple[str, str]],
    right_lines: list[str],
    body: list[str],
    sign: list[str],
    tembusan: list[str],
    path: Path,
) -> None:
    """A letter whose letterhead sits beside a drawn emblem; under it two columns side by
    side: "Nomor : ..." to "Hal : ..." on the left (long values wrapped inside the column)
    and the place and date, then the addressee, on the right; the body, a signature block
    with the NIP and a "Tembusan" list."""
    font, bold = _fonts()
    cv = _Canvas(path, font, bold, 11)
    c = cv.c
    # Letterhead: an emblem (a shield outline) at the left, the lines centred beside it.
    c.setLineWidth(1.2)
    top = cv.height - 48
    path_obj = c.beginPath()
    path_obj.moveTo(62, top)
    path_obj.lineTo(118, top)
    path_obj.lineTo(118, top - 40)
    path_obj.curveTo(118, top - 58, 90, top - 68, 90, top - 68)
    path_obj.curveTo(90, top - 68, 62, top - 58, 62, top - 40)
    path_obj.close()
    c.drawPath(path_obj, stroke=1, fill=0)
    y = top - 4
    for k, line in enumerate(kop):
        size, face = (13, bold) if k < 2 else (8.5, font)
        c.setFont(face, size)
        c.drawCentredString(330, y, line)
        y -= size + 4
    y -= 2
    c.setLineWidth(2.2)
    c.line(56, y, cv.width - 56, y)
    c.setLineWidth(0.6)
    c.line(56, y - 3, cv.width - 56, y - 3)
    cv.y = y - 26
    start = cv.y
    # Left column: label, colon, value wrapped within the column.
    for label, value in left:
        cv.text(70, label)
        cv.text(128, ":")
        for k, line in enumerate(cv.wrap(value, 190)):
            if k:
                cv.down()
            cv.text(136, line)
        cv.down()
    low = cv.y
    cv.y = start
    for line in right_lines:
        cv.text(352, line)
        cv.down()
    cv.y = min(cv.y, low)
    cv.down()
    for para in body:
        for k, line in enumerate(cv.wrap(para, 410)):
            cv.need(1)
            cv.text(136 if k == 0 else 106, line)
            cv.down()
        cv.down(0.4)
    cv.down()
    cv.need(len(sign) + 4)
    for k, line in enumerate(sign):
        cv.text(300, line)
        cv.down(4 if k == len(sign) - 4 else 1)
    cv.down()
    c.setFont(font, 9.5)
    for line in tembusan:
        cv.need(1)
        c.drawString(70, cv.y, line)
        cv.y -= 13
    cv.c.save()


# --- twelfth wave ----------------------------------------------------------------------


def date_range(start: str, end: str) -> str:
    """ "5 Januari 2026", "30 Januari 2026" as "5 s.d. 30 Januari 2026" (the month and
    year written once when shared)."""
    d1, m1, y1 = start.split()
    _, m2, y2 = end.split()
    if y1 != y2:
        return f"{start} s.d. {end}"
    if m1 != m2:
        return f"{d1} {m1} s.d. {end}"
    return f"{d1} s.d. {end}"


def render_pdf_questions(script: list[Item], path: Path, *, on: str, off: str) -> None:
    """Every item asked as a full question with its number, the answer underneath in a
    light-grey shaded box; options ``on``/``off`` inside the box; a group's sub-items as
    small labels, each over its own shaded answer box; the schedule as a two-column table
    of date ranges ("5 s.d. 30 Januari 2026")."""
    font, bold = _fonts()
    cv = _Canvas(path, font, bold, 9.5)
    x_num, x_q, right = 48.0, 84.0, 548.0

    def shaded(lines: list[str], x0: float) -> None:
        cv.need(len(lines) + 1)
        top = cv.y + cv.size + 2
        bottom = cv.y - (len(lines) - 1) * cv.lead - 4
        cv.c.setFillGray(0.88)
        cv.c.rect(x0, bottom, right - x0, top - bottom, stroke=0, fill=1)
        cv.c.setFillGray(0)
        for k, line in enumerate(lines):
            if k:
                cv.down()
            cv.text(x0 + 5, line)
        cv.down(1.45)

    def question(number: str, label: str, x0: float, *, is_bold: bool) -> None:
        lines = cv.wrap(label, right - x0)
        cv.need(len(lines) + 2)
        cv.text(x_num, number)
        for k, line in enumerate(lines):
            if k:
                cv.down()
            cv.text(x0, line, bold=is_bold)
        cv.down(1.15)

    for item in script:
        kind = item[0]
        if kind == "title":
            cv.centred(item[1], bold=True)
            cv.down()
        elif kind == "block":
            cv.down(0.6)
            cv.need(4)
            cv.text(x_num, item[1], bold=True)
            cv.c.setLineWidth(1)
            cv.c.line(x_num, cv.y - 4, right, cv.y - 4)
            cv.down(1.5)
        elif kind == "note":
            cv.need(1)
            cv.text(x_q, item[1])
            cv.down(1.3)
        elif kind == "head":
            question(item[1], item[2], x_q, is_bold=True)
        elif kind == "text":
            _, number, label, value = item
            sub = bool(number) and number.count(".") >= 2
            x0 = x_q + 16 if sub else x_q
            question(number if not sub else "", label, x0, is_bold=not sub)
            shaded(cv.wrap(value, right - x0 - 10), x0)
        elif kind == "opts":
            _, number, label, opts = item
            sub = bool(number) and number.count(".") >= 2
            x0 = x_q + 16 if sub else x_q
            question(number if not sub else "", label, x0, is_bold=not sub)
            pieces = [f"{on if chosen else off} {wording}" for wording, chosen in opts]
            lines, line = [], ""
            for piece in pieces:
                trial = f"{line}     {piece}" if line else piece
                if cv.width_of(trial) > right - x0 - 10 and line:
                    lines.append(line)
                    line = piece
                else:
                    line = trial
            lines.append(line)
            shaded(lines, x0)
        elif kind in ("table", "jadwal"):
            _, number, label, header, rows = item
            question(number, label, x_q, is_bold=True)
            if kind == "table":
                edges = [x_q, x_q + 26, x_q + 300, right]
                body = [[f"{n}", *row] for n, row in enumerate(rows, start=1)]
            else:
                edges = [x_q, x_q + 190, right]
                header = ("Tahap kegiatan", "Waktu pelaksanaan")
                body = [[stage, date_range(a, b)] for stage, a, b in rows]
            _grid(cv, edges, [list(header), *body], bold_first=True)
            cv.down(0.6)
        elif kind == "sign":
            cv.sign(item[1])
    cv.finish()


def render_docx_pairs(script: list[Item], path: Path, *, on: str = "[V]", off: str = "[ ]") -> None:
    """A Word form as one two-column table, each cell holding "Label: value" and two items
    to a row (a group's sub-items paired up under the group's heading); block headings
    as merged shaded rows; options typed "[V] A  [ ] B" after the colon; the variable list
    and the schedule as their own tables."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9.5)
    state: dict[str, Any] = {"table": None, "cell": None}

    def shade(cell: Any) -> None:
        pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "D9D9D9")
        pr.append(shd)

    def table() -> Any:
        if state["table"] is None:
            grid: Any = doc.add_table(rows=0, cols=2)
            grid.style = "Table Grid"
            state["table"], state["cell"] = grid, None
        return state["table"]

    def close() -> None:
        state["table"], state["cell"] = None, None

    def full_row(text: str, *, shaded: bool, is_bold: bool) -> None:
        row = table().add_row()
        cell = row.cells[0].merge(row.cells[1])
        cell.paragraphs[0].add_run(text).bold = is_bold
        if shaded:
            shade(cell)
        state["cell"] = None

    def pair(number: str, label: str, value: str) -> None:
        t = table()
        if state["cell"] is None:
            row = t.add_row()
            cell, state["cell"] = row.cells[0], row.cells[1]
        else:
            cell, state["cell"] = state["cell"], None
        para = cell.paragraphs[0]
        para.add_run(f"{number} {label}: " if number else f"{label}: ").bold = True
        para.add_run(value)

    for item in script:
        kind = item[0]
        if kind == "title":
            close()
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(item[1]).bold = True
        elif kind == "block":
            full_row(item[1], shaded=True, is_bold=True)
        elif kind == "note":
            full_row(item[1], shaded=False, is_bold=False)
        elif kind == "head":
            full_row(f"{item[1]} {item[2]}".strip(), shaded=False, is_bold=True)
        elif kind == "text":
            pair(item[1], item[2], item[3])
        elif kind == "opts":
            _, number, label, opts = item
            pair(number, label, "  ".join(f"{on if c else off} {w}" for w, c in opts))
        elif kind in ("table", "jadwal"):
            _, number, label, header, rows = item
            full_row(f"{number} {label}".strip(), shaded=False, is_bold=True)
            close()
            body = (
                [[f"{n}", *row] for n, row in enumerate(rows, start=1)]
                if kind == "table"
                else [list(row) for row in rows]
            )
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, header, strict=True):
                cell.paragraphs[0].add_run(text).bold = True
            for row in body:
                cells = t.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
            doc.add_paragraph()
        elif kind == "sign":
            close()
            doc.add_paragraph()
            for k, line in enumerate(item[1]):
                para = doc.add_paragraph(line)
                para.paragraph_format.left_indent = Pt(300)
                para.paragraph_format.space_after = Pt(0)
                if k == len(item[1]) - 3:
                    for _ in range(3):
                        doc.add_paragraph().paragraph_format.space_after = Pt(0)
    doc.save(str(path))


def scan_to_jpeg_pdf(
    make_pdf: Any, path: Path, *, dpi: int = 200, angle: float = -0.5, noise: float = 6.0
) -> None:
    """``make_pdf(pdf_path)`` as an office scanner's "scan to PDF": grey pages at ``dpi``,
    turned by ``angle`` degrees, light noise, each page stored as a JPEG image."""
    import tempfile

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(12)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "form.pdf"
        make_pdf(pdf)
        doc = pdfium.PdfDocument(str(pdf))
        pages = []
        for k in range(len(doc)):
            img = doc[k].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
            arr = (
                np.asarray(img, dtype=np.float32) * 0.96
                + 6
                + rng.normal(0.0, noise, (img.height, img.width))
            )
            pages.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L"))
        doc.close()
    pages[0].save(
        str(path), "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), quality=80
    )
