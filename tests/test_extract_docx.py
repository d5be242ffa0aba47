"""DOCX: document order, table cells side by side, every kind of checkbox, synthetic pages."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from extractors import load_document
from extractors.document import CHECKED_GLYPH, UNCHECKED_GLYPH, Document

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _content_control_checkbox(tag: str, checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:tag w:val="{tag}"/>'
        f'<w14:checkbox><w14:checked w14:val="{int(checked)}"/></w14:checkbox></w:sdtPr>'
        f"<w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def _legacy_checkbox_runs(name: str, checked: bool) -> list[str]:
    state = "<w:checked/>" if checked else ""
    return [
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData>'
        f'<w:name w:val="{name}"/><w:checkBox><w:sizeAuto/>{state}</w:checkBox>'
        f"</w:ffData></w:fldChar></w:r>",
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ]


def _text_control(tag: str, text: str, *, placeholder: bool = False) -> str:
    plc = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/>{plc}</w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def _sym(char: str) -> str:
    return f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="{char}"/></w:r>'


@pytest.fixture(scope="module")
def fs3_docx() -> bytes:
    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = "PEMERINTAH KABUPATEN BANGKA TENGAH"
    header.add_paragraph("DINAS KESEHATAN")
    d.add_paragraph("FORMULIR PEMBERITAHUAN SURVEI STATISTIK SEKTORAL")
    table = d.add_table(rows=3, cols=2)
    rows = [
        ("Nama Instansi", "Dinas Kesehatan Koba"),
        ("Alamat", "Jalan Jenderal Sudirman Nomor 12"),
        ("Pelaksanaan", "☒Sekali ☐ Berulang"),
    ]
    for r, (label, value) in enumerate(rows):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = value

    p = d.add_paragraph("Uji coba: ")
    p._p.append(parse_xml(_sym("F0FE")))
    p.add_run(" Ya ")
    p._p.append(parse_xml(_sym("F0A8")))
    p.add_run(" Tidak")

    p = d.add_paragraph("Pelatihan: ")
    p._p.append(parse_xml(_content_control_checkbox("pelatihan", True)))
    p.add_run(" Ya")

    p = d.add_paragraph("Penyuntingan: ")
    for run in _legacy_checkbox_runs("penyuntingan", True):
        p._p.append(parse_xml(run))
    p.add_run(" Ya ")
    for run in _legacy_checkbox_runs("penyandian", False):
        p._p.append(parse_xml(run))
    p.add_run(" Tidak")

    p = d.add_paragraph("Email: ")
    p._p.append(parse_xml(_text_control("email", "dinkes@bangka.go.id")))
    p = d.add_paragraph("Faks: ")
    p._p.append(parse_xml(_text_control("faks", "Klik untuk mengisi teks.", placeholder=True)))
    p = d.add_paragraph("Kata ")
    p._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>'
            "dihapus</w:delText></w:r></w:del>"
        )
    )
    p.add_run("tersisa")

    d.add_page_break()
    d.add_paragraph("Halaman dua: jadwal kegiatan")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def fs3(fs3_docx: bytes) -> Document:
    return load_document(fs3_docx, file_name="fs3.docx")


def test_docx_reads_in_document_order_with_the_header_first(fs3: Document) -> None:
    assert fs3.source_kind == "docx" and fs3.ocr_pages == 0
    texts = [line.text() for _, line in fs3.lines()]
    assert texts[:3] == [
        "PEMERINTAH KABUPATEN BANGKA TENGAH",
        "DINAS KESEHATAN",
        "FORMULIR PEMBERITAHUAN SURVEI STATISTIK SEKTORAL",
    ]
    order = [texts.index(t) for t in ("Nama Instansi", "Dinas Kesehatan Koba", "Alamat")]
    assert order == sorted(order)
    assert "Kata tersisa" in texts  # tracked deletion is not shown text
    assert all(
        w.source == "docx" and w.confidence == 1.0 for _, ln in fs3.lines() for w in ln.words
    )


def test_table_cells_sit_side_by_side_with_their_cell_address(fs3: Document) -> None:
    page = fs3.pages[0]
    label = next(ln for ln in page.lines if ln.text() == "Nama Instansi")
    value = next(ln for ln in page.lines if ln.text() == "Dinas Kesehatan Koba")
    assert label.cell == (0, 0, 0) and value.cell == (0, 0, 1)
    assert label.bbox[1] == value.bbox[1]  # same row
    assert label.bbox[2] < value.bbox[0]  # label left of value
    assert "Nama Instansi\tDinas Kesehatan Koba" in page.text()
    assert next(ln for ln in page.lines if ln.text() == "Alamat").cell == (0, 1, 0)


def test_every_kind_of_checkbox_becomes_a_glyph_word_and_a_mark(fs3: Document) -> None:
    texts = [line.text() for _, line in fs3.lines()]
    c, u = CHECKED_GLYPH, UNCHECKED_GLYPH
    assert f"{c} Sekali {u} Berulang" in texts  # Unicode symbols typed in a cell
    assert f"Uji coba: {c} Ya {u} Tidak" in texts  # Wingdings w:sym
    assert f"Pelatihan: {c} Ya" in texts  # content control
    assert f"Penyuntingan: {c} Ya {u} Tidak" in texts  # legacy form field
    kinds = [m.kind for m in fs3.pages[0].marks]
    assert kinds.count("checked") == 4 and kinds.count("unchecked") == 3
    glyph_boxes = {w.bbox for w in fs3.pages[0].words() if w.text in (c, u)}
    assert {m.bbox for m in fs3.pages[0].marks} == glyph_boxes


def test_named_controls_and_legacy_fields_fill_form_fields(fs3: Document) -> None:
    assert fs3.form_fields == {
        "pelatihan": True,
        "penyuntingan": True,
        "penyandian": False,
        "email": "dinkes@bangka.go.id",
    }
    assert "Klik untuk mengisi" not in fs3.text()  # a placeholder prompt is not a value


def test_an_explicit_page_break_starts_a_new_synthetic_a4_page(fs3: Document) -> None:
    assert [p.number for p in fs3.pages] == [1, 2]
    second = fs3.pages[1]
    assert second.text() == "Halaman dua: jadwal kegiatan"
    assert (second.width, second.height) == (pytest.approx(595.28), pytest.approx(841.89))
    assert second.source == "docx" and second.dpi is None
    top = second.lines[0].bbox[1]
    assert top == pytest.approx(72)


def test_long_documents_are_split_into_pages_of_about_fifty_lines() -> None:
    d = docx.Document()
    for i in range(120):
        d.add_paragraph(f"Baris nomor {i}")
    buf = io.BytesIO()
    d.save(buf)
    doc = load_document(buf.getvalue())
    assert len(doc.pages) == 3
    assert all(ln.bbox[3] <= p.height - 72 for p in doc.pages for ln in p.lines)
    assert doc.pages[1].lines[0].text() == f"Baris nomor {len(doc.pages[0].lines)}"


def test_long_paragraphs_wrap_inside_the_text_width() -> None:
    d = docx.Document()
    d.add_paragraph("kata " * 200)
    buf = io.BytesIO()
    d.save(buf)
    page = load_document(buf.getvalue()).pages[0]
    assert len(page.lines) > 5
    assert all(ln.bbox[0] >= 72 and ln.bbox[2] <= 595.28 - 72 for ln in page.lines)


def test_a_page_break_inside_a_paragraph_splits_it_across_pages() -> None:
    d = docx.Document()
    p = d.add_paragraph("Akhir halaman satu")
    p.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    p.add_run("Awal halaman dua")
    d.add_paragraph("Judul bab").paragraph_format.page_break_before = True
    buf = io.BytesIO()
    d.save(buf)
    doc = load_document(buf.getvalue())
    assert [p.text() for p in doc.pages] == ["Akhir halaman satu", "Awal halaman dua", "Judul bab"]


def test_a_nested_table_keeps_its_own_cell_addresses() -> None:
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Variabel"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for r, (nama, ref) in enumerate([("Umur", "2025"), ("Pendidikan", "2025")]):
        inner.cell(r, 0).text = nama
        inner.cell(r, 1).text = ref
    buf = io.BytesIO()
    d.save(buf)
    page = load_document(buf.getvalue()).pages[0]
    cells = {line.text(): line.cell for line in page.lines}
    assert cells["Variabel"] == (0, 0, 0)
    assert cells["Umur"] == (1, 0, 0) and cells["Pendidikan"] == (1, 1, 0)
    umur = next(ln for ln in page.lines if ln.text() == "Umur")
    variabel = next(ln for ln in page.lines if ln.text() == "Variabel")
    assert umur.bbox[0] > variabel.bbox[2]  # inside the right-hand outer cell


def test_wingdings_text_runs_are_read_as_checkboxes() -> None:
    """Word also stores a symbol as a plain character in a Wingdings run ("þ" = F0FE)."""
    d = docx.Document()
    p = d.add_paragraph("Produk cetak: ")
    for char, label in (("þ", " Ya "), ("¨", " Tidak")):
        run = p.add_run(char)
        run.font.name = "Wingdings"
        p.add_run(label)
    buf = io.BytesIO()
    d.save(buf)
    page = load_document(buf.getvalue()).pages[0]
    assert page.text() == f"Produk cetak: {CHECKED_GLYPH} Ya {UNCHECKED_GLYPH} Tidak"
    assert [m.kind for m in page.marks] == ["checked", "unchecked"]


def test_an_email_in_a_narrow_cell_content_control_stays_one_word() -> None:
    """A value longer than its cell is wide (an address typed in a plain-text control of a
    four-column form table) is one word, as Word shows it, not cut at the cell width."""
    email = "made.suartini@baliprov.go.id"  # 28 characters; the cell holds about 19
    d = docx.Document()
    table = d.add_table(rows=2, cols=4)
    for r, (item, label) in enumerate((("2.1.5", "Pos-el"), ("2.2.5", "Surel"))):
        row = table.rows[r].cells
        row[0].text, row[1].text, row[2].text = item, label, ":"
        para = row[3].paragraphs[0]._p
        if r == 0:
            para.append(
                parse_xml(_text_control("Pos-el", email).replace("<w:tag", "<w:text/><w:tag"))
            )
        else:
            # Typed in two runs with a proofing mark and a bookmark between them.
            para.append(
                parse_xml(
                    f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="Surel"/><w:text/></w:sdtPr>'
                    "<w:sdtContent><w:r><w:t>gede.wirawan</w:t></w:r>"
                    '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="e"/>'
                    '<w:r><w:t>@baliprov.go.id</w:t></w:r><w:bookmarkEnd w:id="0"/>'
                    '<w:proofErr w:type="spellEnd"/></w:sdtContent></w:sdt>'
                )
            )
    buf = io.BytesIO()
    d.save(buf)
    doc = load_document(buf.getvalue())
    page = doc.pages[0]
    words = {w.text: w for w in page.words()}
    for address, label in ((email, "Pos-el"), ("gede.wirawan@baliprov.go.id", "Surel")):
        assert address in words, page.text()
        value = next(ln for ln in page.lines if ln.text() == address)
        key = next(ln for ln in page.lines if ln.text() == label)
        assert value.bbox[1] == key.bbox[1]  # same row as its label
        assert value.cell is not None and value.cell[2] == 3
        assert value.bbox[2] <= 595.28 - 72  # clamped to its column, not past the margin
        assert doc.form_fields[label] == address


def test_struck_through_text_is_crossed_out() -> None:
    """Options the sender crossed out (Word's strike-through) are not read: "Satu kali /
    Berulang" with "Satu kali" struck through answers "Berulang"."""
    from extractors.forms import extract_form

    doc = docx.Document()
    p = doc.add_paragraph("11. Pelaksanaan kegiatan: ")
    p.add_run("Satu kali").font.strike = True
    p.add_run(" / ")
    p.add_run("Berulang").bold = True
    p = doc.add_paragraph("12. Periode: ")
    for k, word in enumerate(("Harian", "Bulanan", "Tahunan")):
        if k:
            p.add_run(" / ")
        p.add_run(word).font.strike = word != "Bulanan"
    buf = io.BytesIO()
    doc.save(buf)
    document = load_document(buf.getvalue(), file_name="f.docx")
    text = " ".join(w.text for page in document.pages for line in page.lines for w in line.words)
    assert "Satu" not in text and "Harian" not in text
    values = {k: f.value for k, f in extract_form(document, "fp-kpa").items()}
    assert values["pelaksanaan"] == "berulang"
    assert values["frekuensi"] == "bulanan"
