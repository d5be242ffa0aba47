"""Field extraction behaviours: labels found by wording, not position; options by mark."""

from __future__ import annotations

import dataclasses
import io
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import load_document
from extractors.document import Document, Line, Mark, Page, Word
from extractors.forms import extract_form


def _page(
    rows: list[list[tuple[float, str]]], *, marks: tuple[Mark, ...] = (), conf: float = 1.0
) -> Page:
    """A page from rows of (x, text) cells; words 5 pt per character, rows 15 pt apart."""
    lines = []
    for r, cells in enumerate(rows):
        words = []
        for x, text in cells:
            for token in text.split():
                words.append(
                    Word(token, (x, 40 + r * 15, x + 5 * len(token), 50 + r * 15), conf, "ocr")
                )
                x += 5 * len(token) + 4
        lines.append(Line.of(words))
    return Page(1, 595, 842, tuple(lines), "ocr", dpi=300, marks=marks)


def _doc(*pages: Page) -> Document:
    return Document(pages=pages, source_kind="image")


def _pdf(draw: object) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)  # type: ignore[operator]
    c.save()
    return buf.getvalue()


def test_labels_worded_differently_without_item_numbers() -> None:
    """An office's own form: other wordings, no R. numbers, colon layout."""

    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 10)
        rows = [
            "Nama Survei : Survei Pengguna Perpustakaan Daerah 2026",
            "Tahun Kegiatan : 2026",
            "Nama Instansi Penyelenggara : Dinas Perpustakaan Kota Banjarmasin",
            "Kab/Kota : Kota Banjarmasin",
            "Propinsi : Kalimantan Selatan",
            "Nomor Telepon : 0511-3352111",
            "Alamat Email : DISPUSIP@banjarmasinkota.go.id",
            "Frekuensi : Tahunan",
            "Uji Coba : Ya",
            "Jumlah Enumerator : 1.250 orang",
        ]
        for i, text in enumerate(rows):
            c.drawString(60, 780 - 16 * i, text)

    fields = extract_form(load_document(_pdf(draw)), "fs3")
    assert fields["judul"].value == "Survei Pengguna Perpustakaan Daerah 2026"
    assert fields["tahun"].value == 2026
    assert fields["penyelenggara.instansi"].value == "Dinas Perpustakaan Kota Banjarmasin"
    assert fields["penyelenggara.kabupaten_kota"].value == "6371"
    assert fields["penyelenggara.provinsi"].value == "63"
    assert fields["penyelenggara.telepon"].value == "+625113352111"
    assert fields["penyelenggara.email"].value == "dispusip@banjarmasinkota.go.id"
    assert fields["frekuensi"].value == "tahunan"
    assert fields["frekuensi"].signals["method"] == "option_text"
    assert fields["uji_coba"].value is True
    assert fields["jumlah_enumerator"].value == 1250
    assert fields["judul"].page == 1


def test_ocr_misread_label_still_matches() -> None:
    page = _page(
        [[(50, "R.1.1 Instansi Penyeienggara"), (250, "Dinas Sosial Kabupaten Jeneponto")]],
        conf=0.8,
    )
    field = extract_form(_doc(page), "fs3")["penyelenggara.instansi"]
    assert field.value == "Dinas Sosial Kabupaten Jeneponto"
    assert 86 <= float(field.signals["label_score"]) < 100
    assert field.signals["ocr_conf"] == pytest.approx(0.8)
    assert field.bbox[0] == 250


def test_wrapped_value_is_joined_until_the_next_label() -> None:
    page = _page(
        [
            [(50, "R.4.1 Tujuan Kegiatan"), (250, "Mengukur kepuasan masyarakat")],
            [(250, "terhadap pelayanan puskesmas Tahun 2026.")],
            [(50, "R.4.2 Variabel yang Dikumpulkan")],
        ]
    )
    fields = extract_form(_doc(page), "fs3")
    assert fields["tujuan"].value == (
        "Mengukur kepuasan masyarakat terhadap pelayanan puskesmas Tahun 2026."
    )


def test_person_labels_take_their_section_from_the_heading_above() -> None:
    page = _page(
        [
            [(50, "Penanggung Jawab Kegiatan")],
            [(60, "a. Nama"), (250, "Budi Santoso")],
            [(50, "Manajer Survei")],
            [(60, "a. Nama"), (250, "Siti Aminah")],
        ]
    )
    fields = extract_form(_doc(page), "fs3")
    assert fields["penanggung_jawab.nama"].value == "Budi Santoso"
    assert fields["manajer.nama"].value == "Siti Aminah"
    fpkpa = extract_form(_doc(page), "fp-kpa")
    assert fpkpa["pj_teknis.nama"].value == "Siti Aminah"


def test_circled_code_on_a_digital_pdf_chooses_the_option() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 10)
        c.drawString(60, 780, "R.3.1 Pelaksanaan Kegiatan")
        c.drawString(250, 780, "1. Sekali")
        c.drawString(320, 780, "2. Berulang")
        c.drawString(60, 760, "R.5.7 Uji Coba")
        c.drawString(250, 760, "1. Ya")
        c.drawString(320, 760, "2. Tidak")
        c.ellipse(318, 776, 330, 790, stroke=1, fill=0)  # round the "2" of Berulang
        c.ellipse(248, 756, 260, 770, stroke=1, fill=0)  # round the "1" of Ya

    document = load_document(_pdf(draw))
    assert [m.kind for m in document.pages[0].marks] == ["circle", "circle"]
    fields = extract_form(document, "fs3")
    assert fields["pelaksanaan"].value == "berulang"
    assert fields["pelaksanaan"].signals["method"] == "mark"
    assert fields["uji_coba"].value is True


def test_options_with_no_mark_leave_the_field_absent() -> None:
    page = _page([[(50, "R.3.2 Frekuensi"), (250, "1. Harian 2. Mingguan 3. Bulanan")]])
    assert "frekuensi" not in extract_form(_doc(page), "fs3")


def test_ticked_box_and_x_in_brackets_choose_options() -> None:
    page = _page(
        [
            [(50, "Tipe Pengumpulan Data"), (250, "☐ Longitudinal ☒ Cross sectional ☐ Gabungan")],
            [(50, "Metode Pengumpulan Data"), (250, "(X) Wawancara ( ) Observasi (X) Lainnya")],
            [(50, "Produk Kegiatan"), (250, "☑ Publikasi tercetak ☐ Publikasi elektronik")],
            [(250, "☐ Data makro ☑ Data mikro")],
        ]
    )
    fields = extract_form(_doc(page), "fs3")
    assert fields["tipe_pengumpulan"].value == "cross_sectional"
    assert fields["metode_pengumpulan"].value == ["lainnya", "wawancara"]
    assert fields["produk.cetak"].value is True
    assert fields["produk.elektronik"].value is False
    assert fields["produk.makro"].value is False
    assert fields["produk.mikro"].value is True


def test_unnormalisable_value_is_kept_raw_with_low_confidence() -> None:
    page = _page([[(50, "Tanggal Rilis"), (250, "segera setelah selesai")]])
    field = extract_form(_doc(page), "fs3")["tanggal_rilis"]
    assert field.value == "segera setelah selesai"
    assert field.signals["normalised"] == 0
    assert field.confidence < 0.5


def test_dash_means_empty() -> None:
    page = _page([[(50, "Fax :"), (250, "-")]])
    assert "penyelenggara.faks" not in extract_form(_doc(page), "fs3")


def test_page_range_limits_the_form() -> None:
    first = _page([[(50, "Instansi Penyelenggara"), (250, "Dinas A")]])
    second = Page(2, 595, 842, first.lines, "ocr")
    fields = extract_form(_doc(first, second), "fs3", pages=(2, 2))
    assert fields["penyelenggara.instansi"].page == 2


def test_variabel_table_rows() -> None:
    page = _page(
        [
            [(50, "R.4.2 Variabel yang Dikumpulkan")],
            [(100, "No Nama Variabel"), (350, "Referensi Waktu")],
            [(100, "1 Umur responden"), (350, "Saat pencacahan")],
            [(100, "2 Pendidikan tertinggi yang"), (350, "Tahun ajaran")],
            [(112, "ditamatkan"), (350, "terakhir")],
            [(50, "BLOK V. DESAIN KEGIATAN")],
        ]
    )
    assert extract_form(_doc(page), "fs3")["variabel"].value == [
        {"nama": "Umur responden", "referensi_waktu": "Saat pencacahan"},
        {
            "nama": "Pendidikan tertinggi yang ditamatkan",
            "referensi_waktu": "Tahun ajaran terakhir",
        },
    ]


def test_unknown_form_type_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown form type"):
        extract_form(_doc(_page([])), "surat_pengantar")


def test_ocr_label_with_a_garbled_first_word_is_read_from_the_rest() -> None:
    """A pen circle over "Wilayah" leaves "maja"; the rest of the wording still fits."""
    page = _page(
        [
            [(50, "R.5.5 Cakupan Wilayah Kegiatan"), (250, "1. Seluruh Indonesia (2)Sebagian")],
            [(50, "R.5.6 maja Kegiatan (jika sebagian"), (250, "Kab. Bangka Tengah")],
        ],
        conf=0.8,
    )
    fields = extract_form(_doc(page), "fp-kpa")
    assert fields["wilayah"].value == ["1904"]
    assert float(fields["wilayah"].signals["label_score"]) < 86


def test_a_garbled_first_word_with_a_common_rest_reads_nothing() -> None:
    """ "Nama" is a word of many labels: a row that fits several keys is left alone."""
    page = _page([[(50, "Xyzq Nama Lengkap"), (250, "Budi Santoso")]], conf=0.8)
    assert extract_form(_doc(page), "fs3") == {}


def test_ocr_code_read_with_a_comma_still_ends_the_chosen_option() -> None:
    """OCR reads "4." as "4,": the circled option must not swallow the next one."""
    page = _page(
        [
            [
                (50, "R.6.2 Persyaratan Pendidikan Terendah"),
                (250, "1. SMP/sederajat 2. SMA/SMK/sederajat (3)Diploma I/II/III"),
            ],
            [(250, "4, Diploma IV/S1 ke atas")],
        ],
        # the ring OpenCV finds round the circled "3" (at x 436 on the first row)
        marks=(Mark((434.0, 38.0, 452.0, 52.0), "circle", 1.0),),
        conf=0.8,
    )
    fields = extract_form(_doc(page), "fp-kpa")
    assert fields["pendidikan_petugas"].value == "diploma"


def test_checkboxes_on_a_skewed_ocr_line_keep_each_option_with_its_box() -> None:
    """A 200 dpi scan turned by 1.4 degrees (words and boxes as the pipeline read them):
    the line's right end sits 7 pt higher than its left. The boxes go in where they are on
    the line, not into rows sorted anew (which split the line and gave the tick to the
    wrong option)."""
    row = [
        ("Petugas", (92, 648, 123, 658)), ("Pengumpul", (125, 646, 170, 657)),
        ("Data", (174, 646, 192, 654)), ("O", (245, 643, 254, 652)),
        ("Staf", (256, 643, 273, 652)), ("instansi", (276, 643, 307, 651)),
        ("penyelenggara", (310, 641, 370, 652)), ("CU)", (381, 639, 389, 648)),
        ("Mitra/tenaga", (392, 638, 445, 650)), ("kontrak", (447, 637, 478, 646)),
        ("G)", (489, 636, 498, 644)), ("Staf", (501, 636, 518, 644)),
        ("instansi", (520, 635, 551, 643)),
    ]  # fmt: skip
    wrapped = [("dan", (245, 657, 260, 665)), ("mitra", (263, 656, 284, 664))]
    marks = (
        Mark((245.0, 643.4, 253.4, 651.8), "unchecked", 0.8),
        Mark((380.6, 639.4, 389.0, 647.8), "unchecked", 0.8),
        Mark((489.4, 636.0, 497.8, 644.4), "checked", 0.8),
    )
    lines = tuple(
        Line.of([Word(t, tuple(map(float, b)), 0.9, "ocr") for t, b in ws])  # type: ignore[arg-type]
        for ws in (row, wrapped)
    )
    page = Page(2, 595, 842, lines, "ocr", dpi=200, marks=marks)
    assert extract_form(_doc(page), "fs3")["petugas"].value == "keduanya"


def test_a_box_read_as_letters_just_left_of_the_image_box_is_dropped() -> None:
    """OCR's "CO" for an empty box starts 2.5 pt left of the box OpenCV found: it is the
    box, not the start of the next option."""
    words = [("Ya", (230.0, 325.0, 253.0, 334.0)), ("CO", (261.9, 324.0, 269.0, 337.0)),
             ("Tidak", (275.0, 325.0, 299.0, 333.0))]  # fmt: skip
    label = [("b.", (76.0, 328.0, 83.0, 335.0)), ("Penyandian", (87.0, 327.0, 132.0, 337.0)),
             ("(coding)", (135.0, 327.0, 169.0, 337.0))]  # fmt: skip
    marks = (
        Mark((230.0, 325.4, 238.4, 333.8), "checked", 0.8),
        Mark((264.4, 325.0, 272.8, 333.4), "unchecked", 0.8),
    )
    heading = [("Pengolahan", (50.0, 300.0, 100.0, 310.0)), ("Data", (103.0, 300.0, 123.0, 310.0))]
    lines = tuple(
        Line.of([Word(t, b, 0.9, "ocr") for t, b in ws]) for ws in (heading, label + words)
    )
    page = Page(3, 595, 842, lines, "ocr", dpi=200, marks=marks)
    assert extract_form(_doc(page), "fs3")["pengolahan.penyandian"].value is True


def test_a_colon_in_the_value_column_does_not_stretch_the_label() -> None:
    """OCR added a colon to the ticked option ("Sampel probabilitas:"): the label ends at
    its own words; a lone colon in a colon column still ends the label."""
    page = _page(
        [
            [
                (50, "5.5 Metode Pemilihan Sampel"),
                (250, "☒ Sampel probabilitas: ☐ Sampel nonprobabilitas"),
            ],
            [(50, "Wilayah survei (bila sebagian"), (262, ": Kabupaten Sleman")],
        ],
        conf=0.9,
    )  # fmt: skip
    fields = extract_form(_doc(page), "fs3")
    assert fields["metode_sampel"].value == "probabilitas"
    assert fields["wilayah"].value == ["3404"]


@pytest.mark.parametrize(
    ("answer", "code"),
    [("[X] Ya [ ] Tidak", "berulang"), ("[ ] Ya [X] Tidak", "sekali"), ("Ya", "berulang")],
)
def test_a_yes_no_question_answers_a_choice(answer: str, code: str) -> None:
    """ "Apakah kegiatan ini berulang?" answered Ya/Tidak is the one-off/repeated choice."""
    page = _page([[(50, "5.1 Apakah kegiatan ini berulang? :"), (270, answer)]], conf=1.0)
    page = Page(1, 595, 842, page.lines, "text")
    assert extract_form(_doc(page), "fp-kpa")["pelaksanaan"].value == code


def _text_page(rows: list[list[tuple[float, str]]], *, width: float = 595) -> Page:
    """A text-layer page from rows of (x, text) cells (see :func:`_page`)."""
    page = _page(rows, conf=1.0)
    lines = tuple(
        Line.of([Word(w.text, w.bbox, 1.0, "text") for w in line.words]) for line in page.lines
    )
    return Page(1, width, 842, lines, "text")


def test_roman_numbered_items_with_values_indented_under_their_labels() -> None:
    """ "I.1 Instansi yang menyelenggarakan" over its value, indented, on the next row; the
    label's known start ("Instansi") runs to the end of its row; options are coded with
    "(v)" typed after the chosen one, the last one too."""
    page = _text_page(
        [
            [(48, "I.1"), (100, "Instansi yang menyelenggarakan")],
            [(124, "Dinas Perhubungan Provinsi Kalimantan Timur")],
            [(48, "I.2.d"), (100, "Telepon")],
            [(124, "(0541) 743582")],
            [(48, "III.1"), (100, "Pelaksanaan kegiatan")],
            [(124, "1. Satu kali (v) 2. Berulang")],
            [(48, "V.2"), (100, "Cakupan wilayah pengumpulan data")],
            [(124, "1. Seluruh Indonesia 2. Sebagian wilayah (v)")],
        ]
    )
    fields = extract_form(_doc(page), "fs3")
    assert fields["penyelenggara.instansi"].value == "Dinas Perhubungan Provinsi Kalimantan Timur"
    assert fields["penyelenggara.telepon"].value == "+62541743582"
    assert fields["pelaksanaan"].value == "sekali"
    assert fields["cakupan_wilayah"].value == "sebagian"


def test_dot_leaders_end_the_label_and_a_wrapped_question_keeps_its_answer() -> None:
    """ "Nama Kegiatan Statistik ........ Survei ..." reads like a colon; a yes/no question
    wrapped onto a second row is answered after that row's leader."""
    page = _text_page(
        [
            [(50, "Nama Kegiatan Statistik"), (170, "........................"),
             (300, "Survei Ketahanan Pangan Rumah Tangga")],
            [(50, "501 Apakah data dikumpulkan dari sampel")],
            [(70, "(bukan sensus)? ......................... ☑ Ya ☐ Tidak")],
            [(50, "505 Apakah sampel dipilih secara probabilitas? ..... ☐ Ya ☑ Tidak")],
        ]
    )  # fmt: skip
    fields = extract_form(_doc(page), "fs3")
    assert fields["judul"].value == "Survei Ketahanan Pangan Rumah Tangga"
    assert fields["cara_pengumpulan"].value == "sampel"
    assert fields["metode_sampel"].value == "nonprobabilitas"


def test_two_blocks_side_by_side_are_read_column_after_column() -> None:
    """A landscape page with a block in each half: the right half's persons are not the
    continuation of the left half's rows."""
    page = _text_page(
        [
            [(40, "BLOK I. IDENTITAS INSTANSI"), (439, "BLOK II. PENANGGUNG JAWAB")],
            [(40, "R.1.1 Instansi Penyelenggara :"), (214, "Dinas Perhubungan"),
             (439, "R.2.1 Penanggung Jawab")],
            [(40, "b. Kabupaten/Kota :"), (214, "Kota Bandung"), (439, "a. Nama :"),
             (613, "Rasdian Setiadi")],
            [(40, "c. Provinsi :"), (214, "Jawa Barat"), (439, "b. Jabatan :"),
             (613, "Kepala Dinas")],
            [(40, "d. Telp. :"), (214, "(022) 5220768"), (439, "d. Telp. :"),
             (613, "0812-2019-4471")],
            [(40, "e. Faks. :"), (214, "-"), (439, "e. Faks. :"), (613, "-")],
            [(40, "f. Surel :"), (214, "dishub@bandung.go.id"), (439, "f. Surel :"),
             (613, "rasdian@bandung.go.id")],
        ],
        width=842,
    )  # fmt: skip
    fields = extract_form(_doc(page), "fp-kpa")
    assert fields["penyelenggara.instansi"].value == "Dinas Perhubungan"
    assert fields["penyelenggara.telepon"].value == "+62225220768"
    assert fields["penanggung_jawab.nama"].value == "Rasdian Setiadi"
    assert fields["penanggung_jawab.telepon"].value == "+6281220194471"


def test_a_title_is_not_a_label_with_a_garbled_first_word() -> None:
    """ "KOMPILASI PRODUK ADMINISTRASI" read surely is a title, not "Jenis Produk
    Administrasi" with its first word garbled."""
    page = _page([[(150, "KOMPILASI PRODUK ADMINISTRASI"), (500, "Tana")]], conf=0.97)
    assert "jenis_data" not in extract_form(_doc(page), "fp-kpa")


def test_variabel_columns_in_another_order_and_a_bagian_heading_ends_the_table() -> None:
    """ "No | Sumber Data | Nama Variabel | Periode Referensi": each cell goes by its header;
    "BAGIAN 5. RANCANGAN" is a block heading, not the last variable's wrapped name."""
    page = _page(
        [
            [(50, "4.1 Variabel yang dihimpun")],
            [(60, "No"), (100, "Sumber Data"), (250, "Nama Variabel"), (420, "Periode Referensi")],
            [(60, "1"), (100, "Register bank sampah"), (250, "Jumlah bank sampah aktif"),
             (420, "Triwulan")],
            [(60, "2"), (100, "Laporan rumah kompos"), (250, "Volume sampah terolah"),
             (420, "Bulanan")],
            [(50, "BAGIAN 5. RANCANGAN KOMPILASI")],
        ],
        conf=1.0,
    )  # fmt: skip
    assert extract_form(_doc(page), "fp-kpa")["variabel"].value == [
        {"nama": "Jumlah bank sampah aktif", "referensi_waktu": "Triwulan",
         "sumber": "Register bank sampah"},
        {"nama": "Volume sampah terolah", "referensi_waktu": "Bulanan",
         "sumber": "Laporan rumah kompos"},
    ]  # fmt: skip


def _word_grid(rows: list[tuple[str, str, str]]) -> Document:
    """A Word table: narrow number column, label cell, value cell (widths of a real grid)."""
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    table = doc.add_table(rows=0, cols=3)
    for texts in rows:
        cells = table.add_row().cells
        for cell, width, text in zip(cells, (Cm(1.0), Cm(6.0), Cm(9.5)), texts, strict=True):
            cell.width = width
            cell.text = text
    buf = io.BytesIO()
    doc.save(buf)
    return load_document(buf.getvalue())


def test_a_word_cell_border_ends_the_label_and_a_stage_name_before_options_is_an_item() -> None:
    """ "Judul Kegiatan Kompilasi" fills its cell a narrow border away from a title that
    starts with "Kompilasi": the cell's end ends the label. "Analisis" (also a schedule
    stage) before boxed options is the item those options belong to."""
    doc = _word_grid(
        [
            ("1.1", "Judul Kegiatan Kompilasi", "Kompilasi Data Pengelolaan Sampah Tahun 2026"),
            ("1.2", "Tujuan dan manfaat kompilasi", "Menghimpun data timbulan sampah kota."),
            ("7.2", "Analisis", "☒ Deskriptif\n☐ Inferensial\n☐ Deskriptif dan inferensial"),
        ]
    )
    fields = extract_form(doc, "fp-kpa")
    assert fields["judul"].value == "Kompilasi Data Pengelolaan Sampah Tahun 2026"
    assert fields["tujuan"].value == "Menghimpun data timbulan sampah kota."
    assert fields["metode_analisis"].value == "deskriptif"


def test_a_free_value_wording_before_boxes_and_a_bare_kabupaten_label_with_its_colon() -> None:
    """ "Wilayah yang dicakup" (a wording of the region list) before "[X] Seluruh
    Indonesia [ ] Sebagian wilayah" is the coverage question; "Kabupaten :" alone is the
    agency's regency, while a value line that starts with "Kabupaten" is still value."""
    page = _text_page(
        [
            [(46, "Nama Kegiatan Statistik"), (159, ":"), (300, "Survei Ketahanan Pangan")],
            [(300, "Kabupaten Gowa Tahun 2026")],
            [(46, "102b"), (90, "Kabupaten"), (143, ":"), (300, "Kabupaten Gowa")],
            [(46, "102c"), (90, "Provinsi"), (129, ":"), (300, "Sulawesi Selatan")],
            [(46, "5.5"), (86, "Wilayah yang dicakup"), (262, ":"), (270, "[X] Seluruh Indonesia")],
            [(380, "[ ] Sebagian wilayah")],
        ]
    )
    fields = extract_form(_doc(page), "fs3")
    assert fields["judul"].value == "Survei Ketahanan Pangan Kabupaten Gowa Tahun 2026"
    assert fields["penyelenggara.kabupaten_kota"].value == "7306"
    assert fields["penyelenggara.provinsi"].value == "73"
    assert fields["cakupan_wilayah"].value == "seluruh_indonesia"
    assert "wilayah" not in fields


def test_a_heading_wording_with_a_value_is_an_item_label_cut_short_by_its_wrap() -> None:
    """ "Jumlah Petugas" is also a block heading, but with ": 6" after it and "Pengumpul"
    wrapped below it is the enumerator count; a wrapped "Teknik Pengumpulan / Data" and
    "Wilayah Kompilasi" are FP-KPA wordings."""
    page = _text_page(
        [
            [(40, "R.5.4"), (84, "Teknik Pengumpulan"), (200, ":"), (214, "Unduhan bulanan dan")],
            [(84, "Data"), (214, "rekap berita acara uji")],
            [(40, "R.5.6"), (84, "Wilayah Kompilasi"), (200, ":"), (214, "Kota Bandung")],
            [(40, "R.6.3"), (84, "Jumlah Pengawas"), (200, ":"), (214, "2")],
            [(40, "R.6.4"), (84, "Jumlah Petugas"), (200, ":"), (214, "6")],
            [(84, "Pengumpul")],
        ]
    )
    fields = extract_form(_doc(page), "fp-kpa")
    assert fields["metode_pengumpulan"].value == "Unduhan bulanan dan rekap berita acara uji"
    assert fields["wilayah"].value == ["3273"]
    assert fields["jumlah_supervisor"].value == 2
    assert fields["jumlah_enumerator"].value == 6


def test_lettered_options_with_the_mark_before_the_chosen_code() -> None:
    """ "a. Satu kali (X) b. Berulang": a box typed before a lettered code chooses that
    option; so does one before "2.", and a row of options without any mark reads none."""
    page = _text_page(
        [
            [(56, "R.3.1"), (100, "Penyelenggaraan Survei"), (280, "a. Satu kali (X) b. Berulang")],
            [(56, "R.5.7"), (100, "Uji Coba Kuesioner"), (280, "(X) a. Ya b. Tidak")],
            [(56, "R.5.10"), (100, "Pelatihan Petugas"), (280, "1. Ya (X) 2. Tidak")],
            [(56, "R.5.9"), (100, "Pendidikan Terendah Petugas"), (280, "a. SLTP")],
            [(280, "b. SMA/SMK sederajat")],
            [(280, "(X) c. D1/D2/D3")],
            [(280, "d. D4/S1 ke atas")],
        ]
    )
    fields = extract_form(_doc(page), "fs3")
    assert fields["pelaksanaan"].value == "berulang"
    assert fields["uji_coba"].value is True
    assert fields["pelatihan"].value is False
    assert fields["pendidikan_petugas"].value == "diploma"


def test_a_label_in_capitals_on_its_own_row_takes_the_value_below_whole() -> None:
    """Labels in capitals over their values ("JENIS DATA ADMINISTRASI YANG DIGUNAKAN" over
    "Data Pokok ..."), items numbered "1)" or "I.2.a": the whole capitals row is the label,
    the value is the row below at the same indent, and the next numbered item in capitals
    ends it."""
    page = _text_page(
        [
            [(72, "I.1"), (94, "INSTANSI PENYELENGGARA KOMPILASI")],
            [(72, "Dinas Pendidikan dan Kebudayaan Kabupaten Sidoarjo")],
            [(72, "I.2.d"), (105, "NOMOR TELEPON")],
            [(72, "(031) 8921219")],
            [(72, "III.1"), (105, "TUJUAN DAN PEMANFAATAN DATA")],
            [(72, "Menyajikan data satuan pendidikan")],
            [(72, "per kecamatan.")],
            [(72, "III.2"), (105, "JADWAL TAHAPAN KOMPILASI")],
            [(66, "3)"), (84, "Sumber Data Administrasi"), (290, "Laporan bulanan IUP")],
        ]
    )
    fields = extract_form(_doc(page), "fp-kpa")
    assert fields["penyelenggara.instansi"].value == (
        "Dinas Pendidikan dan Kebudayaan Kabupaten Sidoarjo"
    )
    assert fields["penyelenggara.telepon"].value == "+62318921219"
    assert fields["tujuan"].value == "Menyajikan data satuan pendidikan per kecamatan."
    assert fields["jenis_data"].value == "Laporan bulanan IUP"


def test_checkboxes_drawn_as_squares_on_a_text_page_read_like_typed_ones() -> None:
    """Empty squares drawn beside the options and an "X" typed inside the chosen one;
    a comb of touching squares (boxes for a code's digits) gives no glyphs."""

    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 10)
        y = 780
        c.drawString(50, y, "1) Sifat Penyelenggaraan")
        for x, text, chosen in ((290, "Satu kali", False), (360, "Berulang", True)):
            c.rect(x, y - 1, 8, 8)
            if chosen:
                c.drawString(x + 1.5, y, "X")
            c.drawString(x + 12, y, text)
        y -= 20
        c.drawString(50, y, "2) Kode Kabupaten")
        for k in range(4):
            c.rect(290 + 9 * k, y - 1, 9, 9)
        c.drawString(340, y, "(boleh kosong)")

    doc = load_document(_pdf(draw))
    texts = [w.text for w in doc.pages[0].words()]
    assert texts.count("☐") == 1 and texts.count("☒") == 1 and "X" not in texts
    assert extract_form(doc, "fp-kpa")["pelaksanaan"].value == "berulang"


def test_a_scanned_box_just_left_of_the_first_option_and_one_read_into_its_wording() -> None:
    """On a scan the ticked box before "Ya" ends a few points left of the word (outside
    the value's words), and the empty box before "Tidak" was read as "(" glued on: the
    first is still Ya's box, and the second costs "(Tidak" its "(" only."""
    page = _page(
        [[(80, "Dilakukan uji coba"), (278, "Ya"), (305, "(Tidak")]],
        marks=(
            Mark((262, 39, 273, 51), "checked", 0.9),
            Mark((303, 39, 315, 51), "unchecked", 0.9),
        ),
    )
    assert extract_form(_doc(page), "fs3")["uji_coba"].value is True


def _ocr_page(
    rows: list[list[tuple[str, tuple[int, int, int, int]]]], marks: tuple[Mark, ...]
) -> Page:
    lines = tuple(
        Line.of(
            [Word(t, (b[0] * 1.0, b[1] * 1.0, b[2] * 1.0, b[3] * 1.0), 0.9, "ocr") for t, b in ws]
        )
        for ws in rows
    )
    return Page(2, 595, 842, lines, "ocr", dpi=300, marks=marks)


def test_another_items_wording_before_options_only_that_item_lists_is_that_item() -> None:
    """A scanned FS3 words item 5.4 "Cara pengumpulan data" (the vocabulary's wording of
    the census/sample choice) and lists interview methods; its boxes were found on the
    image, left of the option words (the next rows start at their boxes): the options
    say it is the collection method."""
    rows = [
        [("5.4", (45, 246, 58, 254)), ("Cara", (78, 246, 99, 253)),
         ("pengumpulan", (104, 245, 168, 255)), ("data", (172, 244, 192, 252)),
         ("Wawancara", (277, 243, 331, 251)), ("tatap", (335, 243, 359, 252)),
         ("muka", (364, 242, 389, 250))],
        [("(Pengisian", (262, 256, 330, 265)), ("kuesioner", (333, 256, 375, 265)),
         ("sendiri", (378, 256, 405, 265)), ("Wawancara", (438, 255, 490, 264)),
         ("telepon", (493, 255, 525, 264))],
        [("Pengamatan", (277, 270, 330, 279)), ("langsung", (333, 270, 372, 279)),
         ("Data", (414, 269, 436, 278)), ("sekunder", (439, 269, 480, 278))],
        [("5.5", (45, 302, 58, 310)), ("Jenis", (78, 302, 99, 310)),
         ("sampel", (104, 302, 135, 310)), ("Probabilitas", (277, 301, 330, 310)),
         ("Non-probabilitas", (363, 301, 430, 310))],
    ]  # fmt: skip
    marks = (
        Mark((262, 242, 273, 253), "checked", 0.9),
        Mark((262, 255, 273, 267), "unchecked", 0.9),
        Mark((423, 253, 434, 265), "unchecked", 0.9),
        Mark((262, 269, 273, 281), "checked", 0.9),
        Mark((399, 268, 410, 279), "unchecked", 0.9),
        Mark((262, 300, 274, 311), "unchecked", 0.9),
        Mark((348, 300, 360, 312), "checked", 0.9),
    )
    fields = extract_form(_doc(_ocr_page(rows, marks)), "fs3")
    assert fields["metode_pengumpulan"].value == ["observasi", "wawancara"]
    assert "cara_pengumpulan" not in fields


def test_a_box_read_with_the_bracket_before_it_is_the_box() -> None:
    """OCR's "(LL" for the empty box after "Ya" starts 5 pt left of the box OpenCV found
    (the bracket): it is the box, not a word of the answer."""
    rows = [
        [("VII.", (45, 580, 60, 588)), ("PENGOLAHAN", (65, 580, 130, 588))],
        [("7.1.1", (49, 615, 72, 622)), ("Pemeriksaan", (83, 613, 143, 622)),
         ("isian", (148, 613, 168, 621)), ("Ya", (281, 612, 292, 619)),
         ("(LL", (303, 609, 313, 622)), ("JTidak", (323, 611, 349, 619))],
    ]  # fmt: skip
    marks = (
        Mark((266, 610, 277, 622), "checked", 0.9),
        Mark((308, 610, 319, 621), "unchecked", 0.9),
    )
    fields = extract_form(_doc(_ocr_page(rows, marks)), "fs3")
    assert fields["pengolahan.penyuntingan"].value is True


def test_a_circled_answer_whose_wording_went_with_the_circle_is_told_by_the_other() -> None:
    """OCR read a circled "1. Ya" as "(Wa": the answer left over, "2. Tidak", read and not
    circled, says the circled one was Ya (with less confidence than a clean reading)."""
    rows = [
        [("VII.", (45, 180, 60, 188)), ("PENGOLAHAN", (65, 180, 130, 188))],
        [("c.", (96, 212, 102, 217)), ("Validasi", (105, 210, 135, 217)),
         ("(Wa", (250, 205, 274, 220)), ("2", (288, 207, 295, 214)),
         ("Tidak", (297, 207, 319, 214))],
    ]  # fmt: skip
    marks = (Mark((250.6, 205.0, 263.8, 219.4), "circle", 0.8),)
    field = extract_form(_doc(_ocr_page(rows, marks)), "fs3")["pengolahan.validasi"]
    assert field.value is True


def test_products_read_through_a_misread_wording_and_one_whose_circle_was_lost() -> None:
    """Four circled products on a scan: OpenCV found two circles; OCR read one circled
    wording as "joata mikro" (Data mikro, clearly). "Publikasi tercetak" lost its code
    and circle: chosen or not, nobody can tell, so it is left out rather than "no"."""
    rows = [
        [("R.7.4", (51, 290, 71, 296)), ("Produk", (91, 288, 118, 296)),
         ("Kegiatan", (121, 288, 154, 297)), ("yang", (157, 288, 175, 296)),
         ("Tersedia", (178, 286, 211, 293)), ("untuk", (214, 285, 235, 292)),
         ("Publikasi", (266, 286, 299, 293)), ("tercetak", (302, 285, 333, 292)),
         ("(hardcopy)", (335, 284, 376, 293)), ("(@)Pubtikasi", (385, 277, 434, 295)),
         ("elektronik", (437, 281, 474, 289)), ("(softcopy)", (476, 280, 513, 289))],
        [("Umum", (92, 299, 116, 306)), ("Data", (266, 301, 284, 308)),
         ("makro", (287, 300, 310, 307)), ("@joata", (319, 295, 352, 312)),
         ("mikro", (355, 299, 375, 306))],
    ]  # fmt: skip
    marks = (
        Mark((386.6, 279.4, 399.6, 294.0), "circle", 0.8),
        Mark((319.7, 296.2, 333.1, 310.8), "circle", 0.8),
    )
    fields = extract_form(_doc(_ocr_page(rows, marks)), "fs3")
    assert fields["produk.mikro"].value is True
    assert fields["produk.elektronik"].value is True
    assert "produk.cetak" not in fields


def test_labels_in_capitals_over_their_values_and_over_boxed_options() -> None:
    """A Word form with every label in capitals on a row of its own: a heading's wording
    over a value is the item ("ALAMAT LENGKAP" over the address); a label nobody words
    that way ("PENYELENGGARAAN KOMPILASI"), or one that reads like a number item
    ("PETUGAS PENGHIMPUN DATA"), over boxed options is the item those options belong to."""
    page = _page(
        [
            [(50, "BLOK I. KETERANGAN UMUM")],
            [(50, "I.1 NAMA INSTANSI")],
            [(50, "Dinas Pendidikan dan Kebudayaan Kabupaten Sidoarjo")],
            [(50, "I.2 ALAMAT INSTANSI")],
            [(50, "I.2.a ALAMAT LENGKAP")],
            [(50, "Jl. Pahlawan No. 4, Celep, Sidoarjo")],
            [(50, "BLOK V. PENYELENGGARAAN")],
            [(50, "V.1 PENYELENGGARAAN KOMPILASI")],
            [(50, "☐ Satu kali ☒ Berulang")],
            [(50, "BLOK VI. PETUGAS")],
            [(50, "VI.1 PETUGAS PENGHIMPUN DATA")],
            [(50, "☒ Pegawai instansi ☐ Tenaga kontrak/mitra ☐ Keduanya (staf dan mitra)")],
            [(50, "VI.4 JUMLAH PETUGAS PENGHIMPUN")],
            [(50, "18")],
        ]
    )
    fields = extract_form(_doc(page), "fp-kpa")
    assert fields["penyelenggara.alamat"].value == "Jl. Pahlawan No. 4, Celep, Sidoarjo"
    assert fields["pelaksanaan"].value == "berulang"
    assert fields["petugas"].value == "staf"
    assert fields["jumlah_enumerator"].value == 18


def test_an_options_row_with_only_garble_left_of_it_continues_the_options() -> None:
    """The products' second row on a 200 dpi scan: OCR read the label's wrapped "Umum" as
    "ag" (0.16); the row is still the options, not a "Data makro" label of its own."""
    rows = [
        [("R74", (47, 316, 68, 324)), ("Produk", (87, 314, 115, 322)),
         ("Kegiatan", (117, 313, 152, 323)), ("yang", (154, 314, 173, 322)),
         ("Tersedia", (175, 311, 210, 319)), ("untuk", (212, 310, 235, 318)),
         ("|(G)Pubiikasi", (248, 306, 297, 322)), ("tercetak", (299, 308, 331, 316)),
         ("(hardcopy)", (333, 307, 375, 317)), ("(2)Publikasi", (385, 301, 434, 317)),
         ("elektronik", (436, 303, 474, 312)), ("(softcopy)", (476, 302, 515, 311))],
        [("ag", (87, 325, 113, 343)), ("(@bata", (248, 322, 281, 337)),
         ("makro", (283, 325, 308, 332)), ("4.", (322, 324, 328, 331)),
         ("Data", (332, 323, 350, 331)), ("mikro", (352, 322, 375, 330))],
    ]  # fmt: skip
    marks = (
        Mark((248.0, 307.0, 262.0, 321.0), "circle", 0.8),
        Mark((385.0, 302.0, 399.0, 316.0), "circle", 0.8),
        Mark((248.0, 323.0, 262.0, 337.0), "circle", 0.8),
    )
    page = _ocr_page(rows, marks)
    lines = tuple(
        Line.of([Word(w.text, w.bbox, 0.16 if w.text == "ag" else 0.9, "ocr") for w in line.words])
        for line in page.lines
    )
    page = Page(2, 595, 842, lines, "ocr", dpi=300, marks=marks)
    fields = extract_form(_doc(page), "fs3")
    assert fields["produk.makro"].value is True
    assert fields["produk.mikro"].value is False
    assert fields["produk.cetak"].value is True


def test_an_answer_whose_circled_code_became_garble_is_the_chosen_one() -> None:
    """No circle was found round "1. Ya" and OCR read it '("ya'; "2. Tidak" kept its code,
    uncircled: the garbled one is the answer, read with little confidence. A form with
    both codes clean and neither circled still gives nothing."""
    rows = [
        [("R.5.7", (48, 476, 68, 482)), ("Apakah", (88, 476, 116, 484)),
         ("Melakukan", (120, 476, 160, 482)), ("Uji", (164, 476, 173, 484)),
         ("Coba", (176, 475, 196, 482)), ("(Pilot", (199, 475, 218, 484)),
         ('("ya', (249, 472, 273, 489)), ("2.", (287, 478, 294, 484)),
         ("Tidak", (297, 477, 318, 484))],
        [("Survey)?", (88, 486, 122, 495))],
    ]  # fmt: skip
    field = extract_form(_doc(_ocr_page(rows, ())), "fs3")["uji_coba"]
    assert field.value is True and field.confidence < 0.9
    clean = [
        [("R.5.7", (48, 476, 68, 482)), ("Apakah", (88, 476, 116, 484)),
         ("Melakukan", (120, 476, 160, 482)), ("Uji", (164, 476, 173, 484)),
         ("Coba", (176, 475, 196, 482)), ("1.", (249, 477, 256, 484)),
         ("Ya", (259, 477, 270, 484)), ("2.", (287, 478, 294, 484)),
         ("Tidak", (297, 477, 318, 484))],
    ]  # fmt: skip
    assert "uji_coba" not in extract_form(_doc(_ocr_page(clean, ())), "fs3")


def test_an_ampersand_after_the_seventh_option_is_the_eighth_code() -> None:
    """OCR reads the code "8." as "&": after seven options it starts the eighth, so the
    circled "Tahunan" is not read as "Tahunan & Lebih dari setahun"."""
    words = "1.Harian 2 Mingguan 3 Bulanan 4. Triwulanan 5.Caturwulanan 6. Semesteran"
    page = _page(
        [
            [(80, "Frekuensi Penyelenggaraan"), (250, words)],
            [(250, "(7)Tahunan & Lebih dari setahun")],
        ],
        marks=(Mark((249, 53, 262, 66), "circle", 0.8),),
        conf=0.9,
    )
    assert extract_form(_doc(page), "fs3")["frekuensi"].value == "tahunan"


def test_word_cells_holding_a_label_value_pair_each_are_read_cell_by_cell() -> None:
    """A Word table with two "Label: value" items a row: each cell's value ends at its
    cell, and the second cell's label is found although it stands in the first cell's
    value column."""
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    table = doc.add_table(rows=0, cols=2)
    for left, right in [
        (
            "Nama Kegiatan Statistik: Pendataan Lengkap Usaha Batik Kota Pekalongan Tahun 2026",
            "Tahun Kegiatan: 2026",
        ),
        ("Provinsi: Jawa Tengah", "Telp.: (0285) 421093"),
        ("Faks.: -", "Surel: dindagkop@pekalongankota.go.id"),
        ("Penyuntingan (editing): [V] Ya [ ] Tidak", "Validasi: [ ] Ya [V] Tidak"),
        ("Nama OPD: Dinas Perdagangan Kota Pekalongan", "Wilayah Pendataan: Kota Pekalongan"),
        (
            "Uji Coba Kuesioner: [V] Ya [ ] Tidak",
            "Petugas: [ ] Pegawai instansi [ ] Tenaga kontrak/mitra [V] Keduanya (staf dan mitra)",
        ),
        (
            "Metode Pengumpulan: [V] Wawancara tatap muka [ ] Pengisian kuesioner sendiri "
            "[ ] Wawancara telepon [V] Pengamatan langsung",
            "Tahun Kegiatan: 2026",
        ),
    ]:
        cells = table.add_row().cells
        for cell, text in zip(cells, (left, right), strict=True):
            cell.width = Cm(8.0)
            cell.text = text
    buf = io.BytesIO()
    doc.save(buf)
    fields = extract_form(load_document(buf.getvalue()), "fs3")
    assert fields["judul"].value == "Pendataan Lengkap Usaha Batik Kota Pekalongan Tahun 2026"
    assert fields["tahun"].value == 2026
    assert fields["penyelenggara.telepon"].value == "+62285421093"
    assert fields["penyelenggara.email"].value == "dindagkop@pekalongankota.go.id"
    assert fields["pengolahan.penyuntingan"].value is True
    assert fields["pengolahan.validasi"].value is False
    # A box ends the label before it; a cell's wrapped options are read line by line; a
    # cell of its own is never the wrapped value of the cell before it.
    assert fields["penyelenggara.instansi"].value == "Dinas Perdagangan Kota Pekalongan"
    assert fields["wilayah"].value == ["3375"]
    assert fields["uji_coba"].value is True
    assert fields["petugas"].value == "keduanya"
    assert fields["metode_pengumpulan"].value == ["observasi", "wawancara"]


def test_questions_over_answer_boxes_and_labels_over_shaded_values() -> None:
    """A form of questions: an answer box a few points in from its label ("Nama" over the
    name, 5 pt in), a question over boxed options (the options say which item), and a
    question naming its person section in brackets."""
    page = _text_page(
        [
            [(48, "BAGIAN II. PENANGGUNG JAWAB")],
            [(48, "2.2 Siapa yang mengelola survei sehari-hari (manajer survei)?")],
            [(100, "Nama")],
            [(105, "Dewi Kartika Sari, S.Si., M.Env.")],
            [(100, "Jabatan")],
            [(105, "Kepala Bidang Pengelolaan Sampah dan Limbah B3")],
            [(48, "BAGIAN III. JENIS SURVEI")],
            [(48, "3.1 Berapa kali survei ini dilaksanakan?")],
            [(89, "☐ Satu kali ☑ Berulang")],
            [(48, "3.3 Bagaimana tipe pengumpulan datanya?")],
            [(89, "☐ Longitudinal ☑ Potong lintang (cross section) ☐ Gabungan")],
        ]
    )
    fields = extract_form(_doc(page), "fs3")
    assert fields["manajer.nama"].value == "Dewi Kartika Sari, S.Si., M.Env."
    assert fields["manajer.jabatan"].value == "Kepala Bidang Pengelolaan Sampah dan Limbah B3"
    assert fields["pelaksanaan"].value == "berulang"
    assert fields["tipe_pengumpulan"].value == "cross_sectional"


def test_free_text_questions_take_the_answer_written_below() -> None:
    """Items asked as questions, each answer on the row(s) below at the question's own
    left edge (no indent): the key from a label wording inside the question ("judul
    survei", "fraksi sampel-nya") or a topic word ("menyelenggarakan", "untuk apa",
    "wilayah", "responden"); a long answer ends at the next question. A question over
    sub-labels is no item, and one over boxed options is read by its options, also when
    they answer a yes/no wording with the options themselves and when they are a
    product check list."""
    page = _text_page(
        [
            [(84, "Apa judul survei yang akan dilaksanakan?")],
            [(84, "Survei Persepsi Masyarakat terhadap Pengelolaan Sampah 2026")],
            [(84, "Pada tahun berapa survei dilaksanakan?")],
            [(84, "2026")],
            [(48, "1.1"), (84, "Siapa yang menyelenggarakan kegiatan ini?")],
            [(84, "Dinas Lingkungan Hidup Kota Balikpapan")],
            [(48, "1.2"), (84, "Di mana alamat dan kontak penyelenggara?")],
            [(100, "Alamat kantor")],
            [(105, "Jl. Ruhui Rahayu I No. 1, Balikpapan Selatan")],
            [(84, "Untuk apa survei ini dilakukan?")],
            [(84, "Mengukur persepsi dan partisipasi rumah tangga dalam pemilahan")],
            [(84, "sampah sebagai dasar evaluasi kebijakan daerah.")],
            [(84, "Apakah data dikumpulkan dari seluruh populasi atau dari sampel?")],
            [(89, "☑ Survei sampel ☐ Sensus (pencacahan lengkap)")],
            [(84, "Bila sebagian, wilayah mana saja?")],
            [(84, "Kota Balikpapan")],
            [(84, "Berapa fraksi sampelnya?")],
            [(84, "0,5 persen rumah tangga")],
            [(84, "Siapa yang menjadi responden?")],
            [(84, "Kepala rumah tangga atau pasangannya")],
            [(84, "Dalam bentuk apa hasilnya tersedia?")],
            [(89, "☐ Publikasi cetak ☑ Publikasi elektronik ☑ Data makro ☐ Data mikro")],
        ]
    )
    fields = extract_form(_doc(page), "fs3")
    values = {key: f.value for key, f in fields.items()}
    assert values["judul"] == "Survei Persepsi Masyarakat terhadap Pengelolaan Sampah 2026"
    assert values["tahun"] == 2026
    assert values["penyelenggara.instansi"] == "Dinas Lingkungan Hidup Kota Balikpapan"
    assert values["penyelenggara.alamat"] == "Jl. Ruhui Rahayu I No. 1, Balikpapan Selatan"
    assert values["tujuan"] == (
        "Mengukur persepsi dan partisipasi rumah tangga dalam pemilahan sampah sebagai "
        "dasar evaluasi kebijakan daerah."
    )
    assert values["cara_pengumpulan"] == "sampel"
    assert values["wilayah"] == ["6471"]
    assert values["fraksi_sampel"] == "0,5 persen rumah tangga"
    assert values["responden"] == "Kepala rumah tangga atau pasangannya"
    assert (values["produk.cetak"], values["produk.elektronik"]) == (False, True)
    assert (values["produk.makro"], values["produk.mikro"]) == (True, False)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("5 s.d. 30 Januari 2026", "2026-01-05", "2026-01-30"),
        ("2 Februari s.d. 20 Maret 2026", "2026-02-02", "2026-03-20"),
        ("5 Januari 2026 sampai dengan 20 Maret 2026", "2026-01-05", "2026-03-20"),
        ("8 - 31 Juli 2026", "2026-07-08", "2026-07-31"),
    ],
)
def test_a_stage_written_as_a_date_range(written: str, start: str, end: str) -> None:
    """A schedule stage given as one range, its month or year written once."""
    page = _text_page([[(50, "Jadwal Kegiatan")], [(60, "Perencanaan"), (250, written)]])
    fields = extract_form(_doc(page), "fs3")
    assert fields["jadwal.perencanaan.mulai"].value == start
    assert fields["jadwal.perencanaan.selesai"].value == end


def test_a_web_form_printed_captions_radios_and_check_boxes() -> None:
    """A web application's form printed to PDF: a small caption over each input box, a
    "*" after required captions, two captions side by side over their own inputs (one
    left empty), radio buttons drawn as rings with a dot in the chosen one, check boxes
    drawn as rounded squares filled when ticked, a remark in brackets after a caption, a
    block heading in title case, and the browser's footer (address and "1/2")."""

    def draw(c: canvas.Canvas) -> None:
        h = A4[1]

        def caption(x: float, y: float, text: str) -> None:
            c.setFont("Helvetica", 7)
            c.drawString(x, h - y, text)

        def value(x: float, y: float, text: str) -> None:
            c.setFont("Helvetica", 10)
            c.roundRect(x - 6, h - y - 6, 250, 18, 3, stroke=1, fill=0)
            c.drawString(x, h - y, text)

        def choices(y: float, options: list[tuple[str, bool]], *, radio: bool) -> None:
            x = 48.0
            c.setFont("Helvetica", 10)
            for text, chosen in options:
                if radio:
                    c.circle(x + 4.5, h - y + 3, 4.5, stroke=1, fill=0)
                    if chosen:
                        c.circle(x + 4.5, h - y + 3, 2.4, stroke=0, fill=1)
                else:
                    c.roundRect(x, h - y - 1.5, 9, 9, 1.5, stroke=0 if chosen else 1, fill=chosen)
                c.drawString(x + 14, h - y, text)
                x += 30 + c.stringWidth(text, "Helvetica", 10)

        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, h - 60, "Bagian I Instansi Penyelenggara")
        caption(48, 80, "Nama Instansi *")
        value(54, 95, "Dinas Pertanian Kabupaten Klaten")
        caption(48, 120, "Kabupaten/Kota *")
        caption(304, 120, "Provinsi *")
        value(54, 135, "Kabupaten Klaten")
        value(310, 135, "Jawa Tengah")
        caption(48, 160, "Telepon *")
        caption(304, 160, "Faksimile")
        value(54, 175, "(0272) 321046")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, h - 205, "Bagian III Jenis Survei")
        caption(48, 225, "Pelaksanaan Survei *")
        choices(240, [("Satu kali", True), ("Berulang", False)], radio=True)
        caption(48, 260, "Metode Pengumpulan Data * (boleh lebih dari satu)")
        choices(
            275,
            [("Wawancara tatap muka", True), ("Wawancara telepon", False), ("Data sekunder", True)],
            radio=False,
        )
        c.setFont("Helvetica", 7)
        c.drawString(24, h - 815, "https://simstatda.klatenkab.go.id/rekomendasi/fs3/cetak/0117")
        c.drawString(560, h - 815, "1/2")

    fields = extract_form(load_document(_pdf(draw)), "fs3")
    values = {key: f.value for key, f in fields.items()}
    assert values["penyelenggara.instansi"] == "Dinas Pertanian Kabupaten Klaten"
    assert values["penyelenggara.kabupaten_kota"] == "3310"
    assert values["penyelenggara.provinsi"] == "33"
    assert values["penyelenggara.telepon"] == "+62272321046"
    assert "penyelenggara.faks" not in values
    assert values["pelaksanaan"] == "sekali"
    assert values["metode_pengumpulan"] == ["data_sekunder", "wawancara"]


def test_a_spreadsheet_form_with_block_row_codes_and_a_file_footer() -> None:
    """A form printed from a spreadsheet: row codes "B1R1", "B1R2a" before the labels,
    "BLOK 1 - ..." headings, "Manajer/Pengelola Survei" as the manager's heading, and a
    footer of the file's name and "Halaman 1 dari 2" under a value in the last row."""
    page = _text_page(
        [
            [(33, "BLOK 1 - IDENTITAS PENYELENGGARA")],
            [
                (33, "B1R1"),
                (75, "Nama Organisasi Perangkat Daerah"),
                (254, ":"),
                (265, "Dinas Kelautan dan Perikanan Kabupaten Bone"),
            ],
            [
                (33, "B1R2a"),
                (75, "Alamat Kantor"),
                (254, ":"),
                (265, "Jl. Jenderal Sudirman No. 14"),
            ],
            [(33, "BLOK 2 - PENANGGUNG JAWAB")],
            [(33, "B2R2"), (75, "Manajer/Pengelola Survei")],
            [(33, "B2R2a"), (75, "Nama"), (254, ":"), (265, "Hasmawati Rahman, S.Pi., M.P.")],
            [
                (33, "B5R3"),
                (75, "Nama Wilayah (jika sebagian)"),
                (254, ":"),
                (265, "Kabupaten Bone"),
            ],
            [(30, "FS3_DKP_Bone_2026.xlsx / Sheet1"), (500, "Halaman 1 dari 2")],
        ]
    )
    page = dataclasses.replace(page, height=155)  # the last row at the page's foot
    fields = extract_form(_doc(page), "fs3")
    values = {key: f.value for key, f in fields.items()}
    assert values["penyelenggara.instansi"] == "Dinas Kelautan dan Perikanan Kabupaten Bone"
    assert values["penyelenggara.alamat"] == "Jl. Jenderal Sudirman No. 14"
    assert values["manajer.nama"] == "Hasmawati Rahman, S.Pi., M.P."
    assert "penanggung_jawab.nama" not in values
    assert values["wilayah"] == ["7311"]


def test_a_count_beside_the_heading_over_the_supervisors_counts_the_collectors() -> None:
    """ "Jumlah Petugas" heads the supervisors and the collectors; with a bare count a
    column away (after "Jumlah Supervisor") it is the collectors' count; alone on its row
    it stays the heading of the rows below."""
    page = _text_page(
        [
            [(42, "6.3"), (76, "Jumlah Supervisor"), (248, "2")],
            [(42, "6.4"), (76, "Jumlah Petugas"), (248, "10")],
        ]
    )
    values = {k: f.value for k, f in extract_form(_doc(page), "fp-kpa").items()}
    assert (values["jumlah_supervisor"], values["jumlah_enumerator"]) == (2, 10)
    page = _text_page(
        [
            [(51, "R.6.3"), (91, "Jumlah Petugas")],
            [(99, "a. Supervisor/penyelia"), (256, "4 orang")],
            [(99, "b. Pengumpul data/enumerator"), (256, "16 orang")],
        ]
    )
    values = {k: f.value for k, f in extract_form(_doc(page), "fp-kpa").items()}
    assert (values["jumlah_supervisor"], values["jumlah_enumerator"]) == (4, 16)


def test_typed_bracket_boxes_on_a_photo_as_ocr_reads_them() -> None:
    """ "[√]" / "[ ]" typed on a form and photographed: OCR reads "(vj", "IV)", "(Iv)",
    "( J", ")Satu", "JHarian"; a box of its own on the wrapped row of options too."""
    page = _page(
        [
            [(85, "5.1"), (110, "Penyelenggaraan"), (256, ")Satu kali (vj Berulang")],
            [(85, "5.2"), (110, "Frekuensi"), (256, "( JHarian ( JMingguan (Iv) Bulanan")],
            [(85, "7.4"), (110, "Tingkat Penyajian"), (256, "( JProvinsi (Iv) Kabupaten/Kota")],
            [(256, ") Lainnya")],
            [(85, "6.5"), (110, "Pelatihan"), (256, ")Ya IV) Tidak")],
            [(85, "6.2"), (110, "Pendidikan Minimal"), (256, "JSLTP (Iv) D1/D2/D3")],
            [(264, "1D4/S1 ke atas")],
        ],
        conf=0.8,
    )
    values = {k: f.value for k, f in extract_form(_doc(page), "fp-kpa").items()}
    assert values["pelaksanaan"] == "berulang"
    assert values["frekuensi"] == "bulanan"
    assert values["tingkat_penyajian"] == ["kabupaten_kota"]
    assert values["pelatihan"] is False
    assert values["pendidikan_petugas"] == "diploma"


def test_a_photographed_dark_block_bar_and_a_table_row_that_lost_its_number() -> None:
    """A block heading printed white on a dark bar: OCR reads the heading, then the bar's
    texture as junk; the junk is dropped so the heading stays a heading. The variable
    table's header stands at the label's left edge; its first row lost its number ("2"
    follows it); a scrap of the next block's bar in capitals ends the table."""

    def row(y: float, cells: list[tuple[float, str, float]]) -> Line:
        words = [
            Word(text, (x, y, x + 5 * len(text), y + 10), conf, "ocr") for x, text, conf in cells
        ]
        return Line.of(words)

    lines = (
        row(40, [(84, "III.", 0.6), (100, "TUJUAN", 0.96), (140, "DAN", 0.9),
                 (160, "VARIABEL", 0.9), (210, "#0010", 0.0), (260, "ani", 0.04),
                 (280, "MAA", 0.25), (310, "ANA", 0.2)]),
        row(55, [(80, "3.1", 0.9), (106, "Tujuan", 0.92), (252, "Menghimpun", 0.9),
                 (310, "hasil", 0.96), (340, "penimbangan", 0.96)]),
        row(70, [(87, "4.1", 0.93), (106, "Variabel", 0.93), (150, "yang", 0.93),
                 (175, "Dihimpun", 0.91)]),
        row(85, [(87, "No", 0.96), (106, "Nama", 0.97), (130, "Variabel", 0.96),
                 (280, "Referensi", 0.96), (330, "Waktu", 0.97)]),
        row(100, [(106, "Jumlah", 0.96), (140, "balita", 0.97), (175, "ditimbang", 0.96),
                  (280, "Bulanan", 0.96)]),
        row(115, [(87, "2", 0.97), (106, "Jumlah", 0.96), (140, "posyandu", 0.96),
                  (185, "aktif", 0.96), (280, "Bulanan", 0.96)]),
        row(130, [(169, "OMPILA", 0.9)]),
    )  # fmt: skip
    page = Page(1, 595, 842, lines, "ocr", dpi=300)
    values = {k: f.value for k, f in extract_form(_doc(page), "fp-kpa").items()}
    assert values["tujuan"] == "Menghimpun hasil penimbangan"
    assert values["variabel"] == [
        {"nama": "Jumlah balita ditimbang", "referensi_waktu": "Bulanan"},
        {"nama": "Jumlah posyandu aktif", "referensi_waktu": "Bulanan"},
    ]


def test_a_bilingual_form_with_block_letter_codes_and_ticked_lists() -> None:
    """A ministry's bilingual form: items coded "A1", "B10"; the English label in a column
    of its own before a lone colon (also with the value left empty); "BLOK B. ..." with
    its English a column away; sub-headings with their translation; options listed with
    semicolons and a tick after each chosen one; a label wrapped beside its value's next
    row; and the running head of every page kept out of a table running over the break."""
    head = [(40, "KEMENTERIAN KETENAGAKERJAAN"), (381, "FS3 / Notification of Survey")]
    first = _text_page(
        [
            head,
            [(40, "BLOK A. INSTANSI PENYELENGGARA"), (457, "SECTION A. ORGANIZER")],
            [(40, "A1"), (64, "Instansi Penyelenggara"), (192, "Organizer"), (312, ":"),
             (320, "Pusat Data dan Informasi")],
            [(40, "A6"), (64, "Faksimile"), (192, "Facsimile"), (312, ":")],
            [(40, "A7"), (64, "Surel"), (192, "E-mail"), (312, ":"),
             (320, "pusdatik@kemnaker.go.id")],
            [(40, "BLOK B. PENANGGUNG JAWAB"), (419, "SECTION B. PERSONS IN CHARGE")],
            [(64, "Manajer Survei"), (192, "Survey Manager")],
            [(40, "B6"), (64, "Nama"), (192, "Name"), (312, ":"), (320, "Dewi Anggraini Siregar")],
            [(40, "C1"), (64, "Penyelenggaraan"), (192, "Implementation"), (312, ":"),
             (320, "Satu kali; Berulang √")],
            [(40, "E4"), (64, "Metode Pengumpulan"), (192, "Collection Mode"), (312, ":"),
             (320, "Wawancara tatap muka; Pengisian kuesioner sendiri √")],
            [(64, "Data"), (320, "Wawancara telepon √; Pengamatan langsung")],
            [(40, "E8"), (64, "Petugas"), (192, "Field Staff"), (312, ":"),
             (320, "Pegawai instansi; Keduanya (staf dan mitra) √")],
            [(40, "D2"), (64, "Variabel"), (192, "Variables"), (312, ":")],
            [(67, "No"), (93, "Nama Variabel / Variable"), (363, "Referensi Waktu / Period")],
            [(67, "1"), (93, "Jumlah pekerja menurut jabatan"), (363, "Posisi 31 Maret 2026")],
            [(67, "2"), (93, "Jabatan yang sulit diisi"), (363, "Setahun terakhir")],
        ]
    )  # fmt: skip
    second = dataclasses.replace(
        _text_page([head, [(93, "menurut sektor"), (363, "")], [(40, "BLOK F. DESAIN")]]),
        number=2,
    )
    values = {k: f.value for k, f in extract_form(_doc(first, second), "fs3").items()}
    assert values["penyelenggara.instansi"] == "Pusat Data dan Informasi"
    assert "penyelenggara.faks" not in values
    assert values["penyelenggara.email"] == "pusdatik@kemnaker.go.id"
    assert values["manajer.nama"] == "Dewi Anggraini Siregar"
    assert values["pelaksanaan"] == "berulang"
    assert values["metode_pengumpulan"] == ["swacacah", "telepon"]
    assert values["petugas"] == "keduanya"
    assert values["variabel"] == [
        {"nama": "Jumlah pekerja menurut jabatan", "referensi_waktu": "Posisi 31 Maret 2026"},
        {"nama": "Jabatan yang sulit diisi menurut sektor", "referensi_waktu": "Setahun terakhir"},
    ]


def test_word_option_tables_with_a_tick_column_and_yes_no_columns() -> None:
    """Nested Word tables in the value cell: options as "Kode | Uraian | Pilihan (√)"
    with "√" in the chosen row (an unknown label over such a table is found by its
    options), and yes/no asked in "Ya | Tidak" columns with "√" under one, under an item
    ("Dilakukan/diberikan  √") or for each sub-item ("Penyuntingan  √")."""
    import docx

    doc = docx.Document()
    outer = doc.add_table(rows=0, cols=3)

    def item(number: str, label: str) -> Any:
        cells = outer.add_row().cells
        cells[0].text, cells[1].text = number, label
        return cells[2]

    def options(cell: Any, rows: list[tuple[str, bool]]) -> None:
        table = cell.add_table(rows=1, cols=3)
        for c, text in enumerate(("Kode", "Uraian", "Pilihan (√)")):
            table.cell(0, c).text = text
        for k, (text, chosen) in enumerate(rows, start=1):
            r = table.add_row().cells
            r[0].text, r[1].text, r[2].text = str(k), text, "√" if chosen else ""

    def yes_no(cell: Any, rows: list[tuple[str, bool]]) -> None:
        table = cell.add_table(rows=1, cols=3)
        table.cell(0, 1).text, table.cell(0, 2).text = "Ya", "Tidak"
        for text, yes in rows:
            r = table.add_row().cells
            r[0].text = text
            r[1 if yes else 2].text = "√"

    options(item("3.1", "Pelaksanaan Survei"), [("Satu kali", False), ("Berulang", True)])
    options(
        item("5.5", "Cara Pemilihan Unit"),
        [("Probabilitas", True), ("Non-probabilitas", False)],
    )
    options(
        item("5.9", "Pendidikan Terendah Petugas"),
        [("SLTP", False), ("SMA/SMK sederajat", True), ("D1/D2/D3", False)],
    )
    yes_no(item("5.7", "Uji Coba Kuesioner"), [("Dilakukan/diberikan", False)])
    yes_no(item("7.1", "Tahapan Pengolahan"), [("Penyuntingan", True), ("Validasi", False)])
    buf = io.BytesIO()
    doc.save(buf)
    values = {k: f.value for k, f in extract_form(load_document(buf.getvalue()), "fs3").items()}
    assert values["pelaksanaan"] == "berulang"
    assert values["metode_sampel"] == "probabilitas"
    assert values["pendidikan_petugas"] == "sma"
    assert values["uji_coba"] is False
    assert values["pengolahan.penyuntingan"] is True
    assert values["pengolahan.validasi"] is False


def test_an_old_typed_template_in_capitals_with_abbreviations_and_written_answers() -> None:
    """An old template typed in capitals: abbreviated labels ("NM. INSTANSI", "ALMT.
    KANTOR", "PROP.", "JML. PETUGAS"), one "TELP/FAX" line holding both numbers, coded
    options with the chosen codes written after "JAWAB:", a coded list wrapped over rows
    that start with a code ("5. CATURWULANAN ..." is no block heading), and "REF. WAKTU"
    heading the variables' reference column."""
    page = _text_page(
        [
            [(46, "R.1.1"), (86, "NM. INSTANSI"), (216, ":"), (224, "DINAS PERTANIAN")],
            [(86, "- ALMT. KANTOR"), (216, ":"), (224, "JL. S. SUKOWATI NO. 60, CURUP")],
            [(86, "- PROP."), (216, ":"), (224, "BENGKULU")],
            [(86, "- TELP/FAX"), (216, ":"), (224, "(0732) 21045 / (0732) 21046")],
            [(46, "R.3.2"), (86, "FREK. BILA BERULANG"), (216, ":"),
             (224, "1. HARIAN 2. MINGGUAN 3. BULANAN 4. TRIWULANAN")],
            [(224, "5. CATURWULANAN 6. SEMESTERAN 7. TAHUNAN")],
            [(224, "8. LEBIH DARI SATU TAHUN"), (357, "JAWAB: 7")],
            [(46, "R.5.4"), (86, "MTD. PENGUMP. DATA"), (216, ":"),
             (224, "1. WAWANCARA TATAP MUKA 2. PENGISIAN KUESIONER SENDIRI")],
            [(224, "3. WAWANCARA TELEPON 4. PENGAMATAN LANGSUNG"), (379, "JAWAB: 1, 4")],
            [(46, "R.4.2"), (86, "VARIABEL YG DIKUMPULKAN"), (216, ":")],
            [(89, "NO."), (117, "NAMA VARIABEL"), (393, "REF. WAKTU")],
            [(89, "1"), (117, "LUAS PANEN PETAK UBINAN"), (393, "MUSIM TANAM TERAKHIR")],
            [(46, "R.5.11"), (86, "JML. PETUGAS")],
            [(86, "- SUPERVISOR"), (216, ":"), (224, "5 ORG")],
        ]
    )  # fmt: skip
    values = {k: f.value for k, f in extract_form(_doc(page), "fs3").items()}
    assert values["penyelenggara.instansi"] == "DINAS PERTANIAN"
    assert values["penyelenggara.alamat"] == "JL. S. SUKOWATI NO. 60, CURUP"
    assert values["penyelenggara.provinsi"] == "17"
    assert values["penyelenggara.telepon"] == "+6273221045"
    assert values["penyelenggara.faks"] == "+6273221046"
    assert values["frekuensi"] == "tahunan"
    assert values["metode_pengumpulan"] == ["observasi", "wawancara"]
    assert values["variabel"] == [
        {"nama": "LUAS PANEN PETAK UBINAN", "referensi_waktu": "MUSIM TANAM TERAKHIR"}
    ]
    assert values["jumlah_supervisor"] == 5


def test_choices_answered_in_sentences() -> None:
    """Every choice answered as a sentence: the option it names (longest wording first, a
    number in it no option code), a yes/no by its first word, products named with a
    clause denying the others; a note under a block is no item's value."""
    page = _text_page(
        [
            [(58, "5.1"), (92, "Cara pengumpulan data"),
             (262, "Data dikumpulkan melalui survei sampel.")],
            [(58, "5.5"), (92, "Metode pemilihan sampel"),
             (262, "Sampel dipilih secara non-probabilitas.")],
            [(58, "5.6"), (92, "Teknik pemilihan sampel"),
             (262, "Pemilihan sampel dengan cara kuota, 40 rumah tangga per kelurahan.")],
            [(58, "5.7"), (92, "Uji coba kuesioner"),
             (262, "Ya, kuesioner diujicobakan di Serua.")],
            [(58, "5.10"), (92, "Pelatihan petugas"),
             (262, "Tidak, petugas tidak dilatih khusus.")],
            [(58, "5.4"), (92, "Metode pengumpulan data"),
             (262, "Data dikumpulkan dengan wawancara tatap muka dan pengamatan langsung.")],
            [(58, "6.7"), (92, "Responden")],
            [(56, "Catatan: Blok VI tidak diisi karena sampel dipilih secara non-probabilitas.")],
            [(58, "7.4"), (92, "Produk yang tersedia"),
             (262, "Hasil tersedia sebagai publikasi elektronik dan data makro; tidak ada")],
            [(262, "publikasi cetak dan data mikro.")],
        ]
    )  # fmt: skip
    values = {k: f.value for k, f in extract_form(_doc(page), "fs3").items()}
    assert values["cara_pengumpulan"] == "sampel"
    assert values["metode_sampel"] == "nonprobabilitas"
    assert values["metode_pemilihan"] == "kuota"
    assert values["uji_coba"] is True
    assert values["pelatihan"] is False
    assert values["metode_pengumpulan"] == ["observasi", "wawancara"]
    assert "responden" not in values
    assert (values["produk.cetak"], values["produk.elektronik"]) == (False, True)
    assert (values["produk.makro"], values["produk.mikro"]) == (True, False)


def test_option_cells_marked_under_their_wording_and_an_appendix_table() -> None:
    """Options as a row of cells with an "X" typed under the chosen wording (wordings
    wrapped in their cells), yes/no in a "Rincian | Ya | Tidak" table whose item has a
    remark in brackets, the footer "Lembar 2", and the variables in an appendix page
    headed "LAMPIRAN" (its rows numbered 1, 2 ... are no labels)."""
    page = _text_page(
        [
            [(44, "5.1"), (74, "Cara Pengumpulan Data"), (380, "Survei sampel"),
             (640, "Sensus (pencacahan lengkap)")],
            [(400, "X")],
            [(44, "5.4"), (74, "Metode Pengumpulan Data"), (258, "Wawancara"),
             (325, "Pengisian"), (390, "Wawancara"), (460, "Data")],
            [(258, "tatap muka"), (325, "kuesioner"), (395, "telepon"), (460, "sekunder")],
            [(330, "sendiri")],
            [(270, "X"), (335, "X")],
            [(44, "Rincian"), (382, "Ya"), (650, "Tidak")],
            [(44, "5.7"), (74, "Uji Coba Kuesioner (Pretest)"), (384, "X")],
            [(40, "4.2"), (74, "Variabel yang dikumpulkan"), (268, ": lihat Lampiran")],
            [(40, "LAMPIRAN")],
            [(40, "Daftar Variabel Survei Partisipasi Olahraga")],
            [(44, "No."), (80, "Nama Variabel"), (300, "Referensi Waktu")],
            [(44, "1"), (80, "Frekuensi berolahraga"), (300, "Seminggu terakhir")],
            [(44, "2"), (80, "Jenis olahraga yang dilakukan"), (300, "Sebulan terakhir")],
            [(40, "Formulir FS3 - Disporbudpar Kota Cirebon"), (700, "Lembar 4")],
        ],
        width=842,
    )  # fmt: skip
    page = dataclasses.replace(page, height=265)  # the footer at the page's foot
    values = {k: f.value for k, f in extract_form(_doc(page), "fs3").items()}
    assert values["cara_pengumpulan"] == "sampel"
    assert values["metode_pengumpulan"] == ["swacacah", "wawancara"]
    assert values["uji_coba"] is True
    assert values["variabel"] == [
        {"nama": "Frekuensi berolahraga", "referensi_waktu": "Seminggu terakhir"},
        {"nama": "Jenis olahraga yang dilakukan", "referensi_waktu": "Sebulan terakhir"},
    ]
    assert "frekuensi" not in values


def test_title_case_roman_blocks_and_one_word_labels_with_their_colon() -> None:
    """Blocks headed "IV. Variabel", "VII. Pengolahan dan Penyajian" in title case: the
    first over its table's header heads the table, the second ends the value above it;
    "Periode :", "Cakupan :" and "Wilayah :" as labels (only with their colon)."""
    page = _text_page(
        [
            [(72, "IV. Variabel")],
            [(75, "No."), (100, "Variabel"), (300, "Referensi Waktu"), (400, "Sumber Data")],
            [(75, "1"), (100, "Jumlah PNS menurut golongan"), (300, "Semesteran"), (400, "SIASN")],
            [(72, "V. Desain Kompilasi")],
            [(75, "Periode"), (180, ":"), (190, "Semesteran")],
            [(75, "Cakupan"), (180, ":"), (190, "Sebagian wilayah")],
            [(75, "Wilayah"), (180, ":"), (190, "Kabupaten Merauke")],
            [(75, "Pelatihan"), (180, ":"), (190, "Ya")],
            [(72, "VII. Pengolahan dan Penyajian")],
        ]
    )  # fmt: skip
    values = {k: f.value for k, f in extract_form(_doc(page), "fp-kpa").items()}
    assert values["variabel"] == [
        {"nama": "Jumlah PNS menurut golongan", "referensi_waktu": "Semesteran", "sumber": "SIASN"}
    ]
    assert values["frekuensi"] == "semesteran"
    assert values["cakupan_wilayah"] == "sebagian"
    assert values["wilayah"] == ["9501"]
    assert values["pelatihan"] is True


def test_radio_glyphs_and_a_block_name_alone_on_its_bar() -> None:
    """Options typed as radio glyphs ("◯ Satu kali ⬤ Berulang"), and a block's name alone
    on its bar in sentence case ("Rancangan survei") ending the value above it."""
    page = _text_page(
        [
            [(48, "Tujuan survei"), (200, "Mengetahui karakteristik wisatawan.")],
            [(48, "Rancangan survei")],
            [(48, "Pelaksanaan"), (200, "◯ Satu kali ⬤ Berulang")],
            [(48, "Metode analisis"), (200, "⬤ Deskriptif ◯ Inferensial")],
        ]
    )
    values = {k: f.value for k, f in extract_form(_doc(page), "fs3").items()}
    assert values["tujuan"] == "Mengetahui karakteristik wisatawan."
    assert values["pelaksanaan"] == "berulang"
    assert values["metode_analisis"] == "deskriptif"


def test_numbered_questions_with_answer_boxes_and_a_footer_on_every_page() -> None:
    """A questionnaire: each question numbered "P01." with its answer in a box starting
    under the number (not under the label's first word), an empty answer followed by the
    next question, a name starting with an initial ("H."), and the same footer at the
    foot of every page ("FP-KPA Dinas Sosial ... 1", "... 2")."""
    rows = [
        [(52, "P03."), (80, "Nama Perangkat Daerah")],
        [(54, "Dinas Sosial Kabupaten Lombok Timur")],
        [(52, "P08."), (80, "Nomor Faksimile")],
        [(52, "P09."), (80, "Alamat Surel")],
        [(54, "dinsos@lomboktimurkab.go.id")],
        [(52, "BAGIAN II PENANGGUNG JAWAB")],
        [(52, "P10."), (80, "Nama Lengkap")],
        [(54, "H. Ahmad Subhan, S.Sos., M.AP.")],
        [(52, "P12."), (80, "Alamat Kantor")],
        [(54, "Jl. Prof. M. Yamin No. 57, Selong")],
    ]
    first = dataclasses.replace(
        _text_page([*rows[:5], [(46, "FP-KPA Dinas Sosial Kabupaten Lombok Timur 1")]]),
        height=124,
    )
    second = dataclasses.replace(
        _text_page([*rows[5:], [(46, "FP-KPA Dinas Sosial Kabupaten Lombok Timur 2")]]),
        number=2,
        height=124,
    )
    values = {k: f.value for k, f in extract_form(_doc(first, second), "fp-kpa").items()}
    assert values["penyelenggara.instansi"] == "Dinas Sosial Kabupaten Lombok Timur"
    assert "penyelenggara.faks" not in values
    assert values["penyelenggara.email"] == "dinsos@lomboktimurkab.go.id"
    assert values["penanggung_jawab.nama"] == "H. Ahmad Subhan, S.Sos., M.AP."
    assert values["penanggung_jawab.alamat"] == "Jl. Prof. M. Yamin No. 57, Selong"


def test_codes_printed_after_their_wordings_the_circled_one_chosen() -> None:
    """A paper form printing "Sampel 1   Sensus 2" (code after the wording), scanned: the
    ring round "2" holds OCR's garble "D"; on the next item OCR dropped the circled "1"
    altogether and only the ring is left between "Ya" and "Tidak"."""
    rows = [
        [("R.5.1", (50, 40, 72, 50)), ("Cara", (76, 40, 96, 50)),
         ("pengumpulan", (100, 40, 155, 50)), ("data", (159, 40, 179, 50)),
         ("Sampel", (250, 40, 280, 50)), ("1", (284, 40, 289, 50)),
         ("Sensus", (300, 40, 330, 50)), ("D", (335, 38, 346, 52))],
        [("R.5.7", (50, 60, 72, 70)), ("Uji", (76, 60, 90, 70)), ("coba", (94, 60, 114, 70)),
         ("kuesioner", (118, 60, 160, 70)), ("Ya", (250, 60, 260, 70)),
         ("Tidak", (290, 60, 315, 70)), ("2", (320, 60, 325, 70))],
    ]  # fmt: skip
    marks = (
        Mark((334.0, 37.0, 347.0, 53.0), "circle", 0.8),
        Mark((264.0, 57.0, 277.0, 73.0), "circle", 0.8),
    )
    fields = extract_form(_doc(_ocr_page(rows, marks)), "fs3")
    assert fields["cara_pengumpulan"].value == "sensus"
    assert fields["uji_coba"].value is True
