"""Field extraction on layouts and wordings no vocabulary lists: labels read by what they
are about or by their answer, schedule rows by their stage word, a notes column left
out, persons side by side under centred headers, questions in Word cells, options that
lost their boxes, Word symbols printed to PDF."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import load_document
from extractors.document import symbol_glyph
from extractors.forms import extract_form
from extractors.forms.labels import ENTRIES
from extractors.forms.reader import _label_span, _unknown_label
from letters.convert import to_pdf


def _pdf(rows: list[list[tuple[float, str]]], *, top: float = 780, step: float = 18) -> bytes:
    """A text PDF: each row a list of (x, text) cells, rows ``step`` points apart."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for i, cells in enumerate(rows):
        for x, text in cells:
            c.setFont("DejaVu" if any(ord(ch) > 255 for ch in text) else "Helvetica", 10)
            c.drawString(x, top - step * i, text)
    c.save()
    return buf.getvalue()


def _values(data: bytes, form: str) -> dict[str, object]:
    return {k: f.value for k, f in extract_form(load_document(data), form).items()}


def test_an_unknown_label_is_read_by_the_roots_of_its_words() -> None:
    """No list has these wordings; their roots say what they ask for."""
    got = _values(
        _pdf(
            [
                [(60, "Cara perolehan data : Rekapitulasi laporan bulanan dinas kabupaten")],
                [(60, "Petugas mendapat pelatihan : Ya")],
                [(60, "Banyaknya penyelia lapangan : 3 orang")],
                [(60, "Banyaknya operator penghimpun : 12 orang")],
            ]
        ),
        "fp-kpa",
    )
    assert got["metode_pengumpulan"] == "Rekapitulasi laporan bulanan dinas kabupaten"
    assert got["pelatihan"] is True
    assert got["jumlah_supervisor"] == 3
    assert got["jumlah_enumerator"] == 12


def test_an_unknown_question_is_read_by_its_answer_when_one_list_has_it() -> None:
    got = _values(
        _pdf(
            [
                [(60, "Apakah survei dilaksanakan satu kali atau berulang?"), (330, "Berulang")],
                [(60, "Rancangan pemilihan sampel"), (330, "Satu tahap")],
                [(60, "Bagaimana tipe pengumpulan datanya?"), (330, "Potong lintang")],
            ]
        ),
        "fs3",
    )
    assert got["pelaksanaan"] == "berulang"
    assert got["rancangan_sampel"] == "satu_tahap"
    assert got["tipe_pengumpulan"] == "cross_sectional"


def test_an_unknown_label_needs_its_end_on_the_row() -> None:
    """Prose, or a label whose value is elsewhere, is no unknown label: only a colon, a
    question mark, a column gap or a Word cell's end says where a label stops."""
    entries = ENTRIES["fp-kpa"]
    doc = load_document(_pdf([[(60, "Petugas mendapat pelatihan sebelum turun ke lapangan")]]))
    words = list(doc.pages[0].lines[0].words)
    assert _label_span(words, frozenset()) is None
    assert _unknown_label(words, frozenset(), entries) is None


def test_rows_of_the_variables_table_are_never_labels() -> None:
    """A variable named "Pemanfaatan ..." or "Jumlah petugas ..." stays a variable."""
    got = _values(
        _pdf(
            [
                [(60, "R.4.2 Variabel Pokok yang Dikumpulkan")],
                [(60, "No"), (90, "Nama Variabel"), (330, "Referensi Waktu")],
                [(60, "1."), (90, "Omzet usaha"), (330, "Triwulan berjalan")],
                [(60, "2."), (90, "Pemanfaatan pemasaran daring"), (330, "Triwulan berjalan")],
                [(60, "3."), (90, "Jumlah petugas pelayanan"), (330, "Akhir triwulan")],
            ]
        ),
        "fs3",
    )
    assert [v["nama"] for v in got["variabel"]] == [  # type: ignore[union-attr]
        "Omzet usaha",
        "Pemanfaatan pemasaran daring",
        "Jumlah petugas pelayanan",
    ]
    assert "tujuan" not in got and "jumlah_enumerator" not in got


def test_schedule_rows_are_named_by_their_stage_word() -> None:
    got = _values(
        _pdf(
            [
                [(60, "2. Jadwal Kegiatan")],
                [(110, "Tahapan Kegiatan"), (300, "Tanggal Mulai"), (420, "Tanggal Selesai")],
                [
                    (110, "Persiapan dan perencanaan"),
                    (300, "5 Januari 2026"),
                    (420, "23 Januari 2026"),
                ],
                [
                    (110, "Penarikan/pengumpulan data"),
                    (300, "2 Februari 2026"),
                    (420, "11 Desember 2026"),
                ],
                [(110, "Analisis data"), (300, "16 Februari 2026"), (420, "22 Desember 2026")],
                [(110, "Penyebarluasan hasil"), (300, "2 Maret 2026"), (420, "30 Desember 2026")],
            ]
        ),
        "fp-kpa",
    )
    assert got["jadwal.perencanaan.mulai"] == "2026-01-05"
    assert got["jadwal.pengumpulan.selesai"] == "2026-12-11"
    assert got["jadwal.analisis.mulai"] == "2026-02-16"
    assert got["jadwal.diseminasi.selesai"] == "2026-12-30"
    assert "metode_analisis" not in got


def test_a_notes_column_is_not_read_as_values() -> None:
    rows = [
        [(120, "Uraian"), (300, "Keterangan"), (480, "Catatan")],
        [
            (60, "Perangkat daerah pelaksana"),
            (220, "Badan Pendapatan Daerah"),
            (450, "Tanpa singkatan"),
        ],
        [(60, "Nomor telepon kantor"), (220, "(0536) 3231884"), (450, "Sertakan kode area")],
        [(60, "Surel resmi kantor"), (220, "bapenda@palangkaraya.go.id"), (450, "Gunakan go.id")],
        [(60, "Sifat penyelenggaraan"), (220, "Berulang"), (450, "Pilih: satu kali / berulang")],
    ]
    got = _values(_pdf(rows), "fp-kpa")
    assert got["penyelenggara.instansi"] == "Badan Pendapatan Daerah"
    assert got["penyelenggara.telepon"] == "+625363231884"
    assert got["penyelenggara.email"] == "bapenda@palangkaraya.go.id"
    assert got["pelaksanaan"] == "berulang"


def test_persons_side_by_side_under_centred_headers() -> None:
    """The column headers stand centred right of where the values start; labels and
    values wrap within their cells."""
    rows = [
        [(130, "Rincian"), (206, "Penanggung Jawab Kegiatan"), (385, "Penanggung Jawab Teknis")],
        [(108, "Nama lengkap"), (190, "drh. Muhammad Yasin, M.Si."), (364, "Nur Aisyah, S.Pt.")],
        [(108, "dan gelar")],
        [(108, "Jabatan"), (190, "Kepala Dinas Peternakan dan"), (364, "Kepala Seksi Data")],
        [(190, "Kesehatan Hewan")],
        [(108, "Telepon/HP"), (190, "0852-9925-1406"), (364, "0811-4282-6630")],
        [
            (108, "Surat elektronik"),
            (190, "yasin@sulbarprov.go.id"),
            (364, "datin@sulbarprov.go.id"),
        ],
    ]
    got = _values(_pdf(rows, step=13), "fp-kpa")
    assert got["penanggung_jawab.nama"] == "drh. Muhammad Yasin, M.Si."
    assert got["pj_teknis.nama"] == "Nur Aisyah, S.Pt."
    assert got["penanggung_jawab.jabatan"] == "Kepala Dinas Peternakan dan Kesehatan Hewan"
    assert got["pj_teknis.jabatan"] == "Kepala Seksi Data"
    assert got["pj_teknis.telepon"] == "+6281142826630"
    assert got["penanggung_jawab.email"] == "yasin@sulbarprov.go.id"


def test_a_heading_names_the_technical_lead_in_its_own_words() -> None:
    got = _values(
        _pdf(
            [
                [(60, "2.2 Pengelola teknis kegiatan")],
                [(70, "a. Nama dan gelar"), (220, "Marlina Eka Putri, S.Kom., M.T.")],
                [(70, "b. Telepon/HP"), (220, "0852-4990-3318")],
            ]
        ),
        "fp-kpa",
    )
    assert got["pj_teknis.nama"] == "Marlina Eka Putri, S.Kom., M.T."
    assert got["pj_teknis.telepon"] == "+6285249903318"


def test_a_question_in_its_word_cell_with_the_answer_in_the_next(tmp_path: Path) -> None:
    doc = DocxDocument()
    table = doc.add_table(rows=0, cols=3)
    for number, question, answer in [
        ("5.7", "Apakah dilakukan uji coba (pilot survey) kuesioner?", "Ya"),
        ("5.8", "Siapa petugas pengumpul datanya?", "Staf dinas dan mitra (tenaga lapangan)"),
        ("2.5", "Siapa manajer (pengelola teknis) survei?", "Rina Marlina Tarigan, S.E."),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = number, question, answer
    path = tmp_path / "fs3.docx"
    doc.save(str(path))
    got = _values(path.read_bytes(), "fs3")
    assert got["uji_coba"] is True
    assert got["petugas"] == "keduanya"  # both options named in one answer
    assert got["manajer.nama"] == "Rina Marlina Tarigan, S.E."


def test_a_marked_option_does_not_run_on_into_the_unmarked_ones() -> None:
    """The blanks before the unchosen options are gone (dots painted out): the chosen
    option is the wording right after its mark, not every wording after it."""
    got = _values(
        _pdf(
            [
                [
                    (60, "5.2 Frekuensi :"),
                    (200, "Harian"),
                    (260, "Mingguan"),
                    (330, "X"),
                    (345, "Bulanan"),
                ],
                [(200, "Triwulanan"), (270, "Caturwulanan"), (350, "Semesteran")],
            ]
        ),
        "fp-kpa",
    )
    assert got["frekuensi"] == "bulanan"


def test_symbol_fonts_checkboxes_and_ticks() -> None:
    """Word's Wingdings boxes and Symbol's tick print under private-use codes, in their
    own fonts or in LibreOffice's OpenSymbol."""
    assert symbol_glyph("Wingdings", 0xF0FE) == "☒"
    assert symbol_glyph("Wingdings", 0xA8) == "☐"
    assert symbol_glyph("EAAAAA+OpenSymbol", 0xF0FE) == "☒"
    assert symbol_glyph("EAAAAA+OpenSymbol", 0xF0D6) == "√"
    assert symbol_glyph("ABCDEF+Wingdings-Regular", 0xF0A8) == "☐"
    assert symbol_glyph("Symbol", 0xF0D6) == "√"
    assert symbol_glyph("Arial", 0xF0FE) is None
    assert symbol_glyph("Wingdings", 0xF041) is None


def _sym(paragraph: object, font: str, code: str) -> None:
    """A Word symbol (``w:sym``), as Word's Insert Symbol stores a Wingdings box."""
    run = paragraph.add_run()  # type: ignore[attr-defined]
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), code)
    run._r.append(sym)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_word_checkboxes_printed_to_pdf_by_libreoffice_are_read(tmp_path: Path) -> None:
    """LibreOffice prints Word's Wingdings boxes and Symbol tick under their private-use
    codes in its OpenSymbol font; they are read as boxes and a tick."""
    doc = DocxDocument()
    p = doc.add_paragraph("Pelaksanaan kegiatan : ")
    _sym(p, "Wingdings", "F0A8")
    p.add_run(" Satu kali   ")
    _sym(p, "Wingdings", "F0FE")
    p.add_run(" Berulang")
    p = doc.add_paragraph("Petugas mendapat pelatihan : ")
    _sym(p, "Symbol", "F0D6")
    p.add_run(" Ya")
    docx = tmp_path / "fpkpa.docx"
    doc.save(str(docx))
    pdf = to_pdf(docx, out_dir=tmp_path)
    document = load_document(pdf)
    assert "☒" in document.text() and "☐" in document.text() and "√" in document.text()
    assert not any(0xF000 <= ord(c) <= 0xF0FF for c in document.text())
    assert extract_form(document, "fp-kpa")["pelaksanaan"].value == "berulang"


def _web_form(items: list[tuple[str, list[str]]]) -> bytes:
    """A web form printed from a browser: each caption alone on its row, its answer (or
    answers, or ticked boxes) at the same left edge below, a wide gap before the next."""
    rows: list[tuple[float, str]] = []
    y = 780.0
    for caption, answers in items:
        rows.append((y, caption))
        y -= 25
        for answer in answers:
            rows.append((y, answer))
            y -= 19
        y -= 40
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for top, text in rows:
        if top < 60:
            c.showPage()
            break
        c.setFont("DejaVu" if any(ch in text for ch in "☐☒") else "Helvetica", 10)
        c.drawString(110, top, text)
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module", autouse=True)
def _box_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


def test_a_web_form_print_captions_over_their_answers() -> None:
    """Captions worded as whole phrases over their answers; an empty answer leaves its
    caption's last words alone (no "kantor" for a fax number)."""
    got = _values(
        _web_form(
            [
                ("Nama instansi penyelenggara", ["Dinas Pendidikan Kota Bitung"]),
                ("Nomor telepon kantor", ["(0438) 21734"]),
                ("Nomor faksimile kantor", []),
                ("Alamat email resmi instansi", ["disdik@bitungkota.go.id"]),
                ("Perencanaan - tanggal mulai", ["12/01/2026"]),
                ("Perencanaan - tanggal selesai", ["30/01/2026"]),
                ("Jumlah supervisor", ["1"]),
            ]
        ),
        "fp-kpa",
    )
    assert got["penyelenggara.instansi"] == "Dinas Pendidikan Kota Bitung"
    assert got["penyelenggara.telepon"] == "+6243821734"
    assert "penyelenggara.faks" not in got
    assert got["penyelenggara.email"] == "disdik@bitungkota.go.id"
    assert got["jadwal.perencanaan.mulai"] == "2026-01-12"
    assert got["jadwal.perencanaan.selesai"] == "2026-01-30"
    assert got["jumlah_supervisor"] == 1


def test_a_web_form_asks_for_each_variable_in_captions_of_its_own() -> None:
    got = _values(
        _web_form(
            [
                ("Nama variabel 1", ["Jumlah peserta didik menurut jenjang"]),
                ("Referensi waktu variabel 1", ["Semester ganjil"]),
                ("Sumber data variabel 1", ["Dapodik"]),
                ("Nama variabel 2", ["Jumlah guru"]),
                ("Referensi waktu variabel 2", ["Semester ganjil"]),
                ("Sumber data variabel 2", ["Dapodik"]),
            ]
        ),
        "fp-kpa",
    )
    assert got["variabel"] == [
        {
            "nama": "Jumlah peserta didik menurut jenjang",
            "referensi_waktu": "Semester ganjil",
            "sumber": "Dapodik",
        },
        {"nama": "Jumlah guru", "referensi_waktu": "Semester ganjil", "sumber": "Dapodik"},
    ]
    assert "jenis_data" not in got  # "Sumber data variabel 1" is no source-of-data item


def test_items_answered_by_their_own_boxes_under_a_heading() -> None:
    got = _values(
        _web_form(
            [
                (
                    "Tahapan pengolahan data",
                    [
                        "☒ Penyuntingan (editing)",
                        "☐ Entri data",
                        "☐ Penyandian (coding)",
                        "☒ Validasi",
                    ],
                ),
            ]
        ),
        "fp-kpa",
    )
    assert got["pengolahan.penyuntingan"] is True
    assert got["pengolahan.entri_data"] is False
    assert got["pengolahan.penyandian"] is False
    assert got["pengolahan.validasi"] is True


def test_yes_no_columns_under_a_column_title_of_their_own() -> None:
    rows = [
        [(92, "1. Tahapan pengolahan data")],
        [(150, "Kegiatan Pengolahan"), (330, "Ya"), (380, "Tidak")],
        [(115, "Penyuntingan (editing)"), (333, "√")],
        [(115, "Entri/perekaman data"), (333, "√")],
        [(115, "Penyandian (coding)"), (386, "√")],
        [(115, "Validasi data"), (333, "√")],
    ]
    got = _values(_pdf(rows, step=13), "fp-kpa")
    assert got["pengolahan.penyuntingan"] is True
    assert got["pengolahan.entri_data"] is True
    assert got["pengolahan.penyandian"] is False
    assert got["pengolahan.validasi"] is True


def test_a_marked_option_in_the_offices_own_words() -> None:
    """ "Pegawai/ASN dinas" is no wording of the list, but names its staff option."""
    rows = [
        [(92, "1. Pelaksana pengumpulan data :"), (270, "X Pegawai/ASN dinas")],
        [(270, "[ ] Tenaga mitra/kontrak  [ ] Pegawai dan tenaga mitra")],
        [(92, "5. Bentuk penyebarluasan hasil :"), (270, "[ ] Publikasi tercetak (buku)")],
        [(270, "[X] Publikasi elektronik (laman/dasbor)")],
    ]
    got = _values(_pdf(rows, step=13), "fp-kpa")
    assert got["petugas"] == "staf"
    assert got["produk.cetak"] is False and got["produk.elektronik"] is True


def test_a_variables_header_wrapped_in_its_cells_and_centred() -> None:
    rows = [
        [(92, "1. Rincian variabel dan sumber data administrasi")],
        [(316, "Referensi")],
        [(110, "No."), (170, "Nama Variabel"), (410, "Sumber Data Administrasi")],
        [(323, "Waktu")],
        [
            (108, "1."),
            (139, "Jumlah pemotongan sapi dan"),
            (300, "Bulan laporan"),
            (394, "Laporan RPH"),
        ],
        [(139, "kerbau")],
        [
            (108, "2."),
            (139, "Kasus penyakit hewan menular"),
            (300, "Bulan laporan"),
            (394, "iSIKHNAS"),
        ],
    ]
    got = _values(_pdf(rows, step=12), "fp-kpa")
    assert got["variabel"] == [
        {
            "nama": "Jumlah pemotongan sapi dan kerbau",
            "referensi_waktu": "Bulan laporan",
            "sumber": "Laporan RPH",
        },
        {
            "nama": "Kasus penyakit hewan menular",
            "referensi_waktu": "Bulan laporan",
            "sumber": "iSIKHNAS",
        },
    ]


def test_an_unnumbered_variables_table_in_an_answer_cell(tmp_path: Path) -> None:
    doc = DocxDocument()
    table = doc.add_table(rows=1, cols=3)
    cells = table.rows[0].cells
    cells[0].text, cells[1].text = "4.2", "Variabel apa saja yang dikumpulkan? (sertakan referensi)"
    inner = cells[2].add_table(rows=0, cols=2)
    for name, ref in [
        ("Nama Variabel", "Referensi Waktu"),
        ("Jumlah lowongan kerja menurut jabatan", "Tahun 2026"),
        ("Tenaga kerja asing yang dipekerjakan", "Keadaan 31 Desember 2025"),
    ]:
        row = inner.add_row().cells
        row[0].text, row[1].text = name, ref
    path = tmp_path / "fs3.docx"
    doc.save(str(path))
    got = _values(path.read_bytes(), "fs3")
    assert got["variabel"] == [
        {"nama": "Jumlah lowongan kerja menurut jabatan", "referensi_waktu": "Tahun 2026"},
        {
            "nama": "Tenaga kerja asing yang dipekerjakan",
            "referensi_waktu": "Keadaan 31 Desember 2025",
        },
    ]


def test_a_table_in_the_value_column_keeps_the_cells_under_the_notes_column() -> None:
    """The schedule's end dates stand where the notes column is, but not at its edge."""
    rows = [
        [(120, "Uraian"), (300, "Keterangan"), (480, "Catatan")],
        [(60, "Perangkat daerah"), (220, "Badan Pendapatan Daerah"), (450, "Tanpa singkatan")],
        [(60, "Nomor telepon kantor"), (220, "(0536) 3231884"), (450, "Sertakan kode area")],
        [(60, "Nomor faksimile"), (220, "(0536) 3231885"), (450, "Kosongkan bila tidak ada")],
        [(60, "Surel resmi kantor"), (220, "bapenda@kota.go.id"), (450, "Gunakan go.id")],
        [(60, "Tahapan dan jadwal"), (229, "Tahapan"), (362, "Mulai"), (456, "Selesai")],
        [(229, "Perencanaan"), (362, "5 Januari 2026"), (456, "23 Januari 2026")],
        [(229, "Analisis"), (362, "16 Februari 2026"), (456, "14 Desember 2026")],
        [(60, "Rencana tanggal rilis"), (220, "21 Desember 2026"), (450, "Setelah analisis")],
    ]
    got = _values(_pdf(rows), "fp-kpa")
    assert got["penyelenggara.telepon"] == "+625363231884"
    assert got["jadwal.perencanaan.selesai"] == "2026-01-23"
    assert got["jadwal.analisis.selesai"] == "2026-12-14"
    assert got["tanggal_rilis"] == "2026-12-21"


def _shaded_run(paragraph: object, text: str) -> None:
    """A run on grey shading, as an office marks the option it chose."""
    run = paragraph.add_run(text)  # type: ignore[attr-defined]
    run.bold = True
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "BFBFBF")
    run._r.get_or_add_rPr().append(shd)


def test_word_sub_items_over_line_breaks_and_options_marked_by_shading(tmp_path: Path) -> None:
    """A cell of sub-items over line breaks beside a cell of ": value" lines, and option
    lists one wording a line with the chosen one shaded."""
    doc = DocxDocument()
    table = doc.add_table(rows=0, cols=2)
    cells = table.add_row().cells
    label = cells[0].paragraphs[0]
    value = cells[1].paragraphs[0]
    for k, (sub, answer) in enumerate(
        [
            ("a. Nama", ": Capt. Agus Salim Nasution, M.Mar."),
            ("b. Jabatan", ": Kepala Kantor Kesyahbandaran"),
            ("c. Telepon/HP", ": 0812-7045-3318"),
            ("d. Pos-el", ": agus.nasution@dephub.go.id"),
        ]
    ):
        if k == 0:
            label.add_run("2.1 Penanggung Jawab Kegiatan").add_break()
        run = label.add_run(sub)
        run.add_break()
        value.add_run(answer).add_break()
    cells = table.add_row().cells
    cells[0].text = "6.1 Pelaksana Pengumpulan"
    options = cells[1].paragraphs[0]
    options.add_run("Pegawai instansi").add_break()
    _shaded_run(options, "Tenaga mitra/kontrak")
    options.add_run("").add_break()
    options.add_run("Pegawai dan tenaga mitra")
    cells = table.add_row().cells
    cells[0].text = "7.2 Metode Analisis"
    options = cells[1].paragraphs[0]
    _shaded_run(options, "Deskriptif")
    options.add_run("").add_break()
    options.add_run("Inferensia").add_break()
    options.add_run("Deskriptif dan inferensia")
    path = tmp_path / "fpkpa.docx"
    doc.save(str(path))
    got = _values(path.read_bytes(), "fp-kpa")
    assert got["penanggung_jawab.nama"] == "Capt. Agus Salim Nasution, M.Mar."
    assert got["penanggung_jawab.jabatan"] == "Kepala Kantor Kesyahbandaran"
    assert got["penanggung_jawab.telepon"] == "+6281270453318"
    assert got["penanggung_jawab.email"] == "agus.nasution@dephub.go.id"
    assert got["petugas"] == "mitra"  # "Pelaksana" is no "Pelaksanaan": its options say
    assert got["metode_analisis"] == "deskriptif"  # the shaded line, not the list after it


def test_roots_between_indonesian_affixes() -> None:
    from extractors.forms.reader import _names_root

    def names(word: str, root: str) -> bool:
        return _names_root([word], word, (root,))

    assert names("pelatihan", "latih") and names("dilatih", "latih")
    assert names("perolehan", "oleh") and names("diperoleh", "oleh")
    assert names("pengumpulan", "kumpul")  # the nasal prefix drops the root's k
    assert names("supervisor", "supervis")
    assert not names("persetujuan", "tujuan")
    assert not names("pemanfaatan", "tujuan")


def test_a_count_of_collectors_under_its_heading() -> None:
    got = _values(
        _pdf(
            [
                [(75, "6.3 Jumlah Petugas")],
                [(90, "a. Penyelia (supervisor)"), (250, ": 2 orang")],
                [(90, "b. Petugas pengumpul data"), (250, ": 6 orang")],
                [
                    (75, "6.4 Petugas pengumpul data :"),
                    (250, "1. Staf  2. Mitra  3. Keduanya  (1)"),
                ],
            ]
        ),
        "fp-kpa",
    )
    assert got["jumlah_supervisor"] == 2
    assert got["jumlah_enumerator"] == 6


def test_questions_answered_in_sentences_below_them(tmp_path: Path) -> None:
    """A narrative form: numbered questions, each answered in a sentence below it."""
    doc = DocxDocument()
    for question, answer in [
        (
            "3.1 Apakah survei ini dilaksanakan satu kali atau berulang?",
            "Survei ini dilaksanakan berulang.",
        ),
        ("5.1 Apakah survei menggunakan sampel atau sensus?", "Survei ini menggunakan sampel."),
        (
            "5.3 Wilayah kegiatan survei",
            "Kota Tarakan (Kecamatan Tarakan Timur dan Tarakan Barat).",
        ),
        (
            "5.7 Apakah dilakukan uji coba (pretest) kuesioner?",
            "Ya. Uji coba dilakukan di Karang Anyar.",
        ),
        (
            "5.8 Siapa petugas pengumpul data?",
            "Staf puskesmas bersama kader (gabungan staf dan mitra).",
        ),
        ("7.2 Sampai tingkat wilayah mana hasil survei diestimasi?", "Tingkat kota dan kecamatan."),
        ("7.6 Kapan hasil survei dirilis?", "Hasil survei dirilis pada tanggal 1 September 2026."),
    ]:
        doc.add_paragraph(question)
        doc.add_paragraph(answer)
    doc.add_paragraph("1.2 Alamat dan kontak instansi")
    doc.add_paragraph("Telepon (0551) 21187, faksimile (0551) 21188")
    path = tmp_path / "fs3.docx"
    doc.save(str(path))
    got = _values(path.read_bytes(), "fs3")
    assert got["pelaksanaan"] == "berulang"
    assert got["cara_pengumpulan"] == "sampel"
    assert got["wilayah"] == ["6571"]
    assert got["uji_coba"] is True
    assert got["petugas"] == "keduanya"
    assert got["tingkat_estimasi"] == ["kabupaten_kota", "kecamatan"]
    assert got["tanggal_rilis"] == "2026-09-01"
    assert got["penyelenggara.telepon"] == "+6255121187"
    assert got["penyelenggara.faks"] == "+6255121188"


def test_an_option_marked_by_a_filled_circle_drawn_as_a_shape() -> None:
    """A chosen option marked by a ring filled in (drawn, stroked and filled), the others
    by empty rings, as an office suite prints a radio button."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    c.drawString(60, 780, "3.1 PELAKSANAAN SURVEI")
    for x, word, chosen in [(60, "Sekali", False), (180, "Berulang", True)]:
        c.setFillColorRGB(0.12, 0.24, 0.42)
        c.circle(x + 3.3, 763 + 3.3, 3.3, stroke=1, fill=1 if chosen else 0)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 10, 763, word)
    c.save()
    doc = load_document(buf.getvalue())
    assert doc.text().count("☒") == 1 and doc.text().count("☐") == 1
    assert extract_form(doc, "fs3")["pelaksanaan"].value == "berulang"
